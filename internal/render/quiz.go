package render

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/tubei/pustaka/internal/quiz"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// QuizLabels are the words of the question forms, in the site's language.
// A zero field takes its value from DefaultQuizLabels.
type QuizLabels struct {
	Question    string // "Soal": before the question's number
	Show        string // "Lihat jawaban": the disclosure of the key
	Answer      string // "Jawaban": before the correct answer
	Check       string // "Periksa jawaban": the check button
	True, False string // "Benar", "Salah"
	Yours       string // "Jawaban Anda": label of a short answer's input
	Multiple    string // "Pilih semua jawaban yang benar.": hint of multiple choice
	Accepted    string // "atau": between accepted short answers
}

// DefaultQuizLabels are the Indonesian labels.
var DefaultQuizLabels = QuizLabels{
	Question: "Soal", Show: "Lihat jawaban", Answer: "Jawaban", Check: "Periksa jawaban",
	True: "Benar", False: "Salah", Yours: "Jawaban Anda",
	Multiple: "Pilih semua jawaban yang benar.", Accepted: "atau",
}

func (l QuizLabels) withDefaults() QuizLabels {
	d := DefaultQuizLabels
	for _, f := range []struct{ v, def *string }{
		{&l.Question, &d.Question}, {&l.Show, &d.Show}, {&l.Answer, &d.Answer}, {&l.Check, &d.Check},
		{&l.True, &d.True}, {&l.False, &d.False}, {&l.Yours, &d.Yours}, {&l.Multiple, &d.Multiple},
		{&l.Accepted, &d.Accepted},
	} {
		if *f.v == "" {
			*f.v = *f.def
		}
	}
	return l
}

// KindQuiz is the node kind of a block of questions.
var KindQuiz = ast.NewNodeKind("Quiz")

// quizNode replaces a ```soal fenced block in the syntax tree.
type quizNode struct {
	ast.BaseBlock
	questions []quiz.Question
	texts     []questionTexts // of each question, as inline Markdown
	first     int             // page-wide number of the first question, from 1
}

// Kind implements ast.Node.
func (*quizNode) Kind() ast.NodeKind { return KindQuiz }

// Dump implements ast.Node.
func (n *quizNode) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"questions": strconv.Itoa(len(n.questions))}, nil)
}

// isQuizBlock reports whether n is a fenced block of questions.
func isQuizBlock(n *ast.FencedCodeBlock, src []byte) bool {
	return n.Info != nil && string(n.Language(src)) == quiz.Info
}

// collectQuiz parses the question block n, replaces it by a quizNode and
// records its questions and errors in d.
func (d *Doc) collectQuiz(n *ast.FencedCodeBlock, set *quiz.Set) {
	lines := n.Lines()
	ls := make([]quiz.Line, 0, lines.Len())
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		line, col := d.lines.position(d.src, seg.Start)
		ls = append(ls, quiz.Line{Text: strings.Repeat(" ", seg.Padding) + strings.TrimRight(string(seg.Value(d.src)), "\r\n"), Line: line, Col: col})
	}
	qs, errs := quiz.Parse(ls)
	for i := range qs {
		if e := set.Add(&qs[i]); e != nil {
			errs = append(errs, *e)
		}
	}
	q := &quizNode{questions: qs, first: len(d.Questions) + 1}
	for i := range qs {
		q.texts = append(q.texts, d.inline.parseTexts(&qs[i]))
		q.texts[i].each(func(t *mdText) {
			for _, dest := range t.destTexts {
				d.Links = append(d.Links, Link{Dest: dest, Line: t.line, Col: 1})
			}
		})
	}
	d.quizzes = append(d.quizzes, q)
	n.Parent().ReplaceChild(n.Parent(), n, q)
	d.Questions = append(d.Questions, qs...)
	d.QuizErrors = append(d.QuizErrors, errs...)
}

// quizHTML renders blocks of questions.
type quizHTML struct {
	l QuizLabels
}

var (
	_ goldmark.Extender     = quizHTML{}
	_ renderer.NodeRenderer = quizHTML{}
)

// Extend registers the renderer of question blocks.
func (q quizHTML) Extend(m goldmark.Markdown) {
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(q, 100)))
}

// RegisterFuncs implements renderer.NodeRenderer.
func (q quizHTML) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindQuiz, q.render)
}

func (q quizHTML) render(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*quizNode)
	for i := range n.questions {
		q.question(w, &n.questions[i], &n.texts[i], n.first+i)
	}
	return ast.WalkSkipChildren, nil
}

