package survey

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/tubei/pustaka/internal/message"
)

func problems(ps []Problem) string {
	var b strings.Builder
	for _, p := range ps {
		if p.Warning {
			b.WriteString("warning: ")
		}
		b.WriteString(p.Error() + "\n")
	}
	return b.String()
}

func TestReadAnswersProblems(t *testing.T) {
	const head = "U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
	for _, c := range []struct{ name, src, want string }{
		{"empty", "", "x.csv:1:1: empty file: want a header row and one row per entry\n"},
		{"blank", " \n\n", "x.csv:1:1: empty file: want a header row and one row per entry\n"},
		{"header only", head, "x.csv:1: no respondents: the file has a header row only\n"},
		{"out of range", head + "4,4,4,4,5,4,4,4,4\n", "x.csv:2:9: U5: want 1, 2, 3 or 4; got \"5\"\n"},
		{"zero", head + "4,4,4,4,4,4,4,4,0\n", "x.csv:2:17: U9: want 1, 2, 3 or 4; got \"0\"\n"},
		{"not a number", head + "4,4,baik,4,4,4,4,4,4\n", "x.csv:2:5: U3: want 1, 2, 3 or 4; got \"baik\"\n"},
		{"decimal", head + "4,3.5,4,4,4,4,4,4,4\n", "x.csv:2:3: U2: want 1, 2, 3 or 4; got \"3.5\"\n"},
		{"no answer", head + "4,,4,4,4,4,4,4,4\n", "x.csv:2:3: U2: no answer; want 1, 2, 3 or 4\n"},
		{"short row", head + "4,4,4\n", "x.csv:2: want 9 fields as in the header row, got 3 (is the separator ','?)\n"},
		{"missing column", "U1,U2,U3,U4,U5,U6,U7,U9\n1,1,1,1,1,1,1,1\n",
			"x.csv:1:1: missing column U8: the header row must name U1 … U9 (optional: tanggal, layanan, jenis_kelamin, pendidikan, pekerjaan, usia)\n"},
		{"duplicate column", "U1,U2,U3,U4,U5,U6,U7,U8,U9,u1\n", "x.csv:1:28: column u1 given twice (first as column 1)\n"},
		{"bad quote", head + "4,4,4,4,4,4,4,4,\"4\n", "x.csv:2:20: a field in quotes is not closed, or text follows its closing quote\n"},
		{"bad date", "tanggal," + head + "31/02/2026,4,4,4,4,4,4,4,4,4\n", "x.csv:2:1: tanggal: want a date such as 2026-05-04 or 04/05/2026; got \"31/02/2026\"\n"},
		{"bad age", "usia," + head + "tua,4,4,4,4,4,4,4,4,4\n", "x.csv:2:1: usia: want an age in whole years, 10 to 120; got \"tua\"\n"},
		{"not utf8", head + "4,4,4,4,4,4,4,4,\xff\n", "x.csv:2:17: not UTF-8 text: save the file as CSV UTF-8\n"},
		{"unknown column", "nama," + head + "Budi,4,4,4,4,4,4,4,4,4\n",
			"warning: x.csv:1:1: unknown column \"nama\" is ignored (accepted: u1, u2, u3, u4, u5, u6, u7, u8, u9, tanggal, layanan, jenis_kelamin, pendidikan, pekerjaan, usia)\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			tally, ps := ReadAnswers("x.csv", []byte(c.src))
			if got := problems(ps); got != c.want {
				t.Errorf("problems:\n%s\nwant:\n%s", got, c.want)
			}
			if HasErrors(ps) != (tally == nil) {
				t.Errorf("errors %v but tally %v", HasErrors(ps), tally)
			}
		})
	}
}

func TestReadAnswersManyErrors(t *testing.T) {
	src := "U1,U2,U3,U4,U5,U6,U7,U8,U9\n" + strings.Repeat("9,9,9,9,9,9,9,9,9\n", 10)
	_, ps := ReadAnswers("x.csv", []byte(src))
	if len(ps) != maxProblems+1 || !strings.Contains(ps[maxProblems].Msg.String(), "40 more errors not shown") ||
		ps[maxProblems].Msg.In(message.ID) != "40 kesalahan lain tidak ditampilkan" {
		t.Errorf("got %d problems, last %q", len(ps), ps[len(ps)-1].Msg)
	}
}

// TestReadAnswersForms reads the same answers as spreadsheet programs save
// them: a BOM, ";" as separator, CRLF, quoted fields, columns in another
// order and letter case, blank lines.
func TestReadAnswersForms(t *testing.T) {
	want := mustTally(t, workedCSV)
	forms := map[string]string{
		"bom crlf semicolon": "\uFEFFU1;U2;U3;U4;U5;U6;U7;U8;U9\r\n4;4;3;4;3;3;4;3;3\r\n3;3;2;4;3;3;3;2;3\r\n3;4;3;4;4;4;4;3;3\r\n2;3;3;3;3;3;4;3;2\r\n",
		"tabs":               strings.ReplaceAll(workedCSV, ",", "\t"),
		"order and case":     "u9,u8,u7,u6,u5,u4,u3,u2,u1\n3,3,4,3,3,4,3,4,4\n3,2,3,3,3,4,2,3,3\n3,3,4,4,4,4,3,4,3\n2,3,4,3,3,3,3,3,2\n",
		"quoted blank lines": "\"U1\",\"U2\",U3,U4,U5,U6,U7,U8,U9\n\n\"4\",4,3,4,3,3,4,3,3\n3,3,2,4,3,3,3,2,3\n\n3,4,3,4,4,4,4,3,3\n 2 , 3 ,3,3,3,3,4,3,2\n",
	}
	for name, src := range forms {
		got := mustTally(t, src)
		if got.N != want.N || got.Sums != want.Sums {
			t.Errorf("%s: %d respondents, sums %v; want %d, %v", name, got.N, got.Sums, want.N, want.Sums)
		}
	}
}

