// Package indonesian provides an Indonesian stemmer and analyzer for bleve,
// so that a reader searching "pelatihan" also finds "melatih", "dilatih"
// and "latihan": all four are indexed as the root "latih".
//
// # Names
//
// Importing the package registers two bleve components:
//
//   - the token filter type [StemmerName], which replaces every token by
//     its root. Config keys: "roots", a list of extra root words, and
//     "exceptions", an object mapping a word to its root; both extend the
//     default dictionary (see [StemmerFilterConstructor]);
//   - the analyzer [AnalyzerName]: bleve's unicode tokenizer, lowercase,
//     bleve's Indonesian stop words ("stop_id"), then the stemmer with
//     [DefaultDictionary]. [Analyze] runs it on a string.
//
// [Version] changes whenever the stemming output changes (algorithm,
// roots.txt or supplement.txt); an index built with another Version must
// be rebuilt.
//
// # Dictionary
//
// Every root the stemmer produces is confirmed by a [Dictionary]. The
// default one is Sastrawi's list of 29,931 root words (data/roots.txt, MIT
// licence, see data/README.md for its origin and extraction) plus
// data/supplement.txt, roots that public-administration text needs
// (daring, luring, kinerja, perda, ...) and one exception (ketahui =>
// tahu). A site adds its own with [Dictionary.With], typically read with
// [ParseSiteFile] from a file like:
//
//	# akar kata situs
//	tubeiana            # one root per line
//	ketahui => tahu     # an exception: word => root
//
// # Algorithm
//
// [Stemmer.Stem] implements Enhanced Confix Stripping (Arifin, Mahendra &
// Ciptaningtyas 2009), which refines Nazief & Adriani (1996) and Asian et
// al. (2005), written from the published description:
//
//  1. An exception returns its root; a dictionary word returns itself,
//     so roots that look affixed (beras, pertama, kepala, ikan, pesan)
//     are never cut.
//  2. Suffixes come off right to left: one particle (-lah, -kah, -tah,
//     -pun), one possessive (-ku, -mu, -nya), one derivational suffix
//     (-kan, -an, -i); the dictionary is consulted after each step.
//  3. Words with the prefix-suffix pairs be-lah, be-an (not be-kan),
//     me-i, di-i, pe-i and te-i lose their prefixes first (petani: tani,
//     not petan + -i; memakai: pakai, not maka + -i), fewer prefixes
//     before more, and at one depth the remainder as it is, then without
//     particle and possessive (memakainya: pakai), then without the
//     derivational suffix (mengenali: kenal, not meN-ke-nali).
//  4. Up to three prefixes are removed, breadth first, from the word with
//     its suffixes removed: di-, ke-, se-, ber-/be-, ter-/te-, meN-,
//     peN-/per-. A prefix class never follows itself, and the pairs be-i,
//     di-an, ke-i, me-an, se-i and te-an are disallowed. meN- and peN-
//     follow the recoding rules: the nasal restores the root's lost first
//     letter (mengirim: kirim, memukul: pukul, menolak: tolak, menyapu:
//     sapu), mem-b/f/v, men-c/d/j/s/t/z and meng-g/h/k keep it, mempe- and
//     mempV keep the p (memperbaiki: baik, mempunyai: punya), menge-/penge-
//     only before roots of one syllable (mengecat: cat, mengebom: bom;
//     never mengenali: nali), peN- never with -kan (pengecekan is
//     peN-...-an, not peN-kece-kan; per- and pe- take it: perhatikan,
//     pekerjakan), ber-/per-/
//     ter- before a vowel try both ber-V and be-rV, be-/te-/pe- before
//     C-er (bekerja, tepercaya, pekerja), and bel-/pel- before ajar.
//  5. If no root is found, ECS's suffix-restoring loop retries the prefix
//     removal with the suffixes given back one at a time, the "k" of -kan
//     first (kebijakan: ke-bijak-an).
//  6. A word that reaches no root of at least three letters comes back
//     unchanged, except a loan noun the dictionary lacks behind di-,
//     meN- or peN-, which loses that prefix when it is itself an
//     absorbed derivation of a root (menginisialisasi, diinisialisasi:
//     inisialisasi, of inisial + -isasi).
//
// Where two readings both reach a root, the rule order above decides, as
// in ECS. Known casualties: ber-/per-/ter- before r-initial roots that have
// a vowel-initial twin (berupa: upa, perawat: awat, terasa: asa);
// meng-/peng- before e (mengetik: etik, mengesahkan: kesah); derived
// forms that the root list contains (perhatian: perhati, kedudukan:
// keduduk). A site can fix such words with exceptions. The test over
// testdata/words.tsv reports the accuracy and lists every miss.
//
// # Compounds and readings
//
// A word that no affix removal turns into a root and that begins with a
// bound prefix written solid (antar-, pasca-, pra-, non-, multi-, semi-,
// swa-, sub-) is stemmed as its head when that head, of at least four
// letters, reaches a root: antarkomponen and subkomponen are komponen,
// pascapelatihan is latih. Compounds the root list holds as words of their
// own (antarmuka, prasyarat, nonaktif) stay whole, as every root does.
//
// [Stemmer.Roots] lists every reading of a word besides the one Stem
// picks: a nasal prefix before a vowel may have dropped the root's first
// letter or not (pengodean: ode or kode; menyaring: nyaring or saring),
// and a loan word the list lacks may be what is left of a meN-/peN- form
// (menginstal: instal), and an absorbed derivation offers the root it may
// be formed from (normalisasi: normal, kondisional: kondisi,
// produktivitas: produktif, stabilitas: stabil). Stem never takes those:
// the dictionary lists most such derivations as roots, and the same
// endings end other words (nasional is not nasi + -onal, organisasi not
// organ + -isasi). The indexer matches a query word also through the
// readings that the site's own text uses more than the first, so only a
// site that writes normal more than normalisasi reads one as the other.
//
// testdata/families.txt lists word families as a reader sees them, the
// look-alikes that must stay apart (pelat and pelatihan, nasi and
// nasional) and the known gaps.
//
// # English words
//
// Translated technical documentation keeps many words and titles in
// English. A word of ASCII letters that no Indonesian rule reduces is
// spelled as Indonesian absorbs it, where that spelling is a root of the
// dictionary: migration is migrasi, transitions transisi, reactivity
// reaktivitas, functions fungsi, components komponen (the ending by a
// table: -tion -si, -ction -ksi, -ity -itas, -ive -if, -ment -men, -y -i
// ...; the rest: c as k or s, ch k, ph f, qu ku, x ks, y i, doubled
// consonants once). Otherwise the English -ing and -s go (debugging:
// debug, props: prop), and the rest is spelled again the same way.
//
// # Reduplication and hyphens
//
// bleve's unicode tokenizer follows Unicode word boundaries (UAX #29) and
// splits at hyphens, so the analyzer sees "rekan-rekan" as two tokens
// "rekan" "rekan" and "berlari-lari" as "berlari" "lari", both stemmed to
// lari. [Stemmer.Stem] itself also accepts hyphenated words (for callers
// that keep hyphens, and for site exceptions): a dictionary word such as
// "kupu-kupu" stays whole; otherwise each part is stemmed and the common
// root returned when all parts agree (surat-menyurat: surat,
// sebaik-baiknya: baik), else the word is unchanged.
//
// # Text
//
// Stem expects lower-case input, as produced by bleve's lowercase filter.
// Affixes are ASCII and removed whole, so a word is never cut inside a
// rune; invalid UTF-8 is replaced by U+FFFD.
package indonesian

// StemmerName is the bleve token filter type name of the Indonesian stemmer.
const StemmerName = "stemmer_id_pustaka"

// AnalyzerName is the bleve analyzer name of the Indonesian analyzer:
// unicode tokenizer, lowercase, Indonesian stop words, stemmer.
const AnalyzerName = "id_pustaka"

// Version is the version of the stemming output. It is bumped whenever the
// stemmer or its dictionary change the root produced for some word, so
// that indexes built with an older version are rebuilt.
const Version = 8
