package indexer

import (
	"bytes"
	"cmp"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/tubei/pustaka/internal/sitetest"
)

// benchPages is the corpus size: $PUSTAKA_BENCH_PAGES, default 1000.
func benchPages() int {
	if n, err := strconv.Atoi(os.Getenv("PUSTAKA_BENCH_PAGES")); err == nil && n > 0 {
		return n
	}
	return 1000
}

// corpus returns the documents of a generated benchmark corpus, made
// once per size under the temporary directory.
func corpus(b testing.TB) []Document {
	b.Helper()
	pages := benchPages()
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("pustaka-indexer-corpus-%d", pages))
	if _, err := os.Stat(filepath.Join(dir, "corpus-stats.json")); err != nil {
		gen, ok := sitetest.CorpusGenerator()
		if !ok {
			b.Skip("python3 or ../shared/bench/gen-corpus not found")
		}
		out, err := exec.Command("python3", gen, "--pages", strconv.Itoa(pages), "--out", dir, "--seed", "1").CombinedOutput()
		if err != nil {
			b.Fatalf("gen-corpus: %v\n%s", err, out)
		}
	}
	var docs []Document
	root := filepath.Join(dir, "content")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".md") || d.Name() == "_index.md" {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		doc, err := markdownDoc(strings.TrimSuffix(strings.TrimPrefix(path, root), ".md")+"/", data)
		docs = append(docs, doc)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return docs
}

// frontMatter is the front matter of a corpus page.
type frontMatter struct {
	Title, Type, Status, Version, Summary, Lang string
	Date                                        time.Time
	Tags, Competencies                          []string
}

var (
	mdHeading = regexp.MustCompile(`^#{2,3} (.+)$`)
	mdLink    = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	mdMarks   = strings.NewReplacer("**", "", "_", " ", "`", "", "|", " ", "> ", "", "[^", "[")
)

// markdownDoc converts a corpus page crudely: front matter, sections by
// h2/h3, Markdown punctuation dropped.
func markdownDoc(url string, data []byte) (Document, error) {
	_, rest, _ := bytes.Cut(data, []byte("---\n"))
	head, body, _ := bytes.Cut(rest, []byte("\n---\n"))
	var fm frontMatter
	if err := yaml.Unmarshal(head, &fm); err != nil {
		return Document{}, fmt.Errorf("%s: %w", url, err)
	}
	d := Document{URL: url, Title: fm.Title, Summary: fm.Summary, Type: fm.Type, Status: fm.Status,
		Version: fm.Version, Lang: fm.Lang, Date: fm.Date, Updated: fm.Date, Tags: fm.Tags, Competencies: fm.Competencies}
	d.Sections = []Section{{}}
	for _, line := range strings.Split(string(body), "\n") {
		if m := mdHeading.FindStringSubmatch(line); m != nil {
			anchor := strings.ToLower(strings.Join(strings.Fields(m[1]), "-"))
			d.Headings = append(d.Headings, Heading{Text: m[1], Anchor: anchor})
			d.Sections = append(d.Sections, Section{Anchor: anchor, Heading: m[1]})
			continue
		}
		s := &d.Sections[len(d.Sections)-1]
		s.Text += mdMarks.Replace(mdLink.ReplaceAllString(line, "$1")) + "\n"
	}
	return d, nil
}

