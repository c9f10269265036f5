package quiz

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/tubei/pustaka/internal/spelling"

	"github.com/tubei/pustaka/internal/message"
)

// Info is the info string of the fenced code blocks that hold questions.
const Info = "soal"

// Kind is the type of a question.
type Kind string

// Question kinds.
const (
	Single    Kind = "single"    // one correct option, radio buttons
	Multiple  Kind = "multiple"  // one or more correct options, check boxes
	TrueFalse Kind = "truefalse" // benar/salah
	Short     Kind = "short"     // typed answer compared with accepted answers
)

// Option is one answer option of a choice question.
type Option struct {
	Text     string
	Correct  bool
	Feedback string // shown when the reader chooses this option; may be empty
	Line     int
	// FeedbackLine is the line of the feedback; 0 without one.
	FeedbackLine int
}

// Question is one self-check question.
type Question struct {
	ID          string
	Kind        Kind
	Text        string
	Options     []Option // Single and Multiple
	True        bool     // TrueFalse: the statement is true
	Accept      []string // Short: accepted answers as written
	Explanation string   // penjelasan
	// ExplanationLine is the line of the penjelasan: key; 0 without one.
	ExplanationLine int
	Hash            string // 8 hex digits of the question's text, options and key
	Line, Col       int    // position of the "?" line
	idLine          int    // line of the id: key, 0 when derived
	idCol           int
}

// Error is a problem in a question block, at a 1-based line and column.
// The arguments of Msg that name other lines of the block are
// blockLines, which Text shifts as it shifts Line.
type Error struct {
	Line, Col int
	Msg       message.Text
}

// Error formats e as "line:col: msg", in English.
func (e Error) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Text(0)) }

// blockLine is an argument of a message that names a line of the block.
type blockLine int

// Text is Msg with the lines it names moved down by offset lines, for a
// block whose line numbers count from offset+1 in the file.
func (e Error) Text(offset int) message.Text {
	args := make([]any, len(e.Msg.Args))
	for i, a := range e.Msg.Args {
		switch v := a.(type) {
		case blockLine:
			args[i] = int(v) + offset
		case []blockLine:
			s := make([]string, len(v))
			for j, l := range v {
				s[j] = strconv.Itoa(int(l) + offset)
			}
			args[i] = strings.Join(s, ", ")
		default:
			args[i] = a
		}
	}
	return message.New(e.Msg.Key, args...)
}

// Line is one line of a block with the position of its first character.
type Line struct {
	Text      string
	Line, Col int
}

// keys lists the keys a question may have, for "did you mean".
var keys = []string{"id", "jawaban", "isian", "penjelasan"}

// parser holds the state of one block being read.
type parser struct {
	qs      []Question
	errs    []Error
	q       *Question
	last    *string // text that an indented line continues
	pending *Line   // an id: line before the next "?"
	pendID  string
	inText  bool // lines still continue the question text
	opKind  byte // '(' or '[' of the first option
	explSet bool
	explAt  Line
}

// Parse reads the questions of a block. The questions are returned even
// when there are errors, as far as they could be read.
func Parse(lines []Line) ([]Question, []Error) {
	p := &parser{}
	for _, l := range lines {
		p.line(l)
	}
	p.finish()
	if p.pending != nil {
		p.errorf(*p.pending, 0, message.QuizNoQuestion)
	}
	return p.qs, p.errs
}

// errorf records the message key with its arguments at column col of
// line l; an argument that names a line of the block is a blockLine.
func (p *parser) errorf(l Line, col int, key message.Key, args ...any) {
	p.errs = append(p.errs, Error{Line: l.Line, Col: l.Col + col, Msg: message.New(key, args...)})
}

func (p *parser) line(l Line) {
	raw := l.Text
	text := strings.TrimLeftFunc(raw, unicode.IsSpace)
	indent := len([]rune(raw)) - len([]rune(text))
	l.Col += indent
	text = strings.TrimRightFunc(text, unicode.IsSpace)
	if text == "" {
		p.inText = false
		return
	}
	if strings.HasPrefix(text, "?") {
		p.start(l, strings.TrimSpace(text[1:]))
		return
	}
	k, v, isKV := keyValue(text)
	if isKV && !isKey(k) && indent > 0 && p.last != nil && !p.inText {
		isKV = false // an indented "word: ..." continues the text above
	}
	if isKV && (k == "id" || p.q != nil && (!p.inText || isKey(k))) {
		p.key(l, k, v)
		return
	}
	if p.q == nil {
		p.errorf(l, 0, message.QuizTextBefore)
		return
	}
	if mark, body, ok := option(text); ok {
		p.option(l, mark, body)
		return
	}
	if strings.HasPrefix(text, ">") {
		p.feedback(l, strings.TrimSpace(text[1:]))
		return
	}
	switch {
	case p.inText:
		p.q.Text = join(p.q.Text, text)
	case indent > 0 && p.last != nil:
		*p.last = join(*p.last, text)
	default:
		p.errorf(l, 0, message.QuizUnreadable)
	}
}

