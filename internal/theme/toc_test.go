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

func TestTOCRun(t *testing.T) {
	h := func(level int, text string) Heading {
		return Heading{Level: level, Text: text, ID: strings.ToLower(strings.ReplaceAll(text, " ", "-"))}
	}
	cases := []struct {
		name string
		in   []Heading
		want string // each root's run, "-" for none
	}{
		{"regulation", []Heading{h(2, "BAB I Umum"), h(3, "Pasal 1"), h(3, "Pasal 2"), h(3, "Pasal 2A"), h(2, "BAB II Akhir"), h(3, "Pasal 3"), h(3, "Pasal 4")},
			"Pasal 1 2 2A; Pasal 3 4"},
		{"mixed words", []Heading{h(2, "BAB I Umum"), h(3, "Pasal 1"), h(3, "Penjelasan 1")}, "-"},
		{"long rest", []Heading{h(2, "Materi"), h(3, "Sesi pembukaan"), h(3, "Sesi penutupan")}, "-"},
		{"one child", []Heading{h(2, "BAB I Umum"), h(3, "Pasal 1")}, "-"},
		{"grandchildren", []Heading{h(2, "BAB I Umum"), h(3, "Pasal 1"), h(4, "Ayat 1"), h(3, "Pasal 2")}, "-"},
		{"no children", []Heading{h(2, "Tujuan"), h(2, "Materi")}, "-; -"},
	}
	for _, c := range cases {
		var got []string
		for _, e := range nestTOC(c.in) {
			r := e.Run()
			if r == nil {
				got = append(got, "-")
				continue
			}
			s := r.Word
			for _, it := range r.Items {
				s += " " + it.Short
				if it.ID == "" {
					t.Errorf("%s: item %s without its anchor", c.name, it.Short)
				}
			}
			got = append(got, s)
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, g, c.want)
		}
	}
}
