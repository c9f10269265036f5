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
func walk(root parse.Node, fn func(key string, n parse.Node)) {
	eachNode(root, func(n parse.Node) {
		c, ok := n.(*parse.CommandNode)
		if !ok || len(c.Args) < 2 || !callsT(c.Args[0]) {
			return
		}
		if s, ok := c.Args[1].(*parse.StringNode); ok {
			if key, err := strconv.Unquote(s.Quoted); err == nil {
				fn(key, c.Args[0])
			}
		}
	})
}

// eachNode calls fn for n and every node below it that holds actions:
// lists, actions, pipelines and their commands (with the pipelines in
// their arguments), the branches of if, range and with, and template
// calls.
func eachNode(n parse.Node, fn func(parse.Node)) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			eachNode(c, fn)
		}
		return
	case *parse.PipeNode:
		if n == nil {
			return
		}
		fn(n)
		for _, c := range n.Cmds {
			eachNode(c, fn)
		}
		return
	}
	fn(n)
	switch n := n.(type) {
	case *parse.ActionNode:
		eachNode(n.Pipe, fn)
	case *parse.CommandNode:
		for _, a := range n.Args {
			if p, ok := a.(*parse.PipeNode); ok {
				eachNode(p, fn)
			}
		}
	case *parse.IfNode:
		eachBranch(&n.BranchNode, fn)
	case *parse.RangeNode:
		eachBranch(&n.BranchNode, fn)
	case *parse.WithNode:
		eachBranch(&n.BranchNode, fn)
	case *parse.TemplateNode:
		eachNode(n.Pipe, fn)
	}
}

func eachBranch(b *parse.BranchNode, fn func(parse.Node)) {
	eachNode(b.Pipe, fn)
	eachNode(b.List, fn)
	eachNode(b.ElseList, fn)
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
