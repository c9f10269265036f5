// Package content reads the content tree of a Pustaka knowledge base:
// Markdown files with YAML front matter, decoded into Pages and checked
// with diagnostics that name the file, line and column of every problem.
//
// # Files and types
//
// Every *.md, *.markdown and *.mdx file (sources.MarkdownExts) of the
// content fs.FS is a page; in MDX the lines of code (imports, component
// tags, comments) are blanked before the body is read (mdx.go); in any
// page the template tags of Hexo, Jekyll and Hugo (raw, code, callouts, comments)
// are turned into the Markdown they stand for, other tags alone on a line
// blanked with a warning (template.go); files and
// folders whose names start with "." are skipped. The first path element
// (the Section) gives the page type through Config.Types, by default
// kebijakan/ -> "policy", pelatihan/ -> "training", evaluasi/ ->
// "evaluation"; Markdown anywhere else, at any depth, is a plain "page".
// An _index.md file is a "section": it gives its folder a title and an
// introduction. The "type" key overrides the folder's type for files other
// than _index.md.
//
// # URLs
//
// "kebijakan/peningkatan-asn.md" is served at "/kebijakan/peningkatan-asn/";
// "x/index.md" and "x/_index.md" at "/x/"; the root _index.md at "/". The
// "slug" key replaces the last segment of a page that is not an index file.
// Two pages with one URL are an error, reported by Resolve at both files.
//
// # Front matter
//
// Front matter is YAML between a first line "---" and the next "---" line
// (see SplitFrontMatter); a UTF-8 byte order mark and CRLF line ends are
// accepted. A file without front matter is a page whose title is its first
// "# " heading or else its humanised file name ("tata-cara_kerja.md" ->
// "Tata cara kerja"; index files use their folder's name). An empty key
// ("date:") is the same as a missing one. Keys, by the types they apply to:
//
//	all            title, summary (alias description), date, updated (alias
//	               lastmod), authors (a string or a list), tags, categories,
//	               keywords, unit, lang (id | en; default the site's), terjemahan
//	               (translationKey: pairs translations), draft (true |
//	               false), weight (integer), aliases (list of URL paths the
//	               site may redirect to the page)
//	all but _index type (policy | training | evaluation | page, or kebijakan |
//	               pelatihan | evaluasi), slug, related (list of page refs)
//	documents      status (draft | consultation | approved | revoked; a
//	               policy without one is a draft), version (kept as written:
//	               1.2 stays "1.2"), number, competencies
//	policy         effective (date), stakeholders, supersedes (one page ref)
//	training       objectives, duration, level (dasar | menengah | lanjut),
//	               prerequisites (list of page refs), ujian (true: the
//	               module's questions are one exam), lulus (pass mark in
//	               percent, 1-100; default 100), mentoring (a map: mentor
//	               role, mentee role, minggu = weeks, kegiatan = map of a
//	               week "3" or weeks "2-4" to one activity or a list)
//	evaluation     indicators: list of maps with name (required), target (a
//	               number or text, kept as written), unit, method, frequency,
//	               direction (higher | lower is better; by default read
//	               from the target: "≤ 5" is lower);
//	               survei: the periods of a community-satisfaction survey,
//	               a map or a list of maps with data (a .csv file beside
//	               the guide or under data/; required), periode (required,
//	               unique) and populasi (integer); bobot: sama (1/9 each,
//	               the default), dibulatkan (0,111 each) or nine weights
//	               (0,2 or 1/9) adding up to 1; laporan: unit, tempat,
//	               jabatan, nama, nip of the printed report's signature
//	               block; realisasi: a .csv file of measured indicator
//	               values (see package survey)
//
// "documents" are policies, training modules and evaluation guides. Enum
// values ignore letter case. Lists are lists of strings. Dates are read by
// ParseDate. A duration is a number of minutes (90) or text such as "90",
// "90m", "1j 30m", "1h30m", "45 menit", "2 jam" or "4 JP" (jam pelajaran,
// 45 minutes each).
//
// # Diagnostics
//
// Parse reports every problem of a file, not only the first, as
// "content/kebijakan/x.md:4:9: status: want one of draft, consultation,
// approved, revoked; got \"aprove\"". A value of the wrong kind is an error
// ("tags: want a list of strings; got a map") and the page keeps the
// default for that key, so the rest of the site can still be built. List
// items are numbered from 0: "indicators[2].name: missing". Unknown keys are
// warnings with a suggestion ("unknown key \"stauts\"; did you mean
// \"status\"?"), and so are keys of another type ("objectives applies to
// training modules; this is a policy"). A key given twice is an error. YAML
// syntax errors are reported at the line and column of the culprit, with
// its text and what to do (the YAML parser names the line after a key
// without its colon, and the end for a quote never closed). A file whose
// first line "---" is a horizontal rule, not front matter (no YAML keys
// follow), is one error at line 1 that says to begin it with an empty line.
// Bytes that are not UTF-8 are an error at the first such byte.
//
// # Front matter of other generators
//
// Content written for Hexo, Jekyll, Hugo or Docusaurus builds as it is.
// Their keys are read where they mean something here: order,
// sidebar_position and nav_order as weight, author as authors, permalink
// ("/guide/x.html") as the URL ("/guide/x/"); layout, id and every
// unknown key are kept in Page.Params with a warning, never an error. A
// type value Pustaka does not know is a warning, and the document is a
// plain page. Config.Import (config.yaml "import") maps keys ("judul" ->
// "title") and type values ("guide" -> "training") first.
//
// # References
//
// related, prerequisites and supersedes name other pages, as do Markdown
// links. A target is a path relative to the referring file's folder
// ("../pelatihan/x.md"), a path from the content root ("pelatihan/x.md",
// "/pelatihan/x.md") or a site URL ("/pelatihan/x/"); ".md" is optional and
// a folder means its _index.md. Relative to the file is tried first. See
// Index.Lookup; Resolve fills Ref.Page and reports missing targets.
package content
