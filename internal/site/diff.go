package site

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"strings"

	"github.com/tubei/pustaka/internal/content"
	"github.com/tubei/pustaka/internal/history"
	"github.com/tubei/pustaka/internal/theme"
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
		return nil, a, b, fmt.Errorf("%s: no such document under content/", doc)
	}
	vs, _ := s.versionsOf(e)
	for i := range vs {
		if vs[i].Label == "" {
			pg, _ := content.Parse(p, vs[i].Source, content.Config{Types: s.cfg.Types})
			vs[i].Label, vs[i].Status = pg.Version, pg.Status
		}
	}
	var err error
	if b, err = s.pickVersion(ctx, vs, e, to); err != nil {
		return nil, a, b, err
	}
	if from == "" {
		a, err = previousNamed(vs, b)
		if err == nil {
			err = s.source(&a)
		}
	} else {
		a, err = s.pickVersion(ctx, vs, e, from)
	}
	if err != nil {
		return nil, a, b, err
	}
	return history.Compare(s.blocksOf(a.Source), s.blocksOf(b.Source)), a, b, nil
}

// ComparePage renders the comparison of any two versions of the document
// published at docURL, for `pustaka serve`. from and to name versions as
// for Diff. It reads the site and changes nothing, so it may run between
// rebuilds on any goroutine.
func (s *Site) ComparePage(ctx context.Context, docURL, from, to string) ([]byte, error) {
	var e *entry
	for _, x := range s.entries {
		if x.page.URL == docURL && !x.page.IsIndex && s.published(x) {
			e = x
			break
		}
	}
	if e == nil {
		return nil, fmt.Errorf("no document at %s", docURL)
	}
	vs, _ := s.versionsOf(e)
	a, err := s.pickVersion(ctx, vs, e, from)
	if err != nil {
		return nil, err
	}
	b, err := s.pickVersion(ctx, vs, e, to)
	if err != nil {
		return nil, err
	}
	pair := s.parseVersions(e, []history.Version{a, b}, s.li)
	v := s.compareView(e, pair[0], pair[1], nil)
	var buf bytes.Buffer
	if err := s.theme.Render(&buf, &theme.Data{Site: s.lastSite, Page: v.page}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func (s *Site) blocksOf(src []byte) []history.Block {
	pg, _ := content.Parse("x.md", src, content.Config{Types: s.cfg.Types})
	return historyBlocks(s.parseBody(pg).Blocks())
}

// previousNamed is the latest named version before cur with another label,
// or else the version just before it.
func previousNamed(vs []history.Version, cur history.Version) (history.Version, error) {
	i := len(vs) - 1
	for i >= 0 && vs[i].ID != cur.ID {
		i--
	}
	for j := i - 1; j >= 0; j-- {
		if vs[j].Label != cur.Label {
			return vs[j], nil
		}
	}
	if i > 0 {
		return vs[i-1], nil
	}
	return history.Version{}, fmt.Errorf("the document has only one version; nothing to compare")
}

// pickVersion finds the version a user named, with its source.
func (s *Site) pickVersion(ctx context.Context, vs []history.Version, e *entry, name string) (history.Version, error) {
	v, err := s.findVersion(ctx, vs, e, name)
	if err == nil {
		err = s.source(&v)
	}
	return v, err
}

// findVersion finds the version a user named.
func (s *Site) findVersion(ctx context.Context, vs []history.Version, e *entry, name string) (history.Version, error) {
	if name == "" || strings.EqualFold(name, "current") || strings.EqualFold(name, "terkini") {
		return vs[len(vs)-1], nil
	}
	var labelled []history.Version
	for _, v := range vs {
		if strings.EqualFold(strings.TrimSpace(v.Label), strings.TrimSpace(name)) {
			labelled = append(labelled, v)
		}
	}
	if len(labelled) > 0 {
		return labelled[len(labelled)-1], nil // the named version: latest state of that label
	}
	for _, v := range vs {
		id := v.ID
		if name == id || len(name) >= 4 && (strings.HasPrefix(id, name) || strings.HasPrefix(id[min(2, len(id)):], name)) {
			return v, nil
		}
	}
	if src, err := gitShow(ctx, s.opts.Dir, name, "content/"+e.path); err == nil {
		pg, _ := content.Parse(e.path, src, content.Config{Types: s.cfg.Types})
		return history.Version{ID: "g:" + name, Label: pg.Version, Status: pg.Status, Source: src, Path: "content/" + e.path}, nil
	}
	var names []string
	for _, v := range vs {
		names = append(names, fmt.Sprintf("%q (%s)", v.Label, v.ID))
	}
	return history.Version{}, fmt.Errorf("no version %q of %s; versions: %s", name, e.page.File, strings.Join(names, ", "))
}

// gitShow reads a file at a git revision.
func gitShow(ctx context.Context, dir, rev, path string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", "show", rev+":./"+path)
	cmd.Dir = dir
	return cmd.Output()
}