func isKey(k string) bool {
	for _, x := range keys {
		if x == k {
			return true
		}
	}
	return false
}

// keyValue splits "key: value" where key is one lowercase word.
func keyValue(s string) (key, value string, ok bool) {
	k, v, found := strings.Cut(s, ":")
	if !found || k == "" {
		return "", "", false
	}
	for _, r := range k {
		if r < 'a' || r > 'z' {
			return "", "", false
		}
	}
	return k, strings.TrimSpace(v), true
}

// option recognises "( ) text", "(x) text", "[ ] text", "[x] text",
// optionally after "- " or "* ".
func option(s string) (mark byte, body string, ok bool) {
	if strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "* ") {
		s = strings.TrimLeft(s[2:], " \t")
	}
	if len(s) < 3 {
		return 0, "", false
	}
	open, in, cls := s[0], s[1], s[2]
	if !(open == '(' && cls == ')' || open == '[' && cls == ']') {
		return 0, "", false
	}
	switch in {
	case ' ':
		return open, strings.TrimSpace(s[3:]), true
	case 'x', 'X':
		return open | 0x80, strings.TrimSpace(s[3:]), true
	}
	return 0, "", false
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + " " + b
}

func (p *parser) start(l Line, text string) {
	p.finish()
	p.qs = append(p.qs, Question{Text: text, Line: l.Line, Col: l.Col})
	p.q = &p.qs[len(p.qs)-1]
	p.inText, p.last, p.opKind, p.explSet = true, &p.q.Text, 0, false
	if p.pending != nil {
		p.q.ID, p.q.idLine, p.q.idCol = p.pendID, p.pending.Line, p.pending.Col
		p.pending = nil
	}
}

func (p *parser) key(l Line, k, v string) {
	p.inText = false
	switch k {
	case "id":
		if !validID(v) {
			p.errorf(l, 0, message.QuizWantID, v)
			return
		}
		if p.q == nil || p.q.ID != "" || len(p.q.Options) > 0 || p.q.Accept != nil || p.explSet {
			if p.pending != nil {
				p.errorf(l, 0, message.QuizSecondID, blockLine(p.pending.Line))
			}
			ll := l
			p.pending, p.pendID = &ll, v
			return
		}
		p.q.ID, p.q.idLine, p.q.idCol = v, l.Line, l.Col
	case "jawaban":
		p.setKind(l, TrueFalse)
		switch strings.ToLower(v) {
		case "benar", "ya", "true", "b":
			p.q.True = true
		case "salah", "tidak", "false", "s":
			p.q.True = false
		default:
			p.errorf(l, 0, message.QuizWantTrueFalse, v)
		}
		p.last = nil
	case "isian":
		p.setKind(l, Short)
		if v == "" {
			p.errorf(l, 0, message.QuizEmptyAccepted)
			return
		}
		p.q.Accept = append(p.q.Accept, v)
		p.last = &p.q.Accept[len(p.q.Accept)-1]
	case "penjelasan":
		if p.explSet {
			p.errorf(l, 0, message.QuizExplTwice, blockLine(p.explAt.Line))
			return
		}
		p.explSet, p.explAt = true, l
		p.q.Explanation, p.q.ExplanationLine = v, l.Line
		p.last = &p.q.Explanation
	default:
		msg := message.New(message.QuizUnknownKey, k)
		if s := suggest(k); s != "" {
			msg = message.New(message.DidYouMean, msg, s)
		}
		p.errs = append(p.errs, Error{Line: l.Line, Col: l.Col, Msg: msg})
	}
}

// setKind sets the kind of the current question, reporting a conflict.
func (p *parser) setKind(l Line, k Kind) {
	if p.q.Kind != "" && p.q.Kind != k {
		p.errorf(l, 0, message.QuizKindConflict, kindName(p.q.Kind), kindName(k))
		return
	}
	p.q.Kind = k
}

func kindName(k Kind) message.Text {
	switch k {
	case Single:
		return message.New(message.KindSingle)
	case Multiple:
		return message.New(message.KindMultiple)
	case TrueFalse:
		return message.New(message.KindTrueFalse)
	}
	return message.New(message.KindShort)
}

