package history

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

var kinds = []string{"heading", "paragraph", "paragraph", "item", "cell", "quote"}

func randomBlocks(r *rand.Rand, n int) []Block {
	bs := make([]Block, n)
	for i := range bs {
		bs[i] = randomBlock(r)
	}
	return bs
}

func randomBlock(r *rand.Rand) Block {
	b := Block{Kind: kinds[r.IntN(len(kinds))], Text: randomText(r, 1+r.IntN(8)), Level: 1 + r.IntN(3)}
	if b.Kind == "heading" {
		b.ID = "pasal-" + string(rune('1'+r.IntN(9)))
	}
	if b.Kind == "cell" {
		b.Row, b.Col = r.IntN(3), r.IntN(2)
	}
	return b
}

// editBlocks applies random block insertions, deletions, text edits and
// moves.
func editBlocks(r *rand.Rand, old []Block) []Block {
	bs := append([]Block(nil), old...)
	for range r.IntN(8) {
		i := 0
		if len(bs) > 0 {
			i = r.IntN(len(bs))
		}
		switch r.IntN(4) {
		case 0:
			bs = append(bs[:i], append([]Block{randomBlock(r)}, bs[i:]...)...)
		case 1:
			if len(bs) > 0 {
				bs = append(bs[:i], bs[i+1:]...)
			}
		case 2:
			if len(bs) > 0 {
				bs[i].Text = mutate(r, bs[i].Text)
			}
		case 3:
			if len(bs) > 1 {
				b := bs[i]
				bs = append(bs[:i], bs[i+1:]...)
				j := r.IntN(len(bs) + 1)
				bs = append(bs[:j], append([]Block{b}, bs[j:]...)...)
			}
		}
	}
	return bs
}

func TestCompareProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 1000 {
		old := randomBlocks(r, r.IntN(15))
		new := editBlocks(r, old)
		d := Compare(old, new)
		checkBlockDiff(t, old, new, d)
		d.HTML()
		d.SideBySide()
		d.WordDiff(true)
		if u := d.Unified("a", "b"); (u == "") != reflect.DeepEqual(old, new) && len(old)+len(new) > 0 {
			t.Fatalf("Unified empty = %v for old == new = %v", u == "", reflect.DeepEqual(old, new))
		}
	}
}

func TestCompareIdentical(t *testing.T) {
	bs := parseBlocks(t, "h2 #pasal-1 Pasal 1\np Isi pasal.\n")
	d := Compare(bs, bs)
	if d.Added != 0 || d.Removed != 0 || len(d.ChangedSections) != 0 || d.Unified("a", "b") != "" {
		t.Fatalf("identical versions: %+v", d)
	}
	for _, c := range d.Blocks {
		if c.Kind != KindEqual {
			t.Fatalf("identical versions: block %s", c.Kind)
		}
	}
}

func TestHTMLEnglishAndColor(t *testing.T) {
	old := parseBlocks(t, "h2 #a A\np satu dua\np tiga empat lima enam\nh2 #b B\np tujuh\np delapan\n")
	new := parseBlocks(t, "h2 #a A\np satu tiga\nh2 #b B\np tujuh\np tiga empat lima enam\np delapan\n")
	d := Compare(old, new)
	html := string(d.HTMLIn("en"))
	for _, want := range []string{`<ins title="added">`, `<del title="removed">`, `moved from <a href="#diff-a">A</a>`, `moved to <a href="#diff-b">B</a>`} {
		if !strings.Contains(html, want) {
			t.Errorf("HTMLIn(en) lacks %q:\n%s", want, html)
		}
	}
	if sbs := string(d.SideBySideIn("en")); !strings.Contains(sbs, "Old version") {
		t.Errorf("SideBySideIn(en) lacks column label:\n%s", sbs)
	}
	if wd := d.WordDiff(true); !strings.Contains(wd, ansiRed+"[-dua-]"+ansiReset) || !strings.Contains(wd, ansiGreen+"{+tiga+}"+ansiReset) {
		t.Errorf("WordDiff(true) lacks colours: %q", wd)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	old := parseBlocks(t, "h2 #pasal-1 Pasal 1\np Rapat setiap bulan.\n")
	new := parseBlocks(t, "h2 #pasal-1 Pasal 1\np Rapat setiap minggu.\n")
	d := Compare(old, new)
	b, err := d.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var back Diff
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Blocks, d.Blocks) || back.Added != 1 || back.Removed != 1 ||
		!reflect.DeepEqual(back.ChangedSections, []string{"pasal-1"}) {
		t.Fatalf("JSON round trip: %s", b)
	}
	if !strings.Contains(string(b), `{"op":"delete","text":"bulan"}`) {
		t.Fatalf("JSON lacks named ops: %s", b)
	}
}

