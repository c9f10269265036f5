// Package searchlog records what readers searched for and could not find,
// so that editors learn which synonyms or pages are missing: each search
// that found nothing, and each "Maksud Anda" (did you mean) suggestion a
// reader followed. It keeps the query text, the day and a count, and
// nothing else: no address, no cookie, no time of day.
//
// # File
//
// The log is a small text file, .pustaka/search-log.tsv in a site, that
// `pustaka serve` appends to and `pustaka search-log` reads:
//
//	# pustaka search log 1: day<TAB>kind<TAB>count<TAB>query[<TAB>suggestion]
//	2026-12-03	none	3	cuti melahirkan
//	2026-12-03	suggestion	1	pelatiahn	pelatihan
//
// Kind "none" is a search that found nothing; "suggestion" a suggestion
// taken, with the query it corrected and the suggestion. Queries are kept
// as readers typed them up to lower case and spaces (Normalize). The same
// day, kind and query may stand on several lines (one per flush); readers
// of the file add them up.
//
// # Writing
//
// Record methods only count in memory, under a mutex: a request never
// waits for the disk. One goroutine appends the counts every FlushEvery
// and on Close, in one write of whole lines. The file stays small: when
// an append makes it larger than MaxBytes it is rewritten with one line
// per day, kind and query, the oldest days dropped until it is at most
// half of MaxBytes, and the rewrite replaces the file atomically. Between
// flushes at most MaxPending distinct queries are counted; the rest are
// counted as dropped and said in the server's log.
package searchlog

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/tubei/pustaka/internal/message"
)

// Kinds of entries.
const (
	None       = "none"       // a search that found nothing
	Suggestion = "suggestion" // a "Maksud Anda" suggestion followed
)

// File is where a site keeps its log, relative to the site folder.
const File = ".pustaka/search-log.tsv"

// header is the first line of a log file.
const header = "# pustaka search log 1: day<TAB>kind<TAB>count<TAB>query[<TAB>suggestion]\n"

// MaxQuery is the longest query kept, in bytes; longer ones are cut at a
// character boundary.
const MaxQuery = 200

// Defaults of Options.
const (
	DefaultFlushEvery = 10 * time.Second
	DefaultMaxBytes   = 1 << 20
	DefaultMaxPending = 10000
)

// Options configure a Log; the zero value means the defaults.
type Options struct {
	FlushEvery time.Duration          // how often counts are appended
	MaxBytes   int64                  // size past which the file is compacted
	MaxPending int                    // distinct entries counted between flushes
	Now        func() time.Time       // clock; the day is Now's local date
	Logf       func(string, ...any)   // write errors and drops; nil discards them
	flushed    func(n int, err error) // tests: after each flush
}

// key is one line of the file without its count.
type key struct {
	Day, Kind, Query, Suggestion string
}

// Log counts searches readers could not use and appends the counts to a
// file. Its methods are safe for concurrent use.
type Log struct {
	path string
	opts Options

	mu      sync.Mutex
	pending map[key]int
	dropped int
	closed  bool

	flushMu sync.Mutex // one flush at a time (the timer and Close or Flush)
	lastErr string     // of the last flush, under flushMu
	stop    chan struct{}
	done    chan struct{}
}

// Open returns a log appending to the file at path, which is created (with
// its folder) on the first flush that has something to write.
func Open(path string, opts Options) *Log {
	opts.FlushEvery = cmp.Or(opts.FlushEvery, DefaultFlushEvery)
	opts.MaxBytes = cmp.Or(opts.MaxBytes, DefaultMaxBytes)
	opts.MaxPending = cmp.Or(opts.MaxPending, DefaultMaxPending)
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logf == nil {
		opts.Logf = func(string, ...any) {}
	}
	l := &Log{path: path, opts: opts, pending: map[key]int{}, stop: make(chan struct{}), done: make(chan struct{})}
	go l.run()
	return l
}

// NotFound records a search for query that found nothing.
func (l *Log) NotFound(query string) {
	if q := Normalize(query); q != "" {
		l.add(key{Kind: None, Query: q})
	}
}

// SuggestionTaken records that a reader who searched for query followed
// the suggestion to search for suggestion instead.
func (l *Log) SuggestionTaken(query, suggestion string) {
	q, s := Normalize(query), Normalize(suggestion)
	if q != "" && s != "" && q != s {
		l.add(key{Kind: Suggestion, Query: q, Suggestion: s})
	}
}

func (l *Log) add(k key) {
	k.Day = l.opts.Now().Format(time.DateOnly)
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return
	}
	if _, ok := l.pending[k]; !ok && len(l.pending) >= l.opts.MaxPending {
		l.dropped++
		return
	}
	l.pending[k]++
}

// run flushes every FlushEvery until Close.
func (l *Log) run() {
	defer close(l.done)
	t := time.NewTicker(l.opts.FlushEvery)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			l.Flush()
		case <-l.stop:
			return
		}
	}
}

