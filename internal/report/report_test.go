package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/tubei/pustaka/internal/content"
	"github.com/tubei/pustaka/internal/message"
)

func TestReport(t *testing.T) {
	diags := content.Diagnostics{
		{File: "content/b.md", Line: 9, Col: 1, Msg: message.New(message.LinkBroken, "x.md", message.New(message.LinkNoDocument, "x.md")), Warning: true, Kind: content.KindLink},
		{File: "content/a.md", Line: 4, Col: 2, Msg: message.New(message.WantOneOf, "status", "draft, approved", message.New(message.GotList)), Kind: content.KindValue},
		{File: "content/b.md", Line: 2, Col: 7, Msg: message.Raw("link #y: no heading"), Warning: true, Kind: content.KindAnchor},
		{File: "config.yaml", Msg: message.Raw("baseURL is not set"), Warning: true, Kind: content.KindSetting},
		{File: "content/b.md", Line: 1, Msg: message.Raw("something"), Warning: true},
	}
	r := New(diags, message.EN)
	if r.Errors != 1 || r.Warnings != 4 || len(r.Files) != 3 || r.Files[0].Path != "config.yaml" || r.Files[2].Path != "content/b.md" {
		t.Fatalf("report: %+v", r)
	}
	b := r.Files[2]
	if b.Kinds["link"] != 1 || b.Kinds["anchor"] != 1 || b.Kinds["other"] != 1 || b.Problems[0].Line != 1 || b.Problems[2].Line != 9 {
		t.Errorf("content/b.md: %+v", b)
	}
	var html bytes.Buffer
	if err := r.WriteHTML(&html); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<html lang="en">`, "<h1>Migration report</h1>", "1 errors, 4 warnings, 3 files",
		"content/b.md (anchor 1, link 1, other 1)", `<tr class="error">`, `link x.md: no such document &#34;x.md&#34;`} {
		if !strings.Contains(html.String(), want) {
			t.Errorf("HTML lacks %q:\n%s", want, html.String())
		}
	}
	// The same problems worded in Indonesian, the language of a site by default.
	html.Reset()
	if err := New(diags, message.ID).WriteHTML(&html); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<html lang="id">`, "<h1>Laporan migrasi</h1>", "1 kesalahan, 4 peringatan, 3 berkas",
		`tautan x.md: dokumen &#34;x.md&#34; tidak ada`, "status: seharusnya salah satu dari draft, approved; tertulis daftar"} {
		if !strings.Contains(html.String(), want) {
			t.Errorf("HTML lacks %q:\n%s", want, html.String())
		}
	}
}
