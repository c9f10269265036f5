package survey

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/tubei/pustaka/internal/message"
)

// Unsur is the number of service elements (unsur) a respondent rates.
const Unsur = 9

// Codes are the column names of the nine unsur.
var Codes = [Unsur]string{"U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"}

// Names are the nine unsur of PermenPAN-RB 14/2017, in order.
var Names = [Unsur]string{
	"Persyaratan",
	"Sistem, mekanisme, dan prosedur",
	"Waktu penyelesaian",
	"Biaya/tarif",
	"Produk spesifikasi jenis pelayanan",
	"Kompetensi pelaksana",
	"Perilaku pelaksana",
	"Penanganan pengaduan, saran, dan masukan",
	"Sarana dan prasarana",
}

// Profile columns: the optional columns counted by value.
const (
	Layanan = iota
	JenisKelamin
	Pendidikan
	Pekerjaan
	Usia // counted by AgeGroups
	NumProfile
)

// ProfileColumns are the names of the profile columns, by index.
var ProfileColumns = [NumProfile]string{"layanan", "jenis_kelamin", "pendidikan", "pekerjaan", "usia"}

// AgeGroups are the groups usia is counted in, youngest first.
var AgeGroups = []string{"< 20", "20–29", "30–39", "40–49", "50–59", "≥ 60"}

// Tally is what a file of answers adds up to: no single answer is kept.
type Tally struct {
	N       int                        // respondents
	Sums    [Unsur]int64               // sum of the answers to each unsur
	Profile [NumProfile]map[string]int // respondents by the value of each profile column; "" is a blank cell
	First   time.Time                  // earliest tanggal; zero when the file has none
	Last    time.Time                  // latest tanggal
}

// Add adds the respondents of o to t.
func (t *Tally) Add(o *Tally) {
	t.N += o.N
	for i := range t.Sums {
		t.Sums[i] += o.Sums[i]
	}
	for c := range t.Profile {
		for v, n := range o.Profile[c] {
			t.count(c, v, n)
		}
	}
	if !o.First.IsZero() && (t.First.IsZero() || o.First.Before(t.First)) {
		t.First = o.First
	}
	if o.Last.After(t.Last) {
		t.Last = o.Last
	}
}

func (t *Tally) count(col int, v string, n int) {
	if t.Profile[col] == nil {
		t.Profile[col] = map[string]int{}
	}
	if _, ok := t.Profile[col][v]; !ok {
		v = strings.Clone(v) // not a slice of a whole line of the file
	}
	t.Profile[col][v] += n
}

// Problem is an error (or, with Warning, a note) at a line and column of
// a CSV file. Col is 0 when the problem is with a whole line or file.
type Problem struct {
	File      string
	Line, Col int
	Msg       message.Text
	Warning   bool
}

// Error formats p as "file:line:col: msg", in English.
func (p Problem) Error() string {
	if p.Col > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, p.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
}

// In formats p in language l as "file:line:col: msg", or
// "file:line:col: warning: msg" ("peringatan" in Indonesian).
func (p Problem) In(l message.Lang) string {
	pos := fmt.Sprintf("%s:%d", p.File, p.Line)
	if p.Col > 0 {
		pos += fmt.Sprintf(":%d", p.Col)
	}
	msg := p.Msg
	if p.Warning {
		msg = message.New(message.Warning, msg)
	}
	return pos + ": " + msg.In(l)
}

// HasErrors reports whether ps holds a problem that is not a warning.
func HasErrors(ps []Problem) bool {
	return slices.ContainsFunc(ps, func(p Problem) bool { return !p.Warning })
}

// maxProblems is the most problems a file reports; one more says how many
// were left out.
const maxProblems = 50

// table is a CSV file being read: its records with positions, and the
// problems found.
type table struct {
	file     string
	r        *csv.Reader
	problems []Problem
	more     int // problems beyond maxProblems
}

// add records the message key with its arguments at line and col.
func (t *table) add(line, col int, warning bool, key message.Key, args ...any) {
	if !warning && len(t.problems) >= maxProblems {
		t.more++
		return
	}
	t.problems = append(t.problems, Problem{File: t.file, Line: line, Col: col, Msg: message.New(key, args...), Warning: warning})
}

func (t *table) errorf(line, col int, key message.Key, args ...any) {
	t.add(line, col, false, key, args...)
}

func (t *table) done() []Problem {
	if t.more > 0 {
		last := t.problems[len(t.problems)-1]
		t.problems = append(t.problems, Problem{File: t.file, Line: last.Line, Msg: message.New(message.MoreErrors, t.more)})
	}
	return t.problems
}

