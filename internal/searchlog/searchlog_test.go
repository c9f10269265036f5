package searchlog

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// clock is a settable Now.
type clock struct{ t atomic.Pointer[time.Time] }

func newClock(day string) *clock {
	c := &clock{}
	c.set(day)
	return c
}

func (c *clock) set(day string) {
	t, err := time.ParseInLocation(time.DateOnly, day, time.Local)
	if err != nil {
		panic(err)
	}
	t = t.Add(13 * time.Hour)
	c.t.Store(&t)
}

func (c *clock) now() time.Time { return *c.t.Load() }

// quiet is Options that never flush by themselves during a test.
func quiet(c *clock) Options {
	return Options{FlushEvery: time.Hour, Now: c.now}
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestRecordFlushRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".pustaka", "search-log.tsv")
	c := newClock("2026-12-02")
	l := Open(path, quiet(c))
	if err := l.Flush(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("an empty flush made the file: %v", err)
	}
	l.NotFound("  Cuti   Melahirkan\t")
	l.NotFound("cuti melahirkan")
	l.NotFound("   ")
	l.SuggestionTaken("pelatiahn", "pelatihan")
	l.SuggestionTaken("pelatihan", "Pelatihan") // the same query: nothing taken
	if err := l.Flush(); err != nil {
		t.Fatal(err)
	}
	c.set("2026-12-03")
	l.NotFound("cuti melahirkan")
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	l.NotFound("after close") // ignored
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	want := header +
		"2026-12-02\tnone\t2\tcuti melahirkan\n" +
		"2026-12-02\tsuggestion\t1\tpelatiahn\tpelatihan\n" +
		"2026-12-03\tnone\t1\tcuti melahirkan\n"
	if got := read(t, path); got != want {
		t.Errorf("file:\n%s\nwant:\n%s", got, want)
	}
	es, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 3 || es[1] != (Entry{Day: "2026-12-02", Kind: Suggestion, Count: 1, Query: "pelatiahn", Suggestion: "pelatihan", Line: 3}) {
		t.Errorf("entries %+v", es)
	}
}

func TestNormalize(t *testing.T) {
	long := strings.Repeat("é", MaxQuery) // 2 bytes each
	for in, want := range map[string]string{
		"  Kinerja\tASN \n":   "kinerja asn",
		"a\x00b\x1fc":         "abc",
		"":                    "",
		"PENGELOLAAN  Arsip":  "pengelolaan arsip",
		long:                  strings.Repeat("é", MaxQuery/2),
		"x" + long:            "x" + strings.Repeat("é", MaxQuery/2-1),
		"kata\u00a0kunci":     "kata kunci",
		"tanda \"kutip\" -ok": "tanda \"kutip\" -ok",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// Many requests record while the log flushes every millisecond: every
// event is counted exactly once, and the file is whole lines.
func TestConcurrentRecords(t *testing.T) {
	path := filepath.Join(t.TempDir(), "search-log.tsv")
	c := newClock("2026-12-03")
	l := Open(path, Options{FlushEvery: time.Millisecond, Now: c.now})
	const workers, each = 8, 500
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				if i%5 == 0 {
					l.SuggestionTaken(fmt.Sprintf("salah%d", i%3), "benar")
				} else {
					l.NotFound(fmt.Sprintf("kueri %d", (w+i)%7))
				}
				if i%100 == 0 {
					l.Flush()
				}
			}
		}()
	}
	wg.Wait()
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	es, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var none, sugg int
	for _, e := range es {
		if e.Kind == None {
			none += e.Count
		} else {
			sugg += e.Count
		}
	}
	if none != workers*each*4/5 || sugg != workers*each/5 {
		t.Errorf("counted %d not found and %d suggestions; want %d and %d", none, sugg, workers*each*4/5, workers*each/5)
	}
	if s := Summarize(es, ""); len(s.None) != 7 || len(s.Suggestions) != 3 {
		t.Errorf("summary: %d queries, %d suggestions; want 7 and 3", len(s.None), len(s.Suggestions))
	}
}

// The file stays under MaxBytes: old days go first, and a day too large
// by itself loses its rarest queries; a write cut short is no error.
func TestBoundedSize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "search-log.tsv")
	c := newClock("2026-01-01")
	const max = 4096
	l := Open(path, Options{FlushEvery: time.Hour, Now: c.now, MaxBytes: max})
	day := time.Date(2026, 1, 1, 12, 0, 0, 0, time.Local)
	for d := range 60 {
		c.set(day.AddDate(0, 0, d).Format(time.DateOnly))
		for i := range 10 {
			l.NotFound(fmt.Sprintf("kueri nomor %d", i))
		}
		l.NotFound("sering dicari")
		l.NotFound("sering dicari")
		if err := l.Flush(); err != nil {
			t.Fatal(err)
		}
		if st, err := os.Stat(path); err != nil || st.Size() > max {
			t.Fatalf("day %d: size %v, %v; want at most %d", d, st.Size(), err, max)
		}
	}
	es, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := Summarize(es, "")
	if s.To != "2026-03-01" || s.From <= "2026-01-01" {
		t.Errorf("kept %s to %s; want the newest days, not the first", s.From, s.To)
	}
	// One day larger than the bound by itself.
	for i := range 300 {
		l.NotFound(fmt.Sprintf("sekali saja %d", i))
	}
	l.NotFound("sering dicari")
	l.NotFound("sering dicari")
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(path); st.Size() > max {
		t.Fatalf("size %d after a large day", st.Size())
	}
	es, _ = ReadFile(path)
	s = Summarize(es, "2026-03-01")
	if len(s.None) == 0 || s.None[0].Query != "sering dicari" || s.None[0].Count != 4 {
		t.Errorf("the frequent query of the last day was dropped: %+v", s.None)
	}
	// A last line without its newline: a write cut short.
	os.WriteFile(path, []byte(read(t, path)+"2026-03-02\tnone\t1\tpoto"), 0o644)
	if es2, err := ReadFile(path); err != nil || len(es2) != len(es) {
		t.Errorf("cut line: %d entries, %v; want %d", len(es2), err, len(es))
	}
}

