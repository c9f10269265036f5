// Package sources says which files under a site folder a build reads, and
// walks them. It is the one owner of that rule: the watcher (package
// watch) reports changes only to files the rule keeps, the build (package
// site) reads only those, and content.Load lists them the same way, so a
// file that one of them sees is seen by all.
//
// # Which files matter
//
// Paths are slash-separated and relative to the site folder, except where
// a function says "relative to content/".
//
//   - Noise: never a source, anywhere: an editor's swap, backup, lock or
//     temporary file (x.md.swp, x.md~, .#x.md, #x.md#, 4913, x.md.tmp,
//     .goutputstream-*, jb_tmp___*, ~$x.xlsx …), anything under .git/,
//     .pustaka/ (Pustaka's own state) or node_modules/ at any depth, and
//     the build output public/ at the top of the site folder.
//   - Content files (Content): the Markdown files (*.md, *.markdown) below
//     content/ that are not noise and have no hidden name ("." first) on
//     their path. Hidden files are never content nor published: an
//     editor's hidden temporary file renamed over x.md is seen as a
//     change of x.md.
//   - What a rebuild reads (Rules.Ignored is false): content/, themes/,
//     layouts/, static/ and data/ without their hidden and noise files,
//     plus the config file and the configured search data files (roots,
//     synonyms), even hidden ones, and the folders that lead to them.
//     Anything else (a site kept in a repository next to other code)
//     never triggers a rebuild.
//
// # Walking
//
// Walk lists the files below a folder of an fs.FS in lexical order.
// Symbolic links are followed: a link to a folder (content/ on a shared
// drive) is a folder at the link's path, a link to a file is a file with
// the target's state; a link to a folder already on the way down (a cycle)
// is not entered again, and a dangling link is skipped. It tells a cycle
// by os.SameFile, so it works on os.DirFS and on any fs.FS whose Stat
// gives the operating system's file information; an fs.FS without links
// (fstest.MapFS, an archive) needs none of it.
package sources