// Flush appends the counts recorded since the last flush now.
func (l *Log) Flush() error {
	l.flushMu.Lock()
	defer l.flushMu.Unlock()
	l.mu.Lock()
	batch, dropped := l.pending, l.dropped
	l.pending, l.dropped = map[key]int{}, 0
	l.mu.Unlock()
	if dropped > 0 {
		l.opts.Logf("search log: %d searches not recorded (more than %d distinct queries in %s)", dropped, l.opts.MaxPending, l.opts.FlushEvery)
	}
	err := l.write(batch)
	switch {
	case err != nil:
		l.restore(batch)
		if err.Error() != l.lastErr { // a read-only site folder fails every flush: say it once
			l.opts.Logf("search log: %v", err)
		}
		l.lastErr = err.Error()
	case l.lastErr != "" && len(batch) > 0:
		l.opts.Logf("search log: written again to %s", l.path)
		l.lastErr = ""
	}
	if l.opts.flushed != nil {
		l.opts.flushed(len(batch), err)
	}
	return err
}

// restore counts a batch that could not be written again, for the next
// flush, as far as MaxPending allows.
func (l *Log) restore(batch map[key]int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for k, n := range batch {
		if _, ok := l.pending[k]; !ok && len(l.pending) >= l.opts.MaxPending {
			l.dropped += n
			continue
		}
		l.pending[k] += n
	}
}

// Close flushes what is left and stops the log; later records are
// ignored.
func (l *Log) Close() error {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return nil
	}
	l.closed = true
	l.mu.Unlock()
	close(l.stop)
	<-l.done
	return l.Flush()
}

// write appends batch to the file, then compacts the file if it grew
// past MaxBytes.
func (l *Log) write(batch map[key]int) error {
	if len(batch) == 0 {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(l.path), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(l.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return err
	}
	var b strings.Builder
	if st.Size() == 0 {
		b.WriteString(header)
	}
	writeEntries(&b, toEntries(batch))
	_, err = f.WriteString(b.String())
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if st.Size()+int64(b.Len()) > l.opts.MaxBytes {
		return l.compact()
	}
	return nil
}

// compact rewrites the file with one line per day, kind and query,
// dropping the oldest days until it is at most half of MaxBytes; when the
// last day alone is larger, its queries of the lowest count go first.
func (l *Log) compact() error {
	entries, err := ReadFile(l.path)
	if err != nil {
		return err
	}
	entries = Merge(entries)
	var b strings.Builder
	for {
		b.Reset()
		b.WriteString(header)
		writeEntries(&b, entries)
		if int64(b.Len()) <= l.opts.MaxBytes/2 || len(entries) == 0 {
			break
		}
		entries = shrink(entries)
	}
	tmp, err := os.CreateTemp(filepath.Dir(l.path), ".search-log-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // gone after the rename; removes a failed one
	if _, err := tmp.WriteString(b.String()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), l.path)
}

// shrink drops the oldest day of entries (sorted by day), or, when there
// is only one, its entries of the lowest count.
func shrink(es []Entry) []Entry {
	first, last := es[0].Day, es[len(es)-1].Day
	if first != last {
		return slices.DeleteFunc(es, func(e Entry) bool { return e.Day == first })
	}
	low := slices.MinFunc(es, func(a, b Entry) int { return cmp.Compare(a.Count, b.Count) }).Count
	return slices.DeleteFunc(es, func(e Entry) bool { return e.Count == low })
}

// Entry is one line of a log file: a count of one kind of event for one
// query on one day.
type Entry struct {
	Day        string // YYYY-MM-DD
	Kind       string // None or Suggestion
	Count      int
	Query      string
	Suggestion string // for Kind Suggestion
	Line       int    // in the file read; 0 for merged entries
}

func toEntries(m map[key]int) []Entry {
	out := make([]Entry, 0, len(m))
	for k, n := range m {
		out = append(out, Entry{Day: k.Day, Kind: k.Kind, Count: n, Query: k.Query, Suggestion: k.Suggestion})
	}
	sortEntries(out)
	return out
}

// sortEntries orders entries by day, kind, query and suggestion.
func sortEntries(es []Entry) {
	slices.SortFunc(es, func(a, b Entry) int {
		return cmp.Or(cmp.Compare(a.Day, b.Day), cmp.Compare(a.Kind, b.Kind),
			cmp.Compare(a.Query, b.Query), cmp.Compare(a.Suggestion, b.Suggestion))
	})
}

func writeEntries(b *strings.Builder, es []Entry) {
	for _, e := range es {
		fmt.Fprintf(b, "%s\t%s\t%d\t%s", e.Day, e.Kind, e.Count, e.Query)
		if e.Kind == Suggestion {
			b.WriteString("\t" + e.Suggestion)
		}
		b.WriteByte('\n')
	}
}

// Merge adds up the counts of entries with the same day, kind, query and
// suggestion, and returns them sorted by day, kind and query.
func Merge(es []Entry) []Entry {
	m := map[key]int{}
	for _, e := range es {
		m[key{e.Day, e.Kind, e.Query, e.Suggestion}] += e.Count
	}
	return toEntries(m)
}

// Normalize is the form a query is kept in: lower case, control
// characters dropped, runs of spaces (tabs, newlines) made one space, at
// most MaxQuery bytes.
func Normalize(q string) string {
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && !unicode.IsSpace(r) {
			return -1
		}
		return r
	}, q)
	q = strings.ToLower(strings.Join(strings.Fields(q), " "))
	if len(q) > MaxQuery {
		cut := MaxQuery
		for cut > 0 && !utf8.RuneStart(q[cut]) {
			cut--
		}
		q = strings.TrimSpace(q[:cut])
	}
	return q
}

