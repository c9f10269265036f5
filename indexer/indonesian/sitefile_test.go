package indonesian

import (
	"bytes"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParseSiteFile(t *testing.T) {
	const src = `# akar kata situs Tubei
daring
  luring   # luar jaringan

ketahui => tahu
kades=>desa   # tanpa spasi
ketahui => tahu
`
	roots, exc, err := ParseSiteFile(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"daring", "luring"}; !slices.Equal(roots, want) {
		t.Errorf("roots = %q, want %q", roots, want)
	}
	if want := map[string]string{"ketahui": "tahu", "kades": "desa"}; !maps.Equal(exc, want) {
		t.Errorf("exceptions = %v, want %v", exc, want)
	}
}

func TestParseSiteFileErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"daring\ndalam jaringan\n", "line 2, column 6: \"dalam jaringan\" is more than one word"},
		{"# x\n\n   Daring\n", "line 3, column 4: \"Daring\" has upper case; write it in lower case"},
		{"ketahui =>\n", "line 1, column 11: missing root after \"=>\""},
		{"  => tahu\n", "line 1, column 3: missing word before \"=>\""},
		{"a => b\nc\na => d\n", "line 3, column 1: \"a\" => \"d\" contradicts \"a\" => \"b\" on line 1"},
		{"a => b => c\n", "line 1, column 7: \"b => c\" is more than one word"},
		{"a => b=>c\n", "line 1, column 7: stray '=' in \"b=>c\"; write an exception as \"word => root\""},
		{"ok\nbad\xff\n", "line 2, column 1: invalid UTF-8"},
	} {
		_, _, err := ParseSiteFile(strings.NewReader(tc.src))
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%q: error %v, want a *ParseError", tc.src, err)
			continue
		}
		if err.Error() != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.src, err, tc.want)
		}
	}
}

func TestParseSiteFileNamesFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "akar.txt")
	if err := os.WriteFile(path, []byte("daring\nDaring\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	_, _, err = ParseSiteFile(f)
	if want := path + ":2:1: "; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error %v, want it to start with %q", err, want)
	}
}

// TestSupplement checks that the embedded supplement parses, adds only
// words missing from roots.txt, and comments every entry.
func TestSupplement(t *testing.T) {
	roots, exc, err := ParseSiteFile(bytes.NewReader(supplementTxt))
	if err != nil {
		t.Fatal(err)
	}
	if len(roots) == 0 || len(exc) == 0 {
		t.Fatalf("supplement has %d roots and %d exceptions", len(roots), len(exc))
	}
	listed := map[string]bool{}
	for line := range bytes.Lines(rootsTxt) {
		listed[string(bytes.TrimSpace(line))] = true
	}
	for _, r := range roots {
		if listed[r] {
			t.Errorf("supplement root %q is already in roots.txt", r)
		}
	}
	for i, line := range strings.Split(string(supplementTxt), "\n") {
		entry, comment, _ := strings.Cut(line, "#")
		if strings.TrimSpace(entry) != "" && strings.TrimSpace(comment) == "" {
			t.Errorf("data/supplement.txt:%d: entry without a comment saying why", i+1)
		}
	}
}

func FuzzParseSiteFile(f *testing.F) {
	f.Add(string(supplementTxt))
	f.Add("a => b\n# c\n\n d \n")
	f.Add("=>\n=>=>\n#\xff")
	f.Fuzz(func(t *testing.T, src string) {
		roots, exc, err := ParseSiteFile(strings.NewReader(src))
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line < 1 || pe.Col < 1 {
				t.Fatalf("error %v has no position", err)
			}
			return
		}
		for _, r := range roots {
			if r == "" || strings.ContainsAny(r, " \t#") {
				t.Fatalf("bad root %q", r)
			}
		}
		for w, r := range exc {
			if w == "" || r == "" {
				t.Fatalf("bad exception %q => %q", w, r)
			}
		}
	})
}
