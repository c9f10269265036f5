package indexer

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// compactAfter is the number of changes after which Sync merges the
// index into one segment (unless Options.NoCompact): 6 % smaller at
// 10,000 pages, and no slower to search than the few segments bleve's
// merging leaves.
const compactAfter = 500

// errReadOnly is the error of Update and Sync on an index opened with
// Options.ReadOnly.
var errReadOnly = errors.New("indexer: the index is open read-only")

// Update indexes the documents whose Hash differs from the indexed one
// (a document with an empty Hash is hashed here) and deletes the URLs in
// deleted. Changes go into one bleve batch (several, run two at a time,
// for more than Options.Batch operations), filled from the calling
// goroutine.
// Of several documents with one URL the last counts; a URL both in docs
// and in deleted is kept.
func (ix *Index) Update(docs []Document, deleted []string) (Stats, error) {
	if ix.readOnly {
		return Stats{}, errReadOnly
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.update(docs, deleted)
}

// Sync makes the index hold exactly docs: changed documents are
// indexed, documents no longer present are deleted. After many changes
// (a full reindex) an index on disk is merged into one segment before
// Sync returns. A successful Sync clears Stale.
func (ix *Index) Sync(docs []Document) (Stats, error) {
	if ix.readOnly {
		return Stats{}, errReadOnly
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	start := time.Now()
	keep := make(map[string]bool, len(docs))
	for _, d := range docs {
		keep[d.URL] = true
	}
	var gone []string
	dict, err := ix.bi.FieldDict("_id")
	if err != nil {
		return Stats{}, fmt.Errorf("indexer: sync: %w", err)
	}
	for e, derr := dict.Next(); e != nil || derr != nil; e, derr = dict.Next() {
		if derr != nil {
			dict.Close()
			return Stats{}, fmt.Errorf("indexer: sync: %w", derr)
		}
		if !keep[e.Term] {
			gone = append(gone, e.Term)
		}
	}
	if err := dict.Close(); err != nil {
		return Stats{}, fmt.Errorf("indexer: sync: %w", err)
	}
	st, err := ix.update(docs, gone)
	if err != nil {
		return st, err
	}
	if st.Indexed+st.Deleted >= compactAfter && !ix.noCompact {
		if err := ix.compact(); err != nil {
			return st, err
		}
		st.Compacted = true
		st.Took = time.Since(start)
	}
	ix.stale = false
	return st, nil
}

// update is Update with ix.mu held. Batches of at most ix.batch
// operations run up to batchesInFlight at a time, so that one builds
// its segment while the next is analysed. Each batch carries the hash
// table of the batches confirmed so far plus its own changes (one
// internal key, so that a batch and its hashes persist together); its
// hashes reach ix.hashes once it succeeded. A batch that fails records
// no hash, so its documents count as changed next time; when several
// batches ran, the complete table is written once all are done.
func (ix *Index) update(docs []Document, deleted []string) (Stats, error) {
	start := time.Now()
	var st Stats
	last := make(map[string]int, len(docs)) // URL -> index of its last document
	for i, d := range docs {
		if d.URL == "" {
			return Stats{}, errors.New("indexer: document without URL")
		}
		last[d.URL] = i
	}
	run := newBatchRunner(ix)
	b := ix.bi.NewBatch()
	pending := map[string]string{} // URL -> new hash, "" = deleted
	for i, d := range docs {
		large := textSize(d) >= largeText
		if b.Size() >= ix.batch || (large && b.Size() > 0) {
			run.start(b, pending)
			b, pending = ix.bi.NewBatch(), map[string]string{}
		}
		if large {
			// Alone: no other batch in flight, none after it until done.
			run.drain()
		}
		h := d.Hash
		if h == "" {
			h = contentHash(d)
		}
		h = digest(h)
		if last[d.URL] != i || run.hash(d.URL) == h {
			st.Unchanged++
			continue
		}
		doc, err := ix.document(d)
		if err == nil {
			err = b.IndexAdvanced(doc)
		}
		if err != nil {
			run.wait()
			return Stats{}, fmt.Errorf("indexer: %s: %w", d.URL, err)
		}
		pending[d.URL] = h
		st.Indexed++
		if large {
			run.start(b, pending)
			b, pending = ix.bi.NewBatch(), map[string]string{}
			run.drain()
		}
	}
	for _, url := range deleted {
		if _, ok := last[url]; !ok && run.hash(url) != "" {
			b.Delete(url)
			pending[url] = ""
			st.Deleted++
		}
	}
	if b.Size() > 0 {
		run.start(b, pending)
	}
	if err := run.wait(); err != nil {
		return Stats{}, err
	}
	st.Took = time.Since(start)
	return st, nil
}

// batchesInFlight is how many batches update runs at once.
const batchesInFlight = 2

// largeText is the size of text (title, headings, summary and body)
// from which a document is indexed in a batch of its own, with no other
// batch in flight: analysing it and building its segment take about 20
// bytes of memory per byte of text, so a 3 MB regulation beside a full
// batch and another large document made the peak of a 9 MB corpus's
// build. Pages are far smaller (the bench corpora's at most 15 KB).
const largeText = 1 << 20

// textSize returns the bytes of text of d that are analysed.
func textSize(d Document) int {
	n := len(d.Title) + len(d.Summary) + len(d.Body)
	for _, s := range d.Sections {
		n += len(s.Heading) + len(s.Text)
	}
	return n
}

// batchRunner runs the batches of one update concurrently.
type batchRunner struct {
	ix   *Index
	slot chan struct{}
	wg   sync.WaitGroup
	mu   sync.Mutex // guards ix.hashes, err and n while batches run
	err  error
	n    int // batches started
}

// newBatchRunner returns a runner for ix, whose mu the caller holds.
func newBatchRunner(ix *Index) *batchRunner {
	return &batchRunner{ix: ix, slot: make(chan struct{}, batchesInFlight)}
}

// hash returns the confirmed hash of url.
func (r *batchRunner) hash(url string) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.ix.hashes[url]
}

// start runs b with the hash changes pending in the background, once a
// slot is free. After a failure it starts nothing more.
func (r *batchRunner) start(b *bleve.Batch, pending map[string]string) {
	r.slot <- struct{}{}
	r.mu.Lock()
	if r.err != nil {
		r.mu.Unlock()
		<-r.slot
		return
	}
	r.n++
	b.SetInternal([]byte(hashesKey), encodeHashes(r.ix.hashes, pending))
	r.mu.Unlock()
	r.wg.Add(1)
	go func() {
		defer func() { <-r.slot; r.wg.Done() }()
		err := r.ix.bi.Batch(b)
		r.ix.fc.invalidate()
		r.ix.dfc.invalidate()
		r.mu.Lock()
		defer r.mu.Unlock()
		if err != nil {
			r.err = cmp.Or(r.err, fmt.Errorf("indexer: batch: %w", err))
			return
		}
		applyHashes(r.ix.hashes, pending)
	}()
}

// drain waits for the running batches.
func (r *batchRunner) drain() { r.wg.Wait() }

// wait waits for the running batches and returns the first error.
// After several batches it writes the complete hash table, which a
// batch that finished before another may lack.
func (r *batchRunner) wait() error {
	r.wg.Wait()
	if r.err != nil || r.n < 2 {
		return r.err
	}
	if err := r.ix.bi.SetInternal([]byte(hashesKey), encodeHashes(r.ix.hashes, nil)); err != nil {
		return fmt.Errorf("indexer: hashes: %w", err)
	}
	return nil
}

// hashesKey is the internal key of the hash table.
const hashesKey = "pustaka.hashes"

// contentHash hashes every field of d.
func contentHash(d Document) string {
	data, _ := json.Marshal(d) // a Document always marshals
	sum := sha256.Sum256(data)
	return "auto:" + hex.EncodeToString(sum[:16])
}

// document builds the bleve document of d through the mapping; with our
// analyzer, the text fields of an Indonesian document are analysed
// together (see docAnalysis).
func (ix *Index) document(d Document) (*document.Document, error) {
	t := textsOf(d)
	shared := ix.ours() && docLang(d.Lang) == "id"
	doc := document.NewDocument(d.URL)
	if err := ix.bi.Mapping().MapDocument(doc, bleveDoc(d, t, shared)); err != nil {
		return nil, err
	}
	if shared {
		ix.pipe.share(doc, d, t)
	}
	return doc, nil
}

// texts are the texts of a document's fields.
type texts struct {
	text, secs     string // body with section headings, section table
	heads, summary string // headings; summary with tags and competencies
	aside          string // the sections' asides
}

// textsOf returns the texts of d.
func textsOf(d Document) texts {
	text, secs := joinSections(d)
	heads := make([]string, len(d.Headings))
	for i, h := range d.Headings {
		heads[i] = h.Text
	}
	var aside []string
	for _, s := range d.Sections {
		if s.Aside != "" {
			aside = append(aside, s.Aside)
		}
	}
	return texts{text: text, secs: secs, heads: strings.Join(heads, "\n"),
		summary: strings.Join(slices.Concat([]string{d.Summary}, d.Tags, d.Competencies), "\n"),
		aside:   strings.Join(aside, "\n")}
}

// bleveDoc converts d to the field map the mapping indexes. With shared,
// the fields analysed through a docAnalysis, which holds their texts,
// get empty values: the mapping only makes the fields (bleve would copy
// each text into its field).
func bleveDoc(d Document, t texts, shared bool) map[string]any {
	lang := docLang(d.Lang)
	text := t.text
	var words string
	if !shared {
		words = distinctChunks(d.Title, t.summary, t.heads, text, t.aside)
	}
	m := map[string]any{
		fTitle:                      d.Title,
		fText:                       text,
		fSecs:                       t.secs,
		fVersion:                    d.Version,
		fWords:                      words,
		fType:                       d.Type,
		fStatus:                     d.Status,
		fTag:                        d.Tags,
		fUnit:                       d.Unit,
		fComp:                       d.Competencies,
		fLang:                       d.Lang,
		langField("title", lang):    d.Title,
		langField("summary", lang):  t.summary,
		langField("headings", lang): t.heads,
		langField("body", lang):     text,
		langField("aside", lang):    t.aside,
	}
	if lang == "id" {
		m[fPairs] = text // unmapped, so ignored, with a baseline analyzer
	}
	if shared {
		for name := range sharedFields {
			m[name] = ""
		}
	}
	if !d.Date.IsZero() {
		m[fDate] = d.Date
		m[fYear] = strconv.Itoa(d.Date.Year())
	}
	m[fFacet] = facetValues(m)
	if !d.Updated.IsZero() {
		m[fUpdated] = d.Updated
	}
	return m
}

// distinctChunks returns the whitespace-separated chunks of texts, each
// once (compared lowercased), joined by spaces. Words never span
// whitespace, so the words field gets the same terms from far less text
// to tokenise; it keeps no frequencies or positions.
func distinctChunks(texts ...string) string {
	seen := map[string]bool{}
	var b strings.Builder
	for _, t := range texts {
		for _, c := range strings.Fields(t) {
			if k := strings.ToLower(c); !seen[k] {
				seen[k] = true
				b.WriteString(c)
				b.WriteByte(' ')
			}
		}
	}
	return b.String()
}

// joinSections returns the body text to index and store (each section
// with its heading as first line, so a section matches its heading), and the
// section table: one "offset<TAB>anchor<TAB>heading" line per section,
// where offset is the byte offset of the section in the text.
func joinSections(d Document) (string, string) {
	if len(d.Sections) == 0 {
		return d.Body, ""
	}
	var text, secs strings.Builder
	for i, s := range d.Sections {
		if i > 0 {
			text.WriteString("\n\n")
		}
		fmt.Fprintf(&secs, "%d\t%s\t%s\n", text.Len(), oneLine(s.Anchor), oneLine(s.Heading))
		if s.Heading != "" {
			text.WriteString(s.Heading + "\n")
		}
		text.WriteString(s.Text)
	}
	return text.String(), secs.String()
}

// oneLine replaces tabs and newlines so a value fits in one table cell.
func oneLine(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}

// compact persists the index and merges it into one segment. It does
// nothing for an in-memory index.
func (ix *Index) compact() error {
	if ix.path == "" {
		return nil
	}
	adv, err := ix.bi.Advanced()
	if err != nil {
		return fmt.Errorf("indexer: compact: %w", err)
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil
	}
	if err := s.ForceMerge(context.Background(), nil); err != nil {
		return fmt.Errorf("indexer: compact: %w", err)
	}
	return nil
}

// facetSep joins the single-valued facets of a document into one term.
const facetSep = "\x1f"

// facetValues returns the terms of the facet field: one term joining the
// single-valued facets ("type:modul\x1fstatus:approved\x1fyear:2024"),
// then one "name:value" term per tag and competency. Fewer terms per
// document make facet counting cheaper; it is proportional to the terms
// of every matching document.
func facetValues(m map[string]any) []string {
	var single, out []string
	for _, name := range facetFields {
		switch v := m[name].(type) {
		case string:
			if v = strings.TrimSpace(v); v != "" {
				single = append(single, name+":"+v)
			}
		case []string:
			for _, x := range v {
				if x = strings.TrimSpace(x); x != "" {
					out = append(out, name+":"+x)
				}
			}
		}
	}
	if len(single) > 0 {
		out = append(out, strings.Join(single, facetSep))
	}
	return out
}