func (p *parser) option(l Line, mark byte, body string) {
	p.inText = false
	k := Single
	if mark&0x7f == '[' {
		k = Multiple
	}
	p.setKind(l, k)
	if body == "" {
		p.errorf(l, 4, message.QuizOptionEmpty)
	}
	p.q.Options = append(p.q.Options, Option{Text: body, Correct: mark&0x80 != 0, Line: l.Line})
	o := &p.q.Options[len(p.q.Options)-1]
	p.last = &o.Text
}

func (p *parser) feedback(l Line, text string) {
	p.inText = false
	if len(p.q.Options) == 0 {
		p.errorf(l, 0, message.QuizFeedbackAlone)
		return
	}
	o := &p.q.Options[len(p.q.Options)-1]
	if o.Feedback != "" {
		o.Feedback = join(o.Feedback, text)
		p.last = &o.Feedback
		return
	}
	if text == "" {
		p.errorf(l, 0, message.QuizFeedbackEmpty)
		return
	}
	o.Feedback, o.FeedbackLine = text, l.Line
	p.last = &o.Feedback
}

// finish checks the current question and computes its id and hash.
func (p *parser) finish() {
	q := p.q
	if q == nil {
		return
	}
	p.q, p.last = nil, nil
	at := Line{Line: q.Line, Col: q.Col}
	if q.Text == "" {
		p.errorf(at, 0, message.QuizNoText)
	}
	switch q.Kind {
	case "":
		p.errorf(at, 0, message.QuizNoAnswer)
	case Single, Multiple:
		p.checkOptions(q, at)
	}
	if !p.explSet {
		p.errorf(at, 0, message.QuizNoExplanation)
	} else if q.Explanation == "" {
		p.errorf(p.explAt, 0, message.QuizExplEmpty)
	}
	if q.ID == "" {
		q.ID = DeriveID(q.Text)
	}
	q.Hash = hash(q)
}

func (p *parser) checkOptions(q *Question, at Line) {
	if len(q.Options) < 2 {
		p.errorf(at, 0, message.QuizOneOption, len(q.Options))
	}
	var correct []int
	for _, o := range q.Options {
		if o.Correct {
			correct = append(correct, o.Line)
		}
	}
	switch {
	case len(correct) == 0 && q.Kind == Single:
		p.errorf(at, 0, message.QuizNoCorrectOne)
	case len(correct) == 0:
		p.errorf(at, 0, message.QuizNoCorrectAny)
	case len(correct) > 1 && q.Kind == Single:
		lines := make([]blockLine, len(correct))
		for i, l := range correct {
			lines[i] = blockLine(l)
		}
		p.errs = append(p.errs, Error{Line: correct[1], Col: at.Col, Msg: message.New(message.QuizManyCorrect, len(correct), lines)})
	}
}

// DeriveID returns the id of a question without an id: line, from the
// first six words of its text (see the package doc), the destinations of
// its Markdown links left out. It is never empty.
func DeriveID(text string) string {
	text = linkDest.ReplaceAllString(text, "]")
	var b strings.Builder
	words, dash := 0, false
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				if words++; words == 6 {
					break
				}
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "soal"
	}
	return b.String()
}

// linkDest is the destination of an inline Markdown link: "](x.md#a)".
var linkDest = regexp.MustCompile(`\]\([^)]*\)`)

func validID(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

// hash digests what makes a question the same question for a reader who
// answered it: kind, text, options with their marks, and the key.
func hash(q *Question) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00", q.Kind, q.Text)
	for _, o := range q.Options {
		fmt.Fprintf(h, "%t\x00%s\x00", o.Correct, o.Text)
	}
	fmt.Fprintf(h, "%t\x00%s", q.True, strings.Join(q.Accept, "\x00"))
	return hex.EncodeToString(h.Sum(nil))[:8]
}

func suggest(k string) string {
	best, bestD := "", 3
	for _, c := range keys {
		if d := spelling.Distance(k, c); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// Normalize returns a short answer as it is compared: lowercase, runs of
// white space one space, trimmed. soal.js does the same.
func Normalize(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// Set finds duplicate ids among the questions of one page.
type Set struct {
	seen map[string]int // id -> line of its first question
}

// Add records q and returns an error when its id was seen before.
func (s *Set) Add(q *Question) *Error {
	if s.seen == nil {
		s.seen = map[string]int{}
	}
	if first, dup := s.seen[q.ID]; dup {
		e := &Error{Line: q.Line, Col: q.Col, Msg: message.New(message.QuizDuplicateNoID, q.ID, blockLine(first))}
		if q.idLine > 0 {
			e.Line, e.Col = q.idLine, q.idCol
			e.Msg = message.New(message.QuizDuplicateID, q.ID, blockLine(first))
		}
		return e
	}
	s.seen[q.ID] = q.Line
	return nil
}
