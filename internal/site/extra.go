package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"fmt"
	"html"
	"io/fs"
	"mime"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/tubei/pustaka/internal/content"
	"github.com/tubei/pustaka/internal/theme"

	"github.com/tubei/pustaka/internal/message"
)

func newFile(name string, body []byte, mod time.Time) *File {
	sum := sha256.Sum256(body)
	return &File{Body: body, ContentType: contentType(name), ETag: `"` + hex.EncodeToString(sum[:12]) + `"`, ModTime: mod}
}

func contentType(name string) string {
	if ct := mime.TypeByExtension(path.Ext(name)); ct != "" {
		return ct
	}
	return "application/octet-stream"
}

// siteView is what every layout shows of the site: navigation to the
// top-level sections (in the order the home page lists them) and the date
// of the latest change.
func (s *Site) siteView(pub []*entry, t *tree) *theme.Site {
	v := &theme.Site{Title: s.cfg.Title, Description: s.cfg.Description, BaseURL: s.cfg.BaseURL, Lang: s.cfg.Lang,
		EditURL: s.cfg.EditURL, Offline: s.cfg.Offline, Server: s.opts.Server,
		SearchURL: "/cari/", FeedURL: "/feed.xml"}
	for _, e := range pub {
		if v.Built.Before(lastChange(e)) {
			v.Built = lastChange(e)
		}
	}
	for _, sec := range t.root.subs {
		v.Nav = append(v.Nav, theme.Link{Title: sec.title(), URL: sec.url})
	}
	return v
}

// extraFiles are the files that are not pages: the theme's and the site's
// static files, sitemap.xml, feed.xml and robots.txt.
func (s *Site) extraFiles(pub []*entry, site *theme.Site, views map[string]*view, reload bool, now time.Time) map[string]*File {
	if reload || s.static == nil {
		s.static = map[string]*File{}
		s.addStatic(s.theme.Static(), now)
		if dir := filepath.Join(s.opts.Dir, "static"); isDir(dir) {
			s.addStatic(os.DirFS(dir), now)
		}
	}
	files := make(map[string]*File, len(s.static)+3)
	for k, f := range s.static {
		files[k] = f
	}
	files["/sitemap.xml"] = newFile("/sitemap.xml", s.sitemap(views), now)
	files["/feed.xml"] = newFile("/feed.xml", s.feed(pub, site), now)
	robots := "User-agent: *\nAllow: /\n"
	if s.cfg.BaseURL != "" {
		robots += "Sitemap: " + s.abs("/sitemap.xml") + "\n"
	}
	files["/robots.txt"] = newFile("/robots.txt", []byte(robots), now)
	if sw := files["/js/sw.js"]; sw != nil {
		delete(files, "/js/sw.js") // a service worker's scope is its folder: it is published at the root
		if s.cfg.Offline {
			files["/sw.js"] = sw
		}
	}
	for _, e := range pub {
		for _, a := range e.page.Aliases {
			name := aliasFile(a)
			if name != "" && views[name] == nil {
				files[name] = newFile(name, redirectPage(e.page.URL), now)
			}
		}
	}
	for _, f := range files {
		if f.ModTime.IsZero() {
			f.ModTime = now
		}
	}
	return files
}

func (s *Site) addStatic(fsys fs.FS, now time.Time) {
	if fsys == nil {
		return
	}
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Base(p)[0] == '.' {
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err == nil {
			s.static["/"+p] = newFile("/"+p, b, now)
		}
		return nil
	})
}

func (s *Site) abs(url string) string { return s.cfg.BaseURL + url }

// LocalBaseURL is the address sitemap.xml names when config.yaml sets no
// baseURL: the sitemap protocol wants absolute URLs, and this is where
// `pustaka serve` serves by default.
const LocalBaseURL = "http://localhost:8080"

// sitemapURL is the absolute URL of a page for sitemap.xml.
func (s *Site) sitemapURL(url string) string {
	if s.cfg.BaseURL == "" {
		return LocalBaseURL + url
	}
	return s.abs(url)
}

// baseURLWarning warns a build into a folder (one to publish) of a site
// without baseURL that its sitemap names LocalBaseURL.
func (s *Site) baseURLWarning() []Diagnostic {
	if s.cfg.BaseURL != "" || s.opts.Stage == nil {
		return nil
	}
	return []Diagnostic{{File: s.rel(s.opts.ConfigFile), Warning: true, Kind: content.KindSetting,
		Msg: message.New(message.BaseURLUnset, LocalBaseURL+"/")}}
}

