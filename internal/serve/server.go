package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tubei/pustaka/indexer"
	"github.com/tubei/pustaka/internal/site"
	"github.com/tubei/pustaka/internal/theme"
)

// Problem is one build error, shown in the live-reload error panel as
// "file:line:col: message".
type Problem struct {
	File string `json:"file"`
	Line int    `json:"line"`
	Col  int    `json:"col"`
	Msg  string `json:"msg"`
	// Kept: the file's last good page is shown until the problem is
	// fixed (a page whose front matter broke, while serving).
	Kept bool `json:"kept,omitempty"`
}

// String formats the problem as "file:line:col: message", leaving out a
// zero line or column.
func (p Problem) String() string {
	pos := p.File
	if p.Line > 0 {
		pos += fmt.Sprintf(":%d", p.Line)
		if p.Col > 0 {
			pos += fmt.Sprintf(":%d", p.Col)
		}
	}
	return pos + ": " + p.Msg
}

// State is one published version of the site. Output may be the previous
// good build when the latest build had Problems.
type State struct {
	Output   *site.Output
	Problems []Problem
	Gen      uint64
	Panel    PanelText // the problem panel's wording
}

// Searcher answers search requests; *indexer.Index implements it.
type Searcher interface {
	Search(ctx context.Context, req indexer.Request) (*indexer.Result, error)
}

// ErrBusy marks a search error that passes: the index is being built.
// A Searcher returns it wrapped by Busy, with a message users may read;
// the search answers 503 with that message and Retry-After.
var ErrBusy = errors.New("search index not ready")

// Busy returns an error wrapping ErrBusy whose message is msg.
func Busy(msg string) error { return busyError(msg) }

// busyError is the error of Busy.
type busyError string

func (e busyError) Error() string { return string(e) }
func (busyError) Unwrap() error   { return ErrBusy }

// busyRetry is the Retry-After of a search that met ErrBusy, in seconds.
const busyRetry = "2"

var _ Searcher = (*indexer.Index)(nil)

// SearchLog is told of the searches readers could not use
// (internal/searchlog.Log implements it). Its methods must not block.
type SearchLog interface {
	NotFound(query string)                    // a settled search found nothing
	SuggestionTaken(query, suggestion string) // a "Maksud Anda" link was followed
}

// Options configure a Server. The zero value serves files only.
type Options struct {
	Searcher     Searcher                                           // nil: /api/search answers 503
	RenderSearch func(s *theme.Search, lang string) ([]byte, error) // renders the whole search page
	SearchPath   string                                             // default "/cari/"
	LiveReload   bool                                               // inject the live-reload script; never in production
	Compare      CompareFunc                                        // nil: no comparison on request
	SearchLog    SearchLog                                          // nil: searches are not recorded
	AccessLog    io.Writer                                          // one line per request; nil: none
	Logf         func(format string, args ...any)                   // errors and panics; nil: discarded
}

// Server serves the current State over HTTP. Its methods are safe for
// concurrent use.
type Server struct {
	opts      Options
	state     atomic.Pointer[State]
	gz        *gzipCache
	hub       *hub
	heartbeat time.Duration
	boot      string      // identifies this server instance to live-reload pages
	changes   pageChanges // generation of each path's last change, for pages that reconnect
	live      livePages   // HTML pages as live reload serves them
	logMu     sync.Mutex  // serialises AccessLog writes
}

// New returns a server with no site yet; call Publish before serving.
func New(opts Options) *Server {
	if opts.SearchPath == "" {
		opts.SearchPath = "/cari/"
	}
	if opts.Logf == nil {
		opts.Logf = func(string, ...any) {}
	}
	return &Server{
		opts: opts, gz: newGzipCache(64 << 20), hub: newHub(), heartbeat: 15 * time.Second,
		boot: strconv.FormatInt(time.Now().UnixNano(), 36),
	}
}

// Publish makes st the current state, atomically, then tells live-reload
// clients which URL paths changed ("*" for all) and the current problems.
// The server keeps its own copy of st; a Gen not above the current one is
// replaced by the current one plus one, so generations always increase.
func (s *Server) Publish(st *State, changed []string) {
	next := *st
	if cur := s.state.Load(); cur != nil && next.Gen <= cur.Gen {
		next.Gen = cur.Gen + 1
	}
	s.changes.record(next.Gen, changed)
	s.state.Store(&next)
	s.prepare(&next, changed)
	if s.opts.LiveReload {
		s.hub.broadcast(message(&next, changed))
	}
}

// current returns the published state, or nil before the first Publish.
func (s *Server) current() *State { return s.state.Load() }

// Close ends all live-reload streams, so that a graceful shutdown does not
// wait for them. New streams are refused afterwards.
func (s *Server) Close() { s.hub.close() }

// Serve listens on addr and serves until ctx is done, then shuts down
// gracefully, giving in-flight requests up to 10 seconds. It returns nil
// after a clean shutdown.
func (s *Server) Serve(ctx context.Context, addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err // the *net.OpError itself: message.Of words "address in use"
	}
	return s.ServeListener(ctx, ln)
}

// ServeListener serves on ln, as Serve does.
func (s *Server) ServeListener(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second, // event streams lift it per request
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	s.Close()
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := srv.Shutdown(shutdownCtx)
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	if err != nil {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	return nil
}
