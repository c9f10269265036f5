package history

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

const crashEnv = "PUSTAKA_HISTORY_CRASH_STORE"

// crashSource is the content of version i in the crash test: long enough
// that writes take a while, and checkable.
func crashSource(i int) string {
	return fmt.Sprintf("versi %d\n%s", i, strings.Repeat("Pasal tentang disiplin pegawai. ", 200+i%50))
}

// TestMain lets the crash test re-execute the test binary as a child that
// records versions until it is killed.
func TestMain(m *testing.M) {
	if dir := os.Getenv(crashEnv); dir != "" {
		s, err := OpenStore(dir)
		if err != nil {
			os.Exit(2)
		}
		for i := 0; ; i++ {
			if _, _, err := s.Record(doc, []byte(crashSource(i)), Meta{Label: strconv.Itoa(i)}); err != nil {
				os.Exit(3)
			}
		}
	}
	os.Exit(m.Run())
}

func TestStoreSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	dir := t.TempDir()
	for round := range 3 {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashEnv+"="+dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(150+round*70) * time.Millisecond)
		cmd.Process.Kill()
		cmd.Wait()
	}
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	vs, errs := s.Versions(doc)
	if len(vs) == 0 {
		t.Fatalf("no versions recorded before the kills (errors: %v)", errs)
	}
	for _, e := range errs {
		if !strings.Contains(e.Error(), s.logPath(doc)+":") {
			t.Errorf("error does not name the log line: %v", e)
		}
	}
	for _, v := range vs {
		n, err := strconv.Atoi(v.Label)
		if err != nil || string(v.Source) != crashSource(n) {
			t.Fatalf("version %s has label %q and a source that does not match it", v.ID, v.Label)
		}
	}
	t.Logf("%d intact versions, %d damaged entries reported", len(vs), len(errs))
	if _, rec := mustRecord(t, s, doc, "versi akhir\n", Meta{}); !rec {
		t.Fatal("Record after kill did not record")
	}
	if vs2, _ := s.Versions(doc); string(vs2[len(vs2)-1].Source) != "versi akhir\n" {
		t.Fatal("new record after kill is not the last version")
	}
}
