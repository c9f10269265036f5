package history

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// DefaultStoreDir is where a site keeps its history, relative to the site
// folder. It is hidden and never published.
const DefaultStoreDir = ".pustaka/history"

// Store is an append-only, content-addressed history of documents in a
// folder:
//
//	blobs/ab/abcdef...   each distinct source once, named by its SHA-256
//	logs/<path>.log      one line per version of the document at <path>
//
// A log line is {"sum":"<crc32c of entry>","entry":{...}}. Blobs are
// written to a temporary file, synced, renamed into place and their
// folder synced before the log line is appended and synced, so a crash
// leaves at worst an unreferenced temporary file or a truncated last log
// line; Versions reports and skips such entries, and Record keeps
// working after them.
//
// A Store is safe for concurrent use by one process: the records and
// reads of one document are serialised, those of different documents run
// in parallel (a first build records thousands). It remembers the last
// entry of each document, so Record of unchanged content costs a hash;
// other processes appending to the same logs meanwhile may cause a
// duplicate entry, never a lost or corrupt one.
type Store struct {
	dir   string
	paths [pathStripes]sync.Mutex // serialise the log of a path, chosen by its hash
	batch sync.RWMutex            // held by Record for reading, by Defer and Flush for writing

	mu       sync.Mutex
	last     map[string]entry // path -> last valid entry; guarded by mu
	n        map[string]int   // path -> number of valid entries, where known; guarded by mu
	unsynced []string         // files and folders written while deferred; guarded by mu

	deferred bool // between Defer and Flush: writes are not synced one by one; guarded by batch
}

// pathStripes is the number of locks the logs of all paths share.
const pathStripes = 64

// lockPath locks the log of path and returns the unlock.
func (s *Store) lockPath(path string) func() {
	m := &s.paths[crc32.ChecksumIEEE([]byte(path))%pathStripes]
	m.Lock()
	return m.Unlock
}

// Meta describes a version being recorded. A zero Date means now.
type Meta struct {
	Label, Status, Author, Message string
	Date                           time.Time
}

// entry is the JSON form of one log line's version.
type entry struct {
	SHA256  string    `json:"sha256"`
	Size    int       `json:"size"`
	Path    string    `json:"path"`
	Label   string    `json:"label,omitempty"`
	Status  string    `json:"status,omitempty"`
	Author  string    `json:"author,omitempty"`
	Message string    `json:"message,omitempty"`
	Date    time.Time `json:"date"`
}

type logLine struct {
	Sum   string          `json:"sum"`
	Entry json.RawMessage `json:"entry"`
}

// checksum returns the CRC-32C of a log entry as 8 hex digits.
func checksum(b []byte) string {
	return fmt.Sprintf("%08x", crc32.Checksum(b, crc32.MakeTable(crc32.Castagnoli)))
}

// EntryError is a log entry that cannot be used: truncated, corrupt, or
// pointing at a missing or corrupt blob.
type EntryError struct {
	File string // the log file
	Line int    // 1-based
	Err  error
}

// Error returns "file:line: reason".
func (e *EntryError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

// Unwrap returns the reason.
func (e *EntryError) Unwrap() error { return e.Err }

// OpenStore opens the store in dir, creating it when missing.
func OpenStore(dir string) (*Store, error) {
	for _, sub := range []string{"blobs", "logs"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return nil, fmt.Errorf("history: open store: %w", err)
		}
	}
	return &Store{dir: dir, last: map[string]entry{}, n: map[string]int{}}, nil
}

// Record stores src as the newest version of the document at path (a
// slash-separated path such as "content/kebijakan/x.md") unless it equals
// the last recorded version, and returns that newest version; recorded
// says whether a new entry was written. A last version whose blob went
// missing is repaired in passing.
func (s *Store) Record(path string, src []byte, meta Meta) (v Version, recorded bool, err error) {
	if !fs.ValidPath(path) || path == "." {
		return Version{}, false, fmt.Errorf("history: record %q: invalid path", path)
	}
	s.batch.RLock()
	defer s.batch.RUnlock()
	defer s.lockPath(path)()
	sum := sha256.Sum256(src)
	hexSum := hex.EncodeToString(sum[:])
	last, ok := s.lastEntry(path)
	if ok && last.SHA256 == hexSum {
		if st, err := os.Stat(s.blobPath(hexSum)); err != nil || st.Size() != int64(len(src)) {
			if err := s.ensureBlob(hexSum, src); err != nil {
				return Version{}, false, err
			}
		}
		return last.version(src), false, nil
	}
	if meta.Date.IsZero() {
		meta.Date = time.Now()
	}
	e := entry{SHA256: hexSum, Size: len(src), Path: path, Label: meta.Label, Status: meta.Status,
		Author: meta.Author, Message: meta.Message, Date: meta.Date.UTC()}
	if err := s.ensureBlob(hexSum, src); err != nil {
		return Version{}, false, err
	}
	if err := s.appendLog(path, e); err != nil {
		return Version{}, false, err
	}
	s.mu.Lock()
	s.last[path] = e
	if n, known := s.n[path]; known {
		s.n[path] = n + 1
	}
	s.mu.Unlock()
	return e.version(src), true, nil
}

func (e entry) version(src []byte) Version {
	return Version{ID: "h:" + e.SHA256[:16], Label: e.Label, Date: e.Date, Author: e.Author,
		Message: e.Message, Status: e.Status, Source: src, Path: e.Path}
}

func (s *Store) blobPath(hexSum string) string {
	return filepath.Join(s.dir, "blobs", hexSum[:2], hexSum)
}

