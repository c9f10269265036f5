package theme

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// Theme is a loaded theme: parsed layouts, static files and UI strings.
type Theme struct {
	layouts map[string]*template.Template // page layout file name -> its template set
	groups  map[string]int                // page layout file name -> number of its memoGroup, 0 for none
	entry   string                        // template name of base.html, executed for every page
	static  fs.FS
	strings *catalog
}

// source is one template file to parse.
type source struct {
	rel     string // path below layouts/, e.g. "partials/header.html"
	display string // path shown in errors, e.g. "themes/default/layouts/partials/header.html"
	text    string
	site    bool // from the site's layouts/, not the theme
}

// Load parses the theme in fsys once. name prefixes file names in errors,
// e.g. "themes/default". site is the site's own layouts/ folder (nil if
// none); its files replace the theme's files of the same name and are
// named "layouts/<file>" in errors.
func Load(fsys fs.FS, name string, site fs.FS) (*Theme, error) {
	srcs, err := sources(fsys, name, site)
	if err != nil {
		return nil, err
	}
	cat, err := loadCatalog(fsys, name)
	if err != nil {
		return nil, err
	}
	t := &Theme{layouts: map[string]*template.Template{}, groups: map[string]int{}, strings: cat}
	if t.static, err = fs.Sub(fsys, "static"); err != nil {
		return nil, err
	}
	if err := t.parse(srcs); err != nil {
		return nil, err
	}
	return t, nil
}

// sources reads layouts/ of the theme, then lets site files replace or add.
func sources(fsys fs.FS, name string, site fs.FS) (map[string]source, error) {
	srcs := map[string]source{}
	layouts, err := fs.Sub(fsys, "layouts")
	if err != nil {
		return nil, err
	}
	if err := readLayouts(layouts, path.Join(name, "layouts"), false, srcs); err != nil {
		return nil, err
	}
	if site != nil {
		if err := readLayouts(site, "layouts", true, srcs); err != nil {
			return nil, err
		}
	}
	if _, ok := srcs["base.html"]; !ok {
		return nil, fmt.Errorf("%s: missing base.html", path.Join(name, "layouts"))
	}
	return srcs, nil
}

func readLayouts(fsys fs.FS, prefix string, site bool, into map[string]source) error {
	return fs.WalkDir(fsys, ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || path.Ext(p) != ".html" {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		into[p] = source{rel: p, display: path.Join(prefix, p), text: string(b), site: site}
		return nil
	})
}

// parse builds the common set (base.html and partials) and one clone of it
// per page layout.
func (t *Theme) parse(srcs map[string]source) error {
	common := template.New("").Funcs(funcs())
	var pages []source
	site := map[string]bool{} // display names of the site's files
	for _, rel := range sortedKeys(srcs) {
		s := srcs[rel]
		site[s.display] = s.site
		if rel != "base.html" && !strings.HasPrefix(rel, "partials/") {
			pages = append(pages, s)
			continue
		}
		if _, err := common.New(s.display).Parse(s.text); err != nil {
			return clean(err)
		}
	}
	t.entry = srcs["base.html"].display
	groups := map[string]int{"": 0} // memoGroup -> its number
	for _, s := range pages {
		set, err := common.Clone()
		if err != nil {
			return err
		}
		if _, err := set.New(s.display).Parse(s.text); err != nil {
			return clean(err)
		}
		if err := checkKeys(set, t.strings); err != nil {
			return err
		}
		t.layouts[s.rel] = set
		g := memoGroup(set, site)
		if _, ok := groups[g]; !ok {
			groups[g] = len(groups)
		}
		t.groups[s.rel] = groups[g]
	}
	return nil
}

func sortedKeys(m map[string]source) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Layout returns the file name of the layout Render uses for p, e.g.
// "single-policy.html".
func (t *Theme) Layout(p *Page) string {
	switch p.Kind {
	case KindPage:
		if l := "single-" + p.Type + ".html"; p.Type != "" && t.Has(l) {
			return l
		}
		return "single.html"
	case "":
		return "single.html"
	}
	return p.Kind + ".html"
}

// Has reports whether the theme (with the site's overrides) has the page
// layout named layout, e.g. "single-policy.html"; the ".html" may be left off.
func (t *Theme) Has(layout string) bool {
	if path.Ext(layout) != ".html" {
		layout += ".html"
	}
	_, ok := t.layouts[layout]
	return ok
}

// T returns the UI string key in lang (falling back to Indonesian, then to
// the key), for text the site composes outside layouts: titles of
// generated pages, names of changed fields in a comparison.
func (t *Theme) T(lang, key string) string { return t.strings.lookup(lang, key) }

// Static returns the theme's static/ files, published at the site root.
func (t *Theme) Static() fs.FS { return t.static }

// Render writes the page d to w with the layout picked by Layout. Nothing
// is written when rendering fails; the error names the template file,
// line and column.
func (t *Theme) Render(w io.Writer, d *Data) error {
	if d == nil || d.Page == nil || d.Site == nil {
		return errors.New("theme: Render needs Data with Site and Page")
	}
	name := t.Layout(d.Page)
	set, ok := t.layouts[name]
	if !ok {
		return fmt.Errorf("theme: no layout %s for page %s (kind %q, type %q)", name, d.Page.URL, d.Page.Kind, d.Page.Type)
	}
	dd := *d // never write to the caller's Data: it may be shared
	dd.strings, dd.set = t.strings, set
	if dd.group = t.groups[name]; dd.group != 0 {
		dd.memo = d.Memo
	}
	if buf, ok := w.(*bytes.Buffer); ok {
		// Execute in place, taking back what a failed layout wrote: the
		// page need not be copied from a buffer of its own.
		n := buf.Len()
		if err := set.ExecuteTemplate(buf, t.entry, &dd); err != nil {
			buf.Truncate(n)
			return fmt.Errorf("%w (page %s)", clean(err), d.Page.URL)
		}
		return nil
	}
	var buf bytes.Buffer
	if err := set.ExecuteTemplate(&buf, t.entry, &dd); err != nil {
		return fmt.Errorf("%w (page %s)", clean(err), d.Page.URL)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// templateError is a template error with the package prefix removed, so
// its message starts with file:line[:col].
type templateError struct {
	msg string
	err error
}

func (e *templateError) Error() string { return e.msg }
func (e *templateError) Unwrap() error { return e.err }

// clean strips the "template: " or "html/template:" prefix the template
// packages put before the file name.
func clean(err error) error {
	msg := err.Error()
	for _, p := range []string{"template: ", "html/template:"} {
		if rest, ok := strings.CutPrefix(msg, p); ok {
			return &templateError{msg: rest, err: err}
		}
	}
	return err
}
