package serve

import (
	"cmp"
	"net/url"
	"strconv"

	"github.com/tubei/pustaka/indexer"
)

// defaultSize is the page size the indexer uses when none is given,
// which the URLs the page makes leave out.
const defaultSize = 10

// filters are the facet parameters, in the order facets are listed.
var filters = [...]string{"type", "status", "tag", "unit", "competency", "year"}

// parseRequest maps the search parameters of a request to an
// indexer.Request; the indexer validates it and owns every limit and
// message (a *indexer.QueryError).
func parseRequest(v url.Values) (indexer.Request, error) {
	req, err := indexer.ParseParams(v.Get)
	req.Page, req.Size = max(req.Page, 1), cmp.Or(req.Size, defaultSize)
	req.Highlight = true
	return req, err
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
