package survey

import (
	"math/big"
	"strings"

	"github.com/tubei/pustaka/internal/message"
)

// Value is one measured value of an indicator in a period.
type Value struct {
	Indicator string   // the indicator's name as the guide writes it
	Period    string   // as written, e.g. "Triwulan I 2026"
	Value     *big.Rat // exact
	Places    int      // decimals as written, for display
	Line      int
}

// valueColumns are the columns ReadValues accepts.
var valueColumns = []string{"indikator", "periode", "nilai", "keterangan"}

// ReadValues reads a CSV file of measured values (columns indikator,
// periode, nilai; optional keterangan, ignored) for the indicators named
// in names, matched without regard to letter case and spacing. Values are
// numbers as ParseNumber reads them, optionally followed by "%". A value
// given twice for one indicator and period is an error. Values are nil
// when there is any error.
func ReadValues(file string, src []byte, names []string) ([]Value, []Problem) {
	t, ok := open(file, src)
	if !ok {
		return nil, t.done()
	}
	head := t.next()
	if head == nil {
		return nil, t.done()
	}
	cols := t.header(head, valueColumns)
	for _, c := range valueColumns[:3] {
		if _, ok := cols[c]; !ok {
			t.errorf(1, 1, message.IndicatorColumn, c)
			return nil, t.done()
		}
	}
	byKey := map[string]string{}
	for _, n := range names {
		byKey[fold(n)] = n
	}
	seen := map[[2]string]int{}
	var out []Value
	for rec := t.next(); rec != nil; rec = t.next() {
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		line, _ := t.pos(0)
		if len(rec) != len(head) {
			t.errorf(line, 0, message.FieldCount, len(head), len(rec), t.r.Comma)
			continue
		}
		ind, per, val := rec[cols["indikator"]], strings.Join(strings.Fields(rec[cols["periode"]]), " "), strings.TrimSpace(rec[cols["nilai"]])
		name, known := byKey[fold(ind)]
		if !known {
			l, c := t.pos(cols["indikator"])
			t.errorf(l, c, message.NotIndicator, short(strings.TrimSpace(ind)), strings.Join(names, "; "))
			continue
		}
		if per == "" {
			l, c := t.pos(cols["periode"])
			t.errorf(l, c, message.PeriodEmpty)
			continue
		}
		key := [2]string{name, fold(per)}
		if prev, dup := seen[key]; dup {
			l, c := t.pos(cols["periode"])
			t.errorf(l, c, message.ValueGiven, name, per, prev)
			continue
		}
		num, places, err := parseValue(val)
		if err != nil {
			l, c := t.pos(cols["nilai"])
			t.errorf(l, c, message.WantNumber, "nilai", short(val))
			continue
		}
		seen[key] = line
		out = append(out, Value{Indicator: name, Period: per, Value: num, Places: places, Line: line})
	}
	if HasErrors(t.problems) {
		return nil, t.done()
	}
	return out, t.done()
}

func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// parseValue reads a measured value: a number, optionally with "%".
func parseValue(s string) (*big.Rat, int, error) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	r, err := ParseNumber(s)
	if err != nil {
		return nil, 0, err
	}
	return r, decimals(s), nil
}

// decimals counts the digits after the decimal separator of a number
// ParseNumber accepted.
func decimals(s string) int {
	if i := strings.LastIndexByte(s, ','); i >= 0 {
		return len(s) - i - 1
	}
	if i := strings.LastIndexByte(s, '.'); i >= 0 && !thousands(strings.TrimLeft(s, "-−+")) {
		return len(s) - i - 1
	}
	return 0
}

// Direction says whether a higher or a lower value is better.
type Direction int

const (
	Higher Direction = iota // higher is better (the default)
	Lower                   // lower is better: complaints, days to answer
)

// Target is the numeric target of an indicator.
type Target struct {
	Value  *big.Rat
	Places int
	Dir    Direction
}

// ParseTarget reads the first number of a target as written: "82,50
// (mutu B)" is 82.5, "1.234,5" is 1234.5, "90%" is 90, "100% ASN ≥ 20 JP"
// is 100. A target that starts with ≤, <, "maks" or "paling" ("paling
// lama 5 hari") means lower is better. ok is false when the text has no
// number.
func ParseTarget(s string) (Target, bool) {
	start := strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' })
	if start < 0 {
		return Target{}, false
	}
	end := start
	for end < len(s) && (s[end] >= '0' && s[end] <= '9' || s[end] == '.' || s[end] == ',') {
		end++
	}
	num := strings.TrimRight(s[start:end], ".,")
	r, err := ParseNumber(num)
	if err != nil {
		return Target{}, false
	}
	t := Target{Value: r, Places: decimals(num)}
	lead := strings.ToLower(strings.TrimSpace(s[:start]))
	for _, p := range []string{"≤", "<", "maks", "paling", "kurang dari", "tidak lebih"} {
		if strings.HasPrefix(lead, p) {
			t.Dir = Lower
		}
	}
	return t, true
}

// Achievement is a value compared with its target.
type Achievement struct {
	Percent *big.Rat // capaian in %; nil when the target is 0
	Met     bool     // tercapai
}

// Achieve compares a value with a target. Where higher is better the
// achievement is value ÷ target × 100; where lower is better it is
// (2 × target − value) ÷ target × 100, as Indonesian performance reports
// (LKjIP) compute it for negative indicators: 100 % at the target, more
// below it.
func Achieve(v *big.Rat, t Target) Achievement {
	var a Achievement
	if t.Dir == Lower {
		a.Met = v.Cmp(t.Value) <= 0
	} else {
		a.Met = v.Cmp(t.Value) >= 0
	}
	if t.Value.Sign() == 0 {
		return a
	}
	num := new(big.Rat).Set(v)
	if t.Dir == Lower {
		num.Sub(new(big.Rat).Mul(t.Value, big.NewRat(2, 1)), v)
	}
	a.Percent = num.Mul(num, big.NewRat(100, 1))
	a.Percent.Quo(a.Percent, t.Value)
	return a
}
