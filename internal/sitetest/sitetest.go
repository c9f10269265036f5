// Package sitetest writes test sites to temporary folders: whole sites
// kept as txtar archives in testdata/, and single edited files; and runs
// git in them.
package sitetest

import (
	"os"
	"os/exec"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/tools/txtar"
)

// WriteArchive writes the files of the txtar archive at path under a new
// temporary folder and returns the folder.
func WriteArchive(t testing.TB, path string) string {
	t.Helper()
	ar, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range ar.Files {
		Write(t, dir, f.Name, string(f.Data))
	}
	return dir
}

// Write writes text to dir/name, making folders as needed, and moves the
// file's modification time forward so that a size+mtime comparison sees
// the change even within one file-system timestamp tick.
func Write(t testing.TB, dir, name, text string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	bump(p)
}

// Save writes text to dir/name the way many editors do: into a temporary
// file in the same folder, renamed over the original.
func Save(t testing.TB, dir, name, text string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	tmp := p + ".tmp~"
	if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	bump(tmp)
	if err := os.Rename(tmp, p); err != nil {
		t.Fatal(err)
	}
}

var tick atomic.Int64

func bump(p string) {
	later := time.Now().Add(time.Duration(tick.Add(1)) * time.Millisecond)
	os.Chtimes(p, later, later)
}

// CorpusGenerator returns the path of the shared corpus generator
// (../shared/bench/gen-corpus beside the repository, or $PUSTAKA_GEN_CORPUS)
// and whether it and python3 are there to run it.
func CorpusGenerator() (string, bool) {
	gen := os.Getenv("PUSTAKA_GEN_CORPUS")
	if gen == "" {
		dir, err := os.Getwd()
		if err != nil {
			return "", false
		}
		for {
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
				break
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				return "", false
			}
			dir = parent
		}
		gen = filepath.Join(dir, "..", "shared", "bench", "gen-corpus")
	}
	if _, err := os.Stat(gen); err != nil {
		return "", false
	}
	if _, err := exec.LookPath("python3"); err != nil {
		return "", false
	}
	return gen, true
}

// SharedCorpus returns the folder of a shared real corpus
// (shared/corpora/NAME beside the repository or beside a folder above it,
// or $PUSTAKA_CORPORA/NAME) and whether it is there.
func SharedCorpus(name string) (string, bool) {
	if root := os.Getenv("PUSTAKA_CORPORA"); root != "" {
		dir := filepath.Join(root, name)
		_, err := os.Stat(dir)
		return dir, err == nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		cand := filepath.Join(dir, "..", "shared", "corpora", name)
		if _, err := os.Stat(cand); err == nil {
			return cand, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// NeedGit skips the test when git is not installed.
func NeedGit(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
}

// Git runs git with args in dir as author, who is also the committer,
// dated date (RFC 3339) unless it is empty, and without the machine's
// git configuration. It fails the test if git fails.
func Git(t testing.TB, dir, author, date string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME="+author, "GIT_AUTHOR_EMAIL=uji@tubei.example",
		"GIT_COMMITTER_NAME="+author, "GIT_COMMITTER_EMAIL=uji@tubei.example", "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
	if date != "" {
		cmd.Env = append(cmd.Env, "GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date)
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}
