package content

import (
	"strings"

	"github.com/tubei/pustaka/internal/spelling"

	"github.com/tubei/pustaka/internal/message"
)

// scope is the set of page types a front matter key applies to.
type scope uint8

const (
	forPolicy scope = 1 << iota
	forTraining
	forEvaluation
	forPage
	forSection

	forDocs    = forPolicy | forTraining | forEvaluation
	forContent = forDocs | forPage
	forAll     = forContent | forSection
)

// keyScopes lists every known front matter key. It is never modified.
var keyScopes = map[string]scope{
	"title": forAll, "summary": forAll, "description": forAll,
	"date": forAll, "updated": forAll, "lastmod": forAll,
	"authors": forAll, "tags": forAll, "categories": forAll, "keywords": forAll,
	"unit": forAll, "lang": forAll, "terjemahan": forAll, "draft": forAll, "weight": forAll, "aliases": forAll,
	"type": forContent, "slug": forContent, "related": forContent,
	"status": forDocs, "version": forDocs, "number": forDocs, "competencies": forDocs,
	"effective": forPolicy, "stakeholders": forPolicy, "supersedes": forPolicy,
	"objectives": forTraining, "duration": forTraining, "level": forTraining, "prerequisites": forTraining,
	"ujian": forTraining, "lulus": forTraining, "mentoring": forTraining,
	"indicators": forEvaluation, "survei": forEvaluation, "bobot": forEvaluation, "laporan": forEvaluation,
	"realisasi": forEvaluation,
	// other generators' names of the keys above, and their permalink
	"order": forAll, "sidebar_position": forAll, "nav_order": forAll, "author": forAll,
	"permalink": forContent, "translationKey": forAll,
}

// indicatorKeys are the keys of one entry of "indicators".
var indicatorKeys = []string{"name", "target", "unit", "method", "frequency", "direction"}

// canonical maps alias keys to the key they stand for.
func canonical(key string) string {
	switch key {
	case "description":
		return "summary"
	case "lastmod":
		return "updated"
	}
	if to, ok := foreignAliases[key]; ok {
		return to
	}
	return key
}

func typeScope(typ string) scope {
	switch typ {
	case TypePolicy:
		return forPolicy
	case TypeTraining:
		return forTraining
	case TypeEvaluation:
		return forEvaluation
	case TypeSection:
		return forSection
	}
	return forPage
}

// misplaced explains why key does not apply to a page of type typ.
func misplaced(key string, s scope, typ string) message.Text {
	if s == forContent {
		return message.New(message.KeyNotIndex, key)
	}
	where := message.ForDocuments
	switch s {
	case forPolicy:
		where = message.ForPolicies
	case forTraining:
		where = message.ForTrainings
	case forEvaluation:
		where = message.ForEvaluations
	}
	what, ok := map[string]message.Key{
		TypePolicy: message.IsPolicy, TypeTraining: message.IsTraining,
		TypeEvaluation: message.IsEvaluation, TypeSection: message.IsSection,
	}[typ]
	if !ok {
		what = message.IsPage
	}
	return message.New(message.KeyMisplaced, key, message.New(where), message.New(what))
}

// normType maps a type name, English or Indonesian, to its Type constant,
// or returns "".
func normType(s string) string {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "policy", "kebijakan":
		return TypePolicy
	case "training", "pelatihan":
		return TypeTraining
	case "evaluation", "evaluasi":
		return TypeEvaluation
	case "page":
		return TypePage
	}
	return ""
}

// suggest returns the candidate closest to key by edit distance, or ""
// when none is close enough to be a likely typo.
func suggest(key string, candidates []string) string {
	k := strings.ToLower(key)
	limit := min(max(len([]rune(k))/3, 1), 2)
	best, bestDist := "", limit+1
	for _, c := range candidates {
		d := spelling.Distance(k, c)
		if d < bestDist || d == bestDist && c < best {
			best, bestDist = c, d
		}
	}
	return best
}

// knownKeys returns the names of all known top-level keys.
func knownKeys() []string {
	keys := make([]string, 0, len(keyScopes))
	for k := range keyScopes {
		keys = append(keys, k)
	}
	return keys
}
