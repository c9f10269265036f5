package message

// Messages of the command line: the summary of a build, what serve and
// search report as they go.
const (
	Summary         Key = "summary"
	Counts          Key = "counts"
	CountPolicy     Key = "count-policy"
	CountTraining   Key = "count-training"
	CountEvaluation Key = "count-evaluation"
	CountOther      Key = "count-other"
	CountBroken     Key = "count-broken"
	CountOtherWarns Key = "count-other-warnings"
	CountWarnings   Key = "count-warnings"
	CountErrors     Key = "count-errors"
	CountErrBroken  Key = "count-errors-broken"
	NothingWritten  Key = "nothing-written"
	Indexed         Key = "indexed"
	Reindexed       Key = "reindexed"
	StaleRemoved    Key = "stale-removed"
	MoreProblems    Key = "more-problems"
	ByKind          Key = "by-kind"
	IndexLater      Key = "index-later"
	IndexReady      Key = "index-ready"
	IndexFailed     Key = "index-failed"
	IndexMissing    Key = "index-missing"
	IndexOld        Key = "index-old"
	GitCommit       Key = "git-commit"
	ServeReady      Key = "serve-ready"
	ServeStopped    Key = "serve-stopped"
	Stopped         Key = "stopped"
	Killed          Key = "killed"
	Results         Key = "results"
	Suggestion      Key = "suggestion"
	Exported        Key = "exported"
	WordsChanged    Key = "words-changed"

	PhaseReady     Key = "phase-ready"
	PhaseRead      Key = "phase-read"
	PhaseHistory   Key = "phase-history"
	PhaseBuild     Key = "phase-build"
	PhaseOpenIndex Key = "phase-open-index"
	PhaseIndex     Key = "phase-index"
	Seconds        Key = "seconds"

	NewType         Key = "new-type"
	NewSlug         Key = "new-slug"
	NewExists       Key = "new-exists"
	IndexHeld       Key = "index-held"
	HintAfter       Key = "hint-after"
	OtherProcess    Key = "other-process"
	HintWaited      Key = "hint-waited"
	HintWaitProcess Key = "hint-wait-process"
	HintWait        Key = "hint-wait"
	HintServing     Key = "hint-serving"
	HintStop        Key = "hint-stop"
	HintUnreachable Key = "hint-unreachable"
	Waiting         Key = "waiting"

	LogOff          Key = "log-off"
	LogNone         Key = "log-none"
	LogNoneSince    Key = "log-none-since"
	LogEmpty        Key = "log-empty"
	LogRange        Key = "log-range"
	LogNothing      Key = "log-nothing"
	LogCount        Key = "log-count"
	LogDays         Key = "log-days"
	LogMore         Key = "log-more"
	LogNoResults    Key = "log-no-results"
	LogQuery        Key = "log-query"
	LogSuggestions  Key = "log-suggestions"
	LogQuerySuggest Key = "log-query-suggestion"
	LogWantFields   Key = "log-want-fields"
	LogWantDay      Key = "log-want-day"
	LogWantCount    Key = "log-want-count"
	LogWantKind     Key = "log-want-kind"
	LogFieldCount   Key = "log-field-count"
	LogEmptyQuery   Key = "log-empty-query"
	VersionNone     Key = "version-none"
	VersionOnlyOne  Key = "version-only-one"
)

