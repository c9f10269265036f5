package content

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	wib := time.FixedZone("", 7*3600)
	for _, tc := range []struct {
		in   string
		want time.Time
	}{
		{"2026-11-27", time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)},
		{" 2026-11-27 ", time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)},
		{"2026-11-27T08:30", time.Date(2026, 11, 27, 8, 30, 0, 0, time.UTC)},
		{"2026-11-27T08:30:15", time.Date(2026, 11, 27, 8, 30, 15, 0, time.UTC)},
		{"2026-11-27T08:30:15.5", time.Date(2026, 11, 27, 8, 30, 15, 5e8, time.UTC)},
		{"2026-11-27T08:30:15Z", time.Date(2026, 11, 27, 8, 30, 15, 0, time.UTC)},
		{"2026-11-27T08:30:15+07:00", time.Date(2026, 11, 27, 8, 30, 15, 0, wib)},
		{"2026-11-27T08:30+07:00", time.Date(2026, 11, 27, 8, 30, 0, 0, wib)},
		{"2026-11-27 08:30:15", time.Date(2026, 11, 27, 8, 30, 15, 0, time.UTC)},
		{"2026-11-27 08:30:15+07:00", time.Date(2026, 11, 27, 8, 30, 15, 0, wib)},
		{"2026-11-27 08:30", time.Date(2026, 11, 27, 8, 30, 0, 0, time.UTC)},
		{"2026/11/27", time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)},
		{"27-11-2026", time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)},
		{"27/11/2026", time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)},
		{"01-02-2026", time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)}, // day first
	} {
		got, err := ParseDate(tc.in)
		if err != nil || !got.Equal(tc.want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, in := range []string{
		"", "kemarin", "2026-13-01", "2026-02-30", "11/27/2026", "2026-11-27T25:00",
		"20261127", "27 November 2026", "2026-11", "2026-11-27T08:30:15+25:00",
	} {
		if got, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", in, got)
		}
	}
}

func TestParseDuration(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Duration
	}{
		{"90", 90 * time.Minute},
		{"90m", 90 * time.Minute},
		{"1j 30m", 90 * time.Minute},
		{"1j30m", 90 * time.Minute},
		{"1j", time.Hour},
		{"45 menit", 45 * time.Minute},
		{"1h30m", 90 * time.Minute},
		{"2 jam 15 menit", 135 * time.Minute},
		{"1 Jam", time.Hour},
		{"3 JP", 135 * time.Minute},
		{"2 hours", 2 * time.Hour},
		{"30 mnt", 30 * time.Minute},
	} {
		got, err := parseDuration(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("parseDuration(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	for _, in := range []string{"", "0", "-30", "0m", "jam", "90 detik", "1,5 jam", "1.5h", "m30", "99999999999", "1j -30m"} {
		if got, err := parseDuration(in); err == nil {
			t.Errorf("parseDuration(%q) = %v, want an error", in, got)
		}
	}
}
