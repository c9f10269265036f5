package theme

import (
	"fmt"
	"strings"
)

// VersionName is how a version is named in a version history, in a
// comparison's heading and in the compare form: its label ("Draf II");
// for a working state "versi kerja, 3 Desember 2026 08.12.40, 1,2 KB" (time
// and size, so that states of one day tell apart); for a commit without
// a label "komit 1a2b3c4"; for the current file without one "terkini".
// It is never empty.
func (d *Data) VersionName(v Version) string {
	switch {
	case v.Working:
		return fmt.Sprintf("%s, %s %s, %s", d.T("versions.working"), d.Date(v.Date), v.Date.Format("15.04.05"), d.Size(v.Size))
	case v.Label != "":
		return v.Label
	case v.Current:
		return d.T("versions.current")
	case strings.HasPrefix(v.ID, "g:"):
		return d.T("versions.commit") + " " + v.ID[2:min(len(v.ID), 9)]
	}
	return strings.TrimPrefix(v.ID, "h:")[:min(8, len(strings.TrimPrefix(v.ID, "h:")))]
}

// Size formats a size in bytes as the page's language writes it: "840
// B", "1,2 KB" (decimal comma in Indonesian), "3,4 MB".
func (d *Data) Size(n int) string {
	var s string
	switch {
	case n < 1000:
		return fmt.Sprintf("%d B", n)
	case n < 1000*1000:
		s = fmt.Sprintf("%.1f KB", float64(n)/1000)
	default:
		s = fmt.Sprintf("%.1f MB", float64(n)/1e6)
	}
	if d.Lang() != "en" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// VersionName names a version in lang as Data.VersionName does, for text
// the site composes outside layouts (a change matrix's column headers).
func (t *Theme) VersionName(lang string, v Version) string {
	d := &Data{Page: &Page{Lang: lang}, strings: t.strings}
	return d.VersionName(v)
}
