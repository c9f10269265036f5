// Command searchload measures the search API of a running `pustaka serve`
// with queries that no cache can answer: distinct two-word queries drawn
// from the vocabulary of bench/search-distinct.lua (the 400 most frequent
// words of the generated corpus), every ordered pair of two different
// words taken once, in a fixed shuffled order, from -offset on.
//
//	go run ./bench/searchload -url http://127.0.0.1:8817 -clients 16 -duration 10s -offset 0
//
// With -clients 1 it sends -n queries one after another (after -warmup
// others) and reports the latency percentiles; with more clients it keeps
// that many requests in flight for -duration and reports requests per
// second and latency percentiles. It prints one line of key=value pairs
// (and with -json the same as JSON), including next_offset: the first
// query it did not use, for the next run to start from so that a server
// never sees a query twice. Only loopback URLs are accepted. Exit status
// 1 if any request failed.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	base := flag.String("url", "http://127.0.0.1:8817", "server base URL (loopback only)")
	clients := flag.Int("clients", 16, "requests in flight; 1: sequential, -n of them")
	duration := flag.Duration("duration", 10*time.Second, "how long the concurrent load runs")
	n := flag.Int("n", 1000, "queries of a sequential run (-clients 1)")
	warmup := flag.Int("warmup", 100, "queries sent before measuring (distinct too)")
	offset := flag.Int("offset", 0, "index of the first query in the shuffled order")
	seed := flag.Uint64("seed", 1, "seed of the shuffled order")
	vocabFile := flag.String("vocab", "", "the wrk script holding the vocabulary (default: search-distinct.lua beside this program's source)")
	label := flag.String("label", "", "label printed first on the result line")
	jsonOut := flag.String("json", "", "also write the result as JSON to this file")
	flag.Parse()
	if err := run(*base, *clients, *duration, *n, *warmup, *offset, *seed, *vocabFile, *label, *jsonOut); err != nil {
		fmt.Fprintln(os.Stderr, "searchload:", err)
		os.Exit(1)
	}
}

// result is what one run measured.
type result struct {
	Label      string  `json:"label,omitempty"`
	Clients    int     `json:"clients"`
	Requests   int     `json:"requests"`
	Failed     int     `json:"failed"`
	Seconds    float64 `json:"seconds"`
	ReqPerSec  float64 `json:"req_per_s"`
	P50MS      float64 `json:"p50_ms"`
	P90MS      float64 `json:"p90_ms"`
	P99MS      float64 `json:"p99_ms"`
	MaxMS      float64 `json:"max_ms"`
	Offset     int     `json:"offset"`
	NextOffset int     `json:"next_offset"`
}

