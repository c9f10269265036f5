package theme

import (
	"html/template"
	"time"
)

// KindReport is the printable report of one period of a
// community-satisfaction survey (Laporan Hasil Survei Kepuasan
// Masyarakat), rendered by report.html.
const KindReport = "report"

// Survey is the report of a community-satisfaction survey on an
// evaluation guide's page. Numbers are formatted for the page's language
// (rounded half up from exact values); the tables are the accessible
// source of the charts.
type Survey struct {
	Periods   []SurveyPeriod // in the order the guide lists them; those without data are left out
	Trend     template.HTML  // SVG line chart of the IKM across periods; "" with fewer than two
	Weights   string         // sama (1/9), dibulatkan (0,111) or khusus
	Unit      string         // the unit surveyed, from the laporan key
	Signature *Signature
	JSONURL   string // open data: ikm.json beside the page
	CSVURL    string // ikm.csv
	GuideURL  string
	Guide     string // the guide's title
}

// Latest returns the last period, or nil.
func (s *Survey) Latest() *SurveyPeriod {
	if s == nil || len(s.Periods) == 0 {
		return nil
	}
	return &s.Periods[len(s.Periods)-1]
}

// Signature is the signature block of a printed report.
type Signature struct {
	Place, Position, Name, NIP string
}

// SurveyPeriod is the result of one period.
type SurveyPeriod struct {
	Name        string // "Semester I 2026"
	URL         string // its printable report
	Respondents string // formatted
	IKM         string // "80,90"
	Mutu        string // A … D
	Kinerja     string // Sangat Baik … Tidak Baik
	WeightedSum string // Σ NRR tertimbang
	Unsur       []SurveyUnsur
	Priorities  []SurveyUnsur // the three lowest NRR, lowest first
	Profile     []SurveyProfile
	Population  string // "" when the guide gives none
	MinSample   string
	Enough      bool // respondents reach MinSample
	First, Last time.Time
	Chart       template.HTML // SVG bar chart of NRR per unsur with the band limits
	Stale       bool          // the data file has errors now: this is its last good state
}

// SurveyUnsur is one row of the table per unsur.
type SurveyUnsur struct {
	Code, Name string
	Sum        string // jumlah nilai
	NRR        string // 3 decimals
	Weighted   string // NRR tertimbang, 3 decimals
	Scaled     string // NRR × 25, 2 decimals
	Mutu       string
	Kinerja    string
}

// SurveyProfile is the respondents by one profile column.
type SurveyProfile struct {
	Column string // layanan, jenis_kelamin, pendidikan, pekerjaan, usia (i18n key survey.col.<Column>)
	Rows   []SurveyCount
}

// SurveyCount is one value of a profile column.
type SurveyCount struct {
	Value   string // "" for blank cells
	Count   string
	Percent string
}

// Measure is an indicator's measured value in one period.
type Measure struct {
	Period  string
	Value   string
	Percent string // achievement in %; "" when it cannot be computed (target 0 or not a number)
	Met     bool
	Judged  bool // the target is a number, so Met means something
}
