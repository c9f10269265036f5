package history

import (
	"slices"
	"sort"
)

// MetaChange is one metadata field that differs between two versions.
// It maps one to one onto theme.MetaChange once Field is translated.
type MetaChange struct {
	Field    string `json:"field"`
	From, To string
}

// MetaChanges returns the fields whose values differ between old and new
// metadata (a missing field counts as ""), most important first (title,
// status, version, number, effective, date, authors, unit), then the
// others by name.
func MetaChanges(old, new map[string]string) []MetaChange {
	var out []MetaChange
	for f := range keys(old, new) {
		if old[f] != new[f] {
			out = append(out, MetaChange{Field: f, From: old[f], To: new[f]})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		ri, rj := rank(out[i].Field), rank(out[j].Field)
		if ri != rj {
			return ri < rj
		}
		return out[i].Field < out[j].Field
	})
	return out
}

func keys(ms ...map[string]string) map[string]bool {
	all := map[string]bool{}
	for _, m := range ms {
		for k := range m {
			all[k] = true
		}
	}
	return all
}

// rank orders the fields readers care most about first.
func rank(field string) int {
	order := []string{"title", "status", "version", "number", "effective", "date", "authors", "unit"}
	if i := slices.Index(order, field); i >= 0 {
		return i
	}
	return len(order)
}
