package site

import (
	"fmt"
	"html/template"
	"slices"
	"strings"

	"github.com/tubei/pustaka/internal/content"
)

// linkIndex answers "which page does this reference mean" for one build.
type linkIndex struct {
	s     *Site
	idx   *content.Index
	byURL map[string]*entry
}

// resolve turns a Markdown link destination of page from into a site URL.
func (li *linkIndex) resolve(from *entry, dest string) (href string, target *entry, err error) {
	file, frag, _ := strings.Cut(dest, "#")
	if q := strings.IndexByte(file, '?'); q >= 0 {
		file = file[:q]
	}
	if file == "" {
		if !from.ids[frag] {
			return "", nil, fmt.Errorf("no heading #%s on this page", frag)
		}
		return "#" + frag, nil, nil
	}
	p, ok := li.idx.Lookup(from.page, file)
	if !ok {
		return "", nil, fmt.Errorf("no such document %q", file)
	}
	t := li.s.entries[p.Path]
	if t == nil || !li.s.published(t) {
		return "", nil, fmt.Errorf("%s is a draft and is not published", p.File)
	}
	if frag == "" {
		return p.URL, t, nil
	}
	if !t.ids[frag] {
		return "", nil, fmt.Errorf("%s has no heading #%s", p.File, frag)
	}
	return p.URL + "#" + frag, t, nil
}

// ResolveLink implements render.Resolver for one page.
type pageResolver struct {
	li   *linkIndex
	from *entry
}

func (r pageResolver) ResolveLink(dest string) (string, error) {
	href, _, err := r.li.resolve(r.from, dest)
	return href, err
}

// renderBodies parses the dirty entries, checks the links of every
// published entry and renders the bodies that are new or whose links now
// resolve differently. It returns the number rendered and the link graph
// (target path -> linking entries).
func (s *Site) renderBodies(pub []*entry, li *linkIndex) (int, map[string][]*entry) {
	var dirty []*entry
	for _, e := range pub {
		if e.dirty || e.doc != nil {
			dirty = append(dirty, e)
		}
	}
	s.parseBodies(dirty)
	links := map[string][]*entry{}
	var again []*entry
	for _, e := range pub {
		hrefs, targets, diags := s.resolveLinks(e, li)
		for _, t := range targets {
			if t != e && !slices.Contains(links[t.path], e) {
				links[t.path] = append(links[t.path], e)
			}
		}
		if !e.dirty && !slices.Equal(hrefs, e.hrefs) {
			again = append(again, e)
		}
		e.hrefs, e.linkDiags = hrefs, diags
	}
	s.parseBodies(again)
	todo := append(dirty, again...)
	s.renderDocs(todo)
	return len(todo), links
}

// resolveLinks resolves the links of an entry's body: the href of each
// ("" when it does not resolve), the pages linked to, and the errors.
func (s *Site) resolveLinks(e *entry, li *linkIndex) ([]string, []*entry, []Diagnostic) {
	hrefs := make([]string, len(e.links))
	var targets []*entry
	var diags []Diagnostic
	for i, l := range e.links {
		href, t, err := li.resolve(e, l.Dest)
		if t != nil {
			targets = append(targets, t)
		}
		if err != nil {
			diags = append(diags, Diagnostic{File: e.page.File, Line: e.page.BodyLine + l.Line - 1, Col: l.Col, Msg: fmt.Sprintf("link %s: %v", l.Dest, err)})
			continue
		}
		hrefs[i] = href
	}
	return hrefs, targets, diags
}

// renderDocs renders parsed bodies to HTML on all cores and drops their
// syntax trees.
func (s *Site) renderDocs(es []*entry) {
	li := s.li
	parallel(len(es), func(i int) {
		e := es[i]
		html, _ := s.md.Render(e.doc, pageResolver{li, e})
		e.html = template.HTML(html)
		e.doc, e.dirty, e.prev = nil, false, nil
	})
}

// parseBodies parses Markdown bodies on all cores and records what other
// pages need from them: anchors, links, table of contents, text blocks.
func (s *Site) parseBodies(es []*entry) {
	parallel(len(es), func(i int) {
		e := es[i]
		if e.doc != nil {
			return
		}
		d := s.md.Parse(e.page.Body)
		if d.Title != "" && (e.page.TitleFromFile || strings.EqualFold(strings.TrimSpace(d.Title), strings.TrimSpace(e.page.Title))) {
			d.StripTitle()
		}
		e.doc = d
		e.links = d.Links
		e.toc = d.TOC()
		e.blocks = d.Blocks()
		e.ids = make(map[string]bool, len(d.Headings))
		for _, h := range d.Headings {
			e.ids[h.ID] = true
		}
	})
}
