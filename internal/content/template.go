package content

import (
	"bytes"
	"cmp"
	"path"
	"regexp"
	"strings"

	"github.com/tubei/pustaka/internal/message"
)

// Template tags of other generators. Documentation written for Hexo or
// Jekyll (Liquid tags, "{% name args %}") or Hugo (shortcodes,
// "{{< name args >}}" and "{{% name args %}}") writes some of its
// Markdown through tags its generator expands. Pustaka runs no templates,
// so templateText turns the common ones into the Markdown they stand for,
// line for line (every position in the file stays right):
//
//	{% raw %} ... {% endraw %}                the tags go, the text stays
//	{% codeblock [title] lang:js %}           a code fence ````js ... ````
//	{% highlight js [linenos] %}              (Jekyll) the same
//	{{< highlight go "opts" >}}               (Hugo) the same
//	{% note info [title] %} / {% endnote %}   a callout :::info ... :::
//	{{% notice tip "Title" %}}                (Hugo Relearn) the same
//	{{< hint warning >}}, {{% alert title="T" color="warning" %}}
//	{% comment %} ... {% endcomment %}        gone, with what it holds
//	{{< figure src="a.png" caption="C" >}}    an image ![C](a.png)
//	{% img /a.png 'Judul' %}                  (Hexo) the same
//
// Raw tags inside a line ("`{% raw %}{{ x }}{% endraw %}`") are removed,
// and Hugo's ref and relref shortcodes inside a line are replaced by the
// path they name ("[Cuti]({{< ref "cuti" >}})" -> "[Cuti](cuti.md)"), a
// link the site resolves and checks as any other, padded with spaces so
// that the columns after it stay; removed raw tags move the columns after
// them on that line. Any other tag
// alone on its line ({% include x %}, {{< youtube id >}}) is blanked and
// reported as a warning at its position: the reader should see neither
// the tag nor nothing-without-a-word. Tags inside fenced code are code,
// and tags in the middle of prose other than raw are left as text.

var (
	// liquidLineRE is a Liquid tag alone on its line: end, name, arguments.
	liquidLineRE = regexp.MustCompile(`^[ \t]*\{%-?[ \t]*(end)?([A-Za-z_][\w-]*)[ \t]*(.*?)[ \t]*-?%\}[ \t]*$`)
	// shortcodeLineRE is a Hugo shortcode alone on its line: "/" if it
	// closes one, name, arguments. "{{</* x */>}}" (a shortcode shown as
	// text in Hugo's own docs) is not one.
	shortcodeLineRE = regexp.MustCompile(`^[ \t]*\{\{([<%])[ \t]*(/)?[ \t]*([A-Za-z_][\w-]*)[ \t]*(.*?)[ \t]*/?[>%]\}\}[ \t]*$`)
	// rawTagRE is a raw or endraw tag anywhere in a line.
	rawTagRE = regexp.MustCompile(`\{%-?[ \t]*(?:end)?raw[ \t]*-?%\}`)
	// refRE is Hugo's ref or relref shortcode, with its arguments.
	refRE = regexp.MustCompile(`\{\{[<%][ \t]*(?:rel)?ref[ \t]+([^>%]*?)[ \t]*[>%]\}\}`)
	// argRE is one argument: key=value or key:value, quoted or not.
	argRE = regexp.MustCompile(`(?:([\w-]+)[=:])?(?:"([^"]*)"|'([^']*)'|(\S+))`)
)

// calloutTags are the tag names that make a callout; the value is the
// variant when no argument names one.
var calloutTags = map[string]string{
	"note": "note", "notice": "note", "hint": "tip", "alert": "note", "admonition": "note",
	"callout": "note", "tip": "tip", "info": "info", "warning": "warning", "danger": "danger",
	"caution": "caution", "important": "important", "details": "details", "expand": "details",
}

// calloutVariants are the words an argument may use for the variant
// (Docsy's colors among them); the value is the one render reads.
var calloutVariants = map[string]string{
	"note": "note", "info": "info", "tip": "tip", "hint": "tip", "success": "tip", "important": "important",
	"warning": "warning", "caution": "caution", "danger": "danger", "error": "danger",
	"primary": "note", "secondary": "note", "light": "note", "dark": "note",
}

// quietTags are tags whose lines go without a warning: their text is
// what the reader needs and stays (blockquote, center, ...).
var quietTags = map[string]bool{"raw": true, "blockquote": true, "centerquote": true, "center": true, "pullquote": true}

