package history

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"maps"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"
)

// gitFormat starts every commit of git log output with a record
// separator, then hash, author, author date and subject.
const gitFormat = "--format=%x1e%H%x1f%an%x1f%aI%x1f%s"

// gitCommit is one commit of git log output with its changed files.
type gitCommit struct {
	hash, author, subject string
	date                  time.Time
	files                 []gitFile
}

// gitFile is one name-status line: status letter, old and new name (old
// is set for renames and copies), relative to the repository root.
type gitFile struct {
	status   byte
	old, new string
}

// GitVersions returns the versions of the document at path (relative to
// repoDir) recorded in git: one per commit that changed it, following
// renames (git log --follow), oldest first. Each has ID "g:<commit>",
// the commit's author, author date and subject as Message, the file's
// content at that commit as Source, and its path then, relative to
// repoDir, as Path. Label and Status are left empty: the caller parses
// them from Source. When git is not installed or repoDir is not in a
// repository, there are no versions and no error.
func GitVersions(ctx context.Context, repoDir, path string) ([]Version, error) {
	prefix, ok := gitPrefix(ctx, repoDir)
	if !ok {
		return nil, nil
	}
	out, err := git(ctx, repoDir, nil, "log", "--follow", "-M", "--name-status", gitFormat, "--", path)
	if err != nil {
		return nil, err
	}
	commits, err := parseGitLog(out)
	if err != nil {
		return nil, err
	}
	var refs []gitRef
	for _, c := range commits {
		for _, f := range c.files {
			if f.status != 'D' {
				refs = append(refs, gitRef{c, f.new})
				break
			}
		}
	}
	return loadRefs(ctx, repoDir, prefix, refs)
}

// GitLog returns the git versions of many documents (paths relative to
// repoDir) with one git log --name-status pass over repoDir and one git
// cat-file process, for builds. It follows renames inside repoDir as
// GitVersions does; the result maps each path with history to its
// versions, oldest first. Without git or a repository it returns nil.
func GitLog(ctx context.Context, repoDir string, paths []string) (map[string][]Version, error) {
	prefix, ok := gitPrefix(ctx, repoDir)
	if !ok || len(paths) == 0 {
		return nil, nil
	}
	out, err := git(ctx, repoDir, nil, "log", "-M", "--name-status", gitFormat, "--", ".")
	if err != nil {
		return nil, err
	}
	commits, err := parseGitLog(out)
	if err != nil {
		return nil, err
	}
	tracked := map[string]string{} // name at the commit being read -> path asked for
	for _, p := range paths {
		tracked[prefix+p] = p
	}
	refsOf := map[string][]gitRef{}
	for _, c := range commits {
		for _, f := range c.files {
			target, ok := tracked[f.new]
			if !ok || f.status == 'D' {
				continue
			}
			refsOf[target] = append(refsOf[target], gitRef{c, f.new})
			delete(tracked, f.new)
			if f.status == 'R' {
				tracked[f.old] = target
			} else if f.status != 'A' {
				tracked[f.new] = target
			}
		}
	}
	return loadAll(ctx, repoDir, prefix, refsOf)
}

// loadAll reads the sources of every document's refs with one cat-file.
func loadAll(ctx context.Context, repoDir, prefix string, refsOf map[string][]gitRef) (map[string][]Version, error) {
	docs := slices.Sorted(maps.Keys(refsOf))
	var all []gitRef
	for _, p := range docs {
		all = append(all, refsOf[p]...)
	}
	srcs, err := catFiles(ctx, repoDir, all)
	if err != nil {
		return nil, err
	}
	out := map[string][]Version{}
	i := 0
	for _, p := range docs {
		rs := refsOf[p]
		out[p] = versionsOf(rs, srcs[i:i+len(rs)], prefix)
		i += len(rs)
	}
	return out, nil
}

// gitRef is a file at a commit.
type gitRef struct {
	c    gitCommit
	name string // relative to the repository root
}

// loadRefs reads the sources of refs and returns them as versions.
func loadRefs(ctx context.Context, repoDir, prefix string, refs []gitRef) ([]Version, error) {
	srcs, err := catFiles(ctx, repoDir, refs)
	if err != nil {
		return nil, err
	}
	return versionsOf(refs, srcs, prefix), nil
}

// versionsOf turns refs, newest first as git log lists them, and their
// sources into versions, oldest first.
func versionsOf(refs []gitRef, srcs [][]byte, prefix string) []Version {
	vs := make([]Version, len(refs))
	for i, r := range refs {
		vs[len(refs)-1-i] = Version{ID: "g:" + r.c.hash, Date: r.c.date, Author: r.c.author,
			Message: r.c.subject, Source: srcs[i], Path: strings.TrimPrefix(r.name, prefix)}
	}
	return vs
}

