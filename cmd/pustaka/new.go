package main

import (
	"context"
	"errors"
	"fmt"
	iofs "io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/tubei/pustaka/internal/config"

	"github.com/tubei/pustaka/internal/message"
)

var newCmd = &command{
	name:    "new",
	summary: message.SumNew,
	usage:   "new [--source DIR] policy|training|evaluation|kebijakan|pelatihan|evaluasi SLUG",
	run:     runNew,
}

var slugRE = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

func runNew(ctx context.Context, e *env, args []string) error {
	source := e.fs.String("source", ".", string(message.FlagSourceShort))
	if err := e.parse(args); err != nil {
		return err
	}
	if e.fs.NArg() != 2 {
		return usagef(message.NewArgs, e.fs.NArg())
	}
	typ, name := e.fs.Arg(0), e.fs.Arg(1)
	if en, ok := typeNames[strings.ToLower(typ)]; ok {
		typ = en
	}
	skel, ok := skeletons[typ]
	if !ok {
		return message.Errorf(message.NewType, typ)
	}
	name = strings.TrimSuffix(filepath.ToSlash(name), ".md")
	if !slugRE.MatchString(filepath.Base(name)) {
		return message.Errorf(message.NewSlug, name)
	}
	cfg, err := config.Load(filepath.Join(*source, "config.yaml"), "config.yaml")
	if err != nil {
		return err
	}
	path := filepath.Join(*source, "content", sectionOf(cfg, typ), filepath.FromSlash(name)+".md")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	title := strings.ToUpper(filepath.Base(name)[:1]) + strings.ReplaceAll(filepath.Base(name)[1:], "-", " ")
	text := fmt.Sprintf(skel, title, time.Now().Format("2006-01-02"))
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, iofs.ErrExist) {
		return message.Errorf(message.NewExists, path)
	}
	if err != nil {
		return err
	}
	if _, err := f.WriteString(text); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, path)
	return nil
}

// typeNames maps the names a writer may give a type, Indonesian (the
// names of the folders) or English in any letter case, to the type.
var typeNames = map[string]string{
	"kebijakan": "policy", "pelatihan": "training", "evaluasi": "evaluation",
	"policy": "policy", "training": "training", "evaluation": "evaluation",
}

// sectionOf is the content folder of a type: the config's mapping, else
// the standard folder.
func sectionOf(cfg *config.Config, typ string) string {
	for dir, t := range cfg.Types {
		if t == typ {
			return dir
		}
	}
	return map[string]string{"policy": "kebijakan", "training": "pelatihan", "evaluation": "evaluasi"}[typ]
}

var skeletons = map[string]string{
	"policy": `---
title: "%s"
summary: ""
date: %s
status: draft            # draft | consultation | approved | revoked
version: "Draf I"
number: ""               # nomor peraturan, setelah ditetapkan
effective:               # tanggal berlaku, mis. 2027-01-01
unit: ""
authors: []
stakeholders: []
tags: []
related: []              # jalur dokumen lain, mis. ../pelatihan/mentoring-asn-baru.md
---

## BAB I Ketentuan Umum

## Pasal 1

`,
	"training": `---
title: "%s"
summary: ""
date: %s
level: dasar             # dasar | menengah | lanjut
duration: "1j 30m"       # menit, atau "1j 30m"
weight: 10               # urutan dalam alur belajar
unit: ""
authors: []
objectives: []
competencies: []
prerequisites: []        # modul yang harus diselesaikan lebih dulu
tags: []
---

## Tujuan Pembelajaran

## Materi

`,
	"evaluation": `---
title: "%s"
summary: ""
date: %s
unit: ""
authors: []
tags: []
related: []              # kebijakan yang dievaluasi
indicators: []
# indicators:
#   - name: Indeks Kepuasan Masyarakat
#     target: 82
#     unit: nilai indeks
#     method: survei
#     frequency: per semester
---

## Ruang Lingkup

## Metode

`,
}
