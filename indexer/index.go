package indexer

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	bolterrors "go.etcd.io/bbolt/errors"
)

// Files inside Options.Path.
const (
	bleveDir    = "bleve"
	versionFile = "version"
)

// Index is an open search index. Search may be called concurrently;
// Update and Sync are serialised.
type Index struct {
	bi        bleve.Index
	path      string // "" for an in-memory index
	syn       *synonyms
	logf      func(format string, args ...any)
	fc        facetCache  // facet counts of recent searches; its generation counts index changes
	rc        resultCache // results of recent searches
	gate      *gate       // admits Options.Searches uncached searches at a time
	dfc       dfCache     // document frequencies of the terms of recent page queries
	ic        impactCache // bounds of the terms of recent page queries (pagetop.go)
	ft        facetTables // facet values of the documents of the latest snapshot
	pipe      *idPipeline // our Indonesian analysis, shared by the fields of a document; nil with a baseline analyzer (see ours)
	batch     int         // Options.Batch
	noCompact bool        // Options.NoCompact
	readOnly  bool        // Options.ReadOnly

	mu     sync.Mutex        // serialises Update and Sync
	stale  bool              // guarded by mu
	hashes map[string]string // URL -> content hash of the indexed documents; guarded by mu
}

// Open opens the index at opts.Path, or creates it. An index that is
// missing, unreadable, or was built with another mapping, stemmer
// version or set of site roots is recreated empty and reported through
// opts.Logf; Stale then reports true until a Sync. An empty Path gives
// an in-memory index, which starts stale.
func Open(opts Options) (*Index, error) {
	im, err := buildMapping(opts)
	if err != nil {
		return nil, err
	}
	syn, err := loadSynonyms(opts.Synonyms)
	if err != nil {
		return nil, err
	}
	ix := &Index{path: opts.Path, syn: syn, logf: opts.Logf, batch: cmp.Or(opts.Batch, DefaultBatch), noCompact: opts.NoCompact, gate: newGate(opts.Searches)}
	if opts.Analyzer == "" {
		if ix.pipe, err = newIDPipeline(im); err != nil {
			return nil, err
		}
	}
	if ix.logf == nil {
		ix.logf = func(string, ...any) {}
	}
	if opts.Path == "" {
		// scorch, like on disk: the default in-memory index type cannot
		// match fuzzily.
		ix.bi, err = bleve.NewUsing("", im, scorch.Name, scorch.Name, nil)
		ix.stale, ix.hashes = true, map[string]string{}
		return ix, err
	}
	ix.readOnly = opts.ReadOnly
	ix.bi, ix.stale, err = openDir(opts, im, versionKey(opts), ix.logf)
	if err != nil {
		return nil, err
	}
	data, err := ix.bi.GetInternal([]byte(hashesKey))
	if err != nil {
		ix.bi.Close()
		return nil, fmt.Errorf("indexer: %w", err)
	}
	ix.hashes = decodeHashes(data)
	return ix, nil
}

// openDir opens the bleve index below opts.Path, recreating it when its
// version file differs from want or bleve cannot open it (not with
// opts.ReadOnly: then that is an error wrapping ErrNoIndex). Another
// process's lock is never broken: after opts.LockTimeout it is an error
// wrapping ErrLocked.
func openDir(opts Options, im mapping.IndexMapping, want string, logf func(string, ...any)) (bleve.Index, bool, error) {
	dir := opts.Path
	path := filepath.Join(dir, bleveDir)
	have, err := os.ReadFile(filepath.Join(dir, versionFile))
	reason := ""
	switch {
	case errors.Is(err, os.ErrNotExist):
		reason = "no index yet"
	case err != nil:
		return nil, false, fmt.Errorf("indexer: %w", err)
	case strings.TrimSpace(string(have)) != want:
		reason = fmt.Sprintf("built with %q, need %q", strings.TrimSpace(string(have)), want)
	}
	if reason == "" {
		bi, oerr := openBleve(path, opts.ReadOnly, opts.LockTimeout)
		if oerr == nil {
			if _, cerr := bi.DocCount(); cerr == nil {
				return bi, false, nil
			}
			bi.Close()
		}
		if errors.Is(oerr, ErrLocked) {
			return nil, false, oerr
		}
		reason = fmt.Sprintf("cannot open: %v", oerr)
	} else if err := probeLock(path, opts.LockTimeout); err != nil {
		return nil, false, err // an index of another version, open in another process: leave it alone
	}
	if opts.ReadOnly {
		return nil, false, fmt.Errorf("%w in %s (%s)", ErrNoIndex, dir, reason)
	}
	if errors.Is(err, os.ErrNotExist) {
		logf("indexer: creating the search index in %s", dir)
	} else {
		logf("indexer: rebuilding the search index in %s (%s)", dir, reason)
	}
	bi, err := create(dir, path, im, want)
	return bi, true, err
}

