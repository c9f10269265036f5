package quiz

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// lines splits a block as render hands it over: line numbers from 1,
// every line starting in column 1.
func lines(src string) []Line {
	var ls []Line
	for i, t := range strings.Split(strings.TrimSuffix(src, "\n"), "\n") {
		ls = append(ls, Line{Text: t, Line: i + 1, Col: 1})
	}
	return ls
}

// parseAll parses src and checks the ids as a page does.
func parseAll(src string) ([]Question, []Error) {
	qs, errs := Parse(lines(src))
	var set Set
	for i := range qs {
		if e := set.Add(&qs[i]); e != nil {
			errs = append(errs, *e)
		}
	}
	return qs, errs
}

// TestGolden runs testdata/parse/*.txtar: file "in" is a block, "questions"
// the questions read as JSON and "errors" the errors, one a line.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/parse/*.txtar")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var in string
			for _, f := range ar.Files {
				if f.Name == "in" {
					in = string(f.Data)
				}
			}
			qs, errs := parseAll(in)
			js, _ := json.MarshalIndent(qs, "", "  ")
			var eb strings.Builder
			for _, e := range errs {
				eb.WriteString(e.Error() + "\n")
			}
			got := map[string]string{"questions": string(js) + "\n", "errors": eb.String()}
			if *update {
				ar.Files = []txtar.File{{Name: "in", Data: []byte(in)}, {Name: "questions", Data: []byte(got["questions"])}, {Name: "errors", Data: []byte(got["errors"])}}
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, f := range ar.Files {
				if w, ok := got[f.Name]; ok && w != string(f.Data) {
					t.Errorf("%s differs\n--- got ---\n%s--- want ---\n%s", f.Name, w, f.Data)
				}
			}
		})
	}
}

// TestErrors checks each validation error on its own, with its position.
func TestErrors(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"no correct single", "? Q\n( ) a\n( ) b\npenjelasan: p\n", "1:1: no correct option: mark one with (x)"},
		{"no correct multiple", "? Q\n[ ] a\n[ ] b\npenjelasan: p\n", "1:1: no correct option: mark at least one with [x]"},
		{"two correct single", "? Q\n(x) a\n(x) b\npenjelasan: p\n", "3:1: single-choice question with 2 correct options (lines 2, 3); use [x] boxes for multiple choice"},
		{"empty option feedback", "? Q\n(x) a\n  >\n( ) b\npenjelasan: p\n", "3:3: empty feedback"},
		{"empty penjelasan", "? Q\n(x) a\n( ) b\npenjelasan:\n", "4:1: penjelasan: empty explanation"},
		{"missing penjelasan", "? Q\njawaban: benar\n", "1:1: question without \"penjelasan:\""},
		{"duplicate explicit id", "id: a\n? Q1\njawaban: benar\npenjelasan: p\nid: a\n? Q2\njawaban: salah\npenjelasan: p\n", "5:1: duplicate question id \"a\" (first at line 2)"},
		{"duplicate derived id", "? Sama\njawaban: benar\npenjelasan: p\n? Sama\njawaban: salah\npenjelasan: p\n", "4:1: duplicate question id \"sama\" (first at line 1); give one of them an id: line"},
		{"mixed kinds", "? Q\n(x) a\n[ ] b\npenjelasan: p\n", "3:1: a single-choice \"( )\" question cannot also have a multiple-choice \"[ ]\""},
		{"options and isian", "? Q\n(x) a\n( ) b\nisian: a\npenjelasan: p\n", "4:1: a single-choice \"( )\" question cannot also have a short-answer (isian:)"},
		{"one option", "? Q\n(x) a\npenjelasan: p\n", "1:1: question with 1 option: want at least two"},
		{"no answer", "? Q\npenjelasan: p\n", "1:1: question without an answer"},
		{"bad jawaban", "? Q\njawaban: mungkin\npenjelasan: p\n", "2:1: jawaban: want benar or salah; got \"mungkin\""},
		{"typo key", "? Q\njawaban: benar\npenjelasn: p\n", "3:1: unknown key \"penjelasn\"; did you mean \"penjelasan\"?"},
		{"text first", "Soal pertama\n? Q\njawaban: benar\npenjelasan: p\n", "1:1: text before the first question"},
		{"feedback first", "? Q\n> f\n(x) a\n( ) b\npenjelasan: p\n", "2:1: feedback \">\" must follow an option"},
		{"bad id", "id: Soal Satu\n? Q\njawaban: benar\npenjelasan: p\n", "1:1: id: want lowercase letters"},
		{"dangling id", "? Q\njawaban: benar\npenjelasan: p\nid: x\n", "4:1: id: no question follows"},
		{"empty isian", "? Q\nisian:\npenjelasan: p\n", "2:1: isian: empty accepted answer"},
		{"empty question", "?\njawaban: benar\npenjelasan: p\n", "1:1: question without text"},
		{"twice penjelasan", "? Q\njawaban: benar\npenjelasan: p\npenjelasan: q\n", "4:1: penjelasan: given twice (first at line 3)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := parseAll(tc.in)
			for _, e := range errs {
				if strings.HasPrefix(e.Error(), tc.want) {
					return
				}
			}
			t.Errorf("want an error starting %q; got %v", tc.want, errs)
		})
	}
}

