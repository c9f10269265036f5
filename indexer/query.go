package indexer

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits of a query.
const (
	maxQueryBytes = 512
	maxTerms      = 32
	minPrefix     = 3 // runes
)

// clause is a word or a quoted phrase of a query.
type clause struct {
	Text   string
	Phrase bool
	Pos    int // byte offset in the query
}

// filter restricts results to documents whose keyword Field is Value.
type filter struct {
	Field, Value string
}

// parsedQuery is a query in the Pustaka query language.
type parsedQuery struct {
	Terms    []clause // wanted words and phrases, in order
	Excluded []clause // -word and -"phrase"
	Filters  []filter
	// Prefix is set when the last term is a word typed without a
	// trailing space: it then also matches as a prefix (search as you type).
	Prefix bool
}

// filterNames maps the accepted filter names to index fields.
var filterNames = map[string]string{
	"type": fType, "tipe": fType, "jenis": fType,
	"status": fStatus,
	"tag":    fTag, "label": fTag,
	"unit":       fUnit,
	"kompetensi": fComp, "competency": fComp,
	"tahun": fYear, "year": fYear,
}

// qerr returns a *QueryError.
func qerr(pos int, format string, args ...any) *QueryError {
	return &QueryError{Pos: pos, Msg: fmt.Sprintf(format, args...)}
}

// parseQuery parses q. An unclosed quote is closed at the end of q.
func parseQuery(q string) (*parsedQuery, error) {
	if len(q) > maxQueryBytes {
		return nil, qerr(maxQueryBytes, "kueri terlalu panjang (maksimal %d byte)", maxQueryBytes)
	}
	if !utf8.ValidString(q) {
		return nil, qerr(-1, "kueri bukan teks UTF-8 yang sah")
	}
	p := &parsedQuery{}
	lastWord := false
	for i := skipSpace(q, 0); i < len(q); i = skipSpace(q, i) {
		start, neg := i, q[i] == '-'
		if neg {
			i++
			if i == len(q) || isSpace(q, i) {
				return nil, qerr(start, "tanda minus harus diikuti kata atau frasa")
			}
		}
		c, next, f, err := parseItem(q, i)
		if err != nil {
			return nil, err
		}
		i = next
		lastWord = false
		switch {
		case f != nil && neg:
			return nil, qerr(start, "filter tidak bisa dikecualikan")
		case f != nil:
			p.Filters = append(p.Filters, *f)
		case strings.TrimSpace(c.Text) == "":
		case neg:
			p.Excluded = append(p.Excluded, c)
		default:
			p.Terms = append(p.Terms, c)
			lastWord = !c.Phrase
		}
	}
	if n := p.countTerms(); n > maxTerms {
		return nil, qerr(-1, "terlalu banyak kata (%d, maksimal %d)", n, maxTerms)
	}
	p.Prefix = lastWord && !endsInSpace(q) && utf8.RuneCountInString(p.prefixText()) >= minPrefix
	return p, nil
}

// parseItem parses the word, phrase or filter starting at q[i].
func parseItem(q string, i int) (clause, int, *filter, error) {
	if q[i] == '"' {
		text, next := readPhrase(q, i)
		return clause{Text: text, Phrase: true, Pos: i}, next, nil, nil
	}
	end := i
	for end < len(q) && !isSpace(q, end) && q[end] != '"' {
		end++
	}
	word := q[i:end]
	name, value, ok := strings.Cut(word, ":")
	if !ok || name == "" || !isLetters(name) {
		return clause{Text: word, Pos: i}, end, nil, nil
	}
	field, known := filterNames[strings.ToLower(name)]
	if !known {
		return clause{}, 0, nil, qerr(i, "filter tidak dikenal: %q", name)
	}
	if value == "" && end < len(q) && q[end] == '"' {
		value, end = readPhrase(q, end)
	}
	f, err := makeFilter(field, value, i)
	return clause{}, end, f, err
}

// makeFilter validates a filter value.
func makeFilter(field, value string, pos int) (*filter, error) {
	value = strings.TrimSpace(value)
	if value == "" {
		return nil, qerr(pos, "filter %s perlu nilai", field)
	}
	if field == fYear {
		if _, err := parseYear(value); err != nil {
			return nil, qerr(pos, "tahun tidak valid: %q", value)
		}
	}
	return &filter{Field: field, Value: strings.ToLower(value)}, nil
}

// parseYear accepts a year of four digits.
func parseYear(s string) (int, error) {
	y, err := strconv.Atoi(s)
	if err != nil || len(s) != 4 || y < 1000 {
		return 0, fmt.Errorf("bad year %q", s)
	}
	return y, nil
}

// readPhrase reads the quoted text starting at q[i] == '"' and returns
// it with the offset after the closing quote (or len(q) when unclosed).
func readPhrase(q string, i int) (string, int) {
	end := strings.IndexByte(q[i+1:], '"')
	if end < 0 {
		return q[i+1:], len(q)
	}
	return q[i+1 : i+1+end], i + 2 + end
}

// skipSpace returns the offset of the first non-space byte at or after i.
func skipSpace(q string, i int) int {
	for i < len(q) && isSpace(q, i) {
		_, n := utf8.DecodeRuneInString(q[i:])
		i += n
	}
	return i
}

// isSpace reports whether a space rune starts at q[i].
func isSpace(q string, i int) bool {
	if i < 0 || i >= len(q) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(q[i:])
	return unicode.IsSpace(r)
}

// endsInSpace reports whether the last rune of q is a space.
func endsInSpace(q string) bool {
	r, _ := utf8.DecodeLastRuneInString(q)
	return unicode.IsSpace(r)
}

// isLetters reports whether s is made of ASCII letters only.
func isLetters(s string) bool {
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') {
			return false
		}
	}
	return true
}

// countTerms counts the words of all terms and exclusions.
func (p *parsedQuery) countTerms() int {
	n := 0
	for _, c := range p.Terms {
		n += len(strings.Fields(c.Text))
	}
	for _, c := range p.Excluded {
		n += len(strings.Fields(c.Text))
	}
	return n
}

// prefixText is the lowercased last term, trimmed of punctuation.
func (p *parsedQuery) prefixText() string {
	if len(p.Terms) == 0 {
		return ""
	}
	w := p.Terms[len(p.Terms)-1].Text
	return strings.ToLower(strings.TrimFunc(w, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}))
}

// String returns the query in normal form: terms, exclusions, filters.
func (p *parsedQuery) String() string {
	var parts []string
	for _, c := range p.Terms {
		parts = append(parts, c.quoted())
	}
	for _, c := range p.Excluded {
		parts = append(parts, "-"+c.quoted())
	}
	for _, f := range p.Filters {
		v := f.Value
		if strings.ContainsFunc(v, unicode.IsSpace) {
			v = `"` + v + `"`
		}
		parts = append(parts, f.name()+":"+v)
	}
	return strings.Join(parts, " ")
}

// quoted returns the clause as typed, phrases in quotes.
func (c clause) quoted() string {
	if c.Phrase {
		return `"` + strings.Join(strings.Fields(c.Text), " ") + `"`
	}
	return c.Text
}

// name is the Indonesian filter name of f.
func (f filter) name() string {
	switch f.Field {
	case fYear:
		return "tahun"
	case fComp:
		return "kompetensi"
	}
	return f.Field
}
