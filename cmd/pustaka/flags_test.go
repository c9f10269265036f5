package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tubei/pustaka/internal/message"
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
// with the --help hint, and exit code 2, in the language the
// environment chooses.
func TestUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args   []string
		en, id string
	}{
		{[]string{"search", "pelatihan", "--limt", "2"},
			`pustaka search: unknown flag --limt; see "pustaka search --help"`,
			`pustaka search: opsi --limt tidak dikenal; lihat "pustaka search --help"`},
		{[]string{"search", "pelatihan", "-draf"},
			`pustaka search: unknown flag -draf (to leave a word out of the search, put the query after --: pustaka search -- kebijakan -draf); see "pustaka search --help"`,
			`pustaka search: opsi -draf tidak dikenal (untuk mengecualikan sebuah kata dari pencarian, tulis kata kuncinya sesudah --: pustaka search -- kebijakan -draf); lihat "pustaka search --help"`},
		{[]string{"search", "--limit"},
			`pustaka search: flag --limit needs a value; see "pustaka search --help"`,
			`pustaka search: opsi --limit perlu nilai; lihat "pustaka search --help"`},
		{[]string{"search", "--limit", "dua", "x"},
			`pustaka search: --limit: want a whole number; got "dua"; see "pustaka search --help"`,
			`pustaka search: --limit: seharusnya bilangan bulat; tertulis "dua"; lihat "pustaka search --help"`},
		{[]string{"search", "--json=mungkin", "x"},
			`pustaka search: --json: want true or false; got "mungkin"; see "pustaka search --help"`,
			`pustaka search: --json: seharusnya true atau false; tertulis "mungkin"; lihat "pustaka search --help"`},
		{[]string{"serve", "--poll", "sebentar"},
			`pustaka serve: --poll: want a duration such as 1s, 500ms or 2m; got "sebentar"; see "pustaka serve --help"`,
			`pustaka serve: --poll: seharusnya lama waktu seperti 1s, 500ms atau 2m; tertulis "sebentar"; lihat "pustaka serve --help"`},
		{[]string{"search", "--json"},
			`pustaka search: missing QUERY; see "pustaka search --help"`,
			`pustaka search: QUERY belum diberikan; lihat "pustaka search --help"`},
		{[]string{"diff"},
			`pustaka diff: missing DOC; see "pustaka diff --help"`,
			`pustaka diff: DOC belum diberikan; lihat "pustaka diff --help"`},
		{[]string{"diff", "a", "b", "c", "d"},
			`pustaka diff: too many arguments: want DOC [FROM [TO]], got 4; see "pustaka diff --help"`,
			`pustaka diff: terlalu banyak argumen: seharusnya DOC [FROM [TO]]; tertulis 4; lihat "pustaka diff --help"`},
		{[]string{"diff", "x.md", "--format", "pdf"},
			`pustaka diff: --format: want words, unified, html, json, matrix or matrix-csv; got "pdf"; see "pustaka diff --help"`,
			`pustaka diff: --format: seharusnya words, unified, html, json, matrix atau matrix-csv; tertulis "pdf"; lihat "pustaka diff --help"`},
		{[]string{"build", "public"},
			`pustaka build: unexpected argument "public"; see "pustaka build --help"`,
			`pustaka build: argumen tak terduga "public"; lihat "pustaka build --help"`},
		{[]string{"serve", "--adr", ":0"},
			`pustaka serve: unknown flag --adr; see "pustaka serve --help"`,
			`pustaka serve: opsi --adr tidak dikenal; lihat "pustaka serve --help"`},
		{[]string{"check", "---strict"},
			`pustaka check: unknown flag ---strict; see "pustaka check --help"`,
			`pustaka check: opsi ---strict tidak dikenal; lihat "pustaka check --help"`},
		{[]string{"new", "policy"},
			`pustaka new: want TYPE and SLUG, got 1 arguments; see "pustaka new --help"`,
			`pustaka new: seharusnya TYPE dan SLUG; tertulis 1 argumen; lihat "pustaka new --help"`},
		{[]string{"analyze", "--lang", "fr", "x"},
			`pustaka analyze: --lang: want id or en; got "fr"; see "pustaka analyze --help"`,
			`pustaka analyze: --lang: seharusnya id atau en; tertulis "fr"; lihat "pustaka analyze --help"`},
		{[]string{"search-log", "--since", "kemarin"},
			`pustaka search-log: --since: want a date YYYY-MM-DD; got "kemarin"; see "pustaka search-log --help"`,
			`pustaka search-log: --since: seharusnya tanggal YYYY-MM-DD; tertulis "kemarin"; lihat "pustaka search-log --help"`},
		{[]string{"skm", "--bobot", "berat", "x.csv"},
			`pustaka skm: --bobot: want sama or dibulatkan; got "berat"; see "pustaka skm --help"`,
			`pustaka skm: --bobot: seharusnya sama atau dibulatkan; tertulis "berat"; lihat "pustaka skm --help"`},
		{[]string{"export", "kuis"},
			`pustaka export: cannot export "kuis": want soal; see "pustaka export --help"`,
			`pustaka export: tidak bisa mengekspor "kuis": seharusnya soal; lihat "pustaka export --help"`},
		{[]string{"pdf"},
			`pustaka pdf: want one PAGE, got 0 arguments; see "pustaka pdf --help"`,
			`pustaka pdf: seharusnya satu PAGE; tertulis 0 argumen; lihat "pustaka pdf --help"`},
		{[]string{"bangun"},
			`pustaka: unknown command "bangun"; see "pustaka --help"`,
			`pustaka: perintah "bangun" tidak dikenal; lihat "pustaka --help"`},
	} {
		for lang, want := range map[string]string{"en": tc.en, "id": tc.id} {
			var stdout, stderr bytes.Buffer
			code := runEnv(context.Background(), tc.args, &stdout, &stderr, langEnv(lang))
			if code != 2 || stderr.String() != want+"\n" || stdout.Len() > 0 {
				t.Errorf("%s %q: exit %d, stdout %q, stderr\n%q\nwant one line\n%q", lang, tc.args, code, stdout.String(), stderr.String(), want)
			}
		}
	}
}

