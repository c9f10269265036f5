package indexer

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Document is one page of a Pustaka site as the search index sees it.
type Document struct {
	URL          string    // unique id, e.g. "/kebijakan/x/"
	Title        string    // page title
	Summary      string    // short description from front matter
	Headings     []Heading // headings in document order
	Sections     []Section // body text split by heading, for deep links
	Body         string    // full plain text; read only when Sections is empty
	Tags         []string  // free tags
	Competencies []string  // ASN competencies the page trains or evaluates
	Unit         string    // organisational unit (OPD) responsible
	Type         string    // kebijakan, modul, panduan, ...
	Status       string    // draft, consultation, approved, revoked
	Version      string    // document version label
	Lang         string    // "id" (default) or "en"
	Date         time.Time // publication date
	Updated      time.Time // last change
	Hash         string    // content hash; Update skips documents whose hash is unchanged
}

// Heading is one heading of a document with its anchor id.
type Heading struct {
	Text   string
	Anchor string
}

// Section is the text below one heading, up to the next heading.
// The section before the first heading has an empty Anchor and Heading.
// Text is its prose; Aside holds what the section shows but does not
// say in prose: code blocks, file listings, lists that only link to
// other pages or that list other documents by number and year. Aside is searched at a fraction of the body's weight
// (a catalog of titles must not outrank the documents it lists, nor a
// folder listing the pages about the folder's topic) and is not shown
// in fragments.
type Section struct {
	Anchor  string
	Heading string
	Text    string
	Aside   string
}

// Options configure Open.
type Options struct {
	// Path is the index directory. Empty means an in-memory index.
	Path string
	// Roots and Exceptions extend the Indonesian stemmer dictionary
	// with a site's own root words and word->root exceptions.
	Roots      []string
	Exceptions map[string]string
	// Synonyms are site-specific synonym groups added to the
	// embedded list (data/synonyms.txt).
	Synonyms [][]string
	// Text names how the documents' text was made from their sources
	// (site.TextVersion): an index made with another is rebuilt, as for
	// other analysis settings, since documents whose source did not change
	// are not sent again.
	Text string
	// Analyzer replaces the Indonesian analyzer of Indonesian text by
	// another registered bleve analyzer; "" means ours. "standard" builds
	// the baseline that relevance comparisons measure against.
	Analyzer string
	// Batch is the most documents an update hands bleve at once (two
	// batches run at a time); 0 means DefaultBatch. Larger batches make
	// fewer, larger segments and so less merging, for more memory: at
	// 10,000 pages, 500 took 3 CPU-s less than 250 (of 28) for a peak of
	// 1.35-1.43 GiB instead of 1.11-1.12.
	Batch int
	// NoCompact: Sync leaves the segments as bleve's merging left them
	// instead of merging a fully reindexed index into one. For a one-shot
	// build at 10,000 pages that is 1-1.5 s less of about 17, for an
	// index 6 % larger whose searches measured the same (p50 3.0-3.1 ms
	// against 3.0, p99 9.0-9.4 against 9.1; a server's merging goes on
	// when it opens the index).
	NoCompact bool
	// Logf receives messages such as "index rebuilt"; nil discards them.
	Logf func(format string, args ...any)
	// ReadOnly opens an existing index for searching only: nothing is
	// written, and other read-only opens may share it, while a process
	// that has it open for writing keeps it to itself. An index that is
	// missing or was built with other settings is not recreated: Open
	// fails with an error that wraps ErrNoIndex. Update and Sync fail.
	ReadOnly bool
	// LockTimeout is how long Open waits for another process that has
	// the index open (bolt's file lock on root.bolt) before it fails
	// with an error that wraps ErrLocked; 0 waits as long as it takes.
	LockTimeout time.Duration
	// Searches is the most uncached searches that run at once; others
	// wait for a place in arrival order (see gate). 0 means GOMAXPROCS.
	Searches int
}

// Errors of Open.
var (
	// ErrLocked: another process has the index open (Options.LockTimeout).
	ErrLocked = errors.New("the search index is in use by another process")
	// ErrNoIndex: a read-only Open found no usable index.
	ErrNoIndex = errors.New("no search index")
)

// ErrOverloaded is the error of a Search whose context ended while it
// waited for a place (Options.Searches); it also wraps the context's
// error.
var ErrOverloaded = errors.New("the search waited too long for a place")

// DefaultBatch is the batch size of Options.Batch 0.
const DefaultBatch = 250

