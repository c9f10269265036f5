package service

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/tubei/pustaka/internal/browsertest"
	"github.com/tubei/pustaka/internal/sitetest"
)

// TestSoalBrowser drives the self-check questions in headless Chromium on
// a 390 px wide screen, by keyboard where a reader would: a wrong answer
// and its feedback, a right one, progress kept over a reload, the module
// finished and marked in the learning path, an edit of one question that
// resets only that question, the exam mode, and clearing the progress.
func TestSoalBrowser(t *testing.T) {
	ctx := browsertest.Start(t)
	dir := sitetest.WriteArchive(t, filepath.Join("testdata", "soal.txtar"))
	srv, _ := serveLive(t, New(Options{Dir: dir, Compress: true, Log: io.Discard}), ServeOptions{Watch: true})
	js := func(expr string) { t.Helper(); eval[any](t, ctx, expr) }
	text := func(sel string) string {
		t.Helper()
		return eval[string](t, ctx, `(document.querySelector(`+quote(sel)+`)||{textContent:""}).textContent`)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(srv.URL+"/pelatihan/a/"), chromedp.WaitVisible(chromedp.CSS(".soal-cek"))); err != nil {
		t.Fatal(err)
	}
	if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 390 {
		t.Errorf("page is %d px wide on a 390 px screen", w)
	}

	// 1. Keyboard only: focus the first option, Space chooses it (wrong),
	// Tab reaches the next option's group... the check button, Enter checks.
	js(`document.getElementById("soal-satu-1").focus()`)
	keys(t, ctx, " ", kb.Tab, kb.Enter)
	if f := text("#soal-satu .soal-umpan"); !strings.Contains(f, "Belum tepat.") || !strings.Contains(f, "Terlalu singkat.") {
		t.Errorf("wrong answer: feedback %q", f)
	}
	if r := eval[string](t, ctx, `document.querySelector("#soal-satu .soal-umpan").getAttribute("aria-live")`); r != "polite" {
		t.Errorf("feedback region aria-live = %q", r)
	}
	// Arrow keys move to the right option in the radio group.
	js(`document.getElementById("soal-satu-1").focus()`)
	keys(t, ctx, kb.ArrowDown, kb.Tab, kb.Enter)
	if f := text("#soal-satu .soal-umpan"); !strings.HasPrefix(f, "Benar.") {
		t.Errorf("right answer: feedback %q", f)
	}
	browsertest.WaitTrue(t, ctx, "the score", `document.querySelector(".kemajuan-skor").textContent.includes("1 dari 3 benar")`)

	// 2. A typed answer, unchecked, and the reload: both kept.
	js(`document.getElementById("soal-tiga-in").focus()`)
	keys(t, ctx, "sekretaris   KECAMATAN")
	if err := chromedp.Do(ctx, chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS(".soal-cek"))); err != nil {
		t.Fatal(err)
	}
	if !eval[bool](t, ctx, `document.getElementById("soal-satu-2").checked`) || eval[string](t, ctx, `document.getElementById("soal-tiga-in").value`) != "sekretaris   KECAMATAN" {
		t.Error("the reload lost the answers")
	}
	if f := text("#soal-satu .soal-umpan"); !strings.HasPrefix(f, "Benar.") {
		t.Errorf("after reload: feedback %q", f)
	}

	// 3. Finish the module: the mark appears in the learning path.
	js(`document.getElementById("soal-dua-salah").click(); document.querySelector("#soal-dua .soal-cek").click(); document.querySelector("#soal-tiga .soal-cek").click()`)
	browsertest.WaitTrue(t, ctx, "the module finished", `document.querySelector(".kemajuan-skor").textContent.includes("3 dari 3 benar") && document.querySelector(".kemajuan-skor").textContent.includes("Modul selesai pada")`)
	browsertest.WaitTrue(t, ctx, "the path mark", `document.querySelector('.path a[href="/pelatihan/a/"] .tanda-selesai') !== null && document.querySelector(".path .kemajuan-jalur").textContent === "1 dari 2 modul selesai"`)

	// 4. Live reload: change question "dua"; "satu" keeps its answer, "dua" starts over.
	sitetest.Save(t, dir, "content/pelatihan/a.md", strings.Replace(readFile(t, dir, "content/pelatihan/a.md"), "lima orang", "enam orang", 1))
	browsertest.WaitTrue(t, ctx, "the edited question", `document.body.innerText.includes("enam orang")`)
	browsertest.WaitTrue(t, ctx, "answers after the edit", `document.getElementById("soal-satu-2").checked && !document.getElementById("soal-dua-salah").checked && document.querySelector("#soal-dua .soal-umpan").textContent === ""`)

	// 5. The exam: no check buttons, no key until the one submit, then results and locked answers.
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/pelatihan/b/"), chromedp.WaitVisible(chromedp.CSS(`[data-aksi="submit"]`))); err != nil {
		t.Fatal(err)
	}
	if eval[bool](t, ctx, `[...document.querySelectorAll(".soal-aksi, .soal-kunci")].some(e => !e.hidden)`) {
		t.Error("exam mode shows a check button or the key before the submit")
	}
	if p := text(".kemajuan-pre"); p != "" {
		t.Errorf("prerequisite A is finished, yet the page says %q", p)
	}
	js(`document.getElementById("soal-b1-2").click(); document.getElementById("soal-b2-1").click(); document.querySelector('[data-aksi="submit"]').click()`)
	browsertest.WaitTrue(t, ctx, "the exam results", `document.querySelector(".kemajuan-skor").textContent.includes("1 dari 2 benar") && document.querySelector(".kemajuan-skor").textContent.includes("Belum lulus")`)
	if !eval[bool](t, ctx, `document.getElementById("soal-b2-3").disabled && !document.querySelector("#soal-b2 .soal-kunci").hidden`) {
		t.Error("after the submit the answers are not locked or the key is hidden")
	}

	// 6. Clear the progress: the marks go, prerequisites are unfinished again.
	js(`window.confirm = () => true; document.querySelector('.kemajuan [data-aksi="clear"]').click()`)
	browsertest.WaitTrue(t, ctx, "progress cleared", `document.querySelector(".path .kemajuan-jalur").textContent === "0 dari 2 modul selesai" && !document.querySelector(".tanda-selesai") && localStorage.length === 0`)
	browsertest.WaitTrue(t, ctx, "the prerequisites notice", `document.querySelector(".kemajuan-pre").textContent.includes("Modul A")`)
}

