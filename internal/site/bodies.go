package site

import (
	"errors"
	"html/template"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/tubei/pustaka/internal/content"
	"github.com/tubei/pustaka/internal/render"
	"github.com/tubei/pustaka/internal/sources"
	"github.com/tubei/pustaka/internal/spelling"

	"github.com/tubei/pustaka/internal/message"
)

// linkIndex answers "which page does this reference mean" for one build.
type linkIndex struct {
	s   *Site
	idx *content.Index

	stemsOnce sync.Once
	stems     map[string]string // content path without extension -> content path, of published pages
	stemList  []string
}

// target resolves the document part of a Markdown link destination of
// page from: the site URL it links to (with its #fragment, if any) and the
// page. A bare "#fragment" links within the page. Whether the fragment
// exists is checkAnchor's business.
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
		return "", nil, noDocument(file)
	}
	t = li.s.entries[p.Path]
	if t == nil || !li.s.published(t) {
		return "", nil, message.Errorf(message.LinkDraft, p.File)
	}
	if hasFrag && frag != "" {
		return p.URL + "#" + frag, t, nil
	}
	return p.URL, t, nil
}

// noDocument is a link to a document that does not exist.
type noDocument string

func (e noDocument) Error() string { return e.Text().String() }

// Text is the message of e.
func (e noDocument) Text() message.Text { return message.New(message.LinkNoDocument, string(e)) }

// explain adds to err, for a link to a document that does not exist, the
// published document whose path is closest to the one written. It is
// asked only for the diagnostic, not while rendering.
func (li *linkIndex) explain(from *entry, err error) message.Text {
	file, ok := err.(noDocument)
	if !ok {
		return message.Of(err)
	}
	li.stemsOnce.Do(func() {
		li.stems = map[string]string{}
		for p, e := range li.s.entries {
			if li.s.published(e) {
				li.stems[sources.TrimMarkdown(p)] = p
			}
		}
		li.stemList = slices.Collect(maps.Keys(li.stems))
	})
	want := sources.TrimMarkdown(path.Clean(path.Join(from.page.Dir, string(file))))
	if best := spelling.Closest(want, li.stemList, max(2, len(path.Base(want))/3)); best != "" {
		return message.New(message.LinkDidYouMean, file.Text(), relLink(from.page.Dir, li.stems[best]))
	}
	return file.Text()
}

// relLink is the link from a page in folder dir to the content file p.
func relLink(dir, p string) string {
	if dir == "" {
		return p
	}
	up := ""
	for d := dir; d != "." && d != ""; d = path.Dir(d) {
		if rest, ok := strings.CutPrefix(p, d+"/"); ok {
			return up + rest
		}
		up += "../"
	}
	return up + p
}

// checkAnchor reports a fragment of dest that names no heading of the page
// linked to (t, or from itself for a bare "#fragment"), suggesting the
// closest heading.
func checkAnchor(from, t *entry, dest string) *message.Text {
	_, frag, _ := strings.Cut(dest, "#")
	if frag == "" {
		return nil
	}
	if t == nil {
		t = from
	}
	if t.ids[frag] {
		return nil
	}
	msg := message.New(message.AnchorHere, frag)
	if t != from {
		msg = message.New(message.AnchorIn, frag, t.page.File)
	}
	if best := closestID(frag, t.ids); best != "" {
		msg = message.New(message.AnchorDidYouMean, msg, best)
	}
	return &msg
}

var errNoHeading = errors.New("no such heading")

// hasAnchor reports whether the fragment of dest, if any, names a heading
// of the page linked to (t, or from itself).
func hasAnchor(from, t *entry, dest string) bool {
	_, frag, _ := strings.Cut(dest, "#")
	if t == nil {
		t = from
	}
	return frag == "" || t.ids[frag]
}

// closestID returns the anchor of ids closest to frag: the same in other
// letter case, or one a few edits away.
func closestID(frag string, ids map[string]bool) string {
	cands := make([]string, 0, len(ids))
	for id := range ids {
		if strings.EqualFold(id, frag) {
			return id
		}
		if !strings.HasPrefix(id, "fn") {
			cands = append(cands, id)
		}
	}
	return spelling.Closest(strings.ToLower(frag), cands, min(2, max(1, len(frag)/4)))
}

// linkState is how a link renders: its href ("" for a document that does
// not resolve) and whether it is marked broken.
type linkState struct {
	href   string
	broken bool
}

// pageResolver implements render.Resolver for one page. Anchors are
// checked only on pages whose anchors are not being made at the same
// time (settled): resolveLinks tells afterwards what the others should
// have been, and renderBodies renders those links again. Without settled
// no anchor is checked (old versions of a document).
type pageResolver struct {
	li      *linkIndex
	from    *entry
	settled func(*entry) bool
}

func (r pageResolver) ResolveLink(dest string) (string, error) {
	href, t, err := r.li.target(r.from, dest)
	if err == nil && r.settled != nil && (t == nil || t == r.from || r.settled(t)) && !hasAnchor(r.from, t, dest) {
		err = errNoHeading // the diagnostic (resolveLinks) says which and suggests one
	}
	return href, err
}

