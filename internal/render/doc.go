// Package render turns Pustaka Markdown into HTML and plain text.
//
// A [Renderer] wraps one goldmark instance, built once by [New] and safe for
// concurrent use by many goroutines. Rendering a page happens in two phases,
// matching the site build:
//
//  1. [Renderer.Parse] parses a page body (front matter already removed) into
//     a [Doc]. The Doc knows its headings and their anchors ([Doc.Headings],
//     [Doc.HasID]), its title (the text of the first h1), the local links it
//     contains with their positions ([Doc.Links]), a table of contents
//     ([Doc.TOC]) and its plain-text blocks ([Doc.Blocks], [Doc.Text]) for the
//     search index and the version diff.
//  2. [Renderer.Render] asks a [Resolver] for the site URL of every local link,
//     rewrites the link destinations for this call only, and writes HTML.
//     Links the Resolver rejects are reported as [LinkError] values with their
//     line and column, and rendered with the destination as written so the
//     page stays usable.
//
// # Markdown dialect
//
// CommonMark plus GFM (tables, strikethrough, task lists, linkify), footnotes,
// definition lists and heading attributes (`## Judul {#custom-id}`). The
// MDX form of an explicit id, a comment at the end of the heading
// (`## Judul {/*custom-id*/}` or `{/* #custom-id */}`), works the same. The
// typographer is off: quotes and dashes are printed as written.
//
// Callouts of other generators ("admonitions", callout.go) are read:
// Docusaurus and VitePress ":::tip Judul" ... ":::" containers (more
// colons close an outer one), MkDocs "!!! note "Judul"" and collapsible
// "??? info" blocks with a body indented by four spaces, and GitHub's
// "> [!WARNING]" blockquotes. Each is an <aside class="notice callout
// callout-VARIANT" role="note"> whose title is the one written or else
// the variant's label in the site's language ([Options].Callouts); "???"
// blocks are <details>.
//
// # Raw HTML
//
// [Options].HTML says what becomes of HTML written in Markdown. The
// default, [HTMLSafe], keeps what documentation written for other tools
// uses (Hexo's <div class="upgrade-path"> boxes, <details>, <kbd>,
// <sup>, tables, images) and neutralises the rest (rawhtml.go):
//
//   - Elements of an allow-list ([AllowedElements]): structure (div,
//     section, article, aside, header, footer, figure, figcaption,
//     details, summary, blockquote, p, pre, address, h2-h6, hr, br, wbr),
//     lists (ul, ol, li, dl, dt, dd), tables, a, img and inline text
//     (span, b, i, u, s, em, strong, small, mark, sub, sup, kbd, code,
//     samp, var, abbr, dfn, cite, q, bdi, bdo, del, ins, time, ruby). A
//     body <h1> is written <h2>, and a heading at most one level below
//     the heading before it, as Markdown headings are (a box's <h4>
//     under a "##" is an h3). An <img> without alt gets alt="".
//   - Attributes: class, id, title, lang and dir on all of them, and a few
//     of some (a: href, target="_blank" with rel="noopener noreferrer",
//     hreflang; img: src, alt, width, height; cells: colspan, rowspan,
//     scope; ol: start, reversed, type; li: value; details: open; cite,
//     datetime, span), each value checked. No event handler (on*), no
//     style (a style can cover the page or hide text; the theme styles
//     classes instead), no data-* or form attributes.
//   - URLs (href, src, cite) must be relative or http, https, mailto or
//     tel, read as a browser reads them (entities resolved, tabs and
//     newlines dropped, so "jav&#x09;ascript:" is javascript:); an image
//     may also be a data: URL of a PNG, GIF, JPEG or WebP picture. Any
//     other URL loses its attribute.
//   - Script, style, template, iframe, object, noscript, textarea,
//     select, svg, math, audio, video and canvas are dropped with their
//     content; comments, doctypes and processing instructions too. The
//     tags of every other element (forms, buttons, <main>, <nav>,
//     components such as <button-counter>) are dropped and their text
//     kept.
//   - Markup cannot reach past the Markdown node it is written in: an
//     element left open is closed at the end of its container (a <div>
//     opened in an HTML block at the end of the document or list item,
//     so Markdown between "<div>" and "</div>" blocks is inside the
//     box; an inline tag at the end of its paragraph or emphasis); an
//     end tag of nothing open there is dropped; what a browser closes by
//     itself (an <li> before the next, a <p> before a block, a table cell
//     before the next) is closed explicitly, so no end tag can close an
//     element of the page around the content. Inside a Markdown
//     paragraph, tags that would split it (div, p, ul ...) are dropped.
//   - Search text and [Doc.Blocks] hold the text inside raw HTML, never
//     its tags or attribute values; an id of raw HTML is an anchor links
//     may point at ([Doc.HasID]).
//
// An HTML block follows CommonMark: from its first line to a blank line
// its content is HTML, not Markdown. A paragraph written as Hexo's note
// (<p class="tip">...</p>) is a callout whose Markdown works.
//
// [HTMLEscape] shows raw HTML as text: HTML blocks, inline tags,
// comments and component tags such as <Intro> are printed visibly as
// &lt;Intro&gt;, and Markdown around and inside them still works.
// [HTMLUnsafe] passes raw HTML through unchanged. In every mode,
// template tags of other generators reach render already turned into
// Markdown, or blanked, by package content; one in the middle of a line
// ({{< ref >}}) is ordinary text. Links written in Markdown with
// dangerous schemes (javascript:) lose their href.
//
// # Heading anchors
//
// Every heading gets an id unless it has an explicit {#id}. Ids are
// lowercase; Latin diacritics are folded (é -> e); letters and digits are
// kept; every other run of characters becomes one "-", trimmed at both
// ends: "Latar Belakang dan Tujuan" -> "latar-belakang-dan-tujuan". An empty
// result becomes "bagian". Regulation structure is recognised so anchors stay
// stable when titles change:
//
//	## BAB II Ketentuan Umum          -> bab-ii
//	## Pasal 3 — Ruang Lingkup        -> pasal-3   (also "Pasal 3: ...")
//	## Pasal 3A                       -> pasal-3a
//	### Ayat (2)  (under Pasal 3)     -> pasal-3-ayat-2   (also "Ayat 2")
//	### Ayat (2)  (no Pasal above)    -> ayat-2
//
// A Pasal stays in scope for following Ayat headings until a heading of the
// same or a higher level that is neither a Pasal nor an Ayat. Repeated ids get
// "-2", "-3", ... in document order; explicit ids are never changed and auto
// ids avoid them. Footnotes add the ids "fn:N", "fnref:N" and "fnrefK:N".
//
// Headings h2 to h4 end with a copy-link affordance:
//
//	<h2 id="pasal-3">Pasal 3 <a class="anchor" href="#pasal-3" aria-label="Tautan ke bagian ini">#</a></h2>
//
// The label is [Options].AnchorLabel.
//
// # Other output
//
// Tables are wrapped in <div class="table-wrap"> so they scroll sideways on
// phones. Images get loading="lazy".
//
// # Self-check questions
//
// A fenced block with the info string "soal" holds questions (syntax in
// package quiz). Parse reads them into [Doc].Questions, with their problems
// in [Doc].QuizErrors (ids are checked for duplicates across the page),
// and Render writes each as a <div class="soal"> holding a <fieldset>
// whose <legend> is the question ("Soal 3 …", numbered through the page),
// labelled radio buttons, check boxes or a text input, a hidden "Periksa
// jawaban" button and an aria-live feedback region for soal.js, and a
// <details> "Lihat jawaban" with the answer, the explanation and the
// options' feedback, which is all a reader without JavaScript needs. The
// key is also in data attributes (data-ok on correct inputs, data-accept
// with the normalised short answers) for the script. Blocks gives only
// the question texts (kind "question"): options, answers and feedback
// never reach the search index. The words of the forms are
// [Options].Quiz.
//
// # Local links
//
// A link destination is local when it has no URL scheme, does not start with
// "//", and either names a Markdown file (its path, before any "?" or "#",
// ends in .md or .markdown, in any case) or is a bare "#fragment". Other
// destinations (images, PDFs, absolute URLs, mailto:) are left alone and not
// reported. Line and column of a link are those of its "[" in the Markdown
// given to Parse, both 1-based; the column counts characters (runes).
package render
