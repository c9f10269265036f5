package history

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// bigPolicy returns a policy of about words words in Pasal sections, and
// a revision with edits in one paragraph out of five, two paragraphs
// moved and a section added.
func bigPolicy(words int) (old, new []Block) {
	r := rand.New(rand.NewPCG(7, 8))
	vocab := []string{"pegawai", "wajib", "mengikuti", "pelatihan", "kecamatan", "camat", "laporan", "anggaran", "desa", "pelayanan", "masyarakat", "ketentuan", "ayat", "sebagaimana", "dimaksud", "pada", "dan", "atau", "yang", "dengan"}
	sentence := func(n int) string {
		s := ""
		for i := range n {
			if i > 0 {
				s += " "
			}
			s += vocab[r.IntN(len(vocab))]
		}
		return s + "."
	}
	for n, p := 0, 0; n < words; p++ {
		if p%5 == 0 {
			id := fmt.Sprintf("pasal-%d", p/5+1)
			old = append(old, Block{Kind: "heading", Level: 2, ID: id, Text: fmt.Sprintf("Pasal %d", p/5+1)})
		}
		old = append(old, Block{Kind: "paragraph", Section: old[len(old)-1].Section, Text: sentence(50)})
		n += 52
	}
	for i, b := range old {
		if b.Kind == "paragraph" && i%5 == 2 {
			b.Text = mutate(r, b.Text)
		}
		new = append(new, b)
	}
	new[10], new[200] = new[200], new[10]
	new = append(new, Block{Kind: "heading", Level: 2, ID: "pasal-baru", Text: "Pasal Baru"}, Block{Kind: "paragraph", Text: sentence(80)})
	return old, new
}

// BenchmarkCompare20k compares two versions of a 20,000-word policy and
// renders the inline HTML.
func BenchmarkCompare20k(b *testing.B) {
	old, new := bigPolicy(20000)
	defer reportCPU(b)()
	for b.Loop() {
		Compare(old, new).HTML()
	}
}

// BenchmarkWords20kRewrite diffs two unrelated 20,000-word texts: the
// worst case of the word diff.
func BenchmarkWords20kRewrite(b *testing.B) {
	r := rand.New(rand.NewPCG(9, 10))
	x, y := randomText(r, 20000), randomText(r, 20000)
	defer reportCPU(b)()
	for b.Loop() {
		Words(x, y)
	}
}

// BenchmarkRecordUnchanged1000 records 1,000 documents whose content did
// not change since the last record, as a build does.
func BenchmarkRecordUnchanged1000(b *testing.B) {
	s, err := OpenStore(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	srcs := make([][]byte, 1000)
	for i := range srcs {
		srcs[i] = []byte(fmt.Sprintf("---\ntitle: Dokumen %d\n---\n%s", i, strings.Repeat("Isi dokumen kebijakan. ", 300)))
		if _, _, err := s.Record(fmt.Sprintf("content/d%d.md", i), srcs[i], Meta{}); err != nil {
			b.Fatal(err)
		}
	}
	defer reportCPU(b)()
	for b.Loop() {
		for i, src := range srcs {
			if _, rec, _ := s.Record(fmt.Sprintf("content/d%d.md", i), src, Meta{}); rec {
				b.Fatal("recorded unchanged content")
			}
		}
	}
}

// BenchmarkCompare20kHeavyRevision compares two versions of a
// 20,000-word policy in which every paragraph was edited.
func BenchmarkCompare20kHeavyRevision(b *testing.B) {
	old, _ := bigPolicy(20000)
	r := rand.New(rand.NewPCG(13, 14))
	new := make([]Block, len(old))
	for i, blk := range old {
		if blk.Kind == "paragraph" {
			blk.Text = mutate(r, blk.Text)
		}
		new[i] = blk
	}
	defer reportCPU(b)()
	for b.Loop() {
		Compare(old, new).HTML()
	}
}

// BenchmarkWords20kScattered diffs a 20,000-word text against a copy
// with 200 scattered word edits, as one block.
func BenchmarkWords20kScattered(b *testing.B) {
	old, _ := bigPolicy(20000)
	var sb strings.Builder
	for _, blk := range old {
		sb.WriteString(blk.Text + " ")
	}
	x := sb.String()
	toks := tokenize(x)
	r := rand.New(rand.NewPCG(15, 16))
	for range 200 {
		toks[r.IntN(len(toks))] = "diubah"
	}
	y := strings.Join(toks, "")
	defer reportCPU(b)()
	for b.Loop() {
		Words(x, y)
	}
}

// BenchmarkCompareMatrix20k compares two versions of a 20,000-word
// policy and makes everything a comparison page shows: the inline HTML,
// the side-by-side view, the outline and the change matrix (rows and
// their HTML). Target: under 100 ms.
func BenchmarkCompareMatrix20k(b *testing.B) {
	old, new := bigPolicy(20000)
	defer reportCPU(b)()
	for b.Loop() {
		d := Compare(old, new)
		d.HTML()
		d.SideBySide()
		d.OutlineIn("id")
		m := d.MatrixIn("id")
		for i := range m.Rows {
			m.HTML(i)
		}
	}
}
