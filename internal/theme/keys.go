package theme

import (
	"fmt"
	"html/template"
	"strconv"
	"text/template/parse"
)

// checkKeys rejects a template set whose layouts call .T with a constant
// key the Indonesian strings lack, naming file:line:col of the call.
func checkKeys(set *template.Template, c *catalog) error {
	for _, t := range set.Templates() {
		if t.Tree == nil || t.Tree.Root == nil {
			continue
		}
		var bad error
		walk(t.Tree.Root, func(key string, n parse.Node) {
			if bad == nil && !c.has(key) {
				loc, _ := t.Tree.ErrorContext(n)
				bad = fmt.Errorf("%s: unknown i18n key %q", loc, key)
			}
		})
		if bad != nil {
			return bad
		}
	}
	return nil
}

// walk calls fn for every call of a method named T (.T, $.T, .D.T) whose
// argument is a string constant.
func walk(n parse.Node, fn func(key string, n parse.Node)) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			walk(c, fn)
		}
	case *parse.ActionNode:
		walk(n.Pipe, fn)
	case *parse.PipeNode:
		if n == nil {
			return
		}
		for _, c := range n.Cmds {
			walk(c, fn)
		}
	case *parse.CommandNode:
		walkCommand(n, fn)
	case *parse.IfNode:
		walkBranch(&n.BranchNode, fn)
	case *parse.RangeNode:
		walkBranch(&n.BranchNode, fn)
	case *parse.WithNode:
		walkBranch(&n.BranchNode, fn)
	case *parse.TemplateNode:
		walk(n.Pipe, fn)
	}
}

func walkBranch(b *parse.BranchNode, fn func(string, parse.Node)) {
	walk(b.Pipe, fn)
	walk(b.List, fn)
	walk(b.ElseList, fn)
}

func walkCommand(c *parse.CommandNode, fn func(string, parse.Node)) {
	for _, a := range c.Args {
		if p, ok := a.(*parse.PipeNode); ok {
			walk(p, fn)
		}
	}
	if len(c.Args) < 2 || !callsT(c.Args[0]) {
		return
	}
	if s, ok := c.Args[1].(*parse.StringNode); ok {
		if key, err := strconv.Unquote(s.Quoted); err == nil {
			fn(key, c.Args[0])
		}
	}
}

// callsT reports whether n names a method T: .T, $.T, .D.T, $x.T.
func callsT(n parse.Node) bool {
	var idents []string
	switch n := n.(type) {
	case *parse.FieldNode:
		idents = n.Ident
	case *parse.VariableNode:
		idents = n.Ident
	case *parse.ChainNode:
		idents = n.Field
	}
	return len(idents) > 0 && idents[len(idents)-1] == "T"
}
