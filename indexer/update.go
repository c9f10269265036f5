package indexer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
)

// maxBatch bounds the operations of one bleve batch, and so the memory
// a full reindex needs.
const maxBatch = 1000

// compactAfter is the number of changes after which Sync merges the
// index into one segment: smaller and faster to search.
const compactAfter = 500

// Update indexes the documents whose Hash differs from the indexed one
// (a document with an empty Hash is hashed here) and deletes the URLs in
// deleted. Changes go into one bleve batch (several for more than
// maxBatch operations), filled from the calling goroutine.
func (ix *Index) Update(docs []Document, deleted []string) (Stats, error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.update(docs, deleted)
}

// Sync makes the index hold exactly docs: changed documents are
// indexed, documents no longer present are deleted. After many changes
// (a full reindex) an index on disk is merged into one segment before
// Sync returns. A successful Sync clears Stale.
func (ix *Index) Sync(docs []Document) (Stats, error) {
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
	if st.Indexed+st.Deleted >= compactAfter {
		if err := ix.compact(); err != nil {
			return st, err
		}
		st.Took = time.Since(start)
	}
	ix.stale = false
	return st, nil
}

// update is Update with ix.mu held. Changed hashes are written with
// each batch (the whole table under one internal key, so that the batch
// and its hashes persist together) and applied to ix.hashes once the
// batch succeeded.
func (ix *Index) update(docs []Document, deleted []string) (Stats, error) {
	start := time.Now()
	var st Stats
	b := ix.bi.NewBatch()
	pending := map[string]string{} // URL -> new hash, "" = deleted
	flush := func() error {
		if b.Size() == 0 {
			return nil
		}
		b.SetInternal([]byte(hashesKey), encodeHashes(ix.hashes, pending))
		if err := ix.bi.Batch(b); err != nil {
			return fmt.Errorf("indexer: batch: %w", err)
		}
		ix.fc.invalidate()
		applyHashes(ix.hashes, pending)
		clear(pending)
		b.Reset()
		return nil
	}
	for _, d := range docs {
		if b.Size() >= maxBatch {
			if err := flush(); err != nil {
				return Stats{}, err
			}
		}
		if d.URL == "" {
			return Stats{}, errors.New("indexer: document without URL")
		}
		h := d.Hash
		if h == "" {
			h = contentHash(d)
		}
		if old, ok := pending[d.URL]; (ok && old == h) || (!ok && ix.hashes[d.URL] == h) {
			st.Unchanged++
			continue
		}
		if err := b.Index(d.URL, bleveDoc(d)); err != nil {
			return Stats{}, fmt.Errorf("indexer: %s: %w", d.URL, err)
		}
		pending[d.URL] = h
		st.Indexed++
	}
	for _, url := range deleted {
		if _, ok := ix.hashes[url]; ok {
			b.Delete(url)
			pending[url] = ""
			st.Deleted++
		}
	}
	if err := flush(); err != nil {
		return Stats{}, err
	}
	st.Took = time.Since(start)
	return st, nil
}

// hashesKey is the internal key of the hash table.
const hashesKey = "pustaka.hashes"

// encodeHashes returns the table of hashes with pending applied:
// "URL<TAB>hash" lines.
func encodeHashes(hashes, pending map[string]string) []byte {
	var b strings.Builder
	b.Grow(len(hashes) * 64)
	for url, h := range hashes {
		if _, ok := pending[url]; !ok {
			b.WriteString(url + "\t" + h + "\n")
		}
	}
	for url, h := range pending {
		if h != "" {
			b.WriteString(url + "\t" + h + "\n")
		}
	}
	return []byte(b.String())
}

// decodeHashes parses the table written by encodeHashes.
func decodeHashes(data []byte) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		if url, h, ok := strings.Cut(line, "\t"); ok {
			m[url] = h
		}
	}
	return m
}

// applyHashes applies pending changes to hashes.
func applyHashes(hashes, pending map[string]string) {
	for url, h := range pending {
		if h == "" {
			delete(hashes, url)
		} else {
			hashes[url] = h
		}
	}
}

// contentHash hashes every field of d.
func contentHash(d Document) string {
	data, _ := json.Marshal(d) // a Document always marshals
	sum := sha256.Sum256(data)
	return "auto:" + hex.EncodeToString(sum[:16])
}

// bleveDoc converts d to the field map the mapping indexes.
func bleveDoc(d Document) map[string]any {
	lang := docLang(d.Lang)
	text, secs := joinSections(d)
	heads := make([]string, len(d.Headings))
	for i, h := range d.Headings {
		heads[i] = h.Text
	}
	m := map[string]any{
		fTitle:                      d.Title,
		fText:                       text,
		fSecs:                       secs,
		fVersion:                    d.Version,
		fWords:                      distinctChunks(d.Title, d.Summary, strings.Join(heads, "\n"), text),
		fType:                       d.Type,
		fStatus:                     d.Status,
		fTag:                        d.Tags,
		fUnit:                       d.Unit,
		fComp:                       d.Competencies,
		fLang:                       d.Lang,
		langField("title", lang):    d.Title,
		langField("summary", lang):  strings.Join(slices.Concat([]string{d.Summary}, d.Tags, d.Competencies), "\n"),
		langField("headings", lang): strings.Join(heads, "\n"),
		langField("body", lang):     text,
	}
	if lang == "id" {
		m[fPairs] = text // unmapped, so ignored, with a baseline analyzer
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
// section table: one "offset<TAB>anchor" line per section, where
// offset is the byte offset of the section in the text.
func joinSections(d Document) (string, string) {
	if len(d.Sections) == 0 {
		return d.Body, ""
	}
	var text, secs strings.Builder
	for i, s := range d.Sections {
		if i > 0 {
			text.WriteString("\n\n")
		}
		fmt.Fprintf(&secs, "%d\t%s\n", text.Len(), oneLine(s.Anchor))
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
