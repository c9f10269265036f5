package theme

import (
	"html/template"
	"time"
)

// Data is the value every layout receives as its dot. Layouts reach the
// site through .Site and the page through .Page; .T, .Date and the other
// methods format strings in the page's language.
type Data struct {
	Site *Site
	Page *Page
	// Memo, if set, keeps list entries for the other pages of the same
	// build (see Memo). Output is the same with or without it.
	Memo *Memo

	// Set by Theme.Render on its private copy:
	strings *catalog
	set     *template.Template // the layout being executed
	memo    *Memo              // Memo, when the layout's entries may be kept
	group   int                // the layout's group of list entries, 0 for none
}

// Site describes the whole site: what every page header and footer shows.
type Site struct {
	Title       string
	Description string
	BaseURL     string // absolute base for feeds and sitemaps, e.g. "https://pustaka.tubeikab.go.id"; "" when unknown
	Lang        string // default language: "id" or "en"
	Nav         []Link // top-level sections in weight order, shown in the header
	SearchURL   string // URL of the search page, e.g. "/cari/"
	FeedURL     string // URL of the Atom feed, e.g. "/feed.xml"
	EditURL     string // prefix of a page's edit link; the page's File is appended; "" for none
	Offline     bool   // pages register the service worker /sw.js for offline reading
	Server      bool   // served by `pustaka serve`, which compares any two versions on request (/banding/)
	Built       time.Time
}

// Kinds of pages a layout may be asked to render.
const (
	KindHome     = "home"     // content/_index.md
	KindSection  = "section"  // a folder with or without _index.md
	KindPage     = "page"     // a single document; Type picks the layout
	KindTaxonomy = "taxonomy" // list of all terms: /tag/, /unit/, /kompetensi/
	KindTerm     = "term"     // pages carrying one term: /tag/pelatihan/
	KindSearch   = "search"   // the search page
	KindCompare  = "compare"  // comparison of two versions of a document
	KindMatrix   = "matrix"   // change matrix of a comparison (Page.Compare with Matrix set)
	Kind404      = "404"
)

// Document types. Type picks the single layout: single-policy.html, ...
const (
	TypePolicy     = "policy"
	TypeTraining   = "training"
	TypeEvaluation = "evaluation"
	TypePage       = "page"
	TypeSection    = "section" // a folder's _index.md, as the Type of a list entry (a backlink)
)

// Page is one rendered page. Fields that do not apply to a page's kind or
// type are zero.
type Page struct {
	Kind    string
	Type    string
	URL     string // site-relative URL with trailing slash, e.g. "/kebijakan/peningkatan-kualitas-asn/"
	File    string // source file for edit hints, e.g. "content/kebijakan/x.md"; "" for generated pages
	Lang    string // "id" or "en"
	Title   string
	Summary string
	Content template.HTML // rendered Markdown body
	TOC     []Heading     // table of contents; nil for short pages
	// Large is set for a document over markdown.large: its contents
	// stand at the top, compact (TOCEntry.Run), on every screen, and its
	// text is laid out as the reader reaches it.
	Large bool
	Draft bool

	Date    time.Time
	Updated time.Time
	Authors []string
	Tags    []Link // each to its term page
	Unit    *Link  // to the unit's term page

	// Policy
	Status       string // draft | consultation | approved | revoked
	Version      string // "Draf II", "1.2"
	Number       string // regulation number
	Effective    time.Time
	Stakeholders []string
	Related      []Link
	Supersedes   *Link
	SupersededBy []Link

	// Training module
	Objectives    []string
	Duration      time.Duration
	Level         string // dasar | menengah | lanjut
	Competencies  []Link // each to its term page
	Prerequisites []Link
	LearningPath  *LearningPath
	Progress      *Progress  // self-check questions and progress of the module
	Mentoring     *Mentoring // mentoring plan; also set on the KindLogbook page

	// Evaluation guide
	Indicators []Indicator
	Survey     *Survey       // community-satisfaction survey results (survei key); also set on KindReport
	Period     *SurveyPeriod // KindReport: the period reported

	// Translations are this page in other languages (pages with the same
	// terjemahan key), for hreflang links and the language switch.
	Translations []Translation

	Backlinks   []Link          // pages that reference this one ("Dirujuk oleh")
	Breadcrumbs []Link          // from the home page down to the parent; excludes the page itself
	Children    []Link          // section/home/term pages: the pages listed, in order
	Sections    []Link          // section/home pages: sub-sections
	Terms       []Term          // taxonomy pages: all terms with counts
	Paths       []*LearningPath // home: every learning path; a training section: its own

	Sheet *Sheet // set for KindSheet

	Versions []Version   // version history, newest first; nil when a document has one version
	Old      *OldVersion // set when this page shows an old version of a document
	Compare  *Compare    // set for KindCompare
	Search   *Search     // set for KindSearch
}

// Link points at another page. Fields beyond Title and URL are filled when
// the target is a document, so lists can show badges.
type Link struct {
	Title   string
	URL     string
	Type    string
	Status  string
	Version string
	Summary string
	Date    time.Time
	Count   int    // term links: number of pages
	Lang    string // set when the page is in another language than the list
}

