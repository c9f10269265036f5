package theme

import (
	"bytes"
	"sort"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

// Every page renders the same with a Memo shared by all of them, in both
// languages, as without one; and the Memo is used.
func TestMemoSameOutput(t *testing.T) {
	th := loadDefault(t)
	memo := NewMemo()
	for round := 0; round < 2; round++ {
		for _, lang := range []string{"id", "en"} {
			fx := fixtures(lang)
			names := make([]string, 0, len(fx))
			for name := range fx {
				names = append(names, name)
			}
			sort.Strings(names)
			for _, name := range names {
				plain := render(t, th, fx[name])
				d := *fx[name]
				d.Memo = memo
				if got := render(t, th, &d); got != plain {
					t.Errorf("%s %s, round %d: output with a Memo differs", lang, name, round)
				}
			}
		}
	}
	n := 0
	memo.items.Range(func(k, v any) bool {
		n++
		if !strings.HasPrefix(v.(*item).html, "\n<li>") {
			t.Errorf("kept entry %q is not a list entry", v)
		}
		return true
	})
	if n == 0 {
		t.Error("no list entry was kept in the Memo")
	}
}

// The default theme's layouts share their list entries; a site's own
// partial that entries call turns keeping them off; a site's own page
// layout alone does not.
func TestMemoGroups(t *testing.T) {
	th := loadDefault(t)
	g := th.groups["single-policy.html"]
	for name, got := range th.groups {
		if got == 0 || got != g {
			t.Errorf("default theme: %s in group %d, want all in one group (%d), not 0", name, got, g)
		}
	}
	for _, c := range []struct {
		file, text string
		keep       bool
	}{
		{"partials/badge.html", `{{define "badge"}}<b>{{.V}}</b>{{end}}`, false},
		{"partials/mine.html", `{{define "list-item"}}<li>{{.V.Title}}</li>{{end}}`, false},
		{"single-policy.html", `{{define "main"}}<h1>{{.Page.Title}}</h1>{{template "related" .}}{{end}}`, true},
	} {
		site := fstest.MapFS{c.file: &fstest.MapFile{Data: []byte(c.text)}}
		th, err := Load(DefaultFS(), "themes/default", site)
		if err != nil {
			t.Fatal(err)
		}
		if got := th.groups["single-policy.html"] != 0; got != c.keep {
			t.Errorf("site file %s: entries kept = %v, want %v", c.file, got, c.keep)
		}
	}
}

// A site's badge that shows something of the page makes every page's
// lists its own, though they list the same document.
func TestMemoSitePartialSeesPage(t *testing.T) {
	site := fstest.MapFS{"partials/badge.html": &fstest.MapFile{Data: []byte(`{{define "badge"}}<b title="{{.D.Page.URL}}">{{.V}}</b>{{end}}`)}}
	th, err := Load(DefaultFS(), "themes/default", site)
	if err != nil {
		t.Fatal(err)
	}
	memo := NewMemo()
	for _, url := range []string{"/tag/a/", "/tag/b/"} {
		d := fixtures("id")["term.html"]
		p := *d.Page
		p.URL = url
		html := render(t, th, &Data{Site: d.Site, Page: &p, Memo: memo})
		if !strings.Contains(html, `title="`+url+`"`) {
			t.Errorf("page %s: its list shows another page's badge", url)
		}
	}
}

// An entry kept for a link is not reused for another link at the same URL.
func TestMemoSameURLOtherLink(t *testing.T) {
	th := loadDefault(t)
	memo := NewMemo()
	d := fixtures("id")["term.html"]
	for _, title := range []string{"Judul Lama", "Judul Baru", "Judul Lama"} {
		p := *d.Page
		p.Children = []Link{p.Children[0]}
		p.Children[0].Title = title
		html := render(t, th, &Data{Site: d.Site, Page: &p, Memo: memo})
		if !strings.Contains(html, ">"+title+"</a>") {
			t.Errorf("entry titled %q shows another title", title)
		}
	}
}

// listitems works only while Theme.Render executes a layout.
func TestListItemsOutsideRender(t *testing.T) {
	if _, err := listItems(&Data{Site: &Site{}, Page: &Page{}}, []Link{{Title: "x"}}); err == nil {
		t.Error("listitems outside Render: no error")
	}
}

// Pages of one build render on several goroutines sharing the Memo; run
// with -race.
func TestMemoConcurrent(t *testing.T) {
	th := loadDefault(t)
	memo := NewMemo()
	fx := fixtures("id")
	want := map[string]string{}
	for name, d := range fx {
		want[name] = render(t, th, d)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for name, d := range fx {
				dd := *d
				dd.Memo = memo
				var buf bytes.Buffer
				if err := th.Render(&buf, &dd); err != nil || buf.String() != want[name] {
					t.Errorf("%s: err %v or output differs with a shared Memo", name, err)
				}
			}
		}()
	}
	wg.Wait()
}
