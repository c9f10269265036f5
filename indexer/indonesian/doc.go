// Package indonesian provides an Indonesian stemmer and analyzer for bleve,
// so that a reader searching "pelatihan" also finds "melatih", "dilatih"
// and "latihan".
//
// # Names
//
// Importing the package registers two bleve components:
//
//   - the token filter type [StemmerName], which replaces every token by
//     its root word (config keys "roots", a list of extra root words, and
//     "exceptions", a map from word to root);
//   - the analyzer [AnalyzerName]: unicode tokenizer, lowercase, bleve's
//     Indonesian stop words ("stop_id"), then the stemmer with the
//     default dictionary.
//
// [Version] changes whenever the stemming output changes; an index built
// with a different Version must be rebuilt.
package indonesian

// StemmerName is the bleve token filter type name of the Indonesian stemmer.
const StemmerName = "stemmer_id_pustaka"

// AnalyzerName is the bleve analyzer name of the Indonesian analyzer:
// unicode tokenizer, lowercase, Indonesian stop words, stemmer.
const AnalyzerName = "id_pustaka"

// Version is the version of the stemming output. It is bumped whenever the
// stemmer or its dictionary change the root produced for some word, so
// that indexes built with an older version are rebuilt.
const Version = 1
