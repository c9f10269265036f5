package indexer

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Ranking pages. A result is a page, and one score says how well the
// page as a whole answers the query, BM25F-style: each query word (a
// group: the word, its synonyms, its completions) is scored in each
// field class by bleve's BM25, which saturates with the term's frequency
// and normalises by the field's length, each field's query boosted so
// that its score carries the group's one IDF for the page (correction).
// bm25f turns each class's score back into the field's length-normalised
// frequency, weighs the classes and saturates the sum once, so a word
// counts at most a fixed multiple of its IDF wherever and however often
// a page holds it: a long body that repeats a word cannot outvote a
// title that names it, nor one title word outvote the other words of
// the query. The words' scores are summed, the sum is scaled by the
// share of query words the page covers (by IDF: a page with all the
// words ranks above one with most), and by how much of the query the
// page's labels cover: its title or summary (in full) or its headings
// (in half), each word counting by the square root of its IDF (a common
// word of the topic, "standar pelayanan", still counts for a title that
// names it), and once more (fullLabel) when the title holds every word:
// the summary class also holds the tags and competencies, which many
// pages share ("perencanaan anggaran"), so that every word in title or
// summary would give the bonus to half a catalog. Stop words and words
// no page holds count for nothing. The adjacent-term pairs of the
// Indonesian body (proximity) add a bounded share of the words' score,
// a signal that never decides over a title match.

// Field classes of the page score.
const (
	cTitle = iota
	cHeadings
	cSummary
	cBody
	cAside // code, file listings, lists of links (Section.Aside)
	cWords // the prefix being typed, through the words field
	nClasses
)

// classFields names the text fields of each class (both languages);
// the words class has its own query (the prefix).
var classFields = [nClasses]string{cTitle: "title", cHeadings: "headings", cSummary: "summary", cBody: "body", cAside: "aside"}

// Weights of the page score.
// The aside (code blocks, file listings, lists of links) weighs 0.3 of
// the body: a folder listing or a catalog of titles must not outrank the
// pages about what it lists, and still finds a word that only code holds.
var classWeight = [nClasses]float64{cTitle: 5, cHeadings: 2.5, cSummary: 1.5, cBody: 1, cAside: 0.3, cWords: 0.5}

const (
	fieldK1         = 1.2  // saturation of a word's weighted frequency over all fields (bm25f): BM25's usual k1
	maxSaturation   = 0.95 // the most of a field's saturation bm25f inverts (a phrase's terms add up beyond 1)
	wordsSaturation = 0.5  // a prefix match in the words field (no frequency, no norm) counts as half a saturated match at most
	labelGain       = 1.5  // a page whose title or summary holds every word scores (1+labelGain) times
	headingLabel    = 0.5  // a word found only in headings covers half a label
	fullLabel       = 1.5  // and a page whose title holds every word that counts scores that much more
	pairsShare      = 0.25 // the most that proximity adds, as a share of the words' score
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
	st := idfStats{ix: ix, n: n}
	for i, g := range gs {
		q.idf[i] = st.group(g)
		for c := range nClasses {
			q.children[i*nClasses+c] = ix.classQuery(g, c, q.idf[i], &st)
		}
	}
	if pq != nil {
		q.children = append(q.children, pq)
	}
	return q
}

// idfStats looks up the document frequencies that the IDFs of a page
// query need (through the index's cache), in an index of n documents.
type idfStats struct {
	ix *Index
	n  uint64
}

// idf is BM25's inverse document frequency of a term that d of the n
// documents hold.
func (st *idfStats) idf(d uint64) float64 {
	d = min(d, st.n)
	return math.Log(1 + (float64(st.n)-float64(d)+0.5)/(float64(d)+0.5))
}

// rarest returns the number of documents whose field holds the rarest
// term of text, as field's analyzer gives its terms (0 for a stop word,
// which has none).
func (st *idfStats) rarest(text, field string) uint64 {
	ts, _ := st.ix.terms(text, field)
	var least uint64
	for i, t := range ts {
		if d := st.df(field, t); i == 0 || d < least {
			least = d
		}
	}
	return least
}

// df returns the number of documents whose field holds term.
func (st *idfStats) df(field, term string) uint64 {
	ft := fieldTerm{field, term}
	d, ok := st.ix.dfc.get(ft)
	if !ok {
		d = st.ix.docFreq(field, term)
		st.ix.dfc.put(ft, d)
	}
	return d
}

// most returns the number of documents that hold text in the class
// where most do (both languages together), and whether the analyzer of
// either language drops text as a stop word.
func (st *idfStats) most(text string) (most uint64, stop bool) {
	for c := range cWords {
		var d uint64
		for _, lang := range langs {
			field := langField(classFields[c], lang)
			if ts, ok := st.ix.terms(text, field); ok && len(ts) == 0 && strings.ContainsFunc(text, unicode.IsLetter) {
				return 0, true
			}
			d += st.rarest(text, field)
		}
		most = max(most, d)
	}
	return most, false
}

