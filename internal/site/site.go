// Package site builds a Pustaka site: content/ Markdown -> pages -> theme
// layouts -> an in-memory Output that is written to public/ or served.
//
// # Building
//
// A Site is owned by one goroutine, which alone calls its methods. What
// other goroutines need of it they get as values that never change once
// made (SiteView, Theme; package service hands them over, with the
// sources.Rules it makes from Config, in one snapshot). Which files are
// content, and the walk that finds them, belong to package sources; the
// versions of a document to package history. Build reads everything; Rebuild takes the changes (paths
// relative to the site folder, each written or removed) and redoes only
// what depends on them:
//
//   - a written content file is read and parsed once (its size and time
//     taken from the open file); a removed one is dropped without looking
//     at the disk; a change under content/ to anything but a content file
//     makes the tree be walked (sources.Walk) and every file compared by
//     size and modification time;
//   - a page whose links now resolve differently (a target appeared,
//     vanished or moved) is re-rendered too;
//   - every page's view (title, lists, backlinks, learning path, taxonomy
//     terms, navigation) is recomputed, which is cheap, and a page's layout
//     is executed again only when its view differs from the last build;
//   - a change to a data file of an evaluation guide (a CSV file under
//     content/ or data/ that its survei or realisasi key names) re-reads
//     that guide alone: its page, printable reports and open data;
//   - a change to config.yaml, the theme, layouts/ or static/ reloads them and
//     executes every layout again (Markdown is re-parsed only if the
//     Markdown options changed).
//
// Errors never stop a build: a page with an error in its front matter is
// built from what could be read, a page whose layout fails keeps its last
// good output, and every problem is returned as a Diagnostic with
// file:line:col. Callers decide: `pustaka build` writes nothing when there
// are errors; `pustaka serve` publishes and shows the errors in the browser.
//
// # URLs
//
// content/kebijakan/x.md is published at /kebijakan/x/ (file
// /kebijakan/x/index.html); content/kebijakan/_index.md gives /kebijakan/
// its title and introduction; folders without _index.md still get a list
// page. Taxonomy pages: /tag/, /unit/, /kompetensi/ and one page a term.
// Also written: /cari/ (search), /404.html, /sitemap.xml, /feed.xml,
// /robots.txt, and the theme's static files.
package site

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"time"

	"github.com/tubei/pustaka/indexer"
	"github.com/tubei/pustaka/internal/config"
	"github.com/tubei/pustaka/internal/content"
	"github.com/tubei/pustaka/internal/history"
	"github.com/tubei/pustaka/internal/render"
	"github.com/tubei/pustaka/internal/theme"
	"github.com/tubei/pustaka/themes"

	"github.com/tubei/pustaka/internal/message"
)

// Options say where a site is and how to build it.
type Options struct {
	Dir        string // the site folder (holding content/, config.yaml, ...)
	ConfigFile string // config file; "" means Dir/config.yaml
	Drafts     bool   // also publish pages with draft: true
	Strict     bool   // broken links and anchors are errors (also strict: true in config.yaml)
	ReadOnly   bool   // record no versions in the history store (check, tests)
	NoHistory  bool   // neither record nor read versions (no history pages)
	NoIndex    bool   // make no search documents (nothing will be indexed)
	Stage      *Stage // write output files here as they are made, keeping no bodies in memory
	Compress   bool   // keep page bodies gzip-compressed (File.Gzip) instead of plain
	// DeferVersions lets a rebuild that only re-renders edited documents
	// publish their pages first: recording their new versions and making
	// their version and comparison pages wait for Settle (serve).
	DeferVersions bool
	// WorkingStates lists a document's unnamed working states in its
	// version history beside its named versions and commits (serve, for
	// the person editing). A build for publishing never sets it: working
	// states stay in the history store.
	WorkingStates bool
	// Server says the pages are served by `pustaka serve`, which compares
	// any two versions on request (ComparePath): the compare form shows
	// without JavaScript. A static build keeps it hidden until its script
	// finds such a server.
	Server bool
	// KeepLastGood (serve): a file whose front matter now has errors
	// keeps the page of its last version without them, which goes on
	// being served (the errors are reported, and Result.Kept names the
	// file), instead of a page made from what could be read. A build
	// for publishing stops on the errors instead.
	KeepLastGood bool
}

