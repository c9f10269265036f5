// Package browsertest starts Debian's headless Chromium for browser tests,
// driven with chromedp.
//
// Outside CI a missing browser skips the test with a hint; in CI (CI=true)
// it fails the test, so that a CI run never passes without its browser
// tests. Chromium runs with a fresh profile and without the background
// networking that a closed network refuses.
package browsertest

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Chromium is where Debian's chromium package puts the browser.
const Chromium = "/usr/bin/chromium"

// Start starts a headless browser for the test and returns a chromedp
// context with a 90-second budget; the browser stops when the test ends.
func Start(t testing.TB) context.Context {
	t.Helper()
	return StartFor(t, 90*time.Second)
}

// StartFor is Start with a budget of d, for a test that opens many pages
// (every page of a corpus) on a machine that may be loaded.
func StartFor(t testing.TB, d time.Duration) context.Context {
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
		chromedp.UserDataDir(t.TempDir()),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelCtx(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		t.Fatalf("starting %s: %v", Chromium, err)
	}
	ctx, cancel := context.WithTimeout(ctx, d)
	t.Cleanup(cancel)
	return ctx
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
