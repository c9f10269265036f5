package service

import (
	"runtime/debug"
	"testing"
)

func TestMemoryLimit(t *testing.T) {
	for _, c := range []struct {
		live uint64
		want int64
	}{{0, minMemoryLimit}, {40 << 20, minMemoryLimit}, {64 << 20, 128 << 20}, {170 << 20, 340 << 20}} {
		if got := memoryLimit(c.live); got != c.want {
			t.Errorf("memoryLimit(%d MiB) = %d MiB, want %d MiB", c.live>>20, got>>20, c.want>>20)
		}
	}
}

// fit sets the process's limit from the live heap, only when it moved by
// more than a tenth, and never when the user set GOMEMLIMIT.
func TestFitMemory(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(old) })
	f := newFitMemory(false)
	f.fit()
	if got := debug.SetMemoryLimit(-1); got != f.set || got < minMemoryLimit {
		t.Errorf("limit %d after fit, fitter says %d", got, f.set)
	}
	debug.SetMemoryLimit(old)
	f.fit() // the live heap moved little: nothing set
	if got := debug.SetMemoryLimit(-1); got != old {
		t.Errorf("limit set again to %d for a small move", got)
	}
	user := newFitMemory(true)
	user.fit()
	if got := debug.SetMemoryLimit(-1); got != old || user.set != 0 {
		t.Errorf("limit %d set despite GOMEMLIMIT", got)
	}
}
