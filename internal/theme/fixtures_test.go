package theme

import (
	"html/template"
	"time"
)

// Fixture builders: a fully populated page of every kind.

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func fakeSite(lang string) *Site {
	return &Site{
		Title:       "Pustaka Kecamatan Tubei",
		Description: "Basis pengetahuan kebijakan, pelatihan dan evaluasi",
		Lang:        lang,
		Nav: []Link{
			{Title: "Kebijakan", URL: "/kebijakan/"},
			{Title: "Pelatihan", URL: "/pelatihan/"},
			{Title: "Evaluasi", URL: "/evaluasi/"},
		},
		SearchURL: "/cari/",
		FeedURL:   "/feed.xml",
		Built:     day(2026, 11, 27),
	}
}

func doc(title, url, typ, status string) Link {
	return Link{Title: title, URL: url, Type: typ, Status: status, Version: "1.0",
		Summary: "Ringkasan " + title, Date: day(2026, 3, 1)}
}

func basePage(kind, typ, lang string) *Page {
	return &Page{
		Kind: kind, Type: typ, Lang: lang,
		URL:     "/kebijakan/peningkatan-kualitas-asn/",
		File:    "content/kebijakan/peningkatan-kualitas-asn.md",
		Title:   "Peningkatan Kualitas ASN",
		Summary: "Rancangan kebijakan tentang peningkatan kompetensi aparatur sipil negara.",
		Content: template.HTML(`<h2 id="pasal-1">Pasal 1 <a class="anchor" href="#pasal-1" aria-label="Tautan ke bagian ini">#</a></h2><p>Setiap ASN berhak atas pengembangan kompetensi.</p><h3 id="pasal-1-ayat-2">Ayat (2) <a class="anchor" href="#pasal-1-ayat-2" aria-label="Tautan ke bagian ini">#</a></h3><p>Pengembangan dilakukan paling sedikit 20 jam pelajaran setahun.</p>`),
		TOC:     []Heading{{Level: 2, ID: "pasal-1", Text: "Pasal 1"}, {Level: 3, ID: "pasal-1-ayat-2", Text: "Ayat (2)"}},
		Date:    day(2026, 1, 15),
		Updated: day(2026, 11, 27),
		Authors: []string{"Bagian Organisasi"},
		Tags:    []Link{{Title: "kepegawaian", URL: "/tag/kepegawaian/"}},
		Unit:    &Link{Title: "Bagian Organisasi", URL: "/unit/bagian-organisasi/"},
		Backlinks: []Link{doc("Modul Etika ASN", "/pelatihan/etika/", TypeTraining, ""),
			doc("Panduan Evaluasi Kinerja", "/evaluasi/kinerja/", TypeEvaluation, "approved")},
		Breadcrumbs: []Link{{Title: "Beranda", URL: "/"}, {Title: "Kebijakan", URL: "/kebijakan/"}},
	}
}

func policyPage(lang string) *Page {
	p := basePage(KindPage, TypePolicy, lang)
	p.Status, p.Version, p.Number = "consultation", "Draf II", "12/2026"
	p.Translations = []Translation{{Lang: "en", Title: "Improving the Quality of ASN", URL: "/kebijakan/improving-asn-quality/"}}
	if lang == "en" {
		p.Translations = []Translation{{Lang: "id", Title: "Peningkatan Kualitas ASN", URL: "/kebijakan/peningkatan-kualitas-asn-id/"}}
	}
	p.Effective = day(2027, 1, 1)
	p.Stakeholders = []string{"BKPSDM", "Inspektorat"}
	p.Related = []Link{doc("Kebijakan Disiplin", "/kebijakan/disiplin/", TypePolicy, "approved")}
	p.Supersedes = &Link{Title: "Kebijakan Lama", URL: "/kebijakan/lama/"}
	p.SupersededBy = []Link{doc("Kebijakan Baru", "/kebijakan/baru/", TypePolicy, "draft")}
	p.Versions = []Version{
		{ID: "v2", Label: "Draf II", Date: day(2026, 11, 27), Author: "Sekretariat", Status: "consultation",
			Added: 120, Removed: 30, ComparePrev: "/kebijakan/peningkatan-kualitas-asn/banding/v1..v2/", Current: true},
		{ID: "v1", Label: "Draf I", Date: day(2026, 6, 1), Status: "draft", URL: "/kebijakan/peningkatan-kualitas-asn/v/v1/",
			CompareCur: "/kebijakan/peningkatan-kualitas-asn/banding/v1..v2/"},
	}
	return p
}

