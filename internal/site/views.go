package site

import (
	"maps"
	"slices"
	"time"

	"github.com/tubei/pustaka/internal/content"
	"github.com/tubei/pustaka/internal/render"
	"github.com/tubei/pustaka/internal/theme"
)

// view is one page to be rendered by a layout into an output file.
type view struct {
	file string // output path, e.g. "/kebijakan/x/index.html"
	page *theme.Page
	doc  *entry // the document whose body is page.Content, if any
	body uint64 // doc's render count when the view was made
	raw  []byte // the output itself, for files that are not pages (kindData)
}

// label is the title of a generated page in the site's language, from the
// theme's strings: home, search.title, 404.title, taxonomy.<name>.
func (s *Site) label(key string) string { return s.theme.T(s.cfg.Lang, key) }

// makeViews computes the view of every page of the site.
func (s *Site) makeViews(pub []*entry, t *tree) []*view {
	var vs []*view
	for _, e := range pub {
		if !e.page.IsIndex {
			dv := s.docView(e, t)
			vs = append(vs, dv)
			vs = append(vs, s.surveyViews(e, dv.page)...)
			if h := s.hist[e.path]; h != nil {
				vs = append(vs, h.pages()...)
			}
		}
	}
	for _, sec := range t.sections {
		vs = append(vs, &view{file: indexFile(sec.url), page: s.sectionPage(sec, t, pub)})
	}
	vs = append(vs, s.learningViews(pub, t)...)
	for _, tx := range taxonomies {
		vs = append(vs, s.taxonomyViews(tx.name, tx.dir, t)...)
	}
	vs = append(vs,
		&view{file: "/cari/index.html", page: &theme.Page{Kind: theme.KindSearch, URL: "/cari/", Lang: s.cfg.Lang, Title: s.label("search.title"), Search: &theme.Search{}}},
		&view{file: "/404.html", page: &theme.Page{Kind: theme.Kind404, URL: "/404.html", Lang: s.cfg.Lang, Title: s.label("404.title")}})
	return vs
}

func indexFile(url string) string { return url + "index.html" }

// docView is the view of a document page.
func (s *Site) docView(e *entry, t *tree) *view {
	return &view{file: indexFile(e.page.URL), page: s.docPage(e, t), doc: e, body: e.renders}
}

func (s *Site) docPage(e *entry, t *tree) *theme.Page {
	p := e.page
	v := &theme.Page{
		Kind: theme.KindPage, Type: p.Type, URL: p.URL, File: p.File, Lang: p.Lang,
		Title: p.Title, Summary: p.Summary, Content: e.html, TOC: headings(e.toc), Draft: p.Draft,
		Large: e.bodySize >= int(s.cfg.Markdown.Large),
		Date:  p.Date, Updated: s.updated(e), Authors: p.Authors,
		Tags: termLinks(t, "tag", p.Tags), Unit: unitLink(t, p.Unit),
		Status: p.Status, Version: p.Version, Number: p.Number, Effective: p.Effective,
		Stakeholders: p.Stakeholders, Related: s.refLinks(p.Related), SupersededBy: links(t.supers[p.Path]),
		Objectives: p.Objectives, Duration: p.Duration, Level: p.Level,
		Competencies: termLinks(t, "competency", p.Competencies), Prerequisites: s.refLinks(p.Prerequisites),
		Backlinks: links(t.refs[p.Path]), Breadcrumbs: s.crumbs(t.section(p.Dir)),
		Translations: s.translations(t, e),
	}
	if v.Lang == "" {
		v.Lang = s.cfg.Lang
	}
	if h := s.hist[e.path]; h != nil {
		v.Versions = h.versions
	}
	if p.Supersedes != nil {
		if l := s.refLinks([]content.Ref{*p.Supersedes}); len(l) == 1 {
			v.Supersedes = &l[0]
		}
	}
	for _, ind := range p.Indicators {
		v.Indicators = append(v.Indicators, theme.Indicator{Name: ind.Name, Target: ind.Target, Unit: ind.Unit, Method: ind.Method, Frequency: ind.Frequency})
	}
	s.surveyPage(e, v)
	if p.Type == theme.TypeTraining {
		v.LearningPath = learningPath(e, t.section(p.Dir), t)
		v.Progress = progress(e)
		if p.Mentoring != nil {
			v.Mentoring = mentoring(p)
		}
	}
	return v
}

