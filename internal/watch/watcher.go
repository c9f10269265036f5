package watch

import (
	"errors"
	"fmt"
	"log"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/tubei/pustaka/internal/sources"
)

// DefaultPoll is the polling interval used when fsnotify cannot work.
const DefaultPoll = time.Second

// Options configure a Watcher. The zero value is ready to use.
type Options struct {
	Quiet   time.Duration // debounce quiet period; default DefaultQuiet
	MaxWait time.Duration // longest delay of a batch's first event; default DefaultMaxWait
	Poll    time.Duration // > 0 forces polling at this interval instead of fsnotify
	// Ignore reports paths (relative, slash-separated) whose changes are
	// dropped; ignored folders are not watched. Default sources.Noise.
	Ignore func(rel string) bool
	// Logf receives plain-language notices such as the fallback to polling;
	// default log.Printf.
	Logf func(format string, args ...any)
	// afterScan, if set, is called after each scan of a new folder (tests).
	afterScan func(rel string)
}

// Watcher watches a directory tree and delivers debounced batches of file
// events on Batches. All its state is owned by one goroutine.
type Watcher struct {
	opts    Options
	tree    *tree
	deb     Debouncer
	fsw     *fsnotify.Watcher // nil while polling
	ticker  *time.Ticker      // nil unless polling
	batches chan []Event
	errs    chan error
	asks    chan chan []string // Files asking the watcher's goroutine
	done    chan struct{}
	stopped chan struct{}
	once    sync.Once
}

// New starts watching root recursively. It fails only when root cannot be
// read; when fsnotify cannot be used it logs why and polls instead.
func New(root string, opts Options) (*Watcher, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, fmt.Errorf("watch %s: %w", root, err)
	}
	if info, err := os.Stat(abs); err != nil {
		return nil, fmt.Errorf("watch: %w", err)
	} else if !info.IsDir() {
		return nil, fmt.Errorf("watch %s: not a folder", root)
	}
	if opts.Ignore == nil {
		opts.Ignore = sources.Noise
	}
	if opts.Logf == nil {
		opts.Logf = log.Printf
	}
	w := &Watcher{
		opts:    opts,
		tree:    newTree(abs, opts.Ignore),
		deb:     Debouncer{Quiet: opts.Quiet, MaxWait: opts.MaxWait},
		batches: make(chan []Event),
		errs:    make(chan error, 16),
		asks:    make(chan chan []string),
		done:    make(chan struct{}),
		stopped: make(chan struct{}),
	}
	files, dirs, err := w.tree.scan("")
	if err != nil {
		return nil, fmt.Errorf("watch %s: %w", root, err)
	}
	w.tree.files = files
	for _, d := range dirs {
		w.tree.dirs[d] = true
	}
	if opts.Poll > 0 {
		w.startPolling(opts.Poll)
	} else if err := w.startNotify(dirs); err != nil {
		w.fallBack(err)
	}
	go w.run()
	return w, nil
}

// Batches returns the channel of debounced batches, each sorted by path.
// It is closed by Close.
func (w *Watcher) Batches() <-chan []Event { return w.batches }

// Errors returns the channel of errors that did not stop watching, such as
// an unreadable new folder or a lost-events overflow (after which the tree is
// rescanned). Errors are dropped when nobody reads them.
func (w *Watcher) Errors() <-chan error { return w.errs }

// Files returns the paths of the files the watcher knows now, sorted: those
// found at the start and since. It asks the watcher's goroutine, so it
// waits for the event being handled; after Close it returns nil.
func (w *Watcher) Files() []string {
	reply := make(chan []string, 1)
	select {
	case w.asks <- reply:
		return <-reply
	case <-w.stopped:
		return nil
	}
}

// Close stops watching and closes Batches. It is safe to call more than once.
func (w *Watcher) Close() error {
	w.once.Do(func() { close(w.done) })
	<-w.stopped
	return nil
}

func (w *Watcher) startNotify(dirs []string) error {
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	for _, d := range dirs {
		if err := fsw.Add(w.tree.abs(d)); err != nil && !errors.Is(err, os.ErrNotExist) {
			fsw.Close()
			return err
		}
	}
	w.fsw = fsw
	return nil
}

func (w *Watcher) startPolling(every time.Duration) {
	w.ticker = time.NewTicker(every)
}

// fallBack switches to polling, saying why.
func (w *Watcher) fallBack(err error) {
	if w.fsw != nil {
		w.fsw.Close()
		w.fsw = nil
	}
	w.opts.Logf("%s; falling back to polling every %s", fallbackReason(err), DefaultPoll)
	w.startPolling(DefaultPoll)
}

func (w *Watcher) run() {
	defer close(w.stopped)
	defer close(w.batches)
	defer w.shutdown()
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	var out []Event // due batch waiting for the consumer
	for {
		var send chan<- []Event
		if out != nil {
			send = w.batches
		}
		var fsEvents <-chan fsnotify.Event
		var fsErrors <-chan error
		if w.fsw != nil {
			fsEvents, fsErrors = w.fsw.Events, w.fsw.Errors
		}
		var tick <-chan time.Time
		if w.ticker != nil {
			tick = w.ticker.C
		}
		select {
		case <-w.done:
			return
		case ev := <-fsEvents:
			w.deb.Add(time.Now(), w.translate(ev))
		case err := <-fsErrors:
			w.fsError(err)
		case <-tick:
			w.deb.Add(time.Now(), w.poll())
		case <-timer.C:
		case send <- out:
			out = nil
		case reply := <-w.asks:
			reply <- slices.Sorted(maps.Keys(w.tree.files))
		}
		if batch, ok := w.deb.Due(time.Now()); ok {
			out = mergeBatches(out, batch)
		}
		if due, ok := w.deb.Next(); ok {
			timer.Reset(time.Until(due))
		}
	}
}

func (w *Watcher) shutdown() {
	if w.fsw != nil {
		w.fsw.Close()
	}
	if w.ticker != nil {
		w.ticker.Stop()
	}
}

func (w *Watcher) fsError(err error) {
	if errors.Is(err, fsnotify.ErrEventOverflow) {
		w.report(fmt.Errorf("watch: %w; rescanning", err))
		w.deb.Add(time.Now(), w.poll())
		return
	}
	w.report(err)
}

// report passes err on without ever blocking the watcher.
func (w *Watcher) report(err error) {
	select {
	case w.errs <- err:
	default:
		w.opts.Logf("watch: %v", err)
	}
}

// poll rescans the whole tree and returns what changed since the last look.
func (w *Watcher) poll() []Event {
	files, dirs, err := w.tree.scan("")
	if err != nil {
		w.report(err)
		return nil
	}
	evs := diff(w.tree.files, files)
	w.tree.files = files
	clear(w.tree.dirs)
	for _, d := range dirs {
		w.tree.dirs[d] = true
	}
	return evs
}

// mergeBatches coalesces a batch still waiting for the consumer with a newer
// one, keeping the result sorted.
func mergeBatches(old, next []Event) []Event {
	if old == nil {
		return next
	}
	var d Debouncer
	d.Add(time.Time{}, old)
	d.Add(time.Time{}, next)
	merged, _ := d.Due(time.Time{}.Add(DefaultMaxWait))
	return merged // nil when everything cancelled out
}
