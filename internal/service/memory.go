package service

import (
	"runtime/debug"
	"runtime/metrics"
)

// minMemoryLimit is the smallest memory budget a server sets itself.
const minMemoryLimit = 128 << 20

// memoryLimit is the memory budget of a server whose live heap (what the
// built site, its history and the index need) is live bytes: twice that,
// and at least minMemoryLimit. Go's collector then returns freed memory
// to the system before the process grows past it, where otherwise the
// garbage of rebuilds and index merges would keep the resident size
// well above the live heap for minutes.
func memoryLimit(live uint64) int64 {
	return max(int64(2*live), minMemoryLimit)
}

// fitMemory sets the process's soft memory limit from the live heap of
// the last garbage collection, unless the user set GOMEMLIMIT. It runs
// after the first build and after every rebuild, so the budget follows
// the site as it grows or shrinks.
type fitMemory struct {
	userSet bool // GOMEMLIMIT given: leave the limit alone
	set     int64
	sample  []metrics.Sample
}

// newFitMemory returns a fitter; userSet says GOMEMLIMIT was given.
func newFitMemory(userSet bool) *fitMemory {
	return &fitMemory{userSet: userSet, sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
}

// fit sets the limit when it moved by more than a tenth.
func (f *fitMemory) fit() {
	if f.userSet {
		return
	}
	metrics.Read(f.sample)
	if f.sample[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	limit := memoryLimit(f.sample[0].Value.Uint64())
	if d := limit - f.set; d > f.set/10 || -d > f.set/10 {
		debug.SetMemoryLimit(limit)
		f.set = limit
	}
}
