package content

import (
	"fmt"
	"path"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/tubei/pustaka/internal/message"
)

// foreignAliases are keys of other generators (Hexo, Jekyll, Docusaurus,
// Hugo) that mean a Pustaka key: they are read as that key.
var foreignAliases = map[string]string{
	"order":            "weight", // Hexo, VuePress
	"sidebar_position": "weight", // Docusaurus
	"nav_order":        "weight", // Jekyll (just-the-docs)
	"author":           "authors",
	"translationKey":   "terjemahan", // Hugo
}

// isForeign reports whether key is another generator's name of a key.
func isForeign(key string) bool {
	_, ok := foreignAliases[key]
	return ok
}

// foreignKept are keys of other generators that have no meaning here,
// with why: kept in Page.Params with a warning.
var foreignKept = map[string]message.Key{
	"layout":        message.KeptLayout,
	"id":            message.KeptID,
	"sidebar_label": message.KeptSidebar,
	"hide_title":    message.KeptHideTitle,
	"comments":      message.KeptComments,
	"published":     message.KeptPublished,
}

// keep keeps a key Pustaka does not use (name is the key as import.keys
// maps it) in Page.Params, with a warning that says so.
func (d *decoder) keep(k *yaml.Node, name string, v *yaml.Node) {
	if why, ok := foreignKept[name]; ok {
		d.warnf(k, message.KeyKept, k.Value, message.New(why))
	} else {
		d.unknownKey(k, "", knownKeys())
	}
	var val any
	if err := v.Decode(&val); err != nil {
		return // an alias loop or the like: reported nowhere else, and not needed
	}
	if d.page.Params == nil {
		d.page.Params = map[string]any{}
	}
	d.page.Params[k.Value] = val
}

// permalink sets the URL of the page from another generator's permalink:
// "/guide/installation.html" and "guide/installation" both give
// "/guide/installation/". A pattern (":year/:title") is not a URL.
func (d *decoder) permalink(v *yaml.Node) {
	s := d.str("permalink", v)
	if v.Kind != yaml.ScalarNode {
		return
	}
	if d.page.IsIndex {
		d.warnf(v, message.PermalinkIndex)
		return
	}
	u := strings.TrimSuffix(strings.TrimSuffix(s, ".html"), "/index")
	if u == "" || strings.ContainsAny(u, ":?#\\ \t") || strings.Contains(u, "//") {
		d.add(true, KindValue, d.lineOff+v.Line, v.Column, message.New(message.PermalinkBad, describe(v)))
		return
	}
	u = path.Clean("/" + u)
	if u != "/" {
		u += "/"
	}
	d.page.URL = u
	d.page.urlLine, d.page.urlCol = d.lineOff+v.Line, v.Column
}

// yamlWord returns s as it can be written as a YAML map key.
func yamlWord(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, ":{}[],#&*!|>'\"%@` ") {
		return fmt.Sprintf("%q", s)
	}
	return s
}
