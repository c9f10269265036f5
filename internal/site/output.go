package site

import (
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
