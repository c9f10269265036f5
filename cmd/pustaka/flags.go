package main

import (
	"errors"
	"flag"
	"io"
	"strings"
)

// parse parses the command's flags wherever they stand among args, as git
// and hugo do: "pustaka search pelatihan --type training --limit 2" is
// "pustaka search --type training --limit 2 pelatihan". "--" ends the
// flags; everything after it is an argument, even if it starts with "-".
// Mistakes come back as a usageError; -h and --help as flag.ErrHelp,
// after printing the usage.
func (e *env) parse(args []string) error {
	flags, positional, err := e.split(args)
	if err != nil {
		return err
	}
	out := e.fs.Output()
	e.fs.SetOutput(io.Discard) // mistakes are printed on one line by run
	err = e.fs.Parse(append(append(flags, "--"), positional...))
	e.fs.SetOutput(out)
	switch {
	case errors.Is(err, flag.ErrHelp):
		e.fs.Usage()
		return err
	case err != nil:
		return &usageError{err.Error()}
	}
	return nil
}

// split separates flags (with their values) from positional arguments.
func (e *env) split(args []string) (flags, positional []string, err error) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return flags, append(positional, args[i+1:]...), nil
		}
		if len(a) < 2 || a[0] != '-' {
			positional = append(positional, a)
			continue
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if name == "h" || name == "help" {
			flags = append(flags, a)
			continue
		}
		f := e.fs.Lookup(name)
		if f == nil {
			return nil, nil, e.unknown(a)
		}
		flags = append(flags, a)
		if hasValue || isBool(f) {
			continue
		}
		if i+1 == len(args) {
			return nil, nil, usagef("flag %s needs a value", a)
		}
		i++
		flags = append(flags, args[i])
	}
	return flags, positional, nil
}

// unknown is the error for an argument that looks like a flag but is not
// one of the command's.
func (e *env) unknown(a string) error {
	if e.name == "search" && !strings.HasPrefix(a, "--") {
		return usagef("unknown flag %s (to leave a word out of the search, put the query after --: pustaka search -- kebijakan %s)", a, a)
	}
	return usagef("unknown flag %s", a)
}

// isBool reports whether f is a boolean flag, which takes no value
// unless it is written --name=value.
func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}
