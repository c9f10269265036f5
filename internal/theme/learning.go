package theme

import (
	"html/template"
	"strconv"
	"strings"
	"time"
)

// Kinds of the learning pages.
const (
	KindSheet   = "sheet"   // completion sheet of a learning path (sheet.html)
	KindLogbook = "logbook" // lembar kendali of a mentoring module (logbook.html)
)

// Progress is what soal.js needs to keep a training module's progress on
// the reader's device.
type Progress struct {
	Questions int  // number of self-check questions; 0: the reader marks the module finished
	Pass      int  // percentage of correct answers that finishes the module
	Exam      bool // the questions are one exam: one submit, then the results
}

// Mentoring is the plan of a mentoring module.
type Mentoring struct {
	Mentor, Mentee string
	Weeks          int
	Plan           []MentoringWeek // one entry a week, 1 to Weeks
	LogURL         string          // the printable lembar kendali
	ModuleURL      string
	ModuleTitle    string
}

// MentoringWeek is one week of a mentoring plan with its activities.
type MentoringWeek struct {
	Week       int
	Activities []string
}

// Sheet is the completion sheet of one learning path.
type Sheet struct {
	Path    *LearningPath
	Modules []SheetModule
	Total   time.Duration // sum of the modules' durations
}

// SheetModule is one row of a completion sheet.
type SheetModule struct {
	No       int // 1-based row number
	Title    string
	URL      string
	Duration time.Duration
}

// JP formats a duration as jam pelajaran (lesson hours of 45 minutes,
// the unit of ASN training): "6", "1,5" (Indonesian) or "1.5".
func (d *Data) JP(x time.Duration) string {
	tenths := int((x*10 + 45*time.Minute/2) / (45 * time.Minute))
	s := strconv.Itoa(tenths / 10)
	if tenths%10 != 0 {
		s += d.T("number.decimal") + strconv.Itoa(tenths%10)
	}
	return s
}

// Minutes is x in whole minutes, for data attributes the script adds up.
func (d *Data) Minutes(x time.Duration) int { return int(x.Round(time.Minute) / time.Minute) }

// URLs joins the URLs of links with spaces, for data attributes.
func (d *Data) URLs(ls []Link) string {
	u := make([]string, len(ls))
	for i, l := range ls {
		u[i] = l.URL
	}
	return strings.Join(u, " ")
}

// UsesProgress reports whether the page needs soal.js and soal.css: it has
// questions or a mentoring checklist, or shows learning paths or module
// lists whose completion marks the script adds.
func (p *Page) UsesProgress() bool {
	return p.Progress != nil || p.Mentoring != nil || p.LearningPath != nil || len(p.Paths) > 0 || p.Sheet != nil
}

// SoalLabels returns the strings soal.js needs, keyed as the script reads
// them.
func (d *Data) SoalLabels() map[string]string {
	m := map[string]string{}
	for _, k := range soalKeys {
		m[k] = d.T(k)
	}
	return m
}

// SoalJSON returns SoalLabels as html/template writes them inside a
// <script type="application/json">: the same bytes, encoded once per
// language and theme instead of once per page (every training module
// carries them).
func (d *Data) SoalJSON() template.JS {
	if d.strings == nil {
		return soalJSON(d.SoalLabels())
	}
	lang := d.Lang()
	if js, ok := d.strings.soal.Load(lang); ok {
		return js.(template.JS)
	}
	js := soalJSON(d.SoalLabels())
	d.strings.soal.Store(lang, js)
	return js
}

// soalScript is the context of the labels in the layouts: a JSON script.
const soalScript = `<script type="application/json">`

// soalEscaper writes a value as html/template does in a JSON script.
var soalEscaper = template.Must(template.New("soal").Parse(soalScript + `{{.}}</script>`))

// soalJSON returns labels escaped as in a JSON script, as JS that
// html/template writes as it is.
func soalJSON(labels map[string]string) template.JS {
	var b strings.Builder
	if err := soalEscaper.Execute(&b, labels); err != nil {
		panic("theme: escaping the soal labels: " + err.Error()) // a map of strings always encodes
	}
	return template.JS(strings.TrimSuffix(strings.TrimPrefix(b.String(), soalScript), "</script>"))
}

// soalKeys are the i18n keys soal.js reads.
var soalKeys = []string{
	"soal.right", "soal.wrong", "soal.partly", "soal.choose", "soal.score", "soal.passed", "soal.notpassed",
	"soal.done", "soal.finished", "soal.retry", "soal.submit", "soal.results", "soal.confirmclear",
	"soal.cleared", "soal.pathcount", "soal.prereq", "soal.markdone", "soal.unmark", "soal.yours",
	"soal.none", "soal.exam.locked", "number.decimal", "date.format",
	"month.1", "month.2", "month.3", "month.4", "month.5", "month.6",
	"month.7", "month.8", "month.9", "month.10", "month.11", "month.12",
}