var cliTexts = map[Key]entry{
	VersionNone:     {"tidak ada versi %q; versi yang ada: %s", "no version %q; versions: %s"},
	VersionOnlyOne:  {"dokumen ini baru punya satu versi; belum ada yang bisa dibandingkan", "the document has only one version; nothing to compare"},
	Summary:         {"%d halaman (%s), %s, %s", "%d pages (%s), %s, %s"},
	Counts:          {"%s, %s", "%s, %s"},
	CountPolicy:     {"%d kebijakan", "%d policies"},
	CountTraining:   {"%d pelatihan", "%d training modules"},
	CountEvaluation: {"%d evaluasi", "%d evaluation guides"},
	CountOther:      {"%d halaman lain", "%d other pages"},
	CountBroken:     {"%d tautan rusak", "%d broken links"},
	CountOtherWarns: {"%d peringatan lain", "%d other warnings"},
	CountWarnings:   {"%d peringatan", "%d warnings"},
	CountErrors:     {"%d kesalahan", "%d errors"},
	CountErrBroken:  {"%d kesalahan (%s)", "%d errors (%s)"},
	NothingWritten:  {"%s; tidak ada yang ditulis, %s tetap seperti semula", "%s; nothing written, %s is unchanged"},
	Indexed:         {"%s; %d dokumen diindeks", "%s; %d documents indexed"},
	Reindexed:       {"%d halaman, %d dokumen diindeks ulang, %s%s", "%d pages, %d documents indexed again, %s%s"},
	StaleRemoved:    {"%d folder sementara dari build yang terhenti dihapus (%s): %s", "%d staging folders of interrupted builds removed (%s): %s"},
	MoreProblems:    {"… dan %d masalah lain (semuanya: pustaka check --report laporan.html)", "… and %d more problems (all of them: pustaka check --report report.html)"},
	ByKind:          {"per jenis: %s; %d berkas", "by kind: %s; %d files"},
	IndexLater:      {"indeks pencarian dibangun di latar belakang; pencarian tersedia setelah selesai", "the search index is built in the background; search works once it is done"},
	IndexReady:      {"indeks pencarian siap: %d dokumen, %s", "search index ready: %d documents, %s"},
	IndexFailed:     {"indeks pencarian: %s", "search index: %s"},
	IndexMissing:    {"indeks pencarian %s belum ada; mencari di indeks sementara (pustaka build menyimpannya)", "no search index at %s yet; searching a temporary one (pustaka build saves it)"},
	IndexOld:        {"catatan: %d berkas di content/ berubah sejak indeks pencarian diperbarui (%s); pustaka build memperbaruinya", "note: %d files in content/ changed since the search index was updated (%s); pustaka build updates it"},
	GitCommit:       {"git: commit baru %.7s; riwayat versi %d dokumen dibaca ulang", "git: new commit %.7s; the version history of %d documents read again"},
	ServeReady:      {"Pustaka siap di http://%s/ (Ctrl+C untuk berhenti)", "Pustaka is ready at http://%s/ (Ctrl+C to stop)"},
	ServeStopped:    {"berhenti setelah %s", "stopped after %s"},
	Stopped:         {"pustaka %s: dihentikan", "pustaka %s: stopped"},
	Killed:          {"pustaka: belum berhenti setelah %s; dihentikan paksa", "pustaka: not stopped after %s; killed"},
	Results:         {"%d hasil", "%d results"},
	Suggestion:      {"Maksud Anda: %s", "Did you mean: %s"},
	Exported:        {"%d soal dari %d modul", "%d questions from %d modules"},
	WordsChanged:    {"%s -> %s: +%d -%d kata", "%s -> %s: +%d -%d words"},

	PhaseReady:     {"siap dalam %s (%s)", "ready in %s (%s)"},
	PhaseRead:      {"baca", "read"},
	PhaseHistory:   {"riwayat", "history"},
	PhaseBuild:     {"bangun", "build"},
	PhaseOpenIndex: {"buka indeks", "open index"},
	PhaseIndex:     {"indeks", "index"},
	Seconds:        {"%s dtk", "%s s"},

	NewType:         {"jenis %q tidak dikenal: seharusnya kebijakan, pelatihan atau evaluasi (policy, training, evaluation)", "unknown type %q: want policy, training or evaluation (kebijakan, pelatihan, evaluasi)"},
	NewSlug:         {"SLUG %q: seharusnya kata-kata huruf kecil yang disambung tanda hubung, mis. survei-kepuasan-2027", "SLUG %q: want lowercase words joined by hyphens, e.g. survei-kepuasan-2027"},
	NewExists:       {"%s sudah ada; tidak ditimpa", "%s already exists; not overwritten"},
	IndexHeld:       {"indeks pencarian %s sedang dipakai %s", "the search index %s is in use by %s"},
	HintAfter:       {"%s; %s", "%s; %s"},
	OtherProcess:    {"proses lain", "another process"},
	HintWaited:      {"sudah ditunggu %s", "waited %s already"},
	HintWaitProcess: {"tunggu sampai proses itu selesai, lalu coba lagi", "wait until that process ends, then try again"},
	HintWait:        {"tunggu sampai selesai, lalu coba lagi", "wait until it is done, then try again"},
	HintServing:     {"situsnya sudah tersaji di %s; hentikan dulu (Ctrl+C di terminalnya, atau kill %d) untuk menjalankan serve lain", "the site is already served at %s; stop that server first (Ctrl+C in its terminal, or kill %d) to run another serve"},
	HintStop:        {"hentikan dulu (Ctrl+C di terminalnya, atau kill %d), atau jalankan pustaka build --no-index", "stop it first (Ctrl+C in its terminal, or kill %d), or run pustaka build --no-index"},
	HintUnreachable: {"server itu tidak menjawab di %s; hentikan dulu (kill %d), lalu coba lagi", "that server does not answer at %s; stop it first (kill %d), then try again"},
	Waiting:         {"%s; menunggu sampai selesai (paling lama %s, Ctrl+C untuk berhenti)", "%s; waiting until it is done (at most %s, Ctrl+C to stop)"},

	LogOff:          {"Pencatatan pencarian mati (search.log: false di konfigurasi); catatan lama tetap dibaca.", "Search logging is off (search.log: false in the configuration); the old records are still read."},
	LogNone:         {"Belum ada catatan pencarian (%s): pustaka serve mencatat pencarian yang tidak menemukan apa-apa.", "No search records yet (%s): pustaka serve records the searches that find nothing."},
	LogNoneSince:    {"Tidak ada catatan pencarian sejak %s.", "No search records since %s."},
	LogEmpty:        {"Catatan pencarian kosong.", "The search records are empty."},
	LogRange:        {"Catatan pencarian %s s.d. %s.", "Search records from %s to %s."},
	LogNothing:      {"tidak ada", "none"},
	LogCount:        {"jumlah", "count"},
	LogDays:         {"hari", "days"},
	LogMore:         {"… dan %d lagi (--limit)", "… and %d more (--limit)"},
	LogNoResults:    {"Pencarian tanpa hasil", "Searches that found nothing"},
	LogQuery:        {"kata kunci", "query"},
	LogSuggestions:  {"Saran \"Maksud Anda\" yang diikuti", "\"Did you mean\" suggestions taken"},
	LogQuerySuggest: {"kata kunci → saran", "query → suggestion"},
	LogWantFields:   {"seharusnya hari<TAB>jenis<TAB>jumlah<TAB>kata kunci; tertulis %q", "want day<TAB>kind<TAB>count<TAB>query, got %q"},
	LogWantDay:      {"hari: seharusnya YYYY-MM-DD; tertulis %q", "day: want YYYY-MM-DD, got %q"},
	LogWantCount:    {"jumlah: seharusnya bilangan positif; tertulis %q", "count: want a positive number, got %q"},
	LogWantKind:     {"jenis: seharusnya %s atau %s; tertulis %q", "kind: want %s or %s, got %q"},
	LogFieldCount:   {"%s: seharusnya %d kolom; tertulis %d", "%s: want %d fields, got %d"},
	LogEmptyQuery:   {"kata kuncinya kosong", "empty query"},
}

// englishOne holds the English singular of the messages that count
// (entry.one).
var englishOne = map[Key]string{
	Summary:         "%d page (%s), %s, %s",
	CountPolicy:     "%d policy",
	CountTraining:   "%d training module",
	CountEvaluation: "%d evaluation guide",
	CountOther:      "%d other page",
	CountBroken:     "%d broken link",
	CountOtherWarns: "%d other warning",
	CountWarnings:   "%d warning",
	CountErrors:     "%d error",
	CountErrBroken:  "%d error (%s)",
	Reindexed:       "%d page, %d documents indexed again, %s%s",
	Results:         "%d result",
	Exported:        "%d question from %d modules",
}
