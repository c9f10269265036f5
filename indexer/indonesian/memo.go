package indonesian

import "sync"

// memoShards and memoShardSize bound the cache: at most
// memoShards*memoShardSize words are remembered. A full shard is emptied
// and starts again, which keeps the bound without bookkeeping per entry.
const (
	memoShards    = 16
	memoShardSize = 4096
)

// memo is a bounded, concurrency-safe map from word to root.
type memo struct {
	shards [memoShards]memoShard
}

type memoShard struct {
	mu sync.Mutex
	m  map[string]string
}

func newMemo() *memo {
	m := &memo{}
	for i := range m.shards {
		m.shards[i].m = make(map[string]string)
	}
	return m
}

func (m *memo) shard(word string) *memoShard {
	return &m.shards[fnv(word)%memoShards]
}

// fnv is the FNV-1a hash of a string or byte slice.
func fnv[S string | []byte](word S) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(word); i++ {
		h = (h ^ uint32(word[i])) * 16777619
	}
	return h
}

// getBytes is get for a word held in a byte slice, which it does not
// copy.
func (m *memo) getBytes(word []byte) (string, bool) {
	sh := &m.shards[fnv(word)%memoShards]
	sh.mu.Lock()
	r, ok := sh.m[string(word)]
	sh.mu.Unlock()
	return r, ok
}

func (m *memo) get(word string) (string, bool) {
	sh := m.shard(word)
	sh.mu.Lock()
	r, ok := sh.m[word]
	sh.mu.Unlock()
	return r, ok
}

func (m *memo) put(word, root string) {
	sh := m.shard(word)
	sh.mu.Lock()
	if len(sh.m) >= memoShardSize {
		clear(sh.m)
	}
	sh.m[word] = root
	sh.mu.Unlock()
}