func (s *Site) sectionPage(sec *section, t *tree, pub []*entry) *theme.Page {
	v := &theme.Page{Kind: theme.KindSection, URL: sec.url, Lang: s.cfg.Lang, Title: sec.title(),
		Breadcrumbs: s.crumbs(sec.parent)}
	if ix := sec.index; ix != nil {
		v.File, v.Summary, v.Content, v.TOC = ix.page.File, ix.page.Summary, ix.html, headings(ix.toc)
		v.Date, v.Updated = ix.page.Date, s.updated(ix)
		v.Translations = s.translations(t, ix)
		if ix.page.Lang != "" {
			v.Lang = ix.page.Lang
		}
	}
	v.Children = s.listed(sec.pages, v.Lang)
	for _, sub := range sec.subs {
		v.Sections = append(v.Sections, theme.Link{Title: sub.title(), URL: sub.url, Count: s.countPages(sub, v.Lang)})
	}
	if lp := pathOf(sec, t); lp != nil {
		v.Paths = []*theme.LearningPath{lp}
	}
	if sec.dir == "" {
		v.Kind, v.Breadcrumbs, v.Paths = theme.KindHome, nil, allPaths(t)
		if v.Title == "" {
			v.Title = s.cfg.Title
		}
		v.Children = s.listed(recent(pub, 10), v.Lang)
	}
	return v
}

func (s *Site) taxonomyViews(tax, dir string, t *tree) []*view {
	all := &theme.Page{Kind: theme.KindTaxonomy, Type: tax, URL: "/" + dir + "/", Lang: s.cfg.Lang, Title: s.label("taxonomy." + tax),
		Breadcrumbs: s.crumbs(t.root)}
	vs := []*view{{file: indexFile(all.URL), page: all}}
	for _, ts := range t.terms[tax] {
		children := s.listed(ts.pages, s.cfg.Lang)
		all.Terms = append(all.Terms, theme.Term{Name: ts.name, URL: ts.url, Count: ts.count})
		vs = append(vs, &view{file: indexFile(ts.url), page: &theme.Page{Kind: theme.KindTerm, Type: tax, URL: ts.url,
			Lang: s.cfg.Lang, Title: ts.name, Children: children,
			Breadcrumbs: append(s.crumbs(t.root), theme.Link{Title: all.Title, URL: all.URL})}})
	}
	slices.SortFunc(all.Terms, func(a, b theme.Term) int { return compareFold(a.Name, b.Name) })
	return vs
}

// crumbs lists the sections from the home page down to sec.
func (s *Site) crumbs(sec *section) []theme.Link {
	var l []theme.Link
	for ; sec != nil; sec = sec.parent {
		title := sec.title()
		if sec.dir == "" {
			title = s.label("home")
		}
		l = append(l, theme.Link{Title: title, URL: sec.url})
	}
	slices.Reverse(l)
	return l
}

// learningPath is the path of training modules of e's section. The item
// list is shared by every module of the section (layouts mark the current
// one by its URL), so a large path costs memory once, not once a module.
func learningPath(e *entry, sec *section, t *tree) *theme.LearningPath {
	items := pathItems(sec, t)
	lp := &theme.LearningPath{Title: sec.title(), URL: sec.url, SheetURL: sec.url + sheetSlug, All: items, Items: items}
	for i, it := range items {
		if it.URL != e.page.URL {
			continue
		}
		if i > 0 {
			lp.Prev = &items[i-1]
		}
		if i+1 < len(items) {
			lp.Next = &items[i+1]
		}
		if len(items) > maxOutline {
			// A long path shows a window around this module; its section
			// page lists them all.
			from := min(max(0, i-maxOutline/2), len(items)-maxOutline)
			lp.Items, lp.Before, lp.After = items[from:from+maxOutline], from, len(items)-from-maxOutline
		}
	}
	return lp
}

// maxOutline is the most modules a learning-path outline lists.
const maxOutline = 15

