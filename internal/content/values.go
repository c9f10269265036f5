package content

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/tubei/pustaka/internal/message"
)

// set decodes the value v of the known key (canonical name key, written
// as name) into the page.
func (d *decoder) set(key, name string, v *yaml.Node) {
	p := d.page
	switch key {
	case "title", "summary", "unit", "number", "version":
		*d.stringField(key) = d.str(name, v)
	case "date", "updated", "effective":
		*d.timeField(key) = d.date(name, v)
	case "authors":
		p.Authors = d.strOrList(name, v)
	case "tags", "categories", "keywords", "aliases", "stakeholders", "objectives", "competencies":
		*d.listField(key) = d.list(name, v)
	case "lang":
		p.Lang = d.enum(name, v, p.Lang, "id", "en")
	case "terjemahan":
		p.Translation = d.str(name, v)
		p.trLine, p.trCol = d.lineOff+v.Line, v.Column
	case "status":
		p.Status = d.enum(name, v, "", "draft", "consultation", "approved", "revoked")
	case "level":
		p.Level = d.enum(name, v, "", "dasar", "menengah", "lanjut")
	case "draft":
		p.Draft = d.boolean(name, v)
	case "weight":
		p.Weight = d.integer(name, v)
	case "slug":
		d.slug(v)
	case "permalink":
		d.permalink(v)
	case "duration":
		p.Duration = d.duration(name, v)
	case "related", "prerequisites":
		*d.refsField(key) = d.refs(name, v)
	case "supersedes":
		p.Supersedes = d.ref(name, v)
	case "indicators":
		p.Indicators = d.indicators(name, v)
	case "survei":
		p.Surveys = d.surveys(name, v)
	case "bobot":
		p.Weights = d.weights(name, v)
	case "laporan":
		p.Signature = d.signature(name, v)
	case "realisasi":
		p.Measured = d.dataRef(name, v)
	case "ujian":
		p.Exam = d.boolean(name, v)
	case "lulus":
		p.Pass = d.passMark(name, v)
	case "mentoring":
		p.Mentoring = d.mentoring(name, v)
	}
}

func (d *decoder) stringField(key string) *string {
	p := d.page
	return map[string]*string{"title": &p.Title, "summary": &p.Summary, "unit": &p.Unit,
		"number": &p.Number, "version": &p.Version}[key]
}

func (d *decoder) timeField(key string) *time.Time {
	p := d.page
	return map[string]*time.Time{"date": &p.Date, "updated": &p.Updated, "effective": &p.Effective}[key]
}

func (d *decoder) listField(key string) *[]string {
	p := d.page
	return map[string]*[]string{"tags": &p.Tags, "categories": &p.Categories, "keywords": &p.Keywords,
		"aliases": &p.Aliases, "stakeholders": &p.Stakeholders, "objectives": &p.Objectives,
		"competencies": &p.Competencies}[key]
}

func (d *decoder) refsField(key string) *[]Ref {
	if key == "related" {
		return &d.page.Related
	}
	return &d.page.Prerequisites
}

// str decodes any scalar as the text written; numbers keep their form.
func (d *decoder) str(name string, v *yaml.Node) string {
	if v.Kind != yaml.ScalarNode {
		d.errorf(v, message.WantString, name, describe(v))
		return ""
	}
	return strings.TrimSpace(v.Value)
}

// list decodes a list of strings.
func (d *decoder) list(name string, v *yaml.Node) []string {
	if v.Kind != yaml.SequenceNode {
		d.errorf(v, message.WantStrings, name, describe(v))
		return nil
	}
	out := make([]string, 0, len(v.Content))
	for i, item := range v.Content {
		item = deref(item)
		if item.Kind != yaml.ScalarNode || isNull(item) {
			d.errorf(item, message.WantString, fmt.Sprintf("%s[%d]", name, i), describe(item))
			continue
		}
		out = append(out, strings.TrimSpace(item.Value))
	}
	return out
}

