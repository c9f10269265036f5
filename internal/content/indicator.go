package content

import (
	"fmt"

	"github.com/tubei/pustaka/internal/message"
	"gopkg.in/yaml.v3"
)

// indicators decodes the list of indicators of an evaluation guide.
func (d *decoder) indicators(name string, v *yaml.Node) []Indicator {
	if v.Kind != yaml.SequenceNode {
		d.errorf(v, message.WantIndicators, name, describe(v))
		return nil
	}
	var out []Indicator
	for i, item := range v.Content {
		if ind, ok := d.indicator(fmt.Sprintf("%s[%d]", name, i), deref(item)); ok {
			out = append(out, ind)
		}
	}
	return out
}

// indicator decodes one indicator, a map with a required name and
// optional target, unit, method and frequency.
func (d *decoder) indicator(at string, v *yaml.Node) (Indicator, bool) {
	if v.Kind != yaml.MappingNode {
		d.errorf(v, message.WantIndicator, at, describe(v))
		return Indicator{}, false
	}
	ind := Indicator{Line: d.lineOff + v.Line}
	fields := map[string]*string{"name": &ind.Name, "target": &ind.Target, "unit": &ind.Unit,
		"method": &ind.Method, "frequency": &ind.Frequency, "direction": &ind.Direction}
	named := false
	for j := 0; j+1 < len(v.Content); j += 2 {
		k, val := v.Content[j], deref(v.Content[j+1])
		dst, ok := fields[k.Value]
		if !ok || k.Kind != yaml.ScalarNode {
			d.unknownKey(k, at, indicatorKeys)
			continue
		}
		if k.Value == "direction" && !isNull(val) {
			ind.Direction = d.enum(at+".direction", val, "", "higher", "lower")
			continue
		}
		if !isNull(val) {
			*dst = d.str(at+"."+k.Value, val)
			named = named || k.Value == "name"
		}
	}
	if !named {
		d.errorf(v, message.Missing, at+".name")
	}
	return ind, true
}
