// Package serve is Pustaka's HTTP server: it serves a built site from
// memory, answers search requests, and (with live reload) pushes every
// rebuild to open browsers.
//
// # State and publishing
//
// The server holds one *State at a time: the built site (site.Output), the
// build problems, and a generation number. The goroutine that owns rebuilds
// calls Publish with the next State; the swap is a single atomic pointer
// store, so every request sees either the old or the new site, never a mix.
// Before the first Publish, site requests answer 503 with Retry-After. A
// State with a nil Output (no build has succeeded yet) answers 503 too; with
// live reload, every page is then a placeholder listing the problems, which
// reloads itself once a build succeeds.
//
// # Routes
//
//   - GET /healthz: 200 "ok <generation>".
//   - GET /api/search?q=&type=&status=&tag=&unit=&competency=&year=&sort=&page=&size=:
//     JSON results (see searchResponse). Bad parameters answer 400 with
//     {"error": "..."} in Indonesian; a bad query (*indexer.QueryError) too;
//     a search while the index is being built (an error from Busy)
//     answers 503 with Retry-After and the error's message; other
//     failures answer 500 with a generic message and are logged.
//     Without a Searcher the endpoint answers 503. Never cached.
//   - GET {SearchPath}?q=...: the search page, rendered on the server through
//     Options.RenderSearch, so search works without JavaScript. It accepts
//     the same parameters as the API plus lang=en; bad parameters render the
//     page with Search.Error and status 400. SearchPath without its trailing
//     slash redirects. Without RenderSearch the site's own file is served.
//
// # What readers could not find
//
// With Options.SearchLog, a search a reader settled on that found nothing
// is passed to SearchLog.NotFound: a GET of the search page, or of the API
// with facets (search as you type asks with facets=0 on every keystroke
// and once with facets when typing pauses; `pustaka search` asks with
// facets=0 and so is never recorded), on its first page. Such a request
// that carries from=QUERY, as the "Maksud Anda" link does, is a
// suggestion taken: SearchLog.SuggestionTaken(QUERY, q). Nothing about the
// reader is passed, only the query text.
//   - GET /_pustaka/events and /_pustaka/livereload.js: only with
//     Options.LiveReload (see below).
//   - Everything else: a file of the current site.Output, GET and HEAD only.
//
// # Files
//
// "/x/" serves "/x/index.html"; "/x" redirects (301) to "/x/" when
// "/x/index.html" exists. Missing files answer 404 with the site's
// "/404.html". Responses carry Content-Type (File.ContentType, else by
// extension), ETag and Last-Modified, honour If-None-Match and
// If-Modified-Since with 304, answer byte ranges (206), and are
// gzip-compressed for clients that accept it when the type is textual and
// the body at least 256 bytes (compressed bytes are cached per ETag, up to
// 64 MB in all; the compressed variant's ETag ends in -gz). Cache-Control is
// no-cache: URLs are not fingerprinted, so browsers revalidate every time.
// Only paths present in the Output exist: dotfile segments ("/.git/config"),
// "..", encoded slashes or backslashes ("%2f", "%5c"), backslashes and NUL
// bytes are answered 404 before any lookup.
//
// # Live reload
//
// With Options.LiveReload (serve --watch; never in production), every HTML
// response gets a <script src="/_pustaka/livereload.js"> before </body>, and,
// while the build has problems, an error panel listing them. The script
// carries the generation in which its page last changed. Such a page is
// stored as it is served, gzip-compressed, once per version of the page:
// Publish prepares the pages it changed (up to 64; the rest of a larger
// change when first asked for), and a request copies the stored bytes,
// decompressing nothing. Only while the build has problems (the panel
// lists them) and for a client that does not accept gzip is a page made
// for the request. The script
// opens one EventSource on /_pustaka/events, which sends the current
// generation and problems on connect and {"gen":N,"changed":[...],"problems":[...]}
// on each Publish, plus a comment heartbeat every 15 s. The script reloads
// the page (keeping its scroll position) when its own path or "*" is among
// the changed paths, swaps stylesheets in place when only CSS changed, reloads
// after a reconnect when the generation moved, and shows or clears the
// problem panel ("Ada kesalahan di berkas situs").
//
// # Hardening
//
// Every response carries X-Content-Type-Options: nosniff, a Referrer-Policy
// and a Content-Security-Policy that allows only the site itself (which is
// why the live-reload script is a file, not inline). A panic in a handler
// answers 500, is logged with its stack, and the server keeps running.
// Request bodies over 1 MB are refused. Options.AccessLog receives one line
// per request.
package serve
