package indexer

import (
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"time"
	"unsafe"

	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// Reading a page of hits. Asked for stored fields, bleve looks each hit
// up again by its id and copies every stored value twice (into a
// document, then into a string); term locations need a second search
// over the hits. Those copies were half of the memory a query
// allocated, and so of the garbage collections that slow the queries
// they overlap. Instead a heldQuery keeps the index snapshot the search
// ran on, and the hits are read from it by internal document number:
// the stored values a Hit shows, copied once, and the locations of the
// query's body terms: from the stored locations of an Indonesian body
// (locsSpans), and for an English one from one term reader per term.

// heldQuery runs a query and keeps the scorch snapshot it ran on until
// release.
type heldQuery struct {
	query.Query
	snap *scorch.IndexSnapshot
}

// Searcher notes the snapshot and returns the query's searcher.
func (q *heldQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	if s, ok := r.(*scorch.IndexSnapshot); ok && q.snap == nil {
		s.AddRef()
		q.snap = s
	}
	return q.Query.Searcher(ctx, r, m, opts)
}

// release lets the snapshot go; q may be nil.
func (q *heldQuery) release() {
	if q != nil && q.snap != nil {
		q.snap.DecRef()
		q.snap = nil
	}
}

// stored holds the stored fields of one document. Its text aliases the
// scratch buffer load was given (the body is most of the bytes a page of
// hits reads, and all a hit keeps of it are fragments rendered anew):
// it is valid until the next load into that buffer, and nothing made
// from it may keep a substring of it.
type stored struct {
	title, typ, status, version, lang string
	text, secs                        string
	date                              time.Time
}

// docNum is the internal number of a match in its snapshot.
func docNum(dm *search.DocumentMatch) uint64 {
	return binary.BigEndian.Uint64(dm.IndexInternalID)
}

// load reads the stored fields of document n of snap (the text into
// scratch, see stored), and appends to spans the occurrences of the
// terms located that its stored locations (fLocs) list: read in place,
// they are not copied. Internal numbers
// run through the segments in order, each segment counting its deleted
// documents too, as scorch numbers them.
func load(snap *scorch.IndexSnapshot, n uint64, located []string, spans []span, scratch *[]byte) (stored, []span, error) {
	var off uint64
	for _, ss := range snap.Segments() {
		count := ss.Segment().Count()
		if n >= off+count {
			off += count
			continue
		}
		var d stored
		err := ss.VisitDocument(n-off, func(field string, _ byte, v []byte, _ []uint64) bool {
			switch field {
			case fTitle:
				d.title = string(v)
			case fType:
				d.typ = string(v)
			case fStatus:
				d.status = string(v)
			case fVersion:
				d.version = string(v)
			case fLang:
				d.lang = string(v)
			case fText:
				*scratch = append((*scratch)[:0], v...)
				d.text = unsafe.String(unsafe.SliceData(*scratch), len(*scratch))
			case fSecs:
				d.secs = string(v)
			case fLocs:
				if len(located) > 0 {
					spans = locsSpans(v, located, spans)
				}
			case fDate:
				if t, _, err := document.NewDateTimeFieldFromBytes(field, nil, v).DateTime(); err == nil {
					d.date = t
				}
			}
			return true
		})
		return d, spans, err
	}
	return stored{}, spans, fmt.Errorf("indexer: no document numbered %d", n)
}

// fieldTerm is a term of one field.
type fieldTerm struct{ field, term string }

// spansOf returns, for each hit (by internal number), the locations of
// terms in the stored text, read from the term vectors of snap: one
// term reader per term, advanced through the hits in number order.
func spansOf(ctx context.Context, snap *scorch.IndexSnapshot, terms []fieldTerm, hits search.DocumentMatchCollection) (map[uint64][]span, error) {
	nums := make([]uint64, len(hits))
	for i, h := range hits {
		nums[i] = docNum(h)
	}
	slices.Sort(nums)
	nums = slices.Compact(nums)
	out := make(map[uint64][]span, len(nums))
	var tfd index.TermFieldDoc
	id := make(index.IndexInternalID, 8)
	for _, ft := range terms {
		r, err := snap.TermFieldReader(ctx, []byte(ft.term), ft.field, true, false, true)
		if err != nil {
			return nil, err
		}
		for _, n := range nums {
			binary.BigEndian.PutUint64(id, n)
			d, err := r.Advance(id, tfd.Reset())
			if err != nil {
				r.Close()
				return nil, err
			}
			if d == nil {
				break // past the last document holding the term
			}
			if !d.ID.Equals(id) {
				continue
			}
			for _, v := range d.Vectors {
				if v.Field == ft.field {
					out[n] = append(out[n], span{int(v.Start), int(v.End), ft.term})
				}
			}
		}
		if err := r.Close(); err != nil {
			return nil, err
		}
	}
	return out, nil
}
