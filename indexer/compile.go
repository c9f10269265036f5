package indexer

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// Prefix matching: the last word also matches the maxCompletions most
// frequent indexed words it begins, each analysed like a typed word but
// weighed by prefixBoost, and any word it begins through a prefix query.
const (
	prefixBoost    = 0.5
	maxCompletions = 8
	pairsBoost     = 6
)

// alt is one way to match a term: a word or a phrase.
type alt struct {
	text   string
	phrase bool
}

// group is a term of the query with its synonyms.
type group struct {
	alts   []alt
	phrase bool // the user quoted it: required
	prefix string
	more   []alt // completions of prefix
}

// groups turns the terms of p into groups, matching synonyms on runs of
// consecutive words (longest first) and on phrases.
func (ix *Index) groups(p *parsedQuery) []group {
	var gs []group
	for i := 0; i < len(p.Terms); {
		c := p.Terms[i]
		if c.Phrase {
			gs = append(gs, group{alts: ix.synAlts(c.Text, alt{c.Text, true}), phrase: true})
			i++
			continue
		}
		n, members := ix.synRun(p.Terms[i:])
		if members == nil {
			gs = append(gs, group{alts: append([]alt{{c.Text, false}}, ix.readings(c.Text)...)})
		} else {
			gs = append(gs, group{alts: members})
		}
		i += n
		if i == len(p.Terms) && n == 1 && p.Prefix {
			g := &gs[len(gs)-1]
			var all bool
			g.more, all = ix.completions(p.prefixText())
			if !all || !ix.matchedAsWords(p.prefixText(), g.more) {
				g.prefix = p.prefixText()
			}
			g.more = append(g.more, ix.rootCompletions(p.prefixText())...)
		}
	}
	return gs
}

// readings returns the other roots a query word can be read as
// (indonesian.Stemmer.Roots) that the site's Indonesian text uses in
// more documents than the root the analyzer gives it: where the
// stemmer has to choose, the site's own text decides (pengodean on a
// site that writes kode, menyaring on one that writes saring).
func (ix *Index) readings(word string) []alt {
	if !ix.ours() {
		return nil
	}
	w := strings.ToLower(trimPunct(word))
	if strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
		return nil
	}
	roots := ix.pipe.stemmer.Roots(w)
	if len(roots) < 2 {
		return nil
	}
	field := langField("body", "id")
	first := ix.docFreq(field, roots[0])
	var out []alt
	for _, r := range roots[1:] {
		if ix.docFreq(field, r) > first {
			out = append(out, alt{text: r})
		}
	}
	return out
}

// docFreq returns the number of documents with term in field.
func (ix *Index) docFreq(field, term string) uint64 {
	dict, err := ix.bi.FieldDictRange(field, []byte(term), []byte(term))
	if err != nil {
		return 0
	}
	defer dict.Close()
	if e, err := dict.Next(); err == nil && e != nil && e.Term == term {
		return e.Count
	}
	return 0
}

// synRun finds the longest run of words at the start of cs that is a
// synonym, and returns its length and the group's members (nil, 1 if none).
func (ix *Index) synRun(cs []clause) (int, []alt) {
	for n := min(ix.syn.maxWords, len(cs)); n >= 1; n-- {
		words := make([]string, 0, n)
		for _, c := range cs[:n] {
			if c.Phrase {
				break
			}
			words = append(words, trimPunct(c.Text))
		}
		if len(words) < n {
			continue
		}
		if m := ix.syn.lookup(strings.Join(words, " ")); m != nil {
			return n, membersAlts(m)
		}
	}
	return 1, nil
}

// synAlts returns the synonyms of text, or just self.
func (ix *Index) synAlts(text string, self alt) []alt {
	if m := ix.syn.lookup(text); m != nil {
		return membersAlts(m)
	}
	return []alt{self}
}

// membersAlts turns synonym members into words and phrases.
func membersAlts(members []string) []alt {
	alts := make([]alt, len(members))
	for i, m := range members {
		alts[i] = alt{m, strings.Contains(m, " ")}
	}
	return alts
}

