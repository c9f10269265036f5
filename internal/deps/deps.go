package deps

import (
	_ "github.com/blevesearch/bleve/v2"
	_ "github.com/chromedp/chromedp"
	_ "github.com/fsnotify/fsnotify"
	_ "github.com/yuin/goldmark"
	_ "golang.org/x/tools/txtar"
	_ "gopkg.in/yaml.v3"
)
