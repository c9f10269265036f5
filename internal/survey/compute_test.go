package survey

import (
	"math/big"
	"testing"
)

// workedCSV is the worked example: four respondents, computed by hand.
//
//	sums  U1 12, U2 14, U3 11, U4 15, U5 13, U6 13, U7 15, U8 11, U9 11 (115 in all)
//	NRR   3, 3.5, 2.75, 3.75, 3.25, 3.25, 3.75, 2.75, 2.75
//	IKM   25 × (115/4)/9 = 2875/36 = 79.8611… → 79,86, mutu B
//	0,111 25 × 0.111 × 115/4 = 79.78125 → 79,78
const workedCSV = `U1,U2,U3,U4,U5,U6,U7,U8,U9
4,4,3,4,3,3,4,3,3
3,3,2,4,3,3,3,2,3
3,4,3,4,4,4,4,3,3
2,3,3,3,3,3,4,3,2
`

func mustTally(t *testing.T, src string) *Tally {
	t.Helper()
	tally, ps := ReadAnswers("x.csv", []byte(src))
	if HasErrors(ps) || tally == nil {
		t.Fatalf("ReadAnswers: %v", ps)
	}
	return tally
}

func TestWorkedExample(t *testing.T) {
	r, err := Compute(mustTally(t, workedCSV), EqualWeights())
	if err != nil {
		t.Fatal(err)
	}
	if r.N != 4 {
		t.Errorf("N = %d, want 4", r.N)
	}
	wantSums := [Unsur]int64{12, 14, 11, 15, 13, 13, 15, 11, 11}
	wantNRR := [Unsur]string{"3", "7/2", "11/4", "15/4", "13/4", "13/4", "15/4", "11/4", "11/4"}
	wantMutu := [Unsur]string{"C", "B", "C", "A", "B", "B", "A", "C", "C"}
	for i, u := range r.Unsur {
		if u.Sum != wantSums[i] || u.NRR.RatString() != wantNRR[i] || u.Grade.Mutu != wantMutu[i] {
			t.Errorf("%s: sum %d NRR %s mutu %s; want %d %s %s", u.Code, u.Sum, u.NRR.RatString(), u.Grade.Mutu, wantSums[i], wantNRR[i], wantMutu[i])
		}
		if w := new(big.Rat).Quo(u.NRR, big.NewRat(9, 1)); u.Weighted.Cmp(w) != 0 {
			t.Errorf("%s: NRR tertimbang %s, want %s", u.Code, u.Weighted.RatString(), w.RatString())
		}
	}
	if r.IKM.RatString() != "2875/36" {
		t.Errorf("IKM = %s, want 2875/36", r.IKM.RatString())
	}
	if got := Format(r.IKM, 2, "id"); got != "79,86" {
		t.Errorf("IKM shown as %s, want 79,86", got)
	}
	if r.Grade != (Grade{"B", "Baik"}) {
		t.Errorf("grade %v, want B Baik", r.Grade)
	}
	if got := r.Lowest(3); got[0] != 2 || got[1] != 7 || got[2] != 8 {
		t.Errorf("lowest = %v, want U3, U8, U9", got)
	}
}

func TestRoundedWeights(t *testing.T) {
	tally := mustTally(t, workedCSV)
	r, _ := Compute(tally, RoundedWeights())
	if r.IKM.RatString() != "2553/32" || Format(r.IKM, 2, "id") != "79,78" {
		t.Errorf("IKM with 0,111 = %s (%s), want 2553/32 (79,78)", r.IKM.RatString(), Format(r.IKM, 2, "id"))
	}
	// Every answer 4: the regulation gives 100, the practice 99,90.
	all4 := mustTally(t, "U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,4,4,4,4,4\n")
	eq, _ := Compute(all4, EqualWeights())
	ro, _ := Compute(all4, RoundedWeights())
	if Format(eq.IKM, 2, "id") != "100,00" || Format(ro.IKM, 2, "id") != "99,90" {
		t.Errorf("all 4: %s and %s, want 100,00 and 99,90", Format(eq.IKM, 2, "id"), Format(ro.IKM, 2, "id"))
	}
}

func TestCustomWeights(t *testing.T) {
	ws := make([]*big.Rat, 9)
	for i := range ws {
		ws[i] = big.NewRat(1, 10)
	}
	ws[0] = big.NewRat(2, 10)
	w, err := CustomWeights(ws)
	if err != nil {
		t.Fatal(err)
	}
	r, _ := Compute(mustTally(t, workedCSV), w)
	// 25 × (0.2×3 + 0.1×(3.5+2.75+3.75+3.25+3.25+3.75+2.75+2.75)) = 25 × 3.175 = 79.375
	if r.IKM.RatString() != "635/8" {
		t.Errorf("IKM = %s, want 635/8", r.IKM.RatString())
	}
	ws[0] = big.NewRat(1, 10)
	if _, err := CustomWeights(ws); err == nil {
		t.Error("weights adding up to 0.9 accepted")
	}
}

