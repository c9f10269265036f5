package message

// Messages about data files (survey answers, measured indicators) and
// question blocks (soal).
const (
	MoreErrors      Key = "more-errors"
	CSVEmpty        Key = "csv-empty"
	CSVNotUTF8      Key = "csv-not-utf8"
	CSVRowStart     Key = "csv-row-start"
	CSVBareQuote    Key = "csv-bare-quote"
	CSVQuote        Key = "csv-quote"
	ColumnNoName    Key = "column-no-name"
	ColumnUnknown   Key = "column-unknown"
	ColumnTwice     Key = "column-twice"
	ColumnsMissing  Key = "columns-missing"
	IndicatorColumn Key = "indicator-column"
	NoRespondents   Key = "no-respondents"
	FieldCount      Key = "field-count"
	NoAnswer        Key = "no-answer"
	WantAnswer      Key = "want-answer"
	WantAnswerDate  Key = "want-answer-date"
	WantAge         Key = "want-age"
	NotIndicator    Key = "not-indicator"
	PeriodEmpty     Key = "period-empty"
	ValueGiven      Key = "value-given"
	WantNumber      Key = "want-number"
	WeightsCount    Key = "weights-count"
	WeightNegative  Key = "weight-negative"
	WeightsSum      Key = "weights-sum"
	FileTooLarge    Key = "file-too-large"

	QuizNoQuestion    Key = "quiz-no-question"
	QuizTextBefore    Key = "quiz-text-before"
	QuizUnreadable    Key = "quiz-unreadable"
	QuizWantID        Key = "quiz-want-id"
	QuizWantTrueFalse Key = "quiz-want-true-false"
	QuizEmptyAccepted Key = "quiz-empty-accepted"
	QuizUnknownKey    Key = "quiz-unknown-key"
	QuizKindConflict  Key = "quiz-kind-conflict"
	QuizOptionEmpty   Key = "quiz-option-empty"
	QuizFeedbackAlone Key = "quiz-feedback-alone"
	QuizFeedbackEmpty Key = "quiz-feedback-empty"
	QuizNoText        Key = "quiz-no-text"
	QuizNoAnswer      Key = "quiz-no-answer"
	QuizNoExplanation Key = "quiz-no-explanation"
	QuizExplEmpty     Key = "quiz-explanation-empty"
	QuizOneOption     Key = "quiz-one-option"
	QuizNoCorrectOne  Key = "quiz-no-correct-one"
	QuizNoCorrectAny  Key = "quiz-no-correct-any"
	QuizDuplicateID   Key = "quiz-duplicate-id"
	QuizDuplicateNoID Key = "quiz-duplicate-no-id"
	QuizSecondID      Key = "quiz-second-id"
	QuizExplTwice     Key = "quiz-explanation-twice"
	QuizManyCorrect   Key = "quiz-many-correct"
	KindSingle        Key = "kind-single"
	KindMultiple      Key = "kind-multiple"
	KindTrueFalse     Key = "kind-true-false"
	KindShort         Key = "kind-short"
)

