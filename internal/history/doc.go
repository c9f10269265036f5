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
// [Named] keeps the last state of each run of versions with the same
// Label: the named versions (Draf I, Draf II, ...) a reader chooses from.
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
