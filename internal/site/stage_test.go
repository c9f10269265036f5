package site

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"
)

// TestStageRemovesStale: NewStage removes the staging folders that dead
// processes left (and the ".old" folder of an interrupted Commit), keeps
// those of running processes, and an old-style folder without a process
// id only once it has been left alone for staleAfter.
func TestStageRemovesStale(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "public")
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skip(err)
	}
	live := exec.Command("sleep", "30")
	if err := live.Start(); err != nil {
		t.Skip(err)
	}
	defer live.Process.Kill()
	gone := ".public.new-p" + strconv.Itoa(dead.Process.Pid) + "-111"
	folders := map[string]bool{ // name: removed
		gone:          true,
		gone + ".old": true,
		".public.new-p" + strconv.Itoa(live.Process.Pid) + "-222": false,
		".public.new-333":   true, // old style, left long ago
		".public.new-444":   false,
		".other.new-p1-555": false,
	}
	for name := range folders {
		write(t, parent, name+"/x/index.html", "halaman")
	}
	long := time.Now().Add(-2 * staleAfter)
	os.Chtimes(filepath.Join(parent, ".public.new-333"), long, long)

	st, err := NewStage(out)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Abort()
	var want []string
	for name, removed := range folders {
		_, err := os.Stat(filepath.Join(parent, name))
		if removed != os.IsNotExist(err) {
			t.Errorf("%s: removed %v, want %v", name, os.IsNotExist(err), removed)
		}
		if removed {
			want = append(want, name)
		}
	}
	slices.Sort(want)
	slices.Sort(st.Stale)
	if !slices.Equal(st.Stale, want) || st.StaleBytes != 3*int64(len("halaman")) {
		t.Errorf("Stale %q (%d bytes), want %q", st.Stale, st.StaleBytes, want)
	}
	if name := filepath.Base(st.tmp); name[:len(".public.new-p")] != ".public.new-p" {
		t.Errorf("staging folder %s does not carry the process id", name)
	}
}
