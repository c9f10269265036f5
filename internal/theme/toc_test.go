package theme

import (
	"fmt"
	"strings"
	"testing"
)

func TestNestTOC(t *testing.T) {
	h := func(level int, text string) Heading { return Heading{Level: level, Text: text} }
	cases := []struct {
		name string
		in   []Heading
		want string
	}{
		{"flat", []Heading{h(2, "Tujuan"), h(2, "Materi"), h(3, "Sesi 1"), h(2, "Penutup")},
			"Tujuan; Materi(Sesi 1); Penutup"},
		{"regulation", []Heading{h(2, "Menimbang"), h(2, "BAB I Ketentuan Umum"), h(2, "Pasal 1"), h(2, "Pasal 2"),
			h(3, "Ayat (1)"), h(3, "Ayat (2)"), h(2, "BAB II Kompetensi"), h(2, "Pasal 3"), h(3, "Ayat (1)")},
			"Menimbang; BAB I Ketentuan Umum(Pasal 1; Pasal 2(Ayat (1); Ayat (2))); BAB II Kompetensi(Pasal 3(Ayat (1)))"},
		{"h3 first", []Heading{h(3, "Catatan"), h(2, "Isi")}, "Catatan; Isi"},
		{"babak is no chapter", []Heading{h(2, "Babak baru"), h(2, "Pasal 1")}, "Babak baru; Pasal 1"},
	}
	for _, c := range cases {
		if got := show(nestTOC(c.in)); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

func show(es []*TOCEntry) string {
	var parts []string
	for _, e := range es {
		s := e.Text
		if len(e.Children) > 0 {
			s += fmt.Sprintf("(%s)", show(e.Children))
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}
