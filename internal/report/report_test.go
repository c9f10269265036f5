package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/tubei/pustaka/internal/content"
)

func TestReport(t *testing.T) {
	diags := content.Diagnostics{
		{File: "content/b.md", Line: 9, Col: 1, Msg: "link x.md: no such document", Warning: true, Kind: content.KindLink},
		{File: "content/a.md", Line: 4, Col: 2, Msg: "status: want one of", Kind: content.KindValue},
		{File: "content/b.md", Line: 2, Col: 7, Msg: "link #y: no heading", Warning: true, Kind: content.KindAnchor},
		{File: "config.yaml", Msg: "baseURL is not set", Warning: true, Kind: content.KindSetting},
		{File: "content/b.md", Line: 1, Msg: "something", Warning: true},
	}
	r := New(diags)
	if r.Errors != 1 || r.Warnings != 4 || len(r.Files) != 3 || r.Files[0].Path != "config.yaml" || r.Files[2].Path != "content/b.md" {
		t.Fatalf("report: %+v", r)
	}
	b := r.Files[2]
	if b.Kinds["link"] != 1 || b.Kinds["anchor"] != 1 || b.Kinds["other"] != 1 || b.Problems[0].Line != 1 || b.Problems[2].Line != 9 {
		t.Errorf("content/b.md: %+v", b)
	}
	var html bytes.Buffer
	if err := r.WriteHTML(&html, "en"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<h1>Migration report</h1>", "1 errors, 4 warnings, 3 files", "content/b.md (anchor 1, link 1, other 1)", `<tr class="error">`} {
		if !strings.Contains(html.String(), want) {
			t.Errorf("HTML lacks %q:\n%s", want, html.String())
		}
	}
}
