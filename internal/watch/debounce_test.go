package watch

import (
	"reflect"
	"testing"
	"time"
)

var t0 = time.Date(2026, 11, 27, 8, 0, 0, 0, time.UTC)

func ms(n int) time.Time { return t0.Add(time.Duration(n) * time.Millisecond) }

func TestDebouncerCoalesce(t *testing.T) {
	tests := []struct {
		name string
		in   []Event
		want []Event
	}{
		{"create+write", []Event{{"a.md", Create}, {"a.md", Write}}, []Event{{"a.md", Create}}},
		{"write+write", []Event{{"a.md", Write}, {"a.md", Write}}, []Event{{"a.md", Write}}},
		{"create+remove cancels", []Event{{"a.md", Create}, {"a.md", Write}, {"a.md", Remove}}, nil},
		{"write+remove", []Event{{"a.md", Write}, {"a.md", Remove}}, []Event{{"a.md", Remove}}},
		{"remove+create is a replacement", []Event{{"a.md", Remove}, {"a.md", Create}}, []Event{{"a.md", Write}}},
		{
			"atomic save: tmp then rename over",
			[]Event{{"a.md.tmp", Create}, {"a.md.tmp", Write}, {"a.md.tmp", Rename}, {"a.md", Create}},
			[]Event{{"a.md", Create}},
		},
		{
			"vim backup save: rename away, write new",
			[]Event{{"a.md", Rename}, {"a.md", Create}, {"a.md", Write}},
			[]Event{{"a.md", Write}},
		},
		{"rename away", []Event{{"a.md", Rename}}, []Event{{"a.md", Rename}}},
		{
			"sorted by path",
			[]Event{{"z.md", Write}, {"a.md", Write}, {"m/b.md", Create}},
			[]Event{{"a.md", Write}, {"m/b.md", Create}, {"z.md", Write}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d Debouncer
			for i, ev := range tt.in {
				d.Add(ms(i), []Event{ev})
			}
			got, ok := d.Due(ms(1000))
			if ok != (tt.want != nil) || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Due = %v, %v; want %v", got, ok, tt.want)
			}
		})
	}
}

func TestDebouncerQuietPeriod(t *testing.T) {
	d := Debouncer{Quiet: 15 * time.Millisecond, MaxWait: 150 * time.Millisecond}
	if _, ok := d.Next(); ok {
		t.Fatal("Next on empty debouncer reports a batch")
	}
	if _, ok := d.Due(ms(0)); ok {
		t.Fatal("Due on empty debouncer returned a batch")
	}
	d.Add(ms(0), []Event{{"a.md", Write}})
	if next, _ := d.Next(); !next.Equal(ms(15)) {
		t.Errorf("Next = %v, want +15ms", next.Sub(t0))
	}
	if _, ok := d.Due(ms(14)); ok {
		t.Fatal("batch due before the quiet period ended")
	}
	d.Add(ms(10), []Event{{"b.md", Write}}) // restarts the quiet period
	if _, ok := d.Due(ms(20)); ok {
		t.Fatal("quiet period did not restart on a new event")
	}
	got, ok := d.Due(ms(25))
	if !ok || len(got) != 2 {
		t.Fatalf("Due(+25ms) = %v, %v; want both events", got, ok)
	}
	if _, ok := d.Due(ms(1000)); ok {
		t.Error("a delivered batch was delivered again")
	}
}

func TestDebouncerMaxWait(t *testing.T) {
	var d Debouncer // defaults: 15 ms quiet, 150 ms cap
	var batches [][]Event
	for now := 0; now <= 400; now += 10 { // an event every 10 ms never goes quiet
		d.Add(ms(now), []Event{{"a.md", Write}})
		if b, ok := d.Due(ms(now)); ok {
			batches = append(batches, b)
			if now != 150 && now != 310 {
				t.Errorf("batch flushed at +%dms, want at +150ms and +310ms", now)
			}
		}
	}
	if len(batches) != 2 {
		t.Fatalf("steady stream gave %d batches in 400ms, want 2", len(batches))
	}
	if next, _ := d.Next(); !next.Equal(ms(415)) {
		t.Errorf("after the stream, Next = +%v, want +415ms", next.Sub(t0))
	}
}

func TestMergeBatches(t *testing.T) {
	old := []Event{{"a.md", Create}, {"c.md", Write}}
	next := []Event{{"a.md", Remove}, {"b.md", Write}, {"c.md", Write}}
	want := []Event{{"b.md", Write}, {"c.md", Write}}
	if got := mergeBatches(old, next); !reflect.DeepEqual(got, want) {
		t.Errorf("mergeBatches = %v, want %v", got, want)
	}
	if got := mergeBatches(nil, next); !reflect.DeepEqual(got, next) {
		t.Errorf("mergeBatches(nil, x) = %v, want x", got)
	}
	if got := mergeBatches([]Event{{"a.md", Create}}, []Event{{"a.md", Remove}}); got != nil {
		t.Errorf("cancelling batches merged to %v, want nil", got)
	}
}

func TestDiff(t *testing.T) {
	a := fileState{size: 1, mtime: t0}
	b := fileState{size: 2, mtime: t0}
	old := map[string]fileState{"keep.md": a, "edit.md": a, "gone.md": a}
	cur := map[string]fileState{"keep.md": a, "edit.md": b, "new.md": a}
	want := []Event{{"edit.md", Write}, {"gone.md", Remove}, {"new.md", Create}}
	if got := diff(old, cur); !reflect.DeepEqual(got, want) {
		t.Errorf("diff = %v, want %v", got, want)
	}
}
