package message

// Messages about content files: front matter, references, reading.
const (
	Warning  Key = "warning"   // prefix of a warning
	Position Key = "position"  // a problem at a position: "file:line:col: msg"
	ReadFail Key = "read-fail" // a file or folder that cannot be read

	// What a YAML node is, for the "got" part of messages.
	GotMap     Key = "got-map"
	GotList    Key = "got-list"
	GotAlias   Key = "got-alias"
	GotNothing Key = "got-nothing"

	NotUTF8        Key = "not-utf8"
	FenceUnclosed  Key = "fence-unclosed"
	TemplateTag    Key = "template-tag"
	HorizontalRule Key = "horizontal-rule"
	YAMLInvalid    Key = "yaml-invalid"
	YAMLAtLine     Key = "yaml-at-line"
	YAMLNoColon    Key = "yaml-no-colon"
	YAMLTwoColons  Key = "yaml-two-colons"
	YAMLTab        Key = "yaml-tab"
	YAMLBracket    Key = "yaml-bracket"
	YAMLQuote      Key = "yaml-quote"
	FrontNotMap    Key = "front-not-map"
	KeyNotWord     Key = "key-not-word"

	KeyTwice       Key = "key-twice"
	KeySame        Key = "key-same"
	KeySameIgnored Key = "key-same-ignored"
	KeyUnknown     Key = "key-unknown"
	KeyUnknownIn   Key = "key-unknown-in"
	DidYouMean     Key = "did-you-mean"
	KeyKept        Key = "key-kept"
	KeptLayout     Key = "kept-layout"
	KeptID         Key = "kept-id"
	KeptSidebar    Key = "kept-sidebar"
	KeptHideTitle  Key = "kept-hide-title"
	KeptComments   Key = "kept-comments"
	KeptPublished  Key = "kept-published"
	KeyNotIndex    Key = "key-not-index"
	KeyMisplaced   Key = "key-misplaced"

	// Which documents a key applies to, and what a document is.
	ForPolicies    Key = "for-policies"
	ForTrainings   Key = "for-trainings"
	ForEvaluations Key = "for-evaluations"
	ForDocuments   Key = "for-documents"
	IsPolicy       Key = "is-policy"
	IsTraining     Key = "is-training"
	IsEvaluation   Key = "is-evaluation"
	IsSection      Key = "is-section"
	IsPage         Key = "is-page"

	TypeUnknown    Key = "type-unknown"
	PermalinkIndex Key = "permalink-index"
	PermalinkBad   Key = "permalink-bad"

	WantOneOf        Key = "want-one-of"
	WantString       Key = "want-string"
	WantStrings      Key = "want-strings"
	WantStringOrList Key = "want-string-or-list"
	WantDate         Key = "want-date"
	WantBool         Key = "want-bool"
	WantInteger      Key = "want-integer"
	WantDuration     Key = "want-duration"
	WantSlug         Key = "want-slug"
	WantRef          Key = "want-ref"
	WantRefs         Key = "want-refs"
	WantCSV          Key = "want-csv"
	Missing          Key = "missing"
	ValueTwice       Key = "value-twice"
	Detail           Key = "detail"

	RefMissing       Key = "ref-missing"
	URLTaken         Key = "url-taken"
	TranslationTaken Key = "translation-taken"

	WantIndicators Key = "want-indicators"
	WantIndicator  Key = "want-indicator"
	WantMentoring  Key = "want-mentoring"
	WantWeeks      Key = "want-weeks"
	MissingMentor  Key = "missing-mentor"
	MissingWeeks   Key = "missing-weeks"
	WantActivities Key = "want-activities"
	WantWeek       Key = "want-week"
	WeekAfterLast  Key = "week-after-last"
	NoActivity     Key = "no-activity"
	WantPercentage Key = "want-percentage"
	WantSurveys    Key = "want-surveys"
	WantSurvey     Key = "want-survey"
	WantPopulation Key = "want-population"
	WantWeight     Key = "want-weight"
	WantWeights    Key = "want-weights"
	WantMapWith    Key = "want-map-with"
)

