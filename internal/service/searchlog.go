package service

import (
	"path/filepath"
	"sync/atomic"

	"github.com/tubei/pustaka/internal/config"
	"github.com/tubei/pustaka/internal/searchlog"
)

// searchLog records, for editors, the searches readers could not use
// (internal/searchlog) while the site's configuration lets it (search.log,
// read again after every rebuild). It implements serve.SearchLog.
type searchLog struct {
	log *searchlog.Log
	on  atomic.Bool
}

// openSearchLog opens the site's search log; only `pustaka serve` does.
// Nothing is written until a search is recorded.
func (s *Service) openSearchLog() *searchLog {
	l := &searchLog{log: searchlog.Open(SearchLogPath(s.opts.Dir), searchlog.Options{Logf: s.logf})}
	l.follow(s.site.Config())
	return l
}

// follow switches recording as cfg says; a nil cfg (a configuration that
// failed to load) changes nothing.
func (l *searchLog) follow(cfg *config.Config) {
	if cfg != nil {
		l.on.Store(cfg.Search.LogSearches())
	}
}

func (l *searchLog) NotFound(q string) {
	if l.on.Load() {
		l.log.NotFound(q)
	}
}

func (l *searchLog) SuggestionTaken(q, suggestion string) {
	if l.on.Load() {
		l.log.SuggestionTaken(q, suggestion)
	}
}

// SearchLogPath is the search log of the site in dir.
func SearchLogPath(dir string) string { return filepath.Join(dir, filepath.FromSlash(searchlog.File)) }

// SearchLogState says where the site's search log is and whether its
// configuration lets `pustaka serve` record searches; it reads only the
// configuration.
func SearchLogState(opts Options) (path string, on bool, err error) {
	s := New(opts)
	cfg, err := config.Load(s.configFile(), "config.yaml")
	if err != nil {
		return "", false, err
	}
	return SearchLogPath(opts.Dir), cfg.Search.LogSearches(), nil
}
