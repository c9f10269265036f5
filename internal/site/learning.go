package site

import (
	"path/filepath"
	"strings"

	"github.com/tubei/pustaka/internal/content"
	"github.com/tubei/pustaka/internal/quiz"
	"github.com/tubei/pustaka/internal/theme"

	"github.com/tubei/pustaka/internal/message"
)

// The learning pages: every learning path (a section holding training
// modules) gets a completion sheet at <section>/lembar-selesai/, and
// every mentoring module a printable lembar kendali at
// <module>/lembar-kendali/.
const (
	sheetSlug   = "lembar-selesai/"
	logbookSlug = "lembar-kendali/"
)

// pathItems returns the modules of sec's learning path, made once per
// build and shared by every page that shows them.
func pathItems(sec *section, t *tree) []theme.Link {
	items, ok := t.paths[sec.dir]
	if !ok {
		for _, m := range sec.pages {
			if m.page.Type == theme.TypeTraining {
				items = append(items, link(m))
			}
		}
		t.paths[sec.dir] = items
	}
	return items
}

// pathOf is the whole learning path of sec, or nil when it has no modules.
func pathOf(sec *section, t *tree) *theme.LearningPath {
	items := pathItems(sec, t)
	if len(items) == 0 {
		return nil
	}
	return &theme.LearningPath{Title: sec.title(), URL: sec.url, SheetURL: sec.url + sheetSlug, All: items, Items: items}
}

// allPaths lists the learning paths of the site in section order.
func allPaths(t *tree) []*theme.LearningPath {
	var out []*theme.LearningPath
	var walk func(sec *section)
	walk = func(sec *section) {
		if lp := pathOf(sec, t); lp != nil {
			out = append(out, lp)
		}
		for _, sub := range sec.subs {
			walk(sub)
		}
	}
	walk(t.root)
	return out
}

// learningViews are the completion sheets of every learning path and the
// lembar kendali of every mentoring module.
func (s *Site) learningViews(pub []*entry, t *tree) []*view {
	var vs []*view
	for _, lp := range allPaths(t) {
		sec := t.sections[strings.Trim(lp.URL, "/")]
		if sec == nil {
			sec = t.root
		}
		sh := &theme.Sheet{Path: lp}
		for _, m := range sec.pages {
			if m.page.Type == theme.TypeTraining {
				sh.Modules = append(sh.Modules, theme.SheetModule{No: len(sh.Modules) + 1, Title: m.page.Title, URL: m.page.URL, Duration: m.page.Duration})
				sh.Total += m.page.Duration
			}
		}
		vs = append(vs, &view{file: indexFile(lp.SheetURL), page: &theme.Page{Kind: theme.KindSheet, URL: lp.SheetURL, Lang: s.cfg.Lang,
			Title: s.label("sheet.title") + ": " + lp.Title, Sheet: sh, Breadcrumbs: append(s.crumbs(sec.parent), theme.Link{Title: lp.Title, URL: lp.URL})}})
	}
	for _, e := range pub {
		if e.page.Mentoring == nil || e.page.Type != content.TypeTraining {
			continue
		}
		m := mentoring(e.page)
		p := &theme.Page{Kind: theme.KindLogbook, URL: m.LogURL, Lang: e.page.Lang, Title: s.label("logbook.title") + ": " + e.page.Title,
			Mentoring: m, Duration: e.page.Duration, Breadcrumbs: append(s.crumbs(t.section(e.page.Dir)), theme.Link{Title: e.page.Title, URL: e.page.URL})}
		if p.Lang == "" {
			p.Lang = s.cfg.Lang
		}
		vs = append(vs, &view{file: indexFile(m.LogURL), page: p})
	}
	return vs
}

// mentoring is the theme's view of a module's mentoring plan: one entry
// for every week of the period, with the activities planned for it.
func mentoring(p *content.Page) *theme.Mentoring {
	m := p.Mentoring
	v := &theme.Mentoring{Mentor: m.Mentor, Mentee: m.Mentee, Weeks: m.Weeks, LogURL: p.URL + logbookSlug,
		ModuleURL: p.URL, ModuleTitle: p.Title}
	for w := 1; w <= m.Weeks; w++ {
		week := theme.MentoringWeek{Week: w}
		for _, pl := range m.Plan {
			if pl.From <= w && w <= pl.To {
				week.Activities = append(week.Activities, pl.Activities...)
			}
		}
		v.Plan = append(v.Plan, week)
	}
	return v
}

// progress is the self-check state a module page hands to soal.js.
func progress(e *entry) *theme.Progress {
	return &theme.Progress{Questions: e.questions, Pass: e.page.PassMark(), Exam: e.page.Exam}
}

// QuestionBank returns the self-check questions of the published training
// modules after a Build, one category per module (path: learning path
// title, module title) in the order of the learning paths. With files
// (content paths as written on the command line: "content/pelatihan/x.md",
// "pelatihan/x.md") only those modules are returned; a file that is not a
// published training module is an error.
func (s *Site) QuestionBank(files ...string) ([]quiz.Category, error) {
	want := map[string]bool{}
	for _, f := range files {
		p := strings.TrimPrefix(filepath.ToSlash(filepath.Clean(f)), "content/")
		e := s.entries[p]
		if e == nil || !s.published(e) || e.page.Type != content.TypeTraining {
			return nil, message.Errorf(message.NotTraining, f)
		}
		want[p] = true
	}
	var cats []quiz.Category
	var walk func(sec *section)
	walk = func(sec *section) {
		for _, e := range sec.pages {
			if e.page.Type != content.TypeTraining || len(want) > 0 && !want[e.path] {
				continue
			}
			p := *e.page
			_, p.Body = s.sourceOf(e)
			if qs := s.parseBody(&p).Questions; len(qs) > 0 {
				cats = append(cats, quiz.Category{Path: []string{sec.title(), p.Title}, Source: p.File, Questions: qs})
			}
		}
		for _, sub := range sec.subs {
			walk(sub)
		}
	}
	if s.tree != nil {
		walk(s.tree.root)
	}
	return cats, nil
}
