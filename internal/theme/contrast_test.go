package theme

import (
	"io/fs"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var cssVar = regexp.MustCompile(`--([a-z-]+):\s*#([0-9a-fA-F]{6})\b`)

// palettes returns the light palette (the first :root block) and the dark
// one (the :root block inside prefers-color-scheme: dark) of the CSS.
func palettes(t *testing.T, css string) (light, dark map[string]string) {
	t.Helper()
	i := strings.Index(css, "prefers-color-scheme: dark")
	if i < 0 {
		t.Fatal("no dark palette")
	}
	vars := func(s string) map[string]string {
		m := map[string]string{}
		for _, v := range cssVar.FindAllStringSubmatch(s, -1) {
			m[v[1]] = v[2]
		}
		return m
	}
	end := strings.Index(css[i:], "}\n}")
	if end < 0 {
		t.Fatal("dark palette block not closed")
	}
	return vars(css[:i]), vars(css[i : i+end])
}

// luminance is the WCAG relative luminance of a 6-digit hex colour.
func luminance(hex string) float64 {
	var l float64
	for i, w := range []float64{0.2126, 0.7152, 0.0722} {
		v, _ := strconv.ParseUint(hex[2*i:2*i+2], 16, 8)
		c := float64(v) / 255
		if c <= 0.04045 {
			c /= 12.92
		} else {
			c = math.Pow((c+0.055)/1.055, 2.4)
		}
		l += w * c
	}
	return l
}

func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

func TestContrastFormula(t *testing.T) {
	if c := contrast("000000", "ffffff"); math.Abs(c-21) > 0.01 {
		t.Errorf("black on white = %.2f, want 21", c)
	}
	if c := contrast("777777", "ffffff"); math.Abs(c-4.48) > 0.01 {
		t.Errorf("#777 on white = %.2f, want 4.48", c)
	}
}

// TestPaletteContrast checks every text/background pair of both palettes
// for WCAG AA (4.5:1 for normal text).
func TestPaletteContrast(t *testing.T) {
	b, err := fs.ReadFile(loadDefault(t).Static(), "css/site.css")
	if err != nil {
		t.Fatal(err)
	}
	light, dark := palettes(t, string(b))
	pairs := [][2]string{
		{"fg", "bg"}, {"muted", "bg"}, {"link", "bg"}, {"fg", "soft"}, {"muted", "soft"}, {"link", "soft"},
		{"head-fg", "head-bg"}, {"mark-fg", "mark-bg"}, {"bg", "fg"},
		{"revoked-fg", "soft"}, {"approved-fg", "bg"}, {"revoked-fg", "bg"},
	}
	for _, s := range []string{"draft", "consultation", "approved", "revoked"} {
		pairs = append(pairs, [2]string{s + "-fg", s + "-bg"})
	}
	for name, pal := range map[string]map[string]string{"light": light, "dark": dark} {
		for _, p := range pairs {
			fg, bg := pal[p[0]], pal[p[1]]
			if fg == "" || bg == "" {
				t.Errorf("%s palette lacks --%s or --%s", name, p[0], p[1])
				continue
			}
			if c := contrast(fg, bg); c < 4.5 {
				t.Errorf("%s: --%s on --%s = %.2f:1, want ≥ 4.5", name, p[0], p[1], c)
			} else {
				t.Logf("%s: --%s on --%s = %.2f:1", name, p[0], p[1], c)
			}
		}
		// Focus rings are non-text elements: 3:1 against what they sit on.
		for _, p := range [][2]string{{"focus", "bg"}, {"focus", "soft"}, {"head-focus", "head-bg"}} {
			if c := contrast(pal[p[0]], pal[p[1]]); c < 3 {
				t.Errorf("%s: --%s on --%s = %.2f:1, want ≥ 3", name, p[0], p[1], c)
			}
		}
	}
}

// TestDarkChoiceMatchesDarkPalette: the palette of a reader who chose the
// dark theme (:root[data-theme=dark]) is the system dark palette, colour
// for colour, so that the two copies cannot drift apart.
func TestDarkChoiceMatchesDarkPalette(t *testing.T) {
	b, err := fs.ReadFile(loadDefault(t).Static(), "css/site.css")
	if err != nil {
		t.Fatal(err)
	}
	css := string(b)
	_, dark := palettes(t, css)
	i := strings.Index(css, ":root[data-theme=dark] {")
	if i < 0 {
		t.Fatal("no palette for the dark choice")
	}
	chosen := map[string]string{}
	for _, v := range cssVar.FindAllStringSubmatch(css[i:i+strings.Index(css[i:], "}")], -1) {
		chosen[v[1]] = v[2]
	}
	if len(chosen) != len(dark) {
		t.Errorf("dark choice has %d colours, system dark palette %d", len(chosen), len(dark))
	}
	for k, v := range dark {
		if chosen[k] != v {
			t.Errorf("--%s: dark choice %q, system dark %q", k, chosen[k], v)
		}
	}
}
