package indexer

import (
	"strconv"
	"unicode/utf8"
)

// Parameter limits beyond those of the query itself.
const (
	maxFilterBytes = 100 // bytes of one filter value
	// MaxResults is how far results can be paged: Page*Size at most.
	MaxResults = maxWindow
)

// ParamNames are the parameters ParseParams reads, as /api/search and
// the search page take them: q, the filters, sort, page, size and
// facets ("0": no facet counts).
var ParamNames = [...]string{"q", "type", "status", "tag", "unit", "competency", "year", "sort", "page", "size", "facets"}

// ParseParams makes the Request of a search's parameters, read through
// get (url.Values.Get, for instance), and validates it as Search would:
// the package owns every limit and message of a search, and a server
// only maps its parameters. Errors are *QueryError.
func ParseParams(get func(name string) string) (Request, error) {
	req := Request{
		Query: get("q"), Type: get("type"), Status: get("status"), Tag: get("tag"),
		Unit: get("unit"), Competency: get("competency"), Sort: get("sort"),
	}
	var err error
	if req.Page, err = intParam(get, "page"); err != nil {
		return req, err
	}
	if req.Size, err = intParam(get, "size"); err != nil {
		return req, err
	}
	if req.Year, err = intParam(get, "year"); err != nil {
		return req, err
	}
	switch get("facets") {
	case "", "1":
	case "0":
		req.NoFacets = true
	default:
		return req, qerr(-1, "facets harus 0 atau 1, bukan %q", clip(get("facets")))
	}
	if req.Page < 0 || (get("page") != "" && req.Page == 0) {
		return req, qerr(-1, "nomor halaman tidak valid: %d", req.Page)
	}
	if req.Size == 0 && get("size") != "" {
		return req, qerr(-1, "ukuran halaman harus antara 1 dan %d", maxSize)
	}
	if req.Year == 0 && get("year") != "" {
		return req, qerr(-1, "tahun tidak valid: %d", req.Year)
	}
	return req, req.Validate()
}

// Validate checks the parameters of r against the limits of a search,
// all but the syntax of the query, which Search checks as it parses it.
func (r Request) Validate() error {
	if len(r.Query) > maxQueryBytes {
		return qerr(-1, "kueri terlalu panjang (maksimal %d byte)", maxQueryBytes)
	}
	for _, f := range [...]struct{ name, value string }{
		{"type", r.Type}, {"status", r.Status}, {"tag", r.Tag}, {"unit", r.Unit}, {"competency", r.Competency},
	} {
		if len(f.value) > maxFilterBytes {
			return qerr(-1, "nilai %s terlalu panjang (maksimal %d byte)", f.name, maxFilterBytes)
		}
	}
	if r.Year != 0 && (r.Year < 1000 || r.Year > 9999) {
		return qerr(-1, "tahun tidak valid: %d", r.Year)
	}
	if _, _, err := pageSize(r); err != nil {
		return err
	}
	switch r.Sort {
	case "", "relevance", "date":
		return nil
	}
	return qerr(-1, "urutan tidak dikenal: %q (pilih relevance atau date)", clip(r.Sort))
}

// intParam reads an optional integer parameter; "" is 0.
func intParam(get func(string) string, name string) (int, error) {
	s := get(name)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < -1e6 || n > 1e6 {
		return 0, qerr(-1, "%s harus bilangan bulat, bukan %q", name, clip(s))
	}
	return n, nil
}

// clip shortens a parameter value quoted in a message.
func clip(s string) string {
	if len(s) <= 20 {
		return s
	}
	i := 20
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}
