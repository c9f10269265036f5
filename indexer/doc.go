// Package indexer is the search index of a Pustaka site: bleve with
// Indonesian-aware analysis and a small query language. The build fills
// it with Update or Sync, the server answers /api/search with Search,
// and `pustaka analyze` shows the terms of a text with Analyze.
//
// # Index
//
// Open creates or opens the index in Options.Path (empty: in memory).
// The directory holds the bleve (scorch) index in "bleve/" and a
// "version" file naming the mapping version, indonesian.Version and a
// hash of the site's roots and exceptions. When that file differs, or
// bleve cannot open the index, Open recreates it empty, says so through
// Options.Logf, and Stale reports true until a Sync.
//
// Every document is a bleve document whose id is its URL. Analysis is
// per language through language-specific fields: a document with Lang
// "en" fills title_en, headings_en, summary_en, body_en and aside_en (bleve's "en"
// analyzer); any other Lang fills the _id fields (analyzer "pustaka_id":
// unicode tokenizer, lowercase, bleve's Indonesian stop words, the
// stemmer of package indonesian with the site's roots). Queries search
// both sets, each with its field's analyzer, so one query finds
// documents of both languages. Tags and competencies are also searched
// as text (with the summary).
//
// Keyword fields (type, status, tag, unit, competency, lang, year of
// Date) hold lowercased exact values for filters; their facet counts
// come from one field "facet": one term joining a document's
// single-valued facets, plus one "name:value" term per tag and
// competency. The values of every document of an index snapshot are read
// once from the postings of that field into a table by internal document
// number (rebuilt for each new snapshot, on the first query that counts
// facets); a search adds up the values of every match from the table as
// it goes, which costs far less than reading doc values per match. The counts of a (query, filters) pair are also cached until the
// next Update or Sync that changes the index (they stay exact: they are
// counted over all matches, and every change empties the cache), and
// Request.NoFacets skips them: search as you type needs hits on every
// keystroke, facet counts only once the query settles.
//
// Whole results are cached too: the last 1,024 distinct requests, least
// recently used first out, each tied to the generation of the index it
// was computed on, so a change of the index is seen by the next search.
//
// To keep the index small only what results need is stored: title,
// type, status, version, lang, date, the body text without the asides
// (for fragments) and a table of section offsets and anchors. Term
// vectors are kept on the other text fields, for phrases and
// highlighting, except the asides (aside_id, aside_en), which a phrase
// matches by its words. The "words" field
// holds the unstemmed lowercase words for prefix and typo matching,
// without frequencies (each distinct word of a document once). The
// "pairs_id" field (our analyzer only) holds each pair of adjacent terms
// of the Indonesian body ("rencana tindak"; terms that a stop word
// separates make no pair), without term vectors: a phrase matches a
// body that holds all its pairs, and the terms that stop words cut off
// from the others, with no term locations to read, which keeps phrases
// over long bodies cheap (a body with "a b" in one place and "b c" in
// another also matches "a b c"). The Indonesian body keeps no term
// vectors either: the locations of its terms, for the fragments, are
// stored per document ("locs").
// Scoring is BM25.
//
// Update re-indexes only documents whose Hash changed (a document
// without Hash is hashed here); hashes live in bleve's internal store.
// Sync does the same for the full set and deletes what is gone; after
// 500 or more changes it merges the index into one segment, unless
// Options.NoCompact (a one-shot build).
//
// # Query language
//
//	pengembangan kompetensi   words: all preferred, not all required
//	"survei kepuasan"         phrase: required, words in this order
//	-arsip -"kata sandi"      exclusion of a word or a phrase
//	type:modul status:approved tag:pelatihan unit:"dinas kesehatan"
//	kompetensi:teknis tahun:2024
//	                          filters (also: tipe, jenis, label,
//	                          competency, year), same as Request fields
//
// A result is a page, ranked by one score over its fields in the spirit
// of BM25F (rank.go): each word (with its synonyms and completions) is
// scored by BM25 in title, headings, summary with tags and competencies,
// body, and aside (what sections show but do not say in prose: code
// blocks, file listings, lists that only link to other pages or that
// list documents by number and year; Section.Aside), with one IDF for the page (counted once, as BM25 does,
// for every field and language: bleve's own is per field and squared),
// weighed 5, 2.5, 1.5, 1 and 0.3; its best field counts in full and the
// others add 30 %, so a long body that repeats a word cannot outvote a
// title that names it. The words' sum is scaled by the share of the
// query the page covers (each word weighed by its IDF; the share
// squared) and by how much of it the page's title or summary (or, at
// half, its headings) hold (each word by the square root of its IDF), and
// once more when its title holds every word: a page whose title names
// the whole query ranks above pages that merely mention it (the summary
// alone does not give this bonus: it is searched with the tags and
// competencies, which many pages share). Stop words and
// words no page holds count for nothing. Adjacent pairs of the
// words side by side in an Indonesian body (through "pairs_id") add at
// most a quarter, a signal that never decides over a title. Every word
// form the analyzer reduces to the same root matches (mengembangkan,
// pengembangan: kembang), and where the stemmer can read a word two
// ways the reading the site's own text uses more matches too
// (pengodean: kode). The last word, when typed without a trailing space
// and at least 3 letters long, also matches as a prefix (search as you
// type): through the most frequent indexed words it begins, a prefix
// query, and the roots that what is left of it after its derivational
// prefixes begins (melat: latih), so results do not drop to none while a
// word is typed toward a match. Synonyms and acronyms of public administration
// (data/synonyms.txt plus Options.Synonyms) are expanded at query time,
// also across several words ("pegawai negeri sipil" = "asn").
//
// When nothing matches, every word missing from the index's dictionary
// is replaced by the closest indexed word (edit distance 1, or 2 for
// words of 8 runes or more), the corrected query is run, and
// Result.Suggestion holds it ("Maksud Anda: pelatihan").
//
// An unclosed quote is closed at the end. Cost is bounded: at most 512
// bytes and 32 words, no wildcards (only the implicit prefix), Size at
// most 50, Page*Size at most 1000.
//
// # Errors
//
// Bad queries and parameters give a *QueryError, shown to users in
// Indonesian. The messages and their meaning:
//
//	kueri terlalu panjang (maksimal 512 byte)         query too long
//	kueri bukan teks UTF-8 yang sah                   query is not valid UTF-8
//	terlalu banyak kata (N, maksimal 32)              too many words
//	tanda minus harus diikuti kata atau frasa         "-" without a word or phrase
//	filter tidak dikenal: "x"                         unknown filter name
//	filter F perlu nilai                              filter without a value
//	filter tidak bisa dikecualikan                    "-" before a filter
//	tahun tidak valid: "x"                            year is not four digits
//	nomor halaman tidak valid: N                      negative page
//	ukuran halaman harus antara 1 dan 50              bad page size
//	hanya 1000 hasil pertama yang dapat ditampilkan   Page*Size above 1000
//	urutan tidak dikenal: "x" (pilih relevance atau date)  unknown sort
//	nilai F terlalu panjang (maksimal 100 byte)       filter value too long
//	P harus bilangan bulat, bukan "x"                 page, size or year not a number
//	facets harus 0 atau 1, bukan "x"                  bad facets parameter
//
// ParseParams maps the parameters of /api/search and the search page to
// a Request with these checks and messages (Request.Validate); the
// server only hands its parameters over.
//
// # Results
//
// A Hit is a page: its URL, title and metadata, and the sections of it
// that match (SectionHit: anchor, heading and, with Request.Highlight,
// one fragment; at most 3, the one with the most distinct query words
// first), the way documentation search shows them, plus up to two
// fragments of the best section. Fragments are HTML-escaped with <mark>
// around matches, taken from the term locations recorded at indexing
// (the stored locations of an Indonesian body, the term vectors of an
// English one), so no text is analysed again at query time. The hits'
// stored fields and term locations are read from the index snapshot the
// search ran on, by internal document number, rather than by looking
// every hit up again (see stored.go). Hit is also the JSON shape of a
// hit, the one /api/search and `pustaka search --json` write.
//
// # Relevance
//
// ParseRelevance reads a file of "query<TAB>expected first URL" lines
// and Evaluate reports top-1 accuracy and mean reciprocal rank; with
// Options.Analyzer "standard" the same documents give the baseline.
// testdata/relevance.txt runs over the test documents,
// testdata/sample-relevance.txt over the repository's sample site as
// internal/site builds it; every query of the latter uses other word
// forms than the text it targets.
package indexer
