package render

import (
	"errors"
	"fmt"
	"strings"

	"github.com/tubei/pustaka/internal/sources"
)

// Resolver maps local link destinations to site URLs. The site builder
// implements it; it is called once per local link per Render.
type Resolver interface {
	// ResolveLink returns the site URL for dest as written in the Markdown
	// ("../pelatihan/x.md#pasal-2" -> "/pelatihan/x/#pasal-2"), or an error
	// saying why the link is broken. With an error, a non-empty href is
	// still used (a document that exists, without the heading named).
	ResolveLink(dest string) (href string, err error)
}

// BrokenLinkClass is the class of a link its Resolver rejected.
const BrokenLinkClass = "broken-link"

// A MarkedLinkError is an error of a Resolver that gives the link it
// rejects a class and title of its own in place of BrokenLinkClass and
// the broken-link title: the site marks a link of an old version to a
// page removed since as gone, not as broken.
type MarkedLinkError interface {
	error
	LinkMark() (class, title string)
}

// ResolverFunc adapts a function to the Resolver interface.
type ResolverFunc func(dest string) (string, error)

// ResolveLink calls f(dest).
func (f ResolverFunc) ResolveLink(dest string) (string, error) { return f(dest) }

var _ Resolver = ResolverFunc(nil)

// LinkError is a local link that could not be resolved.
type LinkError struct {
	Line, Col int    // 1-based position of the link's "[" in the Markdown given to Parse
	Dest      string // destination as written
	Err       error  // the Resolver's error
}

// Error formats e as "line:col: link "dest": err"; callers prefix the file.
func (e LinkError) Error() string {
	return fmt.Sprintf("%d:%d: link %q: %v", e.Line, e.Col, e.Dest, e.Err)
}

// Unwrap returns the Resolver's error.
func (e LinkError) Unwrap() error { return e.Err }

// isLocal reports whether dest is a local link (see the package doc).
func isLocal(dest string) bool {
	if dest == "" || strings.HasPrefix(dest, "//") || hasScheme(dest) {
		return false
	}
	if dest[0] == '#' {
		return len(dest) > 1
	}
	p := dest
	if i := strings.IndexAny(p, "?#"); i >= 0 {
		p = p[:i]
	}
	return sources.Markdown(p)
}

// hasScheme reports whether s starts with a URL scheme such as "https:".
func hasScheme(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':':
			return true
		default:
			return false
		}
	}
	return false
}

// resolveLinks points every local link at its resolved URL, or at its
// original destination when res is nil or rejects it without a URL. A
// rejected link gets the class BrokenLinkClass and, unless it has a title
// of its own, the title brokenTitle, so that a reader sees it is broken
// (or the class and title of a MarkedLinkError).
// The caller holds d.mu.
func (d *Doc) resolveLinks(res Resolver, brokenTitle string) []LinkError {
	if res == nil {
		return nil
	}
	var errs []LinkError
	for i, n := range d.links {
		dest := d.destTexts[i]
		href, err := res.ResolveLink(dest)
		if href != "" {
			n.Destination = []byte(href)
		}
		if err != nil {
			line, col := d.lines.position(d.src, n.Pos())
			errs = append(errs, LinkError{Line: line, Col: col, Dest: dest, Err: err})
			class, title := BrokenLinkClass, brokenTitle
			if m, ok := errors.AsType[MarkedLinkError](err); ok {
				class, title = m.LinkMark()
			}
			n.SetAttributeString("class", []byte(class))
			if len(n.Title) == 0 {
				n.Title = []byte(title)
				d.linkTitle[i] = true
			}
		}
	}
	return errs
}

// restoreLinks puts the original destinations back and takes off the
// marks of broken links. The caller holds d.mu.
func (d *Doc) restoreLinks() {
	for i, n := range d.links {
		n.Destination = d.dests[i]
		if _, ok := n.AttributeString("class"); ok {
			n.RemoveAttributes() // links carry no attributes of their own
		}
		if d.linkTitle[i] {
			n.Title, d.linkTitle[i] = nil, false
		}
	}
}
