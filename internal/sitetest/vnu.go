package sitetest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// CheckHTML validates HTML documents with the Nu Html Checker (vnu.jar of
// the npm package vnu-jar, run with Java) and fails the test once for each
// error it reports, naming the page, line and column. pages maps a name
// shown in failures (a URL path such as "/tag/index.html") to the
// document. All pages go through one run of the checker, which costs a
// few seconds of Java start-up.
//
// The checker is $PUSTAKA_VNU_JAR, else vnu.jar of a global npm install
// (`npm install -g vnu-jar`, which .ci/run does). Outside CI a missing
// checker or Java skips the test with a hint; in CI (CI=true) it fails.
func CheckHTML(t testing.TB, pages map[string][]byte) {
	t.Helper()
	if testing.Short() {
		t.Skip("HTML validity check skipped in -short mode")
	}
	java, jar, why := vnu()
	if why != "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true but the Nu Html Checker cannot run: %s", why)
		}
		t.Skipf("Nu Html Checker not available (%s); npm install -g vnu-jar (needs Java) to run this test", why)
	}
	dir := t.TempDir()
	files := map[string]string{} // file on disk -> page name
	args := []string{"-XX:TieredStopAtLevel=1", "-Xss4m", "-jar", jar, "--errors-only", "--format", "json", "--stdout", "--exit-zero-always"}
	names := make([]string, 0, len(pages))
	for name := range pages {
		names = append(names, name)
	}
	sort.Strings(names)
	for i, name := range names {
		f := filepath.Join(dir, fmt.Sprintf("p%04d.html", i))
		if err := os.WriteFile(f, pages[name], 0o644); err != nil {
			t.Fatal(err)
		}
		files[f] = name
		args = append(args, f)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(java, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("vnu.jar: %v\n%s", err, stderr.String())
	}
	msgs, err := vnuMessages(out, files)
	if err != nil {
		t.Fatalf("vnu.jar: %v\n%s", err, stderr.String())
	}
	for _, m := range msgs {
		t.Error(m)
	}
}

// vnu finds Java and vnu.jar; why says what is missing.
func vnu() (java, jar, why string) {
	java, err := exec.LookPath("java")
	if err != nil {
		return "", "", "java not on PATH"
	}
	jar = os.Getenv("PUSTAKA_VNU_JAR")
	if jar == "" {
		npm, err := exec.LookPath("npm")
		if err != nil {
			return "", "", "npm not on PATH and PUSTAKA_VNU_JAR not set"
		}
		root, err := exec.Command(npm, "root", "-g").Output()
		if err != nil {
			return "", "", "npm root -g: " + err.Error()
		}
		jar = filepath.Join(strings.TrimSpace(string(root)), "vnu-jar", "build", "dist", "vnu.jar")
	}
	if _, err := os.Stat(jar); err != nil {
		return "", "", err.Error()
	}
	return java, jar, ""
}

// vnuMessages turns the checker's JSON report into one line per error:
// "/tag/index.html:50:78: The “aria-label” attribute must not ... [<span aria-label=...]".
func vnuMessages(report []byte, files map[string]string) ([]string, error) {
	var r struct {
		Messages []struct {
			Type, SubType string
			URL           string
			LastLine      int
			FirstColumn   int
			Message       string
			Extract       string
		}
	}
	if err := json.Unmarshal(report, &r); err != nil {
		return nil, fmt.Errorf("reading its report: %v: %.200q", err, report)
	}
	var msgs []string
	for _, m := range r.Messages {
		if m.Type == "info" {
			continue
		}
		name := m.URL
		for f, n := range files {
			if strings.HasSuffix(m.URL, filepath.ToSlash(f)) {
				name = n
				break
			}
		}
		msgs = append(msgs, fmt.Sprintf("%s:%d:%d: %s: %s [%s]", name, m.LastLine, m.FirstColumn, m.Type, m.Message, strings.TrimSpace(m.Extract)))
	}
	return msgs, nil
}
