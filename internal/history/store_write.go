package history

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// ensureBlob makes sure the blob of src exists and is intact, writing it
// atomically when it is not.
func (s *Store) ensureBlob(hexSum string, src []byte) error {
	if old, err := os.ReadFile(s.blobPath(hexSum)); err == nil && bytes.Equal(old, src) {
		return nil
	}
	return s.writeAtomic(s.blobPath(hexSum), src)
}

// writeAtomic writes data to file through a synced temporary file in the
// same folder, renamed into place, and syncs the folder (or, between Defer
// and Flush, leaves both to Flush).
func (s *Store) writeAtomic(file string, data []byte) (err error) {
	defer wrap(&err, "write %s", file)
	dir := filepath.Dir(file)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // fails harmlessly after the rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if !s.deferred {
		if err := tmp.Sync(); err != nil {
			tmp.Close()
			return err
		}
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), file); err != nil {
		return err
	}
	return s.synced(dir, file)
}

// synced syncs dir, or while deferred notes file and dir for Flush.
func (s *Store) synced(dir, file string) error {
	if s.deferred {
		s.mu.Lock()
		s.unsynced = append(s.unsynced, file, dir)
		s.mu.Unlock()
		return nil
	}
	return syncDir(dir)
}

// Defer starts a batch of records whose writes are made durable together
// by Flush rather than one by one: a first build that records thousands of
// documents then waits for the disk once. Until Flush, a crash may lose
// the batch's newest entries, never older ones; what a crash leaves
// half-written is detected and skipped like any damaged entry, and the
// documents, still on disk, are recorded again by the next build.
func (s *Store) Defer() {
	s.batch.Lock()
	s.deferred = true
	s.batch.Unlock()
}

// Flush makes every write since Defer durable and ends the batch; it
// waits for the records in progress.
func (s *Store) Flush() error {
	s.batch.Lock()
	defer s.batch.Unlock()
	s.mu.Lock()
	files := s.unsynced
	s.unsynced = nil
	s.mu.Unlock()
	s.deferred = false
	if len(files) == 0 {
		return nil
	}
	return syncAll(s.dir, files)
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// appendLog appends one checksummed entry line to the log of path and
// syncs it. When the log ends in a truncated line, the new line starts
// on a line of its own.
func (s *Store) appendLog(path string, e entry) (err error) {
	file := s.logPath(path)
	defer wrap(&err, "append %s", file)
	raw, err := json.Marshal(e)
	if err != nil {
		return err
	}
	line, err := json.Marshal(logLine{Sum: checksum(raw), Entry: raw})
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(file, os.O_RDWR|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	defer f.Close()
	if endsMidLine(f) {
		line = append([]byte("\n"), line...)
	}
	if _, err := f.Write(append(line, '\n')); err != nil {
		return err
	}
	if !s.deferred {
		if err := f.Sync(); err != nil {
			return err
		}
	}
	return s.synced(filepath.Dir(file), file)
}

// endsMidLine reports whether f is non-empty and does not end in "\n".
func endsMidLine(f *os.File) bool {
	st, err := f.Stat()
	if err != nil || st.Size() == 0 {
		return false
	}
	b := make([]byte, 1)
	_, err = f.ReadAt(b, st.Size()-1)
	return err != nil && err != io.EOF || b[0] != '\n'
}

// wrap prefixes a non-nil error with "history: " and the formatted
// context.
func wrap(err *error, format string, args ...any) {
	if *err != nil {
		*err = fmt.Errorf("history: %s: %w", fmt.Sprintf(format, args...), *err)
	}
}