func TestBandEdges(t *testing.T) {
	for _, c := range []struct{ v, mutu string }{
		{"100", "A"}, {"88.31", "A"}, {"88.305", "A"}, {"88.3049", "B"}, {"88.30", "B"},
		{"76.61", "B"}, {"76.605", "B"}, {"76.6049", "C"}, {"76.60", "C"},
		{"65.00", "C"}, {"64.995", "C"}, {"64.9949", "D"}, {"64.99", "D"}, {"25", "D"},
	} {
		v, _ := new(big.Rat).SetString(c.v)
		if g := GradeOf(v); g.Mutu != c.mutu {
			t.Errorf("GradeOf(%s) = %s, want %s", c.v, g.Mutu, c.mutu)
		}
	}
}

// TestSampleSize checks the formula against the table of Krejcie and
// Morgan (1970), "Determining sample size for research activities".
func TestSampleSize(t *testing.T) {
	table := map[int]int{10: 10, 15: 14, 20: 19, 25: 24, 30: 28, 35: 32, 40: 36, 45: 40, 50: 44, 55: 48,
		60: 52, 65: 56, 70: 59, 75: 63, 80: 66, 85: 70, 90: 73, 95: 76, 100: 80, 110: 86, 120: 92,
		130: 97, 140: 103, 150: 108, 160: 113, 170: 118, 180: 123, 190: 127, 200: 132, 210: 136,
		220: 140, 230: 144, 240: 148, 250: 152, 260: 155, 270: 159, 280: 162, 290: 165, 300: 169,
		320: 175, 340: 181, 360: 186, 380: 191, 400: 196, 420: 201, 440: 205, 460: 210, 480: 214,
		500: 217, 550: 226, 600: 234, 650: 242, 700: 248, 750: 254, 800: 260, 850: 265, 900: 269,
		950: 274, 1000: 278, 1100: 285, 1200: 291, 1300: 297, 1400: 302, 1500: 306, 1600: 310,
		1700: 313, 1800: 317, 1900: 320, 2000: 322, 2200: 327, 2400: 331, 2600: 335, 2800: 338,
		3000: 341, 3500: 346, 4000: 351, 4500: 354, 5000: 357, 6000: 361, 7000: 364, 8000: 367,
		9000: 368, 10000: 370, 15000: 375, 20000: 377, 30000: 379, 40000: 380, 50000: 381,
		75000: 382, 1000000: 384}
	for n, want := range table {
		if got := SampleSize(n); got != want {
			t.Errorf("SampleSize(%d) = %d, want %d", n, got, want)
		}
	}
	if SampleSize(0) != 0 {
		t.Error("SampleSize(0) != 0")
	}
}

func TestRoundFormat(t *testing.T) {
	for _, c := range []struct {
		v      string
		places int
		id, en string
	}{
		{"80.905", 2, "80,91", "80.91"}, {"80.9049", 2, "80,90", "80.90"}, {"1234.5", 1, "1.234,5", "1,234.5"},
		{"0.005", 2, "0,01", "0.01"}, {"-2.5", 0, "-3", "-3"}, {"1234567", 0, "1.234.567", "1,234,567"}, {"0.1", 3, "0,100", "0.100"},
	} {
		v, _ := new(big.Rat).SetString(c.v)
		if got := Format(v, c.places, "id"); got != c.id {
			t.Errorf("Format(%s, %d, id) = %s, want %s", c.v, c.places, got, c.id)
		}
		if got := Format(v, c.places, "en"); got != c.en {
			t.Errorf("Format(%s, %d, en) = %s, want %s", c.v, c.places, got, c.en)
		}
	}
}

func TestParseNumber(t *testing.T) {
	for in, want := range map[string]string{
		"82,50": "165/2", "1.234,5": "2469/2", "1.234": "1234", "3.30": "33/10", "3,3": "33/10",
		"5": "5", "-2": "-2", "1.234.567": "1234567", "0,111": "111/1000",
	} {
		got, err := ParseNumber(in)
		if err != nil || got.RatString() != want {
			t.Errorf("ParseNumber(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	for _, in := range []string{"", "abc", "1,2,3", "1.2.3", "12.34.567", ",5", "5,", "1.23,4"} {
		if r, err := ParseNumber(in); err == nil {
			t.Errorf("ParseNumber(%q) = %s, want an error", in, r.RatString())
		}
	}
}
