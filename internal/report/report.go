// Package report writes the problems of a build as a migration report: every
// diagnostic grouped by file and by kind, with counts, as JSON or as one
// self-contained HTML page, so that a team moving an existing knowledge
// base can work through them (`pustaka check --report FILE`).
package report

import (
	"cmp"
	"encoding/json"
	"html/template"
	"io"
	"slices"

	"github.com/tubei/pustaka/internal/content"

	"github.com/tubei/pustaka/internal/message"
)

// Report is the JSON shape of a report.
type Report struct {
	Lang     string         `json:"lang"` // the language of the messages, id or en
	Errors   int            `json:"errors"`
	Warnings int            `json:"warnings"`
	Kinds    map[string]int `json:"kinds"` // kind name -> number of problems
	Files    []File         `json:"files"` // by path
}

// File is the problems of one file.
type File struct {
	Path     string         `json:"path"`
	Kinds    map[string]int `json:"kinds"`
	Problems []Problem      `json:"problems"` // by line and column
}

// Problem is one diagnostic.
type Problem struct {
	Line    int    `json:"line,omitempty"`
	Col     int    `json:"col,omitempty"`
	Kind    string `json:"kind"`
	Warning bool   `json:"warning"`
	Msg     string `json:"msg"`
}

// New groups diags by file and kind, worded in language lang.
func New(diags content.Diagnostics, lang message.Lang) *Report {
	r := &Report{Lang: string(lang), Errors: diags.Errors(), Warnings: diags.Warnings(), Kinds: map[string]int{}, Files: []File{}}
	byFile := map[string]*File{}
	for _, d := range diags {
		f := byFile[d.File]
		if f == nil {
			f = &File{Path: d.File, Kinds: map[string]int{}}
			byFile[d.File] = f
		}
		k := d.KindName()
		f.Kinds[k]++
		r.Kinds[k]++
		f.Problems = append(f.Problems, Problem{Line: d.Line, Col: d.Col, Kind: k, Warning: d.Warning, Msg: d.Msg.In(lang)})
	}
	for _, f := range byFile {
		slices.SortStableFunc(f.Problems, func(a, b Problem) int { return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col)) })
		r.Files = append(r.Files, *f)
	}
	slices.SortFunc(r.Files, func(a, b File) int { return cmp.Compare(a.Path, b.Path) })
	return r
}

// Kinds returns the kind names of counts, the most frequent first.
func Kinds(counts map[string]int) []string {
	var ks []string
	for k := range counts {
		ks = append(ks, k)
	}
	slices.SortFunc(ks, func(a, b string) int { return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(a, b)) })
	return ks
}

// WriteJSON writes r as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// WriteHTML writes r as one HTML page in the language of its messages.
func (r *Report) WriteHTML(w io.Writer) error {
	lang := "id"
	if r.Lang == "en" {
		lang = "en"
	}
	return page.Execute(w, map[string]any{"R": r, "L": labels[lang], "Lang": lang})
}

// labels are the words of the HTML report.
var labels = map[string]map[string]string{
	"id": {"title": "Laporan migrasi", "errors": "kesalahan", "warnings": "peringatan", "kind": "Jenis", "count": "Jumlah",
		"file": "Berkas", "files": "berkas", "warning": "peringatan", "error": "kesalahan", "none": "Tidak ada masalah."},
	"en": {"title": "Migration report", "errors": "errors", "warnings": "warnings", "kind": "Kind", "count": "Count",
		"file": "File", "files": "files", "warning": "warning", "error": "error", "none": "No problems."},
}

var page = template.Must(template.New("report").Funcs(template.FuncMap{"kinds": Kinds}).Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.L.title}}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:1rem auto;max-width:60rem;padding:0 1rem}table{border-collapse:collapse}
td,th{padding:.2rem .6rem;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top}.error{color:#7f1d1d}.warning{color:#5c4400}
code{font-size:.9em}table.p{width:100%}.p td:nth-child(-n+3){white-space:nowrap;width:1%}.p td:last-child{overflow-wrap:anywhere}
@media (max-width:40rem){.p td:nth-child(3){display:none}}details{margin:.5rem 0}summary{cursor:pointer;font-weight:600}</style></head><body>
<h1>{{.L.title}}</h1>
<p>{{.R.Errors}} {{.L.errors}}, {{.R.Warnings}} {{.L.warnings}}, {{len .R.Files}} {{.L.files}}</p>
{{if not .R.Files}}<p>{{.L.none}}</p>{{else}}
<table><tr><th>{{.L.kind}}</th><th>{{.L.count}}</th></tr>{{range kinds .R.Kinds}}<tr><td>{{.}}</td><td>{{index $.R.Kinds .}}</td></tr>{{end}}</table>
{{range $f := .R.Files}}<details open><summary>{{.Path}} ({{range $i, $k := kinds .Kinds}}{{if $i}}, {{end}}{{$k}} {{index $f.Kinds $k}}{{end}})</summary>
<table class="p">{{range .Problems}}<tr class="{{if .Warning}}warning{{else}}error{{end}}"><td><code>{{.Line}}:{{.Col}}</code></td><td>{{.Kind}}</td><td>{{if .Warning}}{{$.L.warning}}{{else}}{{$.L.error}}{{end}}</td><td>{{.Msg}}</td></tr>{{end}}</table></details>
{{end}}{{end}}</body></html>
`))
