package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/tubei/pustaka/internal/survey"

	"github.com/tubei/pustaka/internal/message"
)

var skmCmd = &command{
	name:    "skm",
	summary: "Compute the IKM of a community-satisfaction survey (PermenPAN-RB 14/2017) from a CSV file of answers.",
	usage:   "skm [--populasi N] [--bobot sama|dibulatkan] [--format table|json|csv] FILE.csv",
	run:     runSKM,
}

func runSKM(ctx context.Context, e *env, args []string) error {
	fs := e.fs
	population := fs.Int("populasi", 0, "population the respondents are drawn from: checks the Krejcie–Morgan minimum sample")
	weights := fs.String("bobot", "sama", "weights of the nine unsur: sama (1/9 each) or dibulatkan (0,111 each, as many units publish)")
	format := fs.String("format", "table", "table (rounded, Indonesian), json or csv (aggregates, unrounded)")
	if err := e.parse(args); err != nil {
		return err
	}
	switch {
	case fs.NArg() == 0:
		return usagef("missing FILE.csv")
	case fs.NArg() > 1:
		return usagef("too many arguments: want one FILE.csv, got %d", fs.NArg())
	case *population < 0:
		return usagef("--populasi: want a positive number; got %d", *population)
	}
	var w survey.Weights
	switch *weights {
	case "sama":
		w = survey.EqualWeights()
	case "dibulatkan":
		w = survey.RoundedWeights()
	default:
		return usagef("--bobot: want sama or dibulatkan; got %q", *weights)
	}
	switch *format {
	case "table", "json", "csv":
	default:
		return usagef("--format: want table, json or csv; got %q", *format)
	}
	file := fs.Arg(0)
	src, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	tally, problems := survey.ReadAnswers(file, src)
	lang := message.Choose("", e.getenv) // no site: Indonesian, unless the environment asks
	for _, p := range problems {
		fmt.Fprintln(e.stderr, p.In(lang))
	}
	if tally == nil {
		return errFailed
	}
	r, err := survey.Compute(tally, w)
	if err != nil {
		return err
	}
	switch *format {
	case "json":
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(r.Summary("", *population))
	case "csv":
		return survey.WriteCSV(e.stdout, []survey.Summary{r.Summary("", *population)})
	}
	return survey.WriteTable(e.stdout, r, *population)
}