// Translation is a page in another language.
type Translation struct {
	Lang  string // "en"
	Title string // in that language
	URL   string
}

// Heading is one entry of a table of contents.
type Heading struct {
	Level int
	ID    string
	Text  string
}

// LearningPath is the ordered list of modules of one training section.
type LearningPath struct {
	Title    string
	URL      string
	SheetURL string // the path's completion sheet
	All      []Link // every module, in weight order
	Items    []Link // in weight order; layouts mark the one whose URL is the page's
	Before   int    // modules before Items not listed (a long path shows a window around the page)
	After    int    // modules after Items not listed
	Prev     *Link
	Next     *Link
}

// Start is the number of the first listed module in the whole path.
func (lp *LearningPath) Start() int { return lp.Before + 1 }

// Indicator is one row of an evaluation guide's indicator table.
type Indicator struct {
	Name      string
	Target    string
	Unit      string
	Method    string
	Frequency string
	Lower     bool          // lower values are better
	Values    []Measure     // measured values by period (realisasi key), oldest first
	Trend     template.HTML // small SVG chart of Values against the target; "" with fewer than two
}

// Latest returns the last measured value, or nil.
func (i Indicator) Latest() *Measure {
	if len(i.Values) == 0 {
		return nil
	}
	return &i.Values[len(i.Values)-1]
}

// Term is one value of a taxonomy (a tag, a unit, a competency).
type Term struct {
	Name  string
	URL   string
	Count int
}

// Version is one entry of a document's version history.
type Version struct {
	ID          string // history id or git revision
	Label       string // front-matter version, e.g. "Draf II"
	Date        time.Time
	Author      string
	Status      string
	Added       int    // words added relative to the previous version
	Removed     int    // words removed relative to the previous version
	URL         string // the rendered old version; "" for the current one
	ComparePrev string // compare page against the previous version; "" when none
	CompareCur  string // compare page against the current version; "" for the current one
	Current     bool
	// Working marks an unnamed working state (serve only, for the person
	// editing): named by its time and Size, never published.
	Working bool
	Size    int // bytes of the version's source
}

// OldVersion marks a page that renders an old version of a document.
type OldVersion struct {
	Label      string
	Date       time.Time
	CurrentURL string
}

// Compare is the comparison of two versions of one document.
type Compare struct {
	DocTitle   string
	DocURL     string
	From, To   Version
	Inline     template.HTML // word-level inline diff (ins/del marked)
	SideBySide template.HTML // the same comparison as two columns
	Meta       []MetaChange  // changed front-matter fields
	Added      int
	Removed    int
	Changed    []Link  // headings (Pasal) whose text changed, linking into Inline: "Pasal 12 (dahulu Pasal 11)"
	Outline    string  // numbered headings added, removed, renumbered: "Pasal 10 baru; Pasal 10–15 menjadi Pasal 11–16"
	CompareURL string  // the comparison page
	MatrixURL  string  // its change matrix page; "" when none
	Matrix     *Matrix // set for KindMatrix
}

// Matrix is a change matrix (matriks perubahan): one row per changed
// Pasal or ayat, the two wordings side by side.
type Matrix struct {
	Headers []string // No, Pasal, Rumusan Draf I, Rumusan Draf II, Keterangan
	Rows    []MatrixRow
}

// MatrixRow is one changed Pasal or ayat of a Matrix.
type MatrixRow struct {
	No         int
	Pasal      string        // "Pasal 12 (dahulu Pasal 11)"
	Old, New   template.HTML // the wordings, word changes marked
	Keterangan string        // "diubah: <reviewer's note>"
	Kind       string        // added, changed, deleted or moved
}

// MetaChange is one front-matter field that differs between two versions.
type MetaChange struct {
	Field    string // display name in the page's language
	From, To string
}

// Search is the state of the search page, rendered by the server; on a
// static host Available is false and the page says search needs the server.
type Search struct {
	Available  bool
	Query      string
	Total      uint64
	Took       time.Duration
	Hits       []SearchHit
	Facets     []Facet
	Suggestion string // "Maksud Anda: ..." query, when the query had no hits
	Active     int    // filters in force, which the "Saring" button counts
	Sort       string // "" or "relevance" (best first), "date" (newest first)
	Error      string // message for a bad query
	Page       int
	PrevURL    string
	NextURL    string
}

// SearchHit is one search result: a page, with the sections of it that
// match as sub-results.
type SearchHit struct {
	Title     string
	URL       string // the page, with ?cari= naming the words to highlight on it
	Type      string
	Status    string
	Date      time.Time
	Fragments []template.HTML // HTML-escaped text with <mark> around matches
	Sections  []SearchSection
}

// SearchSection is a section of a hit's page that matches the query.
type SearchSection struct {
	Heading  string        // "" for the text before the first heading
	URL      string        // the page's URL with ?cari= and the section's anchor
	Fragment template.HTML // HTML-escaped text with <mark> around matches
}

// Facet is one filter dimension with its values and counts.
type Facet struct {
	Name   string // "type", "status", "tag", "unit", "competency", "year"
	Values []FacetValue
}

// FacetValue is one value of a facet.
type FacetValue struct {
	Value    string
	Count    int
	Selected bool
	URL      string // search URL with this filter toggled
}
