package message

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"unicode"
)

// TestCatalog fails when a key of this package has no message in the
// catalog, or its message lacks a language, or the two languages take
// different arguments, or the Indonesian text is the English one left
// untranslated.
func TestCatalog(t *testing.T) {
	keys := declaredKeys(t)
	if len(keys) < len(catalog) {
		t.Errorf("%d keys declared, %d messages in the catalog", len(keys), len(catalog))
	}
	for k := range englishOne {
		if _, ok := catalog[k]; !ok {
			t.Errorf("key %q: an English singular but no message", k)
		}
	}
	for _, k := range keys {
		e, ok := catalog[k]
		switch {
		case !ok:
			t.Errorf("key %q: no message in the catalog", k)
			continue
		case e.id == "":
			t.Errorf("key %q: no Indonesian message", k)
		case e.en == "":
			t.Errorf("key %q: no English message", k)
		case e.id == e.en && hasWords(e.en):
			t.Errorf("key %q: Indonesian and English are the same: %q", k, e.en)
		}
		if a, b := verbs(e.id), verbs(e.en); a != b {
			t.Errorf("key %q: the Indonesian message takes %s, the English one %s", k, a, b)
		}
		if e.one != "" && (verbs(e.one) != verbs(e.en) || !strings.HasPrefix(verbs(e.en), "[d")) {
			t.Errorf("key %q: the English singular takes %s, the plural %s (want a count first)", k, verbs(e.one), verbs(e.en))
		}
	}
}

// declaredKeys returns the value of every constant of type Key declared
// in the package's files.
func declaredKeys(t *testing.T) []Key {
	files, _ := filepath.Glob("*.go")
	var keys []Key
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			g, ok := decl.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, spec := range g.Specs {
				vs := spec.(*ast.ValueSpec)
				if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Key" {
					continue
				}
				for i, n := range vs.Names {
					lit := vs.Values[i].(*ast.BasicLit)
					if n.Name != "raw" {
						keys = append(keys, Key(strings.Trim(lit.Value, `"`)))
					}
				}
			}
		}
	}
	if len(keys) == 0 {
		t.Fatal("no keys found")
	}
	return keys
}

var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// verbs describes the arguments a format takes: the verbs by argument
// number, so that "%[2]s … %[1]q" and "%q … %s" differ but the order of
// explicitly numbered verbs does not matter.
func verbs(format string) string {
	byArg := map[int]string{}
	n := 0
	for _, v := range verb.FindAllString(format, -1) {
		if strings.HasSuffix(v, "%") {
			continue
		}
		if i := strings.IndexByte(v, '['); i >= 0 {
			n = int(v[i+1] - '0')
		} else {
			n++
		}
		byArg[n] += v[len(v)-1:]
	}
	var b strings.Builder
	for i := 1; i <= len(byArg); i++ {
		b.WriteString(byArg[i] + " ")
	}
	return "[" + strings.TrimSpace(b.String()) + "]"
}

// hasWords reports whether format has a word besides its verbs.
func hasWords(format string) bool {
	return strings.IndexFunc(verb.ReplaceAllString(format, ""), unicode.IsLetter) >= 0
}

func TestVerbs(t *testing.T) {
	if verbs("%[2]s ada di %[1]q") != verbs("%q is in %s") || verbs("%s: %q") == verbs("%q: %s") ||
		verbs("%s: %d%%") != "[s d]" || hasWords("%s: %s") || !hasWords("%s: a") {
		t.Error("verbs or hasWords is wrong")
	}
}

func TestTextIn(t *testing.T) {
	msg := New(WantOneOf, "status", "draft, approved", New(GotList))
	if got, want := msg.In(ID), "status: seharusnya salah satu dari draft, approved; tertulis daftar"; got != want {
		t.Errorf("In(ID) = %q, want %q", got, want)
	}
	if got, want := msg.String(), "status: want one of draft, approved; got a list"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got := Raw("permission denied").In(ID); got != "permission denied" {
		t.Errorf("Raw = %q", got)
	}
	if !(Text{}).IsZero() || Raw("").IsZero() || New(GotList).IsZero() {
		t.Error("IsZero")
	}
	if got := New("no-such-key", 1, "a").In(EN); got != "no-such-key[1 a]" {
		t.Errorf("missing key = %q", got)
	}
	for n, want := range map[int]string{0: "0 errors", 1: "1 error", 2: "2 errors"} {
		if got := New(CountErrors, n).In(EN); got != want {
			t.Errorf("CountErrors %d = %q, want %q", n, got, want)
		}
	}
	if got := Of(Errorf(GotList)).In(ID); got != "daftar" {
		t.Errorf("Of(Errorf) = %q", got)
	}
}

