package indexer

import (
	"math"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Ranking pages. A result is a page, and one score says how well the
// page as a whole answers the query, in the spirit of BM25F: each query
// word (a group: the word, its synonyms, its completions) is scored in
// each field class by bleve's BM25, which already saturates with the
// term's frequency and normalises by the field's length; the classes are
// then weighed and combined per word so that the best field counts in
// full and the others add only a share (spill), so a long body that
// repeats a word cannot outvote a title that names it. The words' scores
// are summed, the sum is scaled by the share of query words the page
// covers (squared: a page with all the words ranks above one with most),
// and by how much of the query the page's labels cover: its title or
// summary (in full) or its headings (in half). The adjacent-term pairs of
// the Indonesian body (proximity) add a bounded share of the words'
// score, a signal that never decides over a title match.

// Field classes of the page score.
const (
	cTitle = iota
	cHeadings
	cSummary
	cBody
	cWords // the prefix being typed, through the words field
	nClasses
)

// classFields names the text fields of each class (both languages);
// the words class has its own query (the prefix).
var classFields = [nClasses]string{cTitle: "title", cHeadings: "headings", cSummary: "summary", cBody: "body"}

// Weights of the page score.
var classWeight = [nClasses]float64{cTitle: 3, cHeadings: 2.5, cSummary: 1.5, cBody: 1, cWords: 0.5}

const (
	spill        = 0.3  // share of a word's score in its other fields that adds to its best field's
	labelGain    = 1    // a page whose title or summary holds every word scores (1+labelGain) times
	headingLabel = 0.5  // a word found only in headings covers half a label
	pairsShare   = 0.25 // the most that proximity adds, as a share of the words' score
)

// pageQuery scores pages as above. Its children are one query per group
// and class (nil where a class cannot match, e.g. no prefix), then the
// proximity query, if any.
type pageQuery struct {
	groups   int
	idf      []float64     // per group: how much covering it counts
	children []query.Query // groups*nClasses, then proximity
	boost    query.Boost
}

var _ query.Query = (*pageQuery)(nil)

// newPageQuery builds the page query of the groups gs with the optional
// proximity query pq.
func (ix *Index) newPageQuery(gs []group, pq query.Query) *pageQuery {
	q := &pageQuery{groups: len(gs), idf: make([]float64, len(gs)),
		children: make([]query.Query, len(gs)*nClasses, len(gs)*nClasses+1), boost: 1}
	n, _ := ix.bi.DocCount()
	for i, g := range gs {
		var corr [nClasses][len(langs)]float64
		q.idf[i], corr = ix.groupIDF(g, n)
		for c := range nClasses {
			q.children[i*nClasses+c] = ix.classQuery(g, c, corr[c])
		}
	}
	if pq != nil {
		q.children = append(q.children, pq)
	}
	return q
}

// groupIDF returns the inverse document frequency of the group g in an
// index of n documents (BM25's) as BM25F takes it, one for the page:
// from the documents that hold the rarest term of its first alternative
// in any field (at least as many as in its most common field). It also
// returns the correction of the score of each field (class and
// language) to that one IDF: bleve scores a term in each field with the
// field's own IDF, squared (its query weight holds the IDF again), so a
// word that few headings but most bodies hold would count far more in a
// heading than a title word that many titles hold, and an Indonesian
// word that the link text of a few English pages holds would count far
// more in their English body than in the Indonesian bodies that are
// about it.
func (ix *Index) groupIDF(g group, n uint64) (float64, [nClasses][len(langs)]float64) {
	var df [nClasses][len(langs)]uint64
	if len(g.alts) > 0 {
		for c := range cWords {
			for l, lang := range langs {
				field := langField(classFields[c], lang)
				ts, _ := ix.terms(g.alts[0].text, field)
				for i, t := range ts {
					if d := ix.docFreq(field, t); i == 0 || d < df[c][l] {
						df[c][l] = d
					}
				}
			}
		}
	}
	idf := func(d uint64) float64 {
		d = min(d, n)
		return math.Log(1 + (float64(n)-float64(d)+0.5)/(float64(d)+0.5))
	}
	var most uint64
	for c := range cWords {
		var d uint64
		for l := range langs {
			d += df[c][l]
		}
		most = max(most, d)
	}
	page := idf(most)
	var corr [nClasses][len(langs)]float64
	for c := range nClasses {
		for l := range langs {
			corr[c][l] = 1
			if c != cWords && df[c][l] > 0 {
				r := page / idf(df[c][l])
				corr[c][l] = r * r
			}
		}
	}
	return page, corr
}

// classQuery matches any alternative of g in the fields of class c, or
// for cWords the prefix, the field of each language boosted by corr;
// nil if nothing can match.
func (ix *Index) classQuery(g group, c int, corr [len(langs)]float64) query.Query {
	if c == cWords {
		if g.prefix == "" {
			return nil
		}
		pq := bleve.NewPrefixQuery(g.prefix)
		pq.SetField(fWords)
		return pq
	}
	var qs []query.Query
	add := func(a alt, boost float64) {
		for l, lang := range langs {
			qs = append(qs, ix.fieldQuery(a, langField(classFields[c], lang), 1, boost*corr[l]))
		}
	}
	for _, a := range g.alts {
		add(a, 1)
	}
	for _, a := range g.more {
		add(a, prefixBoost)
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// SetBoost sets the boost of the page score.
func (q *pageQuery) SetBoost(b float64) { q.boost = query.Boost(b) }

// Boost returns the boost of the page score.
func (q *pageQuery) Boost() float64 { return q.boost.Value() }

// pageScore combines the scores of the children of a page query (per
// group and class, then proximity) into the page score; idf weighs the
// groups' coverage.
func pageScore(scores []float64, idf []float64) float64 {
	groups := len(idf)
	var words, covered, label, all float64
	for g := range groups {
		all += idf[g]
		best, sum := 0.0, 0.0
		for c := range nClasses {
			v := classWeight[c] * scores[g*nClasses+c]
			sum += v
			best = max(best, v)
		}
		if best == 0 {
			continue
		}
		words += best + spill*(sum-best)
		covered += idf[g]
		switch {
		case scores[g*nClasses+cTitle] > 0 || scores[g*nClasses+cSummary] > 0:
			label += idf[g]
		case scores[g*nClasses+cHeadings] > 0:
			label += headingLabel * idf[g]
		}
	}
	if words == 0 || all == 0 {
		return 0
	}
	if len(scores) > groups*nClasses {
		p := scores[groups*nClasses]
		words += min(p, pairsShare*words)
	}
	cov, lab := covered/all, label/all
	return words * cov * cov * (1 + labelGain*lab*lab)
}
