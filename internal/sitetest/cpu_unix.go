//go:build unix

package sitetest

import (
	"syscall"
	"time"
)

// ProcessCPU returns the user+system CPU time of this process so far, for
// benchmarks on a shared machine, where wall time mostly measures waiting.
func ProcessCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