// group returns the inverse document frequency of the group g as BM25F
// takes it, one for the page: from the documents that hold the rarest
// term of its first alternative in any field (at least as many as in its
// most common field). Where no page holds that alternative (a word the
// site does not use), the group's other alternatives and completions
// decide; where none is held either and no prefix is being typed, the
// group counts for nothing (0): no page can cover it, and counting it
// would only hide how much of the rest of the query a page covers. A
// stop word of either language counts for nothing too, even where the
// other language's pages hold it: "sama" is an Indonesian stop word,
// and the few English summaries that hold it must not make it the
// rarest word of "perjanjian kerja sama". A stop word being typed
// ("dan", toward "dana") still matches its completions, but weighs as a
// word every page holds.
func (st *idfStats) group(g group) float64 {
	var most uint64
	for i, a := range slices.Concat(g.alts, g.more) {
		if i > 0 && most > 0 {
			break
		}
		d, stop := st.most(a.text)
		if stop && i == 0 {
			if g.prefix == "" {
				return 0
			}
			return st.idf(st.n) // its completions still match, weighed as a word every page holds
		}
		most = max(most, d)
	}
	if most == 0 && g.prefix == "" {
		return 0
	}
	return st.idf(most)
}

// correction returns the boosts that turn bleve's scores of the
// alternative a's term queries in each field into ones with the group's
// page IDF page, once, times boost: bleve scores a term in each field
// with the field's own IDF, squared (its query weight holds the IDF
// again), so a word that few headings but most bodies hold would count
// far more in a heading than a title word that many titles hold; an
// Indonesian word that the link text of a few English pages holds would
// count far more in their English body than in the Indonesian bodies
// that are about it; a rare completion of a common word being typed
// would outweigh the word itself; and a rare word would outweigh a
// common one by the square of their IDFs' ratio. An alternative matched
// by n term queries (a hyphenated word, v-model; a phrase synonym) has
// each of them corrected and shares the group's weight among them, so
// that it counts as one word (bleve would have summed their raw scores:
// a hyphenated word in a title scored tens of times a plain word there).
// A phrase query, whose terms bleve makes, is corrected by its rarest
// term.
func (st *idfStats) correction(a alt, page, boost float64) func(field, term string, n int) float64 {
	return func(field, term string, n int) float64 {
		var d uint64
		if term == "" {
			d = st.rarest(a.text, field)
		} else {
			d = st.df(field, term)
		}
		if d == 0 {
			return boost // nothing to correct: no match
		}
		f := st.idf(d)
		return boost * page / (f * f) / float64(n)
	}
}

// classQuery matches any alternative of g in the fields of class c, or
// for cWords the prefix, each field's query boosted to the group's page
// IDF page; nil if nothing can match.
func (ix *Index) classQuery(g group, c int, page float64, st *idfStats) query.Query {
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
		for _, lang := range langs {
			field := langField(classFields[c], lang)
			qs = append(qs, ix.fieldQuery(a, field, st.correction(a, page, boost)))
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
// group and class: the score of its best matching leaf; then proximity)
// into the page score; idf weighs the groups' coverage and norm is the
// query norm the scores carry (see bm25f).
func pageScore(scores []float64, idf []float64, norm float64) float64 {
	groups := len(idf)
	var words, covered, all, label, labels float64
	full := true // the title holds every word that counts
	for g := range groups {
		all += idf[g]
		lw := math.Sqrt(idf[g])
		labels += lw
		w := bm25f(scores[g*nClasses:(g+1)*nClasses], idf[g], norm)
		if w == 0 {
			full = full && idf[g] == 0
			continue
		}
		words += w
		covered += idf[g]
		switch {
		case scores[g*nClasses+cTitle] > 0:
			label += lw
		case scores[g*nClasses+cSummary] > 0:
			label += lw
			full = false
		case scores[g*nClasses+cHeadings] > 0:
			label += headingLabel * lw
			full = full && idf[g] == 0
		default:
			full = full && idf[g] == 0
		}
	}
	if words == 0 || all == 0 {
		return 0
	}
	if len(scores) > groups*nClasses && norm > 0 {
		p := scores[groups*nClasses] / norm
		words += min(p, pairsShare*words)
	}
	cov, lab := covered/all, label/labels
	score := words * cov * (1 + labelGain*lab)
	if full {
		score *= fullLabel
	}
	return score
}

// bm25f returns the score of one group on a page from its scores in
// each class, sc, in the manner of BM25F: one saturation over the
// weighted, length-normalised frequencies of all the fields, so that a
// word counts at most a fixed multiple of its IDF however many fields
// hold it and however often, and a long body that repeats it cannot
// outvote a title that names it, nor a title word outvote the other
// words of the query. bleve scores the group's term in a field by BM25
// (k1, b; tf the square root of the frequency, L the field's length over
// its average), boosted to the group's IDF once (correction): a leaf
// scores norm*idf*k1*x with x = tf/(tf+k1*L). Inverted, x gives the
// field's length-normalised frequency tf/L = k1*x/(1-x); the classes'
// weights add those up, and fieldK1 saturates the sum. A completion of
// the word being typed (boost prefixBoost) comes in weaker through its
// smaller x.
func bm25f(sc []float64, idf, norm float64) float64 {
	if idf == 0 || norm == 0 {
		return 0
	}
	unit := norm * idf * search.BM25_k1
	var t float64
	for c, v := range sc {
		if v <= 0 {
			continue
		}
		x := min(v/unit, maxSaturation)
		if c == cWords {
			x = min(x, wordsSaturation) // no frequency or norm: a prefix match says only that the word is there
		}
		t += classWeight[c] * search.BM25_k1 * x / (1 - x)
	}
	return idf * (fieldK1 + 1) * t / (fieldK1 + t)
}
