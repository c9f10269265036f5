package main

import (
	"flag"
	"strings"
	"time"

	"github.com/tubei/pustaka/internal/message"
)

// parse parses the command's flags wherever they stand among args, as git
// and hugo do: "pustaka search pelatihan --type training --limit 2" is
// "pustaka search --type training --limit 2 pelatihan". "--" ends the
// flags; everything after it is an argument, even if it starts with "-".
// Mistakes come back as a usageError worded from the catalog; -h and
// --help as flag.ErrHelp, after printing the usage.
func (e *env) parse(args []string) error {
	positional, help, err := e.split(args)
	if help {
		e.fs.Usage()
		return flag.ErrHelp
	}
	if err != nil {
		return err
	}
	return e.fs.Parse(append([]string{"--"}, positional...))
}

// split sets the flags among args (with their values) and returns the
// positional arguments, whether -h or --help was among the flags, and
// the first mistake.
func (e *env) split(args []string) (positional []string, help bool, err error) {
	fail := func(e error) {
		if err == nil {
			err = e
		}
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return append(positional, args[i+1:]...), help, err
		}
		if len(a) < 2 || a[0] != '-' {
			positional = append(positional, a)
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimPrefix(a[1:], "-"), "=")
		if name == "h" || name == "help" {
			help = true
			continue
		}
		f := e.fs.Lookup(name)
		if f == nil {
			fail(e.unknown(a))
			continue
		}
		switch {
		case hasValue:
		case isBool(f):
			value = "true"
		case i+1 == len(args):
			fail(usagef(message.FlagNeedsValue, a))
			continue
		default:
			i++
			value = args[i]
		}
		if e.fs.Set(name, value) != nil {
			fail(usagef(message.FlagWant, "--"+name, wants(f), value))
		}
	}
	return positional, help, err
}

// wants says what a value of flag f must be.
func wants(f *flag.Flag) message.Text {
	if g, ok := f.Value.(flag.Getter); ok {
		switch g.Get().(type) {
		case bool:
			return message.New(message.WantTrueFalse)
		case int, int64, uint, uint64:
			return message.New(message.WantWholeNumber)
		case time.Duration:
			return message.New(message.FlagWantDuration)
		}
	}
	return message.New(message.WantText)
}

// unknown is the error for an argument that looks like a flag but is not
// one of the command's.
func (e *env) unknown(a string) error {
	if e.name == "search" && !strings.HasPrefix(a, "--") {
		return usagef(message.FlagUnknownSearch, a)
	}
	return usagef(message.FlagUnknown, a)
}

// isBool reports whether f is a boolean flag, which takes no value
// unless it is written --name=value.
func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}
