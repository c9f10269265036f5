package content

import (
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// lessonHour is one "jam pelajaran" (JP), the unit of Indonesian civil
// service training schedules.
const lessonHour = 45 * time.Minute

// maxDurationTerm bounds each number so that sums cannot overflow.
const maxDurationTerm = 1_000_000

var errDuration = errors.New(`want a duration like 90, "90m" or "1j 30m"`)

// parseDuration parses a training duration: a bare number of minutes
// ("90"), or one or more number-unit terms, optionally separated by blanks
// ("90m", "1j 30m", "1h30m", "45 menit", "2 jam", "4 JP"). Units, in any
// letter case: m, min, mnt, menit, minute(s) for minutes; j, h, jam, hour(s)
// for hours; jp for lesson hours of 45 minutes. The total must be positive.
func parseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if n, err := strconv.Atoi(s); err == nil {
		if n > maxDurationTerm {
			return 0, errDuration
		}
		return positive(time.Duration(n) * time.Minute)
	}
	var total time.Duration
	rest := strings.ToLower(s)
	for rest = strings.TrimSpace(rest); rest != ""; rest = strings.TrimSpace(rest) {
		num := strings.TrimLeftFunc(rest, unicode.IsDigit)
		n, err := strconv.Atoi(rest[:len(rest)-len(num)])
		if err != nil {
			return 0, errDuration
		}
		num = strings.TrimLeft(num, " ")
		word := strings.TrimLeftFunc(num, unicode.IsLetter)
		unit, ok := durationUnit(num[:len(num)-len(word)])
		if !ok || n > maxDurationTerm {
			return 0, errDuration
		}
		total += time.Duration(n) * unit
		rest = word
	}
	return positive(total)
}

func positive(d time.Duration) (time.Duration, error) {
	if d <= 0 {
		return 0, errDuration
	}
	return d, nil
}

func durationUnit(u string) (time.Duration, bool) {
	switch u {
	case "m", "min", "mnt", "menit", "minute", "minutes":
		return time.Minute, true
	case "j", "h", "jam", "hour", "hours":
		return time.Hour, true
	case "jp":
		return lessonHour, true
	}
	return 0, false
}
