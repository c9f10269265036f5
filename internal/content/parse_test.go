package content

import (
	"reflect"

	"github.com/tubei/pustaka/internal/message"
	"strings"
	"testing"
	"time"
)

const policySrc = `---
title: "Peningkatan Kompetensi ASN"
description: Kebijakan tentang pengembangan kompetensi.
date: 2026-11-27
lastmod: 2026-12-01T09:00:00+07:00
authors: Siti Rahmawati
tags: [kepegawaian, pembelajaran]
categories: [sdm]
keywords: [kompetensi]
aliases: [/lama/asn/]
unit: Bagian Umum dan Kepegawaian
lang: id
draft: false
weight: 2
status: consultation
version: 1.20
number: 800/12/2026
effective: 2027-01-01
stakeholders: [Camat, Sekretaris Kecamatan]
related: [../pelatihan/x.md]
supersedes: kebijakan/lama.md
competencies: [analisis kebijakan]
---

# Judul di badan

Pasal 1
`

func TestParsePolicyFields(t *testing.T) {
	p, diags := Parse("kebijakan/peningkatan-asn.md", []byte(policySrc), Config{})
	if len(diags) != 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	wib := time.FixedZone("", 7*3600)
	want := &Page{
		Path: "kebijakan/peningkatan-asn.md", File: "content/kebijakan/peningkatan-asn.md",
		Dir: "kebijakan", Section: "kebijakan", URL: "/kebijakan/peningkatan-asn/", Type: TypePolicy,
		Title: "Peningkatan Kompetensi ASN", Summary: "Kebijakan tentang pengembangan kompetensi.",
		Date:    time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC),
		Updated: time.Date(2026, 12, 1, 9, 0, 0, 0, wib),
		Authors: []string{"Siti Rahmawati"}, Tags: []string{"kepegawaian", "pembelajaran"},
		Categories: []string{"sdm"}, Keywords: []string{"kompetensi"}, Aliases: []string{"/lama/asn/"},
		Unit: "Bagian Umum dan Kepegawaian", Lang: "id", Weight: 2,
		Status: "consultation", Version: "1.20", Number: "800/12/2026",
		Effective:    time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC),
		Stakeholders: []string{"Camat", "Sekretaris Kecamatan"},
		Related:      []Ref{{Target: "../pelatihan/x.md", Line: 20, Col: 11}},
		Supersedes:   &Ref{Target: "kebijakan/lama.md", Line: 21, Col: 13},
		Competencies: []string{"analisis kebijakan"},
		BodyLine:     24,
	}
	got := *p
	if !strings.HasPrefix(string(got.Body), "\n# Judul di badan") || string(got.Source) != policySrc || len(got.Hash) != 64 {
		t.Errorf("Body %q, Source or Hash %q wrong", got.Body, got.Hash)
	}
	got.Body, got.Source, got.Hash = nil, nil, ""
	if !reflect.DeepEqual(&got, want) {
		t.Errorf("got  %+v\nwant %+v", &got, want)
	}
}

func TestParseTrainingAndEvaluationFields(t *testing.T) {
	src := "---\ntype: pelatihan\nobjectives: [Menyusun SKP]\nduration: 90\nlevel: Menengah\nprerequisites: [dasar]\n---\n"
	p, diags := Parse("blog/modul.md", []byte(src), Config{})
	if len(diags) != 0 || p.Type != TypeTraining || p.Duration != 90*time.Minute || p.Level != "menengah" ||
		!reflect.DeepEqual(p.Objectives, []string{"Menyusun SKP"}) ||
		!reflect.DeepEqual(p.Prerequisites, []Ref{{Target: "dasar", Line: 6, Col: 17}}) || p.Status != "" {
		t.Errorf("training: %+v %v", p, diags)
	}
	src = "---\nindicators:\n  - {name: IKM, target: 82.50, unit: indeks, method: survei, frequency: semester}\n---\n"
	p, diags = Parse("evaluasi/ikm.md", []byte(src), Config{})
	want := []Indicator{{Name: "IKM", Target: "82.50", Unit: "indeks", Method: "survei", Frequency: "semester", Line: 3}}
	if len(diags) != 0 || !reflect.DeepEqual(p.Indicators, want) {
		t.Errorf("evaluation: %+v %v", p.Indicators, diags)
	}
}

