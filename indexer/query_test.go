package indexer

import (
	"errors"
	"strings"
	"testing"
)

func TestParseQuery(t *testing.T) {
	for _, tc := range []struct {
		in, want string // want: normal form, or "error: message"
		prefix   bool
	}{
		{"pelatihan", "pelatihan", true},
		{"pelatihan ", "pelatihan", false},
		{"pe", "pe", false},
		{"  pengembangan   kompetensi  ", "pengembangan kompetensi", false},
		{`"survei kepuasan" masyarakat`, `"survei kepuasan" masyarakat`, true},
		{`"survei   kepuasan`, `"survei kepuasan"`, false},
		{`kode -"kata sandi" -surel`, `kode -"kata sandi" -surel`, false},
		{"TYPE:Modul pelatihan", "pelatihan type:modul", true},
		{`unit:"Dinas Kesehatan" gizi`, `gizi unit:"dinas kesehatan"`, true},
		{"tahun:2024 kompetensi:teknis jenis:panduan", "tahun:2024 kompetensi:teknis type:panduan", false},
		{"pukul 10:30", "pukul 10:30", true},
		{`""`, "", false},
		{"pelatihan,", "pelatihan,", true},
		{"warna:merah", "error: filter tidak dikenal: \"warna\" (posisi 1)", false},
		{"a - b", "error: tanda minus harus diikuti kata atau frasa (posisi 3)", false},
		{"x -", "error: tanda minus harus diikuti kata atau frasa (posisi 3)", false},
		{"tahun:24", `error: tahun tidak valid: "24" (posisi 1)`, false},
		{"status:", "error: filter status perlu nilai (posisi 1)", false},
		{"-type:modul", "error: filter tidak bisa dikecualikan (posisi 1)", false},
		{strings.Repeat("kata ", 33), "error: terlalu banyak kata (33, maksimal 32)", false},
		{strings.Repeat("a", 513), "error: kueri terlalu panjang (maksimal 512 byte) (posisi 513)", false},
		{"\xff", "error: kueri bukan teks UTF-8 yang sah", false},
	} {
		p, err := parseQuery(tc.in)
		got, prefix := "", false
		if err != nil {
			got = "error: " + err.Error()
		} else {
			got, prefix = p.String(), p.Prefix
		}
		if got != tc.want || prefix != tc.prefix {
			t.Errorf("parseQuery(%q) = %q prefix %v, want %q prefix %v", tc.in, got, prefix, tc.want, tc.prefix)
		}
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{
		"pelatihan", `"survei kepuasan" -arsip type:modul`, `unit:"dinas`, "- -", "tahun:2024",
		"a:b:c", `-""`, "\u3000pelat", "kompetensi:", strings.Repeat("x ", 40),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		p, err := parseQuery(q)
		if err != nil {
			var qe *QueryError
			if !errors.As(err, &qe) || p != nil {
				t.Fatalf("parseQuery(%q): %v (%T), want a *QueryError only", q, err, err)
			}
			return
		}
		if p.countTerms() > maxTerms {
			t.Fatalf("parseQuery(%q): %d terms", q, p.countTerms())
		}
		// The normal form parses to itself.
		again, err := parseQuery(p.String())
		if err != nil || again.String() != p.String() {
			t.Fatalf("normal form %q of %q reparses to %v, %v", p.String(), q, again, err)
		}
	})
}