func TestMaxPending(t *testing.T) {
	var logged []string
	var mu sync.Mutex
	path := filepath.Join(t.TempDir(), "search-log.tsv")
	l := Open(path, Options{FlushEvery: time.Hour, MaxPending: 3, Logf: func(f string, a ...any) {
		mu.Lock()
		logged = append(logged, fmt.Sprintf(f, a...))
		mu.Unlock()
	}})
	for i := range 5 {
		l.NotFound(fmt.Sprint("q", i))
	}
	l.NotFound("q0") // counted: already pending
	l.Close()
	es, _ := ReadFile(path)
	if len(es) != 3 || es[0].Query != "q0" || es[0].Count != 2 {
		t.Errorf("entries %+v", es)
	}
	if len(logged) != 1 || !strings.Contains(logged[0], "2 searches not recorded") {
		t.Errorf("logged %q", logged)
	}
}

// A flush that cannot write keeps its counts for the next one.
func TestWriteErrorKeepsCounts(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, ".pustaka")
	if err := os.WriteFile(blocker, []byte("a file where the folder should be"), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(blocker, "search-log.tsv")
	var logged []string
	opts := quiet(newClock("2026-12-03"))
	opts.Logf = func(f string, a ...any) { logged = append(logged, fmt.Sprintf(f, a...)) }
	l := Open(path, opts)
	l.NotFound("arsip")
	for range 3 {
		if err := l.Flush(); err == nil {
			t.Fatal("flush into a file as folder: no error")
		}
	}
	if len(logged) != 1 || !strings.Contains(logged[0], "not a directory") {
		t.Errorf("logged %q; want the error once", logged)
	}
	os.Remove(blocker)
	l.NotFound("arsip")
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if got := read(t, path); got != header+"2026-12-03\tnone\t2\tarsip\n" {
		t.Errorf("file %q", got)
	}
	if len(logged) != 2 || !strings.Contains(logged[1], "written again") {
		t.Errorf("logged %q; want the recovery said", logged)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ in, err string }{
		{"2026-12-03\tnone\t1\n", "log:1: want day<TAB>kind<TAB>count<TAB>query"},
		{"# c\n2026-13-03\tnone\t1\tq\n", "log:2: day: want YYYY-MM-DD"},
		{"2026-12-03\tnone\tx\tq\n", "log:1: count: want a positive number"},
		{"2026-12-03\tnone\t0\tq\n", "log:1: count: want a positive number"},
		{"2026-12-03\tklik\t1\tq\n", "log:1: kind: want none or suggestion"},
		{"2026-12-03\tsuggestion\t1\tq\n", "log:1: suggestion: want 5 fields, got 4"},
		{"2026-12-03\tnone\t1\tq\tr\n", "log:1: none: want 4 fields, got 5"},
		{"2026-12-03\tnone\t1\t\n", "log:1: empty query"},
	} {
		_, err := Parse("log", strings.NewReader(tc.in))
		if err == nil || !strings.HasPrefix(err.Error(), tc.err) {
			t.Errorf("Parse(%q): %v, want %s...", tc.in, err, tc.err)
		}
	}
	if _, err := ReadFile(filepath.Join(t.TempDir(), "none.tsv")); err == nil || !strings.Contains(err.Error(), ErrNoLog.Error()) {
		t.Errorf("missing file: %v", err)
	}
}

func TestSummarize(t *testing.T) {
	es, err := Parse("log", strings.NewReader(header+
		"2026-11-01\tnone\t9\tlama sekali\n"+
		"2026-12-01\tnone\t2\tcuti\n"+
		"2026-12-02\tnone\t1\tcuti\n"+
		"2026-12-02\tnone\t3\tarsip\n"+
		"2026-12-02\tsuggestion\t1\tpelatiahn\tpelatihan\n"+
		"2026-12-03\tnone\t1\tzonasi\n"+
		"2026-12-03\tsuggestion\t2\tpelatiahn\tpelatihan\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := Summarize(es, "2026-12-01")
	want := Summary{From: "2026-12-01", To: "2026-12-03",
		None: []Count{
			{Query: "cuti", Count: 3, Days: 2},
			{Query: "arsip", Count: 3, Days: 1}, // as many as cuti, on fewer days
			{Query: "zonasi", Count: 1, Days: 1},
		},
		Suggestions: []Count{{Query: "pelatiahn", Suggestion: "pelatihan", Count: 3, Days: 2}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Summarize:\n%+v\nwant\n%+v", got, want)
	}
	if all := Summarize(es, ""); all.From != "2026-11-01" || all.None[0].Query != "lama sekali" {
		t.Errorf("Summarize all: %+v", all)
	}
	if none := Summarize(es, "2027-01-01"); none.From != "" || none.None != nil {
		t.Errorf("Summarize after the last day: %+v", none)
	}
}
