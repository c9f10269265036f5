package message

// Messages of the command line's help (--help) and of mistakes in its
// flags and arguments. A flag's description may name the placeholder of
// its value in backquotes ("site folder `DIR`"), as the flag package's
// UnquoteUsage reads it; both languages name the same placeholder.
const (
	Help           Key = "help"
	HelpUsage      Key = "help-usage"
	HelpFlags      Key = "help-flags"
	HelpDefault    Key = "help-default"
	UsageHint      Key = "usage-hint"
	UnknownCommand Key = "unknown-command"

	SumBuild     Key = "sum-build"
	SumCheck     Key = "sum-check"
	SumServe     Key = "sum-serve"
	SumNew       Key = "sum-new"
	SumSearch    Key = "sum-search"
	SumSearchLog Key = "sum-search-log"
	SumAnalyze   Key = "sum-analyze"
	SumDiff      Key = "sum-diff"
	SumPDF       Key = "sum-pdf"
	SumSKM       Key = "sum-skm"
	SumExport    Key = "sum-export"

	FlagSource       Key = "flag-source"
	FlagSourceShort  Key = "flag-source-short"
	FlagConfig       Key = "flag-config"
	FlagDrafts       Key = "flag-drafts"
	FlagNoHistory    Key = "flag-no-history"
	FlagOut          Key = "flag-out"
	FlagNoIndex      Key = "flag-no-index"
	FlagStrict       Key = "flag-strict"
	FlagReport       Key = "flag-report"
	FlagCheckJSON    Key = "flag-check-json"
	FlagAddr         Key = "flag-addr"
	FlagWatch        Key = "flag-watch"
	FlagPoll         Key = "flag-poll"
	FlagQuiet        Key = "flag-quiet"
	FlagType         Key = "flag-type"
	FlagLimit        Key = "flag-limit"
	FlagSearchJSON   Key = "flag-search-json"
	FlagAnalyzeLang  Key = "flag-analyze-lang"
	FlagDiffFormat   Key = "flag-diff-format"
	FlagWidth        Key = "flag-width"
	FlagColor        Key = "flag-color"
	FlagContext      Key = "flag-context"
	FlagSince        Key = "flag-since"
	FlagLogLimit     Key = "flag-log-limit"
	FlagPopulation   Key = "flag-population"
	FlagWeights      Key = "flag-weights"
	FlagSKMFormat    Key = "flag-skm-format"
	FlagExportDrafts Key = "flag-export-drafts"
	FlagGIFTFormat   Key = "flag-gift-format"
	FlagPDFOut       Key = "flag-pdf-out"
	FlagChromium     Key = "flag-chromium"

	FlagUnknown       Key = "flag-unknown"
	FlagUnknownSearch Key = "flag-unknown-search"
	FlagNeedsValue    Key = "flag-needs-value"
	FlagWant          Key = "flag-want"
	OneOf             Key = "one-of"
	FlagWantDuration  Key = "flag-want-duration"
	FlagWantDate      Key = "flag-want-date"
	WantAtLeast       Key = "want-at-least"
	WantPositive      Key = "want-positive"
	ArgMissing        Key = "arg-missing"
	ArgUnexpected     Key = "arg-unexpected"
	ArgsTooMany       Key = "args-too-many"
	NewArgs           Key = "new-args"
	PDFArgs           Key = "pdf-args"
	ExportWhat        Key = "export-what"
	ExportCannot      Key = "export-cannot"
	SearchStart       Key = "search-start"

	PDFNoPage    Key = "pdf-no-page"
	PDFNoBrowser Key = "pdf-no-browser"
	PDFOpen      Key = "pdf-open"
	PDFPrint     Key = "pdf-print"
)