func (s *Site) refLinks(refs []content.Ref) []theme.Link {
	var l []theme.Link
	for _, r := range refs {
		if r.Page == nil {
			continue
		}
		if e := s.entries[r.Page.Path]; e != nil && s.published(e) {
			l = append(l, link(e))
		}
	}
	return l
}

func link(e *entry) theme.Link {
	p := e.page
	return theme.Link{Title: p.Title, URL: p.URL, Type: p.Type, Status: p.Status, Version: p.Version, Summary: p.Summary, Date: lastChange(e)}
}

// listed links the pages of a list in language lang (see fold); a page
// that stays in another language says so.
func (s *Site) listed(es []*entry, lang string) []theme.Link {
	var l []theme.Link
	for _, e := range fold(es, lang, s.cfg.Lang) {
		li := link(e)
		if pl := langOr(e.page.Lang, s.cfg.Lang); pl != lang {
			li.Lang = pl
		}
		l = append(l, li)
	}
	return l
}

// fold returns the pages of a list in language lang without those whose
// translation in lang is in the same list: the reader finds the other
// language from that page's language switch. def is the site's language.
func fold(es []*entry, lang, def string) []*entry {
	var in map[string]bool // terjemahan keys with a page in lang here
	for _, e := range es {
		if k := e.page.Translation; k != "" && langOr(e.page.Lang, def) == lang {
			if in == nil {
				in = map[string]bool{}
			}
			in[k] = true
		}
	}
	if in == nil {
		return es
	}
	var kept []*entry
	for _, e := range es {
		if k := e.page.Translation; k == "" || !in[k] || langOr(e.page.Lang, def) == lang {
			kept = append(kept, e)
		}
	}
	return kept
}

func links(es []*entry) []theme.Link {
	var l []theme.Link
	for _, e := range es {
		l = append(l, link(e))
	}
	return l
}

func termLinks(t *tree, tax string, names []string) []theme.Link {
	var l []theme.Link
	for _, n := range names {
		if ts := t.terms[tax][slug(n)]; ts != nil {
			l = append(l, theme.Link{Title: n, URL: ts.url, Count: ts.count})
		}
	}
	return l
}

func unitLink(t *tree, unit string) *theme.Link {
	if l := termLinks(t, "unit", []string{unit}); len(l) == 1 {
		return &l[0]
	}
	return nil
}

func headings(hs []render.Heading) []theme.Heading {
	var l []theme.Heading
	for _, h := range hs {
		l = append(l, theme.Heading{Level: h.Level, ID: h.ID, Text: h.Text})
	}
	return l
}

// countPages counts the pages a reader of lang finds listed under sec.
func (s *Site) countPages(sec *section, lang string) int {
	n := len(fold(sec.pages, lang, s.cfg.Lang))
	for _, sub := range sec.subs {
		n += s.countPages(sub, lang)
	}
	return n
}

// recent returns the n most recently changed documents.
func recent(pub []*entry, n int) []*entry {
	var docs []*entry
	for _, e := range pub {
		if !e.page.IsIndex {
			docs = append(docs, e)
		}
	}
	slices.SortFunc(docs, byDate)
	return docs[:min(n, len(docs))]
}

func lastChange(e *entry) time.Time {
	if e.page.Updated.After(e.page.Date) {
		return e.page.Updated
	}
	return e.page.Date
}

// translations returns e in the other languages: the pages with its
// terjemahan key, one per language (the first by path when two of one
// language share the key, which content.Resolve warns about), in
// language order.
func (s *Site) translations(t *tree, e *entry) []theme.Translation {
	if e.page.Translation == "" {
		return nil
	}
	own := langOr(e.page.Lang, s.cfg.Lang)
	byLang := map[string]*entry{}
	for _, o := range t.trans[e.page.Translation] {
		l := langOr(o.page.Lang, s.cfg.Lang)
		if l == own {
			continue
		}
		if cur := byLang[l]; cur == nil || o.path < cur.path {
			byLang[l] = o
		}
	}
	var out []theme.Translation
	for _, l := range slices.Sorted(maps.Keys(byLang)) {
		o := byLang[l]
		out = append(out, theme.Translation{Lang: l, Title: o.page.Title, URL: o.page.URL})
	}
	return out
}
