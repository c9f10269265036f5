package content

import (
	"errors"
	"strings"
	"time"
)

// dateLayouts are the accepted date forms, tried in order. Forms without a
// zone are read as UTC.
var dateLayouts = [...]string{
	"2006-01-02",
	time.RFC3339Nano,                // 2026-11-27T08:30:00Z, 2026-11-27T08:30:00.5+07:00
	"2006-01-02T15:04Z07:00",        // 2026-11-27T08:30+07:00
	"2006-01-02T15:04:05.999999999", // 2026-11-27T08:30:00
	"2006-01-02T15:04",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04Z07:00",
	"2006-01-02 15:04",
	"2006/01/02",
	"02-01-2006",
	"02/01/2006",
}

var errDate = errors.New("want a date like 2026-11-27")

// ParseDate parses a date as written in front matter:
//
//   - ISO 8601 dates and date-times: "2026-11-27", "2026-11-27T08:30",
//     "2026-11-27T08:30:15", with optional fractional seconds and an
//     optional zone ("Z", "+07:00"); a space may replace the "T";
//   - "2026/11/27" (year first);
//   - "27-11-2026" and "27/11/2026": day first, as dates are written in
//     Indonesia, never month first.
//
// Dates and times without a zone are read as UTC. Surrounding blanks are
// ignored. Anything else is an error.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, errDate
}