// tagFence is the fence of a code block written as a tag: four
// backticks, so that a line of three inside (Markdown in a Hexo
// codeblock, as vue-id has) stays code instead of closing it.
const tagFence = "````"

// hasTemplate reports whether body may hold a template tag.
func hasTemplate(body []byte) bool {
	return bytes.Contains(body, []byte("{%")) || bytes.Contains(body, []byte("{{<")) || bytes.Contains(body, []byte("{{%"))
}

// templateText returns body with the template tags turned into Markdown
// as above, and a warning for each tag it left out, at bodyLine-based
// positions in file. body itself is not changed.
func templateText(file string, body []byte, bodyLine int) ([]byte, Diagnostics) {
	var out bytes.Buffer
	out.Grow(len(body))
	var diags Diagnostics
	var f fences
	var closeCode string // the tag that ends the code block we are in ("endcodeblock", "/highlight")
	var opened []string  // the callouts open, by closing tag
	inComment := false
	n := 0
	for line := range bytes.Lines(body) {
		n++
		text := strings.TrimRight(string(line), "\r\n")
		eol := line[len(text):]
		switch {
		case inComment:
			if m := liquidLineRE.FindStringSubmatch(text); m != nil && m[1] == "end" && m[2] == "comment" {
				inComment = false
			}
			out.Write(blankLine(line))
		case closeCode != "":
			if endTag(text) == closeCode {
				closeCode = ""
				out.WriteString(tagFence)
				out.Write(eol)
			} else {
				out.Write(line)
			}
		case f.code(text):
			out.Write(line)
		default:
			name, end, args, ok := tagLine(text)
			if !ok {
				if bytes.Contains(line, []byte("raw")) {
					line = rawTagRE.ReplaceAll(line, nil)
				}
				if bytes.Contains(line, []byte("ref")) {
					line = refLinks(line)
				}
				out.Write(line)
				break
			}
			indent := text[:len(text)-len(strings.TrimLeft(text, " \t"))]
			repl, known := "", true
			switch {
			case name == "comment" && !end:
				inComment = true
			case (name == "codeblock" || name == "highlight") && !end:
				closeCode = "end" + name
				if strings.HasPrefix(strings.TrimSpace(text), "{{") {
					closeCode = "/" + name
				}
				repl = indent + tagFence + codeLang(name, args)
			case calloutTags[name] != "" && !end:
				variant, title := calloutOf(name, args)
				repl = strings.TrimRight(indent+":::"+variant+" "+title, " ")
				opened = append(opened, name)
			case calloutTags[name] != "" && end && len(opened) > 0 && opened[len(opened)-1] == name:
				opened = opened[:len(opened)-1]
				repl = indent + ":::"
			case (name == "figure" || name == "img" || name == "image") && !end && figure(args) != "":
				repl = indent + figure(args)
			case quietTags[name]:
			default:
				known = false
			}
			if !known {
				col := len(indent) + 1
				diags = append(diags, Diagnostic{File: file, Line: bodyLine + n - 1, Col: col, Warning: true,
					Msg: message.New(message.TemplateTag, strings.TrimSpace(text))})
			}
			if repl == "" {
				out.Write(blankLine(line))
			} else {
				out.WriteString(repl)
				out.Write(eol)
			}
		}
	}
	return out.Bytes(), diags
}

// refLinks replaces Hugo's ref and relref shortcodes in line, outside
// code spans, with the path they name, padded with spaces to the
// shortcode's length, which the site resolves as it does a Markdown link: "[Cuti]({{< ref "cuti.md#syarat" >}})" becomes
// "[Cuti](cuti.md#syarat)", and a path without an extension gets ".md"
// ("pegawai/cuti" -> "pegawai/cuti.md"; content.Index finds a folder's
// _index.md for it), so that the link is checked like any other.
func refLinks(line []byte) []byte {
	ms := refRE.FindAllSubmatchIndex(line, -1)
	if ms == nil {
		return line
	}
	var out []byte
	last := 0
	for _, m := range ms {
		if bytes.Count(line[:m[0]], []byte("`"))%2 == 1 {
			continue // inside a code span: shown as written
		}
		target := refTarget(string(line[m[2]:m[3]]))
		if target == "" {
			continue
		}
		out = append(append(out, line[last:m[0]]...), target...)
		for range m[1] - m[0] - len(target) {
			out = append(out, ' ') // the columns after it stay (a destination may end in spaces)
		}
		last = m[1]
	}
	return append(out, line[last:]...)
}

