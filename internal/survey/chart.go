package survey

import (
	"fmt"
	"html"
	"math"
	"strings"
)

// Chart is what every chart says in words: its <title> and <desc>, and
// the id its elements are named by (unique in the page).
type Chart struct {
	ID    string
	Title string
	Desc  string
}

// Bar is one bar of a bar chart: a label, its value and the value as
// shown.
type Bar struct {
	Label string
	Value float64
	Text  string
}

// Limit is a line across a chart at a value, labelled (a band limit, a
// target).
type Limit struct {
	At    float64
	Label string
}

// svg starts an SVG of width × height user units with its title and desc.
func (c Chart) svg(b *strings.Builder, class string, width, height int) {
	fmt.Fprintf(b, `<svg class="chart %s" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-labelledby="%s-t %s-d" xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif">`,
		class, width, height, width, height, c.ID, c.ID)
	fmt.Fprintf(b, `<title id="%s-t">%s</title><desc id="%s-d">%s</desc>`, c.ID, esc(c.Title), c.ID, esc(c.Desc))
}

func esc(s string) string { return html.EscapeString(s) }

// num writes a coordinate with at most one decimal.
func num(x float64) string {
	s := fmt.Sprintf("%.1f", x)
	return strings.TrimSuffix(s, ".0")
}

