package history

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tubei/pustaka/internal/sitetest"
)

// gitRepo makes a repository with a site in the folder "situs": a policy
// committed three times and then renamed (with an edit), and a module
// committed once.
func gitRepo(t *testing.T) (site string) {
	t.Helper()
	sitetest.NeedGit(t)
	root := t.TempDir()
	site = filepath.Join(root, "situs")
	run := func(date string, args ...string) {
		t.Helper()
		sitetest.Git(t, root, "Sekretaris Kecamatan", date, args...)
	}
	write := func(name, body string) {
		t.Helper()
		p := filepath.Join(site, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run("2026-01-01T08:00:00+07:00", "init", "-q", "-b", "main")
	body := strings.Repeat("Setiap pegawai wajib mengikuti pelatihan.\n", 10)
	write("content/kebijakan/asn.md", "---\nversion: Draf I\n---\n"+body)
	write("content/modul/dasar.md", "---\ntitle: Modul Dasar\n---\nIsi.\n")
	run("2026-01-01T08:00:00+07:00", "add", ".")
	run("2026-01-01T08:00:00+07:00", "commit", "-q", "-m", "Draf I")
	write("content/kebijakan/asn.md", "---\nversion: Draf II\n---\n"+body)
	run("2026-02-01T08:00:00+07:00", "commit", "-q", "-am", "Draf II setelah rapat")
	write("content/kebijakan/asn.md", "---\nversion: Draf III\n---\n"+body)
	run("2026-03-01T08:00:00+07:00", "commit", "-q", "-am", "Draf III")
	run("2026-04-01T08:00:00+07:00", "mv", "situs/content/kebijakan/asn.md", "situs/content/kebijakan/kualitas-asn.md")
	write("content/kebijakan/kualitas-asn.md", "---\nversion: Final\n---\n"+body)
	run("2026-04-01T08:00:00+07:00", "commit", "-q", "-am", "Ganti nama dan final")
	return site
}

func checkGitVersions(t *testing.T, vs []Version) {
	t.Helper()
	if len(vs) != 4 {
		t.Fatalf("got %d versions, want 4: %+v", len(vs), vs)
	}
	wantLabels := []string{"Draf I", "Draf II", "Draf III", "Final"}
	wantMsgs := []string{"Draf I", "Draf II setelah rapat", "Draf III", "Ganti nama dan final"}
	for i, v := range vs {
		if !strings.HasPrefix(string(v.Source), "---\nversion: "+wantLabels[i]+"\n") {
			t.Errorf("version %d source %q", i, v.Source[:30])
		}
		if v.Message != wantMsgs[i] || v.Author != "Sekretaris Kecamatan" || !strings.HasPrefix(v.ID, "g:") || len(v.ID) != 42 {
			t.Errorf("version %d = %+v", i, v)
		}
		if i > 0 && !vs[i-1].Date.Before(v.Date) {
			t.Errorf("versions not oldest first")
		}
	}
	if vs[0].Path != "content/kebijakan/asn.md" || vs[3].Path != "content/kebijakan/kualitas-asn.md" {
		t.Errorf("paths %q, %q", vs[0].Path, vs[3].Path)
	}
}

func TestGitVersions(t *testing.T) {
	site := gitRepo(t)
	vs, err := GitVersions(context.Background(), site, "content/kebijakan/kualitas-asn.md")
	if err != nil {
		t.Fatal(err)
	}
	checkGitVersions(t, vs)
}

func TestGitLog(t *testing.T) {
	site := gitRepo(t)
	all, err := GitLog(context.Background(), site, []string{"content/kebijakan/kualitas-asn.md", "content/modul/dasar.md", "content/baru.md"})
	if err != nil {
		t.Fatal(err)
	}
	checkGitVersions(t, all["content/kebijakan/kualitas-asn.md"])
	if m := all["content/modul/dasar.md"]; len(m) != 1 || string(m[0].Source) != "---\ntitle: Modul Dasar\n---\nIsi.\n" {
		t.Fatalf("module versions = %+v", m)
	}
	if len(all["content/baru.md"]) != 0 {
		t.Fatal("uncommitted document has versions")
	}
}

func TestGitWithoutRepository(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(dir))
	vs, err := GitVersions(context.Background(), dir, "content/x.md")
	if vs != nil || err != nil {
		t.Fatalf("GitVersions outside a repository = %v, %v", vs, err)
	}
	all, err := GitLog(context.Background(), dir, []string{"content/x.md"})
	if all != nil || err != nil {
		t.Fatalf("GitLog outside a repository = %v, %v", all, err)
	}
	if _, err := exec.LookPath("git"); err == nil {
		sitetest.Git(t, dir, "Uji", "", "init", "-q")
		if vs, err := GitVersions(context.Background(), dir, "content/x.md"); vs != nil || err != nil {
			t.Fatalf("GitVersions in a repository without commits = %v, %v", vs, err)
		}
	}
	t.Setenv("PATH", "")
	if vs, err := GitVersions(context.Background(), dir, "content/x.md"); vs != nil || err != nil {
		t.Fatalf("GitVersions without git = %v, %v", vs, err)
	}
}

func TestParseNameStatusQuoted(t *testing.T) {
	f, err := parseNameStatus("R087\t\"content/kebijakan/lama \\303\\251.md\"\tcontent/baru.md")
	if err != nil || f.status != 'R' || f.old != "content/kebijakan/lama é.md" || f.new != "content/baru.md" {
		t.Fatalf("parseNameStatus = %+v, %v", f, err)
	}
	if _, err := parseNameStatus("garbage"); err == nil {
		t.Fatal("parseNameStatus accepted a line without a tab")
	}
}

func TestGitHead(t *testing.T) {
	ctx := context.Background()
	site := gitRepo(t)
	head, ok := GitHead(ctx, site)
	if !ok || len(head) != 40 {
		t.Fatalf("GitHead = %q, %v", head, ok)
	}
	sitetest.Git(t, site, "Uji", "", "commit", "-q", "--allow-empty", "-m", "lagi")
	if next, ok := GitHead(ctx, site); !ok || next == head || len(next) != 40 {
		t.Errorf("after a commit GitHead = %q, %v (was %q)", next, ok, head)
	}
	if h, ok := GitHead(ctx, t.TempDir()); ok {
		t.Errorf("outside a repository GitHead = %q, true", h)
	}
}