// TestHash: a question keeps its hash when only feedback changes and
// gets a new one when its text or key changes.
func TestHash(t *testing.T) {
	base := "id: q\n? Berapa lama?\n(x) Tiga bulan\n( ) Enam bulan\npenjelasan: p\n"
	h := func(src string) string {
		qs, errs := parseAll(src)
		if len(errs) > 0 || len(qs) != 1 {
			t.Fatalf("%q: %v", src, errs)
		}
		return qs[0].Hash
	}
	h0 := h(base)
	if h(strings.Replace(base, "penjelasan: p", "penjelasan: lain", 1)) != h0 {
		t.Error("changing the explanation changed the hash")
	}
	if h(strings.Replace(base, "Berapa lama?", "Berapa lama sekali?", 1)) == h0 {
		t.Error("changing the text kept the hash")
	}
	if h(strings.Replace(strings.Replace(base, "(x) Tiga", "( ) Tiga", 1), "( ) Enam", "(x) Enam", 1)) == h0 {
		t.Error("changing the key kept the hash")
	}
}

func TestDeriveID(t *testing.T) {
	for in, want := range map[string]string{
		"Apa fungsi NIK?": "apa-fungsi-nik",
		"Berapa lama masa mentoring ASN Baru di Tubei?": "berapa-lama-masa-mentoring-asn-baru",
		"  —  ":            "soal",
		"Ayat (2) Pasal 6": "ayat-2-pasal-6",
	} {
		if got := DeriveID(in); got != want {
			t.Errorf("DeriveID(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNormalize(t *testing.T) {
	if got := Normalize("  Tiga   BULAN \t"); got != "tiga bulan" {
		t.Errorf("got %q", got)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("? Q\n(x) a\n  > f\n( ) b\npenjelasan: p\n")
	f.Add("id: a\n? Q\nisian: x\n  lanjut\npenjelasan:\n")
	f.Fuzz(func(t *testing.T, s string) {
		qs, _ := Parse(lines(s))
		for _, q := range qs {
			if q.ID == "" || len(q.Hash) != 8 {
				t.Fatalf("question without id or hash: %+v", q)
			}
		}
	})
}

// TestGIFT compares the GIFT export of testdata/gift.txtar's "in" blocks
// (one category each) with its "gift" file.
func TestGIFT(t *testing.T) {
	ar, err := txtar.ParseFile("testdata/gift.txtar")
	if err != nil {
		t.Fatal(err)
	}
	var cats []Category
	var want []byte
	for _, f := range ar.Files {
		if f.Name == "gift" {
			want = f.Data
			continue
		}
		qs, errs := parseAll(string(f.Data))
		if len(errs) > 0 {
			t.Fatalf("%s: %v", f.Name, errs)
		}
		cats = append(cats, Category{Path: []string{"Modul Pelatihan", strings.TrimSuffix(f.Name, ".soal")}, Source: "content/pelatihan/" + f.Name, Questions: qs})
	}
	var b strings.Builder
	if err := WriteGIFT(&b, cats); err != nil {
		t.Fatal(err)
	}
	if *update {
		for i := range ar.Files {
			if ar.Files[i].Name == "gift" {
				ar.Files[i].Data = []byte(b.String())
			}
		}
		if err := os.WriteFile("testdata/gift.txtar", txtar.Format(ar), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if b.String() != string(want) {
		t.Errorf("GIFT differs\n--- got ---\n%s--- want ---\n%s", b.String(), want)
	}
}

func TestWeight(t *testing.T) {
	for n, want := range map[int]string{1: "100", 2: "50", 3: "33.33333", 4: "25", 6: "16.66666", 0: "0"} {
		if got := weight(100, n); got != want {
			t.Errorf("weight(100, %d) = %s, want %s", n, got, want)
		}
	}
}