func TestMetaChanges(t *testing.T) {
	old := map[string]string{"title": "Kebijakan A", "status": "draft", "version": "Draf I", "unit": "Umum", "tags": "asn"}
	new := map[string]string{"title": "Kebijakan A", "status": "consultation", "version": "Draf II", "effective": "2027-01-01", "tags": "asn"}
	got := MetaChanges(old, new)
	want := []MetaChange{
		{"status", "draft", "consultation"},
		{"version", "Draf I", "Draf II"},
		{"effective", "", "2027-01-01"},
		{"unit", "Umum", ""},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("MetaChanges = %v, want %v", got, want)
	}
	if got := MetaChanges(old, old); len(got) != 0 {
		t.Fatalf("MetaChanges(same) = %v", got)
	}
}

func FuzzWords(f *testing.F) {
	f.Add("Setiap pegawai wajib hadir.", "Setiap pegawai wajib hadir tepat waktu.")
	f.Add("本政策适用于所有公务员。", "本政策适用于新公务员。")
	f.Add("Rapat 👍 selesai", "Rapat 👍🏽‍👩 selesai")
	f.Add("Kafe\u0301", "Kafe\u0301\u0301")
	f.Add("\xff\xfe a", "a \xff")
	f.Fuzz(func(t *testing.T, a, b string) {
		checkSpans(t, a, b, Words(a, b))
	})
}

// FuzzCompare diffs two documents given as lines of the test block
// format and checks the reconstruction property.
func FuzzCompare(f *testing.F) {
	f.Add("h2 #pasal-1 Pasal 1\np Rapat setiap bulan.\nli satu\nli dua", "h2 #pasal-1 Pasal 1\nli dua\nli satu\np Rapat setiap minggu.")
	f.Add("td 0,0 a\ntd 0,1 b", "td 0,0 a\ntd 1,1 c\ntd 0,1 b")
	f.Fuzz(func(t *testing.T, a, b string) {
		old, new := fuzzBlocks(a), fuzzBlocks(b)
		d := Compare(old, new)
		checkBlockDiff(t, old, new, d)
		d.HTML()
		d.SideBySide()
		d.WordDiff(false)
		d.Unified("a", "b")
	})
}

// fuzzBlocks makes one block per line; the first byte picks the kind.
func fuzzBlocks(s string) []Block {
	var bs []Block
	for _, line := range strings.Split(s, "\n") {
		if line == "" {
			continue
		}
		k := kinds[int(line[0])%len(kinds)]
		b := Block{Kind: k, Text: line[1:], Level: int(line[0]) % 4, Row: int(line[0]) % 3, Col: int(line[0]) % 2}
		if k == "heading" {
			b.ID = strings.ToLower(strings.Join(strings.Fields(b.Text), "-"))
		}
		bs = append(bs, b)
	}
	return bs
}

// A hunk is headed by the path of headings above it; a heading drops
// the deeper ones before it.
func TestWordHunksHeadingPath(t *testing.T) {
	para := func(text string) Block { return Block{Kind: "paragraph", Text: text} }
	head := func(level int, text string) Block { return Block{Kind: "heading", Level: level, Text: text} }
	old := []Block{head(2, "Pasal 1"), head(3, "Ayat (1)"), para("satu"), para("dua"), para("tiga"),
		head(2, "Pasal 2"), para("empat"), para("lima"), para("enam")}
	new := slices.Clone(old)
	new[3], new[8] = para("dua belas"), para("enam puluh")
	got := Compare(old, new).WordHunks(0, false)
	want := "@@ Pasal 1 › Ayat (1) @@\ndua {+belas+}\n@@ Pasal 2 @@\nenam {+puluh+}\n"
	if got != want {
		t.Errorf("WordHunks:\n%s\nwant:\n%s", got, want)
	}
}
