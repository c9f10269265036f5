package survey

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The sample data of content/evaluasi/ are generated, fictional answers
// of Kantor Camat Tubei. Regenerate them with
//
//	go test ./internal/survey -run TestSampleData -gen
var gen = flag.Bool("gen", false, "write the sample survey data of content/evaluasi/")

// sampleSpec describes one fictional period.
type sampleSpec struct {
	file     string
	seed     uint64
	n        int
	from     time.Time
	days     int
	mean     [Unsur]float64 // target mean answer of each unsur
	sep      string
	indValue string
}

var samples = []sampleSpec{
	{file: "skm-2026-s1.csv", seed: 2026_1, n: 372, from: time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC), days: 57,
		mean: [Unsur]float64{3.28, 3.21, 2.96, 3.64, 3.33, 3.27, 3.40, 3.02, 3.12}, sep: ","},
	{file: "skm-2026-s2.csv", seed: 2026_2, n: 389, from: time.Date(2026, 10, 5, 0, 0, 0, 0, time.UTC), days: 53,
		mean: [Unsur]float64{3.32, 3.26, 3.11, 3.66, 3.36, 3.33, 3.45, 3.18, 3.15}, sep: ";"},
}

var (
	services   = []string{"KTP elektronik", "Kartu Keluarga", "Surat keterangan pindah", "Rekomendasi izin usaha mikro", "Legalisasi dokumen", "Surat keterangan tidak mampu"}
	education  = []string{"SD", "SMP", "SMA/SMK", "D3", "S1", "S2"}
	occupation = []string{"Petani", "Wiraswasta", "Pegawai swasta", "ASN/TNI/Polri", "Pelajar/Mahasiswa", "Ibu rumah tangga", "Lainnya"}
)

// answer draws an answer 1–4 whose mean is near m, moved by the
// respondent's own mood.
func answer(rng *rand.Rand, m, mood float64) int {
	x := m + mood + rng.NormFloat64()*0.55
	return min(4, max(1, int(x+0.5)))
}

// sampleCSV writes n fictional respondents of spec.
func sampleCSV(spec sampleSpec, n int) string {
	rng := rand.New(rand.NewPCG(spec.seed, 17))
	var b strings.Builder
	cols := []string{"tanggal", "layanan", "jenis_kelamin", "pendidikan", "pekerjaan", "usia", "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"}
	b.WriteString(strings.Join(cols, spec.sep) + "\n")
	for i := 0; i < n; i++ {
		day := spec.from.AddDate(0, 0, rng.IntN(spec.days))
		for day.Weekday() == time.Saturday || day.Weekday() == time.Sunday {
			day = day.AddDate(0, 0, 1)
		}
		sex := "L"
		if rng.IntN(100) < 54 {
			sex = "P"
		}
		f := []string{day.Format("2006-01-02"), services[pick(rng, 34, 26, 12, 10, 10, 8)], sex,
			education[pick(rng, 12, 18, 38, 9, 20, 3)], occupation[pick(rng, 24, 22, 14, 9, 8, 15, 8)], fmt.Sprint(17 + rng.IntN(8) + rng.IntN(45))}
		if rng.IntN(40) == 0 {
			f[5] = "" // some leave their age out
		}
		mood := rng.NormFloat64() * 0.25
		for u := 0; u < Unsur; u++ {
			f = append(f, fmt.Sprint(answer(rng, spec.mean[u], mood)))
		}
		b.WriteString(strings.Join(f, spec.sep) + "\n")
	}
	return b.String()
}

// pick draws an index with the given weights.
func pick(rng *rand.Rand, weights ...int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	x := rng.IntN(total)
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}

// TestSampleData checks that the committed sample data are what the
// generator makes (and writes them with -gen), and that they read.
func TestSampleData(t *testing.T) {
	dir := filepath.Join("..", "..", "content", "evaluasi")
	for _, spec := range samples {
		want := sampleCSV(spec, spec.n)
		file := filepath.Join(dir, spec.file)
		if *gen {
			if err := os.WriteFile(file, []byte(want), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		got, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("%v (run with -gen to write it)", err)
		}
		if string(got) != want {
			t.Errorf("%s differs from the generator's output; run with -gen", file)
		}
		tally, ps := ReadAnswers(spec.file, got)
		if tally == nil || len(ps) > 0 || tally.N != spec.n {
			t.Errorf("%s: %v", spec.file, ps)
		}
	}
}

// BenchmarkComputeAndChart reads, computes and draws the chart of
// 100,000 respondents (the page itself: see internal/site).
func BenchmarkComputeAndChart(b *testing.B) {
	src := []byte(sampleCSV(samples[0], 100_000))
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		tally, _ := ReadAnswers("x.csv", src)
		r, _ := Compute(tally, EqualWeights())
		var bars []Bar
		for _, u := range r.Unsur {
			bars = append(bars, Bar{Label: u.Code, Value: Float(u.NRR), Text: Format(u.NRR, 2, "id")})
		}
		BarChart(Chart{ID: "b"}, bars, 1, 4, nil)
	}
}
