package history

import (
	"context"
	"fmt"
	"os/exec"
	"runtime"
	"strings"
	"sync"

	"github.com/tubei/pustaka/internal/message"
)

// CurrentID is the ID of the current file in a version list.
const CurrentID = "current"

// Sources are where the versions of a site's documents come from: the
// site's own store and the git repository holding the site. Either may
// be missing. A Sources is read by many goroutines and changed by none
// while they read (the site replaces Git between rebuilds).
type Sources struct {
	Store *Store               // nil: no history store
	Git   map[string][]Version // by path ("content/x.md"), from GitLog; nil without git
	Dir   string               // the site folder, for git revisions named by a user
}

// Of returns the versions of the document at path ("content/x.md"),
// oldest first, with cur (the current file, its Sum the SHA-256 of its
// Source) last, and the damaged store entries met. Versions from the
// store come without Source: Load reads those to be shown. The current
// file is the newest state even when an older version had the same
// content (a revert): that one is dropped. When the file is as last
// committed, or the newest versions have its content, the current one
// takes their author, message and date: the newest commit's of that
// content when there is one, even if the store recorded the content
// before it was committed.
func (s *Sources) Of(path string, cur Version) ([]Version, []error) {
	cur.ID = CurrentID
	git := s.Git[path]
	if len(git) == 0 {
		// Most documents have one version: tell without reading any (and
		// without hashing the file again, as merging would).
		if s.Store == nil {
			return []Version{cur}, nil
		}
		if last, n := s.Store.Last(path); n == 0 || n == 1 && last == cur.Sum {
			return []Version{cur}, nil
		}
	}
	var stored []Version
	var errs []error
	if s.Store != nil {
		stored, errs = s.Store.Log(path)
	}
	all := Merge(git, stored, []Version{cur})
	out := all[:0]
	var same *Version
	h := cur.hash()
	for _, v := range all {
		if v.hash() == h {
			// With fields Merge filled from its equals. The commit of the
			// content wins over a stored state of it recorded the same
			// second (git dates have whole seconds, stored ones not).
			if same == nil || v.Author != "" {
				same = &v
			}
			continue
		}
		out = append(out, v)
		same = nil
	}
	// Merge kept the earliest state of the content, which may be one the
	// store recorded before the content was committed (dated by the
	// file's time, which may even be older than the commits): the commit
	// stands for it.
	switch n := len(git); {
	case n > 0 && git[n-1].hash() == h:
		same = &git[n-1] // the file as last committed
	case same != nil:
		if c := lastCommitOf(git, h); c != nil {
			same = c
		}
	}
	if same != nil {
		cur.Author, cur.Message, cur.Date = same.Author, same.Message, same.Date
	}
	return append(out, cur), errs
}

// lastCommitOf returns the newest commit in git (oldest first) whose
// content has hash h, or nil.
func lastCommitOf(git []Version, h [32]byte) *Version {
	for i := len(git) - 1; i >= 0; i-- {
		if git[i].hash() == h {
			return &git[i]
		}
	}
	return nil
}

// Load reads the sources of the store's versions among vs (versions from
// git and the current file come with theirs). A version whose source
// cannot be read is left out and its error returned.
func (s *Sources) Load(vs []Version) ([]Version, []error) {
	var errs []error
	out := vs[:0]
	for _, v := range vs {
		if v.Source == nil && s.Store != nil {
			if err := s.Store.Load(&v); err != nil {
				errs = append(errs, err)
				continue
			}
		}
		out = append(out, v)
	}
	return out, errs
}