var contentTexts = map[Key]entry{
	Warning:  {"peringatan: %s", "warning: %s"},
	Position: {"%s: %s", "%s: %s"},
	ReadFail: {"tidak dapat dibaca: %s", "cannot read: %s"},

	GotMap:     {"map (kunci: nilai)", "a map"},
	GotList:    {"daftar", "a list"},
	GotAlias:   {"alias", "an alias"},
	GotNothing: {"kosong", "nothing"},

	NotUTF8: {"berkas ini bukan teks UTF-8 (simpan ulang sebagai UTF-8)", "file is not valid UTF-8 text (save it as UTF-8)"},
	TemplateTag: {"tag templat generator lain tidak dijalankan, barisnya dilewati: %s",
		"a template tag of another generator is not run; its line is left out: %s"},
	FenceUnclosed: {"front matter yang dibuka dengan --- tidak ditutup dengan baris ---", "front matter opened with --- is not closed by a --- line"},
	HorizontalRule: {
		"berkas diawali ---, yang membuka front matter, tetapi tidak ada kunci YAML sesudahnya: " +
			"berkas yang diawali garis horizontal harus diawali satu baris kosong",
		"the file begins with ---, which starts front matter, but no YAML keys follow: " +
			"a file that begins with a horizontal rule must begin with an empty line"},
	YAMLInvalid:   {"YAML tidak sah: %s", "invalid YAML: %s"},
	YAMLAtLine:    {"%s, pada %q", "%s: %q"},
	YAMLNoColon:   {"tidak ada titik dua setelah kunci di %q; tulis kunci: nilai", "no colon after the key in %q; write key: value"},
	YAMLTwoColons: {"ada \": \" kedua di %q; apit nilainya dengan tanda kutip: %s", "a second \": \" in %q; put the value in quotes: %s"},
	YAMLTab:       {"ada tab; buat indentasi dengan spasi, bukan tab", "a tab; indent with spaces, not tabs"},
	YAMLBracket:   {"kurung yang dibuka di sini tidak pernah ditutup: %q", "the bracket opened here is never closed: %q"},
	YAMLQuote:     {"tanda kutip yang dibuka di sini tidak pernah ditutup: %q", "the quote opened here is never closed: %q"},
	FrontNotMap:   {"front matter: seharusnya berisi kunci dan nilainya; tertulis %s", "front matter: want a map of keys; got %s"},
	KeyNotWord:    {"front matter: kunci harus berupa kata biasa; tertulis %s", "front matter: want keys that are plain words; got %s"},

	KeyTwice:       {"%s: ditulis dua kali (pertama di baris %d)", "%s: given twice (first at line %d)"},
	KeySame:        {"%s: sama artinya dengan %s, yang sudah ada di baris %d", "%s: same key as %s, already given at line %d"},
	KeySameIgnored: {"%s: sama artinya dengan %s, yang sudah ada di baris %d; yang ini diabaikan", "%s: same as %s, already given at line %d; this one is ignored"},
	KeyUnknown:     {"kunci %q tidak dikenal", "unknown key %q"},
	KeyUnknownIn:   {"%s: kunci %q tidak dikenal", "%s: unknown key %q"},
	DidYouMean:     {"%s; mungkin maksudnya %q?", "%s; did you mean %q?"},
	KeyKept:        {"%s: disimpan tetapi tidak dipakai (%s)", "%s: kept but not used (%s)"},
	KeptLayout:     {"Pustaka memilih tata letak menurut jenis dokumen", "Pustaka chooses the layout by the document type"},
	KeptID:         {"Pustaka mengenali dokumen dari jalurnya", "Pustaka names a document by its path"},
	KeptSidebar:    {"bilah samping menampilkan judul", "the sidebar shows the title"},
	KeptHideTitle:  {"judul selalu ditampilkan", "the title is always shown"},
	KeptComments:   {"Pustaka tidak punya kolom komentar", "Pustaka has no comments"},
	KeptPublished:  {"gunakan draft: true", "use draft: true"},
	KeyNotIndex:    {"%s tidak berlaku untuk berkas _index.md", "%s does not apply to _index.md files"},
	KeyMisplaced:   {"%s hanya berlaku untuk %s; dokumen ini %s", "%s applies to %s; this is %s"},

	ForPolicies:    {"kebijakan", "policies"},
	ForTrainings:   {"modul pelatihan", "training modules"},
	ForEvaluations: {"panduan evaluasi", "evaluation guides"},
	ForDocuments:   {"kebijakan, modul pelatihan, dan panduan evaluasi", "policies, training modules and evaluation guides"},
	IsPolicy:       {"sebuah kebijakan", "a policy"},
	IsTraining:     {"sebuah modul pelatihan", "a training module"},
	IsEvaluation:   {"sebuah panduan evaluasi", "an evaluation guide"},
	IsSection:      {"indeks bagian (_index.md)", "a section index (_index.md)"},
	IsPage:         {"halaman biasa", "a plain page"},

	TypeUnknown: {
		"type: %[1]s bukan jenis dokumen Pustaka (policy, training, evaluation, page); dokumen ini menjadi halaman biasa " +
			"(petakan jenisnya di config.yaml, mis. import: {type: {%[2]s: training}})",
		"type: %[1]s is not a type of Pustaka (policy, training, evaluation, page); the document is a plain page " +
			"(map it in config.yaml, e.g. import: {type: {%[2]s: training}})"},
	PermalinkIndex: {"permalink: diabaikan di _index.md; URL-nya mengikuti folder", "permalink: ignored in _index.md; the folder gives its URL"},
	PermalinkBad:   {"permalink: seharusnya jalur URL seperti /panduan/instalasi/; tertulis %s, jadi diabaikan", "permalink: want a URL path such as /panduan/instalasi/; got %s, which is ignored"},

	WantOneOf:        {"%s: seharusnya salah satu dari %s; tertulis %s", "%s: want one of %s; got %s"},
	WantString:       {"%s: seharusnya teks; tertulis %s", "%s: want a string; got %s"},
	WantStrings:      {"%s: seharusnya daftar teks; tertulis %s", "%s: want a list of strings; got %s"},
	WantStringOrList: {"%s: seharusnya teks atau daftar teks; tertulis %s", "%s: want a string or a list of strings; got %s"},
	WantDate:         {"%s: seharusnya tanggal seperti 2026-11-27; tertulis %s", "%s: want a date like 2026-11-27; got %s"},
	WantBool:         {"%s: seharusnya true atau false; tertulis %s", "%s: want true or false; got %s"},
	WantInteger:      {"%s: seharusnya bilangan bulat; tertulis %s", "%s: want an integer; got %s"},
	WantDuration:     {"%s: seharusnya durasi seperti 90, \"90m\" atau \"1j 30m\"; tertulis %s", "%s: want a duration like 90, \"90m\" or \"1j 30m\"; got %s"},
	WantSlug:         {"slug: seharusnya satu segmen URL tanpa /, ?, # atau spasi; tertulis %s", "slug: want a URL segment without /, ?, # or blanks; got %s"},
	WantRef:          {"%s: seharusnya jalur halaman seperti kebijakan/x.md; tertulis %s", "%s: want a page path like kebijakan/x.md; got %s"},
	WantRefs:         {"%s: seharusnya daftar jalur halaman; tertulis %s", "%s: want a list of page paths; got %s"},
	WantCSV:          {"%s: seharusnya berkas .csv; tertulis %s", "%s: want a .csv file; got %s"},
	Missing:          {"%s: belum diisi", "%s: missing"},
	ValueTwice:       {"%s: %q ditulis dua kali (pertama di baris %d)", "%s: %q given twice (first at line %d)"},
	Detail:           {"%s: %s", "%s: %s"},

	RefMissing:       {"%s: seharusnya halaman yang ada; %q tidak ada di konten", "%s: want an existing page; got %q, which is not in the content"},
	URLTaken:         {"URL %s juga URL dari %s", "URL %s is also the URL of %s"},
	TranslationTaken: {"terjemahan: %[1]q juga kunci dari %[2]s, dalam bahasa yang sama (%[3]s); beri setiap terjemahan bahasanya sendiri", "terjemahan: %[1]q is also the key of %[2]s, in the same language (%[3]s); give each translation of a page its own language"},

	WantIndicators: {"%s: seharusnya daftar indikator; tertulis %s", "%s: want a list of indicators; got %s"},
	WantIndicator:  {"%s: seharusnya berisi name, target, unit, method, frequency, direction; tertulis %s", "%s: want a map with name, target, unit, method, frequency, direction; got %s"},
	WantMentoring:  {"%s: seharusnya berisi mentor, minggu dan kegiatan; tertulis %s", "%s: want a map with mentor, minggu and kegiatan; got %s"},
	WantWeeks:      {"%s: seharusnya jumlah minggu dari 1 sampai 104; tertulis %s", "%s: want a number of weeks from 1 to 104; got %s"},
	MissingMentor:  {"%s.mentor: belum diisi (peran mentornya)", "%s.mentor: missing (the role of the mentor)"},
	MissingWeeks:   {"%s.minggu: belum diisi (lama periodenya dalam minggu)", "%s.minggu: missing (the length of the period in weeks)"},
	WantActivities: {"%s: seharusnya minggu beserta kegiatannya, seperti \"1: Orientasi\"; tertulis %s", "%s: want a map of weeks to activities, like \"1: Orientasi\"; got %s"},
	WantWeek:       {"%s: seharusnya minggu seperti 3 atau rentang seperti 2-4; tertulis %s", "%s: want a week like 3 or a range like 2-4; got %s"},
	WeekAfterLast:  {"%s: minggu ke-%d melewati minggu terakhir (minggu: %d)", "%s: week %d is after the last week (minggu: %d)"},
	NoActivity:     {"%s.%s: kegiatannya belum diisi", "%s.%s: no activity"},
	WantPercentage: {"%s: seharusnya persentase dari 1 sampai 100; tertulis %s", "%s: want a percentage from 1 to 100; got %s"},
	WantSurveys:    {"%s: seharusnya daftar yang masing-masing berisi data, periode, populasi; tertulis %s", "%s: want a list of maps with data, periode, populasi; got %s"},
	WantSurvey:     {"%s: seharusnya berisi data, periode, populasi; tertulis %s", "%s: want a map with data, periode, populasi; got %s"},
	WantPopulation: {"%s.populasi: seharusnya jumlah orang lebih dari nol; tertulis %s", "%s.populasi: want a positive number of people; got %s"},
	WantWeight:     {"%s[%d]: seharusnya angka seperti 0,2 atau 1/9; tertulis %s", "%s[%d]: want a number such as 0,2 or 1/9; got %s"},
	WantWeights:    {"%s: seharusnya sama, dibulatkan, atau daftar sembilan bobot yang jumlahnya 1; tertulis %s", "%s: want sama, dibulatkan or a list of nine weights that add up to 1; got %s"},
	WantMapWith:    {"%s: seharusnya berisi %s; tertulis %s", "%s: want a map with %s; got %s"},
}
