package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func skm(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), append([]string{"skm"}, args...), &stdout, &stderr)
	return stdout.String(), stderr.String(), code
}

func TestSKM(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "skm.csv")
	// The worked example of internal/survey, saved as an Indonesian spreadsheet does.
	src := "\uFEFFU1;U2;U3;U4;U5;U6;U7;U8;U9\r\n4;4;3;4;3;3;4;3;3\r\n3;3;2;4;3;3;3;2;3\r\n3;4;3;4;4;4;4;3;3\r\n2;3;3;3;3;3;4;3;2\r\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := skm(t, file, "--format", "json", "--populasi", "50")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Responden     int
		IKM           float64
		Mutu, Kinerja string
		SampelMinimum int  `json:"sampel_minimum"`
		SampelCukup   bool `json:"sampel_cukup"`
		Unsur         []struct {
			Kode          string
			Jumlah        int64
			NRR           float64
			NRRTertimbang float64 `json:"nrr_tertimbang"`
			Mutu          string
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Responden != 4 || got.IKM != 2875.0/36 || got.Mutu != "B" || got.Kinerja != "Baik" || got.SampelMinimum != 44 || got.SampelCukup {
		t.Errorf("json: %+v", got)
	}
	if len(got.Unsur) != 9 || got.Unsur[2].Kode != "U3" || got.Unsur[2].Jumlah != 11 || got.Unsur[2].NRR != 2.75 || got.Unsur[2].Mutu != "C" {
		t.Errorf("unsur: %+v", got.Unsur)
	}
	out, _, code = skm(t, "--bobot", "dibulatkan", file)
	if code != 0 || !strings.Contains(out, "IKM: 79,78 (mutu B, kinerja Baik)") || !strings.Contains(out, "0,111 setiap unsur") {
		t.Errorf("table with 0,111: exit %d\n%s", code, out)
	}
	out, _, _ = skm(t, file, "--format=csv")
	if !strings.HasPrefix(out, "periode,responden,bobot,kode") || !strings.Contains(out, ",4,sama,IKM,Indeks Kepuasan Masyarakat,,,") {
		t.Errorf("csv:\n%s", out)
	}
}

func TestSKMErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,4,4,4,4,4\n4,4,4,5,4,4,4,4,4\n"), 0o644)
	out, errOut, code := skm(t, bad)
	if code != 1 || out != "" || !strings.Contains(errOut, "bad.csv:3:7: U4: seharusnya 1, 2, 3 atau 4; tertulis \"5\"") {
		t.Errorf("bad file: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	for _, args := range [][]string{{}, {bad, bad}, {"--bobot", "0,1", bad}, {"--format", "xml", bad}, {"--populasi", "-3", bad}} {
		if _, errOut, code := skm(t, args...); code != 2 || !strings.Contains(errOut, "--help") {
			t.Errorf("%q: exit %d, %s", args, code, errOut)
		}
	}
	if _, errOut, code := skm(t, filepath.Join(dir, "none.csv")); code != 1 || !strings.Contains(errOut, "none.csv") {
		t.Errorf("missing file: exit %d, %s", code, errOut)
	}
}
