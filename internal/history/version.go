package history

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"time"
)

// Version is one state of a document.
type Version struct {
	// ID is "h:" and a prefix of the content's SHA-256 for store entries,
	// "g:" and the commit hash for git commits.
	ID string
	// Label is the front-matter version ("Draf II"). The store keeps the
	// label given to Record; git versions leave it empty for the caller
	// to fill from Source.
	Label   string
	Date    time.Time
	Author  string
	Message string
	Status  string
	Source  []byte // the whole file; nil for a store entry not loaded yet (Store.Log)
	Path    string // the file's path at that version, slash-separated
	// Sum is the hex SHA-256 of Source when the store knows it without
	// reading it; empty otherwise.
	Sum string
}

// hash returns the SHA-256 of the version's source.
func (v *Version) hash() [32]byte {
	var h [32]byte
	if v.Sum != "" {
		if n, err := hex.Decode(h[:], []byte(v.Sum)); err == nil && n == len(h) {
			return h
		}
	}
	return sha256.Sum256(v.Source)
}

// Merge returns the union of version lists, oldest first, keeping one
// version per content: when git and the store (or two commits) hold the
// same source, the earliest is kept and its empty Label, Status, Author
// and Message are filled from the others. A document that returns to an
// earlier content therefore shows that content once, at its first date.
func Merge(lists ...[]Version) []Version {
	var all []Version
	for _, l := range lists {
		all = append(all, l...)
	}
	slices.SortStableFunc(all, func(a, b Version) int { return a.Date.Compare(b.Date) })
	index := map[[32]byte]int{}
	var out []Version
	for _, v := range all {
		h := v.hash()
		i, seen := index[h]
		if !seen {
			index[h] = len(out)
			out = append(out, v)
			continue
		}
		fill(&out[i].Label, v.Label)
		fill(&out[i].Status, v.Status)
		fill(&out[i].Author, v.Author)
		fill(&out[i].Message, v.Message)
	}
	return out
}

func fill(dst *string, src string) {
	if *dst == "" {
		*dst = src
	}
}
