package theme

import (
	"io/fs"

	"github.com/tubei/pustaka/themes"
)

// DefaultFS returns the embedded default theme, ready for Load.
func DefaultFS() fs.FS { return themes.Default }
