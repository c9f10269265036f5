package site

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"math/big"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/tubei/pustaka/internal/content"
	"github.com/tubei/pustaka/internal/survey"
	"github.com/tubei/pustaka/internal/theme"

	"github.com/tubei/pustaka/internal/message"
)

// An evaluation guide's data files (the CSV files its survei and
// realisasi keys name) are inputs of its page: a change to one makes the
// page, its printable reports and its open data again. The files are
// read, never published: only aggregates reach the output. A file with
// errors reports them at file:line:col and the page keeps the results of
// the file's last good state (serve), so a half-saved spreadsheet does
// not blank the report.

// maxDataFile is the largest data file read (100,000 respondents take
// about 2.5 MB).
const maxDataFile = 64 << 20

// dataFile is the last state read of a data file.
type dataFile struct {
	size     int64
	mod      time.Time
	found    bool
	tally    *survey.Tally  // answers: the last good tally
	src      []byte         // indicator values: the file as read (small; parsed per guide)
	values   []survey.Value // indicator values: the last good values read from src
	problems []survey.Problem
}

// evaluation is what an evaluation guide's data files gave.
type evaluation struct {
	periods []period
	values  []survey.Value
	diags   []Diagnostic
}

// period is one survey period with its result.
type period struct {
	survey content.Survey
	result *survey.Result
	tally  *survey.Tally
	stale  bool // the file has errors now; result is from its last good state
}

// isData reports whether a changed path is a data file: a CSV file under
// content/ or data/. Such a change touches only the guides reading it.
func isData(p string) bool {
	return strings.EqualFold(path.Ext(p), ".csv") && (strings.HasPrefix(p, "content/") || strings.HasPrefix(p, "data/"))
}

