// Package theme loads a Pustaka theme and renders pages with it.
//
// # Theme layout
//
// A theme is an fs.FS holding three folders:
//
//	layouts/           html/template files
//	layouts/partials/  shared pieces; each file defines named templates
//	static/            files published at the site root (css/, js/, img/)
//	i18n/              UI strings, one flat YAML map per language (id.yaml, en.yaml)
//
// layouts/base.html is the page skeleton. It calls {{block "main" .}} (and
// "title", "head") and the partials' defined templates ("header",
// "footer", "breadcrumbs", "badge", ...). Every other top-level file in
// layouts/ is a page layout: it redefines "main" and is parsed together
// with base.html and all partials, once, in Load.
//
// The default theme's partials define these templates; an override of a
// partial file must define the same names. Those marked (arg) take
// (arg $ value), the others the page's *Data:
//
//	header, searchbox (arg: id suffix), footer, breadcrumbs, oldbanner,
//	printinfo, supersede, meta, toc, tags, related, backlinks, docfoot,
//	versions, versionpick, path, badge (arg: status), list (arg: []Link),
//	list-item (arg: Link; one entry of a list)
//
// A site may override any file by putting a file with the same name in its
// own layouts/ folder (passed to Load as site); it may also add layouts,
// for example single-report.html for documents of type "report".
//
// # Picking a layout
//
// Render picks the layout from Page.Kind and Page.Type:
//
//	home      home.html
//	section   section.html
//	page      single-<type>.html when the theme has it, else single.html
//	taxonomy  taxonomy.html
//	term      term.html (tags, units and competencies)
//	search    search.html
//	compare   compare.html
//	404       404.html
//
// # What layouts see
//
// The dot is a *Data. Besides .Site and .Page, layouts call its methods:
// .T "key" for UI strings, .Date, .StatusLabel, .LevelLabel, .TypeLabel,
// .Duration, .FacetLabel and .Lang. All strings come from the theme's
// i18n files in the page's language (Page.Lang, else Site.Lang, else
// "id"); a key missing there falls back to the Indonesian string. Load
// rejects a layout that uses a key the Indonesian file lacks.
//
// Two template functions are defined. arg pairs the page data with a
// value so a partial can format it: {{template "badge" (arg $ .Status)}}
// gives the partial .D (the *Data) and .V (the status). listitems $.D
// .V returns the entries of a []Link, each the output of "list-item" for
// one Link, as {{range .V}}{{template "list-item" (arg $.D .)}}{{end}}
// would write them.
//
// # List entries made once
//
// A document is listed on many pages: its section, each of its term
// pages, the backlinks of the pages it refers to. When the Data of every
// page of a build carries the same Memo, listitems executes "list-item"
// once per link and language and reuses the HTML on the other pages. An
// entry may therefore show the link, in the page's language, and nothing
// else of the page; the default theme's entries do. Entries are not kept
// for a layout whose "list-item" or a template it calls comes from the
// site's own layouts/, which may show more.
//
// # Errors
//
// Errors name the template file as the user sees it, with line (and column
// for execution errors): "themes/default/layouts/base.html:12: function
// "foo" not defined", "layouts/single-policy.html:3:14: executing ...".
//
// A *Theme is immutable once loaded and safe for concurrent use.
package theme
