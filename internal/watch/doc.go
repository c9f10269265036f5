// Package watch reports changes below a directory tree as debounced,
// coalesced batches of events, for `pustaka serve --watch`.
//
// # Events
//
// An Event names a regular file by its slash-separated path relative to the
// watched root ("kebijakan/x.md", "config.yaml") and carries one Op:
//
//   - Create: the file appeared (also: every file inside a folder that was
//     created or moved in).
//   - Write: the file's content changed: written in place, replaced by a
//     rename over it (an editor's atomic save), or removed and re-created
//     within one batch.
//   - Remove: the file is gone (deleted, or its folder was deleted).
//   - Rename: the file was moved away from this path; treat it like Remove.
//     Its new name, if inside the root, arrives as Create.
//
// Folders never appear in events themselves: a folder that is created or
// moved into the tree yields Create for every file inside it, and a folder
// that is deleted or moved away yields Remove (or Rename) for every file the
// watcher knew under it. Consumers therefore only ever deal with files.
//
// The tree is walked by sources.Walk, as the build walks content/: symbolic
// links are followed, a link to a folder (content/ on a shared drive) is
// watched as a folder at the link's path, and its files are reported under
// that path; a link to a folder above it is not entered again, and a
// dangling link is ignored.
//
// Paths for which Options.Ignore reports true never appear. The default,
// sources.Noise, drops editor swap, backup and lock files, anything under
// .git/, .pustaka/ and node_modules/ at any depth, and the build output
// public/ at the top; a site's server passes its sources.Rules instead.
//
// # Batches
//
// Events are coalesced per path by a Debouncer: a batch is delivered once the
// tree has been quiet for Options.Quiet (default 15 ms), or at the latest
// Options.MaxWait (default 150 ms) after its first event, so a steady stream
// of saves still produces regular batches. Within a batch each path appears
// once, and batches are sorted by path. An atomic save (write x.md.tmp, rename
// it over x.md) therefore arrives as a single Write of x.md, and a save
// followed at once by a delete as a single Remove.
//
// # Polling
//
// New uses fsnotify (inotify on Linux), adding a watch for every folder,
// including folders created later. When that cannot work (the inotify watch
// or instance limit is reached, or the filesystem does not support it), the
// watcher says so through Options.Logf and falls back to polling the tree
// every second, comparing size, modification time and mode of every file.
// Options.Poll > 0 forces polling at that interval. Should the watch limit
// be reached later, when a new folder appears, the watcher switches to
// polling then, saying so in the same words. Notices go to Options.Logf
// (default log.Printf); errors that do not stop watching, such as a
// lost-events overflow (after which the whole tree is rescanned), arrive on
// Errors.
package watch
