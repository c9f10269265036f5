// Package history records the versions of a document, reads them from
// git, and computes and renders the prose difference between two of
// them, for reviewers who compare Draf I with Draf II word by word.
//
// # Versions
//
// A [Version] is the whole source file of a document at one moment, with
// its date, author, message and (for the store) label and status.
// Versions come from two places:
//
//   - A [Store]: the site's own append-only history, kept in the hidden
//     folder [DefaultStoreDir] (".pustaka/history") and never published.
//     [Store.Record] adds a version when the source differs from the last
//     one recorded; [Store.Versions] lists them oldest first. Sources are
//     content-addressed blobs (SHA-256), written atomically; each
//     document has a log of JSON lines with a CRC-32C checksum each. A
//     damaged entry (truncated line, bad checksum, missing or corrupt
//     blob) is reported as an [*EntryError] naming the log file and line,
//     and skipped.
//   - Git: [GitVersions] lists the commits that changed one document,
//     following renames; [GitLog] does the same for many documents with a
//     single git log pass, for builds. Without git or a repository there
//     are simply no git versions. Git versions carry no Label or Status:
//     the caller parses them from Source (front matter).
//
// [Merge] joins both lists, one version per content, oldest first.
// The last state of each run of versions with the same Label is a named
// version (Draf I, Draf II, ...), the versions a reader chooses from.
//
// # Which versions a document lists (owned here)
//
// This package owns the rules of which versions a document has and
// lists; the site only asks. [Sources] holds a site's store and git log:
// [Sources.Of] lists a document's versions with the current file last
// (a revert drops the older state of the same content),
// [Sources.Load] reads the sources of those to be shown, and
// [Sources.Find] resolves a version a user names (label, ID, "terkini",
// any git revision through [GitShow]); [PreviousNamed] is the default
// "from" of a comparison. [Labelled] fills labels of git versions from
// their front matter (the caller parses it). [Shown] decides what is
// published: the named versions, every git commit and the current file.
// Every other state is a working state (a save while serving, a
// half-typed draft): kept in the store, never published, and listed —
// the last [MaxWorking] of them — only when the caller asks for them
// (serve, for the person editing; `pustaka diff` can name them).
//
// The site (internal/site) owns when versions are recorded (which
// documents, on which goroutine), the pages made of them and their
// URLs, and turns the errors of this package into diagnostics on the
// document's file.
//
// # Diff
//
// The renderer turns a version into a list of [Block]s (headings,
// paragraphs, list items, table cells, quotes, code, terms and
// definitions, as plain text). [Compare] aligns two block lists:
//
//  1. Headings that did not change are matched first; between them, the
//     sequences of block keys (kind, heading level and normalised text)
//     are diffed with Myers' O(ND) algorithm (linear-space, with common
//     prefix and suffix trimmed).
//  2. A deleted block identical to an inserted one elsewhere is "moved";
//     the blocks right after it that are at least half the same move
//     with it (a sub-item with its item). Reordering a list is a move.
//  3. Within each run of changes, deleted and inserted blocks of the same
//     kind sharing at least half of their words (Dice coefficient) are
//     one "changed" block; table cells pair by column. A renamed or
//     renumbered heading is a changed heading.
//  4. Remaining blocks at least 80% similar across runs are "moved" with
//     changes; the rest are "inserted" or "deleted".
//
// Changed and moved-with-changes blocks carry a word diff from [Words]:
// tokens are words in any script (with combining marks), single
// Chinese/Japanese characters, white space, and single punctuation or
// emoji characters (with modifiers and ZWJ sequences). A semantic
// cleanup folds small equalities between two changes (a space, a comma,
// a word shorter than both neighbouring changes) so replacements read as
// whole phrases.
//
// A [Diff] renders as inline tracked changes ([Diff.HTML]), as two
// aligned columns ([Diff.SideBySide]), as git-style word diff text
// ([Diff.WordDiff]), as a unified diff of block lines ([Diff.Unified]) and
// as JSON ([Diff.JSON]). The HTML uses <ins> and <del> with titles
// ("ditambahkan", "dihapus"; English with [Diff.HTMLIn]) and classes
// diff-inserted, diff-deleted, diff-changed and diff-moved; the theme
// styles them with underline and strike-through as well as colour, so
// marks survive printing and colour blindness. Headings keep their
// anchors prefixed with "diff-", which [Diff.ChangedSections] lists for a
// summary. [MetaChanges] lists changed front-matter fields.
package history

import "encoding"

// Compile-time interface checks.
var (
	_ error                    = (*EntryError)(nil)
	_ encoding.TextMarshaler   = Op(0)
	_ encoding.TextUnmarshaler = (*Op)(nil)
)
