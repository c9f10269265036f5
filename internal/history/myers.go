package history

import "fmt"

// Op says what happened to a span of text or a sequence element.
type Op int

// The operations of an edit script.
const (
	Equal  Op = iota // present in both versions
	Insert           // present only in the new version
	Delete           // present only in the old version
)

// String returns the lower-case name of the operation.
func (o Op) String() string {
	switch o {
	case Insert:
		return "insert"
	case Delete:
		return "delete"
	}
	return "equal"
}

// edit is one run of an edit script over two int sequences: n elements
// taken with op (from a for Equal and Delete, from b for Insert).
type edit struct {
	op Op
	n  int
}

// diffInts returns a shortest edit script turning a into b. It is Myers'
// O(ND) algorithm in its linear-space form: trim the common prefix and
// suffix, find the middle snake by searching forward and backward at
// once, and recurse on both halves.
func diffInts(a, b []int) []edit {
	var out []edit
	diffRec(a, b, &out)
	return compact(out)
}

func diffRec(a, b []int, out *[]edit) {
	pre := commonPrefix(a, b)
	push(out, Equal, pre)
	a, b = a[pre:], b[pre:]
	suf := commonSuffix(a, b)
	a, b = a[:len(a)-suf], b[:len(b)-suf]
	switch {
	case len(a) == 0:
		push(out, Insert, len(b))
	case len(b) == 0:
		push(out, Delete, len(a))
	default:
		x, y, ok := middleSnake(a, b)
		if !ok || (x == 0 && y == 0) || (x == len(a) && y == len(b)) {
			push(out, Delete, len(a))
			push(out, Insert, len(b))
			break
		}
		diffRec(a[:x], b[:y], out)
		diffRec(a[x:], b[y:], out)
	}
	push(out, Equal, suf)
}

func push(out *[]edit, op Op, n int) {
	if n > 0 {
		*out = append(*out, edit{op, n})
	}
}

// compact merges adjacent runs with the same op and puts deletions before
// insertions inside every change.
func compact(es []edit) []edit {
	var out []edit
	for i := 0; i < len(es); {
		if es[i].op == Equal {
			push(&out, Equal, es[i].n)
			for i++; i < len(es) && es[i].op == Equal; i++ {
				out[len(out)-1].n += es[i].n
			}
			continue
		}
		del, ins := 0, 0
		for ; i < len(es) && es[i].op != Equal; i++ {
			if es[i].op == Delete {
				del += es[i].n
			} else {
				ins += es[i].n
			}
		}
		push(&out, Delete, del)
		push(&out, Insert, ins)
	}
	return out
}

func commonPrefix(a, b []int) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func commonSuffix(a, b []int) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

// snakeBudget bounds the work of one middle-snake search, in steps
// along diagonals times the input length. Beyond it the two texts are
// so different that they are taken as replaced as a whole, which keeps
// the worst case near-linear instead of quadratic.
const snakeBudget = 1e8

// middleSnake finds a point (x, y) on a shortest edit path from (0, 0)
// to (len(a), len(b)) such that both halves can be solved on their own.
// Both a and b must be non-empty. It gives up (ok false) when the edit
// distance exceeds what snakeBudget allows.
func middleSnake(a, b []int) (x, y int, ok bool) {
	n, m := len(a), len(b)
	maxD := min((n+m+1)/2, max(64, snakeBudget/(n+m)))
	off := maxD + 1
	size := 2*off + 1
	fwd := make([]int, size)
	bwd := make([]int, size)
	for i := range fwd {
		fwd[i], bwd[i] = -1, -1
	}
	fwd[off+1], bwd[off+1] = 0, 0
	delta := n - m
	odd := delta%2 != 0
	var fs, fe, bs, be int // k ranges that ran off the grid
	for d := 0; d <= maxD; d++ {
		for k := -d + fs; k <= d-fe; k += 2 {
			i := off + k
			var x1 int
			if k == -d || (k != d && fwd[i-1] < fwd[i+1]) {
				x1 = fwd[i+1]
			} else {
				x1 = fwd[i-1] + 1
			}
			y1 := x1 - k
			for x1 < n && y1 < m && a[x1] == b[y1] {
				x1++
				y1++
			}
			fwd[i] = x1
			switch {
			case x1 > n:
				fe += 2
			case y1 > m:
				fs += 2
			case odd:
				j := off + delta - k
				if j >= 0 && j < size && bwd[j] != -1 && x1 >= n-bwd[j] {
					return x1, y1, true
				}
			}
		}
		for k := -d + bs; k <= d-be; k += 2 {
			i := off + k
			var x2 int
			if k == -d || (k != d && bwd[i-1] < bwd[i+1]) {
				x2 = bwd[i+1]
			} else {
				x2 = bwd[i-1] + 1
			}
			y2 := x2 - k
			for x2 < n && y2 < m && a[n-1-x2] == b[m-1-y2] {
				x2++
				y2++
			}
			bwd[i] = x2
			switch {
			case x2 > n:
				be += 2
			case y2 > m:
				bs += 2
			case !odd:
				j := off + delta - k
				if j >= 0 && j < size && fwd[j] != -1 {
					x1 := fwd[j]
					y1 := x1 - (j - off)
					if x1 >= n-x2 {
						return x1, y1, true
					}
				}
			}
		}
	}
	return 0, 0, false
}

// MarshalText encodes the operation as its name.
func (o Op) MarshalText() ([]byte, error) { return []byte(o.String()), nil }

// UnmarshalText decodes an operation name written by MarshalText.
func (o *Op) UnmarshalText(b []byte) error {
	for _, c := range []Op{Equal, Insert, Delete} {
		if string(b) == c.String() {
			*o = c
			return nil
		}
	}
	return fmt.Errorf("history: unknown diff operation %q", b)
}