var dataTexts = map[Key]entry{
	MoreErrors:      {"%d kesalahan lain tidak ditampilkan", "%d more errors not shown"},
	CSVEmpty:        {"berkas kosong: seharusnya ada baris judul kolom dan satu baris per isian", "empty file: want a header row and one row per entry"},
	CSVNotUTF8:      {"bukan teks UTF-8: simpan berkas sebagai CSV UTF-8", "not UTF-8 text: save the file as CSV UTF-8"},
	CSVRowStart:     {"%s (barisnya dimulai di baris %d)", "%s (the row starts at line %d)"},
	CSVBareQuote:    {`ada tanda kutip (") di dalam kolom yang tidak diapit tanda kutip; apit kolomnya dengan tanda kutip dan gandakan tanda kutipnya ("")`, `a quote (") inside a field that is not in quotes; put the field in quotes and double the quote ("")`},
	CSVQuote:        {"kolom yang diapit tanda kutip tidak ditutup, atau ada teks sesudah tanda kutip penutupnya", "a field in quotes is not closed, or text follows its closing quote"},
	ColumnNoName:    {"kolom %d tidak bernama; kolom ini diabaikan", "column %d has no name; it is ignored"},
	ColumnUnknown:   {"kolom %q tidak dikenal dan diabaikan (yang diterima: %s)", "unknown column %q is ignored (accepted: %s)"},
	ColumnTwice:     {"kolom %s ditulis dua kali (pertama sebagai kolom %d)", "column %s given twice (first as column %d)"},
	ColumnsMissing:  {"kolom %s tidak ada: baris judul kolom harus memuat U1 … U9 (boleh juga: tanggal, %s)", "missing column %s: the header row must name U1 … U9 (optional: tanggal, %s)"},
	IndicatorColumn: {"kolom %s tidak ada: baris judul kolom harus memuat indikator, periode, nilai", "missing column %s: the header row must name indikator, periode, nilai"},
	NoRespondents:   {"tidak ada responden: berkas hanya berisi baris judul kolom", "no respondents: the file has a header row only"},
	FieldCount:      {"seharusnya %d kolom seperti baris judul, tertulis %d (apakah pemisahnya %q?)", "want %d fields as in the header row, got %d (is the separator %q?)"},
	NoAnswer:        {"%s: tidak ada jawaban; seharusnya 1, 2, 3 atau 4", "%s: no answer; want 1, 2, 3 or 4"},
	WantAnswer:      {"%s: seharusnya 1, 2, 3 atau 4; tertulis %q", "%s: want 1, 2, 3 or 4; got %q"},
	WantAnswerDate:  {"tanggal: seharusnya tanggal seperti 2026-05-04 atau 04/05/2026; tertulis %q", "tanggal: want a date such as 2026-05-04 or 04/05/2026; got %q"},
	WantAge:         {"usia: seharusnya usia dalam tahun penuh, 10 sampai 120; tertulis %q", "usia: want an age in whole years, 10 to 120; got %q"},
	NotIndicator:    {"indikator: %q bukan indikator panduan ini (%s)", "indikator: %q is not an indicator of the guide (%s)"},
	PeriodEmpty:     {"periode: kosong; seharusnya periode seperti \"Triwulan I 2026\"", "periode: empty; want a period such as \"Triwulan I 2026\""},
	ValueGiven:      {"nilai untuk %q pada %s sudah ada di baris %d", "a value for %q in %s was already given at line %d"},
	WantNumber:      {"%s: seharusnya angka seperti 82,50 atau 1.234,5; tertulis %q", "%s: want a number such as 82,50 or 1.234,5; got %q"},
	WeightsCount:    {"seharusnya 9 bobot, satu untuk setiap U1 … U9; tertulis %d", "want 9 weights, one for each of U1 … U9; got %d"},
	WeightNegative:  {"U%d: bobot tidak boleh negatif", "U%d: a weight cannot be negative"},
	WeightsSum:      {"jumlah bobotnya %s; seharusnya tepat 1", "the weights add up to %s; want exactly 1"},
	FileTooLarge:    {"berkas terlalu besar (%d MB; paling besar %d MB)", "file too large (%d MB; at most %d MB)"},

	QuizNoQuestion:    {"id: tidak ada soal sesudahnya", "id: no question follows"},
	QuizTextBefore:    {"ada teks sebelum soal pertama: awali soal dengan \"? \"", "text before the first question: start a question with \"? \""},
	QuizUnreadable:    {"baris ini tidak terbaca: seharusnya pilihan \"( )\" atau \"[ ]\", \"> umpan balik\", \"jawaban:\", \"isian:\", \"penjelasan:\" atau soal baru \"? \"", "cannot read this line: want an option \"( )\" or \"[ ]\", \"> feedback\", \"jawaban:\", \"isian:\", \"penjelasan:\" or a new question \"? \""},
	QuizWantID:        {"id: seharusnya huruf kecil, angka dan \"-\"; tertulis %q", "id: want lowercase letters, digits and \"-\"; got %q"},
	QuizWantTrueFalse: {"jawaban: seharusnya benar atau salah; tertulis %q", "jawaban: want benar or salah; got %q"},
	QuizEmptyAccepted: {"isian: jawaban yang diterima kosong", "isian: empty accepted answer"},
	QuizUnknownKey:    {"kunci %q tidak dikenal", "unknown key %q"},
	QuizKindConflict:  {"soal %s tidak bisa sekaligus berupa %s", "%s question cannot also have %s"},
	QuizOptionEmpty:   {"pilihan tanpa teks", "option without text"},
	QuizFeedbackAlone: {"umpan balik \">\" harus mengikuti sebuah pilihan", "feedback \">\" must follow an option"},
	QuizFeedbackEmpty: {"umpan balik kosong: tulis apa yang perlu dipelajari pembaca sesudah \">\", atau hapus barisnya", "empty feedback: write what the reader should learn after \">\", or leave the line out"},
	QuizNoText:        {"soal tanpa teks sesudah \"?\"", "question without text after \"?\""},
	QuizNoAnswer:      {"soal tanpa jawaban: tambahkan pilihan \"( )\"/\"[ ]\", \"jawaban: benar|salah\" atau \"isian:\"", "question without an answer: add options \"( )\"/\"[ ]\", \"jawaban: benar|salah\" or \"isian:\""},
	QuizNoExplanation: {"soal tanpa \"penjelasan:\": setiap soal perlu penjelasan untuk pembaca", "question without \"penjelasan:\": every question needs an explanation for the reader"},
	QuizExplEmpty:     {"penjelasan: kosong", "penjelasan: empty explanation"},
	QuizOneOption:     {"soal dengan %d pilihan: seharusnya paling sedikit dua", "question with %d option: want at least two"},
	QuizNoCorrectOne:  {"tidak ada pilihan yang benar: tandai satu dengan (x)", "no correct option: mark one with (x)"},
	QuizNoCorrectAny:  {"tidak ada pilihan yang benar: tandai paling sedikit satu dengan [x]", "no correct option: mark at least one with [x]"},
	QuizDuplicateID:   {"id soal %q sudah dipakai (pertama di baris %d)", "duplicate question id %q (first at line %d)"},
	QuizDuplicateNoID: {"id soal %q sudah dipakai (pertama di baris %d); beri salah satunya baris id:", "duplicate question id %q (first at line %d); give one of them an id: line"},
	QuizSecondID:      {"id: ada id kedua sebelum soal berikutnya (yang pertama di baris %d)", "id: a second id before the next question (first at line %d)"},
	QuizExplTwice:     {"penjelasan: ditulis dua kali (pertama di baris %d)", "penjelasan: given twice (first at line %d)"},
	QuizManyCorrect:   {"soal pilihan tunggal dengan %d pilihan benar (baris %s); pakai kotak [x] untuk pilihan ganda", "single-choice question with %d correct options (lines %s); use [x] boxes for multiple choice"},
	KindSingle:        {"pilihan tunggal \"( )\"", "a single-choice \"( )\""},
	KindMultiple:      {"pilihan ganda \"[ ]\"", "a multiple-choice \"[ ]\""},
	KindTrueFalse:     {"benar/salah (jawaban:)", "a benar/salah (jawaban:)"},
	KindShort:         {"isian singkat (isian:)", "a short-answer (isian:)"},
}