// staleData returns the content paths of the guides whose data files
// changed (or appeared, or vanished) since they were read.
func (s *Site) staleData() []string {
	var out []string
	for file, guides := range s.dataDeps {
		f := s.data[file]
		info, err := os.Stat(filepath.Join(s.opts.Dir, filepath.FromSlash(file)))
		found := err == nil && info.Mode().IsRegular()
		if f != nil && f.found == found && (!found || f.size == info.Size() && f.mod.Equal(info.ModTime())) {
			continue
		}
		for g := range guides {
			out = append(out, g)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// evaluate reads the data files of the entries of changed that are
// evaluation guides naming any.
func (s *Site) evaluate(changed []string, removed []string) {
	gone := map[string]bool{}
	for _, p := range removed {
		gone[p] = true
	}
	for _, p := range changed {
		gone[p] = true
	}
	for _, guides := range s.dataDeps {
		for g := range guides {
			if gone[g] {
				delete(guides, g)
			}
		}
	}
	for _, p := range changed {
		if e := s.entries[p]; e != nil {
			e.eval = s.evaluation(e.page)
		}
	}
	for file, guides := range s.dataDeps { // files no guide reads any more
		if len(guides) == 0 {
			delete(s.dataDeps, file)
			delete(s.data, file)
		}
	}
}

func (s *Site) depend(guide, file string) {
	if s.dataDeps[file] == nil {
		s.dataDeps[file] = map[string]bool{}
	}
	s.dataDeps[file][guide] = true
}

// evaluation reads the data files of page p.
func (s *Site) evaluation(p *content.Page) *evaluation {
	if p.Type != content.TypeEvaluation || len(p.Surveys) == 0 && p.Measured == nil {
		return nil
	}
	ev := &evaluation{}
	w := survey.EqualWeights()
	if p.Weights != nil {
		w = *p.Weights
	}
	for _, sv := range p.Surveys {
		f, _ := s.dataFile(p, sv.Data, sv.Line, sv.Col, "survei", ev, answers)
		if f == nil || f.tally == nil {
			continue
		}
		r, err := survey.Compute(f.tally, w)
		if err != nil {
			continue
		}
		ev.periods = append(ev.periods, period{survey: sv, result: r, tally: f.tally, stale: survey.HasErrors(f.problems)})
	}
	if m := p.Measured; m != nil {
		f, file := s.dataFile(p, m.Data, m.Line, m.Col, "realisasi", ev, values)
		if f != nil && f.src != nil {
			var names []string
			for _, ind := range p.Indicators {
				names = append(names, ind.Name)
			}
			vs, ps := survey.ReadValues(file, f.src, names)
			ev.diags = append(ev.diags, diagsOf(ps)...)
			if survey.HasErrors(ps) {
				vs = f.values // the last good values stay while the file has errors
			}
			f.values, ev.values = vs, vs
		}
	}
	return ev
}

// dataKind says how a data file is read.
type dataKind int

const (
	answers dataKind = iota // a Tally is kept
	values                  // the source is kept
)

// dataFile finds and reads the data file name of page p (key at line,
// col), recording the dependency and any problem in ev.
func (s *Site) dataFile(p *content.Page, name string, line, col int, key string, ev *evaluation, kind dataKind) (*dataFile, string) {
	cands, err := dataCandidates(p.Dir, name)
	if err != nil {
		ev.diags = append(ev.diags, Diagnostic{File: p.File, Line: line, Col: col, Msg: message.New(message.Detail, key, message.Of(err))})
		return nil, ""
	}
	for _, c := range cands {
		s.depend(p.Path, c)
	}
	for _, file := range cands {
		f := s.readData(file, kind)
		if !f.found {
			continue
		}
		if kind == answers {
			ev.diags = append(ev.diags, diagsOf(f.problems)...)
		}
		return f, file
	}
	ev.diags = append(ev.diags, Diagnostic{File: p.File, Line: line, Col: col,
		Msg: message.New(message.DataNotFound, key, name, strings.Join(cands, ", "))})
	return nil, ""
}

// dataCandidates returns where a data file named in front matter may be,
// as site-relative paths: beside the guide, then under data/; "/data/x.csv"
// names data/ alone. A name that leaves content/ and data/ is an error.
func dataCandidates(dir, name string) ([]string, error) {
	if strings.HasPrefix(name, "/") {
		p := path.Clean(name)[1:]
		if !strings.HasPrefix(p, "data/") && !strings.HasPrefix(p, "content/") {
			return nil, message.Errorf(message.DataOutside, name, "/data/")
		}
		return []string{p}, nil
	}
	beside := path.Join("content", dir, name)
	if !strings.HasPrefix(beside, "content/") && !strings.HasPrefix(beside, "data/") {
		return nil, message.Errorf(message.DataOutside, name, "data/")
	}
	cands := []string{beside}
	if d := path.Join("data", name); !strings.HasPrefix(name, "..") && d != beside {
		cands = append(cands, d)
	}
	return cands, nil
}

// readData reads a data file unless it is as it was last read. A file
// with errors keeps its last good tally.
func (s *Site) readData(file string, kind dataKind) *dataFile {
	f := s.data[file]
	if f == nil {
		f = &dataFile{}
		s.data[file] = f
	}
	abs := filepath.Join(s.opts.Dir, filepath.FromSlash(file))
	info, err := os.Stat(abs)
	if err != nil || !info.Mode().IsRegular() {
		f.found, f.problems = false, nil
		return f
	}
	if f.found && f.size == info.Size() && f.mod.Equal(info.ModTime()) {
		return f
	}
	f.found, f.size, f.mod = true, info.Size(), info.ModTime()
	if info.Size() > maxDataFile {
		f.problems = []survey.Problem{{File: file, Line: 1, Msg: message.New(message.FileTooLarge, info.Size()>>20, maxDataFile>>20)}}
		return f
	}
	src, err := os.ReadFile(abs)
	if err != nil {
		f.problems = []survey.Problem{{File: file, Line: 1, Msg: message.New(message.ReadFail, err.Error())}}
		return f
	}
	switch kind {
	case answers:
		t, ps := survey.ReadAnswers(file, src)
		f.problems = ps
		if t != nil {
			f.tally = t
		}
	case values:
		f.src = src
	}
	return f
}

func diagsOf(ps []survey.Problem) []Diagnostic {
	var ds []Diagnostic
	for _, p := range ps {
		ds = append(ds, Diagnostic{File: p.File, Line: p.Line, Col: p.Col, Msg: p.Msg, Warning: p.Warning})
	}
	return ds
}

// surveyViews are the pages an evaluation guide's survey adds: a
// printable report per period, ikm.json and ikm.csv.
func (s *Site) surveyViews(e *entry, page *theme.Page) []*view {
	sv := page.Survey
	if sv == nil {
		return nil
	}
	var vs []*view
	for i := range sv.Periods {
		per := &sv.Periods[i]
		title := s.theme.T(page.Lang, "survey.report") + " " + per.Name
		vs = append(vs, &view{file: indexFile(per.URL), page: &theme.Page{Kind: theme.KindReport, Type: page.Type, URL: per.URL,
			File: page.File, Lang: page.Lang, Title: title, Summary: page.Title, Date: page.Date, Updated: page.Updated,
			Survey: sv, Period: per, Breadcrumbs: append(slices.Clone(page.Breadcrumbs), theme.Link{Title: page.Title, URL: page.URL})}})
	}
	var sums []survey.Summary
	for _, p := range e.eval.periods {
		sums = append(sums, p.result.Summary(p.survey.Period, p.survey.Population))
	}
	doc := struct {
		Panduan string           `json:"panduan"`
		URL     string           `json:"url"`
		Unit    string           `json:"unit,omitempty"`
		Bobot   string           `json:"bobot"`
		Periode []survey.Summary `json:"periode"`
	}{e.page.Title, s.abs(e.page.URL), sv.Unit, sv.Weights, sums}
	js, _ := json.MarshalIndent(doc, "", "  ")
	var csv bytes.Buffer
	survey.WriteCSV(&csv, sums)
	vs = append(vs,
		&view{file: sv.JSONURL, page: &theme.Page{Kind: kindData, URL: sv.JSONURL}, raw: append(js, '\n')},
		&view{file: sv.CSVURL, page: &theme.Page{Kind: kindData, URL: sv.CSVURL}, raw: csv.Bytes()})
	return vs
}

// kindData marks a view whose output is raw bytes, not a layout's.
const kindData = "data"

// surveyPage fills the survey and measured indicators of a guide's page.
func (s *Site) surveyPage(e *entry, v *theme.Page) {
	ev := e.eval
	if ev == nil {
		return
	}
	s.measures(e.page, ev, v)
	if len(ev.periods) == 0 {
		return
	}
	lang := v.Lang
	sv := &theme.Survey{Weights: ev.periods[0].result.Weights.Name(), JSONURL: e.page.URL + "ikm.json", CSVURL: e.page.URL + "ikm.csv",
		GuideURL: e.page.URL, Guide: e.page.Title}
	if sig := e.page.Signature; sig != nil {
		sv.Unit = sig.Unit
		sv.Signature = &theme.Signature{Place: sig.Place, Position: sig.Position, Name: sig.Name, NIP: sig.NIP}
	}
	var pts []survey.Point
	lo := 65.0
	for i, p := range ev.periods {
		per := s.periodView(e, p, i, lang)
		sv.Periods = append(sv.Periods, per)
		pts = append(pts, survey.Point{Label: p.survey.Period, Value: survey.Float(p.result.IKM), Text: per.IKM})
		lo = min(lo, survey.Float(p.result.IKM))
	}
	if len(pts) > 1 {
		lo = max(25, float64(int(lo/5))*5-5)
		desc := s.theme.T(lang, "survey.trend.desc")
		for _, p := range sv.Periods {
			desc += fmt.Sprintf(" %s: %s (%s).", p.Name, p.IKM, p.Mutu)
		}
		sv.Trend = template.HTML(survey.LineChart(survey.Chart{ID: "ikm-tren", Title: s.theme.T(lang, "survey.trend"), Desc: desc},
			pts, lo, 100, bandLimits(1, lang)))
	}
	v.Survey = sv
}

// bandLimits are the lower limits of mutu C, B and A on a scale (1 for
// IKM, 1/25 for NRR), labelled with their mutu.
func bandLimits(scale float64, lang string) []survey.Limit {
	var ls []survey.Limit
	for i, b := range survey.Bands {
		ls = append(ls, survey.Limit{At: float64(b) / 100 * scale, Label: []string{"A", "B", "C"}[i]})
	}
	return ls
}

// periodView is the view of one period.
func (s *Site) periodView(e *entry, p period, i int, lang string) theme.SurveyPeriod {
	r := p.result
	per := theme.SurveyPeriod{Name: p.survey.Period, URL: e.page.URL + "laporan/" + periodSlug(p.survey.Period, i) + "/",
		Respondents: survey.FormatScaled(big.NewInt(int64(r.N)), 0, lang), IKM: survey.Format(r.IKM, 2, lang),
		Mutu: r.Grade.Mutu, Kinerja: s.kinerja(r.Grade, lang), WeightedSum: survey.Format(new(big.Rat).Quo(r.IKM, big.NewRat(25, 1)), 3, lang),
		First: p.tally.First, Last: p.tally.Last, Stale: p.stale}
	var bars []survey.Bar
	desc := s.theme.T(lang, "survey.chart.desc")
	for _, u := range r.Unsur {
		per.Unsur = append(per.Unsur, s.unsurView(u, lang))
		nrr := survey.Format(u.NRR, 2, lang)
		bars = append(bars, survey.Bar{Label: u.Code, Value: survey.Float(u.NRR), Text: nrr})
		desc += fmt.Sprintf(" %s %s: %s.", u.Code, u.Name, nrr)
	}
	for _, k := range r.Lowest(3) {
		per.Priorities = append(per.Priorities, per.Unsur[k])
	}
	if n := p.survey.Population; n > 0 {
		min := survey.SampleSize(n)
		per.Population = survey.FormatScaled(big.NewInt(int64(n)), 0, lang)
		per.MinSample = survey.FormatScaled(big.NewInt(int64(min)), 0, lang)
		per.Enough = r.N >= min
	}
	per.Profile = profile(p.tally, lang)
	id := "nrr-" + periodSlug(p.survey.Period, i)
	per.Chart = template.HTML(survey.BarChart(survey.Chart{ID: id, Title: s.theme.T(lang, "survey.chart") + " " + p.survey.Period, Desc: desc},
		bars, 1, 4, bandLimits(1.0/25, lang)))
	return per
}

func (s *Site) unsurView(u survey.UnsurResult, lang string) theme.SurveyUnsur {
	return theme.SurveyUnsur{Code: u.Code, Name: u.Name, Sum: survey.FormatScaled(big.NewInt(u.Sum), 0, lang),
		NRR: survey.Format(u.NRR, 3, lang), Weighted: survey.Format(u.Weighted, 3, lang), Scaled: survey.Format(u.Scaled(), 2, lang),
		Mutu: u.Grade.Mutu, Kinerja: s.kinerja(u.Grade, lang)}
}

// kinerja names a grade's kinerja in the page's language.
func (s *Site) kinerja(g survey.Grade, lang string) string {
	return s.theme.T(lang, "survey.grade."+g.Mutu)
}

// periodSlug is the URL segment of a period's report: "Semester I 2026"
// -> "semester-i-2026"; the period's number when it has no letters.
func periodSlug(name string, i int) string {
	if sl := slug(name); sl != "" {
		return sl
	}
	return fmt.Sprintf("periode-%d", i+1)
}

// profile counts respondents by the profile columns the file has.
func profile(t *survey.Tally, lang string) []theme.SurveyProfile {
	var out []theme.SurveyProfile
	for c, counts := range t.Profile {
		if counts == nil {
			continue
		}
		keys := make([]string, 0, len(counts))
		for k := range counts {
			keys = append(keys, k)
		}
		if c == survey.Usia {
			order := append(slices.Clone(survey.AgeGroups), "")
			slices.SortFunc(keys, func(a, b string) int { return slices.Index(order, a) - slices.Index(order, b) })
		} else {
			slices.SortFunc(keys, func(a, b string) int {
				if counts[a] != counts[b] {
					return counts[b] - counts[a]
				}
				if a == "" || b == "" { // blanks last
					return len(b) - len(a)
				}
				return compareFold(a, b)
			})
		}
		g := theme.SurveyProfile{Column: survey.ProfileColumns[c]}
		for _, k := range keys {
			pct := big.NewRat(int64(counts[k])*100, int64(t.N))
			g.Rows = append(g.Rows, theme.SurveyCount{Value: k, Count: survey.FormatScaled(big.NewInt(int64(counts[k])), 0, lang),
				Percent: survey.Format(pct, 1, lang)})
		}
		out = append(out, g)
	}
	return out
}

// measures fills the measured values of a guide's indicators.
func (s *Site) measures(p *content.Page, ev *evaluation, v *theme.Page) {
	if len(ev.values) == 0 {
		return
	}
	lang := v.Lang
	for i := range v.Indicators {
		ind := &v.Indicators[i]
		target, numeric := survey.ParseTarget(ind.Target)
		if d := p.Indicators[i].Direction; d != "" {
			target.Dir = map[string]survey.Direction{"higher": survey.Higher, "lower": survey.Lower}[d]
		}
		ind.Lower = target.Dir == survey.Lower
		var pts []survey.Point
		desc := ""
		for _, val := range ev.values {
			if val.Indicator != p.Indicators[i].Name {
				continue
			}
			m := theme.Measure{Period: val.Period, Value: survey.Format(val.Value, val.Places, lang), Judged: numeric}
			if numeric {
				a := survey.Achieve(val.Value, target)
				m.Met = a.Met
				if a.Percent != nil {
					m.Percent = survey.Format(a.Percent, 1, lang)
				}
			}
			ind.Values = append(ind.Values, m)
			pts = append(pts, survey.Point{Label: val.Period, Value: survey.Float(val.Value), Text: m.Value})
			desc += fmt.Sprintf(" %s: %s.", val.Period, m.Value)
		}
		if len(pts) > 1 {
			var tgt *float64
			if numeric {
				f := survey.Float(target.Value)
				tgt = &f
				desc += " " + s.theme.T(lang, "eval.target") + ": " + ind.Target + "."
			}
			ind.Trend = template.HTML(survey.TrendChart(survey.Chart{ID: fmt.Sprintf("tren-%d", i+1),
				Title: s.theme.T(lang, "eval.trend") + ": " + ind.Name, Desc: strings.TrimSpace(desc)}, pts, tgt))
		}
	}
}
