package render

import (
	"bytes"
	"regexp"
	"testing"
)

// allowedTag lists every element the safe renderer may emit.
var allowedTag = map[string]bool{
	"a": true, "blockquote": true, "br": true, "code": true, "dd": true, "del": true, "div": true,
	"dl": true, "dt": true, "em": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "hr": true, "img": true, "input": true, "li": true, "ol": true, "p": true, "pre": true,
	"strong": true, "sup": true, "table": true, "tbody": true, "td": true, "th": true, "thead": true,
	"tr": true, "ul": true,
	// question forms (```soal)
	"fieldset": true, "legend": true, "label": true, "span": true, "button": true,
	"details": true, "summary": true,
	// callouts (:::tip, !!! note, > [!NOTE])
	"aside": true,
}

var (
	tagRE       = regexp.MustCompile(`<(/?)([A-Za-z][A-Za-z0-9-]*)`)
	dangerousRE = regexp.MustCompile(`(?i)(href|src)="\s*(javascript:|vbscript:|data:text/html)`)
)

// FuzzRender checks that Parse and Render never panic and that safe output
// contains only the elements the renderer itself writes: no <script, no
// component tags, no javascript: links.
func FuzzRender(f *testing.F) {
	for _, src := range corpus(f) {
		f.Add(src)
	}
	f.Add([]byte("<SCRIPT>x</SCRIPT> <scr<script>ipt> [a](JaVaScRiPt:alert(1)) ## x {onclick=\"a\" #y}"))
	f.Add([]byte("| a |\n|---|\n| <script> |\n\n[^x]: <iframe>\n\nA\n:   <b>"))
	f.Add([]byte("```soal\nid: x\n? <b>Q</b>\n(x) <script>\n  > \"f\"\n( ) b\nisian: <i>\npenjelasan: <a>\n```\n"))
	safe, unsafe := New(Options{}), New(Options{Unsafe: true, TOCMin: 1})
	f.Fuzz(func(t *testing.T, src []byte) {
		d := safe.Parse(src)
		d.StripTitle()
		html, _ := safe.Render(d, ResolverFunc(func(dest string) (string, error) { return "/" + dest, nil }))
		checkSafe(t, html)
		_, _ = d.Blocks(), d.TOC()
		u := unsafe.Parse(src)
		_, _ = unsafe.Render(u, nil)
		_ = u.Text()
	})
}

func checkSafe(t *testing.T, html []byte) {
	for _, m := range tagRE.FindAllSubmatch(html, -1) {
		if !allowedTag[string(m[2])] {
			t.Fatalf("unexpected element <%s%s> in safe output:\n%s", m[1], m[2], html)
		}
	}
	if m := dangerousRE.Find(html); m != nil {
		t.Fatalf("dangerous URL %q in safe output:\n%s", m, html)
	}
	if bytes.Contains(bytes.ToLower(html), []byte("<script")) {
		t.Fatalf("<script in safe output:\n%s", html)
	}
}
