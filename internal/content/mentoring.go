package content

import (
	"strconv"
	"strings"

	"github.com/tubei/pustaka/internal/message"
	"gopkg.in/yaml.v3"
)

// Mentoring is the plan of a mentoring module (front matter "mentoring"):
// who mentors, how many weeks, and what happens in which weeks.
type Mentoring struct {
	Mentor string // role of the mentor, e.g. "ASN senior yang ditunjuk Camat"
	Mentee string // role of the one mentored; "" means the theme's default (ASN Baru)
	Weeks  int    // length of the period in weeks, 1 to 104
	Plan   []MentoringWeeks
	Line   int
}

// MentoringWeeks are the activities of one week or a run of weeks
// (From == To for one week).
type MentoringWeeks struct {
	From, To   int
	Activities []string
	Line       int
}

// mentoringKeys are the keys of the "mentoring" map.
var mentoringKeys = []string{"mentor", "mentee", "minggu", "kegiatan"}

// mentoring decodes
//
//	mentoring:
//	  mentor: ASN senior yang ditunjuk Camat
//	  mentee: ASN Baru
//	  minggu: 12
//	  kegiatan:
//	    1: Perkenalan dan orientasi
//	    2-4: [Tugas harian, Standar pelayanan]
func (d *decoder) mentoring(name string, v *yaml.Node) *Mentoring {
	if v.Kind != yaml.MappingNode {
		d.errorf(v, message.WantMentoring, name, describe(v))
		return nil
	}
	m := &Mentoring{Line: d.lineOff + v.Line}
	var plan *yaml.Node
	for j := 0; j+1 < len(v.Content); j += 2 {
		k, val := v.Content[j], deref(v.Content[j+1])
		at := name + "." + k.Value
		switch k.Value {
		case "mentor":
			m.Mentor = d.str(at, val)
		case "mentee":
			m.Mentee = d.str(at, val)
		case "minggu":
			m.Weeks = d.integer(at, val)
			if m.Weeks < 1 || m.Weeks > 104 {
				d.errorf(val, message.WantWeeks, at, describe(val))
				m.Weeks = 0
			}
		case "kegiatan":
			plan = val
		default:
			d.unknownKey(k, name, mentoringKeys)
		}
	}
	if m.Mentor == "" {
		d.errorf(v, message.MissingMentor, name)
	}
	if m.Weeks == 0 {
		d.errorf(v, message.MissingWeeks, name)
	}
	if plan != nil {
		m.Plan = d.mentoringPlan(name+".kegiatan", plan, m.Weeks)
	}
	return m
}

// mentoringPlan decodes the map of weeks ("3" or "2-4") to activities.
func (d *decoder) mentoringPlan(at string, v *yaml.Node, weeks int) []MentoringWeeks {
	if v.Kind != yaml.MappingNode {
		d.errorf(v, message.WantActivities, at, describe(v))
		return nil
	}
	var out []MentoringWeeks
	for j := 0; j+1 < len(v.Content); j += 2 {
		k, val := deref(v.Content[j]), deref(v.Content[j+1])
		from, to, ok := weekRange(k.Value)
		if !ok || k.Kind != yaml.ScalarNode {
			d.errorf(k, message.WantWeek, at, describe(k))
			continue
		}
		if weeks > 0 && to > weeks {
			d.errorf(k, message.WeekAfterLast, at, to, weeks)
			continue
		}
		w := MentoringWeeks{From: from, To: to, Line: d.lineOff + k.Line}
		w.Activities = d.strOrList(at+"."+k.Value, val)
		if len(w.Activities) == 0 {
			d.errorf(val, message.NoActivity, at, k.Value)
		}
		out = append(out, w)
	}
	return out
}

// weekRange reads "3", "2-4" or "2–4".
func weekRange(s string) (from, to int, ok bool) {
	s = strings.ReplaceAll(strings.TrimSpace(s), "–", "-")
	a, b, isRange := strings.Cut(s, "-")
	from, err := strconv.Atoi(strings.TrimSpace(a))
	if err != nil || from < 1 {
		return 0, 0, false
	}
	to = from
	if isRange {
		if to, err = strconv.Atoi(strings.TrimSpace(b)); err != nil || to < from {
			return 0, 0, false
		}
	}
	return from, to, true
}

// passMark decodes "lulus", a percentage from 1 to 100.
func (d *decoder) passMark(name string, v *yaml.Node) int {
	n := d.integer(name, v)
	if n < 1 || n > 100 {
		if n != 0 || v.Value == "0" {
			d.errorf(v, message.WantPercentage, name, describe(v))
		}
		return 0
	}
	return n
}

// PassMark returns the percentage of a module's questions a reader must
// answer correctly for the module to count as finished: "lulus", by
// default 100.
func (p *Page) PassMark() int {
	if p.Pass == 0 {
		return 100
	}
	return p.Pass
}
