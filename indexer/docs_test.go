package indexer

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"
)

// headingRE matches a section heading line "## Text {#anchor}".
var headingRE = regexp.MustCompile(`^## (.*?) \{#([^}]+)\}$`)

// loadDocs reads the test documents of testdata/docs.txtar.
func loadDocs(t testing.TB) []Document {
	t.Helper()
	ar, err := txtar.ParseFile("testdata/docs.txtar")
	if err != nil {
		t.Fatal(err)
	}
	docs := make([]Document, 0, len(ar.Files))
	for _, f := range ar.Files {
		docs = append(docs, parseDoc(t, f.Name, string(f.Data)))
	}
	return docs
}

// parseDoc parses one test document.
func parseDoc(t testing.TB, url, data string) Document {
	d := Document{URL: url, Lang: "id"}
	head, body, _ := strings.Cut(data, "\n\n")
	for _, line := range strings.Split(head, "\n") {
		k, v, _ := strings.Cut(line, ": ")
		setField(t, &d, k, v)
	}
	var sec *Section
	for _, line := range strings.Split(body, "\n") {
		if m := headingRE.FindStringSubmatch(line); m != nil {
			d.Headings = append(d.Headings, Heading{Text: m[1], Anchor: m[2]})
			d.Sections = append(d.Sections, Section{Anchor: m[2], Heading: m[1]})
			sec = &d.Sections[len(d.Sections)-1]
			continue
		}
		if sec == nil {
			d.Sections = append(d.Sections, Section{})
			sec = &d.Sections[0]
		}
		sec.Text = strings.TrimSpace(sec.Text + "\n" + line)
	}
	var all []string
	for _, s := range d.Sections {
		all = append(all, s.Heading, s.Text)
	}
	d.Body = strings.Join(all, "\n")
	d.Hash = d.Version + d.Date.String()
	return d
}

// setField sets one header field of a test document.
func setField(t testing.TB, d *Document, k, v string) {
	list := func() []string { return strings.Split(v, ", ") }
	switch k {
	case "title":
		d.Title = v
	case "summary":
		d.Summary = v
	case "type":
		d.Type = v
	case "status":
		d.Status = v
	case "version":
		d.Version = v
	case "unit":
		d.Unit = v
	case "lang":
		d.Lang = v
	case "tags":
		d.Tags = list()
	case "competencies":
		d.Competencies = list()
	case "date":
		date, err := time.Parse(time.DateOnly, v)
		if err != nil {
			t.Fatalf("%s: %v", d.URL, err)
		}
		d.Date, d.Updated = date, date
	default:
		t.Fatalf("%s: unknown header %q", d.URL, k)
	}
}

// testIndex returns an in-memory index holding the test documents.
func testIndex(t testing.TB, opts Options) *Index {
	t.Helper()
	ix, err := Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if _, err := ix.Sync(loadDocs(t)); err != nil {
		t.Fatal(err)
	}
	return ix
}

// find runs req and fails the test on error.
func find(t testing.TB, ix *Index, req Request) *Result {
	t.Helper()
	res, err := ix.Search(context.Background(), req)
	if err != nil {
		t.Fatalf("Search(%+v): %v", req, err)
	}
	return res
}

// urls returns the URLs of the hits.
func urls(res *Result) []string {
	out := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		out[i] = h.URL
	}
	return out
}