// question writes one question: a fieldset the script makes interactive,
// and a <details> with the key that works without it. Its texts are
// written as t rendered them (inline Markdown, no raw HTML).
func (q quizHTML) question(w util.BufWriter, s *quiz.Question, t *questionTexts, num int) {
	id := "soal-" + s.ID
	p := func(ss ...string) {
		for _, x := range ss {
			_, _ = w.WriteString(x)
		}
	}
	esc := func(s string) string { return string(util.EscapeHTML([]byte(s))) }
	p(`<div class="soal" id="`, id, `" data-soal="`, s.ID, `" data-hash="`, s.Hash, `" data-kind="`, string(s.Kind), `">`, "\n")
	p(`<fieldset>`, "\n", `<legend><span class="soal-no">`, esc(q.l.Question), " ", strconv.Itoa(num), `</span> `, t.text.html, `</legend>`, "\n")
	switch s.Kind {
	case quiz.Single, quiz.Multiple:
		typ := "radio"
		if s.Kind == quiz.Multiple {
			typ = "checkbox"
			p(`<p class="soal-petunjuk">`, esc(q.l.Multiple), `</p>`, "\n")
		}
		p(`<div class="soal-opsi">`, "\n")
		for i, o := range s.Options {
			q.input(w, id, typ, strconv.Itoa(i+1), t.options[i].html, o.Correct)
		}
		p(`</div>`, "\n")
	case quiz.TrueFalse:
		p(`<div class="soal-opsi">`, "\n")
		q.input(w, id, "radio", "benar", esc(q.l.True), s.True)
		q.input(w, id, "radio", "salah", esc(q.l.False), !s.True)
		p(`</div>`, "\n")
	case quiz.Short:
		acc := make([]string, len(s.Accept))
		for i, a := range s.Accept {
			acc[i] = quiz.Normalize(a)
		}
		js, _ := json.Marshal(acc)
		p(`<p class="soal-isian"><label for="`, id, `-in">`, esc(q.l.Yours), `</label> <input type="text" id="`, id, `-in" name="`, id,
			`" autocomplete="off" spellcheck="false" data-accept="`, esc(string(js)), `"></p>`, "\n")
	}
	p(`<p class="soal-aksi" hidden><button type="button" class="soal-cek">`, esc(q.l.Check), `</button></p>`, "\n")
	p(`<div class="soal-umpan" aria-live="polite"></div>`, "\n", `</fieldset>`, "\n")
	q.key(w, s, t, esc, p)
	p(`</div>`, "\n")
}

// input writes one option; label is HTML.
func (q quizHTML) input(w util.BufWriter, id, typ, value, label string, correct bool) {
	oid := id + "-" + value
	_, _ = w.WriteString(`<div class="soal-o"><input type="` + typ + `" name="` + id + `" id="` + oid + `" value="` + value + `"`)
	if correct {
		_, _ = w.WriteString(` data-ok`)
	}
	_, _ = w.WriteString(`><label for="` + oid + `">`)
	_, _ = w.WriteString(label)
	_, _ = w.WriteString("</label></div>\n")
}

// key writes the disclosure with the answer, the explanation and the
// feedback of each option that has one.
func (q quizHTML) key(w util.BufWriter, s *quiz.Question, t *questionTexts, esc func(string) string, p func(...string)) {
	var ans []string
	switch s.Kind {
	case quiz.Single, quiz.Multiple:
		for i, o := range s.Options {
			if o.Correct {
				ans = append(ans, t.options[i].html)
			}
		}
	case quiz.TrueFalse:
		ans = []string{esc(q.l.False)}
		if s.True {
			ans[0] = esc(q.l.True)
		}
	case quiz.Short:
		for _, a := range s.Accept {
			ans = append(ans, esc(a))
		}
	}
	sep := "; "
	if s.Kind == quiz.Short {
		sep = " " + esc(q.l.Accepted) + " "
	}
	p(`<details class="soal-kunci"><summary>`, esc(q.l.Show), `</summary>`, "\n")
	p(`<p class="soal-jawab"><strong>`, esc(q.l.Answer), `:</strong> `, strings.Join(ans, sep), `</p>`, "\n")
	p(`<p class="soal-pj">`, t.explanation.html, `</p>`, "\n")
	var fb []string
	for i, o := range s.Options {
		if o.Feedback != "" {
			fb = append(fb, `<li data-opt="`+strconv.Itoa(i+1)+`"><strong>`+t.options[i].html+`:</strong> `+t.feedback[i].html+`</li>`)
		}
	}
	if len(fb) > 0 {
		p(`<ul class="soal-fb">`, "\n", strings.Join(fb, "\n"), "\n</ul>\n")
	}
	p(`</details>`, "\n")
}
