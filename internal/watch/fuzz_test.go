package watch

import (
	"testing"
	"time"
)

// FuzzDebouncer feeds arbitrary event sequences (two bytes per event: path,
// op; a third byte advances the clock) and checks the batches: sorted, one
// event per path, never before Next, and a path's net effect matches a
// simple model of whether the file exists.
func FuzzDebouncer(f *testing.F) {
	f.Add([]byte{0, 0, 5, 0, 1, 5, 0, 2, 200})
	f.Add([]byte{1, 3, 0, 2, 0, 0, 0, 1, 40})
	ops := [...]Op{Create, Write, Remove, Rename}
	paths := [...]string{"a.md", "b.md", "c/d.md"}
	f.Fuzz(func(t *testing.T, data []byte) {
		var d Debouncer
		now := t0
		exists := map[string]bool{} // model: does the file exist now
		before := map[string]bool{} // model: did it exist when the last batch was cut
		check := func(batch []Event) {
			in := map[string]bool{}
			for i, ev := range batch {
				if i > 0 && batch[i-1].Path >= ev.Path {
					t.Fatalf("batch not sorted/unique: %v", batch)
				}
				if gone(ev.Op) == exists[ev.Path] {
					t.Fatalf("batch says %v but the file exists=%v", ev, exists[ev.Path])
				}
				in[ev.Path] = true
			}
			for p, ex := range exists {
				if ex != before[p] && !in[p] {
					t.Fatalf("%s exists=%v, was %v, but batch %v lost it", p, ex, before[p], batch)
				}
				before[p] = ex
			}
		}
		for i := 0; i+2 < len(data); i += 3 {
			p, op := paths[int(data[i])%len(paths)], ops[int(data[i+1])%len(ops)]
			if (op == Create) == exists[p] {
				continue // impossible on a real disk
			}
			d.Add(now, []Event{{p, op}})
			exists[p] = !gone(op)
			now = now.Add(time.Duration(data[i+2]) * time.Millisecond)
			next, pending := d.Next()
			if b, ok := d.Due(now); ok {
				if !pending || now.Before(next) {
					t.Fatalf("batch at %v before Next %v", now, next)
				}
				check(b)
			}
		}
		if b, ok := d.Due(now.Add(time.Hour)); ok {
			check(b)
		}
	})
}
