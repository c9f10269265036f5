// Command screenshots takes full-page screenshots of a running Pustaka site
// in headless Chromium at phone and desktop widths, so that a reviewer can
// look at the pages a change touched.
//
//	go run ./bench/screenshots -base http://127.0.0.1:8080 -out /tmp/shots / /cari/?q=pelatihan
//
// Without paths it takes the home page, a policy, a training module, an
// evaluation guide, the search page, and a comparison and its change
// matrix of the sample site (these two need pustaka serve).
// Files are named WIDTH-PATH.png.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/tubei/pustaka/internal/browsertest"
)

// samplePages are the sample site's pages of each kind.
var samplePages = []string{
	"/",
	"/kebijakan/peningkatan-kualitas-asn/",
	"/pelatihan/mentoring-asn-baru/",
	"/evaluasi/survei-kepuasan-masyarakat/",
	"/cari/?q=pelatihan",
	// Comparisons are named by content hashes; serve makes any pair on
	// request under /banding/.
	"/banding/?dok=/kebijakan/peningkatan-kualitas-asn/&dari=Draf+I&ke=Draf+II",
	"/banding/?dok=/kebijakan/peningkatan-kualitas-asn/&dari=Draf+I&ke=Draf+II&tampil=matriks",
}

func main() {
	base := flag.String("base", "http://127.0.0.1:8080", "address of the running site")
	out := flag.String("out", "shots", "folder for the PNG files")
	widths := flag.String("widths", "390,1280", "window widths in CSS pixels, comma-separated")
	height := flag.Int64("height", 844, "window height in CSS pixels")
	full := flag.Bool("full", false, "the whole page, not only the first screen")
	flag.Parse()
	paths := flag.Args()
	if len(paths) == 0 {
		paths = samplePages
	}
	if err := run(*base, *out, *widths, *height, *full, paths); err != nil {
		fmt.Fprintln(os.Stderr, "screenshots:", err)
		os.Exit(1)
	}
}

func run(base, out, widths string, height int64, full bool, paths []string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browsertest.Chromium), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true))...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	for _, w := range strings.Split(widths, ",") {
		width, err := strconv.Atoi(strings.TrimSpace(w))
		if err != nil {
			return fmt.Errorf("width %q: %v", w, err)
		}
		for _, p := range paths {
			err := chromedp.Do(ctx,
				chromedp.EmulateViewport(int64(width), height),
				chromedp.Navigate(strings.TrimRight(base, "/")+p),
				chromedp.Sleep(400*time.Millisecond)) // search results and scripts settle
			var png []byte
			if err == nil {
				shot := chromedp.CaptureScreenshot()
				if full {
					shot = chromedp.FullScreenshot(100) // 100: PNG
				}
				png, err = chromedp.Run(ctx, shot)
			}
			if err != nil {
				return fmt.Errorf("%s at %d px: %v", p, width, err)
			}
			name := filepath.Join(out, fmt.Sprintf("%d-%s.png", width, fileName(p)))
			if err := os.WriteFile(name, png, 0o644); err != nil {
				return err
			}
			fmt.Println(name)
		}
	}
	return nil
}

// fileName turns a URL path into a file name.
func fileName(p string) string {
	s := strings.Trim(strings.NewReplacer("/", "_", "?", "_", "=", "-", "&", "_").Replace(p), "_")
	if s == "" {
		return "home"
	}
	return s
}
