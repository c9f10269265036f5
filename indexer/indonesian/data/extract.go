//go:build ignore

// Extract writes the root-word list embedded in the sastrawijs npm bundle
// to stdout, sorted and de-duplicated, one word per line.
//
// Usage (see README.md):
//
//	go run extract.go /tmp/sw/package/dist/sastrawijs.esm.mjs > roots.txt
//
// The bundle opens with the dictionary as its first array literal,
// `var a=["aba","abad",...]`; this program decodes exactly that literal as
// JSON and rejects anything that does not look like a word list.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run extract.go path/to/sastrawijs.esm.mjs")
		os.Exit(2)
	}
	words, err := extract(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "extract:", err)
		os.Exit(1)
	}
	fmt.Print(strings.Join(words, "\n") + "\n")
}

func extract(path string) ([]string, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	const open = "var a=["
	i := bytes.Index(src, []byte(open))
	if i < 0 {
		return nil, fmt.Errorf("%s: no %q found", path, open)
	}
	i += len(open) - 1
	j := bytes.IndexByte(src[i:], ']')
	if j < 0 {
		return nil, fmt.Errorf("%s: unterminated word array", path)
	}
	var words []string
	if err := json.Unmarshal(src[i:i+j+1], &words); err != nil {
		return nil, fmt.Errorf("%s: word array: %v", path, err)
	}
	if len(words) < 20000 {
		return nil, fmt.Errorf("%s: only %d words; not the dictionary", path, len(words))
	}
	for k, w := range words {
		words[k] = strings.ToLower(strings.TrimSpace(w))
	}
	slices.Sort(words)
	return slices.Compact(words), nil
}
