// Package process answers what one Pustaka process needs to know of
// another: whether it still runs. Staging folders and the search index's
// holder file carry the id of the process that made them; a file of a
// process that is gone is left over from a kill or a crash.
package process

import (
	"errors"
	"os"
	"syscall"
)

// Alive reports whether a process with id pid exists. Where signal 0
// cannot be sent (not Unix) it reports false for every other process.
func Alive(pid int) bool {
	if pid <= 0 {
		return false
	}
	if pid == os.Getpid() {
		return true
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, os.ErrPermission)
}
