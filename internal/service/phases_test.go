package service

import (
	"testing"
	"time"

	"github.com/tubei/pustaka/internal/message"
	"github.com/tubei/pustaka/internal/site"
)

func TestPhases(t *testing.T) {
	start := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	p := &phases{start: start, last: start}
	p.add(message.Raw("git"), 300*time.Microsecond) // under a millisecond: left out
	p.build(site.Stats{Took: 1500 * time.Millisecond, Read: 300 * time.Millisecond, History: 40 * time.Millisecond})
	p.add(message.New(message.PhaseIndex), 380*time.Millisecond)
	p.last = start.Add(2250 * time.Millisecond)
	for l, want := range map[message.Lang]string{
		message.ID: "siap dalam 2,2 dtk (baca 300 ms · riwayat 40 ms · bangun 1,2 dtk · indeks 380 ms)",
		message.EN: "ready in 2.2 s (read 300 ms · history 40 ms · build 1.2 s · index 380 ms)",
	} {
		if got := p.In(l); got != want {
			t.Errorf("got  %s\nwant %s", got, want)
		}
	}
}
