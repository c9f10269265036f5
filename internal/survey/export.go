package survey

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"
)

// Summary is the open-data form of a survey's result: the aggregates
// only, with numbers unrounded (the nearest float64 of the exact value).
type Summary struct {
	Periode       string         `json:"periode,omitempty"`
	Responden     int            `json:"responden"`
	Populasi      int            `json:"populasi,omitempty"`
	SampelMinimum int            `json:"sampel_minimum,omitempty"`
	SampelCukup   *bool          `json:"sampel_cukup,omitempty"`
	Bobot         string         `json:"bobot"`
	IKM           float64        `json:"ikm"`
	Mutu          string         `json:"mutu"`
	Kinerja       string         `json:"kinerja"`
	Unsur         []UnsurSummary `json:"unsur"`
}

// UnsurSummary is one unsur of a Summary.
type UnsurSummary struct {
	Kode          string  `json:"kode"`
	Nama          string  `json:"nama"`
	Jumlah        int64   `json:"jumlah"`
	NRR           float64 `json:"nrr"`
	NRRTertimbang float64 `json:"nrr_tertimbang"`
	Mutu          string  `json:"mutu"`
}

// Name names the weights as front matter does: "sama" (1/9 each),
// "dibulatkan" (0,111 each) or "khusus" (set by the guide).
func (w Weights) Name() string {
	switch {
	case w.Rounded:
		return "dibulatkan"
	case w.Custom:
		return "khusus"
	}
	return "sama"
}

// Summary returns the open-data form of r for a period and a population
// (0 when unknown).
func (r *Result) Summary(period string, population int) Summary {
	s := Summary{Periode: period, Responden: r.N, Populasi: population, Bobot: r.Weights.Name(),
		IKM: Float(r.IKM), Mutu: r.Grade.Mutu, Kinerja: r.Grade.Kinerja}
	if population > 0 {
		s.SampelMinimum = SampleSize(population)
		enough := r.N >= s.SampelMinimum
		s.SampelCukup = &enough
	}
	for _, u := range r.Unsur {
		s.Unsur = append(s.Unsur, UnsurSummary{Kode: u.Code, Nama: u.Name, Jumlah: u.Sum,
			NRR: Float(u.NRR), NRRTertimbang: Float(u.Weighted), Mutu: u.Grade.Mutu})
	}
	return s
}

// csvHeader is the header row of WriteCSV.
var csvHeader = []string{"periode", "responden", "bobot", "kode", "unsur", "jumlah_nilai", "nrr", "nrr_tertimbang", "nilai", "mutu", "kinerja"}

// WriteCSV writes summaries as CSV: one row per unsur and one row "IKM"
// per period, numbers unrounded with a decimal point.
func WriteCSV(w io.Writer, ss []Summary) error {
	cw := csv.NewWriter(w)
	cw.Write(csvHeader)
	f := func(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
	for _, s := range ss {
		n := strconv.Itoa(s.Responden)
		sum := 0.0
		for _, u := range s.Unsur {
			sum += u.NRRTertimbang
			cw.Write([]string{s.Periode, n, s.Bobot, u.Kode, u.Nama, strconv.FormatInt(u.Jumlah, 10), f(u.NRR), f(u.NRRTertimbang), f(u.NRR * 25), u.Mutu, gradeOf(u.Mutu).Kinerja})
		}
		cw.Write([]string{s.Periode, n, s.Bobot, "IKM", "Indeks Kepuasan Masyarakat", "", "", f(s.IKM / 25), f(s.IKM), s.Mutu, s.Kinerja})
	}
	cw.Flush()
	return cw.Error()
}

func gradeOf(mutu string) Grade {
	for _, g := range grades {
		if g.Mutu == mutu {
			return g
		}
	}
	return Grade{}
}

// WriteTable writes a result as a table for a terminal, numbers rounded
// the Indonesian way.
func WriteTable(w io.Writer, r *Result, population int) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "Unsur\t\tJumlah nilai\tNRR\tNRR tertimbang\tMutu\n")
	for _, u := range r.Unsur {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\n", u.Code, u.Name, u.Sum, Format(u.NRR, 3, "id"), Format(u.Weighted, 3, "id"), u.Grade.Mutu)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	weights := map[string]string{"sama": "1/9 setiap unsur", "dibulatkan": "0,111 setiap unsur (dibulatkan)", "khusus": "ditetapkan panduan"}
	fmt.Fprintf(w, "\nResponden: %s\nBobot: %s\nIKM: %s (mutu %s, kinerja %s)\n",
		FormatScaled(bigInt(r.N), 0, "id"), weights[r.Weights.Name()], Format(r.IKM, 2, "id"), r.Grade.Mutu, r.Grade.Kinerja)
	low := r.Lowest(3)
	fmt.Fprintf(w, "Prioritas perbaikan: %s (%s), %s (%s), %s (%s)\n",
		r.Unsur[low[0]].Code, r.Unsur[low[0]].Name, r.Unsur[low[1]].Code, r.Unsur[low[1]].Name, r.Unsur[low[2]].Code, r.Unsur[low[2]].Name)
	if population > 0 {
		min := SampleSize(population)
		verdict := "cukup"
		if r.N < min {
			verdict = "belum cukup"
		}
		fmt.Fprintf(w, "Sampel minimum (Krejcie–Morgan, populasi %s): %s responden; %s\n",
			FormatScaled(bigInt(population), 0, "id"), FormatScaled(bigInt(min), 0, "id"), verdict)
	}
	return nil
}
