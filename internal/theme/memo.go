package theme

import (
	"bytes"
	"fmt"
	"html/template"
	"strings"
	"sync"
	"text/template/parse"
)

// itemTemplate is the template the listitem function executes: one entry
// of a list, given (arg $ link).
const itemTemplate = "list-item"

// Memo keeps the list entries made while rendering the pages of one build,
// so an entry that many lists show (a document on its section page, on
// each of its term pages, among the backlinks of others) is executed once
// per layout and language. Give every Data of a build the same Memo and
// drop it afterwards: it grows with the site. The zero Memo is not ready;
// use NewMemo. A nil Memo executes every entry.
type Memo struct {
	items sync.Map // itemKey -> template.HTML
}

// NewMemo returns an empty Memo, safe for concurrent use.
func NewMemo() *Memo { return &Memo{} }

// itemKey names one executed list entry.
type itemKey struct {
	group int // the layout's group: see memoGroup
	lang  string
	link  Link
}

// listItem implements the template function listitem: it executes
// "list-item" with (arg d l) in the layout being rendered, once per Memo
// when the layout's list entries depend only on the link and the
// language (see memoizable).
func listItem(d *Data, l Link) (template.HTML, error) {
	if d.set == nil {
		return "", errNotRendering
	}
	var key itemKey
	if d.memo != nil {
		key = itemKey{group: d.group, lang: d.Lang(), link: l}
		if h, ok := d.memo.items.Load(key); ok {
			return h.(template.HTML), nil
		}
	}
	var buf bytes.Buffer
	if err := d.set.ExecuteTemplate(&buf, itemTemplate, Arg{D: d, V: l}); err != nil {
		return "", err
	}
	h := template.HTML(buf.String())
	if d.memo != nil {
		d.memo.items.Store(key, h)
	}
	return h, nil
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
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			invoked(c, fn)
		}
	case *parse.IfNode:
		invoked(n.List, fn)
		invoked(n.ElseList, fn)
	case *parse.RangeNode:
		invoked(n.List, fn)
		invoked(n.ElseList, fn)
	case *parse.WithNode:
		invoked(n.List, fn)
		invoked(n.ElseList, fn)
	case *parse.TemplateNode:
		fn(n.Name)
	}
}
