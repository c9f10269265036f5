package service

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// memoryFloor and memoryCeiling bound the soft memory limit of a build;
// see limitMemory.
const (
	memoryFloor   = 128 << 20
	memoryCeiling = 256 << 20
)

// limitMemory keeps the memory of a one-shot build of a small or
// medium site near what it uses while its search index is made (the
// phase of its peak), until stop is called: now and after each
// garbage collection the soft memory limit becomes the larger of
// memoryFloor and what the collector's target (GOGC) lets the live heap
// grow to. Without it the target alone decides, and the pages freed
// after a peak go back to the system only slowly: a 9 MB corpus with two
// 3 MB regulations, whose live heap stays under 100 MB, peaked at
// 180-210 MiB resident; with the limit the scavenger returns them at
// once (170-176 MiB, 8 % more CPU). Where the target passes
// memoryCeiling (a site of thousands of pages) there is no limit: a
// limit near a large heap makes the collector and the scavenger work
// against each other (it tripled the rebuilds of `serve`; set for the
// whole build of 10,000 pages, where it held only while the first pages
// were made, it cost 9 % of the wall time), so such builds run as before. It does nothing when GOMEMLIMIT is set.
func limitMemory() (stop func()) {
	if debug.SetMemoryLimit(-1) != 1<<63-1 {
		return func() {} // the user's limit
	}
	var done atomic.Bool
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/gogc:percent"}}
	set := func() {
		metrics.Read(sample)
		live, gc := sample[0].Value.Uint64(), sample[1].Value.Uint64()
		limit := max(int64(live*(100+gc)/100), memoryFloor)
		if limit > memoryCeiling {
			limit = 1<<63 - 1
		}
		debug.SetMemoryLimit(limit)
	}
	var rearm func()
	rearm = func() {
		// A finalizer runs after the collection that found its object
		// unreachable: once per cycle.
		runtime.SetFinalizer(new([16]byte), func(*[16]byte) {
			if !done.Load() {
				set()
				rearm()
			}
		})
	}
	set()
	rearm()
	return func() {
		done.Store(true)
		debug.SetMemoryLimit(1<<63 - 1)
	}
}
