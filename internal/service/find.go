package service

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"path/filepath"
	"strconv"
	"time"

	"github.com/tubei/pustaka/indexer"
	"github.com/tubei/pustaka/internal/config"

	"github.com/tubei/pustaka/internal/message"
)

// Find answers one search from the terminal (`pustaka search`) and writes
// nothing to the site folder:
//   - when a server has the site's index open, it asks the server
//     (/api/search), which has the freshest index;
//   - otherwise it opens the index read-only, sharing it with other
//     readers, and waits (saying so) while a build has it;
//   - when files under content/ changed after the index was last
//     written, it says so in one line (searching the saved index, in a
//     fraction of a second, rather than building and indexing the whole
//     site in memory: 9 CPU-s at 2,000 pages);
//   - when there is no index yet, it builds the site in memory and
//     searches an index made in memory, saying so in one line.
//
// Messages go to opts.Log.
func Find(ctx context.Context, opts Options, req indexer.Request) (*indexer.Result, error) {
	opts.ReadOnly = true
	s := New(opts)
	cfg, err := config.Load(s.configFile(), "config.yaml")
	if err != nil {
		return nil, err
	}
	s.lang.Store(s.chooseLang(cfg.Lang))
	ixo, err := s.indexOptions(cfg)
	if err != nil {
		return nil, err
	}
	if h := readHolder(ixo.Path); h.serving() && h.Addr != "" {
		r, err := ask(ctx, h, req)
		if err == nil || !errors.Is(err, errUnreachable) {
			return r, err
		}
	}
	ixo.ReadOnly = true
	ix, err := s.openWaiting(ctx, ixo, cfg.Search.Index, LockWait)
	var le *LockedError
	switch {
	case errors.As(err, &le) && le.Holder.serving():
		le.Hint = message.New(message.HintUnreachable, le.Holder.URL(), le.Holder.PID)
		return nil, le
	case errors.As(err, &le):
		le.Hint = message.New(message.HintWait)
		return nil, le
	case errors.Is(err, indexer.ErrNoIndex):
		s.say(message.IndexMissing, cfg.Search.Index)
	case err != nil:
		return nil, err
	default:
		defer ix.Close()
		written := indexer.Written(ixo.Path)
		if n := changedSince(filepath.Join(s.opts.Dir, "content"), written); n > 0 {
			s.say(message.IndexOld, n, written.Local().Format("2006-01-02 15:04"))
		}
		return ix.Search(ctx, req)
	}
	return s.findInMemory(ctx, ixo, req)
}

// findInMemory builds the site without writing anything and searches an
// index of it made in memory.
func (s *Service) findInMemory(ctx context.Context, ixo indexer.Options, req indexer.Request) (*indexer.Result, error) {
	res := s.Build(ctx)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ixo.Path, ixo.ReadOnly = "", false
	ix, err := indexer.Open(ixo)
	if err != nil {
		return nil, err
	}
	defer ix.Close()
	all := res.All
	if all == nil {
		all = s.site.Documents()
	}
	if _, err := ix.Sync(all); err != nil {
		return nil, err
	}
	return ix.Search(ctx, req)
}

// changedSince counts the files and folders under dir modified after t
// (a folder changes when a file in it is added or removed).
func changedSince(dir string, t time.Time) int {
	n := 0
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if fi, err := d.Info(); err == nil && fi.ModTime().After(t) {
			n++
		}
		return nil
	})
	return n
}

// errUnreachable: the server named in the holder file did not answer.
var errUnreachable = errors.New("server unreachable")

// ask sends the search to the server h over HTTP.
func ask(ctx context.Context, h *Holder, req indexer.Request) (*indexer.Result, error) {
	v := url.Values{"q": {req.Query}, "facets": {"0"}}
	for k, x := range map[string]string{"type": req.Type, "status": req.Status, "tag": req.Tag, "unit": req.Unit,
		"competency": req.Competency, "sort": req.Sort} {
		if x != "" {
			v.Set(k, x)
		}
	}
	for k, n := range map[string]int{"year": req.Year, "page": req.Page, "size": req.Size} {
		if n != 0 {
			v.Set(k, strconv.Itoa(n))
		}
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	hr, err := http.NewRequestWithContext(ctx, http.MethodGet, h.URL()+"api/search?"+v.Encode(), nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(hr)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errUnreachable, err)
	}
	defer resp.Body.Close()
	var body apiResult
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return nil, fmt.Errorf("%s: %s: %w", h, resp.Status, err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: %s", h, cmp.Or(body.Error, resp.Status))
	}
	return body.result(), nil
}

// apiResult is what /api/search answers (see internal/serve).
type apiResult struct {
	Error      string        `json:"error"`
	Query      string        `json:"query"`
	Total      uint64        `json:"total"`
	TookMS     float64       `json:"took_ms"`
	Suggestion string        `json:"suggestion"`
	Hits       []indexer.Hit `json:"hits"` // the one hit shape
}

func (a *apiResult) result() *indexer.Result {
	r := &indexer.Result{Total: a.Total, Suggestion: a.Suggestion, Query: a.Query,
		Took: time.Duration(a.TookMS * float64(time.Millisecond))}
	r.Hits = a.Hits
	return r
}
