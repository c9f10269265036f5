package theme

import (
	"fmt"
	"html/template"
	"strings"
	"sync"
	"text/template/parse"
)

// itemTemplate is the template the listitems function executes for each
// entry of a list, given (arg $ link).
const itemTemplate = "list-item"

// Memo keeps the list entries made while rendering the pages of one build,
// so an entry that many lists show (a document on its section page, on
// each of its term pages, among the backlinks of others) is executed once
// per layout and language. Give every Data of a build the same Memo and
// drop it afterwards: it grows with the site. The zero Memo is not ready;
// use NewMemo. A nil Memo executes every entry.
type Memo struct {
	items sync.Map // itemKey -> *item
}

// NewMemo returns an empty Memo, safe for concurrent use.
func NewMemo() *Memo { return &Memo{} }

// itemKey names one executed list entry. Its link is told by URL alone,
// which is quicker to hash than the whole Link; the entry keeps the Link
// it was made of, to compare.
type itemKey struct {
	group int // the layout's group: see memoGroup
	lang  string
	url   string
}

// item is a kept list entry.
type item struct {
	link Link
	html string
}

// listItems implements the template function listitems: the entries of
// links, each the output of "list-item" with (arg d link) in the layout
// being rendered, one after another. An entry is executed once per Memo
// when the layout's entries depend only on the link and the language
// (see memoGroup). One call makes the whole list: a template ranging
// over a thousand links would call a function a thousand times.
func listItems(d *Data, links []Link) (template.HTML, error) {
	if d.set == nil {
		return "", errNotRendering
	}
	entries := make([]string, len(links))
	size := 0
	for i, l := range links {
		h, err := d.listItem(l)
		if err != nil {
			return "", err
		}
		entries[i], size = h, size+len(h)
	}
	var out strings.Builder
	out.Grow(size)
	for _, h := range entries {
		out.WriteString(h)
	}
	return template.HTML(out.String()), nil
}

// listItem returns the entry of l, from the Memo if it has it.
func (d *Data) listItem(l Link) (string, error) {
	var key itemKey
	if d.memo != nil {
		key = itemKey{group: d.group, lang: d.Lang(), url: l.URL}
		if it, ok := d.memo.items.Load(key); ok && it.(*item).link == l {
			return it.(*item).html, nil
		}
	}
	var b strings.Builder
	if err := d.set.ExecuteTemplate(&b, itemTemplate, Arg{D: d, V: l}); err != nil {
		return "", err
	}
	if d.memo != nil {
		d.memo.items.Store(key, &item{link: l, html: b.String()})
	}
	return b.String(), nil
}

// memoGroup tells whether the list entries of set may be kept in a Memo,
// and which other layouts' entries are the same. They may be kept when
// "list-item" and every template it calls come from the theme's own
// files, whose entries show the link in the page's language and nothing
// else of the page; a site's override (a file in site) could show more,
// so its layouts execute every entry ("" is returned). Layouts whose
// entries run the same definitions, named by the files they come from,
// get the same group and share entries.
func memoGroup(set *template.Template, site map[string]bool) string {
	seen := map[string]bool{}
	var group strings.Builder
	var ok func(name string) bool
	ok = func(name string) bool {
		if seen[name] {
			return true
		}
		seen[name] = true
		t := set.Lookup(name)
		if t == nil || t.Tree == nil || site[t.Tree.ParseName] {
			return false
		}
		fmt.Fprintf(&group, "%q %q\n", name, t.Tree.ParseName)
		all := true
		invoked(t.Tree.Root, func(callee string) { all = all && ok(callee) })
		return all
	}
	if !ok(itemTemplate) {
		return ""
	}
	return group.String()
}

// invoked calls fn with the name of every template n invokes directly
// ({{template "name"}}, and so {{block}}).
func invoked(n parse.Node, fn func(name string)) {
	eachNode(n, func(n parse.Node) {
		if t, ok := n.(*parse.TemplateNode); ok {
			fn(t.Name)
		}
	})
}