func TestParseDefaults(t *testing.T) {
	p, diags := Parse("kebijakan/tata-cara_kerja.md", nil, Config{})
	if len(diags) != 0 || p.Status != "draft" || p.Lang != "id" || p.Title != "Tata cara kerja" ||
		!p.TitleFromFile || p.BodyLine != 1 || !p.Date.IsZero() {
		t.Errorf("got %+v, %v", p, diags)
	}
	p, _ = Parse("catatan.md", []byte("# Catatan Rapat\n"), Config{})
	if p.Type != TypePage || p.Title != "Catatan Rapat" || !p.TitleFromFile || p.Section != "" || p.Dir != "" {
		t.Errorf("root page: %+v", p)
	}
}

func TestParseConfig(t *testing.T) {
	cfg := Config{Types: map[string]string{"modul": "training"}, Prefix: "situs/"}
	p, diags := Parse("modul/a.md", []byte("---\nstauts: x\n---\n"), cfg)
	if p.Type != TypeTraining || p.File != "situs/modul/a.md" || len(diags) != 1 ||
		diags[0].Error() != `situs/modul/a.md:2:1: warning: unknown key "stauts"; did you mean "status"?` {
		t.Errorf("got %+v, %v", p, diags)
	}
	if p, _ := Parse("kebijakan/a.md", nil, cfg); p.Type != TypePage {
		t.Errorf("kebijakan/ with custom types: type %q, want page", p.Type)
	}
}

func TestParseJunk(t *testing.T) {
	for _, src := range []string{
		"\x00\x01\xff\xfe---",
		"---\n\xff\xfe: [\n---\n",
		"---\na: &x [*x]\ntitle: *x\n---\n",
		"---\n? [a, b]\n: c\n---\n",
		"---\n{{< shortcode >}}\n---\n",
		"---\ntitle: <b>tebal</b>\n---\n<script>alert(1)</script>",
	} {
		p, _ := Parse("blog/x.md", []byte(src), Config{})
		if p == nil || p.Title == "" || p.URL != "/blog/x/" {
			t.Errorf("%q: unusable page %+v", src, p)
		}
	}
}

func TestDiagnosticError(t *testing.T) {
	for _, tc := range []struct {
		d    Diagnostic
		want string
	}{
		{Diagnostic{File: "content/a.md", Line: 4, Col: 9, Msg: message.Raw("m")}, "content/a.md:4:9: m"},
		{Diagnostic{File: "content/a.md", Line: 4, Col: 9, Msg: message.Raw("m"), Warning: true}, "content/a.md:4:9: warning: m"},
		{Diagnostic{File: "content/a.md", Line: 4, Msg: message.Raw("m")}, "content/a.md:4: m"},
		{Diagnostic{File: "content/a.md", Msg: message.Raw("m")}, "content/a.md: m"},
	} {
		if got := tc.d.Error(); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
	d := Diagnostic{File: "content/a.md", Line: 3, Col: 9, Warning: true,
		Msg: message.New(message.WantOneOf, "status", "draft, approved", message.New(message.GotList))}
	for l, want := range map[message.Lang]string{
		message.ID: "content/a.md:3:9: peringatan: status: seharusnya salah satu dari draft, approved; tertulis daftar",
		message.EN: "content/a.md:3:9: warning: status: want one of draft, approved; got a list",
	} {
		if got := d.In(l); got != want {
			t.Errorf("In(%s) = %q, want %q", l, got, want)
		}
	}
	ds := Diagnostics{{Warning: true}, {}, {Warning: true}}
	if ds.Errors() != 1 || ds.Warnings() != 2 {
		t.Errorf("Errors %d, Warnings %d", ds.Errors(), ds.Warnings())
	}
}

func FuzzParse(f *testing.F) {
	f.Add("kebijakan/a.md", []byte(policySrc))
	f.Add("evaluasi/_index.md", []byte("---\nindicators: [{name: a}, x, {nama: b}]\n---\n# x"))
	f.Add("pelatihan/x/index.md", []byte("\xEF\xBB\xBF---\r\nduration: 1j 30m\r\nslug: y\r\n---\r\n"))
	f.Fuzz(func(t *testing.T, name string, src []byte) {
		p, diags := Parse(name, src, Config{})
		if p == nil || p.Hash == "" || p.Lang == "" || !strings.HasPrefix(p.URL, "/") {
			t.Fatalf("unusable page %+v", p)
		}
		for _, d := range diags {
			if d.Msg.IsZero() || d.Line < 0 || d.Col < 0 {
				t.Fatalf("bad diagnostic %+v", d)
			}
		}
	})
}

// BenchmarkParse parses one policy page with a full front matter.
func BenchmarkParse(b *testing.B) {
	src := []byte(policySrc + strings.Repeat("Ayat (1) Pegawai wajib mengikuti pelatihan.\n\n", 150))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, diags := Parse("kebijakan/peningkatan-asn.md", src, Config{}); len(diags) != 0 {
			b.Fatal(diags)
		}
	}
}
