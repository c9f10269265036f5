package sitetest

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// regulationWords are the words of Regulation's sentences.
var regulationWords = strings.Fields(`bahwa untuk melaksanakan ketentuan peraturan daerah pegawai aparatur
sipil negara kecamatan kabupaten pelayanan publik masyarakat penyelenggaraan pemerintahan
pengembangan kompetensi pelatihan evaluasi kinerja anggaran pendapatan belanja kewenangan
pelaksanaan pengawasan pembinaan sebagaimana dimaksud dalam ayat huruf dengan persetujuan
bersama dewan perwakilan rakyat bupati menetapkan`)

// Regulation returns a regulation converted from PDF, as
// bench/gen-regulations writes them, of about size bytes: front matter
// with title, then chapters (## BAB I ...) of three to eight articles
// (### Pasal N), each with numbered paragraphs and a list, ending with
// the article that reaches size. The same arguments give the same text.
func Regulation(title string, size int) string {
	rng := rand.New(rand.NewPCG(uint64(size), 13))
	sentence := func(n int) string {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = regulationWords[rng.IntN(len(regulationWords))]
		}
		s := strings.Join(ws, " ")
		return strings.ToUpper(s[:1]) + s[1:] + "."
	}
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %s\n---\nMENIMBANG: %s\n\n", title, sentence(30))
	for bab, pasal := 1, 1; b.Len() < size; bab++ {
		fmt.Fprintf(&b, "## BAB %s %s\n\n", roman(bab), strings.ToUpper(strings.TrimSuffix(sentence(4), ".")))
		for range 3 + rng.IntN(6) {
			if b.Len() >= size {
				break
			}
			fmt.Fprintf(&b, "### Pasal %d\n\n", pasal)
			for ayat := range 1 + rng.IntN(4) {
				fmt.Fprintf(&b, "(%d) %s\n\n", ayat+1, sentence(20+rng.IntN(41)))
			}
			for k := range 1 + rng.IntN(5) {
				fmt.Fprintf(&b, "%d. %s\n", k+1, sentence(12))
			}
			b.WriteString("\n")
			pasal++
		}
	}
	return b.String()
}

// roman writes n in Roman numerals.
func roman(n int) string {
	var b strings.Builder
	for _, r := range []struct {
		v int
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for ; n >= r.v; n -= r.v {
			b.WriteString(r.s)
		}
	}
	return b.String()
}