// sitemap lists every HTML page but the 404 and search pages, each with
// its translations as xhtml:link alternates (the page itself included),
// as search engines read hreflang from sitemaps.
func (s *Site) sitemap(views map[string]*view) []byte {
	var b bytes.Buffer
	b.WriteString(xml.Header + `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">` + "\n")
	var names []string
	for name := range views {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		v := views[name].page
		if v.Kind == kindData || v.Kind == theme.Kind404 || v.Kind == theme.KindSearch || v.Kind == theme.KindCompare || v.Kind == theme.KindMatrix || v.Old != nil {
			continue
		}
		b.WriteString("<url><loc>")
		xml.EscapeText(&b, []byte(s.sitemapURL(v.URL)))
		b.WriteString("</loc>")
		if d := latest(v.Date, v.Updated); !d.IsZero() {
			fmt.Fprintf(&b, "<lastmod>%s</lastmod>", d.Format("2006-01-02"))
		}
		// After lastmod: the schema takes other namespaces' elements last.
		if len(v.Translations) > 0 {
			s.alternate(&b, v.Lang, v.URL)
			for _, tr := range v.Translations {
				s.alternate(&b, tr.Lang, tr.URL)
			}
		}
		b.WriteString("</url>\n")
	}
	b.WriteString("</urlset>\n")
	return b.Bytes()
}

// alternate writes one xhtml:link of a sitemap entry: the page in lang.
func (s *Site) alternate(b *bytes.Buffer, lang, url string) {
	b.WriteString(`<xhtml:link rel="alternate" hreflang="`)
	xml.EscapeText(b, []byte(lang))
	b.WriteString(`" href="`)
	xml.EscapeText(b, []byte(s.sitemapURL(url)))
	b.WriteString(`"/>`)
}

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string      `xml:"title"`
	Sub     string      `xml:"subtitle,omitempty"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
}

type atomEntry struct {
	Title   string       `xml:"title"`
	ID      string       `xml:"id"`
	Link    atomLink     `xml:"link"`
	Updated string       `xml:"updated"`
	Summary string       `xml:"summary,omitempty"`
	Authors []atomAuthor `xml:"author"`
	Cats    []atomCat    `xml:"category"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomCat struct {
	Term string `xml:"term,attr"`
}

// feed is an Atom feed of the most recently changed documents.
func (s *Site) feed(pub []*entry, site *theme.Site) []byte {
	f := atomFeed{Title: s.cfg.Title, Sub: s.cfg.Description, ID: s.atomID("/"), Updated: atomTime(site.Built),
		Links: []atomLink{{Href: s.abs("/feed.xml"), Rel: "self"}, {Href: s.abs("/")}}}
	for _, e := range recent(pub, s.cfg.Feed.Limit) {
		p := e.page
		ae := atomEntry{Title: p.Title, ID: s.atomID(p.URL), Link: atomLink{Href: s.abs(p.URL)}, Updated: atomTime(lastChange(e)), Summary: p.Summary}
		for _, a := range p.Authors {
			ae.Authors = append(ae.Authors, atomAuthor{a})
		}
		for _, t := range p.Tags {
			ae.Cats = append(ae.Cats, atomCat{t})
		}
		f.Entries = append(f.Entries, ae)
	}
	b, err := xml.MarshalIndent(f, "", "  ")
	if err != nil {
		panic(err) // only plain strings are marshalled
	}
	return append([]byte(xml.Header), append(b, '\n')...)
}

// atomID is a permanent id for a URL: the absolute URL when the site has a
// base URL, else a tag URI (RFC 4151).
func (s *Site) atomID(url string) string {
	if s.cfg.BaseURL != "" {
		return s.abs(url)
	}
	return "tag:pustaka,2026:" + url
}

func atomTime(t time.Time) string {
	if t.IsZero() {
		t = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return t.UTC().Format(time.RFC3339)
}

func latest(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// aliasFile is the output file of an alias URL path ("/lama/x" or
// "lama/x/"), or "" for one that is not a clean site path.
func aliasFile(alias string) string {
	p := path.Clean("/" + strings.TrimSpace(alias))
	if p == "/" || strings.Contains(p, "..") || strings.ContainsAny(p, "?#\\") {
		return ""
	}
	if path.Ext(p) == ".html" {
		return p
	}
	return p + "/index.html"
}

// redirectPage sends browsers from an old URL (an alias) to the page.
func redirectPage(url string) []byte {
	u := html.EscapeString(url)
	return []byte(`<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Dipindahkan</title>` +
		`<link rel="canonical" href="` + u + `"><meta name="robots" content="noindex">` +
		`<meta http-equiv="refresh" content="0; url=` + u + `"></head>` +
		`<body><p>Halaman ini dipindahkan ke <a href="` + u + `">` + u + `</a>.</p></body></html>`)
}
