package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/tubei/pustaka/internal/searchlog"
	"github.com/tubei/pustaka/internal/service"

	"github.com/tubei/pustaka/internal/message"
)

var searchLogCmd = &command{
	name:    "search-log",
	summary: message.SumSearchLog,
	usage:   "search-log [--source DIR] [--since YYYY-MM-DD] [--limit N]",
	run:     runSearchLog,
}

func runSearchLog(ctx context.Context, e *env, args []string) error {
	source := e.fs.String("source", ".", string(message.FlagSourceShort))
	cfgFile := e.fs.String("config", "", string(message.FlagConfig))
	since := e.fs.String("since", "", string(message.FlagSince))
	limit := e.fs.Int("limit", 20, string(message.FlagLogLimit))
	if err := e.parse(args); err != nil {
		return err
	}
	if e.fs.NArg() > 0 {
		return usagef(message.ArgUnexpected, e.fs.Arg(0))
	}
	if *since != "" {
		if _, err := time.Parse(time.DateOnly, *since); err != nil {
			return usagef(message.FlagWant, "--since", message.New(message.FlagWantDate), *since)
		}
	}
	if *limit < 1 {
		return usagef(message.FlagWant, "--limit", message.New(message.WantAtLeast, 1), strconv.Itoa(*limit))
	}
	path, on, err := service.SearchLogState(service.Options{Dir: *source, ConfigFile: *cfgFile})
	if err != nil {
		return err
	}
	l := e.langAt(*source, *cfgFile)
	say := func(key message.Key, args ...any) { fmt.Fprintln(e.stdout, message.New(key, args...).In(l)) }
	if !on {
		say(message.LogOff)
	}
	entries, err := searchlog.ReadFile(path)
	if errors.Is(err, searchlog.ErrNoLog) {
		say(message.LogNone, searchlog.File)
		return nil
	}
	if err != nil {
		return err
	}
	printSearchLog(e.stdout, searchlog.Summarize(entries, *since), *since, *limit, l)
	return nil
}

// printSearchLog prints the two lists of s, at most limit lines each, in
// language l.
func printSearchLog(w io.Writer, s searchlog.Summary, since string, limit int, l message.Lang) {
	say := func(key message.Key, args ...any) string { return message.New(key, args...).In(l) }
	if s.From == "" {
		if since != "" {
			fmt.Fprintln(w, say(message.LogNoneSince, since))
		} else {
			fmt.Fprintln(w, say(message.LogEmpty))
		}
		return
	}
	fmt.Fprintln(w, say(message.LogRange, s.From, s.To))
	list := func(title message.Key, cs []searchlog.Count, what message.Key, line func(searchlog.Count) string) {
		fmt.Fprintf(w, "\n%s (%d):\n", say(title), len(cs))
		if len(cs) == 0 {
			fmt.Fprintln(w, "  "+say(message.LogNothing))
			return
		}
		fmt.Fprintf(w, "  %6s  %4s  %s\n", say(message.LogCount), say(message.LogDays), say(what))
		for i, c := range cs {
			if i == limit {
				fmt.Fprintln(w, "  "+say(message.LogMore, len(cs)-limit))
				break
			}
			fmt.Fprintf(w, "  %6d  %4d  %s\n", c.Count, c.Days, line(c))
		}
	}
	list(message.LogNoResults, s.None, message.LogQuery, func(c searchlog.Count) string { return c.Query })
	list(message.LogSuggestions, s.Suggestions, message.LogQuerySuggest, func(c searchlog.Count) string {
		return c.Query + " → " + c.Suggestion
	})
}
