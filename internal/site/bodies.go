package site

import (
	"fmt"
	"html/template"
	"slices"
	"strings"

	"github.com/tubei/pustaka/internal/content"
	"github.com/tubei/pustaka/internal/render"
)

// linkIndex answers "which page does this reference mean" for one build.
type linkIndex struct {
	s   *Site
	idx *content.Index
}

// target resolves the document part of a Markdown link destination of
// page from: the site URL it links to (with its #fragment, if any) and the
// page. A bare "#fragment" links within the page. Whether the fragment
// exists is checkAnchor's business: the HTML does not depend on it.
func (li *linkIndex) target(from *entry, dest string) (href string, t *entry, err error) {
	file, frag, hasFrag := strings.Cut(dest, "#")
	if q := strings.IndexByte(file, '?'); q >= 0 {
		file = file[:q]
	}
	if file == "" {
		return "#" + frag, nil, nil
	}
	p, ok := li.idx.Lookup(from.page, file)
	if !ok {
		return "", nil, fmt.Errorf("no such document %q", file)
	}
	t = li.s.entries[p.Path]
	if t == nil || !li.s.published(t) {
		return "", nil, fmt.Errorf("%s is a draft and is not published", p.File)
	}
	if hasFrag && frag != "" {
		return p.URL + "#" + frag, t, nil
	}
	return p.URL, t, nil
}

// checkAnchor reports a fragment of dest that names no heading of the page
// linked to (t, or from itself for a bare "#fragment").
func checkAnchor(from, t *entry, dest string) error {
	_, frag, _ := strings.Cut(dest, "#")
	switch {
	case frag == "":
	case t == nil && !from.ids[frag]:
		return fmt.Errorf("no heading #%s on this page", frag)
	case t != nil && !t.ids[frag]:
		return fmt.Errorf("%s has no heading #%s", t.page.File, frag)
	}
	return nil
}

// ResolveLink implements render.Resolver for one page.
type pageResolver struct {
	li   *linkIndex
	from *entry
}

func (r pageResolver) ResolveLink(dest string) (string, error) {
	href, _, err := r.li.target(r.from, dest)
	return href, err
}

// hrefRecorder is a pageResolver that also notes the href of every link,
// "" for those that do not resolve, in the order Render asks: the order
// of the Doc's links.
type hrefRecorder struct {
	pageResolver
	hrefs []string
}

func (r *hrefRecorder) ResolveLink(dest string) (string, error) {
	href, err := r.pageResolver.ResolveLink(dest)
	r.hrefs = append(r.hrefs, href)
	return href, err
}

// renderBodies renders the bodies of new and changed entries, checks the
// links of every published entry, and renders again the bodies whose links
// now lead elsewhere (a page they link to appeared or vanished). It
// returns the number rendered and the link graph (target path -> pages
// linking to it).
func (s *Site) renderBodies(pub []*entry, li *linkIndex) (int, map[string][]*entry) {
	var dirty []*entry
	for _, e := range pub {
		if e.dirty {
			dirty = append(dirty, e)
		}
	}
	s.renderEntries(dirty, li)
	links := map[string][]*entry{}
	var again []*entry
	for _, e := range pub {
		hrefs, targets, diags := s.resolveLinks(e, li)
		for _, t := range targets {
			if t != e && !slices.Contains(links[t.path], e) {
				links[t.path] = append(links[t.path], e)
			}
		}
		if !slices.Equal(hrefs, e.hrefs) {
			again = append(again, e)
		}
		e.linkDiags = diags
	}
	s.renderEntries(again, li)
	return len(dirty) + len(again), links
}

// resolveLinks resolves the links of an entry's body: the href each
// renders with ("" when its document does not resolve), the pages linked
// to, and the errors (missing documents and headings).
func (s *Site) resolveLinks(e *entry, li *linkIndex) ([]string, []*entry, []Diagnostic) {
	hrefs := make([]string, len(e.links))
	var targets []*entry
	var diags []Diagnostic
	for i, l := range e.links {
		href, t, err := li.target(e, l.Dest)
		hrefs[i] = href
		if err == nil {
			err = checkAnchor(e, t, l.Dest)
		}
		if t != nil {
			targets = append(targets, t)
		}
		if err != nil {
			diags = append(diags, Diagnostic{File: e.page.File, Line: e.page.BodyLine + l.Line - 1, Col: l.Col, Msg: fmt.Sprintf("link %s: %v", l.Dest, err)})
		}
	}
	return hrefs, targets, diags
}

// renderEntries parses and renders bodies on all cores, one syntax tree per
// core at a time, and keeps what other pages need of each: anchors, links,
// table of contents, text blocks.
func (s *Site) renderEntries(es []*entry, li *linkIndex) {
	parallel(len(es), func(i int) {
		e := es[i]
		s.ensureSource(e)
		d := s.parseBody(e.page)
		e.links, e.toc = d.Links, d.TOC()
		if !s.opts.NoIndex {
			e.blocks = d.Blocks() // for the search documents; dropped once they are made
		}
		e.ids = make(map[string]bool, len(d.Headings))
		for _, h := range d.Headings {
			e.ids[h.ID] = true
		}
		rec := &hrefRecorder{pageResolver: pageResolver{li, e}, hrefs: make([]string, 0, len(e.links))}
		html, _ := s.md.RenderString(d, rec)
		e.html = template.HTML(html)
		e.renders++
		e.hrefs = rec.hrefs // what the links render with, to tell when they must change
		e.dirty = false
	})
}

// parseBody parses a page's Markdown body, dropping a leading h1 that
// repeats the page title (layouts print the title themselves).
func (s *Site) parseBody(p *content.Page) *render.Doc {
	d := s.md.ParseShared(p.Body) // sources are read-only: no copy
	if d.Title != "" && (p.TitleFromFile || strings.EqualFold(strings.TrimSpace(d.Title), strings.TrimSpace(p.Title))) {
		d.StripTitle()
	}
	return d
}
