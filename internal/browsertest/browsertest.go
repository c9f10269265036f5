// Package browsertest starts Debian's headless Chromium for browser tests,
// driven with chromedp.
//
// Outside CI a missing browser skips the test with a hint; in CI (CI=true)
// it fails the test, so that a CI run never passes without its browser
// tests. Chromium runs with a fresh profile and without the background
// networking that a closed network refuses.
//
// A package whose TestMain runs its tests through Main starts Chromium
// once: each test gets a tab of its own in a browser context of its own
// (its own cookies, storage, cache and service workers, as in a fresh
// profile), and Main stops the browser after the last test. Starting
// Chromium took 1-12 s on the shared 2-core machine, once per test before.
package browsertest

import (
	"context"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Chromium is where Debian's chromium package puts the browser.
const Chromium = "/usr/bin/chromium"

// Start returns a chromedp context for the test with a 90-second budget:
// a tab in a fresh browser context of the package's shared browser (see
// Main), or else a headless browser of its own, which stops when the
// test ends.
func Start(t testing.TB) context.Context {
	t.Helper()
	return StartFor(t, 90*time.Second)
}

// StartFor is Start with a budget of d, for a test that opens many pages
// (every page of a corpus) on a machine that may be loaded.
func StartFor(t testing.TB, d time.Duration) context.Context {
	t.Helper()
	Need(t)
	var ctx context.Context
	if b := sharedBrowser(); b != nil {
		b.once.Do(func() { b.ctx, b.stop, b.err = launch(b.dir) })
		if b.err != nil {
			t.Fatalf("starting %s: %v", Chromium, b.err)
		}
		tab, closeTab := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext())
		t.Cleanup(closeTab)
		if err := chromedp.Do(tab); err != nil { // opens the tab
			t.Fatalf("opening a tab in %s: %v", Chromium, err)
		}
		ctx = tab
	} else {
		browser, stop, err := launch(t.TempDir())
		if err != nil {
			t.Fatalf("starting %s: %v", Chromium, err)
		}
		t.Cleanup(stop)
		ctx = browser
	}
	ctx, cancel := context.WithTimeout(ctx, d)
	t.Cleanup(cancel)
	return ctx
}

// Need skips the test when Chromium is not installed (fails it in CI) or
// in -short mode, without starting the browser: for a test that runs
// Chromium through the program under test (pustaka pdf).
func Need(t testing.TB) {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	if _, err := os.Stat(Chromium); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true but %s is missing: %v", Chromium, err)
		}
		t.Skipf("%s not installed; apt-get install chromium to run browser tests", Chromium)
	}
}

// launch starts headless Chromium with its profile in dir and returns
// the context of its first tab and a function that stops it.
func launch(dir string) (context.Context, func(), error) {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(Chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(dir),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	stop := func() { cancelCtx(); cancelAlloc() }
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		stop()
		return nil, nil, err
	}
	return ctx, stop, nil
}

// shared is the browser of a package whose tests run through Main.
type shared struct {
	dir  string
	once sync.Once
	ctx  context.Context
	stop func()
	err  error
}

var (
	mu      sync.Mutex
	browser *shared
)

func sharedBrowser() *shared {
	mu.Lock()
	defer mu.Unlock()
	return browser
}

// Main runs a package's tests (m.Run) with one browser for all of them,
// started by the first test that asks for it, and stops it afterwards.
// Use it as os.Exit(browsertest.Main(m)) in TestMain.
func Main(m *testing.M) int {
	dir, err := os.MkdirTemp("", "pustaka-browser-")
	if err != nil {
		return m.Run() // each test starts a browser of its own
	}
	defer os.RemoveAll(dir)
	b := &shared{dir: dir}
	mu.Lock()
	browser = b
	mu.Unlock()
	defer func() {
		if b.stop != nil {
			b.stop()
		}
	}()
	return m.Run()
}

// WaitTrue polls a JavaScript boolean expression until it holds, failing
// the test after 10 seconds with what it waited for.
func WaitTrue(t testing.TB, ctx context.Context, what, expr string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	var last error
	for time.Now().Before(deadline) {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](expr))
		if last = err; err == nil && ok {
			return
		}
		time.Sleep(25 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s (%s); last error: %v", what, expr, last)
}
