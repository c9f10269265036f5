package indexer

import "sync"

// maxCachedFreqs bounds the document-frequency cache; a full cache
// starts over.
const maxCachedFreqs = 1 << 16

// dfCache holds the document frequencies of (field, term) pairs that
// page queries looked up (their IDFs, rank.go), until the index changes:
// Update and Sync empty it after every batch, as they do the facet
// cache. Words typed into a search repeat from query to query, and a
// query looks each of its words and completions up in every text field.
type dfCache struct {
	mu sync.Mutex
	m  map[fieldTerm]uint64
}

// get returns the cached frequency of ft.
func (c *dfCache) get(ft fieldTerm) (uint64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	d, ok := c.m[ft]
	return d, ok
}

// put caches the frequency d of ft.
func (c *dfCache) put(ft fieldTerm, d uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= maxCachedFreqs {
		c.m = make(map[fieldTerm]uint64)
	}
	c.m[ft] = d
}

// invalidate empties the cache.
func (c *dfCache) invalidate() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m = nil
}