func trainingPage(lang string) *Page {
	p := basePage(KindPage, TypeTraining, lang)
	p.URL = "/pelatihan/etika/modul-2/"
	p.Objectives = []string{"Memahami kode etik ASN", "Menerapkan etika pelayanan publik"}
	p.Duration = 90 * time.Minute
	p.Level = "menengah"
	p.Competencies = []Link{{Title: "Etika Publik", URL: "/kompetensi/etika-publik/"}}
	p.Prerequisites = []Link{doc("Modul 1: Pengantar", "/pelatihan/etika/modul-1/", TypeTraining, "")}
	m1, m2, m3 := doc("Modul 1", "/pelatihan/etika/modul-1/", TypeTraining, ""),
		doc("Modul 2", "/pelatihan/etika/modul-2/", TypeTraining, ""), doc("Modul 3", "/pelatihan/etika/modul-3/", TypeTraining, "")
	p.LearningPath = &LearningPath{Title: "Etika ASN", URL: "/pelatihan/etika/", SheetURL: "/pelatihan/etika/lembar-selesai/",
		All: []Link{m1, m2, m3}, Items: []Link{m1, m2, m3}, Prev: &m1, Next: &m3}
	p.Progress = &Progress{Questions: 5, Pass: 80, Exam: true}
	p.Mentoring = mentoringPlan()
	return p
}

func mentoringPlan() *Mentoring {
	return &Mentoring{Mentor: "ASN senior", Weeks: 3, LogURL: "/pelatihan/etika/modul-2/lembar-kendali/",
		ModuleURL: "/pelatihan/etika/modul-2/", ModuleTitle: "Modul 2",
		Plan: []MentoringWeek{{Week: 1, Activities: []string{"Perkenalan", "Rencana"}}, {Week: 2}, {Week: 3, Activities: []string{"Evaluasi"}}}}
}

func sheetPage(lang string) *Page {
	p := basePage(KindSheet, "", lang)
	p.URL = "/pelatihan/etika/lembar-selesai/"
	lp := trainingPage(lang).LearningPath
	p.Sheet = &Sheet{Path: lp, Total: 225 * time.Minute, Modules: []SheetModule{
		{No: 1, Title: "Modul 1", URL: "/pelatihan/etika/modul-1/", Duration: 90 * time.Minute},
		{No: 2, Title: "Modul 2", URL: "/pelatihan/etika/modul-2/", Duration: 135 * time.Minute},
	}}
	return p
}

func logbookPage(lang string) *Page {
	p := basePage(KindLogbook, "", lang)
	p.URL = "/pelatihan/etika/modul-2/lembar-kendali/"
	p.Mentoring = mentoringPlan()
	return p
}

func evaluationPage(lang string) *Page {
	p := basePage(KindPage, TypeEvaluation, lang)
	p.Status = "approved"
	p.Indicators = []Indicator{
		{Name: "Kehadiran pelatihan", Target: "90", Unit: "persen", Method: "Daftar hadir", Frequency: "Triwulan"},
		{Name: "Nilai uji kompetensi", Target: "75", Unit: "skor", Method: "Ujian tertulis", Frequency: "Tahunan"},
	}
	return p
}

func oldPolicyPage(lang string) *Page {
	p := policyPage(lang)
	p.Old = &OldVersion{Label: "Draf I", Date: day(2026, 6, 1), CurrentURL: "/kebijakan/peningkatan-kualitas-asn/"}
	return p
}

func listPage(kind, lang string) *Page {
	p := basePage(kind, "", lang)
	p.URL, p.Title, p.TOC = "/kebijakan/", "Kebijakan", nil
	p.Sections = []Link{{Title: "Kepegawaian", URL: "/kebijakan/kepegawaian/"}}
	p.Children = []Link{doc("Peningkatan Kualitas ASN", "/kebijakan/peningkatan-kualitas-asn/", TypePolicy, "consultation")}
	p.Terms = []Term{{Name: "kepegawaian", URL: "/tag/kepegawaian/", Count: 3}, {Name: "pelayanan", URL: "/tag/pelayanan/", Count: 1}}
	return p
}

