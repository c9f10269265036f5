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

func ExampleDiff_WordHunks() {
	var draf1 []history.Block
	for i := 1; i <= 6; i++ {
		id := fmt.Sprintf("pasal-%d", i)
		draf1 = append(draf1,
			history.Block{Kind: "heading", Level: 2, ID: id, Text: fmt.Sprintf("Pasal %d", i)},
			history.Block{Kind: "paragraph", Section: id, Text: fmt.Sprintf("Ketentuan pasal %d berlaku bagi seluruh pegawai.", i)},
			history.Block{Kind: "paragraph", Section: id, Text: fmt.Sprintf("Pelaksanaan pasal %d dilaporkan setiap bulan.", i)})
	}
	draf2 := append([]history.Block(nil), draf1...)
	draf2[2].Text = "Pelaksanaan pasal 1 dilaporkan setiap minggu."
	draf2[13].Text = "Ketentuan pasal 5 berlaku bagi seluruh pegawai dan tenaga ahli."
	d := history.Compare(draf1, draf2)
	fmt.Print(d.WordHunks(1, false))
	fmt.Printf("%q\n", history.Compare(draf1, draf1).WordHunks(1, false))
	// Output:
	// @@ Pasal 1 @@
	// Ketentuan pasal 1 berlaku bagi seluruh pegawai.
	// Pelaksanaan pasal 1 dilaporkan setiap [-bulan-]{+minggu+}.
	// ## Pasal 2
	// @@ Pasal 4 @@
	// ## Pasal 5
	// Ketentuan pasal 5 berlaku bagi seluruh pegawai {+dan tenaga ahli+}.
	// Pelaksanaan pasal 5 dilaporkan setiap bulan.
	// ""
}
