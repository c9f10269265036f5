package survey

import (
	"errors"
	"math/big"

	"github.com/tubei/pustaka/internal/message"
)

// Weights are the weights of the nine unsur in the IKM.
type Weights struct {
	W       [Unsur]*big.Rat
	Rounded bool // 0.111 each, as units publish it ("bobot: dibulatkan")
	Custom  bool // set by the guide
}

// EqualWeights are 1/9 each, as the regulation defines them.
func EqualWeights() Weights {
	var w Weights
	for i := range w.W {
		w.W[i] = big.NewRat(1, Unsur)
	}
	return w
}

// RoundedWeights are 0.111 each: the practice of writing 1/9 as 0,111,
// which makes every IKM 0.1 % lower than the regulation's.
func RoundedWeights() Weights {
	w := Weights{Rounded: true}
	for i := range w.W {
		w.W[i] = big.NewRat(111, 1000)
	}
	return w
}

// CustomWeights checks nine weights set by a guide: each at least 0, and
// together exactly 1.
func CustomWeights(ws []*big.Rat) (Weights, error) {
	if len(ws) != Unsur {
		return Weights{}, message.Errorf(message.WeightsCount, len(ws))
	}
	w := Weights{Custom: true}
	sum := new(big.Rat)
	for i, x := range ws {
		if x.Sign() < 0 {
			return Weights{}, message.Errorf(message.WeightNegative, i+1)
		}
		w.W[i] = new(big.Rat).Set(x)
		sum.Add(sum, x)
	}
	if sum.Cmp(big.NewRat(1, 1)) != 0 {
		return Weights{}, message.Errorf(message.WeightsSum, sum.FloatString(4))
	}
	return w, nil
}

// Grade is a mutu pelayanan with its kinerja.
type Grade struct {
	Mutu    string // A, B, C or D
	Kinerja string // Sangat Baik, Baik, Kurang Baik, Tidak Baik
}

// Bands are the lower limits of the grades A, B and C in hundredths of
// the IKM scale (25–100); anything below C is D.
var Bands = [3]int64{8831, 7661, 6500}

var grades = [4]Grade{{"A", "Sangat Baik"}, {"B", "Baik"}, {"C", "Kurang Baik"}, {"D", "Tidak Baik"}}

// GradeOf returns the grade of a value on the IKM scale, rounded half up
// to two decimals first: 76.605 is B, 76.6049 is C.
func GradeOf(ikm *big.Rat) Grade {
	h := Round(ikm, 2)
	for i, lim := range Bands {
		if h.Cmp(big.NewInt(lim)) >= 0 {
			return grades[i]
		}
	}
	return grades[3]
}

// Result is the outcome of a survey.
type Result struct {
	N       int
	Weights Weights
	Unsur   [Unsur]UnsurResult
	IKM     *big.Rat // Σ NRR tertimbang × 25, exact
	Grade   Grade
}

// UnsurResult is the result of one unsur.
type UnsurResult struct {
	Code     string // U1
	Name     string
	Sum      int64    // jumlah nilai
	NRR      *big.Rat // Sum / N
	Weighted *big.Rat // NRR × weight
	Grade    Grade    // of NRR × 25
}

// Scaled returns the unsur's NRR on the IKM scale (NRR × 25).
func (u UnsurResult) Scaled() *big.Rat { return new(big.Rat).Mul(u.NRR, big.NewRat(25, 1)) }

var errNoRespondents = errors.New("no respondents")

// Compute computes the IKM of a tally with weights w.
func Compute(t *Tally, w Weights) (*Result, error) {
	if t == nil || t.N == 0 {
		return nil, errNoRespondents
	}
	r := &Result{N: t.N, Weights: w, IKM: new(big.Rat)}
	n := big.NewInt(int64(t.N))
	for i := range r.Unsur {
		u := &r.Unsur[i]
		u.Code, u.Name, u.Sum = Codes[i], Names[i], t.Sums[i]
		u.NRR = new(big.Rat).SetFrac(big.NewInt(t.Sums[i]), n)
		u.Weighted = new(big.Rat).Mul(u.NRR, w.W[i])
		u.Grade = GradeOf(u.Scaled())
		r.IKM.Add(r.IKM, u.Weighted)
	}
	r.IKM.Mul(r.IKM, big.NewRat(25, 1))
	r.Grade = GradeOf(r.IKM)
	return r, nil
}

// Lowest returns the indexes of the k unsur with the lowest NRR, lowest
// first; ties go to the earlier unsur.
func (r *Result) Lowest(k int) []int {
	idx := make([]int, 0, Unsur)
	for i := range r.Unsur {
		idx = append(idx, i)
	}
	for i := 1; i < len(idx); i++ { // insertion sort: stable and tiny
		for j := i; j > 0 && r.Unsur[idx[j]].NRR.Cmp(r.Unsur[idx[j-1]].NRR) < 0; j-- {
			idx[j], idx[j-1] = idx[j-1], idx[j]
		}
	}
	return idx[:min(k, len(idx))]
}

// SampleSize is the minimum sample of a population of n by Krejcie and
// Morgan (1970): χ²NP(1−P) / (d²(N−1) + χ²P(1−P)) with χ² = 3.841,
// P = 0.5 and d = 0.05, rounded to the nearest whole respondent.
func SampleSize(n int) int {
	if n <= 0 {
		return 0
	}
	chi := big.NewRat(3841, 1000)
	pq := big.NewRat(1, 4)
	d2 := big.NewRat(1, 400)
	chiPQ := new(big.Rat).Mul(chi, pq)
	num := new(big.Rat).Mul(chiPQ, new(big.Rat).SetInt64(int64(n)))
	den := new(big.Rat).Mul(d2, new(big.Rat).SetInt64(int64(n-1)))
	den.Add(den, chiPQ)
	return int(Round(num.Quo(num, den), 0).Int64())
}
