package content

import (
	"fmt"
	"math/big"
	"path"
	"strings"

	"github.com/tubei/pustaka/internal/message"
	"github.com/tubei/pustaka/internal/survey"
	"gopkg.in/yaml.v3"
)

// Survey is one period of a community-satisfaction survey named in an
// evaluation guide's "survei" key: the CSV file of its answers, the
// period's name and the population the sample is drawn from.
type Survey struct {
	Data       string // file name as written: beside the guide, or under data/ at the site root
	Period     string // "Semester I 2026"
	Population int    // 0 when not given
	Line, Col  int    // position of the data value, where problems with the file are reported
}

// Signature is the signature block of a printed survey report (the
// "laporan" key): the unit surveyed and who signs, where.
type Signature struct {
	Unit     string // unit layanan, "Kantor Camat Tubei"
	Place    string // tempat, "Tubei"
	Position string // jabatan, "Camat Tubei"
	Name     string // nama
	NIP      string // nip
}

// DataRef names a data file of a guide (the "realisasi" key), with the
// position of the name.
type DataRef struct {
	Data      string
	Line, Col int
}

// surveyKeys, signatureKeys: the keys of one "survei" entry and of "laporan".
var (
	surveyKeys    = []string{"data", "periode", "populasi"}
	signatureKeys = []string{"unit", "tempat", "jabatan", "nama", "nip"}
)

// surveys decodes "survei": one map or a list of maps.
func (d *decoder) surveys(name string, v *yaml.Node) []Survey {
	items := []*yaml.Node{v}
	if v.Kind == yaml.SequenceNode {
		items = v.Content
	} else if v.Kind != yaml.MappingNode {
		d.errorf(v, message.WantSurveys, name, describe(v))
		return nil
	}
	var out []Survey
	periods := map[string]int{}
	for i, item := range items {
		at := name
		if v.Kind == yaml.SequenceNode {
			at = fmt.Sprintf("%s[%d]", name, i)
		}
		s, ok := d.survey(at, deref(item))
		if !ok {
			continue
		}
		key := strings.ToLower(s.Period)
		if prev, dup := periods[key]; dup && s.Period != "" {
			d.errorf(item, message.ValueTwice, at+".periode", s.Period, prev)
			continue
		}
		periods[key] = d.lineOff + item.Line
		out = append(out, s)
	}
	return out
}

// survey decodes one survey period.
func (d *decoder) survey(at string, v *yaml.Node) (Survey, bool) {
	if v.Kind != yaml.MappingNode {
		d.errorf(v, message.WantSurvey, at, describe(v))
		return Survey{}, false
	}
	s := Survey{Line: d.lineOff + v.Line, Col: v.Column}
	given := map[string]bool{}
	for j := 0; j+1 < len(v.Content); j += 2 {
		k, val := v.Content[j], deref(v.Content[j+1])
		if isNull(val) {
			continue
		}
		given[k.Value] = true
		switch k.Value {
		case "data":
			s.Data = d.str(at+".data", val)
			s.Line, s.Col = d.lineOff+val.Line, val.Column
			if s.Data != "" && !strings.EqualFold(path.Ext(s.Data), ".csv") {
				d.errorf(val, message.WantCSV, at+".data", describe(val))
				s.Data = ""
			}
		case "periode":
			s.Period = d.str(at+".periode", val)
		case "populasi":
			if s.Population = d.integer(at+".populasi", val); s.Population < 0 {
				d.errorf(val, message.WantPopulation, at, describe(val))
				s.Population = 0
			}
		default:
			d.unknownKey(k, at, surveyKeys)
		}
	}
	for _, key := range []string{"data", "periode"} {
		if !given[key] {
			d.errorf(v, message.Missing, at+"."+key)
		}
	}
	return s, s.Data != "" && s.Period != ""
}

// weights decodes "bobot": "dibulatkan" (0,111 each), "sama" (1/9 each,
// the default) or a list of nine numbers that add up to 1.
func (d *decoder) weights(name string, v *yaml.Node) *survey.Weights {
	switch v.Kind {
	case yaml.ScalarNode:
		switch strings.ToLower(strings.TrimSpace(v.Value)) {
		case "dibulatkan":
			w := survey.RoundedWeights()
			return &w
		case "sama":
			return nil
		}
	case yaml.SequenceNode:
		var ws []*big.Rat
		for i, item := range v.Content {
			item = deref(item)
			r, err := weight(item.Value)
			if item.Kind != yaml.ScalarNode || err != nil {
				d.errorf(item, message.WantWeight, name, i, describe(item))
				return nil
			}
			ws = append(ws, r)
		}
		w, err := survey.CustomWeights(ws)
		if err != nil {
			d.errorf(v, message.Detail, name, message.Of(err))
			return nil
		}
		return &w
	}
	d.errorf(v, message.WantWeights, name, describe(v))
	return nil
}

// signature decodes "laporan".
func (d *decoder) signature(name string, v *yaml.Node) *Signature {
	if v.Kind != yaml.MappingNode {
		d.errorf(v, message.WantMapWith, name, strings.Join(signatureKeys, ", "), describe(v))
		return nil
	}
	s := &Signature{}
	fields := map[string]*string{"unit": &s.Unit, "tempat": &s.Place, "jabatan": &s.Position, "nama": &s.Name, "nip": &s.NIP}
	for j := 0; j+1 < len(v.Content); j += 2 {
		k, val := v.Content[j], deref(v.Content[j+1])
		dst, ok := fields[k.Value]
		if !ok || k.Kind != yaml.ScalarNode {
			d.unknownKey(k, name, signatureKeys)
			continue
		}
		if !isNull(val) {
			*dst = d.str(name+"."+k.Value, val)
		}
	}
	return s
}

// dataRef decodes the name of a CSV file.
func (d *decoder) dataRef(name string, v *yaml.Node) *DataRef {
	s := d.str(name, v)
	if v.Kind != yaml.ScalarNode {
		return nil
	}
	if !strings.EqualFold(path.Ext(s), ".csv") {
		d.errorf(v, message.WantCSV, name, describe(v))
		return nil
	}
	return &DataRef{Data: s, Line: d.lineOff + v.Line, Col: v.Column}
}

// weight reads one weight: a number (0,2) or a fraction (1/9).
func weight(s string) (*big.Rat, error) {
	if a, b, ok := strings.Cut(s, "/"); ok {
		if r, ok := new(big.Rat).SetString(strings.TrimSpace(a) + "/" + strings.TrimSpace(b)); ok {
			return r, nil
		}
		return nil, fmt.Errorf("not a fraction")
	}
	return survey.ParseNumber(s)
}