// langEnv is an environment that chooses the language lang
// (PUSTAKA_LANG) and nothing else.
func langEnv(lang string) func(string) string {
	return func(k string) string {
		if k == "PUSTAKA_LANG" {
			return lang
		}
		return ""
	}
}

// TestHelpGolden compares the help of the program and of every command,
// in Indonesian and in English, with testdata/help/*.golden (go test
// -run TestHelpGolden -update rewrites them). A flag's description
// comes from the catalog: a flag registered without a message key would
// show the key's "key[]" form and differ.
func TestHelpGolden(t *testing.T) {
	names := []string{""}
	for _, c := range commands {
		names = append(names, c.name)
	}
	for _, name := range names {
		for _, lang := range []string{"id", "en"} {
			args := []string{"--help"}
			file := "pustaka"
			if name != "" {
				args, file = []string{name, "--help"}, name
			}
			var stdout, stderr bytes.Buffer
			if code := runEnv(context.Background(), args, &stdout, &stderr, langEnv(lang)); code != 0 || stderr.Len() > 0 {
				t.Errorf("%v: exit %d\n%s", args, code, stderr.String())
			}
			got := stdout.String()
			if strings.Contains(got, "[]") {
				t.Errorf("%v in %s: a flag without a message:\n%s", args, lang, got)
			}
			golden := filepath.Join("testdata", "help", file+"."+lang+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("%v in %s differs from %s (go test -run TestHelpGolden -update):\n%s", args, lang, golden, got)
			}
		}
	}
}

// TestChromiumNames: the help of --chromium lists the programs looked for.
func TestChromiumNames(t *testing.T) {
	for _, l := range message.Langs {
		if s := message.New(message.FlagChromium).In(l); !strings.Contains(s, strings.Join(chromiums, ", ")) {
			t.Errorf("--chromium help in %s does not list %v: %s", l, chromiums, s)
		}
	}
}

// TestHelpAnywhere: --help among arguments prints the usage and runs nothing.
func TestHelpAnywhere(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := runEnv(context.Background(), []string{"search", "pelatihan", "--help", "--limit", "x"}, &stdout, &stderr, langEnv("en")); code != 0 || !strings.HasPrefix(stdout.String(), "usage: pustaka search") {
		t.Errorf("search pelatihan --help: exit %d\n%s%s", code, stdout.String(), stderr.String())
	}
	// "pustaka help search" is "pustaka search --help".
	var helpOut, helpErr bytes.Buffer
	if code := runEnv(context.Background(), []string{"help", "search"}, &helpOut, &helpErr, langEnv("id")); code != 0 || !strings.Contains(helpOut.String(), "pustaka search") {
		t.Errorf("help search: exit %d\n%s%s", code, helpOut.String(), helpErr.String())
	}
	var want bytes.Buffer
	runEnv(context.Background(), []string{"search", "--help"}, &want, &bytes.Buffer{}, langEnv("id"))
	if helpOut.String() != want.String() {
		t.Errorf("help search differs from search --help:\n%s\nwant:\n%s", helpOut.String(), want.String())
	}
}