func searchPage(lang string, available bool) *Page {
	p := basePage(KindSearch, "", lang)
	p.URL, p.Title, p.File, p.TOC, p.Breadcrumbs = "/cari/", "Pencarian", "", nil, nil
	p.Search = &Search{Available: available, Query: "kompetensi", Total: 2, Took: 3 * time.Millisecond,
		Hits: []SearchHit{
			{Title: "Peningkatan Kualitas ASN", URL: "/kebijakan/peningkatan-kualitas-asn/?cari=kompetensi", Type: TypePolicy,
				Status: "consultation", Date: day(2026, 11, 27),
				Fragments: []template.HTML{"pengembangan <mark>kompetensi</mark> ASN"},
				Sections: []SearchSection{
					{Heading: "Pasal 1", URL: "/kebijakan/peningkatan-kualitas-asn/?cari=kompetensi#pasal-1", Fragment: "pengembangan <mark>kompetensi</mark> ASN"},
					{URL: "/kebijakan/peningkatan-kualitas-asn/?cari=kompetensi", Fragment: "ASN yang <mark>kompeten</mark>"},
				}},
			{Title: "Modul Etika", URL: "/pelatihan/etika/", Type: TypeTraining},
		},
		Facets: []Facet{
			{Name: "type", Values: []FacetValue{{Value: TypePolicy, Count: 1, URL: "/cari/?q=kompetensi&type=policy"}}},
			{Name: "tag", Values: []FacetValue{{Value: "kepegawaian", Count: 2, Selected: true, URL: "/cari/?q=kompetensi"}}},
		},
		Suggestion: "kompetensi", Error: "", Page: 1, NextURL: "/cari/?q=kompetensi&page=2", Sort: "date", Active: 1,
	}
	return p
}

func comparePage(lang string) *Page {
	p := basePage(KindCompare, "", lang)
	p.URL, p.TOC = "/kebijakan/peningkatan-kualitas-asn/banding/v1..v2/", nil
	p.Compare = &Compare{
		DocTitle: "Peningkatan Kualitas ASN", DocURL: "/kebijakan/peningkatan-kualitas-asn/",
		From:       Version{Label: "Draf I", Date: day(2026, 6, 1), URL: "/kebijakan/peningkatan-kualitas-asn/v/v1/"},
		To:         Version{Label: "Draf II", Date: day(2026, 11, 27), Current: true},
		Inline:     template.HTML(`<h2 id="pasal-1">Pasal 1</h2><p>Setiap ASN <del>wajib</del><ins>berhak</ins> mengikuti pelatihan.</p>`),
		SideBySide: template.HTML(`<table class="sbs"><tr><td><del>wajib</del></td><td><ins>berhak</ins></td></tr></table>`),
		Meta:       []MetaChange{{Field: "Status", From: "Draf", To: "Konsultasi Publik"}},
		Added:      1, Removed: 1,
		Changed: []Link{{Title: "Pasal 1 (dahulu Pasal 2)", URL: "#pasal-1"}},
		Outline: "Pasal 3 baru; Pasal 3–5 menjadi Pasal 4–6",
	}
	return p
}

func matrixPage(lang string) *Page {
	p := comparePage(lang)
	p.Kind, p.URL = KindMatrix, p.URL+"matriks/"
	c := *p.Compare
	c.CompareURL, c.MatrixURL = p.URL[:len(p.URL)-len("matriks/")], p.URL
	c.Matrix = &Matrix{Headers: []string{"No", "Pasal", "Rumusan Draf I", "Rumusan Draf II", "Keterangan"},
		Rows: []MatrixRow{{No: 1, Pasal: "Pasal 1 (dahulu Pasal 2)", Kind: "changed", Keterangan: "diubah: Disepakati rapat 12 November.",
			Old: template.HTML(`<p>Setiap ASN <del>wajib</del> mengikuti pelatihan.</p>`), New: template.HTML(`<p>Setiap ASN <ins>berhak</ins> mengikuti pelatihan.</p>`)}}}
	p.Compare = &c
	return p
}

// fixtures returns one fully populated Data per layout, in lang.
func fixtures(lang string) map[string]*Data {
	site := fakeSite("id")
	home := listPage(KindHome, lang)
	home.URL = "/"
	notFound := basePage(Kind404, "", lang)
	notFound.TOC, notFound.Breadcrumbs = nil, nil
	plain := basePage(KindPage, TypePage, lang)
	pages := map[string]*Page{
		"home.html":              home,
		"section.html":           listPage(KindSection, lang),
		"single.html":            plain,
		"single-policy.html":     policyPage(lang),
		"single-training.html":   trainingPage(lang),
		"single-evaluation.html": evaluationPage(lang),
		"taxonomy.html":          listPage(KindTaxonomy, lang),
		"term.html":              listPage(KindTerm, lang),
		"search.html":            searchPage(lang, true),
		"compare.html":           comparePage(lang),
		"matrix.html":            matrixPage(lang),
		"404.html":               notFound,
		"sheet.html":             sheetPage(lang),
		"logbook.html":           logbookPage(lang),
	}
	home.Paths = []*LearningPath{trainingPage(lang).LearningPath}
	out := map[string]*Data{}
	for name, p := range pages {
		out[name] = &Data{Site: site, Page: p}
	}
	return out
}