// Stats reports what Update or Sync did.
type Stats struct {
	Indexed   int           // documents (re)indexed
	Deleted   int           // documents removed
	Unchanged int           // documents skipped because their hash was unchanged
	Compacted bool          // Sync merged the index into one segment
	Took      time.Duration // wall time
}

// Request is one search request, as the /api/search endpoint receives it.
type Request struct {
	Query      string // query language, see the package doc
	Type       string // filter on document type
	Status     string // filter on status
	Tag        string // filter on tag
	Unit       string // filter on unit
	Competency string // filter on competency
	Year       int    // filter on the year of Date; 0 means any
	Sort       string // "", "relevance" or "date" (newest first)
	Page       int    // 1-based; 0 means 1
	Size       int    // hits per page; 0 means 10, at most 50
	Highlight  bool   // fill Hit.Fragments
	// NoFacets leaves Result.Facets nil and skips counting them, the
	// largest part of the cost of a broad query: search as you type
	// needs hits on every keystroke, facet counts only once it settles.
	NoFacets bool
}

// Result is one page of search results.
type Result struct {
	Total      uint64        // number of matching documents
	Took       time.Duration // search time
	Hits       []Hit         // this page of hits
	Facets     []Facet       // counts per type, status, tag, unit, competency, year; nil with Request.NoFacets
	Suggestion string        // corrected query when the result came from typo tolerance
	Query      string        // the query as understood (normalised)
}

// Hit is one matching page: the one shape of a search hit, which
// /api/search and `pustaka search --json` both write (see MarshalJSON).
// URL is the page's; the page's best sections come with it, each with
// its own anchor, as documentation search shows them.
type Hit struct {
	URL       string       `json:"url"` // the page, without an anchor
	Title     string       `json:"title"`
	Type      string       `json:"type"`
	Status    string       `json:"status"`
	Version   string       `json:"version"`
	Lang      string       `json:"lang"`
	Date      time.Time    `json:"-"` // written as "date": "YYYY-MM-DD", "" when unknown
	Score     float64      `json:"score"`
	Fragments []string     `json:"fragments"` // of the best section: HTML-escaped text with <mark>…</mark> around matches
	Sections  []SectionHit `json:"sections"`  // the sections that match, best first (at most 3)
}

// UnmarshalJSON reads what MarshalJSON writes (a client of /api/search).
func (h *Hit) UnmarshalJSON(b []byte) error {
	type plain Hit
	var v struct {
		plain
		Date string `json:"date"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*h = Hit(v.plain)
	if v.Date != "" {
		d, err := time.Parse(time.DateOnly, v.Date)
		if err != nil {
			return fmt.Errorf("indexer: hit date: %w", err)
		}
		h.Date = d
	}
	return nil
}

// SectionHit is a section of a page that matches the query.
type SectionHit struct {
	Anchor   string `json:"anchor"`   // the heading's anchor; "" for the text before the first heading
	Heading  string `json:"heading"`  // the heading's text; "" for the text before the first heading
	Fragment string `json:"fragment"` // HTML-escaped text with <mark>…</mark>; "" without Request.Highlight
}

// MarshalJSON writes h with its date as "YYYY-MM-DD" ("" when unknown)
// and empty lists as [] rather than null.
func (h Hit) MarshalJSON() ([]byte, error) {
	type plain Hit
	p := plain(h)
	if p.Fragments == nil {
		p.Fragments = []string{}
	}
	if p.Sections == nil {
		p.Sections = []SectionHit{}
	}
	date := ""
	if !h.Date.IsZero() {
		date = h.Date.Format(time.DateOnly)
	}
	return json.Marshal(struct {
		plain
		Date string `json:"date"`
	}{p, date})
}

// Facet is the value counts of one facet field.
type Facet struct {
	Name   string // "type", "status", "tag", "unit", "competency", "year"
	Values []FacetValue
}

// FacetValue is one value of a facet with its document count.
type FacetValue struct {
	Value string
	Count int
}

// QueryError is a bad query or bad request parameter. The server
// answers it with HTTP 400 and shows the message to the user; the
// message is Indonesian (the package doc lists the English meanings).
type QueryError struct {
	Pos int    // byte offset in the query, or -1 for a parameter error
	Msg string // Indonesian message
}

// Error returns the message with the position, e.g.
// "tanda kutip tidak ditutup (posisi 7)".
func (e *QueryError) Error() string {
	if e.Pos < 0 {
		return e.Msg
	}
	return fmt.Sprintf("%s (posisi %d)", e.Msg, e.Pos+1)
}
