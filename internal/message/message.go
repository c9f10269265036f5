// Package message words Pustaka's messages to people (the problems of a
// build, the lines of the command line) in the reader's language.
//
// # Texts and the catalog
//
// A message is made where the problem is found, as a Text: a Key of the
// catalog and the arguments of its format. It is worded only at the
// edge, where the language is known: the command line's printer, the
// problem panel of serve, the migration report. The catalog holds every
// key's format in Indonesian (id, the base language) and English (en);
// the formats are fmt formats, and may take their arguments in another
// order with explicit indexes (%[2]s). An argument that is itself a
// Text is worded in the same language first, so "got a list" and its
// Indonesian "tertulis daftar" come from the catalog too. Raw wraps
// text that has no translation (a file name, an operating system's or a
// library's own error message).
//
// The catalog is built once, when the program starts, and only read
// afterwards: wording a Text is safe from any goroutine.
//
// # The reader's language
//
// A site's messages speak its language (lang in config.yaml, Indonesian
// by default). On the command line PUSTAKA_LANG chooses another ("en",
// "id", or a locale such as "en_US.UTF-8"); without it the locale of the
// environment decides (LC_ALL, then LC_MESSAGES, then LANG, as POSIX
// orders them): English for en_*, Indonesian for id_*, and the site's
// language for C, POSIX and the languages Pustaka does not speak.
package message

import (
	"errors"
	"fmt"
	"strings"
)

// Lang is a language messages are worded in.
type Lang string

// The languages of the catalog.
const (
	ID Lang = "id" // Indonesian, the base language
	EN Lang = "en" // English
)

// Langs are the languages of the catalog, base language first.
var Langs = []Lang{ID, EN}

// Parse returns the language of s, a language code ("en", "id") or a
// POSIX locale ("en_US.UTF-8", "id_ID"), and whether Pustaka speaks it.
func Parse(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	code, _, _ := strings.Cut(s, ".")
	code, _, _ = strings.Cut(code, "@")
	code, _, _ = strings.Cut(code, "_")
	code, _, _ = strings.Cut(code, "-")
	switch Lang(code) {
	case ID, "in": // "in" is the withdrawn ISO 639 code, still in old locales
		return ID, true
	case EN:
		return EN, true
	}
	return "", false
}

// Site returns the language of a site's lang setting: English for "en",
// Indonesian for anything else (the base language).
func Site(lang string) Lang {
	if l, ok := Parse(lang); ok {
		return l
	}
	return ID
}

// Choose returns the language of the command line for a site whose lang
// setting is siteLang, reading the environment through getenv
// (os.Getenv): PUSTAKA_LANG if it names a language Pustaka speaks, else
// the first of LC_ALL, LC_MESSAGES and LANG that is set, when it names
// one; else the site's language.
func Choose(siteLang string, getenv func(string) string) Lang {
	if l, ok := Parse(getenv("PUSTAKA_LANG")); ok {
		return l
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			if l, ok := Parse(v); ok {
				return l
			}
			break // C, POSIX or a language Pustaka does not speak
		}
	}
	return Site(siteLang)
}

// Key names a message of the catalog.
type Key string

// raw is the key of a Raw text: its one argument, as it is.
const raw Key = ""

// Text is a message not yet worded: its key and the arguments of its
// format. The zero Text is the empty message.
type Text struct {
	Key  Key
	Args []any
}

// New returns the message key with its arguments.
func New(key Key, args ...any) Text { return Text{Key: key, Args: args} }

// Raw returns a message that reads s in every language: text with no
// translation, such as a library's own error message.
func Raw(s string) Text { return Text{Args: []any{s}} }

// IsZero reports whether t is the empty message.
func (t Text) IsZero() bool { return t.Key == raw && len(t.Args) == 0 }

// In words t in language l. A key missing from the catalog (a bug that
// TestCatalog catches) reads as the key and its arguments, "key[a b]".
func (t Text) In(l Lang) string {
	if t.Key == raw {
		if len(t.Args) == 0 {
			return ""
		}
		return fmt.Sprint(word(t.Args[0], l))
	}
	f, ok := catalog[t.Key]
	if !ok {
		return string(t.Key) + fmt.Sprint(t.words(l))
	}
	format := f.id
	if l == EN {
		format = f.en
		if f.one != "" && len(t.Args) > 0 && t.Args[0] == 1 {
			format = f.one
		}
	}
	return fmt.Sprintf(format, t.words(l)...)
}

// String words t in English, the language of the code and of logs.
func (t Text) String() string { return t.In(EN) }

// words returns the arguments of t, those that are Texts worded in l.
func (t Text) words(l Lang) []any {
	out := make([]any, len(t.Args))
	for i, a := range t.Args {
		out[i] = word(a, l)
	}
	return out
}

// word words a if it is a Text or a list of Texts (joined by "; ").
func word(a any, l Lang) any {
	switch v := a.(type) {
	case Text:
		return v.In(l)
	case []Text:
		s := make([]string, len(v))
		for i, t := range v {
			s[i] = t.In(l)
		}
		return strings.Join(s, "; ")
	}
	return a
}

// Error is an error whose message is a Text. Its Error method words it in
// English; the edge words it in the reader's language (Of).
type Error struct{ Text Text }

// Errorf returns an *Error with the message key and its arguments.
func Errorf(key Key, args ...any) error { return &Error{New(key, args...)} }

// Error words e in English.
func (e *Error) Error() string { return e.Text.String() }

// Texter is an error that has a message to word in the reader's
// language; its Error method words it in English.
type Texter interface {
	error
	Text() Text
}

// Of returns the message of err: its Text when err is an *Error or a
// Texter (or wraps one without adding words of its own), the messages of
// the errors that errors.Join joined (separated by "; "), the meaning of
// a common error of the system about a file or an address (a file that
// is not there, a permission, a read-only or full disk, a port in use:
// the path, the meaning, the system's words in parentheses), else err's
// own words, untranslated.
func Of(err error) Text {
	var t Texter
	if errors.As(err, &t) && t.Error() == err.Error() {
		return t.Text()
	}
	switch e := err.(type) {
	case *Error:
		return e.Text
	case interface{ Unwrap() []error }:
		var ts []Text
		for _, err := range e.Unwrap() {
			ts = append(ts, Of(err))
		}
		return New(Problems, ts)
	}
	if t, ok := osText(err); ok {
		return t
	}
	return Raw(err.Error())
}

// entry is one message of the catalog in both languages.
type entry struct{ id, en string }

// phrase is an entry of the catalog with its English singular: Indonesian
// nouns do not change in the plural; an English message that counts has
// its singular in one (from englishOne), used when its first argument is
// the int 1.
type phrase struct {
	entry
	one string
}

// catalog holds every message; it is built from the tables of this
// package's files when the program starts and never changed.
var catalog = merge(englishOne, contentTexts, siteTexts, dataTexts, cliTexts, usageTexts, osTexts)

func merge(one map[Key]string, tables ...map[Key]entry) map[Key]phrase {
	out := map[Key]phrase{}
	for _, t := range tables {
		for k, e := range t {
			if _, dup := out[k]; dup {
				panic("message: key " + string(k) + " defined twice")
			}
			out[k] = phrase{e, one[k]}
		}
	}
	return out
}
