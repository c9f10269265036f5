package indexer

// Analyze returns the index terms of text in a language, in order: "en"
// uses bleve's English analyzer, every other language ours (Indonesian
// stop words and stemmer, default dictionary). It backs `pustaka analyze`.
func Analyze(lang, text string) []string {
	im, err := buildMapping(Options{})
	if err != nil {
		// The default mapping is fixed; failing to build it is a bug.
		panic(err)
	}
	a := im.AnalyzerNamed(analyzerFor(docLang(lang), aID))
	var out []string
	for _, t := range a.Analyze([]byte(text)) {
		out = append(out, string(t.Term))
	}
	return out
}