func run(base string, clients int, duration time.Duration, n, warmup, offset int, seed uint64, vocabFile, label, jsonOut string) error {
	if err := loopback(base); err != nil {
		return err
	}
	if clients < 1 {
		return errors.New("-clients must be at least 1")
	}
	vocab, err := vocabulary(vocabFile)
	if err != nil {
		return err
	}
	qs := newQueries(vocab, seed, offset)
	client := &http.Client{
		Timeout:   30 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: clients + 1, DisableCompression: true},
	}
	ask := func() (time.Duration, error) {
		q := qs.next()
		start := time.Now()
		err := get(client, base+"/api/search?q="+url.QueryEscape(q))
		return time.Since(start), err
	}
	for range warmup {
		if _, err := ask(); err != nil {
			return fmt.Errorf("warm-up: %w", err)
		}
	}
	res := result{Label: label, Clients: clients, Offset: offset}
	var lat []time.Duration
	var failed atomic.Int64
	start := time.Now()
	if clients == 1 {
		for range n {
			d, err := ask()
			if err != nil {
				failed.Add(1)
				fmt.Fprintln(os.Stderr, "searchload:", err)
				continue
			}
			lat = append(lat, d)
		}
	} else {
		var mu sync.Mutex
		var wg sync.WaitGroup
		deadline := start.Add(duration)
		for range clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var mine []time.Duration
				for time.Now().Before(deadline) {
					d, err := ask()
					if err != nil {
						if failed.Add(1) <= 5 {
							fmt.Fprintln(os.Stderr, "searchload:", err)
						}
						continue
					}
					mine = append(mine, d)
				}
				mu.Lock()
				lat = append(lat, mine...)
				mu.Unlock()
			}()
		}
		wg.Wait()
	}
	res.Seconds = time.Since(start).Seconds()
	res.Requests, res.Failed = len(lat), int(failed.Load())
	res.ReqPerSec = float64(len(lat)) / res.Seconds
	if len(lat) > 0 {
		slices.Sort(lat)
		pct := func(p int) float64 { return ms(lat[min(len(lat)-1, len(lat)*p/100)]) }
		res.P50MS, res.P90MS, res.P99MS, res.MaxMS = pct(50), pct(90), pct(99), ms(lat[len(lat)-1])
	}
	res.NextOffset = qs.used()
	fmt.Printf("%s clients=%d requests=%d failed=%d seconds=%.2f req_per_s=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f offset=%d next_offset=%d\n",
		label, res.Clients, res.Requests, res.Failed, res.Seconds, res.ReqPerSec, res.P50MS, res.P90MS, res.P99MS, res.MaxMS, res.Offset, res.NextOffset)
	if jsonOut != "" {
		data, _ := json.MarshalIndent(res, "", "  ")
		if err := os.WriteFile(jsonOut, append(data, '\n'), 0o644); err != nil {
			return err
		}
	}
	if res.Failed > 0 {
		return fmt.Errorf("%d requests failed", res.Failed)
	}
	return nil
}

// get asks u and reads the whole answer; anything but 200 is an error.
func get(c *http.Client, u string) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s", u, resp.Status)
	}
	return nil
}

// ms is d in milliseconds.
func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// loopback refuses URLs whose host is not a loopback address.
func loopback(base string) error {
	u, err := url.Parse(base)
	if err != nil {
		return err
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("%s: only loopback URLs are accepted", base)
	}
	return nil
}

// queries hands out the ordered pairs of two different words in a fixed
// shuffled order, each once.
type queries struct {
	vocab []string
	order []uint32 // pair i is vocab[order[i]/len] + " " + vocab[order[i]%len]
	pos   atomic.Int64
}

func newQueries(vocab []string, seed uint64, offset int) *queries {
	n := len(vocab)
	q := &queries{vocab: vocab}
	for i := range n * n {
		if i/n != i%n {
			q.order = append(q.order, uint32(i))
		}
	}
	r := rand.New(rand.NewPCG(seed, 0x5ea7c4))
	r.Shuffle(len(q.order), func(i, j int) { q.order[i], q.order[j] = q.order[j], q.order[i] })
	q.pos.Store(int64(offset))
	return q
}

// next returns the next query; after the last pair it starts again (a
// run that long would see cached answers: the script's offsets keep
// runs far below it).
func (q *queries) next() string {
	i := int(q.pos.Add(1)-1) % len(q.order)
	p, n := int(q.order[i]), len(q.vocab)
	return q.vocab[p/n] + " " + q.vocab[p%n]
}

// used is the offset of the first query not handed out.
func (q *queries) used() int { return int(q.pos.Load()) }

var quoted = regexp.MustCompile(`"([^"]+)"`)

// vocabulary reads the words of the vocab table of the wrk script.
func vocabulary(file string) ([]string, error) {
	if file == "" {
		_, src, _, ok := runtime.Caller(0)
		if !ok {
			return nil, errors.New("no -vocab given and the source folder is unknown")
		}
		file = filepath.Join(filepath.Dir(src), "..", "search-distinct.lua")
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	_, rest, ok := strings.Cut(string(data), "local vocab = {")
	table, _, ok2 := strings.Cut(rest, "}")
	if !ok || !ok2 {
		return nil, fmt.Errorf("%s: no `local vocab = { ... }` table", file)
	}
	var words []string
	for _, m := range quoted.FindAllStringSubmatch(table, -1) {
		words = append(words, m[1])
	}
	if len(words) < 20 {
		return nil, fmt.Errorf("%s: %d words in the vocab table, want at least 20", file, len(words))
	}
	return words, nil
}
