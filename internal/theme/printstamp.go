package theme

import "strings"

// PrintStamp is what a printed draft carries on every page: its version,
// its status and a warning, "DRAF II — Konsultasi Publik — tidak untuk
// dikutip". A comparison or change matrix is stamped for its newer
// version. It is "" for an approved or revoked document (and pages
// without a status): those print without a stamp.
func (d *Data) PrintStamp() string {
	p := d.Page
	if p == nil {
		return ""
	}
	label, status := p.Version, p.Status
	if p.Compare != nil {
		label, status = p.Compare.To.Label, p.Compare.To.Status
	}
	if status != "draft" && status != "consultation" {
		return ""
	}
	parts := []string{}
	if label != "" {
		parts = append(parts, strings.ToUpper(label))
	}
	parts = append(parts, d.StatusLabel(status), d.T("print.nocite"))
	return strings.Join(parts, " — ")
}
