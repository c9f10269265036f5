// Package quiz reads the self-check questions of training modules: the
// fenced ```soal blocks of a Markdown body.
//
// # Syntax
//
// A block holds one or more questions. A question starts with a line
// beginning with "?" and is followed by its answer and feedback lines:
//
//	```soal
//	? Berapa lama masa mentoring ASN Baru?
//	(x) Tiga bulan
//	( ) Enam bulan
//	    > Terlalu lama: lihat bagian Rencana Tiga Bulan.
//	penjelasan: Mentoring berlangsung tiga bulan.
//	```
//
// Lines, after leading white space is removed:
//
//	? TEXT            starts a question; lines that follow before any other
//	                  line kind continue its text
//	( ) TEXT / (x)    an option of a single-choice question (radio buttons);
//	                  exactly one is marked (x)
//	[ ] TEXT / [x]    an option of a multiple-choice question (check boxes);
//	                  at least one is marked [x]
//	                  (both may be written as list items: "- (x) TEXT")
//	> TEXT            feedback for the option above, shown when it is chosen
//	jawaban: benar    a benar/salah question: the statement is true
//	jawaban: salah    ... or false (also: ya/tidak, true/false)
//	isian: TEXT       a short-answer question; one line per accepted answer,
//	                  compared ignoring letter case and runs of spaces
//	penjelasan: TEXT  the explanation shown after answering (required)
//	id: NAME          the question's stable id (a-z, 0-9, "-"); written on
//	                  the line before or after the "?" line
//
// An indented line continues the option, feedback or explanation above it.
// Blank lines separate nothing and may be used freely. The texts of the
// question, options, feedback and explanation are inline Markdown
// (emphasis, code, links, strikethrough), which internal/render renders
// without raw HTML; accepted short answers are plain text.
//
// # Question ids and hashes
//
// A question's id names it in the reader's saved progress and in exports.
// Without an id: line the id is derived from the first six words of its
// text: lowercase, letters and digits kept, every other run of characters
// one "-" ("Apa fungsi NIK?" -> "apa-fungsi-nik"), the destinations of
// Markdown links left out. Ids are unique within a
// page. Hash is a short digest of the question's text, options and key
// (not of feedback): a reader's saved answer is kept while the hash stays
// the same, so editing a question's text resets that question only.
//
// # Errors
//
// Parse reports problems with the line and column of the offending line
// and still returns the questions it could read: a question without a
// correct option, a single-choice question with two, empty feedback or
// explanation, a missing explanation, options mixed with jawaban or
// isian, fewer than two options, unknown keys. Duplicate ids are found by
// Set.Add across the blocks of a page.
package quiz
