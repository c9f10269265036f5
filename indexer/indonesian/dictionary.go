package indonesian

import (
	"bytes"
	_ "embed"
	"fmt"
	"maps"
	"strings"
	"sync"
)

//go:embed data/roots.txt
var rootsTxt []byte

//go:embed data/supplement.txt
var supplementTxt []byte

// Dictionary is an immutable set of root words (kata dasar) plus
// exceptions that map a whole word directly to its root. The zero value is
// an empty dictionary. A Dictionary is safe for concurrent use.
type Dictionary struct {
	roots      map[string]struct{}
	exceptions map[string]string
}

// defaultDict holds the embedded dictionary; it is written once, by
// sync.OnceValue, and never modified afterwards.
var defaultDict = sync.OnceValue(loadDefault)

// DefaultDictionary returns the embedded dictionary: Sastrawi's root-word
// list (data/roots.txt) extended with data/supplement.txt. It is loaded on
// first use and shared; it must not be (and cannot be) modified.
func DefaultDictionary() *Dictionary {
	return defaultDict()
}

func loadDefault() *Dictionary {
	d := &Dictionary{roots: make(map[string]struct{}, 30500)}
	for line := range bytes.Lines(rootsTxt) {
		if w := strings.TrimSpace(string(line)); w != "" {
			d.roots[w] = struct{}{}
		}
	}
	roots, exceptions, err := ParseSiteFile(bytes.NewReader(supplementTxt))
	if err != nil {
		// The supplement is embedded and checked by the tests.
		panic(fmt.Sprintf("indonesian: data/supplement.txt: %v", err))
	}
	return d.With(roots, exceptions)
}

// With returns a copy of d extended with the given root words and
// exceptions (word => root). Exceptions take precedence over all affix
// rules; a root listed here is never stemmed further. d is unchanged.
func (d *Dictionary) With(roots []string, exceptions map[string]string) *Dictionary {
	c := &Dictionary{
		roots:      make(map[string]struct{}, len(d.roots)+len(roots)),
		exceptions: make(map[string]string, len(d.exceptions)+len(exceptions)),
	}
	maps.Copy(c.roots, d.roots)
	maps.Copy(c.exceptions, d.exceptions)
	for _, r := range roots {
		c.roots[r] = struct{}{}
	}
	maps.Copy(c.exceptions, exceptions)
	return c
}

// Len reports the number of root words in d.
func (d *Dictionary) Len() int { return len(d.roots) }

// Has reports whether word is a root word of d.
func (d *Dictionary) Has(word string) bool {
	_, ok := d.roots[word]
	return ok
}

// exception returns the root recorded for word as an exception, if any.
func (d *Dictionary) exception(word string) (string, bool) {
	r, ok := d.exceptions[word]
	return r, ok
}
