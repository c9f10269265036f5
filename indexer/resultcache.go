package indexer

import (
	"container/list"
	"strconv"
	"strings"
	"sync"
)

// maxCachedResults bounds the result cache: about 10 MB at most for
// pages of 50 highlighted hits, far less for the usual pages of 10.
const maxCachedResults = 1024

// resultCache holds the results of the most recently used requests, as
// a database keeps a query cache: the same few searches come from many
// readers (a new circular, a training everyone must take), and a
// search as you type repeats the prefixes others typed. An entry
// belongs to the generation of the facet cache it was computed in
// (every Update or Sync that changes the index starts a new one), so a
// result is never served from an older index. It is least-recently-used:
// a full cache drops its oldest entry.
type resultCache struct {
	mu    sync.Mutex
	order list.List // of *cachedResult, most recently used first
	byKey map[string]*list.Element
}

// cachedResult is one cached result with its key and generation.
type cachedResult struct {
	key string
	gen uint64
	res *Result
}

// get returns a copy of the result cached for key in generation gen.
func (c *resultCache) get(gen uint64, key string) (*Result, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.byKey[key]
	if !ok {
		return nil, false
	}
	cr := el.Value.(*cachedResult)
	if cr.gen != gen {
		c.order.Remove(el)
		delete(c.byKey, key)
		return nil, false
	}
	c.order.MoveToFront(el)
	return cloneResult(cr.res), true
}

// put caches a copy of res for key, computed in generation gen.
func (c *resultCache) put(gen uint64, key string, res *Result) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byKey == nil {
		c.byKey = make(map[string]*list.Element)
	}
	if el, ok := c.byKey[key]; ok {
		c.order.Remove(el)
	}
	for c.order.Len() >= maxCachedResults {
		oldest := c.order.Back()
		c.order.Remove(oldest)
		delete(c.byKey, oldest.Value.(*cachedResult).key)
	}
	c.byKey[key] = c.order.PushFront(&cachedResult{key: key, gen: gen, res: cloneResult(res)})
}

// len returns the number of cached results.
func (c *resultCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}

// resultKey identifies everything that decides the result of a
// validated request: the match set (facetKey), page, size, sort,
// highlighting and facets.
func resultKey(pl *plan, highlight, facets bool) string {
	var b strings.Builder
	b.WriteString(facetKey(pl.query, pl.filters))
	for _, v := range []string{strconv.Itoa(pl.page), strconv.Itoa(pl.size), strings.Join(pl.sort, ","),
		strconv.FormatBool(highlight), strconv.FormatBool(facets)} {
		b.WriteString("\x00" + v)
	}
	return b.String()
}

// cloneResult copies res deeply, so a caller may change what it gets.
func cloneResult(res *Result) *Result {
	out := *res
	out.Hits = make([]Hit, len(res.Hits))
	for i, h := range res.Hits {
		h.Fragments = append([]string(nil), h.Fragments...)
		h.Sections = append([]SectionHit(nil), h.Sections...)
		out.Hits[i] = h
	}
	if res.Facets != nil {
		out.Facets = cloneFacets(res.Facets)
	}
	if res.Hits == nil {
		out.Hits = nil
	}
	return &out
}
