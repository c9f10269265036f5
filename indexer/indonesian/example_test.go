package indonesian_test

import (
	"fmt"
	"strings"

	"github.com/tubei/pustaka/indexer/indonesian"
)

func ExampleStemmer_Stem() {
	s := indonesian.NewStemmer(indonesian.DefaultDictionary())
	for _, w := range []string{"melatih", "dilatih", "pelatihan", "latihan", "pelatihannya", "kepala"} {
		fmt.Println(w, "->", s.Stem(w))
	}
	// Output:
	// melatih -> latih
	// dilatih -> latih
	// pelatihan -> latih
	// latihan -> latih
	// pelatihannya -> latih
	// kepala -> kepala
}

func ExampleAnalyze() {
	fmt.Println(indonesian.Analyze("Modul Pelatihan: para peserta dilatih menyusun kebijakan."))
	// Output: [modul latih serta latih susun bijak]
}

func ExampleParseSiteFile() {
	const site = `# akar kata situs
tubeiana
ketahui => tahu
`
	roots, exceptions, err := indonesian.ParseSiteFile(strings.NewReader(site))
	if err != nil {
		fmt.Println(err)
		return
	}
	s := indonesian.NewStemmer(indonesian.DefaultDictionary().With(roots, exceptions))
	fmt.Println(s.Stem("ditubeianakan"))
	_, _, err = indonesian.ParseSiteFile(strings.NewReader("daring\nDaring\n"))
	fmt.Println(err)
	// Output:
	// tubeiana
	// line 2, column 1: "Daring" has upper case; write it in lower case
}
