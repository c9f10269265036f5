package render

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Latar Belakang dan Tujuan", "latar-belakang-dan-tujuan"},
		{"  Résumé  —  Café  ", "resume-cafe"},
		{"Ñandú, Ærø, Þing", "nandu-aero-thing"},
		{"Tahap 2: Evaluasi (Akhir)", "tahap-2-evaluasi-akhir"},
		{"SDM & Anggaran 2026", "sdm-anggaran-2026"},
		{"---", "bagian"},
		{"", "bagian"},
		{"Ĳ Œ ſ", "ij-oe-s"},
		{"ولاية", "ولاية"},
		{"α β", "α-β"},
		{"Ảnh", "ảnh"}, // Latin Extended Additional is kept as is
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldTable(t *testing.T) {
	if len(latinExtA) != 0x80 {
		t.Fatalf("latinExtA has %d entries, want 128", len(latinExtA))
	}
	checks := map[rune]string{'ā': "a", 'č': "c", 'đ': "d", 'ę': "e", 'ğ': "g", 'ħ': "h", 'ı': "i",
		'ĵ': "j", 'ķ': "k", 'ł': "l", 'ň': "n", 'ő': "o", 'ř': "r", 'š': "s", 'ť': "t", 'ů': "u",
		'ŵ': "w", 'ÿ': "y", 'ŷ': "y", 'ž': "z", 'é': "e", 'ß': "ss", 'ø': "o", 'a': "", 'ƀ': ""}
	for r, want := range checks {
		if got := fold(r); got != want {
			t.Errorf("fold(%q) = %q, want %q", r, got, want)
		}
	}
}

func TestArticleScope(t *testing.T) {
	type h struct {
		level int
		text  string
		want  string
	}
	steps := []h{
		{2, "Ayat (1)", "ayat-1"},
		{2, "BAB IV Ketentuan Peralihan", "bab-iv"},
		{2, "Bab 4", "bab-4"},
		{2, "Babak Baru", "babak-baru"},
		{3, "Pasal 12", "pasal-12"},
		{4, "Ayat (2a)", "pasal-12-ayat-2a"},
		{4, "Ayat ( 3 )", "pasal-12-ayat-3"},
		{4, "Ayatnya", "ayatnya"},
		{3, "Pasal 12B — Perubahan", "pasal-12b"},
		{3, "Ayat 1", "pasal-12b-ayat-1"}, // same level as its Pasal
		{3, "PASAL 13: Sanksi", "pasal-13"},
		{2, "Pasal-pasal Lain", "pasal-pasal-lain"}, // not an article: leaves the Pasal
		{3, "Ayat 1", "ayat-1"},
		{2, "Pasal Ini", "pasal-ini"},
		{2, "Pasal II", "pasal-ii"},
	}
	var s articleScope
	for _, st := range steps {
		if got := s.id(st.level, st.text); got != st.want {
			t.Errorf("h%d %q -> %q, want %q", st.level, st.text, got, st.want)
		}
	}
}

func TestIsLocal(t *testing.T) {
	local := []string{"x.md", "../pelatihan/x.md#pasal-2", "#pasal-3", "a/b.markdown?v=1", "X.MD", "x.md?q#f", "dir.v2/x.md"}
	other := []string{"", "#", "x.pdf", "gambar.png", "https://a/x.md", "mailto:a@b.c", "//cdn/x.md",
		"tel:+62", "x.md.bak", "dir.md/", "javascript:x.md", "C:x.md"}
	for _, d := range local {
		if !isLocal(d) {
			t.Errorf("isLocal(%q) = false, want true", d)
		}
	}
	for _, d := range other {
		if isLocal(d) {
			t.Errorf("isLocal(%q) = true, want false", d)
		}
	}
}

func TestLineIndex(t *testing.T) {
	src := []byte("ab\néé x\n\nz")
	l := newLineIndex(src)
	tests := []struct{ off, line, col int }{
		{0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {8, 2, 4}, {10, 3, 1}, {11, 4, 1}, {12, 4, 2}, {-1, 0, 0},
	}
	for _, tt := range tests {
		line, col := l.position(src, tt.off)
		if line != tt.line || col != tt.col {
			t.Errorf("position(%d) = %d:%d, want %d:%d", tt.off, line, col, tt.line, tt.col)
		}
	}
}

func TestUniqueIDs(t *testing.T) {
	src := "## A {#a-3}\n\n## A\n\n## A\n\n## A\n\n## A-2\n\n## A\n\n#\n\n#\n"
	d := New(Options{}).Parse([]byte(src))
	var got []string
	for _, h := range d.Headings {
		got = append(got, h.ID)
	}
	want := []string{"a-3", "a", "a-2", "a-4", "a-2-2", "a-5", "bagian", "bagian-2"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("ids = %v, want %v", got, want)
	}
}

func TestNormalizeSpace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""}, {"  \t\n ", ""}, {" a  b\tc\n", "a b c"}, {"é\u00a0\u2003é", "é é"}, {"x\xffy", "x\xffy"},
		{"a", "a"}, {"\u2003a\u0085", "a"}, {"\xff \xfe", "\xff \xfe"}, {"a\v\fb\rc", "a b c"}, {"ab cd", "ab cd"},
	}
	for _, tt := range tests {
		if got := normalizeSpace([]byte(tt.in)); got != tt.want {
			t.Errorf("normalizeSpace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// The same as the rune-by-rune definition, on random mixes of words,
	// white space of both kinds and broken UTF-8.
	parts := []string{"kata", "é", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u0085", "\xff", "\xe2\x80", "x"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var in strings.Builder
		for range rng.IntN(12) {
			in.WriteString(parts[rng.IntN(len(parts))])
		}
		if got, want := normalizeSpace([]byte(in.String())), normalizeSpaceRunes(in.String()); got != want {
			t.Fatalf("normalizeSpace(%q) = %q, want %q", in.String(), got, want)
		}
	}
}

// normalizeSpaceRunes is normalizeSpace rune by rune (as it was written
// before it copied whole runs).
func normalizeSpaceRunes(s string) string {
	out := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			space = len(out) > 0
		} else {
			if space {
				out = append(out, ' ')
				space = false
			}
			out = append(out, s[i:i+n]...)
		}
		i += n
	}
	return string(out)
}

// BenchmarkNormalizeSpace compares normalizeSpace with the rune-by-rune
// definition on a paragraph of soft-wrapped Indonesian prose.
func BenchmarkNormalizeSpace(b *testing.B) {
	par := []byte(strings.Repeat("Pegawai  Aparatur Sipil Negara mengikuti pelatihan\nkepemimpinan  tingkat pengawas selama 30 hari kerja. ", 8))
	b.Run("normalizeSpace", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			normalizeSpace(par)
		}
	})
	b.Run("runes", func(b *testing.B) {
		b.ReportAllocs()
		s := string(par)
		for b.Loop() {
			normalizeSpaceRunes(s)
		}
	})
}
