package indexer

import (
	"bytes"
	"compress/flate"
	"crypto/sha256"
	"encoding/binary"
	"io"
	"slices"
	"strings"
)

// The hash table (URL -> content hash of every indexed document) lives
// in one internal key of the index, written with every batch so that a
// batch and its hashes persist together. scorch copies the internal
// values into every snapshot it persists and keeps a few snapshots, and
// its bolt file never shrinks below the most it ever held: at 10,000
// pages the table as "URL<TAB>hex hash" lines (1.47 MB) left a 16 MB
// root.bolt, a tenth of the index. The table is therefore kept small:
// each hash as an 8-byte digest (a change goes unnoticed with
// probability 2^-64), the URLs sorted and each stored as the length of
// the prefix it shares with the one before plus the rest, all of it
// deflated.
//
//	hashesMagic deflate( { uvarint(shared) uvarint(len(rest)) rest digest[8] }* )
//
// A table in the older line format is still read (its hashes digested),
// so an index made before needs no rebuild.

// hashesMagic starts a table in the compact format; a URL cannot start
// with a zero byte, so no table of lines does.
const hashesMagic = "\x00pustaka.hashes.2\n"

// digestLen is the length of a hash digest.
const digestLen = 8

// digest returns the value ix.hashes keeps for a content hash: the
// first 8 bytes of its SHA-256. It is never "", which marks a deletion.
func digest(h string) string {
	sum := sha256.Sum256([]byte(h))
	return string(sum[:digestLen])
}

// encodeHashes returns the table of hashes (URL -> digest) with pending
// applied (a "" digest deletes the URL).
func encodeHashes(hashes, pending map[string]string) []byte {
	urls := make([]string, 0, len(hashes)+len(pending))
	for url := range hashes {
		if _, ok := pending[url]; !ok {
			urls = append(urls, url)
		}
	}
	for url, h := range pending {
		if h != "" {
			urls = append(urls, url)
		}
	}
	slices.Sort(urls)
	raw := make([]byte, 0, len(urls)*24)
	prev := ""
	for _, url := range urls {
		h, ok := pending[url]
		if !ok {
			h = hashes[url]
		}
		shared := commonPrefix(prev, url)
		raw = binary.AppendUvarint(raw, uint64(shared))
		raw = binary.AppendUvarint(raw, uint64(len(url)-shared))
		raw = append(raw, url[shared:]...)
		raw = append(raw, h...)
		prev = url
	}
	var out bytes.Buffer
	out.WriteString(hashesMagic)
	w, _ := flate.NewWriter(&out, flate.DefaultCompression) // the level is valid
	w.Write(raw)                                            // a bytes.Buffer does not fail
	w.Close()
	return out.Bytes()
}

// commonPrefix returns the length of the longest common prefix of a and b.
func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// decodeHashes parses a table written by encodeHashes, or by the line
// format before it. A damaged table yields the entries read before the
// damage: their documents count as changed and are indexed again.
func decodeHashes(data []byte) map[string]string {
	m := map[string]string{}
	rest, ok := bytes.CutPrefix(data, []byte(hashesMagic))
	if !ok {
		for _, line := range strings.Split(string(data), "\n") {
			if url, h, ok := strings.Cut(line, "\t"); ok {
				m[url] = digest(h)
			}
		}
		return m
	}
	raw, _ := io.ReadAll(flate.NewReader(bytes.NewReader(rest))) // on error: what was read
	prev := ""
	for len(raw) > 0 {
		shared, k := binary.Uvarint(raw)
		if k <= 0 || shared > uint64(len(prev)) {
			break
		}
		raw = raw[k:]
		n, k := binary.Uvarint(raw)
		if k <= 0 || uint64(len(raw)-k) < n+digestLen {
			break
		}
		raw = raw[k:]
		url := prev[:shared] + string(raw[:n])
		m[url] = string(raw[n : n+digestLen])
		raw = raw[n+digestLen:]
		prev = url
	}
	return m
}

// applyHashes applies pending changes to hashes.
func applyHashes(hashes, pending map[string]string) {
	for url, h := range pending {
		if h == "" {
			delete(hashes, url)
		} else {
			hashes[url] = h
		}
	}
}