func TestReadAnswersProfile(t *testing.T) {
	src := "tanggal;layanan;jenis_kelamin;pendidikan;pekerjaan;usia;U1;U2;U3;U4;U5;U6;U7;U8;U9\n" +
		"2026-05-04;KTP-el;L;SMA;Petani;34;4;4;4;4;4;4;4;4;4\n" +
		"12/06/2026;Surat Pindah;perempuan;S1;PNS;61;3;3;3;3;3;3;3;3;3\n" +
		"2026-05-20;KTP-el;P;;Petani;;3;3;3;3;3;3;3;3;3\n"
	tally := mustTally(t, src)
	if got := tally.Profile[JenisKelamin]; got["Laki-laki"] != 1 || got["Perempuan"] != 2 {
		t.Errorf("jenis_kelamin = %v", got)
	}
	if got := tally.Profile[Usia]; got["30–39"] != 1 || got["≥ 60"] != 1 || got[""] != 1 {
		t.Errorf("usia = %v", got)
	}
	if got := tally.Profile[Layanan]; got["KTP-el"] != 2 || got["Surat Pindah"] != 1 {
		t.Errorf("layanan = %v", got)
	}
	if tally.First.Format("2006-01-02") != "2026-05-04" || tally.Last.Format("2006-01-02") != "2026-06-12" {
		t.Errorf("dates %v – %v", tally.First, tally.Last)
	}
}

// randomCSV makes n random respondents, header included, and the rows
// alone.
func randomCSV(rng *rand.Rand, n int) (string, []string) {
	rows := make([]string, n)
	for i := range rows {
		f := make([]string, Unsur)
		for u := range f {
			f[u] = fmt.Sprint(1 + rng.IntN(4))
		}
		rows[i] = strings.Join(f, ",")
	}
	return "U1,U2,U3,U4,U5,U6,U7,U8,U9\n" + strings.Join(rows, "\n") + "\n", rows
}

// TestProperties: the IKM lies in 25–100; permuting the rows changes
// nothing; a file split in two and merged gives the same result.
func TestProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 200; trial++ {
		n := 1 + rng.IntN(60)
		src, rows := randomCSV(rng, n)
		tally := mustTally(t, src)
		for _, w := range []Weights{EqualWeights(), RoundedWeights()} {
			r, _ := Compute(tally, w)
			lo, hi := Round(r.IKM, 2).Int64(), Round(r.IKM, 2).Int64()
			if lo < 2497 || hi > 10000 { // 0.111 × 9 × 25 × 1 = 24.975
				t.Fatalf("IKM %s out of range", Format(r.IKM, 2, "en"))
			}
			if !w.Rounded && (lo < 2500) {
				t.Fatalf("IKM %s below 25", Format(r.IKM, 2, "en"))
			}
		}
		perm := append([]string(nil), rows...)
		rng.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
		shuffled := mustTally(t, "U1,U2,U3,U4,U5,U6,U7,U8,U9\n"+strings.Join(perm, "\n"))
		a, _ := Compute(tally, EqualWeights())
		b, _ := Compute(shuffled, EqualWeights())
		if a.IKM.Cmp(b.IKM) != 0 {
			t.Fatalf("permuted: %s != %s", a.IKM, b.IKM)
		}
		cut := rng.IntN(n + 1)
		merged := &Tally{}
		for _, part := range [][]string{rows[:cut], rows[cut:]} {
			if len(part) > 0 {
				merged.Add(mustTally(t, "U1,U2,U3,U4,U5,U6,U7,U8,U9\n"+strings.Join(part, "\n")))
			}
		}
		c, _ := Compute(merged, EqualWeights())
		if a.IKM.Cmp(c.IKM) != 0 || merged.N != tally.N {
			t.Fatalf("split at %d and merged: %s != %s", cut, c.IKM, a.IKM)
		}
	}
}

func FuzzReadAnswers(f *testing.F) {
	f.Add([]byte(workedCSV))
	f.Add([]byte("\uFEFFU1;U2;U3;U4;U5;U6;U7;U8;U9\r\n4;4;3;4;3;3;4;3;3\r\n"))
	f.Add([]byte("tanggal,usia,jenis_kelamin,U1,U2,U3,U4,U5,U6,U7,U8,U9\n2026-05-04,34,L,4,4,4,4,4,4,4,4,4\n"))
	f.Add([]byte("U1,U2,\"U3\nx\",U4\n\"4"))
	f.Fuzz(func(t *testing.T, src []byte) {
		tally, ps := ReadAnswers("f.csv", src)
		if HasErrors(ps) != (tally == nil) {
			t.Fatalf("errors %v, tally %v", ps, tally)
		}
		for _, p := range ps {
			if p.Line < 1 || p.Col < 0 || p.Msg.IsZero() {
				t.Fatalf("bad position %+v", p)
			}
		}
		if tally == nil {
			return
		}
		if tally.N < 1 {
			t.Fatal("tally without respondents")
		}
		for _, s := range tally.Sums {
			if s < int64(tally.N) || s > 4*int64(tally.N) {
				t.Fatalf("sum %d outside %d–%d", s, tally.N, 4*tally.N)
			}
		}
		r, err := Compute(tally, EqualWeights())
		if err != nil {
			t.Fatal(err)
		}
		if h := Round(r.IKM, 2).Int64(); h < 2500 || h > 10000 {
			t.Fatalf("IKM %s", r.IKM)
		}
	})
}