// dirSize sums the sizes of the files below dir.
func dirSize(b *testing.B, dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

// BenchmarkIndex indexes the corpus into a new index on disk and
// reports pages per second (of Sync, which ends with the merge into one
// segment) and index bytes per page once obsolete files are gone.
func BenchmarkIndex(b *testing.B) {
	docs := corpus(b)
	var size int64
	var took, cpu time.Duration
	for i := 0; i < b.N; i++ {
		cpu0 := cpuTime(b)
		dir := filepath.Join(b.TempDir(), "idx")
		ix, err := Open(Options{Path: dir})
		if err != nil {
			b.Fatal(err)
		}
		st, err := ix.Sync(docs)
		if err != nil {
			b.Fatal(err)
		}
		took += st.Took
		cpu += cpuTime(b) - cpu0
		b.StopTimer()
		size = settledSize(b, dir)
		ix.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(len(docs)*b.N)/took.Seconds(), "pages/s")
	b.ReportMetric(float64(size)/float64(len(docs)), "bytes/page")
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
}

// cpuTime is the CPU time used by the process so far, a figure less
// sensitive than wall time to other load on a shared machine.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// settledSize waits until the size of dir stops changing (scorch removes
// merged-away files in the background) and returns it.
func settledSize(b *testing.B, dir string) int64 {
	size := dirSize(b, dir)
	for range 50 {
		time.Sleep(200 * time.Millisecond)
		next := dirSize(b, dir)
		if next == size {
			break
		}
		size = next
	}
	return size
}

// benchIndex returns a disk index of the corpus: a new one, or with
// $PUSTAKA_BENCH_INDEX the index in that folder, kept between runs
// (Sync then only checks it: an index of another version, e.g. after an
// analysis change, is rebuilt), so that query benchmarks at 10,000 pages
// need not index for minutes first.
func benchIndex(b *testing.B) (*Index, []Document) {
	docs := corpus(b)
	dir := os.Getenv("PUSTAKA_BENCH_INDEX")
	if dir == "" {
		dir = filepath.Join(b.TempDir(), "idx")
	}
	ix, err := Open(Options{Path: dir})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	if _, err := ix.Sync(docs); err != nil {
		b.Fatal(err)
	}
	return ix, docs
}

// benchQueries are 1–3 word queries over the corpus vocabulary,
// including a prefix and a typo.
var benchQueries = []string{
	"pelatihan", "laporan keuangan", "pengadaan barang jasa", "kompetensi", "anggaran ",
	"register risiko", "pengaduan masyarakat ", "sistem informasi daring", "evaluasi kinerja",
	"arsip dinamis", "formasi pegawai", "pelat", "keuangn ", `"rencana tindak lanjut"`, "asn kinerja",
	"reformasi birokrasi", "menyusun laporan", "pelayanan prima", "tahun:2020 pelatihan", "kearsipan -inspektorat",
}

// BenchmarkQuery runs the bench queries with highlighting and reports
// the latency percentiles: "facets" counts facets for every query, with
// no cache; "nofacets" skips them (Request.NoFacets, search as you type),
// with no result cache; "facets-cached" keeps the facet cache but not the
// result cache, as a server answering a new page of a query asked before;
// "cached" keeps both, as a server answering a repeated request; "peer"
// is no query (see below).
func BenchmarkQuery(b *testing.B) {
	ix, _ := benchIndex(b)
	for _, mode := range []struct {
		name           string
		noFacets       bool
		facets, result bool // keep the facet and result caches
	}{{"facets", false, false, false}, {"nofacets", true, false, false}, {"facets-cached", false, true, false}, {"cached", false, true, true}} {
		b.Run(mode.name, func(b *testing.B) {
			lat := make([]time.Duration, 0, b.N)
			for i := 0; i < b.N; i++ {
				if !mode.facets {
					ix.fc.invalidate()
				}
				if !mode.result {
					ix.rc = resultCache{}
				}
				start := time.Now()
				req := Request{Query: benchQueries[i%len(benchQueries)], Highlight: true, NoFacets: mode.noFacets}
				if _, err := ix.Search(b.Context(), req); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			b.StopTimer()
			reportLatency(b, lat)
		})
	}
	// The peer: a fixed computation that takes about as long as a median
	// query, timed the same way in the same run. On a shared machine its
	// p99 shows how much of the queries' tail is the machine's.
	b.Run("peer", func(b *testing.B) {
		spin := calibrate(3 * time.Millisecond)
		lat := make([]time.Duration, 0, b.N)
		for i := 0; i < b.N; i++ {
			start := time.Now()
			spin()
			lat = append(lat, time.Since(start))
		}
		b.StopTimer()
		reportLatency(b, lat)
	})
}

// calibrate returns a computation that takes about d on this machine,
// allocating nothing.
func calibrate(d time.Duration) func() {
	var sink uint64
	spin := func(n int) func() {
		return func() {
			x := uint64(1)
			for i := range n {
				x = x*6364136223846793005 + uint64(i)
			}
			sink += x
		}
	}
	n := 1 << 16
	for {
		start := time.Now()
		spin(n)()
		if took := time.Since(start); took > d/4 {
			return spin(int(float64(n) * float64(d) / float64(took)))
		}
		n *= 2
	}
}

// BenchmarkQueryEach reports the latency of every bench query alone,
// with facets counted (no cache) and without facets.
func BenchmarkQueryEach(b *testing.B) {
	ix, _ := benchIndex(b)
	for _, q := range benchQueries {
		for _, noFacets := range []bool{false, true} {
			b.Run(fmt.Sprintf("%s/nofacets=%v", strings.ReplaceAll(q, " ", "_"), noFacets), func(b *testing.B) {
				lat := make([]time.Duration, 0, b.N)
				for i := 0; i < b.N; i++ {
					ix.fc.invalidate() // and so the result cache
					start := time.Now()
					if _, err := ix.Search(b.Context(), Request{Query: q, Highlight: true, NoFacets: noFacets}); err != nil {
						b.Fatal(err)
					}
					lat = append(lat, time.Since(start))
				}
				b.StopTimer()
				reportLatency(b, lat)
			})
		}
	}
}

// reportLatency reports the median and 99th percentile of lat.
func reportLatency(b *testing.B, lat []time.Duration) {
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}

// BenchmarkUpdateOne changes one document per iteration.
func BenchmarkUpdateOne(b *testing.B) {
	ix, docs := benchIndex(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := docs[i%len(docs)]
		d.Sections = slices.Clone(d.Sections)
		d.Sections[0].Text += fmt.Sprintf(" Revisi nomor %d.", i)
		if st, err := ix.Update([]Document{d}, nil); err != nil || st.Indexed != 1 {
			b.Fatalf("%+v, %v", st, err)
		}
	}
}

// distinctQueries returns n distinct two-word queries over the
// vocabulary of bench/search-distinct.lua (as bench/searchload sends
// them to a server): different words, in a fixed random order.
func distinctQueries(b testing.TB, n int) []string {
	data, err := os.ReadFile("../bench/search-distinct.lua")
	if err != nil {
		b.Skip(err)
	}
	_, table, _ := strings.Cut(string(data), "local vocab = {")
	table, _, _ = strings.Cut(table, "}")
	var vocab []string
	for _, m := range regexp.MustCompile(`"([^"]+)"`).FindAllStringSubmatch(table, -1) {
		vocab = append(vocab, m[1])
	}
	r := rand.New(rand.NewPCG(1, 2))
	seen := map[string]bool{}
	var qs []string
	for len(qs) < n && len(vocab) > 1 {
		a, c := vocab[r.IntN(len(vocab))], vocab[r.IntN(len(vocab))]
		if q := a + " " + c; a != c && !seen[q] {
			seen[q] = true
			qs = append(qs, q)
		}
	}
	return qs
}

// BenchmarkQueryDistinct runs distinct two-word queries as the server's
// API gets them (the last word may still be being typed; facets and
// highlighting, no cache: every query is new) and reports the latency
// percentiles, and with -v the slowest queries.
func BenchmarkQueryDistinct(b *testing.B) {
	ix, _ := benchIndex(b)
	qs := distinctQueries(b, 2000)
	type took struct {
		q string
		d time.Duration
	}
	lat := make([]took, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := qs[i%len(qs)]
		ix.fc.invalidate()
		ix.rc = resultCache{}
		start := time.Now()
		if _, err := ix.Search(b.Context(), Request{Query: q, Highlight: true}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, took{q, time.Since(start)})
	}
	b.StopTimer()
	slices.SortFunc(lat, func(x, y took) int { return cmp.Compare(x.d, y.d) })
	ds := make([]time.Duration, len(lat))
	for i, t := range lat {
		ds[i] = t.d
	}
	reportLatency(b, ds)
	for _, t := range lat[max(0, len(lat)-5):] {
		b.Logf("slow: %q %v", t.q, t.d)
	}
}
