package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tubei/pustaka/internal/sitetest"
)

// TestSearchLog runs search-log on a recorded log and compares what it
// prints, with its exit code, against testdata/search-log/output.golden.
func TestSearchLog(t *testing.T) {
	log, err := os.ReadFile(filepath.Join("testdata", "search-log", "search-log.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	site := t.TempDir()
	sitetest.Write(t, site, ".pustaka/search-log.tsv", string(log))
	off := t.TempDir()
	sitetest.Write(t, off, "config.yaml", "search:\n  log: false\n")
	sitetest.Write(t, off, ".pustaka/search-log.tsv", string(log))
	en := t.TempDir()
	sitetest.Write(t, en, "config.yaml", "lang: en\n")
	sitetest.Write(t, en, ".pustaka/search-log.tsv", string(log))
	empty := t.TempDir()
	bad := t.TempDir()
	sitetest.Write(t, bad, ".pustaka/search-log.tsv", "# pustaka search log 1\n2026-12-03\tnone\tdua\tcuti\n")
	var got strings.Builder
	for _, c := range []struct {
		dir  string
		name string
		args []string
	}{
		{site, "site", nil},
		{site, "site", []string{"--since", "2026-12-02"}},
		{site, "site", []string{"--limit", "1"}},
		{site, "site", []string{"--since=2027-01-01"}},
		{off, "site with search.log: false", nil},
		{empty, "site without a log", nil},
		{site, "site", []string{"--since", "kemarin"}},
		{bad, "a damaged log", nil},
		{en, "site with lang: en", []string{"--limit", "1"}},
	} {
		out, errOut, code := pustaka(t, c.dir, append([]string{"search-log"}, c.args...)...)
		fmt.Fprintf(&got, "$ pustaka search-log %s   # %s\n%s", strings.Join(c.args, " "), c.name, out)
		if errOut != "" {
			fmt.Fprintf(&got, "stderr: %s", errOut)
		}
		fmt.Fprintf(&got, "exit %d\n\n", code)
	}
	golden := filepath.Join("testdata", "search-log", "output.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != string(want) {
		t.Errorf("output differs from %s (go test -run TestSearchLog -update rewrites it):\n%s", golden, got.String())
	}
}