// Site is the state of a built site, kept between rebuilds.
type Site struct {
	opts     Options
	cfg      *config.Config
	theme    *theme.Theme
	md       *render.Renderer // parses every body; renders those in the site's language
	mdOpts   render.Options
	mdOther  *render.Renderer // renders bodies in the other language (its anchor label)
	otherOpt render.Options
	entries  map[string]*entry // by content path, e.g. "kebijakan/x.md"
	views    map[string]*view  // by output file, e.g. "/kebijakan/x/index.html"
	out      *Output
	siteErr  []Diagnostic // config/theme problems of the last load
	static   map[string]*File
	lastSite *theme.Site
	docURLs  map[string]bool // documents given to the search index

	li         *linkIndex            // link resolution of the last full build
	tree       *tree                 // structure of the last full build
	refDiags   content.Diagnostics   // front-matter reference problems
	scanDiags  []Diagnostic          // problems reading content/
	histDiags  []Diagnostic          // problems opening the history
	tmplDiags  map[string]Diagnostic // layout errors by output file
	oldHistory map[string][]string   // version/compare pages of a document before its last change

	writeErrs sync.Map   // output name -> error writing it to the Stage
	gz        compressor // for Options.Compress
	pending   *deferred  // work a rebuild left to Settle

	data     map[string]*dataFile       // data files of evaluation guides by site-relative path
	dataDeps map[string]map[string]bool // data file -> content paths of the guides reading it

	src  history.Sources        // the store and git versions of documents
	hist map[string]*docHistory // by content path

	recording    chan []Diagnostic // the record running beside rendering (startRecord), if any
	beforeRecord func()            // if set, called before a record starts (tests)
	recDiags     []Diagnostic      // diagnostics of the record, for Rebuild
	unrecorded   []string          // content paths a build into a Stage left for RecordVersions
}

// Diagnostic is a problem with a file of the site.
type Diagnostic = content.Diagnostic

// Stats counts what one build did.
type Stats struct {
	Pages    map[string]int // published documents per type
	Rendered int            // Markdown bodies rendered
	Executed int            // layouts executed (views that changed)
	Written  int            // output files that changed
	Took     time.Duration
	// Read and History are parts of Took: loading the settings and
	// reading content/, and reading the version store and git.
	Read, History time.Duration
}

// Result is the outcome of Build or Rebuild.
type Result struct {
	Output  *Output
	Diags   content.Diagnostics
	Changed []string // output paths whose bytes changed or were removed
	Stats   Stats
	Docs    []indexer.Document // search documents whose source changed or that are new
	Deleted []string           // URLs of documents no longer published
	All     []indexer.Document // every published document, for a full index sync
	// Kept names the content files (as diagnostics name them) whose
	// front matter has errors and whose last good page is shown
	// (Options.KeepLastGood).
	Kept []string
}

// New returns an unbuilt site.
func New(opts Options) *Site {
	if opts.ConfigFile == "" {
		opts.ConfigFile = filepath.Join(opts.Dir, "config.yaml")
	}
	return &Site{opts: opts, entries: map[string]*entry{}, views: map[string]*view{}, out: &Output{Files: map[string]*File{}},
		tmplDiags: map[string]Diagnostic{}, oldHistory: map[string][]string{},
		data: map[string]*dataFile{}, dataDeps: map[string]map[string]bool{}}
}

// Strict reports whether broken links and anchors are errors: by
// Options.Strict or by strict: true in config.yaml.
func (s *Site) Strict() bool { return s.opts.Strict || s.cfg != nil && s.cfg.Strict }

// contentConfig says how content files are read: by the folder types,
// import settings and language of config.yaml.
func (s *Site) contentConfig() content.Config { return contentConfig(s.cfg) }

func contentConfig(cfg *config.Config) content.Config {
	return content.Config{Types: cfg.Types, Import: content.Import{Keys: cfg.Import.Keys, Types: cfg.Import.Type}, Lang: cfg.Lang}
}

// Config returns the configuration of the last build.
func (s *Site) Config() *config.Config { return s.cfg }

// Theme returns the theme of the last build.
func (s *Site) Theme() *theme.Theme { return s.theme }

// SiteView returns what layouts receive as .Site in the last build. It is
// never modified after the build that made it.
func (s *Site) SiteView() *theme.Site { return s.lastSite }

// Output returns the output of the last build.
func (s *Site) Output() *Output { return s.out }

