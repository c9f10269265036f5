package serve

import (
	"context"
	"errors"
	"io"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestCompareRoute(t *testing.T) {
	var got []string
	s := New(Options{Compare: func(ctx context.Context, doc, from, to string) ([]byte, error) {
		if from == "Draf IX" {
			return nil, errors.New(`no version "Draf IX"`)
		}
		got = append(got, doc, from, to)
		return []byte("<html><body>banding</body></html>"), nil
	}})
	s.Publish(&State{}, nil)
	for _, tc := range []struct {
		url  string
		code int
		body string
	}{
		{"/banding/?dok=/kebijakan/x/&dari=Draf+I&ke=current", 200, "banding"},
		{"/banding/?dok=/kebijakan/x/&dari=Draf+IX&ke=current", 400, `no version "Draf IX"`},
		{"/banding/?dok=kebijakan/x/&dari=a&ke=b", 400, "parameter dok"},
		{"/banding/?dok=/kebijakan/../x/&dari=a&ke=b", 400, "parameter dok"},
		{"/banding/?dok=/kebijakan/x/&dari=a", 400, "parameter dari dan ke"},
	} {
		rec := httptest.NewRecorder()
		s.Handler().ServeHTTP(rec, httptest.NewRequest("GET", tc.url, nil))
		body, _ := io.ReadAll(rec.Body)
		if rec.Code != tc.code || !strings.Contains(string(body), tc.body) {
			t.Errorf("GET %s: %d %q, want %d containing %q", tc.url, rec.Code, body, tc.code, tc.body)
		}
	}
	if strings.Join(got, "|") != "/kebijakan/x/|Draf I|current" {
		t.Errorf("compare called with %q", got)
	}
}
