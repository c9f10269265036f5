package site

import (
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/tubei/pustaka/internal/sitetest"
)

// TestSampleContent builds the repository's own content/ and checks that
// it has no errors or warnings and that every internal link of every
// published HTML file points at a published file and, with a fragment,
// at an element with that id.
func TestSampleContent(t *testing.T) {
	res := sampleSite()
	for _, d := range res.Diags {
		t.Errorf("%v", d)
	}
	if res.Stats.Pages["policy"] < 3 || res.Stats.Pages["training"] < 4 || res.Stats.Pages["evaluation"] < 2 {
		t.Errorf("pages = %v, want at least 3 policies, 4 training modules, 2 evaluation guides", res.Stats.Pages)
	}
	checkLinks(t, res.Output)
}

// TestVueCorpus builds a real corpus nobody here wrote, without a
// config.yaml: the Indonesian Vue 2 guide, with Hexo front matter (type:
// guide, order) and anchors of the English original. It builds: every
// page, no errors; the stale anchors are warnings, marked in the pages.
func TestVueCorpus(t *testing.T) {
	dir, ok := sitetest.SharedCorpus("vue-id")
	if !ok {
		t.Skip("shared/corpora/vue-id not found beside the repository")
	}
	s := New(Options{Dir: dir, ReadOnly: true, NoHistory: true, NoIndex: true})
	res := s.Build(context.Background())
	if n := res.Diags.Errors(); n > 0 {
		t.Errorf("%d errors, first %v", n, res.Diags)
	}
	if got := res.Stats.Pages["page"]; got != 52 {
		t.Errorf("%d pages, want 52 (38 of the guide, 14 of the cookbook): %v", got, res.Stats.Pages)
	}
	broken, _, _ := res.Diags.Count()
	marked := 0
	for name, f := range res.Output.Files {
		if strings.HasSuffix(name, ".html") {
			marked += strings.Count(string(f.Body), `class="broken-link"`)
		}
	}
	if broken == 0 || marked != broken {
		t.Errorf("%d broken links reported, %d marked in the pages", broken, marked)
	}
	boxes := 0
	for name, f := range res.Output.Files {
		if strings.HasSuffix(name, ".html") && (strings.Contains(name, "/panduan/") || strings.Contains(name, "/resep/")) {
			checkRawHTML(t, name, f.Body)
			boxes += strings.Count(string(f.Body), `<div class="upgrade-path">`)
		}
	}
	if boxes != 96 {
		t.Errorf("%d upgrade-path boxes rendered, want the corpus's 96", boxes)
	}
}

var (
	// codeRE is a code block or code span, whose escaped tags are right.
	codeRE = regexp.MustCompile(`(?s)<pre[ >].*?</pre>|<code>.*?</code>`)
	// unsafeRE is markup the safe mode must not let through: a script,
	// an event handler, a style attribute or a javascript: URL.
	unsafeRE = regexp.MustCompile(`(?i)<script|<style|<iframe|<[^>]*\s(on[a-z]+|style)\s*=|(href|src)\s*=\s*"\s*javascript:`)
	// escapedRE is an allowed tag shown as text outside code.
	escapedRE = regexp.MustCompile(`&lt;/?(div|p|sup|h4|a|strong|span|i|br|code|dl|dt|dd|ul|li)[ &]`)
)

// checkRawHTML checks a page of a corpus written with raw HTML: nothing
// unsafe (outside the layout's own scripts and styles), no allowed tag
// and no {% raw %} or {% codeblock %} of Hexo shown as text outside code.
func checkRawHTML(t *testing.T, name string, page []byte) {
	t.Helper()
	main := string(page)
	if i, j := strings.Index(main, "<main"), strings.LastIndex(main, "</main>"); i >= 0 && j > i {
		main = main[i:j]
	} else {
		t.Errorf("%s: no <main>", name)
	}
	if m := unsafeRE.FindString(main); m != "" {
		t.Errorf("%s: %q in the content", name, m)
	}
	prose := codeRE.ReplaceAllString(main, "")
	if m := escapedRE.FindString(prose); m != "" {
		t.Errorf("%s: an allowed tag shown as text: %q", name, m)
	}
	if m := hexoRE.FindString(prose); m != "" {
		t.Errorf("%s: Hexo tag %q shown as text", name, m)
	}
}

// hexoRE is a Hexo tag Pustaka reads (content/hexo.go).
var hexoRE = regexp.MustCompile(`\{%-? *(raw|endraw|codeblock|endcodeblock)\b`)

// sampleSite returns the repository's own site, built read-only once
// for all the tests that only read it (the build is the same for each).
var sampleSite = sync.OnceValue(func() *Result {
	return New(Options{Dir: filepath.Join("..", ".."), ReadOnly: true}).Build(context.Background())
})

var (
	hrefRE = regexp.MustCompile(`(?:href|src)="([^"]*)"`)
	idRE   = regexp.MustCompile(`\sid="([^"]*)"`)
)

// checkLinks reports links between files of out that lead nowhere.
func checkLinks(t *testing.T, out *Output) {
	t.Helper()
	ids := map[string]map[string]bool{}
	for name, f := range out.Files {
		if strings.HasSuffix(name, ".html") {
			set := map[string]bool{}
			for _, m := range idRE.FindAllSubmatch(f.Body, -1) {
				set[string(m[1])] = true
			}
			ids[name] = set
		}
	}
	for name, f := range out.Files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		for _, m := range hrefRE.FindAllSubmatch(f.Body, -1) {
			href := strings.ReplaceAll(string(m[1]), "&amp;", "&")
			if !strings.HasPrefix(href, "/") || strings.HasPrefix(href, "//") || strings.HasPrefix(href, "/api/") {
				continue
			}
			p, frag, _ := strings.Cut(href, "#")
			p, _, _ = strings.Cut(p, "?")
			target := p
			if strings.HasSuffix(p, "/") {
				target = p + "index.html"
			}
			if out.Files[target] == nil {
				t.Errorf("%s links to %s: no such file", name, href)
				continue
			}
			if frag != "" && ids[target] != nil && !ids[target][frag] {
				t.Errorf("%s links to %s: no id %q there", name, href, frag)
			}
		}
	}
}
