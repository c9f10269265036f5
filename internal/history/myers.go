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
	s := &snakeSearch{a: a, b: b, n: n, m: m, off: maxD + 1, delta: n - m}
	s.fwd, s.bwd = make([]int, 2*s.off+1), make([]int, 2*s.off+1)
	for i := range s.fwd {
		s.fwd[i], s.bwd[i] = -1, -1
	}
	s.fwd[s.off+1], s.bwd[s.off+1] = 0, 0
	for d := 0; d <= maxD; d++ {
		if x, y, ok := s.forward(d); ok {
			return x, y, true
		}
		if x, y, ok := s.backward(d); ok {
			return x, y, true
		}
	}
	return 0, 0, false
}

// snakeSearch is the state of middleSnake: the furthest x reached on
// each diagonal k (index off+k) from the start (fwd) and from the end
// (bwd, counting back), and the diagonal ranges that left the grid.
type snakeSearch struct {
	a, b           []int
	n, m           int
	off, delta     int
	fwd, bwd       []int
	fs, fe, bs, be int
}

// reach returns where a path with d edits on diagonal k starts, taking
// the better of its neighbours in v.
func reach(v []int, i, k, d int) int {
	if k == -d || (k != d && v[i-1] < v[i+1]) {
		return v[i+1]
	}
	return v[i-1] + 1
}

// forward extends the forward paths with d edits and reports a point
// where one overlaps a backward path.
func (s *snakeSearch) forward(d int) (int, int, bool) {
	for k := -d + s.fs; k <= d-s.fe; k += 2 {
		i := s.off + k
		x := reach(s.fwd, i, k, d)
		y := x - k
		for x < s.n && y < s.m && s.a[x] == s.b[y] {
			x, y = x+1, y+1
		}
		s.fwd[i] = x
		switch {
		case x > s.n:
			s.fe += 2
		case y > s.m:
			s.fs += 2
		case s.delta%2 != 0:
			j := s.off + s.delta - k
			if j >= 0 && j < len(s.bwd) && s.bwd[j] != -1 && x >= s.n-s.bwd[j] {
				return x, y, true
			}
		}
	}
	return 0, 0, false
}

// backward extends the backward paths with d edits and reports a point
// where one overlaps a forward path.
func (s *snakeSearch) backward(d int) (int, int, bool) {
	for k := -d + s.bs; k <= d-s.be; k += 2 {
		i := s.off + k
		x := reach(s.bwd, i, k, d)
		y := x - k
		for x < s.n && y < s.m && s.a[s.n-1-x] == s.b[s.m-1-y] {
			x, y = x+1, y+1
		}
		s.bwd[i] = x
		switch {
		case x > s.n:
			s.be += 2
		case y > s.m:
			s.bs += 2
		case s.delta%2 == 0:
			j := s.off + s.delta - k
			if j >= 0 && j < len(s.fwd) && s.fwd[j] != -1 && s.fwd[j] >= s.n-x {
				return s.fwd[j], s.fwd[j] - (j - s.off), true
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
