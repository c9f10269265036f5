package theme_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tubei/pustaka/internal/site"
	"github.com/tubei/pustaka/internal/sitetest"
	"github.com/tubei/pustaka/internal/theme"
)

// TestValidHTML runs the Nu Html Checker, once, over every page the
// default theme makes: every fixture page in both languages
// (theme.FixturePages), every page of the sample site (with its old
// versions, comparisons and SKM reports) and of the Indonesian Vue guide
// when it is there. No page may have a validity error. One run of the
// checker for all of them: each run costs seconds of Java start-up.
func TestValidHTML(t *testing.T) {
	pages := map[string][]byte{}
	for name, b := range theme.FixturePages(t) {
		pages["fixture:"+name] = b
	}
	sites := map[string]string{"sample": filepath.Join("..", "..")}
	if vue, ok := sitetest.SharedCorpus("vue-id"); ok {
		sites["vue-id"] = vue
	}
	for name, dir := range sites {
		out := site.New(site.Options{Dir: dir, ReadOnly: true, NoHistory: name != "sample"}).Build(context.Background()).Output
		n := 0
		for file, f := range out.Files {
			if strings.HasSuffix(file, ".html") {
				pages[name+":/"+strings.TrimPrefix(file, "/")] = f.Bytes()
				n++
			}
		}
		if n == 0 {
			t.Fatalf("%s: no pages built", name)
		}
	}
	sitetest.CheckHTML(t, pages)
}