// strOrList decodes a single string or a list of strings.
func (d *decoder) strOrList(name string, v *yaml.Node) []string {
	if v.Kind == yaml.ScalarNode {
		return []string{strings.TrimSpace(v.Value)}
	}
	if v.Kind != yaml.SequenceNode {
		d.errorf(v, message.WantStringOrList, name, describe(v))
		return nil
	}
	return d.list(name, v)
}

func (d *decoder) date(name string, v *yaml.Node) time.Time {
	if v.Kind == yaml.ScalarNode {
		if t, err := ParseDate(v.Value); err == nil {
			return t
		}
	}
	d.errorf(v, message.WantDate, name, describe(v))
	return time.Time{}
}

// enum decodes one of the allowed words, ignoring letter case; on error
// it returns def.
func (d *decoder) enum(name string, v *yaml.Node, def string, allowed ...string) string {
	if v.Kind == yaml.ScalarNode {
		w := strings.ToLower(strings.TrimSpace(v.Value))
		for _, a := range allowed {
			if w == a {
				return a
			}
		}
	}
	d.errorf(v, message.WantOneOf, name, strings.Join(allowed, ", "), describe(v))
	return def
}

// boolean decodes true or false, written plain or quoted.
func (d *decoder) boolean(name string, v *yaml.Node) bool {
	var b bool
	if v.Kind == yaml.ScalarNode && v.Tag == "!!bool" && v.Decode(&b) == nil {
		return b
	}
	if v.Kind == yaml.ScalarNode {
		switch strings.ToLower(strings.TrimSpace(v.Value)) {
		case "true":
			return true
		case "false":
			return false
		}
	}
	d.errorf(v, message.WantBool, name, describe(v))
	return false
}

// integer decodes an integer, written plain or quoted.
func (d *decoder) integer(name string, v *yaml.Node) int {
	var n int
	if v.Kind == yaml.ScalarNode {
		if v.Tag == "!!int" && v.Decode(&n) == nil {
			return n
		}
		if n, err := strconv.Atoi(strings.TrimSpace(v.Value)); err == nil {
			return n
		}
	}
	d.errorf(v, message.WantInteger, name, describe(v))
	return 0
}

func (d *decoder) duration(name string, v *yaml.Node) time.Duration {
	if v.Kind == yaml.ScalarNode {
		if t, err := parseDuration(v.Value); err == nil {
			return t
		}
	}
	d.errorf(v, message.WantDuration, name, describe(v))
	return 0
}

// slug replaces the last URL segment of the page.
func (d *decoder) slug(v *yaml.Node) {
	s := d.str("slug", v)
	if v.Kind != yaml.ScalarNode {
		return
	}
	if s == "" || s == "." || s == ".." || strings.ContainsAny(s, "/\\?# \t") {
		d.errorf(v, message.WantSlug, describe(v))
		return
	}
	d.page.URL = pageURL(d.page.Path, s)
	d.page.urlLine, d.page.urlCol = d.lineOff+v.Line, v.Column
}

// ref decodes one page reference.
func (d *decoder) ref(name string, v *yaml.Node) *Ref {
	if v.Kind != yaml.ScalarNode || strings.TrimSpace(v.Value) == "" {
		d.errorf(v, message.WantRef, name, describe(v))
		return nil
	}
	return &Ref{Target: strings.TrimSpace(v.Value), Line: d.lineOff + v.Line, Col: v.Column}
}

// refs decodes a list of page references.
func (d *decoder) refs(name string, v *yaml.Node) []Ref {
	if v.Kind != yaml.SequenceNode {
		d.errorf(v, message.WantRefs, name, describe(v))
		return nil
	}
	var out []Ref
	for i, item := range v.Content {
		if r := d.ref(fmt.Sprintf("%s[%d]", name, i), deref(item)); r != nil {
			out = append(out, *r)
		}
	}
	return out
}
