package indexer

import (
	"strconv"
	"strings"
	"sync"
)

// maxCachedFacets bounds the facet cache; a full cache starts over.
const maxCachedFacets = 512

// facetCache holds the facet counts of recent (query, filters) pairs
// for one generation of the index: every Update or Sync that changes
// the index starts a new generation and empties the cache. Counts are
// those of the whole match set, so they stay exact.
type facetCache struct {
	mu      sync.Mutex
	gen     uint64
	entries map[string][]Facet
}

// generation returns the current generation, to pass to put.
func (c *facetCache) generation() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen
}

// get returns the cached facets of key.
func (c *facetCache) get(key string) ([]Facet, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	fs, ok := c.entries[key]
	return fs, ok
}

// put stores the facets of key computed in generation gen, unless the
// index changed since.
func (c *facetCache) put(gen uint64, key string, fs []Facet) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	if c.entries == nil || len(c.entries) >= maxCachedFacets {
		c.entries = make(map[string][]Facet)
	}
	c.entries[key] = fs
}

// invalidate starts a new generation. Update and Sync call it after
// every batch, once the batch is searchable.
func (c *facetCache) invalidate() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.entries = nil
}

// facetKey identifies the match set of p with filters: its words,
// phrases, exclusions, prefix flag and filters.
func facetKey(p *parsedQuery, filters []filter) string {
	var b strings.Builder
	for _, c := range p.Terms {
		b.WriteString(strconv.Quote(c.quoted()))
	}
	b.WriteString("\x00")
	for _, c := range p.Excluded {
		b.WriteString(strconv.Quote(c.quoted()))
	}
	b.WriteString("\x00" + strconv.FormatBool(p.Prefix))
	for _, f := range filters {
		b.WriteString("\x00" + f.Field + "=" + f.Value)
	}
	return b.String()
}

// cloneFacets copies fs so a caller may change the result.
func cloneFacets(fs []Facet) []Facet {
	out := make([]Facet, len(fs))
	for i, f := range fs {
		out[i] = Facet{Name: f.Name, Values: append([]FacetValue(nil), f.Values...)}
	}
	return out
}
