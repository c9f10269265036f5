//go:build !linux

package history

import (
	"errors"
	"os"
)

// syncAll makes the files written durable one by one where the system has
// no syncfs(2).
func syncAll(_ string, files []string) error {
	var errs []error
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		errs = append(errs, f.Sync(), f.Close())
	}
	return errors.Join(errs...)
}
