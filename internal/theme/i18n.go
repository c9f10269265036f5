package theme

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// baseLang is the language every other language falls back to.
const baseLang = "id"

// catalog holds the UI strings of a theme: language -> key -> text.
type catalog struct {
	langs map[string]map[string]string
	soal  sync.Map // language -> the labels of soal.js as a script holds them (Data.SoalJSON)
}

// loadCatalog reads i18n/<lang>.yaml. The Indonesian file is required.
func loadCatalog(fsys fs.FS, name string) (*catalog, error) {
	files, err := fs.Glob(fsys, "i18n/*.yaml")
	if err != nil {
		return nil, err
	}
	c := &catalog{langs: map[string]map[string]string{}}
	for _, f := range files {
		m, err := readStrings(fsys, f, path.Join(name, f))
		if err != nil {
			return nil, err
		}
		c.langs[strings.TrimSuffix(path.Base(f), ".yaml")] = m
	}
	if c.langs[baseLang] == nil {
		return nil, fmt.Errorf("%s: missing i18n/%s.yaml", name, baseLang)
	}
	return c, nil
}

// readStrings decodes one flat map of strings, naming file:line:col of a
// value that is not a string.
func readStrings(fsys fs.FS, file, display string) (map[string]string, error) {
	b, err := fs.ReadFile(fsys, file)
	if err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("%s: %v", display, err)
	}
	m := map[string]string{}
	if len(doc.Content) == 0 {
		return m, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s:%d:%d: want a map of key: text", display, root.Line, root.Column)
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if v.Kind != yaml.ScalarNode {
			return nil, fmt.Errorf("%s:%d:%d: %s: want a string", display, v.Line, v.Column, k.Value)
		}
		m[k.Value] = v.Value
	}
	return m, nil
}

// lookup returns the text of key in lang, else in Indonesian, else the key.
func (c *catalog) lookup(lang, key string) string {
	if c == nil {
		return key
	}
	if s, ok := c.langs[lang][key]; ok {
		return s
	}
	if s, ok := c.langs[baseLang][key]; ok {
		return s
	}
	return key
}

// has reports whether the Indonesian strings define key.
func (c *catalog) has(key string) bool {
	_, ok := c.langs[baseLang][key]
	return ok
}
