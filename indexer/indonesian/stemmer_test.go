package indonesian

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// TestRootsStayWhole checks words that begin or end like an affix but are
// roots themselves: none may lose a letter.
func TestRootsStayWhole(t *testing.T) {
	s := NewStemmer(nil)
	for _, w := range []string{
		"beras", "pertama", "terang", "dinas", "kepala", "teman", "bulan",
		"perak", "makan", "minum", "mata", "pelangi", "sepatu", "ikan",
		"tani", "berita", "pesan", "berat", "benar", "perahu", "penyu",
		"diam", "dingin", "kelapa", "kemarau", "sekolah", "sepeda", "bekas",
		"terus", "teras", "pelan", "perang", "pena", "menteri", "melati",
		"seni", "sejarah", "desa", "kertas", "tuan", "taman", "jalan",
		"hutan", "saran", "bukan", "akan", "kelas", "keras", "berani",
		"pedas", "daring", "perda", "pemda", "tubei",
	} {
		if !s.dict.Has(w) {
			t.Errorf("%s is not in the default dictionary", w)
		}
		if got := s.Stem(w); got != w {
			t.Errorf("Stem(%q) = %q, want it unchanged", w, got)
		}
	}
}

func TestStemCases(t *testing.T) {
	s := NewStemmer(nil)
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"lapisan", "lapis"},             // derived, not a root
		{"petani", "tani"},               // pe-i: prefix first, not petan + -i
		{"memakai", "pakai"},             // me-i: pakai, not maka + -i
		{"berikan", "beri"},              // beri-kan, not ber-ikan
		{"dimakan", "makan"},             // di-an is disallowed: not di-mak-an
		{"xyzabc", "xyzabc"},             // unknown word: unchanged
		{"pelatihanxyz", "pelatihanxyz"}, // no root reachable: unchanged
		{"kebijakan", "bijak"},           // -kan restored to -k + -an
		{"ketahui", "tahu"},              // supplement exception
		{"rekan-rekan", "rekan"},         // reduplication
		{"kupu-kupu", "kupu-kupu"},       // hyphenated dictionary word stays whole
		{"surat-menyurat", "surat"},      // parts agree after stemming
		{"mentransfer", "transfer"},      // men-t kept for loan words
		{"sayur-kirim", "sayur-kirim"},   // parts disagree: unchanged
		{"-", "-"},
		{"di" + strings.Repeat("latih", 13), "di" + strings.Repeat("latih", 13)}, // over maxWord
		{"dipertanggungjawabkannya", "tanggungjawab"},                            // supplement compound
		{"a--b", "a--b"},
		{"pelatihan\xff", "pelatihan\uFFFD"}, // invalid UTF-8 replaced
		{"Melatih", "Melatih"},               // input must be lower case
		{"mengélola", "mengélola"},           // non-ASCII letters are kept whole
	} {
		if got := s.Stem(tc.in); got != tc.want {
			t.Errorf("Stem(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDictionaryWith(t *testing.T) {
	base := DefaultDictionary()
	d := base.With([]string{"tubeiana"}, map[string]string{"dilatihkan": "latihkan"})
	if base.Has("tubeiana") {
		t.Error("With modified the receiver")
	}
	if d.Len() != base.Len()+1 {
		t.Errorf("Len = %d, want %d", d.Len(), base.Len()+1)
	}
	s := NewStemmer(d)
	if got := s.Stem("ditubeianakan"); got != "tubeiana" {
		t.Errorf("Stem(ditubeianakan) = %q, want the site root tubeiana", got)
	}
	if got := s.Stem("dilatihkan"); got != "latihkan" {
		t.Errorf("Stem(dilatihkan) = %q, want the exception latihkan", got)
	}
	if got := NewStemmer(base).Stem("ditubeianakan"); got != "ditubeianakan" {
		t.Errorf("default stemmer knows the site root: %q", got)
	}
	if DefaultDictionary() != base {
		t.Error("DefaultDictionary is not loaded once")
	}
	if base.Len() < 29000 {
		t.Errorf("default dictionary has %d roots; data/roots.txt not embedded?", base.Len())
	}
}

func TestStemConcurrent(t *testing.T) {
	s := NewStemmer(nil)
	cases := readWords(t)
	want := make([]string, len(cases))
	for i, c := range cases {
		want[i] = NewStemmer(nil).stem(c.form)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range cases {
				j := (i + g*37) % len(cases)
				if got := s.Stem(cases[j].form); got != want[j] {
					t.Errorf("concurrent Stem(%q) = %q, want %q", cases[j].form, got, want[j])
				}
			}
		})
	}
	wg.Wait()
}

func TestMemoBounded(t *testing.T) {
	m := newMemo()
	for i := range memoShards * memoShardSize * 3 {
		w := strings.Repeat("a", i%7) + string(rune('a'+i%26)) + string(rune(0x100+i))
		m.put(w, w)
	}
	for i := range m.shards {
		if n := len(m.shards[i].m); n > memoShardSize {
			t.Fatalf("shard %d holds %d entries, bound is %d", i, n, memoShardSize)
		}
	}
}

func FuzzStem(f *testing.F) {
	for _, c := range readWords(f) {
		f.Add(c.form)
	}
	for _, w := range []string{"", "-", "me", "meng", "mempe", "peny", "berr", "\xff\xfe", "menge\u00e9", "di-di-di", "kan", "nya"} {
		f.Add(w)
	}
	s := NewStemmer(nil)
	f.Fuzz(func(t *testing.T, word string) {
		got := s.Stem(word)
		if !utf8.ValidString(got) {
			t.Fatalf("Stem(%q) = %q, not valid UTF-8", word, got)
		}
		if word != "" && got == "" {
			t.Fatalf("Stem(%q) is empty", word)
		}
		if again := s.Stem(word); again != got {
			t.Fatalf("Stem(%q) = %q, then %q", word, got, again)
		}
	})
}

func TestRoots(t *testing.T) {
	s := NewStemmer(nil)
	for _, c := range []struct {
		word string
		want []string
	}{
		{"pengodean", []string{"ode", "kode"}},
		{"mengukur", []string{"ukur", "kukur"}},
		{"menyaring", []string{"nyaring", "saring"}},
		{"memetakan", []string{"meta", "peta"}},
		{"mengunjungi", []string{"unjung", "kunjung"}},
		{"menginstal", []string{"menginstal", "instal", "kinstal"}},
		{"pelatihan", []string{"latih"}},
		{"komponen", []string{"komponen"}},
	} {
		if got := s.Roots(c.word); !slices.Equal(got, c.want) {
			t.Errorf("Roots(%q) = %q, want %q", c.word, got, c.want)
		}
	}
}

func TestPrefixRoots(t *testing.T) {
	s := NewStemmer(nil)
	for _, c := range []struct {
		prefix string
		want   []string
	}{
		{"melat", []string{"lat"}},
		{"pelati", []string{"lati"}},
		{"menuli", []string{"nuli", "tuli"}},
		{"memperbai", []string{"perbai", "bai"}},
		{"pel", nil},
		{"kompo", nil},
	} {
		if got := s.PrefixRoots(c.prefix); !slices.Equal(got, c.want) {
			t.Errorf("PrefixRoots(%q) = %q, want %q", c.prefix, got, c.want)
		}
	}
}