// TestSoalWithoutScript: with JavaScript off, every question and its
// "Lihat jawaban" disclosure are there and the key opens.
func TestSoalWithoutScript(t *testing.T) {
	ctx := browsertest.Start(t)
	dir := sitetest.WriteArchive(t, filepath.Join("testdata", "soal.txtar"))
	srv, _ := serveLive(t, New(Options{Dir: dir, Compress: true, Log: io.Discard}), ServeOptions{})
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/pelatihan/a/"), chromedp.Click(chromedp.CSS("#soal-satu summary"))); err != nil {
		t.Fatal(err)
	}
	if v := eval[bool](t, ctx, `document.querySelector("#soal-satu .soal-aksi").offsetParent === null`); !v {
		t.Error("the check button shows without JavaScript")
	}
	if got := eval[string](t, ctx, `document.querySelector("#soal-satu .soal-kunci").innerText`); !strings.Contains(got, "Jawaban: Tiga bulan") || !strings.Contains(got, "Terlalu singkat.") {
		t.Errorf("opened key: %q", got)
	}
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// keys types each of ks (text or a kb key) into the focused element.
func keys(t *testing.T, ctx context.Context, ks ...string) {
	t.Helper()
	for _, k := range ks {
		if err := chromedp.Do(ctx, chromedp.KeyEvent(k)); err != nil {
			t.Fatal(err)
		}
	}
}

func quote(s string) string { return strconv.Quote(s) }

func readFile(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestSheetPrint: the sample site's completion sheet, filled from the
// device's progress and with the reader's name typed in, prints on one A4
// page; so does the 12-week lembar kendali of Mentoring ASN Baru.
func TestSheetPrint(t *testing.T) {
	ctx := browsertest.Start(t)
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "content"), os.DirFS(filepath.Join("..", "..", "content"))); err != nil {
		t.Fatal(err)
	}
	srv, _ := serveLive(t, New(Options{Dir: dir, Compress: true, NoHistory: true, Log: io.Discard}), ServeOptions{})
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/pelatihan/lembar-selesai/")); err != nil {
		t.Fatal(err)
	}
	eval[any](t, ctx, `localStorage.setItem("pustaka.kemajuan.v1", JSON.stringify({m: {
		"/pelatihan/literasi-ti-pelayanan-adminduk/": {q: {}, d: "2026-11-02", s: 5, n: 6},
		"/pelatihan/mentoring-asn-baru/": {q: {}, d: "2026-12-01", s: 5, n: 5}}, c: {}, nama: "Rina Marlina, S.AP."}))`)
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	browsertest.WaitTrue(t, ctx, "the sheet filled in", `document.querySelector("[data-nama]").value === "Rina Marlina, S.AP." && document.querySelector(".lembar-jp").textContent === "14" && document.querySelector('tr[data-url="/pelatihan/mentoring-asn-baru/"] .lembar-tgl').textContent === "1 Desember 2026"`)
	if n := printedPages(t, ctx); n != 1 {
		t.Errorf("the completion sheet prints on %d A4 pages, want 1", n)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/pelatihan/mentoring-asn-baru/lembar-kendali/")); err != nil {
		t.Fatal(err)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll(".lembar-kendali tbody tr").length`); n != 12 {
		t.Errorf("lembar kendali has %d rows, want one for each of the 12 weeks", n)
	}
	if n := printedPages(t, ctx); n != 1 {
		t.Errorf("the lembar kendali prints on %d A4 pages, want 1", n)
	}
}

// printedPages prints the open page to PDF as the page's CSS asks (A4)
// and counts the pages.
func printedPages(t *testing.T, ctx context.Context) int {
	t.Helper()
	yes := true
	res, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{PreferCSSPageSize: &yes})
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Count(res.Data, []byte("/Type /Page\n")) + bytes.Count(res.Data, []byte("/Type /Page/")) + bytes.Count(res.Data, []byte("/Type /Page>")) + bytes.Count(res.Data, []byte("/Type /Page "))
}
