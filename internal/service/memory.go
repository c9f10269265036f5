package service

import (
	"runtime/debug"
	"sync/atomic"
	"time"
)

// releaseAfter is how long the server waits, after a rebuild, with no
// rebuild since, before it returns freed memory to the system.
const releaseAfter = time.Second

// releaser returns the memory freed by a burst of rebuilds to the system
// once the burst is over. A rebuild and the index merges it starts leave
// tens of megabytes of garbage; Go's collector frees it, but its
// scavenger hands the pages back to the system slowly, so without this a
// server that was edited keeps a resident size far above its live heap
// (at 10,000 pages: 420 MiB for 170 MB live). A soft memory limit near
// the live heap does the same job but makes the collector run during the
// rebuilds themselves, which tripled their time. Releasing runs a full
// collection on its own goroutine, while nothing is being rebuilt.
type releaser struct {
	free    func() // debug.FreeOSMemory; a counter in tests
	running atomic.Bool
	timer   *time.Timer
}

// newReleaser returns a releaser calling free.
func newReleaser(free func()) *releaser {
	if free == nil {
		free = debug.FreeOSMemory
	}
	return &releaser{free: free}
}

// rebuilt notes a rebuild: the release waits until releaseAfter has
// passed without another.
func (r *releaser) rebuilt() {
	if r.timer != nil {
		r.timer.Stop()
	}
	r.timer = time.AfterFunc(releaseAfter, func() {
		if r.running.CompareAndSwap(false, true) {
			defer r.running.Store(false)
			r.free()
		}
	})
}

// stop cancels a pending release.
func (r *releaser) stop() {
	if r.timer != nil {
		r.timer.Stop()
	}
}
