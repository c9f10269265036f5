package service

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"time"

	"github.com/tubei/pustaka/indexer"
	"github.com/tubei/pustaka/internal/config"
	"github.com/tubei/pustaka/internal/process"

	"github.com/tubei/pustaka/internal/message"
)

// holderFile, in the search index's folder, names the process that has
// the index open for writing: a server keeps it open as long as it runs,
// a build for its last phase. Other commands read it to say who holds
// the index, and `pustaka search` to ask a running server instead.
const holderFile = "holder.json"

// Holder is the process that has a site's search index open for writing,
// as it describes itself in holderFile.
type Holder struct {
	PID     int       `json:"pid"`
	Command string    `json:"command"`        // "serve" or "build"
	Addr    string    `json:"addr,omitempty"` // serve: the address it listens on
	Since   time.Time `json:"since"`
	// Stopping: the server is shutting down and will release the index
	// soon; a command waits for it instead of refusing.
	Stopping bool `json:"stopping,omitempty"`
}

// serving reports whether h is a server that holds the index until it is
// stopped.
func (h *Holder) serving() bool { return h != nil && h.Command == "serve" && !h.Stopping }

// String describes the holder for a message, e.g.
// "pustaka serve (pid 4211, http://localhost:8080/)".
func (h *Holder) String() string {
	if h.Addr != "" {
		return fmt.Sprintf("pustaka %s (pid %d, %s)", h.Command, h.PID, h.URL())
	}
	return fmt.Sprintf("pustaka %s (pid %d)", h.Command, h.PID)
}

// URL is the base URL of a serving holder: its address, with a host
// that reaches it from this machine.
func (h *Holder) URL() string {
	host, port, err := net.SplitHostPort(h.Addr)
	if err != nil {
		return "http://" + h.Addr + "/"
	}
	switch host {
	case "", "0.0.0.0", "::":
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}

// readHolder reads the holder file of the index folder dir; nil when
// there is none or the process it names is gone.
func readHolder(dir string) *Holder {
	b, err := os.ReadFile(filepath.Join(dir, holderFile))
	if err != nil {
		return nil
	}
	var h Holder
	if json.Unmarshal(b, &h) != nil || h.PID <= 0 || !process.Alive(h.PID) {
		return nil
	}
	return &h
}

// writeHolder records this process as the holder of the index folder dir.
func writeHolder(dir string, h *Holder) error {
	b, err := json.Marshal(h)
	if err != nil {
		return err
	}
	tmp := filepath.Join(dir, fmt.Sprintf(".%s.%d", holderFile, h.PID))
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, filepath.Join(dir, holderFile))
}

// removeHolder removes the holder file of dir if it names this process.
func removeHolder(dir string) {
	p := filepath.Join(dir, holderFile)
	b, err := os.ReadFile(p)
	if err != nil {
		return
	}
	var h Holder
	if json.Unmarshal(b, &h) == nil && h.PID == os.Getpid() {
		os.Remove(p)
	}
}

// LockedError is the error of a command that needs the search index while
// another process has it open for writing.
type LockedError struct {
	Index  string       // the index folder, as configured (".pustaka/index")
	Holder *Holder      // nil when the holder did not say who it is
	Hint   message.Text // what to do, one clause
}

// Error words e in English.
func (e *LockedError) Error() string { return e.Text().String() }

// Text is the message of e, worded where it is shown.
func (e *LockedError) Text() message.Text {
	who := message.New(message.OtherProcess)
	if e.Holder != nil {
		who = message.Raw(e.Holder.String())
	}
	msg := message.New(message.IndexHeld, e.Index, who)
	if !e.Hint.IsZero() {
		msg = message.New(message.HintAfter, msg, e.Hint)
	}
	return msg
}

// Unwrap makes errors.Is(err, indexer.ErrLocked) true.
func (e *LockedError) Unwrap() error { return indexer.ErrLocked }

// Waiting for another process's hold on the index.
const (
	// lockTry is how long one attempt to open the index waits for the
	// lock: short, so that a stopped command stops at once.
	lockTry = 200 * time.Millisecond
	// LockWait is how long a command waits for a short-lived holder (a
	// build) before it gives up.
	LockWait = 2 * time.Minute
)

// openWaiting opens the index with o, waiting while another process has
// it open for at most wait, and saying once what it waits for. A server
// holding it is not waited for (it holds it until stopped): the error
// names it at once, as it does a holder still there after wait or a
// stopped ctx.
func (s *Service) openWaiting(ctx context.Context, o indexer.Options, name string, wait time.Duration) (*indexer.Index, error) {
	o.LockTimeout = lockTry
	deadline := time.Now().Add(wait)
	said := false
	for {
		ix, err := indexer.Open(o)
		if !errors.Is(err, indexer.ErrLocked) {
			return ix, err
		}
		h := readHolder(o.Path)
		le := &LockedError{Index: name, Holder: h}
		switch {
		case h.serving():
			return nil, le
		case ctx.Err() != nil:
			return nil, ctx.Err()
		case time.Now().After(deadline):
			le.Hint = message.New(message.HintWaited, wait.Round(time.Second))
			return nil, le
		case !said:
			said = true
			s.say(message.Waiting, le.Text(), wait.Round(time.Second))
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// lockHint says what to do about the holder h of the index, for the
// command this service runs.
func (s *Service) lockHint(h *Holder) message.Text {
	switch {
	case h == nil:
		return message.New(message.HintWaitProcess)
	case h.Command != "serve":
		return message.New(message.HintWait)
	case s.holder != nil && s.holder.Command == "serve":
		return message.New(message.HintServing, h.URL(), h.PID)
	}
	return message.New(message.HintStop, h.PID)
}

// checkFree fails with a *LockedError when a server has the site's search
// index open, before anything is built: waiting for a server is
// pointless, and a build would otherwise write its output and only then
// find the index taken. A holder file left by a killed server is
// recognised by the lock being free.
func (s *Service) checkFree() error {
	cfg, err := config.Load(s.configFile(), "config.yaml")
	if err != nil {
		return nil // the build reports it
	}
	dir := s.path(cfg.Search.Index)
	h := readHolder(dir)
	if !h.serving() || h.PID == os.Getpid() {
		return nil
	}
	ix, err := indexer.Open(indexer.Options{Path: dir, ReadOnly: true, LockTimeout: lockTry})
	if err == nil {
		ix.Close()
	}
	if !errors.Is(err, indexer.ErrLocked) {
		return nil
	}
	return &LockedError{Index: cfg.Search.Index, Holder: h, Hint: s.lockHint(h)}
}

// stopping records in the holder file that this server is shutting down.
// It may run on any goroutine.
func (s *Service) stopping() {
	dir := s.holderAt.Load()
	if s.holder == nil || dir == nil {
		return
	}
	h := *s.holder
	h.Stopping = true
	writeHolder(*dir, &h)
}
