package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/tubei/pustaka/internal/message"
	"github.com/tubei/pustaka/internal/site"
)

var pdfCmd = &command{
	name:    "pdf",
	summary: message.SumPDF,
	usage:   "pdf [--source DIR] [--out FILE] [--chromium PROGRAM] PAGE",
	run:     runPDF,
}

// chromiums are the names a Chromium or Chrome program goes by.
var chromiums = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

func runPDF(ctx context.Context, e *env, args []string) error {
	fs := e.fs
	source := fs.String("source", ".", string(message.FlagSourceShort))
	out := fs.String("out", "", string(message.FlagPDFOut))
	browser := fs.String("chromium", "", string(message.FlagChromium))
	if err := e.parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef(message.PDFArgs, fs.NArg())
	}
	exe, err := findChromium(*browser)
	if err != nil {
		return err
	}
	s := site.New(site.Options{Dir: *source, ReadOnly: true, NoIndex: true})
	res := s.Build(ctx)
	e.printDiags(s, res.Diags)
	if res.Diags.Errors() > 0 {
		return errFailed
	}
	url := fs.Arg(0)
	if !strings.HasPrefix(url, "/") {
		if url, err = s.URL(url); err != nil {
			return err
		}
	}
	if !strings.HasSuffix(url, "/") {
		url += "/"
	}
	if res.Output.Files[url+"index.html"] == nil {
		return message.Errorf(message.PDFNoPage, url)
	}
	if *out == "" {
		*out = strings.ReplaceAll(strings.Trim(url, "/"), "/", "-") + ".pdf"
	}
	pdf, err := printPage(ctx, exe, res.Output, url)
	if err != nil {
		return err
	}
	tmp := *out + ".tmp"
	if err := os.WriteFile(tmp, pdf, 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, *out); err != nil {
		os.Remove(tmp)
		return err
	}
	fmt.Fprintf(e.stderr, "%s: %s (%d KB)\n", *out, url, len(pdf)/1024)
	return nil
}

// findChromium returns the browser program to print with, or an error
// saying how to get one.
func findChromium(name string) (string, error) {
	names := chromiums
	if name != "" {
		names = []string{name}
	}
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p, nil
		}
	}
	return "", message.Errorf(message.PDFNoBrowser, strings.Join(names, ", "))
}

// printPage serves the built site on a loopback port and prints the page
// at url with Chromium, honouring the pages' CSS page size and margin
// boxes.
func printPage(ctx context.Context, exe string, out *site.Output, url string) ([]byte, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: out.Handler()}
	go srv.Serve(ln)
	defer srv.Close()
	dir, err := os.MkdirTemp("", "pustaka-pdf-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, chromedp.ExecPath(exe), chromedp.Headless, chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true), chromedp.UserDataDir(filepath.Join(dir, "profile")))
	defer cancelAlloc()
	bctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	bctx, cancelTimeout := context.WithTimeout(bctx, 90*time.Second)
	defer cancelTimeout()
	if err := chromedp.Do(bctx, chromedp.Navigate("http://"+ln.Addr().String()+url)); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err() // stopped: run says so
		}
		return nil, message.Errorf(message.PDFOpen, url, exe, message.Of(err))
	}
	yes := true
	res, err := chromedp.Call(bctx, page.PrintToPDF, page.PrintToPDFParams{PrintBackground: &yes, PreferCSSPageSize: &yes})
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, message.Errorf(message.PDFPrint, url, exe, message.Of(err))
	}
	return res.Data, nil
}
