package content

import (
	"strings"
	"time"

	"github.com/tubei/pustaka/internal/survey"
)

// Page types. A page's Type picks its layout and the front matter keys
// that apply to it.
const (
	TypePolicy     = "policy"     // Kebijakan: policy drafts with Pasal/Ayat
	TypeTraining   = "training"   // Modul Pelatihan
	TypeEvaluation = "evaluation" // Panduan Evaluasi
	TypePage       = "page"       // any other Markdown file
	TypeSection    = "section"    // an _index.md file
)

// Config says how files map to types.
type Config struct {
	Types  map[string]string // first path element -> type (as for the "type" key); nil means DefaultTypes
	Prefix string            // prefix for display file names in diagnostics; "" means "content/"
	Import Import            // front matter of other generators
	Lang   string            // language of a page without lang: the site's; "" means "id"
}

// Import maps the front matter of other generators to Pustaka's, for
// content that was not written for Pustaka (config.yaml "import").
type Import struct {
	Keys  map[string]string // a key as written -> the key it means ("judul" -> "title")
	Types map[string]string // a value of "type" -> a Pustaka type ("guide" -> "training")
}

// key returns the key k means.
func (im Import) key(k string) string {
	if to, ok := im.Keys[k]; ok {
		return to
	}
	return k
}

// typ returns the type value t means.
func (im Import) typ(t string) string {
	if to, ok := im.Types[strings.TrimSpace(t)]; ok {
		return to
	}
	return t
}

// DefaultTypes maps the standard top-level folders of a knowledge base to
// their page types. Treat it as read-only.
var DefaultTypes = map[string]string{
	"kebijakan": TypePolicy,
	"pelatihan": TypeTraining,
	"evaluasi":  TypeEvaluation,
}

func (c Config) types() map[string]string {
	if c.Types == nil {
		return DefaultTypes
	}
	return c.Types
}

func (c Config) lang() string {
	if c.Lang == "" {
		return "id"
	}
	return c.Lang
}

func (c Config) prefix() string {
	if c.Prefix == "" {
		return "content/"
	}
	return c.Prefix
}

// Ref is a reference to another page as written in front matter, with the
// file position of the written target. Resolve fills Page.
type Ref struct {
	Target    string
	Line, Col int
	Page      *Page
}

// Indicator is one performance indicator of an evaluation guide. Target
// keeps the value as written (a number or a phrase); Line is its file line.
type Indicator struct {
	Name, Target, Unit, Method, Frequency string
	Direction                             string // "higher" or "lower" (is better); "" means read it from Target
	Line                                  int
}

// Page is one Markdown file of the content tree with its front matter
// decoded. Fields that do not apply to the page's Type are normally zero.
type Page struct {
	Path    string // slash path inside the content FS, "kebijakan/peningkatan-asn.md"
	File    string // display path for messages: Prefix + Path
	Dir     string // slash dir of Path ("" for root)
	Section string // first path element ("" for files at the root)
	IsIndex bool   // _index.md (gives its folder a title and introduction)
	URL     string // "/kebijakan/peningkatan-asn/"; see the package doc
	Type    string // TypePolicy, TypeTraining, TypeEvaluation, TypePage or TypeSection

	Title, Summary string
	TitleFromFile  bool // no title key: title came from the first "# " heading, else the file name
	Date, Updated  time.Time
	Authors, Tags  []string
	Categories     []string
	Keywords       []string
	Aliases        []string // extra URL paths that should redirect to URL
	Unit           string
	Lang           string // "id" or "en"; default the site's (Config.Lang)
	// Translation (terjemahan, Hugo's translationKey) pairs translations:
	// the pages with the same key in other languages are this page in
	// those languages.
	Translation string
	Draft       bool
	Weight      int // order in lists (also order, sidebar_position, nav_order)
	// Params holds the front-matter keys Pustaka does not use (layout,
	// id, keys of other generators), decoded as YAML, so that nothing
	// written is lost; each was reported with a warning.
	Params map[string]any

	// policy
	Status, Version, Number string
	Effective               time.Time
	Stakeholders            []string
	Related                 []Ref
	Supersedes              *Ref

	// training
	Objectives    []string
	Duration      time.Duration
	Level         string // dasar | menengah | lanjut
	Competencies  []string
	Prerequisites []Ref
	Exam          bool       // ujian: the self-check questions are one exam with one submit
	Pass          int        // lulus: percentage needed to finish; 0 means 100 (see PassMark)
	Mentoring     *Mentoring // mentoring: the plan of a mentoring module; nil for others

	// evaluation
	Indicators []Indicator
	Surveys    []Survey        // survei: the periods of a community-satisfaction survey
	Weights    *survey.Weights // bobot; nil means 1/9 each
	Signature  *Signature      // laporan: unit and signature block of the printed report
	Measured   *DataRef        // realisasi: CSV of measured indicator values

	Body     []byte // Markdown after the front matter
	BodyLine int    // 1-based line in the file where Body starts
	Source   []byte // the whole file as read
	Hash     string // hex sha256 of Source

	urlLine, urlCol int // position of the slug that set URL, if any
	trLine, trCol   int // position of the terjemahan value
}