// GitHead returns the commit at HEAD of the repository holding repoDir,
// and false when git or the repository is missing or it has no commit
// yet. A server compares it from time to time to see new commits.
func GitHead(ctx context.Context, repoDir string) (string, bool) {
	out, ok := revParse(ctx, repoDir, "--verify", "-q", "HEAD")
	return strings.TrimSpace(string(out)), ok
}

// gitPrefix returns repoDir's path inside its repository ("" at the top,
// "site/" in a subfolder), and false when git or the repository is
// missing or the repository has no commit yet.
func gitPrefix(ctx context.Context, repoDir string) (string, bool) {
	out, ok := revParse(ctx, repoDir, "--show-prefix", "--verify", "HEAD")
	prefix, _, _ := strings.Cut(string(out), "\n")
	return prefix, ok
}

// revParse runs git rev-parse with args in repoDir; ok is false when git
// or the repository is missing, or the revision is not there.
func revParse(ctx context.Context, repoDir string, args ...string) ([]byte, bool) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, false
	}
	out, err := git(ctx, repoDir, nil, append([]string{"rev-parse"}, args...)...)
	return out, err == nil
}

// git runs git in dir with stdin and returns its standard output; the
// error carries git's standard error.
func git(ctx context.Context, dir string, stdin io.Reader, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-c", "core.quotePath=false", "-C", dir}, args...)...)
	cmd.Stdin = stdin
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("history: git %s: %v: %s", args[0], err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// catFiles reads the content of every ref with one git cat-file --batch.
func catFiles(ctx context.Context, dir string, refs []gitRef) ([][]byte, error) {
	if len(refs) == 0 {
		return nil, nil
	}
	var in bytes.Buffer
	for _, r := range refs {
		fmt.Fprintf(&in, "%s:%s\n", r.c.hash, r.name)
	}
	out, err := git(ctx, dir, &in, "cat-file", "--batch")
	if err != nil {
		return nil, err
	}
	br := bufio.NewReader(bytes.NewReader(out))
	srcs := make([][]byte, len(refs))
	for i, r := range refs {
		if srcs[i], err = readObject(br); err != nil {
			return nil, fmt.Errorf("history: git cat-file %s:%s: %w", r.c.hash, r.name, err)
		}
	}
	return srcs, nil
}

// readObject reads one "<oid> <type> <size>\n<content>\n" answer of
// git cat-file --batch.
func readObject(br *bufio.Reader) ([]byte, error) {
	header, err := br.ReadString('\n')
	if err != nil {
		return nil, err
	}
	f := strings.Fields(header)
	if len(f) != 3 || f[1] != "blob" {
		return nil, fmt.Errorf("unexpected answer %q", strings.TrimSpace(header))
	}
	size, err := strconv.Atoi(f[2])
	if err != nil {
		return nil, err
	}
	src := make([]byte, size+1)
	if _, err := io.ReadFull(br, src); err != nil {
		return nil, err
	}
	return src[:size], nil
}

// parseGitLog parses the output of git log with gitFormat and
// --name-status.
func parseGitLog(out []byte) ([]gitCommit, error) {
	var cs []gitCommit
	for _, rec := range strings.Split(string(out), "\x1e")[1:] {
		lines := strings.Split(rec, "\n")
		h := strings.Split(lines[0], "\x1f")
		if len(h) != 4 {
			return nil, fmt.Errorf("history: git log: bad commit header %q", lines[0])
		}
		date, err := time.Parse(time.RFC3339, h[2])
		if err != nil {
			return nil, fmt.Errorf("history: git log: %v", err)
		}
		c := gitCommit{hash: h[0], author: h[1], date: date, subject: h[3]}
		for _, l := range lines[1:] {
			if l == "" {
				continue
			}
			f, err := parseNameStatus(l)
			if err != nil {
				return nil, err
			}
			c.files = append(c.files, f)
		}
		cs = append(cs, c)
	}
	return cs, nil
}

// parseNameStatus parses "M\tpath" or "R100\told\tnew".
func parseNameStatus(l string) (gitFile, error) {
	parts := strings.Split(l, "\t")
	if len(parts) < 2 || parts[0] == "" {
		return gitFile{}, fmt.Errorf("history: git log: bad file line %q", l)
	}
	names := make([]string, len(parts)-1)
	for i, p := range parts[1:] {
		names[i] = unquoteGit(p)
	}
	f := gitFile{status: parts[0][0], new: names[len(names)-1]}
	if len(names) == 2 {
		f.old = names[0]
	}
	return f, nil
}

// unquoteGit undoes git's C-style quoting of unusual file names.
func unquoteGit(name string) string {
	if !strings.HasPrefix(name, "\"") {
		return name
	}
	if u, err := strconv.Unquote(name); err == nil {
		return u
	}
	return name
}
