package render

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
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

func init() {
	for _, name := range AllowedElements() { // raw HTML the safe mode keeps
		allowedTag[name] = true
	}
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
	f.Add([]byte("<div class=\"x\">\n<p>a <b>b\n\n- <li>c<div>d<li>e</div>\n\n<table><tr><td>f<td>g</div></table> <a href=\"jav&#x09;ascript:x\" onclick=\"y\">h</a> <img src=\"data:text/html,x\" style=\"z\">"))
	safe, unsafe, escape := New(Options{}), New(Options{HTML: HTMLUnsafe, TOCMin: 1}), New(Options{HTML: HTMLEscape})
	f.Fuzz(func(t *testing.T, src []byte) {
		d := safe.Parse(src)
		d.StripTitle()
		html, _ := safe.Render(d, ResolverFunc(func(dest string) (string, error) { return "/" + dest, nil }))
		checkSafe(t, html)
		_, _ = d.Blocks(), d.TOC()
		u := unsafe.Parse(src)
		_, _ = unsafe.Render(u, nil)
		_ = u.Text()
		e := escape.Parse(src)
		html, _ = escape.Render(e, nil)
		checkSafe(t, html)
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
	if m := handlerRE.Find(html); m != nil {
		t.Fatalf("attribute %q in safe output:\n%s", m, html)
	}
	for _, m := range styleRE.FindAllSubmatch(html, -1) {
		if !alignRE.Match(m[1]) {
			t.Fatalf("style %q in safe output:\n%s", m[1], html)
		}
	}
	if err := nested(html); err != nil {
		t.Fatalf("%v in safe output:\n%s", err, html)
	}
}

var (
	// handlerRE is an event handler inside a tag.
	handlerRE = regexp.MustCompile(`(?i)<[^>]*\son[a-z]+\s*=`)
	// styleRE is a style attribute; alignRE the only ones allowed, of
	// aligned table columns.
	styleRE = regexp.MustCompile(`(?i)<[^>]*\sstyle\s*=\s*"([^"]*)"`)
	alignRE = regexp.MustCompile(`^text-align:(left|center|right)$`)
)

// voidTag are the elements without an end tag.
var voidTag = map[string]bool{"br": true, "hr": true, "img": true, "input": true, "wbr": true, "col": true}

// nested checks that every element of html is closed, inside the one
// it was opened in: markup in the content cannot reach into the page
// around it.
func nested(html []byte) error {
	var open []string
	for _, m := range tagRE.FindAllSubmatch(html, -1) {
		name := strings.ToLower(string(m[2]))
		switch {
		case voidTag[name]:
		case len(m[1]) == 0:
			open = append(open, name)
		case len(open) == 0 || open[len(open)-1] != name:
			return fmt.Errorf("</%s> closes %v", name, open)
		default:
			open = open[:len(open)-1]
		}
	}
	if len(open) > 0 {
		return fmt.Errorf("%v left open", open)
	}
	return nil
}