// Labelled returns vs with the Label and Status of the versions that came
// without them (git) filled by parse from their front matter. parse runs
// in parallel and must be safe for that.
func Labelled(vs []Version, parse func(src []byte) (label, status string)) []Version {
	out := make([]Version, len(vs))
	copy(out, vs)
	var todo []int
	for i, v := range out {
		if v.ID != CurrentID && v.Label == "" && v.Source != nil {
			todo = append(todo, i)
		}
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), len(todo)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i].Label, out[i].Status = parse(out[i].Source)
			}
		}()
	}
	for _, i := range todo {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// MaxWorking is how many working states a history shows to the person
// editing: every save is a state, and a long-edited draft would
// otherwise list them all.
const MaxWorking = 5

// IsGit reports whether v is a git commit.
func (v *Version) IsGit() bool { return strings.HasPrefix(v.ID, "g:") }

// Shown picks the versions a history lists from vs (oldest first, the
// current file last, labels filled): the named versions, that is the last
// state of each run of versions with the same non-empty Label, every git
// commit and the current file. Other states are working states, kept in
// the store and never published: with working set (serve, for the person
// editing), the last MaxWorking of them are listed too. working[i] tells
// whether out[i] is one.
func Shown(vs []Version, withWorking bool) (out []Version, working []bool) {
	var work []int // indexes in out
	for i, v := range vs {
		w := isWorking(vs, i)
		if w && !withWorking {
			continue
		}
		if w {
			work = append(work, len(out))
		}
		out, working = append(out, v), append(working, w)
	}
	for _, i := range work[:max(0, len(work)-MaxWorking)] {
		out[i].ID = "" // dropped below
	}
	k := 0
	for i := range out {
		if out[i].ID != "" {
			out[k], working[k] = out[i], working[i]
			k++
		}
	}
	return out[:k], working[:k]
}

// isWorking reports whether vs[i] is a working state: not the current
// file, not a git commit, and unnamed or followed by a state of the same
// label.
func isWorking(vs []Version, i int) bool {
	v := vs[i]
	if v.ID == CurrentID || v.IsGit() {
		return false
	}
	return v.Label == "" || i+1 < len(vs) && vs[i+1].Label == v.Label
}

// PreviousNamed returns the latest version before cur in vs with another
// label, or else the version just before it.
func PreviousNamed(vs []Version, cur Version) (Version, error) {
	i := len(vs) - 1
	for i >= 0 && vs[i].ID != cur.ID {
		i--
	}
	for j := i - 1; j >= 0; j-- {
		if vs[j].Label != cur.Label {
			return vs[j], nil
		}
	}
	if i > 0 {
		return vs[i-1], nil
	}
	return Version{}, message.Errorf(message.VersionOnlyOne)
}

// Find returns the version of the document at path that a user named: a
// label ("Draf II", its latest state), an ID or an ID prefix of at least
// four characters ("h:3f2a", "3f2a"), "current" or "terkini" (or empty)
// for the current file, or else any git revision of the site's
// repository ("HEAD~2"), whose Label and Status parse fills. The
// version's Source is read.
func (s *Sources) Find(ctx context.Context, vs []Version, path, name string, parse func([]byte) (label, status string)) (Version, error) {
	v, err := find(vs, name)
	if err == nil {
		out, errs := s.Load([]Version{v})
		if len(errs) > 0 {
			return v, errs[0]
		}
		return out[0], nil
	}
	if src, gerr := GitShow(ctx, s.Dir, name, path); gerr == nil {
		v := Version{ID: "g:" + name, Source: src, Path: path}
		v.Label, v.Status = parse(src)
		return v, nil
	}
	return v, err
}

func find(vs []Version, name string) (Version, error) {
	if name == "" || strings.EqualFold(name, CurrentID) || strings.EqualFold(name, "terkini") {
		return vs[len(vs)-1], nil
	}
	for i := len(vs) - 1; i >= 0; i-- {
		if strings.EqualFold(strings.TrimSpace(vs[i].Label), strings.TrimSpace(name)) {
			return vs[i], nil // the named version: latest state of that label
		}
	}
	for _, v := range vs {
		id := v.ID
		if name == id || len(name) >= 4 && (strings.HasPrefix(id, name) || strings.HasPrefix(id[min(2, len(id)):], name)) {
			return v, nil
		}
	}
	names := make([]string, len(vs))
	for i, v := range vs {
		names[i] = fmt.Sprintf("%q (%s)", v.Label, v.ID)
	}
	return Version{}, message.Errorf(message.VersionNone, name, strings.Join(names, ", "))
}

// GitShow reads the file at path (relative to dir) at a git revision.
func GitShow(ctx context.Context, dir, rev, path string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", "show", rev+":./"+path)
	cmd.Dir = dir
	return cmd.Output()
}