// open prepares reading src: it strips a byte order mark, checks the
// encoding and picks the separator the header row uses. ok is false when
// there is nothing to read (the problem is recorded).
func open(file string, src []byte) (*table, bool) {
	t := &table{file: file}
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	if len(bytes.TrimSpace(src)) == 0 {
		t.errorf(1, 1, message.CSVEmpty)
		return t, false
	}
	if !utf8.Valid(src) {
		line, col := invalidAt(src)
		t.errorf(line, col, message.CSVNotUTF8)
		return t, false
	}
	t.r = csv.NewReader(bytes.NewReader(src))
	t.r.Comma = separator(src)
	t.r.FieldsPerRecord = -1
	t.r.ReuseRecord = true
	return t, true
}

// invalidAt returns the line and column of the first byte of src that is
// not UTF-8.
func invalidAt(src []byte) (line, col int) {
	line, col = 1, 1
	for len(src) > 0 {
		r, n := utf8.DecodeRune(src)
		if r == utf8.RuneError && n == 1 {
			return line, col
		}
		if r == '\n' {
			line, col = line+1, 0
		}
		col++
		src = src[n:]
	}
	return line, col
}

// separator returns the separator of the first line of src: the most
// frequent of ',', ';' and tab outside quotes; ',' when none occurs.
func separator(src []byte) rune {
	counts := map[rune]int{}
	quoted := false
	for _, r := range string(src) {
		if r == '"' {
			quoted = !quoted
		}
		if r == '\n' && !quoted {
			break
		}
		if !quoted && (r == ',' || r == ';' || r == '\t') {
			counts[r]++
		}
	}
	best := ','
	for _, r := range []rune{';', '\t'} {
		if counts[r] > counts[best] {
			best = r
		}
	}
	return best
}

// next returns the next record, or nil at the end of the file or after a
// syntax error (which is recorded).
func (t *table) next() []string {
	rec, err := t.r.Read()
	if err == nil {
		return rec
	}
	if err != io.EOF {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			msg := csvMessage(pe.Err)
			if pe.StartLine != pe.Line {
				msg = message.New(message.CSVRowStart, msg, pe.StartLine)
			}
			t.errorf(pe.Line, pe.Column, msg.Key, msg.Args...)
		} else {
			t.problems = append(t.problems, Problem{File: t.file, Line: 1, Msg: message.Of(err)}) // a read error: worded from the catalog where it is a common one
		}
	}
	return nil
}

// csvMessage rewords the CSV syntax errors of encoding/csv.
func csvMessage(err error) message.Text {
	switch {
	case errors.Is(err, csv.ErrBareQuote):
		return message.New(message.CSVBareQuote)
	case errors.Is(err, csv.ErrQuote):
		return message.New(message.CSVQuote)
	}
	return message.Of(err)
}

// pos returns the line and column of field i of the last record.
func (t *table) pos(i int) (int, int) { return t.r.FieldPos(i) }

// header maps the columns of the header row: name -> index. Names are
// compared in lower case, with spaces and dashes as underscores.
func (t *table) header(rec []string, accepted []string) map[string]int {
	cols := map[string]int{}
	for i, f := range rec {
		name := columnName(f)
		line, col := t.pos(i)
		switch {
		case name == "":
			if i < len(rec)-1 || len(rec) == 1 {
				t.add(line, col, true, message.ColumnNoName, i+1)
			}
		case !slices.Contains(accepted, name):
			t.add(line, col, true, message.ColumnUnknown, strings.TrimSpace(f), strings.Join(accepted, ", "))
		default:
			if prev, dup := cols[name]; dup {
				t.errorf(line, col, message.ColumnTwice, name, prev+1)
				continue
			}
			cols[name] = i
		}
	}
	return cols
}

func columnName(f string) string {
	f = strings.ToLower(strings.TrimSpace(f))
	return strings.NewReplacer(" ", "_", "-", "_").Replace(f)
}

