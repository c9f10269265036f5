package service

import (
	"sync/atomic"
	"testing"
	"time"
)

// A burst of rebuilds releases memory once, after the burst.
func TestReleaserAfterBurst(t *testing.T) {
	var n atomic.Int32
	r := newReleaser(func() { n.Add(1) })
	defer r.stop()
	for range 5 {
		r.rebuilt()
		time.Sleep(releaseAfter / 10)
	}
	if got := n.Load(); got != 0 {
		t.Fatalf("released %d times during the burst", got)
	}
	deadline := time.Now().Add(5 * releaseAfter)
	for n.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(releaseAfter / 10)
	}
	time.Sleep(releaseAfter / 2)
	if got := n.Load(); got != 1 {
		t.Errorf("released %d times after the burst, want 1", got)
	}
}
