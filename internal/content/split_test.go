package content

import (
	"bytes"
	"errors"
	"testing"
)

func TestSplitFrontMatter(t *testing.T) {
	for _, tc := range []struct {
		src                 string
		front, body         string
		noFront             bool
		frontLine, bodyLine int
	}{
		{src: "---\ntitle: A\n---\n# Isi\n", front: "title: A\n", body: "# Isi\n", frontLine: 2, bodyLine: 4},
		{src: "---\r\ntitle: A\r\n---\r\nIsi", front: "title: A\r\n", body: "Isi", frontLine: 2, bodyLine: 4},
		{src: "\xEF\xBB\xBF---\ntitle: A\n---\nIsi", front: "title: A\n", body: "Isi", frontLine: 2, bodyLine: 4},
		{src: "--- \ntitle: A\n---\t\nIsi", front: "title: A\n", body: "Isi", frontLine: 2, bodyLine: 4},
		{src: "---\n---\n", front: "", body: "", frontLine: 2, bodyLine: 3},
		{src: "---\n---", front: "", body: "", frontLine: 2, bodyLine: 2},
		{src: "---\na: 1\n\nb: 2\n---\n\n\nIsi\n", front: "a: 1\n\nb: 2\n", body: "\n\nIsi\n", frontLine: 2, bodyLine: 6},
		{src: "", noFront: true, body: "", bodyLine: 1},
		{src: "# Judul\n---\nx\n---\n", noFront: true, body: "# Judul\n---\nx\n---\n", bodyLine: 1},
		{src: "\xEF\xBB\xBF# Judul\n", noFront: true, body: "# Judul\n", bodyLine: 1},
		{src: "----\na\n---\n", noFront: true, body: "----\na\n---\n", bodyLine: 1},
	} {
		front, frontLine, body, bodyLine, err := SplitFrontMatter([]byte(tc.src))
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		if (front == nil) != tc.noFront || string(front) != tc.front || string(body) != tc.body ||
			frontLine != tc.frontLine || bodyLine != tc.bodyLine {
			t.Errorf("%q: got front %q (nil %v) line %d, body %q line %d; want %q (nil %v) line %d, %q line %d",
				tc.src, front, front == nil, frontLine, body, bodyLine,
				tc.front, tc.noFront, tc.frontLine, tc.body, tc.bodyLine)
		}
	}
}

func TestSplitFrontMatterUnclosed(t *testing.T) {
	for _, src := range []string{"---", "---\n", "---\ntitle: A\n", "\xEF\xBB\xBF---\r\ntitle: A\r\n--\r\n"} {
		front, _, body, bodyLine, err := SplitFrontMatter([]byte(src))
		var fe *FrontMatterError
		if !errors.As(err, &fe) || fe.Line != 1 {
			t.Errorf("%q: err = %v, want a *FrontMatterError at line 1", src, err)
		}
		if front != nil || !bytes.Equal(body, bytes.TrimPrefix([]byte(src), bom)) || bodyLine != 1 {
			t.Errorf("%q: got front %q, body %q line %d; want nil front, the whole file as body", src, front, body, bodyLine)
		}
	}
}

func FuzzSplitFrontMatter(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: A\n---\n# Isi\n",
		"---\r\ntitle: A\r\n---\r\nIsi\r\n",
		"\xEF\xBB\xBF---\ntitle: A\n---\nIsi",
		"---\ntitle: tidak ditutup\n",
		"",
		"---\n---\n",
		"---\n---",
		"---",
		"# Judul\n\n---\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		front, frontLine, body, bodyLine, err := SplitFrontMatter(src)
		text := bytes.TrimPrefix(src, bom)
		if err != nil {
			return
		}
		if !bytes.HasSuffix(text, body) {
			t.Fatalf("body %q is not the end of the input %q", body, src)
		}
		head := text[:len(text)-len(body)]
		if want := 1 + bytes.Count(head, []byte("\n")); bodyLine != want {
			t.Fatalf("bodyLine = %d, want %d for %q", bodyLine, want, src)
		}
		if front == nil {
			if len(head) != 0 || frontLine != 0 {
				t.Fatalf("no front matter, but body does not start the input: %q", src)
			}
			return
		}
		checkRejoin(t, head, front, frontLine)
	})
}

// checkRejoin checks that head, the input before the body, is exactly an
// opening fence line, front, and a closing fence line.
func checkRejoin(t *testing.T, head, front []byte, frontLine int) {
	t.Helper()
	open, rest, ok := cutLine(head)
	if !ok || !isFence(open) || frontLine != 2 {
		t.Fatalf("head %q does not start with a fence line (frontLine %d)", head, frontLine)
	}
	closing, ok := bytes.CutPrefix(rest, front)
	if !ok {
		t.Fatalf("front %q does not follow the opening fence in %q", front, head)
	}
	line, tail, _ := cutLine(closing)
	if !isFence(line) || len(tail) != 0 {
		t.Fatalf("front %q is not followed by exactly one fence line: %q", front, closing)
	}
	for rest := front; len(rest) > 0; {
		var l []byte
		l, rest, _ = cutLine(rest)
		if isFence(l) {
			t.Fatalf("front %q holds a fence line: it should have closed the front matter", front)
		}
	}
	if len(front) > 0 && front[len(front)-1] != '\n' {
		t.Fatalf("front %q does not end a line", front)
	}
}
