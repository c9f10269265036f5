package indexer

import (
	"context"
	"fmt"
	"runtime"
	"sync/atomic"
)

// Admission of searches. A search is pure CPU work over a memory-mapped
// index. When more of them run at once than there are processors, the
// scheduler time-slices them (processor sharing): none finishes sooner
// for it, every one takes as long as all of them together, and a long
// search stretches by the number of searches beside it. With 16 clients
// on 2 cores that made the p99 of 16 concurrent clients ten times their
// median. A gate admits at most a few searches at a time and lets the
// others wait in arrival order (a channel's waiters are served first in,
// first out): the same throughput, with a wait that is a queue's rather
// than a share of every other search.

// gate admits at most cap(slots) holders at a time, first come first
// served.
type gate struct {
	slots   chan struct{}
	waiting atomic.Int32 // holders waiting for a place (tests watch it)
}

// newGate returns a gate for n holders; n <= 0 means GOMAXPROCS.
func newGate(n int) *gate {
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	return &gate{slots: make(chan struct{}, n)}
}

// enter waits for a place, or until ctx is done: then no place is taken
// and the error wraps ErrOverloaded and ctx's error.
func (g *gate) enter(ctx context.Context) error {
	select {
	case g.slots <- struct{}{}:
		return nil
	default:
	}
	g.waiting.Add(1)
	defer g.waiting.Add(-1)
	select {
	case g.slots <- struct{}{}:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("indexer: %w: %w", ErrOverloaded, ctx.Err())
	}
}

// leave gives the place back.
func (g *gate) leave() { <-g.slots }
