package service

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// A build's memory limit is memoryFloor while the live heap is small,
// is set again after every collection, and is gone after stop; a limit
// the user set (GOMEMLIMIT) is left alone.
func TestLimitMemory(t *testing.T) {
	stop := limitMemory()
	for range 3 {
		debug.SetMemoryLimit(1 << 40) // what the next collection must set again
		runtime.GC()
		deadline := time.Now().Add(5 * time.Second)
		for debug.SetMemoryLimit(-1) != memoryFloor && time.Now().Before(deadline) {
			runtime.Gosched() // the finalizer runs on its own goroutine
		}
		if got := debug.SetMemoryLimit(-1); got != memoryFloor {
			t.Fatalf("after a collection the limit is %d, want %d", got, memoryFloor)
		}
	}
	stop()
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	if got := debug.SetMemoryLimit(-1); got != 1<<63-1 {
		t.Errorf("after stop the limit is %d, want none", got)
	}
	debug.SetMemoryLimit(300 << 20)
	defer debug.SetMemoryLimit(1<<63 - 1)
	limitMemory()()
	if got := debug.SetMemoryLimit(-1); got != 300<<20 {
		t.Errorf("the user's limit became %d", got)
	}
}
