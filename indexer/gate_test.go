package indexer

import (
	"context"
	"errors"
	"testing"
	"time"
)

// waitWaiting waits until n searches wait at the gate of ix.
func waitWaiting(t *testing.T, ix *Index, n int32) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second) // a synchronisation, not a speed limit
	for ix.gate.waiting.Load() != n {
		if time.Now().After(deadline) {
			t.Fatalf("%d searches wait at the gate, want %d", ix.gate.waiting.Load(), n)
		}
		time.Sleep(time.Millisecond)
	}
}

// With every place taken, an uncached search waits for one, in line; a
// cached one is answered at once; a search whose context ends while it
// waits gives up without taking a place.
func TestSearchWaitsForAPlace(t *testing.T) {
	ix := testIndex(t, Options{Searches: 1})
	want := find(t, ix, Request{Query: "arsip"})
	if want.Total == 0 {
		t.Fatal("arsip finds nothing")
	}
	ctx := context.Background()
	if err := ix.gate.enter(ctx); err != nil { // the only place
		t.Fatal(err)
	}
	if res := find(t, ix, Request{Query: "arsip"}); res.Total != want.Total {
		t.Errorf("cached search while the place is taken: %d hits, want %d", res.Total, want.Total)
	}

	done := make(chan error, 1)
	go func() {
		_, err := ix.Search(ctx, Request{Query: "pelatihan"})
		done <- err
	}()
	waitWaiting(t, ix, 1)
	select {
	case err := <-done:
		t.Fatalf("an uncached search ran without a place: %v", err)
	default:
	}

	cctx, cancel := context.WithCancel(ctx)
	given := make(chan error, 1)
	go func() {
		_, err := ix.Search(cctx, Request{Query: "survei"})
		given <- err
	}()
	waitWaiting(t, ix, 2)
	cancel()
	if err := <-given; !errors.Is(err, context.Canceled) || !errors.Is(err, ErrOverloaded) {
		t.Errorf("search cancelled while waiting: %v, want ErrOverloaded and context.Canceled", err)
	}
	if n := len(ix.gate.slots); n != 1 {
		t.Errorf("%d places taken after the cancelled search, want 1", n)
	}

	ix.gate.leave()
	if err := <-done; err != nil {
		t.Errorf("the waiting search, once admitted: %v", err)
	}
	if n := len(ix.gate.slots); n != 0 {
		t.Errorf("%d places taken after every search ended, want 0", n)
	}
}