// openBleve opens the bleve index at path, waiting at most timeout (0:
// for ever) for another process's lock.
func openBleve(path string, readOnly bool, timeout time.Duration) (bleve.Index, error) {
	cfg := map[string]any{}
	if readOnly {
		cfg["read_only"] = true
	}
	if timeout > 0 {
		cfg["bolt_timeout"] = timeout.String()
	}
	bi, err := bleve.OpenUsing(path, cfg)
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("%w (%s)", ErrLocked, filepath.Join(path, "store", "root.bolt"))
	}
	return bi, err
}

// probeLock fails with ErrLocked when the bleve index at path, if there
// is one, is open in another process.
func probeLock(path string, timeout time.Duration) error {
	if _, err := os.Stat(filepath.Join(path, "index_meta.json")); err != nil {
		return nil
	}
	bi, err := openBleve(path, true, cmp.Or(timeout, 100*time.Millisecond))
	if err == nil {
		bi.Close()
	}
	if errors.Is(err, ErrLocked) {
		return err
	}
	return nil
}

// create replaces the index at path by an empty one and records its version.
func create(dir, path string, im mapping.IndexMapping, version string) (bleve.Index, error) {
	vf := filepath.Join(dir, versionFile)
	if err := os.Remove(vf); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("indexer: %w", err)
	}
	if err := os.RemoveAll(path); err != nil {
		return nil, fmt.Errorf("indexer: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("indexer: %w", err)
	}
	bi, err := bleve.New(path, im)
	if err != nil {
		return nil, fmt.Errorf("indexer: create %s: %w", path, err)
	}
	if err := writeFileAtomic(vf, []byte(version+"\n")); err != nil {
		bi.Close()
		return nil, err
	}
	return bi, nil
}

// writeFileAtomic writes data to a temporary file and renames it to name.
func writeFileAtomic(name string, data []byte) error {
	tmp := name + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return fmt.Errorf("indexer: %w", err)
	}
	if err := os.Rename(tmp, name); err != nil {
		return fmt.Errorf("indexer: %w", err)
	}
	return nil
}

// ours reports whether Indonesian text goes through our analyzer (not a
// baseline such as "standard"): its body then also indexes adjacent
// term pairs and stores its term locations instead of term vectors.
func (ix *Index) ours() bool { return ix.pipe != nil }

// Stale reports whether the index was (re)created empty by Open and has
// not been filled by Sync since: the caller must index the full site.
func (ix *Index) Stale() bool {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.stale
}

// Close closes the index.
func (ix *Index) Close() error {
	return ix.bi.Close()
}

// Written returns when the index on disk at path was last written to
// (the latest modification time of its files), or the zero time when
// there is no index there.
func Written(path string) time.Time {
	var last time.Time
	filepath.WalkDir(filepath.Join(path, bleveDir), func(_ string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if fi, err := d.Info(); err == nil && fi.ModTime().After(last) {
			last = fi.ModTime()
		}
		return nil
	})
	return last
}
