package site

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tubei/pustaka/internal/sitetest"
)

// BenchmarkSurvey100k measures what a save of a CSV of 100,000
// respondents costs in serve: reading it, computing the IKM and making
// the guide's page, printable report and open data again (issue 17:
// under 1 s).
//
//	go test ./internal/site -run '^$' -bench Survey100k -count 3
func BenchmarkSurvey100k(b *testing.B) {
	dir := b.TempDir()
	rng := rand.New(rand.NewPCG(1, 2))
	var csv strings.Builder
	csv.WriteString("tanggal,layanan,jenis_kelamin,usia,U1,U2,U3,U4,U5,U6,U7,U8,U9\n")
	for i := 0; i < 100_000; i++ {
		fmt.Fprintf(&csv, "2026-05-%02d,Layanan %d,%s,%d", 1+rng.IntN(28), rng.IntN(6), []string{"L", "P"}[rng.IntN(2)], 17+rng.IntN(60))
		for u := 0; u < 9; u++ {
			fmt.Fprintf(&csv, ",%d", 1+rng.IntN(4))
		}
		csv.WriteByte('\n')
	}
	sitetest.Write(b, dir, "content/evaluasi/skm.csv", csv.String())
	sitetest.Write(b, dir, "content/evaluasi/skm.md", "---\ntitle: SKM\nsurvei: {data: skm.csv, periode: Semester I 2026, populasi: 100000}\n---\nIsi.\n")
	s := New(Options{Dir: dir, ReadOnly: true, NoIndex: true, NoHistory: true})
	if res := s.Build(context.Background()); len(res.Diags) > 0 {
		b.Fatal(res.Diags)
	}
	file := filepath.Join(dir, "content", "evaluasi", "skm.csv")
	b.SetBytes(int64(csv.Len()))
	for i := 0; b.Loop(); i++ {
		later := time.Now().Add(time.Duration(i+1) * time.Second)
		os.Chtimes(file, later, later)
		res := s.Rebuild(context.Background(), []Change{{Path: "content/evaluasi/skm.csv"}})
		if len(res.Diags) > 0 || res.Output.Files["/evaluasi/skm/ikm.json"] == nil {
			b.Fatal(res.Diags)
		}
	}
}
