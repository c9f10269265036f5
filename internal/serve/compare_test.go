package serve

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/tubei/pustaka/internal/site"
)

func TestCompareRoute(t *testing.T) {
	var got []string
	s := New(Options{Compare: func(ctx context.Context, req CompareRequest) ([]byte, error) {
		if req.From == "Draf IX" {
			return nil, errors.New(`no version "Draf IX"`)
		}
		got = append(got, req.Doc, req.From, req.To, fmt.Sprint(req.Matrix))
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
		{"/banding/?dok=/kebijakan/x/&dari=Draf+I&ke=Draf+II&tampil=matriks", 200, "banding"},
		{"/banding/?dok=/kebijakan/x/&dari=a&ke=b&tampil=tabel", 400, "parameter tampil"},
	} {
		rec := httptest.NewRecorder()
		s.Handler().ServeHTTP(rec, httptest.NewRequest("GET", tc.url, nil))
		body, _ := io.ReadAll(rec.Body)
		if rec.Code != tc.code || !strings.Contains(string(body), tc.body) {
			t.Errorf("GET %s: %d %q, want %d containing %q", tc.url, rec.Code, body, tc.code, tc.body)
		}
	}
	if strings.Join(got, "|") != "/kebijakan/x/|Draf I|current|false|/kebijakan/x/|Draf I|Draf II|true" {
		t.Errorf("compare called with %q", got)
	}
}

func TestCompressedFile(t *testing.T) {
	plain := []byte(strings.Repeat("<p>Pelatihan ASN</p>", 50))
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(plain)
	zw.Close()
	s := New(Options{})
	s.Publish(&State{Output: &site.Output{Files: map[string]*site.File{
		"/x/index.html": {Gzip: z.Bytes(), ContentType: "text/html; charset=utf-8", ETag: `"abc"`},
	}}}, nil)
	for _, gz := range []bool{true, false} {
		req := httptest.NewRequest("GET", "/x/", nil)
		if gz {
			req.Header.Set("Accept-Encoding", "gzip")
		}
		rec := httptest.NewRecorder()
		s.Handler().ServeHTTP(rec, req)
		body := rec.Body.Bytes()
		if gz {
			if rec.Header().Get("Content-Encoding") != "gzip" || !bytes.Equal(body, z.Bytes()) {
				t.Errorf("gzip client got %q encoding, %d bytes", rec.Header().Get("Content-Encoding"), len(body))
			}
			continue
		}
		if rec.Code != 200 || !bytes.Equal(body, plain) {
			t.Errorf("identity client: %d, %d bytes", rec.Code, len(body))
		}
	}
}