func TestChoose(t *testing.T) {
	for _, tc := range []struct {
		site string
		env  map[string]string
		want Lang
	}{
		{"", nil, ID},
		{"en", nil, EN},
		{"id", map[string]string{"LANG": "en_US.UTF-8"}, EN},
		{"en", map[string]string{"LANG": "id_ID.UTF-8"}, ID},
		{"en", map[string]string{"LANG": "id_ID"}, ID},
		{"en", map[string]string{"LANG": "C"}, EN},
		{"id", map[string]string{"LANG": "C.UTF-8"}, ID},
		{"id", map[string]string{"LANG": "POSIX"}, ID},
		{"id", map[string]string{"LANG": "fr_FR.UTF-8"}, ID},
		{"id", map[string]string{"PUSTAKA_LANG": "en", "LANG": "id_ID.UTF-8"}, EN},
		{"en", map[string]string{"PUSTAKA_LANG": "id"}, ID},
		{"en", map[string]string{"PUSTAKA_LANG": "fr", "LANG": "id_ID"}, ID}, // not spoken: the next decides
		{"id", map[string]string{"LC_ALL": "C", "LANG": "en_US.UTF-8"}, ID},  // LC_ALL wins, as in POSIX
		{"id", map[string]string{"LC_MESSAGES": "en_GB.UTF-8", "LANG": "id_ID"}, EN},
		{"id", map[string]string{"LANG": "in_ID"}, ID},
	} {
		got := Choose(tc.site, func(k string) string { return tc.env[k] })
		if got != tc.want {
			t.Errorf("Choose(%q, %v) = %s, want %s", tc.site, tc.env, got, tc.want)
		}
	}
}

// TestOSErrors: the common errors of the system about a file or an
// address are worded in the reader's language, keeping the path and the
// system's own words; an error that adds words of its own, or one the
// catalog does not know, stays as it is.
func TestOSErrors(t *testing.T) {
	_, missing := os.Open(filepath.Join(t.TempDir(), "tidak-ada.csv"))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	_, inUse := net.Listen("tcp", ln.Addr().String())
	addr := ln.Addr().String()
	for _, tc := range []struct {
		err    error
		id, en string
	}{
		{&fs.PathError{Op: "open", Path: "data/skm.csv", Err: syscall.ENOENT},
			"data/skm.csv: berkas atau folder itu tidak ada (open: no such file or directory)",
			"data/skm.csv: no such file or folder (open: no such file or directory)"},
		{&fs.PathError{Op: "open", Path: "laporan.html", Err: syscall.EACCES},
			"laporan.html: izin ditolak: pengguna ini tidak boleh membaca atau menulis di situ (open: permission denied)",
			"laporan.html: permission denied: this user may not read or write there (open: permission denied)"},
		{&fs.PathError{Op: "mkdir", Path: "/mnt/ro/public", Err: syscall.EROFS},
			"/mnt/ro/public: sistem berkasnya hanya bisa dibaca (mkdir: read-only file system)",
			"/mnt/ro/public: the file system is read-only (mkdir: read-only file system)"},
		{&os.LinkError{Op: "rename", Old: "a.tmp", New: "a.pdf", Err: syscall.ENOSPC},
			"a.tmp → a.pdf: disk penuh (rename: no space left on device)",
			"a.tmp → a.pdf: the disk is full (rename: no space left on device)"},
		{inUse,
			"alamat " + addr + " sudah dipakai program lain (pustaka serve yang lain?); pilih alamat lain dengan --addr, mis. --addr localhost:8081 (bind: address already in use)",
			"the address " + addr + " is already in use by another program (another pustaka serve?); choose another with --addr, e.g. --addr localhost:8081 (bind: address already in use)"},
		{fmt.Errorf("reading roots: %w", missing), "reading roots: " + missing.Error(), "reading roots: " + missing.Error()},
		{&fs.PathError{Op: "read", Path: "x", Err: syscall.EIO}, "read x: input/output error", "read x: input/output error"},
	} {
		if got := Of(tc.err).In(ID); got != tc.id {
			t.Errorf("%v in id:\n%s\nwant\n%s", tc.err, got, tc.id)
		}
		if got := Of(tc.err).In(EN); got != tc.en {
			t.Errorf("%v in en:\n%s\nwant\n%s", tc.err, got, tc.en)
		}
	}
	if got := Of(missing).In(ID); !strings.HasSuffix(got, "tidak-ada.csv: berkas atau folder itu tidak ada (open: no such file or directory)") {
		t.Errorf("os.Open of a missing file: %s", got)
	}
}