// answerColumns are the columns ReadAnswers accepts.
var answerColumns = append([]string{"u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "tanggal"}, ProfileColumns[:]...)

// ReadAnswers reads a CSV file of answers (see the package doc). file
// names it in problems. The Tally is nil when there is any error.
func ReadAnswers(file string, src []byte) (*Tally, []Problem) {
	t, ok := open(file, src)
	if !ok {
		return nil, t.done()
	}
	head := t.next()
	if head == nil {
		return nil, t.done()
	}
	cols := t.header(head, answerColumns)
	width := len(head)
	var missing []string
	for _, c := range Codes {
		if _, ok := cols[strings.ToLower(c)]; !ok {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		t.errorf(1, 1, message.ColumnsMissing,
			strings.Join(missing, ", "), strings.Join(ProfileColumns[:], ", "))
		return nil, t.done()
	}
	tally := &Tally{}
	layout, dates := answerLayout(cols, width), map[string]time.Time{}
	for rec := t.next(); rec != nil; rec = t.next() {
		t.row(tally, rec, layout, dates)
	}
	if HasErrors(t.problems) {
		return nil, t.done()
	}
	if tally.N == 0 {
		t.errorf(1, 0, message.NoRespondents)
		return nil, t.done()
	}
	return tally, t.done()
}

// columns are the indexes of the columns of an answers file; -1 when
// an optional column is absent.
type columns struct {
	width   int
	answers [Unsur]int
	date    int
	profile [NumProfile]int
}

func answerLayout(cols map[string]int, width int) columns {
	l := columns{width: width, date: -1}
	for u, c := range Codes {
		l.answers[u] = cols[strings.ToLower(c)]
	}
	if i, ok := cols["tanggal"]; ok {
		l.date = i
	}
	for c, name := range ProfileColumns {
		l.profile[c] = -1
		if i, ok := cols[name]; ok {
			l.profile[c] = i
		}
	}
	return l
}

// row adds one respondent's record to tally, or records its problems.
// dates keeps the dates already read, as most respondents share a few.
func (t *table) row(tally *Tally, rec []string, l columns, dates map[string]time.Time) {
	if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
		return // a line of spaces
	}
	line, _ := t.pos(0)
	if len(rec) != l.width {
		t.errorf(line, 0, message.FieldCount, l.width, len(rec), t.r.Comma)
		return
	}
	var ans [Unsur]int64
	bad := false
	for u, i := range l.answers {
		v := rec[i]
		if len(v) != 1 {
			v = strings.TrimSpace(v)
		}
		if len(v) == 1 && v[0] >= '1' && v[0] <= '4' {
			ans[u] = int64(v[0] - '0')
			continue
		}
		l, c := t.pos(i)
		bad = true
		if v == "" {
			t.errorf(l, c, message.NoAnswer, Codes[u])
		} else {
			t.errorf(l, c, message.WantAnswer, Codes[u], short(v))
		}
	}
	var when time.Time
	if l.date >= 0 {
		if v := strings.TrimSpace(rec[l.date]); v != "" {
			d, seen := dates[v]
			if !seen {
				var err error
				if d, err = parseDate(v); err != nil {
					ln, c := t.pos(l.date)
					t.errorf(ln, c, message.WantAnswerDate, short(v))
					bad = true
				} else {
					dates[v] = d
				}
			}
			when = d
		}
	}
	var prof [NumProfile]string
	for c, i := range l.profile {
		if i < 0 {
			continue
		}
		v := clean(rec[i])
		switch c {
		case JenisKelamin:
			v = sex(v)
		case Usia:
			g, err := ageGroup(v)
			if err != nil {
				ln, col := t.pos(i)
				t.errorf(ln, col, message.WantAge, short(v))
				bad = true
			}
			v = g
		}
		prof[c] = v
	}
	if bad {
		return
	}
	tally.N++
	for u := range ans {
		tally.Sums[u] += ans[u]
	}
	for c, i := range l.profile {
		if i >= 0 {
			tally.count(c, prof[c], 1)
		}
	}
	if !when.IsZero() {
		if tally.First.IsZero() || when.Before(tally.First) {
			tally.First = when
		}
		if when.After(tally.Last) {
			tally.Last = when
		}
	}
}

// clean trims a field and collapses its runs of spaces.
func clean(v string) string {
	v = strings.TrimSpace(v)
	if !strings.Contains(v, "  ") && !strings.ContainsAny(v, "\t\r\n") {
		return v
	}
	return strings.Join(strings.Fields(v), " ")
}

func short(v string) string {
	if r := []rune(v); len(r) > 30 {
		return string(r[:30]) + "…"
	}
	return v
}

// parseDate reads 2026-05-04, 4/5/2026 or 04-05-2026 (day first).
func parseDate(v string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", "2/1/2006", "2-1-2006", "2.1.2006"} {
		if d, err := time.Parse(layout, v); err == nil {
			return d, nil
		}
	}
	return time.Time{}, errors.New("not a date")
}

// sex normalises the ways jenis_kelamin is written.
func sex(v string) string {
	switch strings.ToLower(v) {
	case "l", "lk", "laki-laki", "laki laki", "pria":
		return "Laki-laki"
	case "p", "pr", "perempuan", "wanita":
		return "Perempuan"
	}
	return v
}

// ageGroup returns the group of an age in whole years; "" for a blank.
func ageGroup(v string) (string, error) {
	if v == "" {
		return "", nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 10 || n > 120 {
		return "", errors.New("want an age in whole years, 10 to 120")
	}
	switch {
	case n < 20:
		return AgeGroups[0], nil
	case n >= 60:
		return AgeGroups[5], nil
	}
	return AgeGroups[n/10-1], nil
}
