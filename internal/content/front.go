package content

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/tubei/pustaka/internal/message"
	"gopkg.in/yaml.v3"
)

// decoder decodes front matter into a page node by node, collecting a
// diagnostic for every problem at the file position of the offending node.
type decoder struct {
	page    *Page
	file    string
	lineOff int // file line of front matter line 1, minus 1
	imp     Import
	diags   Diagnostics
}

func (d *decoder) add(warning bool, kind Kind, line, col int, msg message.Text) {
	d.diags = append(d.diags, Diagnostic{File: d.file, Line: line, Col: col, Msg: msg, Warning: warning, Kind: kind})
}

// errorf records an error about a value at node n: message key with its
// arguments.
func (d *decoder) errorf(n *yaml.Node, key message.Key, args ...any) {
	d.add(false, KindValue, d.lineOff+n.Line, n.Column, message.New(key, args...))
}

// warnf records a warning about a key at node n.
func (d *decoder) warnf(n *yaml.Node, key message.Key, args ...any) {
	d.add(true, KindKey, d.lineOff+n.Line, n.Column, message.New(key, args...))
}

// decode decodes the YAML text front into d.page.
func (d *decoder) decode(front []byte) {
	var doc yaml.Node
	if err := unmarshal(front, &doc); err != nil {
		if !looksLikeKeys(front) {
			d.horizontalRule()
			return
		}
		d.yamlError(err, front)
		return
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return
	}
	root := deref(doc.Content[0])
	if isNull(root) {
		return
	}
	if root.Kind != yaml.MappingNode {
		if root.Kind == yaml.ScalarNode && !looksLikeKeys(front) {
			d.horizontalRule()
			return
		}
		d.add(false, KindYAML, d.lineOff+root.Line, root.Column, message.New(message.FrontNotMap, describe(root)))
		return
	}
	d.typeKey(root)
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		d.entry(root.Content[i], deref(root.Content[i+1]), seen)
	}
}

// unmarshal parses YAML, turning a panic inside the YAML library into an
// error so that Parse never panics.
func unmarshal(b []byte, n *yaml.Node) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml: %v", r)
		}
	}()
	return yaml.Unmarshal(b, n)
}

// yamlError reports a YAML syntax error of the front matter front at
// the line and column of its culprit (YAMLSyntax).
func (d *decoder) yamlError(err error, front []byte) {
	line, col, msg := YAMLSyntax(front, err)
	d.add(false, KindYAML, d.lineOff+line, col, msg)
}

// YAMLSyntax places a syntax error of yaml.v3, "yaml: line N: msg", in
// src, the YAML text it was reported for: the 1-based line and column of
// its culprit (placeYAMLError) and what is wrong, with the offending
// text. yaml.v3 has no structured syntax error, so its message is the
// only source of the line. config.yaml's errors are placed by it too.
func YAMLSyntax(src []byte, err error) (line, col int, msg message.Text) {
	text := strings.TrimPrefix(err.Error(), "yaml: ")
	line = 1
	if rest, ok := strings.CutPrefix(text, "line "); ok {
		if num, t, ok := strings.Cut(rest, ": "); ok {
			if n, err := strconv.Atoi(num); err == nil {
				line, text = n, t
			}
		}
	}
	p := placeYAMLError(src, line, text)
	return p.line, p.col, message.New(message.YAMLInvalid, p.msg)
}

// entry checks and decodes one top-level key k with value v.
func (d *decoder) entry(k, v *yaml.Node, seen map[string]*yaml.Node) {
	if k.Kind != yaml.ScalarNode {
		d.errorf(k, message.KeyNotWord, describe(k))
		return
	}
	name := d.imp.key(k.Value)
	s, known := keyScopes[name]
	if !known {
		d.keep(k, name, v)
		return
	}
	key := canonical(name)
	if prev, dup := seen[key]; dup {
		if isForeign(name) || isForeign(d.imp.key(prev.Value)) {
			d.warnf(k, message.KeySameIgnored, k.Value, prev.Value, d.lineOff+prev.Line)
			return
		}
		d.duplicate(k, key, prev)
		return
	}
	seen[key] = k
	if s&typeScope(d.page.Type) == 0 {
		d.add(true, KindKey, d.lineOff+k.Line, k.Column, misplaced(name, s, d.page.Type))
	}
	if !isNull(v) {
		d.set(key, name, v)
	}
}

// duplicate reports key k, whose canonical name key was already given
// at node prev.
func (d *decoder) duplicate(k *yaml.Node, key string, prev *yaml.Node) {
	line := d.lineOff + prev.Line
	if k.Value == prev.Value {
		d.errorf(k, message.KeyTwice, k.Value, line)
		return
	}
	d.errorf(k, message.KeySame, k.Value, prev.Value, line)
}

// unknownKey warns about key k, suggesting the closest known key.
func (d *decoder) unknownKey(k *yaml.Node, in string, known []string) {
	msg := message.New(message.KeyUnknown, k.Value)
	if in != "" {
		msg = message.New(message.KeyUnknownIn, in, k.Value)
	}
	if s := suggest(k.Value, known); s != "" {
		msg = message.New(message.DidYouMean, msg, s)
	}
	d.add(true, KindKey, d.lineOff+k.Line, k.Column, msg)
}

// typeKey applies the "type" key (or the key import.keys maps to it)
// before the other keys are checked, because the type decides which keys
// apply. A type value Pustaka does not know, after import.type, is a
// warning, and the document is a plain page.
func (d *decoder) typeKey(root *yaml.Node) {
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], deref(root.Content[i+1])
		if k.Kind != yaml.ScalarNode || d.imp.key(k.Value) != "type" {
			continue
		}
		if isNull(v) {
			return
		}
		if v.Kind != yaml.ScalarNode {
			d.errorf(v, message.WantOneOf, "type", "policy, training, evaluation, page", describe(v))
			return
		}
		t := normType(d.imp.typ(v.Value))
		if t == "" {
			d.add(true, KindValue, d.lineOff+v.Line, v.Column, message.New(message.TypeUnknown, describe(v), yamlWord(v.Value)))
			t = TypePage
		}
		if !d.page.IsIndex {
			d.page.Type = t
		}
		return
	}
}

// deref follows YAML aliases.
func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 100; i++ {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null" || n.Kind == 0
}

// describe says what a node is, for the "got" part of messages: a
// message.Text for a map, a list, an alias or nothing, else the quoted
// value.
func describe(n *yaml.Node) any {
	switch n.Kind {
	case yaml.MappingNode:
		return message.New(message.GotMap)
	case yaml.SequenceNode:
		return message.New(message.GotList)
	case yaml.AliasNode:
		return message.New(message.GotAlias)
	}
	if isNull(n) {
		return message.New(message.GotNothing)
	}
	v := n.Value
	if r := []rune(v); len(r) > 40 {
		v = string(r[:40]) + "…"
	}
	return strconv.Quote(v)
}
