package site

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"strings"

	"github.com/tubei/pustaka/internal/content"
	"github.com/tubei/pustaka/internal/history"
	"github.com/tubei/pustaka/internal/theme"

	"github.com/tubei/pustaka/internal/message"
)

// Diff compares two versions of the document at doc (a path under
// content/, with or without the "content/" prefix) after a build. from and
// to name a version by its label ("Draf II"), a history id ("h:3f2a…"), a
// git revision ("HEAD~2", a commit prefix) or "current"; an empty from is
// the named version before the current file, an empty to the current file.
func (s *Site) Diff(ctx context.Context, doc, from, to string) (*history.Diff, history.Version, history.Version, error) {
	var a, b history.Version
	p := strings.TrimPrefix(strings.TrimPrefix(doc, "./"), "content/")
	e := s.entries[p]
	if e == nil {
		return nil, a, b, message.Errorf(message.DocMissing, doc)
	}
	vs, _ := s.versionsOf(e)
	vs = history.Labelled(vs, s.labelsOf(e))
	var err error
	if b, err = s.pickVersion(ctx, vs, e, to); err != nil {
		return nil, a, b, err
	}
	if from == "" {
		a, err = history.PreviousNamed(vs, b)
		if err == nil {
			a, err = s.pickVersion(ctx, vs, e, a.ID)
		}
	} else {
		a, err = s.pickVersion(ctx, vs, e, from)
	}
	if err != nil {
		return nil, a, b, err
	}
	return history.Compare(s.blocksOf(a.Source), s.blocksOf(b.Source)), a, b, nil
}

// ComparePath is where `pustaka serve` compares any two versions of a
// document on request (internal/serve answers it; CompareRequest.URL
// writes its URLs).
const ComparePath = "/banding/"

// MatrixView is the value of the parameter tampil of ComparePath that
// asks for the change matrix instead of the comparison.
const MatrixView = "matriks"

// A CompareRequest asks for the comparison of two versions of the
// document published at Doc; From and To name versions as for Diff.
// Matrix asks for the change matrix of the two instead.
type CompareRequest struct {
	Doc, From, To string
	Matrix        bool
}

// URL is the address at which `pustaka serve` answers r:
// /banding/?dok=/kebijakan/x/&dari=…&ke=…[&tampil=matriks].
func (r CompareRequest) URL() string {
	q := url.Values{"dok": {r.Doc}, "dari": {r.From}, "ke": {r.To}}
	if r.Matrix {
		q.Set("tampil", MatrixView)
	}
	return ComparePath + "?" + q.Encode()
}

// ComparePage renders the comparison (or the change matrix, with the
// reviewer's notes) of any two versions of a document, for `pustaka
// serve`. It reads the site and changes nothing, so it may run between
// rebuilds on any goroutine.
func (s *Site) ComparePage(ctx context.Context, req CompareRequest) ([]byte, error) {
	var e *entry
	for _, x := range s.entries {
		if x.page.URL == req.Doc && !x.page.IsIndex && s.published(x) {
			e = x
			break
		}
	}
	if e == nil {
		return nil, fmt.Errorf("no document at %s", req.Doc)
	}
	vs, _ := s.versionsOf(e)
	vs = history.Labelled(vs, s.labelsOf(e)) // git versions are named by their front matter
	if !s.opts.WorkingStates {
		vs, _ = history.Shown(vs, false) // the public compares what it is shown
	}
	a, err := s.pickVersion(ctx, vs, e, req.From)
	if err != nil {
		return nil, err
	}
	b, err := s.pickVersion(ctx, vs, e, req.To)
	if err != nil {
		return nil, err
	}
	pair := s.parseVersions(e, []history.Version{a, b}, s.li)
	notes, _, _ := s.notesOf(e)
	views := s.compareView(e, pair[0], pair[1], nil, notes)
	// Made on request, the two pages link to each other through this route.
	cmp, mat := req, req
	cmp.Matrix, mat.Matrix = false, true
	for _, v := range views {
		v.page.Compare.CompareURL, v.page.Compare.MatrixURL = cmp.URL(), mat.URL()
	}
	v := views[0]
	if req.Matrix {
		v = views[1]
	}
	var buf bytes.Buffer
	if err := s.theme.Render(&buf, &theme.Data{Site: s.lastSite, Page: v.page}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func (s *Site) blocksOf(src []byte) []history.Block {
	pg, _ := content.Parse("x.md", src, s.contentConfig())
	return historyBlocks(s.parseBody(pg).ReviewBlocks())
}

// pickVersion finds the version a user named, with its source
// (history.Sources.Find).
func (s *Site) pickVersion(ctx context.Context, vs []history.Version, e *entry, name string) (history.Version, error) {
	v, err := s.src.Find(ctx, vs, "content/"+e.path, name, s.labelsOf(e))
	if err != nil {
		return v, message.Errorf(message.Detail, e.page.File, message.Of(err))
	}
	return v, nil
}
