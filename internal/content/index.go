package content

import (
	"cmp"
	"net/url"
	"path"
	"strings"

	"github.com/tubei/pustaka/internal/message"
	"github.com/tubei/pustaka/internal/sources"
)

// Index finds pages by path or URL. It is read-only once built and safe
// for concurrent use.
type Index struct {
	byPath map[string]*Page
	byURL  map[string]*Page
}

// NewIndex indexes pages by Path and URL. When two pages share a URL, the
// first in the slice wins (Resolve reports the clash).
func NewIndex(pages []*Page) *Index {
	ix := &Index{byPath: make(map[string]*Page, len(pages)), byURL: make(map[string]*Page, len(pages))}
	for _, p := range pages {
		ix.byPath[p.Path] = p
		if _, dup := ix.byURL[p.URL]; !dup {
			ix.byURL[p.URL] = p
		}
	}
	return ix
}

// Lookup finds the page a reference or Markdown link written in page from
// points to. target may be a path relative to from's folder
// ("../pelatihan/x.md"), a path from the content root ("pelatihan/x.md",
// "/pelatihan/x.md"), or a site URL ("/pelatihan/x/"); ".md" is optional
// and a folder, also written "x.md" when there is no file x.md, means its
// _index.md. Relative to from is tried before the
// root. A "#fragment" is ignored, so "#pasal-2" alone finds from itself.
// from may be nil (then only the root is tried). Targets with a URL scheme
// ("https:", "mailto:") are never found.
func (ix *Index) Lookup(from *Page, target string) (*Page, bool) {
	target, _, _ = strings.Cut(target, "#")
	if target == "" {
		return from, from != nil
	}
	if u, err := url.Parse(target); err != nil || u.Scheme != "" || u.Host != "" {
		return nil, false
	} else if u.Path != target {
		target = u.Path // unescape "%20" and drop "?query"
	}
	for _, base := range ix.bases(from, target) {
		if p := ix.find(base, strings.HasSuffix(target, "/")); p != nil {
			return p, true
		}
	}
	return nil, false
}

// bases returns the cleaned root-relative paths target may denote.
func (ix *Index) bases(from *Page, target string) []string {
	if strings.HasPrefix(target, "/") {
		return []string{path.Clean(target[1:])}
	}
	var out []string
	if from != nil && from.Dir != "" {
		out = append(out, path.Join(from.Dir, target))
	}
	return append(out, path.Clean(target))
}

// find looks for the page at root-relative path base, as a file, a folder
// or a URL.
func (ix *Index) find(base string, folder bool) *Page {
	if base == ".." || strings.HasPrefix(base, "../") {
		return nil
	}
	if base == "." {
		base = ""
	}
	// Candidates are made one at a time: most links name a file as it is.
	if !folder {
		if p := ix.byPath[base]; p != nil {
			return p
		}
		for _, ext := range sources.MarkdownExts {
			if p := ix.byPath[base+ext]; p != nil {
				return p
			}
		}
	}
	for _, name := range [...]string{"_index", "index"} {
		for _, ext := range sources.MarkdownExts {
			if p := ix.byPath[path.Join(base, name+ext)]; p != nil {
				return p
			}
		}
	}
	u := "/" + base + "/"
	if base == "" {
		u = "/"
	}
	if p := ix.byURL[u]; p != nil {
		return p
	}
	// "pegawai.md" where pegawai/ is a folder (a Hugo ref to a section).
	if !folder && sources.Markdown(base) {
		return ix.find(strings.TrimSuffix(base, path.Ext(base)), true)
	}
	return nil
}

// Resolve fills Page of every related, prerequisites and supersedes
// reference and reports references to missing pages, at the reference's
// position, and pages that share a URL, once at each file involved.
func Resolve(pages []*Page) Diagnostics {
	ix := NewIndex(pages)
	var diags Diagnostics
	for _, p := range pages {
		diags = append(diags, ix.resolvePage(p)...)
	}
	diags = append(diags, duplicateURLs(pages)...)
	diags = append(diags, duplicateTranslations(pages)...)
	diags.Sort()
	return diags
}

func (ix *Index) resolvePage(p *Page) Diagnostics {
	var diags Diagnostics
	resolve := func(key string, r *Ref) {
		var ok bool
		if r.Page, ok = ix.Lookup(p, r.Target); !ok {
			diags = append(diags, Diagnostic{File: p.File, Line: r.Line, Col: r.Col,
				Msg: message.New(message.RefMissing, key, r.Target)})
		}
	}
	for i := range p.Related {
		resolve("related", &p.Related[i])
	}
	for i := range p.Prerequisites {
		resolve("prerequisites", &p.Prerequisites[i])
	}
	if p.Supersedes != nil {
		resolve("supersedes", p.Supersedes)
	}
	return diags
}

// duplicateURLs reports every page whose URL another page also has, at its
// slug if it has one, else at the top of the file.
func duplicateURLs(pages []*Page) Diagnostics {
	byURL := map[string][]*Page{}
	for _, p := range pages {
		byURL[p.URL] = append(byURL[p.URL], p)
	}
	var diags Diagnostics
	for u, ps := range byURL {
		for _, p := range ps {
			if others := otherFiles(ps, p); len(others) > 0 {
				line, col := max(p.urlLine, 1), max(p.urlCol, 1)
				diags = append(diags, Diagnostic{File: p.File, Line: line, Col: col,
					Msg: message.New(message.URLTaken, u, strings.Join(others, ", "))})
			}
		}
	}
	return diags
}

// otherFiles returns the files of the pages of ps other than p.
func otherFiles(ps []*Page, p *Page) []string {
	var others []string
	for _, q := range ps {
		if q != p {
			others = append(others, q.File)
		}
	}
	return others
}

// duplicateTranslations warns at each page whose terjemahan key another
// page of the same language also has: a page has one translation per
// language, so neither is offered as the other's.
func duplicateTranslations(pages []*Page) Diagnostics {
	type keyLang struct{ key, lang string }
	byKey := map[keyLang][]*Page{}
	for _, p := range pages {
		if p.Translation != "" {
			k := keyLang{p.Translation, cmp.Or(p.Lang, "id")}
			byKey[k] = append(byKey[k], p)
		}
	}
	var diags Diagnostics
	for k, ps := range byKey {
		for _, p := range ps {
			if others := otherFiles(ps, p); len(others) > 0 {
				diags = append(diags, Diagnostic{File: p.File, Line: max(p.trLine, 1), Col: max(p.trCol, 1), Warning: true,
					Msg: message.New(message.TranslationTaken, k.key, strings.Join(others, ", "), k.lang)})
			}
		}
	}
	return diags
}
