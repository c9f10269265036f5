// Package themes embeds the themes that ship with Pustaka.
//
// Go cannot embed files from a parent folder, so the theme files live
// here, next to this file, and package internal/theme reaches them
// through Default. A site's own theme on disk is loaded with os.DirFS
// instead and never touches this package.
package themes

import (
	"embed"
	"io/fs"
)

//go:embed all:default
var files embed.FS

// Default is the default theme: its root holds layouts/, static/ and i18n/.
var Default fs.FS = mustSub(files, "default")

func mustSub(fsys fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(fsys, dir)
	if err != nil {
		panic(err) // unreachable: dir is a constant embedded above
	}
	return sub
}