func (s *Store) logPath(path string) string {
	return filepath.Join(s.dir, "logs", filepath.FromSlash(path)+".log")
}

// lastEntry returns the last valid entry of path's log, from memory or
// from the log. The caller holds path's lock.
func (s *Store) lastEntry(path string) (entry, bool) {
	s.mu.Lock()
	e, ok := s.last[path]
	s.mu.Unlock()
	if ok {
		return e, true
	}
	es, _ := s.readLog(path)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.n[path] = len(es)
	if len(es) == 0 {
		return entry{}, false
	}
	s.last[path] = es[len(es)-1].entry
	return es[len(es)-1].entry, true
}

// Last returns the SHA-256 (hex) of the newest recorded version of path
// and how many versions are recorded, without reading any version: a
// build uses it to skip documents that have a single version.
func (s *Store) Last(path string) (sha256Hex string, n int) {
	defer s.lockPath(path)()
	e, ok := s.lastEntry(path)
	if !ok {
		return "", 0
	}
	s.mu.Lock()
	n, known := s.n[path]
	s.mu.Unlock()
	if !known {
		es, _ := s.readLog(path)
		n = len(es)
		s.mu.Lock()
		s.n[path] = n
		s.mu.Unlock()
	}
	return e.SHA256, n
}

// Versions returns the recorded versions of the document at path, oldest
// first. Entries that are truncated, fail their checksum or whose blob is
// missing or corrupt are left out and reported as *EntryError naming the
// log file and line. A document never recorded has no versions and no
// errors. Versions waits for a Record in progress in the same process.
func (s *Store) Versions(path string) ([]Version, []error) {
	if !fs.ValidPath(path) || path == "." {
		return nil, []error{fmt.Errorf("history: versions %q: invalid path", path)}
	}
	unlock := s.lockPath(path)
	es, errs := s.readLog(path)
	unlock()
	var vs []Version
	for _, e := range es {
		src, err := s.readBlob(e.SHA256)
		if err != nil {
			errs = append(errs, &EntryError{File: s.logPath(path), Line: e.line, Err: err})
			continue
		}
		vs = append(vs, e.version(src))
	}
	return vs, errs
}

// Log returns the recorded versions of path as Versions does, but without
// reading their sources: each has Sum and a nil Source, for Load. A
// history that shows a few of many versions reads only those. Entries
// whose log line is damaged are left out and reported; a missing or
// corrupt blob shows when its version is loaded.
func (s *Store) Log(path string) ([]Version, []error) {
	if !fs.ValidPath(path) || path == "." {
		return nil, []error{fmt.Errorf("history: log %q: invalid path", path)}
	}
	unlock := s.lockPath(path)
	es, errs := s.readLog(path)
	unlock()
	vs := make([]Version, len(es))
	for i, e := range es {
		vs[i] = e.version(nil)
		vs[i].Sum = e.SHA256
	}
	return vs, errs
}

// Load reads the source of a version from Log into v.Source, checking its
// checksum. A version that has its source already is left alone.
func (s *Store) Load(v *Version) error {
	if v.Source != nil || v.Sum == "" {
		return nil
	}
	if _, err := hex.DecodeString(v.Sum); err != nil || len(v.Sum) != 64 {
		return fmt.Errorf("history: %s: invalid checksum %q", v.Path, v.Sum)
	}
	src, err := s.readBlob(v.Sum)
	if err != nil {
		return fmt.Errorf("history: %s: %w", v.Path, err)
	}
	v.Source = src
	return nil
}

// readBlob returns the blob with the given hash after checking it.
func (s *Store) readBlob(hexSum string) ([]byte, error) {
	src, err := os.ReadFile(s.blobPath(hexSum))
	if err != nil {
		return nil, fmt.Errorf("blob %s: %w", hexSum[:16], err)
	}
	if sum := sha256.Sum256(src); hex.EncodeToString(sum[:]) != hexSum {
		return nil, fmt.Errorf("blob %s is corrupt", hexSum[:16])
	}
	return src, nil
}

// numbered is a log entry with its line number.
type numbered struct {
	entry
	line int
}

// readLog parses the log of path, returning the entries whose checksum
// holds and an *EntryError for every other non-empty line.
func (s *Store) readLog(path string) ([]numbered, []error) {
	file := s.logPath(path)
	data, err := os.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, []error{fmt.Errorf("history: %w", err)}
	}
	var es []numbered
	var errs []error
	lines := bytes.Split(data, []byte("\n"))
	for i, line := range lines {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if i == len(lines)-1 {
			errs = append(errs, &EntryError{File: file, Line: i + 1, Err: errors.New("truncated entry (no end of line)")})
			continue
		}
		e, err := parseLine(line)
		if err != nil {
			errs = append(errs, &EntryError{File: file, Line: i + 1, Err: err})
			continue
		}
		es = append(es, numbered{e, i + 1})
	}
	return es, errs
}

func parseLine(line []byte) (entry, error) {
	var l logLine
	if err := json.Unmarshal(line, &l); err != nil {
		return entry{}, fmt.Errorf("corrupt entry: %v", err)
	}
	if want := checksum(l.Entry); l.Sum != want {
		return entry{}, fmt.Errorf("checksum mismatch: entry sums to %s, line says %q", want, l.Sum)
	}
	var e entry
	if err := json.Unmarshal(l.Entry, &e); err != nil {
		return entry{}, fmt.Errorf("corrupt entry: %v", err)
	}
	if len(e.SHA256) != 64 || strings.Trim(e.SHA256, "0123456789abcdef") != "" {
		return entry{}, fmt.Errorf("corrupt entry: bad sha256 %q", e.SHA256)
	}
	return e, nil
}