// trimPunct trims non-letters and non-digits from both ends of w.
func trimPunct(w string) string {
	return strings.TrimFunc(w, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
}

// compile builds the bleve query of p, whose groups are gs, restricted
// by filters: the page query (rank.go) over every group, phrases
// required, exclusions and filters around it.
func (ix *Index) compile(p *parsedQuery, gs []group, filters []filter) query.Query {
	var page query.Query
	if len(gs) > 0 {
		page = ix.newPageQuery(gs, ix.proximity(p))
	}
	if len(p.Excluded) == 0 && len(filters) == 0 && page != nil && !slices.ContainsFunc(gs, func(g group) bool { return g.phrase }) {
		// Plain words alone: the page query without the boolean wrapper
		// that every match would otherwise go through.
		return page
	}
	bq := bleve.NewBooleanQuery()
	for _, g := range gs {
		if g.phrase {
			bq.AddMust(ix.groupQuery(g))
		}
	}
	switch {
	case page != nil && bq.Must == nil:
		bq.AddMust(page)
	case page != nil:
		bq.AddShould(page)
	default:
		bq.AddMust(bleve.NewMatchAllQuery())
	}
	for _, c := range p.Excluded {
		bq.AddMustNot(ix.altQuery(alt{c.Text, c.Phrase}))
	}
	if len(filters) > 0 {
		fs := make([]query.Query, len(filters))
		for i, f := range filters {
			tq := bleve.NewTermQuery(f.Value)
			tq.SetField(f.Field)
			fs[i] = tq
		}
		bq.AddFilter(bleve.NewConjunctionQuery(fs...))
	}
	return bq
}

// proximity returns an optional query that ranks higher the documents
// holding plain words of p side by side in their Indonesian body: any of
// the query's adjacent term pairs in fPairs, which needs no term
// locations. It is nil for fewer than two words, or without the pairs
// field (a baseline analyzer). (A phrase boost in titles and headings
// was tried too: it ranked the sample site worse, top-1 0.88 against
// 0.93.)
func (ix *Index) proximity(p *parsedQuery) query.Query {
	var words []string
	for _, c := range p.Terms {
		if !c.Phrase {
			words = append(words, c.Text)
		}
	}
	if len(words) < 2 || !ix.ours() {
		return nil
	}
	q := bleve.NewMatchQuery(strings.Join(words, " "))
	q.SetField(fPairs)
	q.SetBoost(pairsBoost)
	return q
}

// groupQuery matches any alternative of g, or the prefix.
func (ix *Index) groupQuery(g group) query.Query {
	qs := make([]query.Query, 0, len(g.alts)+1)
	for _, a := range g.alts {
		qs = append(qs, ix.altQuery(a))
	}
	for _, a := range g.more {
		q := ix.altQuery(a)
		q.SetBoost(prefixBoost)
		qs = append(qs, q)
	}
	if g.prefix != "" {
		pq := bleve.NewPrefixQuery(g.prefix)
		pq.SetField(fWords)
		pq.SetBoost(prefixBoost)
		qs = append(qs, pq)
	}
	if len(qs) == 1 {
		return qs[0]
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// altQuery matches a word or phrase in every text field of every
// language, each analysed by its field's analyzer, with the field boost.
// A phrase of two or more terms in the Indonesian body matches, with
// our analyzer, as all its term pairs in fPairs, which hold its terms
// too: no term locations to read, which makes phrases over long bodies
// affordable. (Matching its terms in the body as well cost a third of
// a query with a phrase synonym and ranked no better.)
func (ix *Index) altQuery(a alt) *query.DisjunctionQuery {
	var qs []query.Query
	for _, lang := range langs {
		for _, tf := range textFields {
			field := langField(tf.name, lang)
			qs = append(qs, ix.fieldQuery(a, field, fixedBoost(tf.boost)))
		}
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// fieldQuery matches the alternative a in field: a phrase through the
// body's adjacent-term pairs where our analysis keeps them, else as a
// phrase or its terms. boost gives each term query its boost from its
// field and term and the number n of term queries the alternative is
// matched by; a phrase query's terms (which it makes itself) share the
// boost of term "" (n 1). bleve's conjunction ignores a boost of its
// own, so the boosts go to the terms.
func (ix *Index) fieldQuery(a alt, field string, boost func(field, term string, n int) float64) query.Query {
	switch {
	case a.phrase && field == pairsOf && ix.ours():
		return ix.bodyPhrase(a.text, boost)
	case a.phrase && isAside(field):
		// no term vectors: a phrase matches an aside by its words
	case a.phrase:
		mq := bleve.NewMatchPhraseQuery(a.text)
		mq.SetField(field)
		mq.SetBoost(boost(field, "", 1))
		return mq
	}
	return ix.termsQuery(a.text, field, boost)
}

// isAside reports whether field is an aside field (Section.Aside).
func isAside(field string) bool { return strings.HasPrefix(field, "aside_") }

// fixedBoost boosts every term query by b.
func fixedBoost(b float64) func(string, string, int) float64 {
	return func(string, string, int) float64 { return b }
}

// matchAll matches all the terms of text in field.
func matchAll(text, field string) *query.MatchQuery {
	q := bleve.NewMatchQuery(text)
	q.SetField(field)
	q.SetOperator(query.MatchQueryOperatorAnd)
	return q
}

// bodyTerms returns the terms of the groups gs in the body fields:
// words, the words of phrases, synonyms and completions, each as the
// field's analyzer gives it. Locating the matches of a page of hits
// (spansOf) needs no more: highlights and the best section come from
// the body's term locations.
func (ix *Index) bodyTerms(gs []group) []fieldTerm {
	var out []fieldTerm
	for _, g := range gs {
		for _, a := range slices.Concat(g.alts, g.more) {
			for _, lang := range langs {
				field := langField("body", lang)
				ts, _ := ix.terms(a.text, field)
				for _, t := range ts {
					if ft := (fieldTerm{field, t}); !slices.Contains(out, ft) {
						out = append(out, ft)
					}
				}
			}
		}
	}
	return out
}

// terms returns the terms of text as field's analyzer gives them; ok is
// false if the mapping names no analyzer for field.
func (ix *Index) terms(text, field string) (out []string, ok bool) {
	m := ix.bi.Mapping()
	a := m.AnalyzerNamed(m.AnalyzerNameForPath(field))
	if a == nil {
		return nil, false
	}
	for _, t := range a.Analyze([]byte(text)) {
		out = append(out, string(t.Term))
	}
	return out, true
}

// termsQuery matches all the terms of text in field, like a match
// query with the AND operator and every term boosted, but a single term
// is a bare term query: a one-clause conjunction would wrap every
// matching document.
func (ix *Index) termsQuery(text, field string, boost func(field, term string, n int) float64) query.Query {
	terms, ok := ix.terms(text, field)
	if !ok {
		q := matchAll(text, field)
		q.SetBoost(boost(field, "", 1))
		return q
	}
	qs := make([]query.Query, 0, len(terms))
	for _, t := range terms {
		tq := bleve.NewTermQuery(t)
		tq.SetField(field)
		tq.SetBoost(boost(field, t, len(terms)))
		qs = append(qs, tq)
	}
	return allOf(qs)
}

// bodyPhrase matches a phrase in the Indonesian body, which keeps no
// term locations: each run of adjacent terms through its pairs in
// fPairs, and a term that stop words cut off from the others (or the
// only term) as itself. "rencana tindak lanjut dan evaluasi" matches a
// body holding "rencana tindak" and "tindak lanjut", and "evaluasi".
func (ix *Index) bodyPhrase(text string, boost func(field, term string, n int) float64) query.Query {
	tokens := ix.bi.Mapping().AnalyzerNamed(aID).Analyze([]byte(text))
	type ft struct {
		field string
		term  []byte
	}
	var fts []ft
	for _, p := range (pairsFilter{}).Filter(tokens) {
		fts = append(fts, ft{fPairs, p.Term})
	}
	for i, t := range tokens {
		joined := (i > 0 && tokens[i-1].Position == t.Position-1) || (i+1 < len(tokens) && tokens[i+1].Position == t.Position+1)
		if !joined {
			fts = append(fts, ft{pairsOf, t.Term})
		}
	}
	qs := make([]query.Query, len(fts))
	for i, f := range fts {
		tq := bleve.NewTermQuery(string(f.term))
		tq.SetField(f.field)
		tq.SetBoost(boost(f.field, string(f.term), len(fts)))
		qs[i] = tq
	}
	return allOf(qs)
}

// allOf matches what all of qs match: nothing for none, and one query
// as itself (a one-clause conjunction would wrap every match).
func allOf(qs []query.Query) query.Query {
	switch len(qs) {
	case 0:
		return bleve.NewMatchNoneQuery()
	case 1:
		return qs[0]
	}
	return bleve.NewConjunctionQuery(qs...)
}

// completions returns the maxCompletions words of the index that begin
// with prefix and occur in most documents, most frequent first; all
// reports whether they are all the indexed words that begin with it
// (besides prefix itself).
func (ix *Index) completions(prefix string) (alts []alt, all bool) {
	dict, err := ix.bi.FieldDictPrefix(fWords, []byte(prefix))
	if err != nil {
		return nil, false // the prefix query still matches
	}
	defer dict.Close()
	var top []index.DictEntry
	for e, err := dict.Next(); e != nil && err == nil; e, err = dict.Next() {
		if e.Term != prefix {
			top = append(top, *e)
		}
	}
	slices.SortStableFunc(top, func(a, b index.DictEntry) int { return cmp.Compare(b.Count, a.Count) })
	alts = make([]alt, 0, maxCompletions)
	for _, e := range top[:min(len(top), maxCompletions)] {
		alts = append(alts, alt{text: e.Term})
	}
	return alts, len(top) <= maxCompletions
}

// maxRootCompletions is the most roots a word being typed also matches.
const maxRootCompletions = 4

// rootCompletions returns the roots of the Indonesian body that the word
// being typed may become once whole: those that begin with what is left
// of it after its derivational prefixes (indonesian.Stemmer.PrefixRoots),
// most frequent first. Typing melatih, "melat" already finds the pages
// of pelatihan (latih), which no indexed word begins with "melat" for;
// where nothing begins so, a typed letter or two of a suffix is dropped
// ("latihk" of melatihkan: latih).
func (ix *Index) rootCompletions(prefix string) []alt {
	if !ix.ours() {
		return nil
	}
	field := langField("body", "id")
	var top []index.DictEntry
	for _, r := range ix.pipe.stemmer.PrefixRoots(prefix) {
		found := ix.dictPrefix(field, r, &top)
		for cut := 1; !found && cut <= 2 && utf8.RuneCountInString(r)-cut >= 4; cut++ {
			if t := r[:len(r)-cut]; ix.docFreq(field, t) > 0 {
				top = append(top, index.DictEntry{Term: t, Count: ix.docFreq(field, t)})
				found = true
			}
		}
	}
	slices.SortStableFunc(top, func(a, b index.DictEntry) int { return cmp.Compare(b.Count, a.Count) })
	var out []alt
	for _, e := range top {
		if len(out) == maxRootCompletions {
			break
		}
		if !slices.ContainsFunc(out, func(a alt) bool { return a.text == e.Term }) {
			out = append(out, alt{text: e.Term})
		}
	}
	return out
}

// dictPrefix appends the terms of field that begin with prefix to top
// and reports whether there were any.
func (ix *Index) dictPrefix(field, prefix string, top *[]index.DictEntry) bool {
	dict, err := ix.bi.FieldDictPrefix(field, []byte(prefix))
	if err != nil {
		return false
	}
	defer dict.Close()
	found := false
	for e, err := dict.Next(); e != nil && err == nil; e, err = dict.Next() {
		*top = append(*top, *e)
		found = true
	}
	return found
}

// matchedAsWords reports whether prefix and its completions are each
// matched as words in the body of both languages: none is a stop word
// there. A document whose words field holds one of them then matches
// that word's alternative already, and a prefix query over the words
// field, which visits every word it begins, would only add to the
// score of documents that match anyway.
func (ix *Index) matchedAsWords(prefix string, more []alt) bool {
	for _, w := range append([]alt{{text: prefix}}, more...) {
		for _, lang := range langs {
			if ts, ok := ix.terms(w.text, langField("body", lang)); !ok || len(ts) == 0 {
				return false
			}
		}
	}
	return true
}
