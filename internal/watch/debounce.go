package watch

import (
	"sort"
	"time"
)

// Default debounce timings.
const (
	DefaultQuiet   = 15 * time.Millisecond
	DefaultMaxWait = 150 * time.Millisecond
)

// Debouncer collects events and releases them as one coalesced batch once
// no event has arrived for Quiet, or MaxWait after the first event of the
// batch, whichever comes first. It is a pure state machine driven by the
// caller's clock, so it needs no goroutine and tests need no real time.
// The zero value uses DefaultQuiet and DefaultMaxWait. A Debouncer is not
// safe for concurrent use.
type Debouncer struct {
	Quiet   time.Duration
	MaxWait time.Duration

	pending map[string]Op
	first   time.Time // arrival of the batch's first event
	last    time.Time // arrival of the latest event
}

// Add records events that happened at now, coalescing them with pending
// events for the same path (see the package documentation).
func (d *Debouncer) Add(now time.Time, evs []Event) {
	if len(evs) == 0 {
		return
	}
	if d.pending == nil {
		d.pending = make(map[string]Op)
	}
	if len(d.pending) == 0 {
		d.first = now
	}
	d.last = now
	for _, ev := range evs {
		op, ok := merge(d.pending[ev.Path], ev.Op)
		if !ok {
			delete(d.pending, ev.Path)
			continue
		}
		d.pending[ev.Path] = op
	}
}

// Next returns when the pending batch becomes due; ok is false when nothing
// is pending.
func (d *Debouncer) Next() (due time.Time, ok bool) {
	if len(d.pending) == 0 {
		return time.Time{}, false
	}
	quiet, maxWait := d.Quiet, d.MaxWait
	if quiet <= 0 {
		quiet = DefaultQuiet
	}
	if maxWait <= 0 {
		maxWait = DefaultMaxWait
	}
	due = d.last.Add(quiet)
	if capAt := d.first.Add(maxWait); capAt.Before(due) {
		due = capAt
	}
	return due, true
}

// Due returns the pending batch, sorted by path, if it is due at now, and
// starts a new one. ok is false when nothing is pending or it is not yet due.
func (d *Debouncer) Due(now time.Time) (batch []Event, ok bool) {
	due, pending := d.Next()
	if !pending || now.Before(due) {
		return nil, false
	}
	batch = make([]Event, 0, len(d.pending))
	for p, op := range d.pending {
		batch = append(batch, Event{Path: p, Op: op})
	}
	sort.Slice(batch, func(i, j int) bool { return batch[i].Path < batch[j].Path })
	clear(d.pending)
	return batch, true
}
