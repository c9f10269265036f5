package quiz

import (
	"bufio"
	"io"
	"strings"
)

// Category is a named group of questions, one training module, for
// export.
type Category struct {
	Path      []string // category path under the course, e.g. ["Modul Pelatihan", "Mentoring ASN Baru"]
	Source    string   // where the questions come from, written as a comment
	Questions []Question
}

// WriteGIFT writes categories in Moodle's GIFT import format: a
// $CATEGORY line per category, then each question named by its id, with
// "=" before correct and "~" before wrong answers, "#" feedback per
// answer and "####" general feedback (the explanation). Multiple choice
// gives each correct answer an equal share of 100 % and each wrong one an
// equal share of -100 %, so guessing every box scores nothing. Special
// characters ~ = # { } : and \ in texts are escaped with a backslash.
// Texts are inline Markdown, as on the page: each question says so
// ("[markdown]"), so Moodle shows *miring* in italics, not asterisks.
func WriteGIFT(w io.Writer, cats []Category) error {
	bw := bufio.NewWriter(w)
	p := func(ss ...string) {
		for _, s := range ss {
			_, _ = bw.WriteString(s)
		}
	}
	for _, c := range cats {
		if len(c.Questions) == 0 {
			continue
		}
		segs := make([]string, len(c.Path))
		for i, s := range c.Path {
			segs[i] = strings.ReplaceAll(s, "/", "//") // a slash inside a name is doubled
		}
		p("// ", oneLine(c.Source), "\n$CATEGORY: $course$/", strings.Join(segs, "/"), "\n\n")
		for i := range c.Questions {
			giftQuestion(p, &c.Questions[i])
		}
	}
	return bw.Flush()
}

func giftQuestion(p func(...string), q *Question) {
	p("::", giftEscape(q.ID), "::[markdown]", giftEscape(q.Text), " {")
	switch q.Kind {
	case TrueFalse:
		if q.True {
			p("TRUE")
		} else {
			p("FALSE")
		}
	case Short:
		for _, a := range q.Accept {
			p("\n\t=", giftEscape(a))
		}
	case Single:
		for _, o := range q.Options {
			mark := "~"
			if o.Correct {
				mark = "="
			}
			giftAnswer(p, mark, o)
		}
	case Multiple:
		right, wrong := 0, 0
		for _, o := range q.Options {
			if o.Correct {
				right++
			} else {
				wrong++
			}
		}
		for _, o := range q.Options {
			mark := "~%" + weight(100, right) + "%"
			if !o.Correct {
				mark = "~%-" + weight(100, wrong) + "%"
			}
			giftAnswer(p, mark, o)
		}
	}
	if q.Explanation != "" {
		p("\n\t####", giftEscape(q.Explanation))
	}
	p("\n}\n\n")
}

func giftAnswer(p func(...string), mark string, o Option) {
	p("\n\t", mark, giftEscape(o.Text))
	if o.Feedback != "" {
		p(" #", giftEscape(o.Feedback))
	}
}

// weight is 100/n as Moodle accepts it: one of its fixed grades, written
// with up to five decimals (33.33333).
func weight(total, n int) string {
	if n <= 0 {
		return "0"
	}
	const scale = 100000
	v := total * scale / n
	s := itoa(v / scale)
	if frac := v % scale; frac != 0 {
		f := itoa(frac + scale)[1:]
		s += "." + strings.TrimRight(f, "0")
	}
	return s
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for ; n > 0; n /= 10 {
		i--
		b[i] = byte('0' + n%10)
	}
	return string(b[i:])
}

var giftEscaper = strings.NewReplacer(`\`, `\\`, `~`, `\~`, `=`, `\=`, `#`, `\#`, `{`, `\{`, `}`, `\}`, `:`, `\:`, "\n", `\n`)

// giftEscape escapes the characters GIFT gives a meaning to.
func giftEscape(s string) string { return giftEscaper.Replace(s) }

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
