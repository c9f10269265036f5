package history_test

import (
	"fmt"

	"github.com/tubei/pustaka/internal/history"
)

func ExampleCompare() {
	draf1 := []history.Block{
		{Kind: "heading", Level: 2, ID: "pasal-1", Text: "Pasal 1"},
		{Kind: "paragraph", Section: "pasal-1", Text: "Rapat koordinasi diadakan setiap bulan."},
		{Kind: "paragraph", Section: "pasal-1", Text: "Notulen disimpan oleh sekretariat."},
	}
	draf2 := []history.Block{
		{Kind: "heading", Level: 2, ID: "pasal-1", Text: "Pasal 1"},
		{Kind: "paragraph", Section: "pasal-1", Text: "Rapat koordinasi diadakan setiap minggu pertama."},
		{Kind: "paragraph", Section: "pasal-1", Text: "Notulen disimpan oleh sekretariat."},
		{Kind: "paragraph", Section: "pasal-1", Text: "Camat memimpin rapat."},
	}
	d := history.Compare(draf1, draf2)
	fmt.Print(d.WordDiff(false))
	fmt.Println(d.Added, d.Removed, d.ChangedSections)
	// Output:
	// ## Pasal 1
	// Rapat koordinasi diadakan setiap [-bulan-]{+minggu pertama+}.
	// Notulen disimpan oleh sekretariat.
	// {+Camat memimpin rapat.+}
	// 5 1 [pasal-1]
}

func ExampleWords() {
	for _, s := range history.Words("Pegawai wajib hadir.", "Pegawai wajib hadir tepat waktu.") {
		fmt.Printf("%v %q\n", s.Op, s.Text)
	}
	// Output:
	// equal "Pegawai wajib hadir"
	// insert " tepat waktu"
	// equal "."
}