// ErrNoLog is returned by ReadFile when the site has no log yet.
var ErrNoLog = errors.New("no search log")

// ReadFile reads the log file at path. A missing file is ErrNoLog.
func ReadFile(path string) ([]Entry, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w", path, ErrNoLog)
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Parse(path, f)
}

// Parse reads a log file; name is used in errors, which give name:line.
// A last line without its newline (a write cut short) is skipped.
func Parse(name string, r io.Reader) ([]Entry, error) {
	var out []Entry
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		line, err := br.ReadString('\n')
		if err == io.EOF {
			return out, nil // a line without its newline was never completely written
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		line = strings.TrimSuffix(line, "\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		e, err := parseLine(line)
		if err != nil {
			return nil, message.Errorf(message.Position, fmt.Sprintf("%s:%d", name, n), message.Of(err))
		}
		e.Line = n
		out = append(out, e)
	}
}

func parseLine(line string) (Entry, error) {
	f := strings.Split(line, "\t")
	if len(f) < 4 {
		return Entry{}, message.Errorf(message.LogWantFields, line)
	}
	e := Entry{Day: f[0], Kind: f[1], Query: f[3]}
	if _, err := time.Parse(time.DateOnly, e.Day); err != nil {
		return Entry{}, message.Errorf(message.LogWantDay, e.Day)
	}
	n, err := strconv.Atoi(f[2])
	if err != nil || n < 1 {
		return Entry{}, message.Errorf(message.LogWantCount, f[2])
	}
	e.Count = n
	switch {
	case e.Kind == None && len(f) == 4:
	case e.Kind == Suggestion && len(f) == 5:
		e.Suggestion = f[4]
	case e.Kind != None && e.Kind != Suggestion:
		return Entry{}, message.Errorf(message.LogWantKind, None, Suggestion, e.Kind)
	default:
		return Entry{}, message.Errorf(message.LogFieldCount, e.Kind, map[string]int{None: 4, Suggestion: 5}[e.Kind], len(f))
	}
	if e.Query == "" {
		return Entry{}, message.Errorf(message.LogEmptyQuery)
	}
	return e, nil
}

// Count is the total of one query (and suggestion) over a period.
type Count struct {
	Query      string
	Suggestion string // for suggestions taken
	Count      int    // events
	Days       int    // days on which it happened
}

// Summary is what a log says about a period: the queries that found
// nothing and the suggestions taken, the most frequent first.
type Summary struct {
	From, To    string // first and last day with entries, "" if none
	None        []Count
	Suggestions []Count
}

// Summarize adds up the entries of days on or after since (YYYY-MM-DD;
// "" means all).
func Summarize(es []Entry, since string) Summary {
	var s Summary
	type qk struct{ kind, q, sugg string }
	totals := map[qk]*Count{}
	days := map[qk]map[string]bool{}
	for _, e := range es {
		if e.Day < since {
			continue
		}
		if s.From == "" || e.Day < s.From {
			s.From = e.Day
		}
		s.To = max(s.To, e.Day)
		k := qk{e.Kind, e.Query, e.Suggestion}
		c := totals[k]
		if c == nil {
			c = &Count{Query: e.Query, Suggestion: e.Suggestion}
			totals[k], days[k] = c, map[string]bool{}
		}
		c.Count += e.Count
		days[k][e.Day] = true
	}
	for k, c := range totals {
		c.Days = len(days[k])
		if k.kind == Suggestion {
			s.Suggestions = append(s.Suggestions, *c)
		} else {
			s.None = append(s.None, *c)
		}
	}
	byCount := func(a, b Count) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(b.Days, a.Days),
			cmp.Compare(a.Query, b.Query), cmp.Compare(a.Suggestion, b.Suggestion))
	}
	slices.SortFunc(s.None, byCount)
	slices.SortFunc(s.Suggestions, byCount)
	return s
}
