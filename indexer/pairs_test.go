package indexer

import (
	"slices"
	"strings"
	"testing"
)

func TestPairsFilter(t *testing.T) {
	im, err := buildMapping(Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := im.AnalyzerNamed(aIDPairs)
	for _, tc := range []struct{ text, want string }{
		{"rencana tindak lanjut", "rencana tindak|tindak lanjut"},
		{"laporan dan keuangan", ""},
		{"dan laporan", ""},
		{"rencana tindak lanjut dan evaluasi hasil", "rencana tindak|tindak lanjut|evaluasi hasil"},
		{"pelatihan", ""},
		{"", ""},
	} {
		var got []string
		for _, tok := range a.Analyze([]byte(tc.text)) {
			got = append(got, string(tok.Term))
		}
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%q: pairs %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestPhraseThroughPairs(t *testing.T) {
	ours, base := testIndex(t, Options{}), testIndex(t, Options{Analyzer: "standard"})
	for _, q := range []string{`"survei kepuasan masyarakat"`, `"masyarakat kepuasan survei"`, `"kata sandi"`, `"sandi kata"`, `"pasca pelatihan"`} {
		a, b := find(t, ours, Request{Query: q, Size: 50}), find(t, base, Request{Query: q, Size: 50})
		ua, ub := urls(a), urls(b)
		slices.Sort(ua)
		slices.Sort(ub)
		if !slices.Equal(ua, ub) {
			t.Errorf("%s: pairs match %v, phrase match (standard) %v", q, ua, ub)
		}
	}
	res := find(t, ours, Request{Query: `"kata sandi"`, Highlight: true})
	if len(res.Hits) == 0 || !strings.Contains(strings.Join(res.Hits[0].Fragments, " "), "<mark>sandi</mark>") {
		t.Errorf("phrase hit fragments: %v", res.Hits)
	}
}

// A phrase with stop words matches its runs of adjacent words as
// phrases and requires each word that stop words cut off.
func TestPhraseAcrossStopWords(t *testing.T) {
	ix, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	docs := []Document{
		{URL: "/a/", Title: "A", Body: "Laporan kegiatan dan evaluasi hasil pelatihan."},
		{URL: "/b/", Title: "B", Body: "Rencana tindak lanjut disusun bersama atasan."},
		{URL: "/c/", Title: "C", Body: "Rencana tindak lanjut dan evaluasi kinerja pegawai."},
		{URL: "/d/", Title: "D", Body: "Tindak rencana lanjut, lalu evaluasi."},
	}
	if _, err := ix.Sync(docs); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ query, want string }{
		{`"rencana tindak lanjut dan evaluasi"`, "/c/"},
		{`"rencana tindak lanjut"`, "/b/ /c/"},
		{`"laporan dan evaluasi"`, "/a/"},
		{`"lanjut evaluasi"`, ""},
		{`"evaluasi"`, "/a/ /c/ /d/"},
		{`"dan"`, ""},
	} {
		got := urls(find(t, ix, Request{Query: tc.query}))
		slices.Sort(got)
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%s: %v, want %s", tc.query, got, tc.want)
		}
	}
}

func TestDistinctChunks(t *testing.T) {
	got := distinctChunks("Pelatihan ASN", "pelatihan, asn ASN", "")
	if got != "Pelatihan ASN pelatihan, " {
		t.Errorf("distinctChunks = %q", got)
	}
}
