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
	SeeHelp         Key = "see-help"
	UnknownCommand  Key = "unknown-command"
	Results         Key = "results"
	Suggestion      Key = "suggestion"
	Exported        Key = "exported"
	WordsChanged    Key = "words-changed"

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
)

var cliTexts = map[Key]entry{
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
	SeeHelp:         {"pustaka %[1]s: %[2]s; lihat \"pustaka %[1]s --help\"", "pustaka %[1]s: %[2]s; see \"pustaka %[1]s --help\""},
	UnknownCommand:  {"pustaka: perintah %q tidak dikenal; lihat \"pustaka --help\"", "pustaka: unknown command %q; see \"pustaka --help\""},
	Results:         {"%d hasil", "%d results"},
	Suggestion:      {"Maksud Anda: %s", "Did you mean: %s"},
	Exported:        {"%d soal dari %d modul", "%d questions from %d modules"},
	WordsChanged:    {"%s -> %s: +%d -%d kata", "%s -> %s: +%d -%d words"},

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
