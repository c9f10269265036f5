package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strconv"

	"github.com/tubei/pustaka/internal/survey"

	"github.com/tubei/pustaka/internal/message"
)

var skmCmd = &command{
	name:    "skm",
	summary: message.SumSKM,
	usage:   "skm [--populasi N] [--bobot sama|dibulatkan] [--format table|json|csv] FILE.csv",
	run:     runSKM,
}

func runSKM(ctx context.Context, e *env, args []string) error {
	fs := e.fs
	population := fs.Int("populasi", 0, string(message.FlagPopulation))
	weights := fs.String("bobot", "sama", string(message.FlagWeights))
	format := fs.String("format", "table", string(message.FlagSKMFormat))
	if err := e.parse(args); err != nil {
		return err
	}
	switch {
	case fs.NArg() == 0:
		return usagef(message.ArgMissing, "FILE.csv")
	case fs.NArg() > 1:
		return usagef(message.ArgsTooMany, "FILE.csv", fs.NArg())
	case *population < 0:
		return usagef(message.FlagWant, "--populasi", message.New(message.WantPositive), strconv.Itoa(*population))
	}
	var w survey.Weights
	switch *weights {
	case "sama":
		w = survey.EqualWeights()
	case "dibulatkan":
		w = survey.RoundedWeights()
	default:
		return usagef(message.FlagWant, "--bobot", message.New(message.OneOf, "sama", "dibulatkan"), *weights)
	}
	switch *format {
	case "table", "json", "csv":
	default:
		return usagef(message.FlagWant, "--format", message.New(message.OneOf, "table, json", "csv"), *format)
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
