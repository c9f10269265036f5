package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/tubei/pustaka/indexer"
	"github.com/tubei/pustaka/internal/site"
	"github.com/tubei/pustaka/internal/sitetest"
)

// prompt bounds every command of these tests: one that waits longer on
// the index lock is the defect they guard against.
const prompt = 60 * time.Second

// startServe starts `pustaka serve` on dir and returns its address once
// it serves searches; the server is stopped with SIGTERM at the end of
// the test, and must stop at once.
func startServe(t *testing.T, dir string) (addr string, cmd *exec.Cmd) {
	t.Helper()
	addr = freeAddr(t)
	cmd = exec.Command(binary, "serve", "--watch=false", "--quiet", "--addr", addr)
	cmd.Dir = dir
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		var log strings.Builder
		for sc.Scan() {
			log.WriteString(sc.Text() + "\n")
			if strings.HasPrefix(sc.Text(), "Pustaka siap") {
				ready <- log.String()
			}
		}
	}()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(prompt):
			cmd.Process.Kill()
			t.Error("serve did not stop on SIGTERM")
		}
	})
	select {
	case log := <-ready:
		// One line says how long each phase of the start took.
		if !regexp.MustCompile(`(?m)^siap dalam [0-9,]+ (ms|dtk) \(.*baca [0-9,]+ (ms|dtk) · .*bangun [0-9,]+ (ms|dtk)`).MatchString(log) {
			t.Errorf("no start-up phases in the log:\n%s", log)
		}
	case <-time.After(prompt):
		t.Fatal("serve did not start")
	}
	for start := time.Now(); ; time.Sleep(50 * time.Millisecond) {
		resp, err := http.Get("http://" + addr + "/api/search?q=pengantar")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return addr, cmd
			}
		}
		if time.Since(start) > prompt {
			t.Fatalf("serve never answered searches: %v", err)
		}
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// pustakaPrompt runs the binary as pustaka does, failing the test if it
// takes longer than prompt.
func pustakaPrompt(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), prompt)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("pustaka %s hung (killed after %s)\n%s", strings.Join(args, " "), prompt, stderr.String())
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return stdout.String(), stderr.String(), code
}

// TestCommandsBesideServe: while `serve` holds the site's search index,
// search asks the server, build and a second serve fail at once naming
// the server, and build --no-index works.
func TestCommandsBesideServe(t *testing.T) {
	dir := sample(t)
	addr, srv := startServe(t, dir)
	holder := fmt.Sprintf("pustaka serve (pid %d, http://%s/)", srv.Process.Pid, addr)

	out, errOut, code := pustakaPrompt(t, dir, "search", "pengantar", "--json")
	var r struct {
		Total int
		Hits  []struct{ URL string }
	}
	if code != 0 || json.Unmarshal([]byte(out), &r) != nil || r.Total < 1 || !strings.HasPrefix(r.Hits[0].URL, "/pelatihan/satu/") {
		t.Errorf("search beside serve: exit %d\n%s%s", code, out, errOut)
	}

	_, errOut, code = pustakaPrompt(t, dir, "build")
	if code != 1 || !strings.Contains(errOut, "indeks pencarian .pustaka/index sedang dipakai "+holder) || !strings.Contains(errOut, "build --no-index") {
		t.Errorf("build beside serve: exit %d\n%s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "public")); !os.IsNotExist(err) {
		t.Error("build beside serve wrote public/ before failing")
	}
	_, errOut, code = pustakaPrompt(t, dir, "serve", "--watch=false", "--addr", freeAddr(t))
	if code != 1 || !strings.Contains(errOut, "sedang dipakai "+holder) || strings.Contains(errOut, "Pustaka siap") {
		t.Errorf("second serve: exit %d\n%s", code, errOut)
	}
	if strings.Count(strings.TrimSpace(errOut), "\n") > 0 {
		t.Errorf("second serve: want one line, got\n%s", errOut)
	}
	if _, errOut, code := pustakaPrompt(t, dir, "build", "--no-index"); code != 0 {
		t.Errorf("build --no-index beside serve: exit %d\n%s", code, errOut)
	}

	// A restart right after SIGTERM starts, waiting for the index if the
	// old server still holds it.
	srv.Process.Signal(syscall.SIGTERM)
	startServe(t, dir)
}

// TestWaitForIndexStops: a build that waits for another process's hold
// on the index says so, and SIGINT ends it at once.
func TestWaitForIndexStops(t *testing.T) {
	dir := sample(t)
	if _, errOut, code := pustaka(t, dir, "build"); code != 0 {
		t.Fatal(errOut)
	}
	public := snapshot(t, filepath.Join(dir, "public"))
	sitetest.Write(t, dir, "content/pelatihan/satu.md", "---\ntitle: Satu Baru\n---\nIsi baru.\n")
	// This process holds the index, as a build would: no holder file.
	ix, err := indexer.Open(indexer.Options{Path: filepath.Join(dir, ".pustaka", "index"), Text: site.TextVersion})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	cmd := exec.Command(binary, "build")
	cmd.Dir = dir
	var stderr sitetest.Log // written by exec's copying goroutine
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waiting := make(chan bool, 1)
	go func() {
		for start := time.Now(); time.Since(start) < prompt; time.Sleep(20 * time.Millisecond) {
			if strings.Contains(stderr.String(), "menunggu") {
				waiting <- true
				return
			}
		}
		waiting <- false
	}()
	ok := <-waiting
	cmd.Process.Signal(os.Interrupt)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err == nil {
			t.Error("an interrupted build succeeded")
		}
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatal("build did not stop on SIGINT while waiting for the index")
	}
	if !ok || !strings.Contains(stderr.String(), "indeks pencarian .pustaka/index sedang dipakai proses lain") || !strings.HasSuffix(stderr.String(), "pustaka build: dihentikan\n") {
		t.Errorf("build waiting for the index said:\n%s", stderr.String())
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".public.new-*")); len(left) > 0 {
		t.Errorf("the interrupted build left %q", left)
	}
	if after := snapshot(t, filepath.Join(dir, "public")); after != public {
		t.Errorf("the interrupted build changed public/:\n%s", lineDiff(public, after))
	}
}

// TestSearchServerNotAnswering: a server that holds the index but does
// not answer (here: this test, with a holder file naming an address where
// nothing listens) is named in one line, at once.
func TestSearchServerNotAnswering(t *testing.T) {
	dir := sample(t)
	if _, errOut, code := pustaka(t, dir, "build"); code != 0 {
		t.Fatal(errOut)
	}
	idx := filepath.Join(dir, ".pustaka", "index")
	ix, err := indexer.Open(indexer.Options{Path: idx, Text: site.TextVersion})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	addr := freeAddr(t)
	holder := fmt.Sprintf(`{"pid":%d,"command":"serve","addr":%q,"since":"2026-12-03T09:00:00Z"}`, os.Getpid(), addr)
	if err := os.WriteFile(filepath.Join(idx, "holder.json"), []byte(holder), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := pustakaPrompt(t, dir, "search", "pengantar")
	want := fmt.Sprintf("pustaka search: indeks pencarian .pustaka/index sedang dipakai pustaka serve (pid %d, http://%s/); server itu tidak menjawab di http://%s/; hentikan dulu (kill %d), lalu coba lagi\n", os.Getpid(), addr, addr, os.Getpid())
	if code != 1 || errOut != want {
		t.Errorf("search: exit %d\n%s\nwant\n%s", code, errOut, want)
	}
}
