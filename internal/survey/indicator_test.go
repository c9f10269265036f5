package survey

import (
	"math/big"
	"testing"
)

func TestParseTarget(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
		dir  Direction
	}{
		{"82,50 (mutu B)", "165/2", Higher}, {"1.234,5", "2469/2", Higher}, {"90%", "90", Higher},
		{"≤ 5", "5", Lower}, {"100% ASN ≥ 20 JP", "100", Higher}, {"3,30", "33/10", Higher},
		{"paling lama 5 hari", "5", Lower}, {"357", "357", Higher}, {"Maks. 2", "2", Lower},
	} {
		got, ok := ParseTarget(c.in)
		if !ok || got.Value.RatString() != c.want || got.Dir != c.dir {
			t.Errorf("ParseTarget(%q) = %v %v %v; want %s %v", c.in, got.Value, got.Dir, ok, c.want, c.dir)
		}
	}
	if _, ok := ParseTarget("semua unit kerja"); ok {
		t.Error("a target without a number was read")
	}
}

func TestAchieve(t *testing.T) {
	r := func(s string) *big.Rat { x, _ := new(big.Rat).SetString(s); return x }
	for _, c := range []struct {
		v, target string
		dir       Direction
		pct       string
		met       bool
	}{
		{"81", "82.5", Higher, "98.18", false}, {"85", "82.5", Higher, "103.03", true}, {"82.5", "82.5", Higher, "100.00", true},
		{"4", "5", Lower, "120.00", true}, {"7", "5", Lower, "60.00", false}, {"5", "5", Lower, "100.00", true},
	} {
		a := Achieve(r(c.v), Target{Value: r(c.target), Dir: c.dir})
		if got := Format(a.Percent, 2, "en"); got != c.pct || a.Met != c.met {
			t.Errorf("Achieve(%s, %s, %v) = %s %v; want %s %v", c.v, c.target, c.dir, got, a.Met, c.pct, c.met)
		}
	}
	if a := Achieve(r("0"), Target{Value: r("0"), Dir: Lower}); a.Percent != nil || !a.Met {
		t.Errorf("target 0: %v", a)
	}
}

func TestReadValues(t *testing.T) {
	names := []string{"Ketepatan waktu penyelesaian layanan", "Pengaduan yang terbukti"}
	src := "\uFEFFindikator;periode;nilai\r\n" +
		"Ketepatan waktu penyelesaian layanan;Triwulan I 2026;87,5%\r\n" +
		"pengaduan  yang terbukti;Triwulan I 2026;6\r\n" +
		"Ketepatan waktu penyelesaian layanan;Triwulan II 2026;91,25\r\n"
	vs, ps := ReadValues("v.csv", []byte(src), names)
	if HasErrors(ps) || len(vs) != 3 {
		t.Fatalf("values %v, problems %v", vs, ps)
	}
	if vs[0].Value.RatString() != "175/2" || vs[0].Places != 1 || vs[1].Indicator != names[1] || vs[2].Places != 2 {
		t.Errorf("values: %+v", vs)
	}
	bad := "indikator,periode,nilai\n" +
		"Pengaduan yang terbukti,Triwulan I 2026,tiga\n" +
		"Kepuasan,Triwulan I 2026,3\n" +
		"Pengaduan yang terbukti,Triwulan I 2026,3\n" +
		"Pengaduan yang terbukti,triwulan i 2026,4\n"
	vs, ps = ReadValues("v.csv", []byte(bad), names)
	want := "v.csv:2:41: nilai: want a number such as 82,50 or 1.234,5; got \"tiga\"\n" +
		"v.csv:3:1: indikator: \"Kepuasan\" is not an indicator of the guide (Ketepatan waktu penyelesaian layanan; Pengaduan yang terbukti)\n" +
		"v.csv:5:25: a value for \"Pengaduan yang terbukti\" in triwulan i 2026 was already given at line 4\n"
	if got := problems(ps); got != want || vs != nil {
		t.Errorf("problems:\n%s\nwant:\n%s", got, want)
	}
}

func FuzzReadValues(f *testing.F) {
	f.Add([]byte("indikator;periode;nilai\nA;T1;1.234,5\n"))
	f.Add([]byte("indikator,periode,nilai\nA,T1,90%\nA,T1,3\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		vs, ps := ReadValues("f.csv", src, []string{"A", "B"})
		if HasErrors(ps) && vs != nil {
			t.Fatal("values despite errors")
		}
		for _, v := range vs {
			if v.Value == nil || v.Indicator == "" || v.Period == "" {
				t.Fatalf("bad value %+v", v)
			}
		}
	})
}
