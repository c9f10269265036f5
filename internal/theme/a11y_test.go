package theme

import (
	"regexp"
	"strings"
	"testing"
)

var (
	idAttr  = regexp.MustCompile(`\sid="([^"]+)"`)
	refAttr = regexp.MustCompile(`\s(?:for|aria-labelledby|aria-describedby|aria-controls)="([^"]+)"`)
	hashRef = regexp.MustCompile(`\shref="#([^"]+)"`)
)

// TestIDs checks every rendered page for duplicate ids and for labels,
// ARIA references and in-page links that point at no element.
func TestIDs(t *testing.T) {
	th := loadDefault(t)
	for _, lang := range []string{"id", "en"} {
		for name, d := range fixtures(lang) {
			html := render(t, th, d)
			ids := map[string]int{}
			for _, m := range idAttr.FindAllStringSubmatch(html, -1) {
				ids[m[1]]++
			}
			for id, n := range ids {
				if n > 1 {
					t.Errorf("%s/%s: id %q used %d times", lang, name, id, n)
				}
			}
			refs := append(refAttr.FindAllStringSubmatch(html, -1), hashRef.FindAllStringSubmatch(html, -1)...)
			for _, m := range refs {
				for _, id := range strings.Fields(m[1]) {
					if ids[id] == 0 {
						t.Errorf("%s/%s: reference to missing id %q", lang, name, id)
					}
				}
			}
		}
	}
}

// TestHeadingOrder checks each page has exactly one h1 and never skips a
// heading level going down, so screen-reader outlines make sense.
func TestHeadingOrder(t *testing.T) {
	th := loadDefault(t)
	heading := regexp.MustCompile(`<h([1-6])[\s>]`)
	for name, d := range fixtures("id") {
		html := render(t, th, d)
		prev, h1 := 0, 0
		for _, m := range heading.FindAllStringSubmatch(html, -1) {
			lvl := int(m[1][0] - '0')
			if lvl == 1 {
				h1++
			}
			if prev > 0 && lvl > prev+1 {
				t.Errorf("%s: h%d follows h%d", name, lvl, prev)
			}
			prev = lvl
		}
		if h1 != 1 {
			t.Errorf("%s: %d h1 elements, want 1", name, h1)
		}
	}
}

// FixturePages renders every fixture page in both languages, named
// "id/policy", "en/search" and so on: what the sample site does not build
// (search results, filters, the comparison of two drafts as the server
// renders them). TestValidHTML (valid_test.go) checks them.
func FixturePages(t testing.TB) map[string][]byte {
	th := loadDefault(t)
	pages := map[string][]byte{}
	for _, lang := range []string{"id", "en"} {
		for name, d := range fixtures(lang) {
			pages[lang+"/"+name] = []byte(render(t, th, d))
		}
	}
	return pages
}

// TestOneSearchBox checks every page has exactly one search form: the
// home, search and 404 pages carry their own in the page, which the
// header then leaves out (a phone showed two boxes one above the other).
func TestOneSearchBox(t *testing.T) {
	th := loadDefault(t)
	for name, d := range fixtures("id") {
		if n := strings.Count(render(t, th, d), `role="search"`); n != 1 {
			t.Errorf("%s: %d search forms, want 1", name, n)
		}
	}
}
