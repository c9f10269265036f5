package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/tubei/pustaka/internal/searchlog"
	"github.com/tubei/pustaka/internal/service"
)

var searchLogCmd = &command{
	name:    "search-log",
	summary: "Print the searches that found nothing and the \"Maksud Anda\" suggestions readers took (recorded by serve). Writes nothing.",
	usage:   "search-log [--source DIR] [--since YYYY-MM-DD] [--limit N]",
	run:     runSearchLog,
}

func runSearchLog(ctx context.Context, e *env, args []string) error {
	source := e.fs.String("source", ".", "site folder")
	cfgFile := e.fs.String("config", "", "config file (default SOURCE/config.yaml; optional)")
	since := e.fs.String("since", "", "only days from this date on, YYYY-MM-DD (default: everything recorded)")
	limit := e.fs.Int("limit", 20, "queries listed of each kind")
	if err := e.parse(args); err != nil {
		return err
	}
	if e.fs.NArg() > 0 {
		return usagef("unexpected argument %q", e.fs.Arg(0))
	}
	if *since != "" {
		if _, err := time.Parse(time.DateOnly, *since); err != nil {
			return usagef("--since: want a date YYYY-MM-DD, got %q", *since)
		}
	}
	if *limit < 1 {
		return usagef("--limit: want at least 1, got %d", *limit)
	}
	path, on, err := service.SearchLogState(service.Options{Dir: *source, ConfigFile: *cfgFile})
	if err != nil {
		return err
	}
	if !on {
		fmt.Fprintln(e.stdout, "Pencatatan pencarian mati (search.log: false di konfigurasi); catatan lama tetap dibaca.")
	}
	entries, err := searchlog.ReadFile(path)
	if errors.Is(err, searchlog.ErrNoLog) {
		fmt.Fprintf(e.stdout, "Belum ada catatan pencarian (%s): pustaka serve mencatat pencarian yang tidak menemukan apa-apa.\n", searchlog.File)
		return nil
	}
	if err != nil {
		return err
	}
	printSearchLog(e.stdout, searchlog.Summarize(entries, *since), *since, *limit)
	return nil
}

// printSearchLog prints the two lists of s, at most limit lines each.
func printSearchLog(w io.Writer, s searchlog.Summary, since string, limit int) {
	if s.From == "" {
		if since != "" {
			fmt.Fprintf(w, "Tidak ada catatan pencarian sejak %s.\n", since)
		} else {
			fmt.Fprintln(w, "Catatan pencarian kosong.")
		}
		return
	}
	fmt.Fprintf(w, "Catatan pencarian %s s.d. %s.\n", s.From, s.To)
	list := func(title string, cs []searchlog.Count, what string, line func(searchlog.Count) string) {
		fmt.Fprintf(w, "\n%s (%d):\n", title, len(cs))
		if len(cs) == 0 {
			fmt.Fprintln(w, "  tidak ada")
			return
		}
		fmt.Fprintf(w, "  %6s  %4s  %s\n", "jumlah", "hari", what)
		for i, c := range cs {
			if i == limit {
				fmt.Fprintf(w, "  … dan %d lagi (--limit)\n", len(cs)-limit)
				break
			}
			fmt.Fprintf(w, "  %6d  %4d  %s\n", c.Count, c.Days, line(c))
		}
	}
	list("Pencarian tanpa hasil", s.None, "kata kunci", func(c searchlog.Count) string { return c.Query })
	list("Saran \"Maksud Anda\" yang diikuti", s.Suggestions, "kata kunci → saran", func(c searchlog.Count) string {
		return c.Query + " → " + c.Suggestion
	})
}
