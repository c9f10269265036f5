package theme

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// Lang returns the page's language: Page.Lang, else Site.Lang, else "id".
func (d *Data) Lang() string {
	if d.Page != nil && d.Page.Lang != "" {
		return d.Page.Lang
	}
	if d.Site != nil && d.Site.Lang != "" {
		return d.Site.Lang
	}
	return baseLang
}

// LangName names language lang in that language ("English", "Bahasa
// Indonesia"), for a link to a translation: key "lang.name" of the
// language's strings.
func (d *Data) LangName(lang string) string {
	return d.strings.lookup(lang, "lang.name")
}

// AbsURL makes a site-relative URL absolute with Site.BaseURL, as hreflang
// links want; without a BaseURL it is returned as it is.
func (d *Data) AbsURL(u string) string {
	if d.Site == nil || d.Site.BaseURL == "" {
		return u
	}
	return strings.TrimSuffix(d.Site.BaseURL, "/") + u
}

// T returns the UI string for key in the page's language, falling back to
// the Indonesian string and then to the key itself. Strings come from the
// theme passed through Render; on a Data not being rendered T returns key.
func (d *Data) T(key string) string {
	return d.strings.lookup(d.Lang(), key)
}

// Date formats t as the page's language writes dates: "27 November 2026"
// in Indonesian, "November 27, 2026" in English (key "date.format", with
// {d}, {m} and {y}). The zero time gives "".
func (d *Data) Date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return formatDate(d.T("date.format"), t, d.T)
}

// formatDate expands {d}, {m} and {y} in format, left to right, as a
// strings.Replacer of the three would, without building one for every
// date a list shows. month looks up the key of the month name.
func formatDate(format string, t time.Time, month func(key string) string) string {
	y, m, day := t.Date()
	b := make([]byte, 0, len(format)+16)
	for i := 0; i < len(format); i++ {
		if format[i] == '{' && i+2 < len(format) && format[i+2] == '}' {
			switch format[i+1] {
			case 'd':
				b, i = strconv.AppendInt(b, int64(day), 10), i+2
				continue
			case 'm':
				b, i = append(b, month(monthKeys[m])...), i+2
				continue
			case 'y':
				b, i = strconv.AppendInt(b, int64(y), 10), i+2
				continue
			}
		}
		b = append(b, format[i])
	}
	return string(b)
}

// monthKeys are the i18n keys of the month names, by month number.
var monthKeys = [...]string{"", "month.1", "month.2", "month.3", "month.4", "month.5", "month.6",
	"month.7", "month.8", "month.9", "month.10", "month.11", "month.12"}

// ISODate formats t as 2006-01-02 for <time datetime>; "" for the zero time.
func (d *Data) ISODate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// StatusLabel names a policy status: "approved" is "Ditetapkan" in
// Indonesian and "Approved" in English. Unknown values are returned as is.
func (d *Data) StatusLabel(s string) string { return d.label("status.", s) }

// LevelLabel names a training level: "dasar" is "Dasar" / "Basic".
func (d *Data) LevelLabel(s string) string { return d.label("level.", s) }

// TypeLabel names a document type: "policy" is "Kebijakan" / "Policy".
func (d *Data) TypeLabel(s string) string { return d.label("type.", s) }

// FacetLabel names a search facet value: types and statuses get their
// labels, other values (tags, units, years) are shown as they are.
func (d *Data) FacetLabel(facet, value string) string {
	switch facet {
	case "type":
		return d.TypeLabel(value)
	case "status":
		return d.StatusLabel(value)
	case "level":
		return d.LevelLabel(value)
	}
	return value
}

// label looks up prefix+s; an unknown s comes back unchanged.
func (d *Data) label(prefix, s string) string {
	if s == "" {
		return ""
	}
	if l := d.T(prefix + s); l != prefix+s {
		return l
	}
	return s
}

// Duration formats x in hours and minutes: "1 jam 30 menit", "45 menit",
// "2 jam" in Indonesian; "1 h 30 min" in English. Seconds are rounded to
// the nearest minute; zero or less gives "".
func (d *Data) Duration(x time.Duration) string {
	m := int(x.Round(time.Minute) / time.Minute)
	if m <= 0 {
		return ""
	}
	var parts []string
	if h := m / 60; h > 0 {
		parts = append(parts, strconv.Itoa(h)+" "+d.T("duration.hours"))
	}
	if m%60 > 0 {
		parts = append(parts, strconv.Itoa(m%60)+" "+d.T("duration.minutes"))
	}
	return strings.Join(parts, " ")
}

// InSection reports whether l is the page itself or a section containing
// it, for aria-current in navigation.
func (d *Data) InSection(l Link) bool {
	if l.URL == d.Page.URL {
		return true
	}
	return l.URL != "/" && strings.HasSuffix(l.URL, "/") && strings.HasPrefix(d.Page.URL, l.URL)
}

// Selected reports whether the search is filtered by facet=value.
func (s *Search) Selected(facet, value string) bool {
	for _, f := range s.Facets {
		if f.Name != facet {
			continue
		}
		for _, v := range f.Values {
			if v.Value == value && v.Selected {
				return true
			}
		}
	}
	return false
}

// Labels returns the strings search.js needs, keyed as the script reads
// them: "type.policy", "status.draft", "search.none", ...
func (d *Data) Labels() map[string]string {
	m := map[string]string{}
	for _, k := range scriptKeys() {
		m[k] = d.T(k)
	}
	return m
}

// scriptKeys returns the i18n keys search.js uses.
func scriptKeys() []string {
	return []string{
		"type.policy", "type.training", "type.evaluation", "type.page",
		"status.draft", "status.consultation", "status.approved", "status.revoked",
		"search.results", "search.none", "search.suggestion", "search.unavailable",
		"search.loading", "search.next", "search.pages", "search.intro", "facet.type", "facet.status", "facet.tag", "facet.unit",
		"facet.competency", "facet.year",
		"month.1", "month.2", "month.3", "month.4", "month.5", "month.6",
		"month.7", "month.8", "month.9", "month.10", "month.11", "month.12", "date.format",
	}
}

// arg pairs the page data with a value for a partial: {{template "badge"
// (arg $ .Status)}}.
func arg(d *Data, v any) Arg { return Arg{D: d, V: v} }

// Arg is what the template function arg passes to a partial: the page data
// and one value.
type Arg struct {
	D *Data
	V any
}

// funcs returns the template functions every layout may use.
func funcs() map[string]any { return map[string]any{"arg": arg, "listitems": listItems} }

// errNotRendering is the error of listitems on a Data that Theme.Render
// did not make.
var errNotRendering = errors.New("listitems: the page is not being rendered by Theme.Render")

// EditURL returns the link that opens the page's source file in the
// site's editor (Site.EditURL followed by Page.File), or "" when the site
// has no editor or the page no source file.
func (d *Data) EditURL() string {
	if d.Site == nil || d.Site.EditURL == "" || d.Page == nil || d.Page.File == "" {
		return ""
	}
	return strings.TrimSuffix(d.Site.EditURL, "/") + "/" + d.Page.File
}