// stateRecorder is a pageResolver that also notes how every link renders,
// in the order Render asks: the order of the Doc's links.
type stateRecorder struct {
	pageResolver
	states []linkState
}

func (r *stateRecorder) ResolveLink(dest string) (string, error) {
	href, err := r.pageResolver.ResolveLink(dest)
	r.states = append(r.states, linkState{href, err != nil})
	return href, err
}

// renderBodies renders the bodies of new and changed entries, checks the
// links of every published entry, and renders again the bodies whose links
// now lead elsewhere or are broken where they were not, or the reverse (a
// page or heading they link to appeared or vanished). It returns the
// number rendered and the link graph (target path -> pages linking to it).
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
		states, targets, diags := s.resolveLinks(e, li)
		for _, t := range targets {
			if t != e && !slices.Contains(links[t.path], e) {
				links[t.path] = append(links[t.path], e)
			}
		}
		if !slices.Equal(states, e.states) {
			again = append(again, e)
		}
		e.linkDiags = diags
	}
	s.renderEntries(again, li)
	return len(dirty) + len(again), links
}

// resolveLinks resolves the links of an entry's body: how each renders,
// the pages linked to, and the warnings (missing documents and headings,
// of kind KindLink and KindAnchor).
func (s *Site) resolveLinks(e *entry, li *linkIndex) ([]linkState, []*entry, []Diagnostic) {
	states := make([]linkState, len(e.links))
	var targets []*entry
	var diags []Diagnostic
	for i, l := range e.links {
		href, t, err := li.target(e, l.Dest)
		kind := content.KindLink
		var problem *message.Text
		if err == nil {
			problem, kind = checkAnchor(e, t, l.Dest), content.KindAnchor
		} else {
			msg := li.explain(e, err)
			problem = &msg
		}
		states[i] = linkState{href, problem != nil}
		if t != nil {
			targets = append(targets, t)
		}
		if problem != nil {
			diags = append(diags, Diagnostic{File: e.page.File, Line: e.page.BodyLine + l.Line - 1, Col: l.Col,
				Msg: message.New(message.LinkBroken, l.Dest, *problem), Warning: true, Kind: kind})
		}
	}
	return states, targets, diags
}

// renderEntries parses and renders bodies on all cores, one syntax tree per
// core at a time, and keeps what other pages need of each: anchors, links,
// table of contents, text blocks.
func (s *Site) renderEntries(es []*entry, li *linkIndex) {
	making := map[*entry]bool{} // entries whose anchors are made anew here, concurrently
	for _, e := range es {
		if e.dirty || e.ids == nil {
			making[e] = true
		}
	}
	settled := func(t *entry) bool { return !making[t] }
	// Long documents go one at a time, after the others: the syntax
	// tree of a 3 MB regulation takes about 40 MB while it is rendered.
	var small, large []*entry
	for _, e := range es {
		if len(e.page.Body) >= largeBody {
			large = append(large, e)
		} else {
			small = append(small, e)
		}
	}
	parallel(len(small), func(i int) { s.renderEntry(small[i], li, settled) })
	for _, e := range large {
		s.renderEntry(e, li, settled)
	}
}

// largeBody is the size of a Markdown body from which renderEntries
// renders it alone.
const largeBody = 512 << 10

// renderEntry parses and renders the body of e and keeps what other
// pages need of it (see renderEntries).
func (s *Site) renderEntry(e *entry, li *linkIndex, settled func(*entry) bool) {
	s.ensureSource(e)
	d := s.parseBody(e.page)
	e.links, e.toc = d.Links, d.TOC()
	e.bodySize = len(e.page.Body)
	e.questions, e.quizDiags = len(d.Questions), quizDiags(e.page, d)
	if !s.opts.NoIndex {
		e.blocks = d.Blocks() // for the search documents; dropped once they are made
	}
	if e.dirty || e.ids == nil { // the same source gives the same anchors
		e.ids = make(map[string]bool, len(d.Headings))
		for _, h := range d.Headings {
			e.ids[h.ID] = true
		}
	}
	rec := &stateRecorder{pageResolver: pageResolver{li, e, settled}, states: make([]linkState, 0, len(e.links))}
	html, _ := s.renderer(e.page.Lang).RenderString(d, rec)
	e.html = template.HTML(html)
	e.renders++
	e.states = rec.states // how the links render, to tell when they must change
	e.dirty = false
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

// quizDiags are the problems of a body's question blocks, at their file
// positions.
func quizDiags(p *content.Page, d *render.Doc) []Diagnostic {
	var out []Diagnostic
	for _, qe := range d.QuizErrors {
		out = append(out, Diagnostic{File: p.File, Line: p.BodyLine + qe.Line - 1, Col: qe.Col, Msg: message.New(message.Detail, "soal", qe.Text(p.BodyLine-1))})
	}
	return out
}
