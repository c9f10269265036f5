// Package survey computes the results of a Survei Kepuasan Masyarakat
// (SKM, community-satisfaction survey) as PermenPAN-RB No. 14 Tahun 2017
// defines them, and the achievement of internal performance indicators,
// from CSV files of answers and measured values. Everything is exact:
// sums of answers are integers and every derived number is a big.Rat;
// numbers are rounded only when they are shown (Round, Format).
//
// # Answers
//
// ReadAnswers reads one CSV file of answers, one row per respondent, into
// a Tally: the number of respondents, the sum of the answers of each of
// the nine unsur U1 … U9, and counts of the optional profile columns. The
// answers themselves are not kept, so nothing personal outlives the read.
//
// The first row names the columns, in any order and letter case: U1 … U9
// (required, each answered 1, 2, 3 or 4), and optionally tanggal (a date,
// 2026-05-04 or 04/05/2026), layanan, jenis_kelamin (L/P or written out),
// pendidikan, pekerjaan and usia (whole years, counted in age groups).
// Other columns are ignored with a warning. The separator is "," or ";"
// (as spreadsheet programs save CSV in an Indonesian locale), or a tab,
// whichever the header row uses; a UTF-8 byte order mark and CRLF line
// ends are accepted; empty lines are skipped. Every problem is reported as
// a Problem at its line and column; a file with any error gives no Tally.
//
// # IKM
//
// NRR of an unsur = sum of its answers ÷ respondents; NRR tertimbang =
// NRR × weight; IKM = Σ NRR tertimbang × 25. The weight is 1/9 each
// (EqualWeights), or 0.111 each as many units publish it (RoundedWeights,
// front matter "bobot: dibulatkan"), or nine weights that sum to exactly
// 1. Mutu is read from the IKM rounded half up to two decimals: A (Sangat
// Baik) 88.31–100.00, B (Baik) 76.61–88.30, C (Kurang Baik) 65.00–76.60,
// D (Tidak Baik) 25.00–64.99; an unsur's mutu uses the same bands on NRR
// × 25. SampleSize gives the Krejcie–Morgan minimum sample of a
// population.
//
// # Indicators
//
// ReadValues reads measured values of indicators (columns indikator,
// periode, nilai); ParseNumber reads numbers written the Indonesian way
// ("1.234,5") and ParseTarget the target of an indicator ("82,50 (mutu
// B)", "≤ 5"); Achieve compares a value with its target.
//
// # Charts
//
// BarChart, LineChart and TrendChart draw SVG at build time: no script,
// a <title> and <desc>, sized by their viewBox so that they scale to the
// page on a phone and in print.
package survey