// refTarget returns the path a ref shortcode's arguments name: the first
// bare argument or path=, with ".md" added to a path without extension.
func refTarget(args string) string {
	for _, m := range argRE.FindAllStringSubmatch(args, -1) {
		key, val := strings.ToLower(m[1]), m[2]+m[3]+m[4]
		if key != "" && key != "path" {
			continue
		}
		file, frag, hasFrag := strings.Cut(val, "#")
		if file != "" && path.Ext(file) == "" {
			file = strings.TrimSuffix(file, "/") + ".md"
		}
		if hasFrag {
			return file + "#" + frag
		}
		return file
	}
	return ""
}

// figure returns the Markdown image of a figure or image tag (Hugo's
// figure shortcode, Hexo's img tag): ![alt or caption](src "title"), or
// "" without a source.
func figure(args string) string {
	var src, alt, caption, title string
	for i, m := range argRE.FindAllStringSubmatch(args, -1) {
		key, val := strings.ToLower(m[1]), m[2]+m[3]+m[4]
		switch {
		case key == "src" || (key == "" && i == 0):
			src = val
		case key == "alt":
			alt = val
		case key == "caption":
			caption = val
		case key == "title" || (key == "" && title == "" && src != "" && m[4] == ""):
			title = val
		}
	}
	if src == "" {
		return ""
	}
	text := strings.NewReplacer("[", `\[`, "]", `\]`).Replace(cmp.Or(alt, caption, title))
	dest := src
	if strings.ContainsAny(src, " ()") {
		dest = "<" + src + ">"
	}
	if title != "" {
		dest += ` "` + strings.ReplaceAll(title, `"`, `\"`) + `"`
	}
	return "![" + text + "](" + dest + ")"
}

// tagLine returns the tag of a line that holds one tag only: its name
// (lower case), whether it ends a block ("{% endx %}", "{{< /x >}}") and
// its arguments.
func tagLine(text string) (name string, end bool, args string, ok bool) {
	if m := liquidLineRE.FindStringSubmatch(text); m != nil {
		return strings.ToLower(m[2]), m[1] == "end", m[3], true
	}
	if m := shortcodeLineRE.FindStringSubmatch(text); m != nil && !strings.HasPrefix(m[4], "/*") {
		return strings.ToLower(m[3]), m[2] == "/", m[4], true
	}
	return "", false, "", false
}

// endTag returns how a line ends a code block: "endcodeblock",
// "endhighlight", "/highlight", or "".
func endTag(text string) string {
	name, end, _, ok := tagLine(text)
	if !ok || !end {
		return ""
	}
	if strings.HasPrefix(strings.TrimSpace(text), "{{") {
		return "/" + name
	}
	return "end" + name
}

// codeLang returns the language of a code tag: Hexo's "lang:js"
// argument, or the first argument of highlight.
func codeLang(name, args string) string {
	for i, m := range argRE.FindAllStringSubmatch(args, -1) {
		key, val := strings.ToLower(m[1]), m[2]+m[3]+m[4]
		switch {
		case key == "lang":
			return val
		case name == "highlight" && i == 0 && key == "":
			return val
		}
	}
	return ""
}

// calloutOf returns the variant and title of a callout tag: the variant
// from a type/color/style argument or the first bare argument that names
// one, else the tag's own; the title from a title argument or the first
// other bare argument that is quoted (Relearn: notice tip "Judul").
func calloutOf(name, args string) (variant, title string) {
	variant = calloutTags[name]
	typed := false
	for _, m := range argRE.FindAllStringSubmatch(args, -1) {
		key, val := strings.ToLower(m[1]), m[2]+m[3]+m[4]
		quoted := m[2] != "" || m[3] != ""
		switch {
		case key == "title" || key == "header":
			title = val
		case key == "type" || key == "color" || key == "style" || key == "theme":
			if v, ok := calloutVariants[strings.ToLower(val)]; ok {
				variant, typed = v, true
			}
		case key != "":
		case !typed && calloutVariants[strings.ToLower(val)] != "":
			variant, typed = calloutVariants[strings.ToLower(val)], true
		case quoted && title == "":
			title = val
		}
	}
	return variant, title
}

// blankLine returns line with everything but its line end made spaces.
func blankLine(line []byte) []byte {
	b := bytes.Clone(line)
	for i := range b {
		if b[i] != '\r' && b[i] != '\n' {
			b[i] = ' '
		}
	}
	return b
}
