package site

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// File is one published file of a built site, held in memory.
type File struct {
	Body        []byte
	ContentType string
	ETag        string // strong validator: quoted hex of a content hash
	ModTime     time.Time
}

// Output is a complete built site: URL path ("/kebijakan/x/index.html",
// "/css/site.css", "/404.html") to file. An Output is immutable once
// published; a rebuild makes a new one sharing unchanged *File values.
type Output struct {
	Files map[string]*File
}

// WriteDir writes the output as the folder dir, all or nothing: files go
// to a fresh sibling folder first, which then replaces dir. On any error
// dir is left as it was. Files of pages that no longer exist disappear
// with the old folder.
func (o *Output) WriteDir(dir string) (err error) {
	dir = filepath.Clean(dir)
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".new-")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if err := o.writeFiles(tmp); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	old := ""
	if _, err := os.Stat(dir); err == nil {
		old = tmp + ".old"
		if err := os.Rename(dir, old); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		if old != "" {
			os.Rename(old, dir)
		}
		return err
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

func (o *Output) writeFiles(root string) error {
	names := make([]string, 0, len(o.Files))
	for name := range o.Files {
		names = append(names, name)
	}
	errs := make([]error, len(names))
	parallel(len(names), func(i int) {
		p := filepath.Join(root, filepath.FromSlash(strings.TrimPrefix(names[i], "/")))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			errs[i] = err
			return
		}
		errs[i] = os.WriteFile(p, o.Files[names[i]].Body, 0o644)
	})
	return errors.Join(errs...)
}
