package indexer

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
)

//go:embed data/synonyms.txt
var embeddedSynonyms string

// synonyms maps a normalised phrase to its synonym group. It is
// immutable after loadSynonyms.
type synonyms struct {
	groups   [][]string
	byPhrase map[string]int // member -> index in groups
	maxWords int            // words in the longest member
}

// loadSynonyms parses the embedded list and adds the site's groups.
// A site group sharing a member with another group is merged into it.
func loadSynonyms(site [][]string) (*synonyms, error) {
	s := &synonyms{byPhrase: map[string]int{}}
	sc := bufio.NewScanner(strings.NewReader(embeddedSynonyms))
	for line := 1; sc.Scan(); line++ {
		text, _, _ := strings.Cut(sc.Text(), "#")
		if strings.TrimSpace(text) == "" {
			continue
		}
		if err := s.add(strings.Split(text, ",")); err != nil {
			return nil, fmt.Errorf("indexer: data/synonyms.txt:%d: %w", line, err)
		}
	}
	for i, g := range site {
		if err := s.add(g); err != nil {
			return nil, fmt.Errorf("indexer: site synonym group %d: %w", i+1, err)
		}
	}
	return s, nil
}

// add adds one group, merging it into an existing group it overlaps.
func (s *synonyms) add(members []string) error {
	norm := make([]string, 0, len(members))
	for _, m := range members {
		if n := normPhrase(m); n != "" {
			norm = append(norm, n)
		}
	}
	if len(norm) < 2 {
		return fmt.Errorf("a synonym group needs at least two members, got %q", members)
	}
	gi := len(s.groups)
	for _, m := range norm {
		if g, ok := s.byPhrase[m]; ok {
			gi = g
			break
		}
	}
	if gi == len(s.groups) {
		s.groups = append(s.groups, nil)
	}
	for _, m := range norm {
		if _, ok := s.byPhrase[m]; ok {
			continue
		}
		s.byPhrase[m] = gi
		s.groups[gi] = append(s.groups[gi], m)
		s.maxWords = max(s.maxWords, len(strings.Fields(m)))
	}
	return nil
}

// lookup returns the group containing phrase (normalised), or nil.
func (s *synonyms) lookup(phrase string) []string {
	if g, ok := s.byPhrase[normPhrase(phrase)]; ok {
		return s.groups[g]
	}
	return nil
}

// normPhrase lowercases and collapses spaces.
func normPhrase(p string) string {
	return strings.Join(strings.Fields(strings.ToLower(p)), " ")
}
