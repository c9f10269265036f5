package survey

import (
	"errors"
	"math/big"
	"strings"
)

// Round returns r rounded half up (away from zero) to places decimals,
// as an integer count of 10^-places: Round(80.905, 2) = 8091.
func Round(r *big.Rat, places int) *big.Int {
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	x := new(big.Rat).Mul(r, new(big.Rat).SetInt(scale))
	num, den := new(big.Int).Abs(x.Num()), x.Denom()
	// floor((2*num + den) / (2*den)) rounds half up on the magnitude
	q := new(big.Int).Add(new(big.Int).Lsh(num, 1), den)
	q.Quo(q, new(big.Int).Lsh(den, 1))
	if x.Sign() < 0 {
		q.Neg(q)
	}
	return q
}

// Format writes r rounded half up to places decimals, the Indonesian way
// (lang "id": "1.234,56") or the English way ("1,234.56").
func Format(r *big.Rat, places int, lang string) string {
	return FormatScaled(Round(r, places), places, lang)
}

// FormatScaled writes the integer n, a count of 10^-places, as a decimal.
func FormatScaled(n *big.Int, places int, lang string) string {
	dec, group := ",", "."
	if lang == "en" {
		dec, group = ".", ","
	}
	s := new(big.Int).Abs(n).String()
	if len(s) <= places {
		s = strings.Repeat("0", places-len(s)+1) + s
	}
	whole, frac := s[:len(s)-places], s[len(s)-places:]
	var b strings.Builder
	if n.Sign() < 0 {
		b.WriteByte('-')
	}
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteString(group)
		}
		b.WriteRune(c)
	}
	if places > 0 {
		b.WriteString(dec + frac)
	}
	return b.String()
}

// Float returns r as the nearest float64, for JSON and charts.
func Float(r *big.Rat) float64 {
	f, _ := r.Float64()
	return f
}

var errNumber = errors.New("want a number such as 82,50 or 1.234,5")

// ParseNumber reads a number written the Indonesian way: "82,50",
// "1.234,5", "1.234" (dots group thousands), "-3". A number without a
// comma whose dots do not group thousands ("3.30") takes the dot as the
// decimal point, as YAML and spreadsheets exported in English write it.
func ParseNumber(s string) (*big.Rat, error) {
	s = strings.TrimSpace(s)
	neg := strings.HasPrefix(s, "-") || strings.HasPrefix(s, "−")
	s = strings.TrimLeft(s, "-−+")
	if s == "" {
		return nil, errNumber
	}
	whole, frac, comma := strings.Cut(s, ",")
	if !comma && strings.Contains(whole, ".") && !thousands(whole) {
		whole, frac, comma = strings.Cut(whole, ".")
		if strings.Contains(frac, ".") {
			return nil, errNumber
		}
	}
	if comma && (frac == "" || !digits(frac)) {
		return nil, errNumber
	}
	if strings.Contains(whole, ".") {
		if !thousands(whole) {
			return nil, errNumber
		}
		whole = strings.ReplaceAll(whole, ".", "")
	}
	if !digits(whole) {
		return nil, errNumber
	}
	r, ok := new(big.Rat).SetString(whole + "." + frac + "0")
	if !ok {
		return nil, errNumber
	}
	if neg {
		r.Neg(r)
	}
	return r, nil
}

// thousands reports whether s is digits grouped by dots in threes: 1.234.567.
func thousands(s string) bool {
	groups := strings.Split(s, ".")
	if len(groups) < 2 || len(groups[0]) == 0 || len(groups[0]) > 3 || !digits(groups[0]) {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 || !digits(g) {
			return false
		}
	}
	return true
}

func digits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func bigInt(n int) *big.Int { return big.NewInt(int64(n)) }