var usageTexts = map[Key]entry{
	Help: {
		"Pustaka membangun basis pengetahuan kebijakan (Markdown di content/) menjadi\n" +
			"situs web dengan pencarian yang memahami bahasa Indonesia, dan menyajikannya\n" +
			"dengan muat ulang otomatis.\n\n" +
			"Pemakaian:\n  pustaka <perintah> [opsi] [argumen]\n\nPerintah:\n%s\n" +
			"Jalankan \"pustaka <perintah> --help\" untuk opsi sebuah perintah.\n" +
			"Mulai cepat: \"pustaka serve\" di folder yang berisi content/, lalu buka http://localhost:8080.\n",
		"Pustaka builds a policy knowledge base (Markdown in content/) into a\n" +
			"website with Indonesian-aware search, and serves it with live reload.\n\n" +
			"Usage:\n  pustaka <command> [flags] [arguments]\n\nCommands:\n%s\n" +
			"Run \"pustaka <command> --help\" for a command's flags.\n" +
			"Quick start: \"pustaka serve\" in a folder holding content/, then open http://localhost:8080.\n"},
	HelpUsage:      {"pemakaian: pustaka %s", "usage: pustaka %s"},
	HelpFlags:      {"Opsi (sebelum, di antara atau sesudah argumen; \"--\" mengakhirinya):", "Flags (before, between or after the arguments; \"--\" ends them):"},
	HelpDefault:    {"(bawaan %s)", "(default %s)"},
	UsageHint:      {"pustaka %s: %s; lihat \"pustaka %s --help\"", "pustaka %s: %s; see \"pustaka %s --help\""},
	UnknownCommand: {"pustaka: perintah %q tidak dikenal; lihat \"pustaka --help\"", "pustaka: unknown command %q; see \"pustaka --help\""},

	SumBuild: {"Membangun situs ke folder keluaran dan memperbarui indeks pencarian. Bila ada kesalahan, tidak ada yang ditulis.",
		"Build the site into the output folder and update the search index. Nothing is written when there are errors."},
	SumCheck: {"Memeriksa situs (front matter, rujukan, tautan, templat) tanpa menulis apa pun; tautan rusak adalah kesalahan; mencetak 20 masalah pertama dan jumlahnya per jenis; keluar dengan kode 1 bila ada kesalahan.",
		"Validate the site (front matter, references, links, templates) without writing anything; broken links are errors; prints the first 20 problems and the counts by kind; exits 1 on errors."},
	SumServe: {"Membangun situs dan indeks pencariannya, menyajikannya, dan membangun ulang pada setiap perubahan (halaman di peramban dimuat ulang sendiri).",
		"Build the site and its search index, serve them, and rebuild on every change (live reload in the browser)."},
	SumNew: {"Menulis dokumen baru dengan front matter yang tepat: kebijakan, pelatihan atau evaluasi (atau policy, training, evaluation).",
		"Write a new document with the right front matter: policy, training or evaluation (or kebijakan, pelatihan, evaluasi)."},
	SumSearch: {"Mencari di indeks situs dari terminal; bertanya ke server yang sedang berjalan bila ada. Tidak menulis apa pun.",
		"Search the site's index from the terminal; asks the running server if there is one. Writes nothing."},
	SumSearchLog: {"Mencetak pencarian yang tidak menemukan apa-apa dan saran \"Maksud Anda\" yang diikuti pembaca (dicatat oleh serve). Tidak menulis apa pun.",
		"Print the searches that found nothing and the \"Maksud Anda\" suggestions readers took (recorded by serve). Writes nothing."},
	SumAnalyze: {"Mencetak token pencarian yang dibuat penganalisis dari sebuah teks, satu per baris, untuk melihat mengapa pencarian cocok atau tidak.",
		"Print the search tokens the analyzer makes of a text, one per line, to see why a search matched or not."},
	SumDiff: {"Membandingkan dua versi dokumen kata demi kata (bawaan: versi bernama sebelumnya dengan berkas saat ini).",
		"Compare two versions of a document word by word (default: the previous named version against the current file)."},
	SumPDF: {"Mencetak dokumen, perbandingan atau matriks perubahan ke PDF lewat Chromium tanpa layar, seperti peramban mencetaknya: cap draf dan \"Halaman X dari Y\" di setiap halaman. PAGE: content/x.md atau jalur di situs seperti /kebijakan/x/banding/a...terkini/matriks/.",
		"Print a document, a comparison or a change matrix to PDF through headless Chromium, as the browser prints it: a draft's stamp and \"Halaman X dari Y\" on every page. PAGE: content/x.md or a site path such as /kebijakan/x/banding/a...terkini/matriks/."},
	SumSKM: {"Menghitung IKM survei kepuasan masyarakat (PermenPAN-RB 14/2017) dari berkas CSV berisi jawaban.",
		"Compute the IKM of a community-satisfaction survey (PermenPAN-RB 14/2017) from a CSV file of answers."},
	SumExport: {"Mengekspor soal latihan mandiri modul pelatihan (satu kategori per modul) untuk LMS: format GIFT Moodle.",
		"Export the self-check questions of training modules (one category per module) for an LMS: Moodle's GIFT format."},

	FlagSource: {"folder situs `DIR`, berisi content/ dan, bila ada, config.yaml, themes/, layouts/, static/",
		"site folder `DIR`, holding content/ and optionally config.yaml, themes/, layouts/, static/"},
	FlagSourceShort:  {"folder situs `DIR`", "site folder `DIR`"},
	FlagConfig:       {"berkas konfigurasi `FILE` (bawaan: config.yaml di folder situs; tidak wajib)", "config file `FILE` (default: config.yaml in the site folder; optional)"},
	FlagDrafts:       {"terbitkan juga halaman bertanda draft: true", "also publish pages marked draft: true"},
	FlagNoHistory:    {"jangan mencatat atau menampilkan versi dokumen", "neither record nor show versions of documents"},
	FlagOut:          {"folder keluaran `DIR` (bawaan: public/ di folder situs)", "output folder `DIR` (default: public/ in the site folder)"},
	FlagNoIndex:      {"jangan perbarui indeks pencarian", "do not update the search index"},
	FlagStrict:       {"tautan dan jangkar rusak menjadi kesalahan (seperti strict: true di config.yaml)", "broken links and anchors are errors (as strict: true in config.yaml)"},
	FlagReport:       {"tulis setiap masalah, dikelompokkan per berkas dan jenis, ke `FILE` (.html, selain itu JSON)", "write every problem, grouped by file and kind, to `FILE` (.html, else JSON)"},
	FlagCheckJSON:    {"cetak setiap masalah sebagai JSON ke keluaran standar, dikelompokkan per berkas dan jenis", "print every problem as JSON on standard output, grouped by file and kind"},
	FlagAddr:         {"alamat `HOST:PORT` yang didengarkan (produksi: mis. 127.0.0.1:8080 di belakang nginx)", "address `HOST:PORT` to listen on (production: e.g. 127.0.0.1:8080 behind nginx)"},
	FlagWatch:        {"bangun ulang bila ada perubahan dan muat ulang halaman yang terbuka; --watch=false untuk produksi", "rebuild on changes and live-reload open pages; --watch=false for production"},
	FlagPoll:         {"periksa berkas setiap `INTERVAL` alih-alih memakai peristiwa sistem berkas (mis. 1s di drive jaringan)", "poll the files every `INTERVAL` instead of using file system events (e.g. 1s on network drives)"},
	FlagQuiet:        {"tanpa log akses", "no access log"},
	FlagType:         {"hanya dokumen berjenis `T`: policy, training, evaluation, page", "only documents of type `T`: policy, training, evaluation, page"},
	FlagLimit:        {"jumlah hasil `N` (paling banyak 50)", "number `N` of results (at most 50)"},
	FlagSearchJSON:   {"cetak objek JSON berisi total dan hits", "print a JSON object with total and hits"},
	FlagAnalyzeLang:  {"bahasa `LANG` teksnya: id atau en", "language `LANG` of the text: id or en"},
	FlagDiffFormat:   {"`FORMAT` keluaran: words ([-dihapus-]{+ditambah+}), unified, html (halaman mandiri beserta gayanya), json, matrix (matriks perubahan sebagai tabel) atau matrix-csv (UTF-8 dengan BOM, untuk lembar kerja)", "output `FORMAT`: words ([-removed-]{+added+}), unified, html (a standalone page with its styles), json, matrix (the change matrix as a table) or matrix-csv (UTF-8 with BOM, for spreadsheets)"},
	FlagWidth:        {"format matrix: lebar tabel `N` kolom (bawaan $COLUMNS, selain itu 120)", "matrix format: width of the table in `N` columns (default $COLUMNS, else 120)"},
	FlagColor:        {"warnai format words `WHEN`: auto, always atau never", "colour the words format `WHEN`: auto, always or never"},
	FlagContext:      {"format words: `N` blok tak berubah yang ditampilkan di sekitar setiap perubahan, dalam potongan berjudul bagiannya; -1 menampilkan seluruh dokumen", "words format: `N` unchanged blocks shown around each change, in hunks headed by their section; -1 shows the whole document"},
	FlagSince:        {"hanya hari sejak `DATE` (YYYY-MM-DD; bawaan: semua yang tercatat)", "only days from `DATE` on (YYYY-MM-DD; default: everything recorded)"},
	FlagLogLimit:     {"`N` kata kunci yang dicantumkan per jenis", "list `N` queries of each kind"},
	FlagPopulation:   {"populasi `N` asal responden: memeriksa sampel minimum Krejcie–Morgan", "population `N` the respondents are drawn from: checks the Krejcie–Morgan minimum sample"},
	FlagWeights:      {"bobot `W` kesembilan unsur: sama (masing-masing 1/9) atau dibulatkan (masing-masing 0,111, seperti yang diterbitkan banyak unit)", "weights `W` of the nine unsur: sama (1/9 each) or dibulatkan (0,111 each, as many units publish)"},
	FlagSKMFormat:    {"`FORMAT`: table (dibulatkan, bahasa Indonesia), json atau csv (agregat, tidak dibulatkan)", "`FORMAT`: table (rounded, Indonesian), json or csv (aggregates, unrounded)"},
	FlagExportDrafts: {"ekspor juga modul bertanda draft: true", "also export modules marked draft: true"},
	FlagGIFTFormat:   {"`FORMAT`: gift (impor soal Moodle)", "`FORMAT`: gift (Moodle question import)"},
	FlagPDFOut:       {"berkas PDF `FILE` yang ditulis (bawaan: jalur halaman dengan tanda hubung dan .pdf, di folder saat ini)", "PDF `FILE` to write (default: the page's path with dashes and .pdf, in the current folder)"},
	FlagChromium:     {"program Chromium atau Chrome `PROGRAM` (bawaan: yang pertama ditemukan dari chromium, chromium-browser, google-chrome, google-chrome-stable)", "Chromium or Chrome `PROGRAM` (default: the first found of chromium, chromium-browser, google-chrome, google-chrome-stable)"},

	FlagUnknown:       {"opsi %s tidak dikenal", "unknown flag %s"},
	FlagUnknownSearch: {"opsi %[1]s tidak dikenal (untuk mengecualikan sebuah kata dari pencarian, tulis kata kuncinya sesudah --: pustaka search -- kebijakan %[1]s)", "unknown flag %[1]s (to leave a word out of the search, put the query after --: pustaka search -- kebijakan %[1]s)"},
	FlagNeedsValue:    {"opsi %s perlu nilai", "flag %s needs a value"},
	FlagWant:          {"%s: seharusnya %s; tertulis %q", "%s: want %s; got %q"},
	OneOf:             {"%s atau %s", "%s or %s"},
	FlagWantDuration:  {"lama waktu seperti 1s, 500ms atau 2m", "a duration such as 1s, 500ms or 2m"},
	FlagWantDate:      {"tanggal YYYY-MM-DD", "a date YYYY-MM-DD"},
	WantAtLeast:       {"paling sedikit %d", "at least %d"},
	WantPositive:      {"bilangan positif", "a positive number"},
	ArgMissing:        {"%s belum diberikan", "missing %s"},
	ArgUnexpected:     {"argumen tak terduga %q", "unexpected argument %q"},
	ArgsTooMany:       {"terlalu banyak argumen: seharusnya %s; tertulis %d", "too many arguments: want %s, got %d"},
	NewArgs:           {"seharusnya TYPE dan SLUG; tertulis %d argumen", "want TYPE and SLUG, got %d arguments"},
	PDFArgs:           {"seharusnya satu PAGE; tertulis %d argumen", "want one PAGE, got %d arguments"},
	ExportWhat:        {"apa yang diekspor belum diberikan: soal", "missing what to export: soal"},
	ExportCannot:      {"tidak bisa mengekspor %q: seharusnya soal", "cannot export %q: want soal"},
	SearchStart:       {"(awal)", "(start)"},

	PDFNoPage: {"%s: tidak ada halaman itu di situs", "%s: no such page in the site"},
	PDFNoBrowser: {"pustaka pdf mencetak lewat Chromium tanpa layar, dan tidak ada yang ditemukan (dicari: %s); pasang (Debian/Ubuntu: apt-get install chromium) atau sebutkan programnya dengan --chromium PROGRAM; sementara itu, Cetak di peramban menghasilkan halaman yang sama",
		"pustaka pdf prints through headless Chromium, and none was found (looked for %s); install it (Debian/Ubuntu: apt-get install chromium) or name the program with --chromium PROGRAM; meanwhile the browser's own Print gives the same pages"},
	PDFOpen:  {"gagal membuka %s di %s: %s", "opening %s in %s: %s"},
	PDFPrint: {"gagal mencetak %s dengan %s: %s", "printing %s with %s: %s"},
}
