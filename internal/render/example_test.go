package render_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/tubei/pustaka/internal/render"
)

// The site builder parses every page first, then renders with a resolver
// that knows every page's anchors.
func Example() {
	r := render.New(render.Options{})
	doc := r.Parse([]byte("# Kebijakan Layanan\n\n## Pasal 1 — Umum\n\nLihat [modul](../pelatihan/modul-1.md#pasal-2) dan [lama](lama.md).\n"))
	doc.StripTitle()
	fmt.Println("title:", doc.Title)
	for _, l := range doc.Links {
		fmt.Printf("link %d:%d %s\n", l.Line, l.Col, l.Dest)
	}

	res := render.ResolverFunc(func(dest string) (string, error) {
		if p, frag, _ := strings.Cut(dest, "#"); p == "../pelatihan/modul-1.md" {
			return "/pelatihan/modul-1/#" + frag, nil
		}
		return "", errors.New("halaman tidak ditemukan")
	})
	html, errs := r.Render(doc, res)
	fmt.Print(string(html))
	for _, e := range errs {
		fmt.Println("content/kebijakan/layanan.md:" + e.Error())
	}
	// Output:
	// title: Kebijakan Layanan
	// link 5:7 ../pelatihan/modul-1.md#pasal-2
	// link 5:52 lama.md
	// <h2 id="pasal-1">Pasal 1 — Umum <a class="anchor" href="#pasal-1" aria-label="Tautan ke bagian ini">#</a></h2>
	// <p>Lihat <a href="/pelatihan/modul-1/#pasal-2">modul</a> dan <a href="lama.md" title="Tautan rusak: halaman atau bagian yang dituju tidak ada" class="broken-link">lama</a>.</p>
	// content/kebijakan/layanan.md:5:52: link "lama.md": halaman tidak ditemukan
}

// Blocks feed the search index: each carries the anchor of its section so
// results can deep-link.
func ExampleDoc_Blocks() {
	doc := render.New(render.Options{}).Parse([]byte("## Pasal 2\n\n### Ayat (1)\n\nPelayanan   tidak\ndipungut biaya.\n\n- KTP\n"))
	for _, b := range doc.Blocks() {
		fmt.Printf("%s #%s: %s\n", b.Kind, b.Section, b.Text)
	}
	// Output:
	// heading #pasal-2: Pasal 2
	// heading #pasal-2-ayat-1: Ayat (1)
	// paragraph #pasal-2-ayat-1: Pelayanan tidak dipungut biaya.
	// item #pasal-2-ayat-1: KTP
}
