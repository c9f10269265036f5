package history

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestMatrixGolden renders the change matrix of golden cases as terminal
// text and CSV, with a reviewer's notes, against testdata/matrix/*.
func TestMatrixGolden(t *testing.T) {
	notes := map[string]string{
		"renumbered": "Pasal 3: Usulan Sekretariat Kecamatan, rapat 12 November.\n" +
			"Pasal 5 ayat (2): Disesuaikan dengan kewenangan BKD.\n" +
			"Pasal 9: Catatan untuk pasal yang sudah tidak ada.\n",
		"moved":      "Pasal 2: Urutan mengikuti alur kerja.\n",
		"word_marks": "",
	}
	for name, yml := range notes {
		t.Run(name, func(t *testing.T) {
			old, new := readCase(t, filepath.Join("testdata", name+".txtar"))
			d := Compare(old, new)
			m := d.MatrixIn("id")
			n, err := ParseNotes(name+".catatan.yaml", []byte(yml))
			if err != nil {
				t.Fatal(err)
			}
			n.Apply(m, d)
			var stale []string
			for _, s := range n.Stale(new) {
				stale = append(stale, s.Pasal)
			}
			if want := map[string]string{"renumbered": "Pasal 9"}[name]; strings.Join(stale, ",") != want {
				t.Errorf("stale notes = %v, want %q", stale, want)
			}
			golden(t, filepath.Join("testdata", "matrix", name+".txt"), []byte(m.Text("Draf I", "Draf II", 110)))
			csv := m.CSV("Draf I", "Draf II")
			if !bytes.HasPrefix(csv, []byte("\xef\xbb\xbfNo,Pasal,Rumusan Draf I,Rumusan Draf II,Keterangan\r\n")) {
				t.Errorf("CSV does not start with a BOM and the header row: %q", csv[:min(len(csv), 80)])
			}
			golden(t, filepath.Join("testdata", "matrix", name+".csv"), csv)
		})
	}
}

func readCase(t *testing.T, file string) (old, new []Block) {
	t.Helper()
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	in := map[string]string{}
	for _, f := range ar.Files {
		in[f.Name] = string(f.Data)
	}
	return parseBlocks(t, in["old"]), parseBlocks(t, in["new"])
}

// golden compares got with the file, or writes it with -update.
func golden(t *testing.T, file string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs:\ngot:\n%s\nwant:\n%s", file, got, want)
	}
}

func TestParseNotesErrors(t *testing.T) {
	for src, want := range map[string]string{
		"- Pasal 1\n":          "x.catatan.yaml:1:1: want a mapping",
		"Pasal 1:\n  - a\n":    "x.catatan.yaml:2:3: note for \"Pasal 1\": want text",
		"Pasal 1: [unclosed\n": "x.catatan.yaml: yaml:",
	} {
		if _, err := ParseNotes("x.catatan.yaml", []byte(src)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseNotes(%q) = %v, want %q", src, err, want)
		}
	}
	n, err := ParseNotes("x.catatan.yaml", []byte("# catatan\nPasal 2: Setuju.\n\nPasal 7: Ditunda.\n"))
	if err != nil || len(n.Notes) != 2 || n.Notes[1].Line != 4 || n.Notes[1].Text != "Ditunda." {
		t.Errorf("ParseNotes = %+v, %v", n, err)
	}
}
