package indonesian

import (
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

func TestBleveIndexFindsAllForms(t *testing.T) {
	m := bleve.NewIndexMapping()
	m.DefaultAnalyzer = AnalyzerName
	idx, err := bleve.NewMemOnly(m)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	docs := map[string]string{
		"melatih":   "Camat melatih para ASN menyusun laporan.",
		"pelatihan": "Pelatihan daring dimulai pada bulan Januari.",
		"dilatih":   "Kader posyandu dilatih oleh puskesmas.",
		"lain":      "Anggaran desa dibahas dalam musrenbang.",
	}
	for id, text := range docs {
		if err := idx.Index(id, map[string]string{"isi": text}); err != nil {
			t.Fatal(err)
		}
	}
	res, err := idx.Search(bleve.NewSearchRequest(bleve.NewMatchQuery("latihan")))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range res.Hits {
		got = append(got, h.ID)
	}
	slices.Sort(got)
	if want := []string{"dilatih", "melatih", "pelatihan"}; !slices.Equal(got, want) {
		t.Errorf(`match "latihan" found %v, want %v`, got, want)
	}
}

func TestAnalyze(t *testing.T) {
	got := Analyze("Pelatihan ASN telah dilaksanakan, dan rekan-rekan peserta dilatih menyusun kebijakannya.")
	want := []string{"latih", "asn", "laksana", "rekan", "rekan", "serta", "latih", "susun", "bijak"}
	if !slices.Equal(got, want) {
		t.Errorf("Analyze = %q, want %q", got, want)
	}
	if got := Analyze(""); len(got) != 0 {
		t.Errorf("Analyze(\"\") = %q, want none", got)
	}
}

func TestStemmerFilterConfig(t *testing.T) {
	c := registry.NewCache()
	f, err := c.DefineTokenFilter("situs", map[string]interface{}{
		"type":       StemmerName,
		"roots":      []interface{}{"tubeiana"},
		"exceptions": map[string]interface{}{"kades": "desa"},
	})
	if err != nil {
		t.Fatal(err)
	}
	stream := analysis.TokenStream{{Term: []byte("ditubeianakan")}, {Term: []byte("kades")}, {Term: []byte("melatih")}}
	var got []string
	for _, tok := range f.Filter(stream) {
		got = append(got, string(tok.Term))
	}
	if want := []string{"tubeiana", "desa", "latih"}; !slices.Equal(got, want) {
		t.Errorf("filtered %q, want %q", got, want)
	}
}

func TestStemmerFilterConfigErrors(t *testing.T) {
	for _, tc := range []struct {
		config map[string]interface{}
		want   string
	}{
		{map[string]interface{}{"roots": "latih"}, "roots: want a list"},
		{map[string]interface{}{"roots": []interface{}{"a", 3}}, "roots[1]"},
		{map[string]interface{}{"exceptions": []interface{}{"a"}}, "exceptions: want an object"},
		{map[string]interface{}{"exceptions": map[string]interface{}{"a": 1}}, `exceptions["a"]`},
	} {
		_, err := StemmerFilterConstructor(tc.config, registry.NewCache())
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("config %v: error %v, want one containing %q", tc.config, err, tc.want)
		}
	}
}

func BenchmarkAnalyze(b *testing.B) {
	const paragraph = `Pemerintah Kecamatan Tubei menyelenggarakan pelatihan daring bagi
aparatur sipil negara tentang penyusunan kebijakan publik. Para peserta dilatih
merumuskan pasal-pasal peraturan, menilai dampaknya terhadap pelayanan masyarakat,
dan mengembangkan modul evaluasi yang dapat dipertanggungjawabkan. Keberhasilan
program ini ditentukan oleh keterlibatan rekan-rekan di desa dan kelurahan.`
	Analyze(paragraph)
	b.SetBytes(int64(len(paragraph)))
	for b.Loop() {
		Analyze(paragraph)
	}
}
