package site

import (
	"bytes"
	"context"
	"net/http/httptest"
	"os"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/tubei/pustaka/internal/browsertest"
)

// TestSurveyBrowser opens a guide with a survey on a phone-sized window
// and its printable report in print: nothing is wider than the screen,
// the charts fill the width with legible text, and the printed report
// has its charts and signature block without the site's navigation.
func TestSurveyBrowser(t *testing.T) {
	ctx := browsertest.Start(t)
	dir := writeSite(t, "survey.txtar")
	res := build(t, New(Options{Dir: dir, ReadOnly: true}))
	ts := httptest.NewServer(res.Output.Handler())
	t.Cleanup(ts.Close)

	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(ts.URL+"/evaluasi/skm/"),
		chromedp.WaitVisible(chromedp.CSS(`section.survey`))); err != nil {
		t.Fatal(err)
	}
	if w := eval[float64](t, ctx, `document.documentElement.scrollWidth`); w > 390 {
		t.Errorf("page is %v px wide on a 390 px screen", w)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('svg.chart').length`); n != 4 {
		t.Errorf("%d charts, want 4 (NRR per unsur, IKM per period, two indicator trends)", n)
	}
	if w := eval[float64](t, ctx, `document.querySelector('svg.bars').getBoundingClientRect().width`); w < 300 || w > 390 {
		t.Errorf("bar chart is %v px wide on a 390 px screen", w)
	}
	if h := eval[float64](t, ctx, `document.querySelector('svg.bars text').getBoundingClientRect().height`); h < 11 {
		t.Errorf("chart text is %v px high", h)
	}
	shot(t, ctx, "survey-390.png")

	if err := chromedp.Do(ctx, chromedp.EmulateViewport(794, 1123), chromedp.Navigate(ts.URL+"/evaluasi/skm/laporan/semester-i-2026/"),
		chromedp.WaitVisible(chromedp.CSS(`.report .signature`))); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	if eval[bool](t, ctx, `getComputedStyle(document.querySelector('.site-header')).display !== 'none'`) {
		t.Error("print shows the site header")
	}
	if !eval[bool](t, ctx, `getComputedStyle(document.querySelector('.report .signature')).display !== 'none'`) ||
		!eval[bool](t, ctx, `document.querySelector('.report svg.bars').getBoundingClientRect().width > 200`) {
		t.Error("print lacks the signature block or the chart")
	}
	shot(t, ctx, "survey-report-print.png")
	yes := true
	r, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{PreferCSSPageSize: &yes})
	if err != nil {
		t.Fatal(err)
	}
	pdf := r.Data
	// A4 is 595 × 842 points.
	if !bytes.Contains(pdf, []byte("/MediaBox [0 0 595")) && !bytes.Contains(pdf, []byte("/MediaBox [0 0 594")) {
		t.Errorf("printed report is not A4")
	}
	if out := os.Getenv("PUSTAKA_SHOTS"); out != "" {
		os.WriteFile(out+"/survey-report.pdf", pdf, 0o644)
	}
}

// shot saves a full-page screenshot to $PUSTAKA_SHOTS, if set, to look at.
func shot(t *testing.T, ctx context.Context, name string) {
	out := os.Getenv("PUSTAKA_SHOTS")
	if out == "" {
		return
	}
	b, err := chromedp.Run(ctx, chromedp.FullScreenshot(90))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(out+"/"+name, b, 0o644)
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}
