package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// TestFlagsAnywhere runs every command with its flags after, between and
// before the arguments; each must mean the same.
func TestFlagsAnywhere(t *testing.T) {
	dir := sample(t)
	if _, errOut, code := pustaka(t, dir, "build", "--no-index"); code != 0 {
		t.Fatal(errOut)
	}
	out, errOut, code := pustaka(t, dir, "search", "pengantar", "--type", "page", "--limit", "2", "--json")
	if code != 0 {
		t.Fatalf("search with flags last: exit %d\n%s", code, errOut)
	}
	var r struct{ Total int }
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("--json last is not JSON: %v\n%s", err, out)
	}
	if r.Total != 0 {
		t.Errorf("--type page ignored: %d hits for a word only a training module has", r.Total)
	}
	out, _, _ = pustaka(t, dir, "search", "--json", "pengantar", "--type=training")
	if err := json.Unmarshal([]byte(out), &r); err != nil || r.Total < 1 {
		t.Errorf("search --json pengantar --type=training: %v %s", err, out)
	}
	// Arguments after "--" are never flags: "-pengantar" leaves the word out.
	out, errOut, code = pustaka(t, dir, "search", "--json", "--", "pelatihan", "-pengantar")
	if code != 0 || json.Unmarshal([]byte(out), &r) != nil {
		t.Errorf("search -- pelatihan -pengantar: exit %d %s", code, errOut)
	}
	before, _, _ := pustaka(t, dir, "analyze", "--lang", "en", "training", "courses")
	after, _, _ := pustaka(t, dir, "analyze", "training", "--lang", "en", "courses")
	if before == "" || before != after {
		t.Errorf("analyze: flags between arguments changed the result: %q vs %q", before, after)
	}
	if out, errOut, code := pustaka(t, dir, "new", "training", "modul-baru", "--source", "."); code != 0 || !strings.Contains(out, "modul-baru.md") {
		t.Errorf("new with --source last: exit %d %s%s", code, out, errOut)
	}
	for _, args := range [][]string{{"check", "--drafts"}, {"build", "--no-index", "--drafts"}} {
		if _, errOut, code := pustaka(t, dir, args...); code != 0 {
			t.Errorf("%v: exit %d\n%s", args, code, errOut)
		}
	}
	editAturan(t, dir)
	out, errOut, code = pustaka(t, dir, "diff", "content/kebijakan/aturan.md", "1.0", "2.0", "--format", "json")
	if code != 0 || !json.Valid([]byte(out)) {
		t.Errorf("diff with --format last: exit %d\n%s%s", code, out, errOut)
	}
	out2, _, _ := pustaka(t, dir, "diff", "--format", "json", "content/kebijakan/aturan.md", "1.0", "2.0")
	if out != out2 {
		t.Errorf("diff: --format first and last differ:\n%s\n%s", out, out2)
	}
}

// TestUsageErrors: a mistake in flags or arguments is one line naming it,
// with the --help hint, and exit code 2.
func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"search", "pelatihan", "--limt", "2"}, `pustaka search: unknown flag --limt; see "pustaka search --help"`},
		{[]string{"search", "pelatihan", "-draf"}, `pustaka search: unknown flag -draf (to leave a word out of the search, put the query after --: pustaka search -- kebijakan -draf); see "pustaka search --help"`},
		{[]string{"search", "--limit"}, `pustaka search: flag --limit needs a value; see "pustaka search --help"`},
		{[]string{"search", "--limit", "dua", "x"}, `pustaka search: invalid value "dua" for flag -limit: parse error; see "pustaka search --help"`},
		{[]string{"search", "--json"}, `pustaka search: missing QUERY; see "pustaka search --help"`},
		{[]string{"diff"}, `pustaka diff: missing DOC; see "pustaka diff --help"`},
		{[]string{"diff", "a", "b", "c", "d"}, `pustaka diff: too many arguments: want DOC [FROM [TO]], got 4; see "pustaka diff --help"`},
		{[]string{"diff", "x.md", "--format", "pdf"}, `pustaka diff: --format: want words, unified, html, json, matrix or matrix-csv; got "pdf"; see "pustaka diff --help"`},
		{[]string{"build", "public"}, `pustaka build: unexpected argument "public"; see "pustaka build --help"`},
		{[]string{"serve", "--adr", ":0"}, `pustaka serve: unknown flag --adr; see "pustaka serve --help"`},
		{[]string{"check", "--strikt"}, `pustaka check: unknown flag --strikt; see "pustaka check --help"`},
		{[]string{"new", "policy"}, `pustaka new: want TYPE and SLUG, got 1 arguments; see "pustaka new --help"`},
		{[]string{"analyze", "--lang", "fr", "x"}, `pustaka analyze: --lang: want id or en; got "fr"; see "pustaka analyze --help"`},
		{[]string{"bangun"}, `pustaka: unknown command "bangun"; see "pustaka --help"`},
	} {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), tc.args, &stdout, &stderr)
		if code != 2 || stderr.String() != tc.want+"\n" || stdout.Len() > 0 {
			t.Errorf("%q: exit %d, stdout %q, stderr\n%q\nwant one line\n%q", tc.args, code, stdout.String(), stderr.String(), tc.want)
		}
	}
}

// TestHelpAnywhere: --help among arguments prints the usage and runs nothing.
func TestHelpAnywhere(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"search", "pelatihan", "--help"}, &stdout, &stderr); code != 0 || !strings.HasPrefix(stdout.String(), "usage: pustaka search") {
		t.Errorf("search pelatihan --help: exit %d\n%s%s", code, stdout.String(), stderr.String())
	}
}