// loadSettings reads config.yaml and the theme. On error the previous
// settings stay in force (if any) and the error is reported.
func (s *Site) loadSettings() []Diagnostic {
	var diags []Diagnostic
	rel := s.rel(s.opts.ConfigFile)
	cfg, err := config.Load(s.opts.ConfigFile, rel)
	if err != nil {
		diags = append(diags, configDiags(rel, err)...)
		if s.cfg == nil {
			cfg = config.Default()
		} else {
			cfg = s.cfg
		}
	}
	th, err := s.loadTheme(cfg)
	if err != nil {
		diags = append(diags, Diagnostic{File: "themes/" + cfg.Theme, Msg: message.Of(err)})
		th = s.theme
		if th == nil {
			th, err = theme.Load(themes.Default, "themes/default", nil)
			if err != nil {
				diags = append(diags, Diagnostic{File: "themes/default", Msg: message.Of(err)})
			}
		}
	}
	if s.cfg != nil && !reflect.DeepEqual(s.contentConfig(), contentConfig(cfg)) {
		for _, e := range s.entries {
			e.size = -1 // folder types or import settings changed: every file is read again
		}
	}
	s.cfg, s.theme = cfg, th
	htmlMode, _ := render.ParseHTMLMode(cfg.Markdown.HTML) // checked by config; "" is safe
	mdOpts := render.Options{HTML: htmlMode, TOCMin: cfg.Markdown.TOCMin, Quiz: quizLabels(th, cfg.Lang), Callouts: calloutLabels(th, cfg.Lang)}
	if th != nil {
		mdOpts.BrokenLinkTitle = th.T(cfg.Lang, "link.broken")
		mdOpts.AnchorLabel = th.T(cfg.Lang, "anchor")
	}
	otherOpt := mdOpts
	if th != nil {
		other := otherLang(cfg.Lang)
		otherOpt.Quiz, otherOpt.BrokenLinkTitle, otherOpt.AnchorLabel = quizLabels(th, other), th.T(other, "link.broken"), th.T(other, "anchor")
		otherOpt.Callouts = calloutLabels(th, other)
	}
	if s.md == nil || mdOpts != s.mdOpts || otherOpt != s.otherOpt {
		s.md, s.mdOpts = render.New(mdOpts), mdOpts
		s.mdOther, s.otherOpt = render.New(otherOpt), otherOpt
		for _, e := range s.entries {
			e.dirty = true
		}
	}
	return diags
}

// configDiags are the problems of config.yaml, read as the file rel: each
// mistake of a config.Error at its own line and column, else the error
// (a file that cannot be read) at the file.
func configDiags(rel string, err error) []Diagnostic {
	var ce *config.Error
	if !errors.As(err, &ce) {
		return []Diagnostic{{File: rel, Msg: message.Of(err), Kind: content.KindSetting}}
	}
	diags := make([]Diagnostic, len(ce.Problems))
	for i, p := range ce.Problems {
		diags[i] = Diagnostic{File: rel, Line: p.Line, Col: p.Col, Msg: p.Msg, Kind: content.KindSetting}
	}
	return diags
}

// renderer returns the renderer for a body in lang: the one whose heading
// anchors are labelled in that language. Either renders a Doc either parsed.
func (s *Site) renderer(lang string) *render.Renderer {
	if lang != "" && lang != s.cfg.Lang {
		return s.mdOther
	}
	return s.md
}

// otherLang is the site's second language: English for an Indonesian site.
func otherLang(lang string) string {
	if lang == "en" {
		return "id"
	}
	return "en"
}

// loadTheme loads the site's own themes/<name>/ if present, else the
// embedded default theme, with the site's layouts/ as overrides.
func (s *Site) loadTheme(cfg *config.Config) (*theme.Theme, error) {
	var override fs.FS
	if dir := filepath.Join(s.opts.Dir, "layouts"); isDir(dir) {
		override = os.DirFS(dir)
	}
	own := filepath.Join(s.opts.Dir, "themes", cfg.Theme)
	if isDir(own) {
		return theme.Load(os.DirFS(own), "themes/"+cfg.Theme, override)
	}
	if cfg.Theme != "default" {
		return nil, &os.PathError{Op: "theme", Path: "themes/" + cfg.Theme, Err: fs.ErrNotExist}
	}
	return theme.Load(themes.Default, "themes/default", override)
}

func (s *Site) rel(path string) string {
	if r, err := filepath.Rel(s.opts.Dir, path); err == nil && !filepath.IsAbs(r) && r != "" && r[0] != '.' {
		return filepath.ToSlash(r)
	}
	return path
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// calloutLabels are the titles of callouts written without one, in
// language lang.
func calloutLabels(th *theme.Theme, lang string) render.CalloutLabels {
	if th == nil {
		return render.CalloutLabels{}
	}
	t := func(k string) string { return th.T(lang, "callout."+k) }
	return render.CalloutLabels{Note: t("note"), Info: t("info"), Tip: t("tip"), Important: t("important"),
		Warning: t("warning"), Caution: t("caution"), Danger: t("danger"), Details: t("details")}
}

// quizLabels are the words of the question forms in the site's language.
func quizLabels(th *theme.Theme, lang string) render.QuizLabels {
	if th == nil {
		return render.QuizLabels{}
	}
	t := func(k string) string { return th.T(lang, k) }
	return render.QuizLabels{Question: t("soal.question"), Show: t("soal.show"), Answer: t("soal.answer"),
		Check: t("soal.check"), True: t("soal.true"), False: t("soal.false"), Yours: t("soal.yours"),
		Multiple: t("soal.multiple"), Accepted: t("soal.or")}
}
