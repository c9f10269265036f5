package serve

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// TestConcurrentPublish reads pages from eight clients while states are
// published, a new one each time a read completes, so that every request
// has publishes land while it is in flight (publishing in a tight loop
// made 30,000-40,000 states for 1,000 reads, most of them never read). Every response must be complete, 200, and one state's page;
// and within one request the page and its injected generation must agree,
// since both come from the single state the request loaded (the first
// state's pages name generation 0: unchanged since the start).
func TestConcurrentPublish(t *testing.T) {
	s, a := newServer(t, Options{LiveReload: true})
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	defer s.Close()
	var reads atomic.Int64
	done := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan string, 100)
	read := make(chan struct{}, 1) // a read completed since the last publish
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				reads.Add(1)
				if msg := readConsistent(ts.URL); msg != "" {
					select {
					case errs <- msg:
					default:
					}
					return
				}
				select {
				case read <- struct{}{}:
				default:
				}
			}
		}()
	}
	stopped := make(chan struct{}) // every reader gave up
	go func() { wg.Wait(); close(stopped) }()
	gen := uint64(1)
publish:
	for reads.Load() < 1000 || gen < 200 {
		gen++
		s.Publish(makeState(a, gen, nil), []string{"*"})
		select {
		case <-read:
		case <-stopped:
			break publish
		}
	}
	close(done)
	wg.Wait()
	close(errs)
	for msg := range errs {
		t.Error(msg)
	}
	if got := s.current().Gen; got != gen {
		t.Errorf("final generation %d, want %d", got, gen)
	}
	t.Logf("%d reads during %d publishes", reads.Load(), gen-1)
}

func readConsistent(base string) string {
	resp, err := http.Get(base + "/")
	if err != nil {
		return err.Error()
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != 200 {
		return fmt.Sprintf("GET /: %d %v", resp.StatusCode, err)
	}
	body := string(b)
	var gen int
	if _, err := fmt.Sscanf(body[strings.Index(body, `id="gen">generasi `)+len(`id="gen">generasi `):], "%d", &gen); err != nil {
		return "page without generation: " + body
	}
	// The script names the generation the page last changed in: its own
	// state's, as every publish here changes "*", or 0 for the first state
	// (pages as the server started with them).
	want := fmt.Sprintf(`data-gen="%d"`, gen)
	if gen == 1 {
		want = `data-gen="0"`
	}
	if !strings.Contains(body, want) || !strings.HasSuffix(body, "</html>\n") {
		return fmt.Sprintf("page of generation %d is mixed or incomplete:\n%s", gen, body)
	}
	return ""
}
