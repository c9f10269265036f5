package survey

import (
	"encoding/xml"
	"io"
	"strings"
	"testing"
)

// wellFormed checks that an SVG parses as XML and has a title and desc.
func wellFormed(t *testing.T, svg string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(svg))
	for {
		_, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not XML: %v\n%s", err, svg)
		}
	}
	for _, want := range []string{"<title id=", "<desc id=", `role="img"`, "viewBox="} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG lacks %s", want)
		}
	}
}

func TestCharts(t *testing.T) {
	c := Chart{ID: "x", Title: "NRR <per> unsur & \"mutu\"", Desc: "U1: 3,21."}
	bars := []Bar{{"U1", 3.21, "3,21"}, {"U2", 1, "1,00"}, {"U3", 4, "4,00"}}
	svg := BarChart(c, bars, 1, 4, []Limit{{2.6, "C"}, {3.0644, "B"}, {3.5324, "A"}})
	wellFormed(t, svg)
	if !strings.Contains(svg, "NRR &lt;per&gt; unsur &amp; &#34;mutu&#34;") {
		t.Error("title not escaped")
	}
	if strings.Count(svg, `class="bar"`) != 3 || strings.Count(svg, `class="limit"`) != 3 {
		t.Error("want 3 bars and 3 limits")
	}
	// the longest bar reaches the end of the axis, the shortest is empty
	if !strings.Contains(svg, `width="288"`) || !strings.Contains(svg, `width="0"`) {
		t.Errorf("bar widths:\n%s", svg)
	}
	pts := []Point{{"Semester I 2026", 81.44, "81,44"}, {"Semester II 2026", 82.06, "82,06"}}
	wellFormed(t, LineChart(c, pts, 60, 100, []Limit{{65, "C"}, {76.61, "B"}, {88.31, "A"}}))
	wellFormed(t, LineChart(c, pts[:1], 60, 100, nil))
	target := 5.0
	wellFormed(t, TrendChart(c, []Point{{"T1", 7, "7"}, {"T2", 4, "4"}, {"T3", 3, "3"}}, &target))
	wellFormed(t, TrendChart(c, []Point{{"T1", 7, "7"}, {"T2", 7, "7"}}, nil))
}
