package serve

import (
	"fmt"
	"net/url"
	"strconv"

	"github.com/tubei/pustaka/indexer"
)

// Limits on search parameters, which bound the cost of one request.
const (
	maxQuery    = 512 // bytes
	maxFilter   = 100 // bytes per filter value
	maxPage     = 100
	maxSize     = 50
	defaultSize = 10
)

// filters are the facet parameters, in the order facets are listed.
var filters = [...]string{"type", "status", "tag", "unit", "competency", "year"}

// paramError is a bad request parameter; its message is Indonesian.
type paramError struct{ msg string }

func (e *paramError) Error() string { return e.msg }

func badParam(format string, args ...any) error {
	return &paramError{msg: fmt.Sprintf(format, args...)}
}

// parseRequest validates the search parameters of a request.
func parseRequest(v url.Values) (indexer.Request, error) {
	req := indexer.Request{
		Query:      v.Get("q"),
		Type:       v.Get("type"),
		Status:     v.Get("status"),
		Tag:        v.Get("tag"),
		Unit:       v.Get("unit"),
		Competency: v.Get("competency"),
		Sort:       v.Get("sort"),
		Page:       1,
		Size:       defaultSize,
		Highlight:  true,
	}
	if len(req.Query) > maxQuery {
		return req, badParam("kata kunci terlalu panjang (paling banyak %d byte)", maxQuery)
	}
	for _, f := range filters[:5] {
		if len(v.Get(f)) > maxFilter {
			return req, badParam("nilai %s terlalu panjang (paling banyak %d byte)", f, maxFilter)
		}
	}
	switch req.Sort {
	case "", "relevance", "date":
	default:
		return req, badParam("sort harus relevance atau date, bukan %q", req.Sort)
	}
	var err error
	if req.Page, err = intParam(v, "page", 1, 1, maxPage); err != nil {
		return req, err
	}
	if req.Size, err = intParam(v, "size", defaultSize, 1, maxSize); err != nil {
		return req, err
	}
	if req.Year, err = intParam(v, "year", 0, 1, 9999); err != nil {
		return req, err
	}
	switch v.Get("facets") {
	case "", "1":
	case "0":
		req.NoFacets = true // search as you type: results now, facet counts when typing pauses
	default:
		return req, badParam("facets harus 0 atau 1, bukan %q", v.Get("facets"))
	}
	return req, nil
}

// intParam parses an optional integer parameter within [lo, hi].
func intParam(v url.Values, name string, def, lo, hi int) (int, error) {
	s := v.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, badParam("%s harus bilangan bulat %d–%d, bukan %q", name, lo, hi, truncate(s, 20))
	}
	return n, nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// values turns a request back into URL parameters, leaving out defaults.
func values(req indexer.Request) url.Values {
	v := url.Values{}
	set := func(k, val string) {
		if val != "" {
			v.Set(k, val)
		}
	}
	set("q", req.Query)
	set("type", req.Type)
	set("status", req.Status)
	set("tag", req.Tag)
	set("unit", req.Unit)
	set("competency", req.Competency)
	set("sort", req.Sort)
	if req.Year != 0 {
		v.Set("year", strconv.Itoa(req.Year))
	}
	if req.Page > 1 {
		v.Set("page", strconv.Itoa(req.Page))
	}
	if req.Size != defaultSize {
		v.Set("size", strconv.Itoa(req.Size))
	}
	return v
}

// filter returns the value of one facet parameter in req.
func filter(req indexer.Request, name string) string {
	switch name {
	case "type":
		return req.Type
	case "status":
		return req.Status
	case "tag":
		return req.Tag
	case "unit":
		return req.Unit
	case "competency":
		return req.Competency
	case "year":
		if req.Year != 0 {
			return strconv.Itoa(req.Year)
		}
	}
	return ""
}

// withFilter returns req with one facet parameter set ("" clears it) and
// the page reset to the first.
func withFilter(req indexer.Request, name, value string) indexer.Request {
	switch name {
	case "type":
		req.Type = value
	case "status":
		req.Status = value
	case "tag":
		req.Tag = value
	case "unit":
		req.Unit = value
	case "competency":
		req.Competency = value
	case "year":
		req.Year, _ = strconv.Atoi(value) // facet years are numbers; junk clears
	}
	req.Page = 1
	return req
}