// BarChart draws horizontal bars from lo to hi with the limits as dashed
// lines labelled at the top: NRR per unsur with the mutu bands.
func BarChart(c Chart, bars []Bar, lo, hi float64, limits []Limit) string {
	const (
		width, left, right, top, row, bottom = 360, 30, 42, 22, 26, 22
	)
	plot := float64(width - left - right)
	x := func(v float64) float64 { return left + (min(max(v, lo), hi)-lo)/(hi-lo)*plot }
	height := top + row*len(bars) + bottom
	var b strings.Builder
	c.svg(&b, "bars", width, height)
	base := top + row*len(bars)
	var labels []string                    // drawn last, over the limit lines
	for v := math.Ceil(lo); v <= hi; v++ { // grid and axis labels
		fmt.Fprintf(&b, `<line x1="%s" y1="%d" x2="%s" y2="%d" stroke="#d0d5dd" stroke-width="1"/>`, num(x(v)), top, num(x(v)), base)
		fmt.Fprintf(&b, `<text x="%s" y="%d" font-size="11" text-anchor="middle" fill="#333">%s</text>`, num(x(v)), base+15, num(v))
	}
	for i, bar := range bars {
		y := top + row*i
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="13" text-anchor="end" fill="#1a1a1a">%s</text>`, left-5, y+row/2+4, esc(bar.Label))
		fmt.Fprintf(&b, `<rect class="bar" x="%d" y="%d" width="%s" height="%d" fill="#2c5282"/>`, left, y+5, num(x(bar.Value)-left), row-10)
		labels = append(labels, fmt.Sprintf(`<text x="%s" y="%d" font-size="13" fill="#1a1a1a" stroke="#fff" stroke-width="3" paint-order="stroke">%s</text>`, num(x(bar.Value)+4), y+row/2+5, esc(bar.Text)))
	}
	for _, l := range limits {
		fmt.Fprintf(&b, `<line class="limit" x1="%s" y1="%d" x2="%s" y2="%d" stroke="#b7410e" stroke-width="1.5" stroke-dasharray="4 3"/>`, num(x(l.At)), top-4, num(x(l.At)), base)
		fmt.Fprintf(&b, `<text x="%s" y="%d" font-size="12" text-anchor="middle" fill="#8a2f0a">%s</text>`, num(x(l.At)), top-8, esc(l.Label))
	}
	b.WriteString(strings.Join(labels, ""))
	b.WriteString(`</svg>`)
	return b.String()
}

// Point is one point of a line chart.
type Point struct {
	Label string // x axis: the period
	Value float64
	Text  string
}

// LineChart draws values across periods between lo and hi, with the
// limits as dashed lines labelled on the right: IKM across periods with
// the mutu bands.
func LineChart(c Chart, pts []Point, lo, hi float64, limits []Limit) string {
	const (
		width, height, left, right, top, bottom = 360, 220, 36, 26, 14, 40
	)
	plotW, plotH := float64(width-left-right), float64(height-top-bottom)
	y := func(v float64) float64 { return top + (hi-min(max(v, lo), hi))/(hi-lo)*plotH }
	x := func(i int) float64 {
		if len(pts) == 1 {
			return left + plotW/2
		}
		return left + 8 + float64(i)*(plotW-16)/float64(len(pts)-1)
	}
	var b strings.Builder
	c.svg(&b, "line", width, height)
	step := niceStep(hi - lo)
	for v := math.Ceil(lo/step) * step; v <= hi; v += step {
		fmt.Fprintf(&b, `<line x1="%d" y1="%s" x2="%d" y2="%s" stroke="#d0d5dd" stroke-width="1"/>`, left, num(y(v)), width-right, num(y(v)))
		fmt.Fprintf(&b, `<text x="%d" y="%s" font-size="12" text-anchor="end" fill="#333">%s</text>`, left-4, num(y(v)+4), num(v))
	}
	for _, l := range limits {
		if l.At < lo || l.At > hi {
			continue
		}
		fmt.Fprintf(&b, `<line class="limit" x1="%d" y1="%s" x2="%d" y2="%s" stroke="#b7410e" stroke-width="1.5" stroke-dasharray="4 3"/>`, left, num(y(l.At)), width-right, num(y(l.At)))
		fmt.Fprintf(&b, `<text x="%d" y="%s" font-size="12" fill="#8a2f0a">%s</text>`, width-right+3, num(y(l.At)+4), esc(l.Label))
	}
	if len(pts) > 1 {
		var path []string
		for i, p := range pts {
			path = append(path, num(x(i))+","+num(y(p.Value)))
		}
		fmt.Fprintf(&b, `<polyline points="%s" fill="none" stroke="#2c5282" stroke-width="2.5"/>`, strings.Join(path, " "))
	}
	for i, p := range pts {
		fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="4" fill="#2c5282"/>`, num(x(i)), num(y(p.Value)))
		fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="13" text-anchor="middle" fill="#1a1a1a" stroke="#fff" stroke-width="3" paint-order="stroke">%s</text>`, num(x(i)), num(y(p.Value)-9), esc(p.Text))
		anchor := "middle" // the first and last labels stay inside the chart
		switch {
		case len(pts) > 1 && i == 0:
			anchor = "start"
		case len(pts) > 1 && i == len(pts)-1:
			anchor = "end"
		}
		fmt.Fprintf(&b, `<text x="%s" y="%d" font-size="12" text-anchor="%s" fill="#333">%s</text>`, num(x(i)), height-bottom+17, anchor, esc(p.Label))
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// niceStep returns a grid step of 1, 2 or 5 × 10^k giving 3 to 8 lines.
func niceStep(span float64) float64 {
	if span <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(span)))
	for _, m := range []float64{0.2, 0.5, 1, 2, 5} {
		if span/(m*p) <= 8 {
			return m * p
		}
	}
	return 10 * p
}

// TrendChart draws a small line of an indicator's values with its target
// as a dashed line: a sparkline for a table cell.
func TrendChart(c Chart, pts []Point, target *float64) string {
	const width, height, pad = 120, 36, 5
	lo, hi := math.Inf(1), math.Inf(-1)
	vals := make([]float64, 0, len(pts)+1)
	for _, p := range pts {
		vals = append(vals, p.Value)
	}
	if target != nil {
		vals = append(vals, *target)
	}
	for _, v := range vals {
		lo, hi = min(lo, v), max(hi, v)
	}
	if hi == lo {
		lo, hi = lo-1, hi+1
	}
	y := func(v float64) float64 { return pad + (hi-v)/(hi-lo)*(height-2*pad) }
	x := func(i int) float64 {
		if len(pts) == 1 {
			return width / 2
		}
		return pad + float64(i)*(width-2*pad)/float64(len(pts)-1)
	}
	var b strings.Builder
	c.svg(&b, "trend", width, height)
	if target != nil {
		fmt.Fprintf(&b, `<line class="limit" x1="0" y1="%s" x2="%d" y2="%s" stroke="#b7410e" stroke-width="1.5" stroke-dasharray="4 3"/>`, num(y(*target)), width, num(y(*target)))
	}
	var path []string
	for i, p := range pts {
		path = append(path, num(x(i))+","+num(y(p.Value)))
	}
	if len(pts) > 1 {
		fmt.Fprintf(&b, `<polyline points="%s" fill="none" stroke="#2c5282" stroke-width="2"/>`, strings.Join(path, " "))
	}
	for i, p := range pts {
		fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="3" fill="#2c5282"/>`, num(x(i)), num(y(p.Value)))
	}
	b.WriteString(`</svg>`)
	return b.String()
}
