package service

import (
	"fmt"
	"strings"
	"time"

	"github.com/tubei/pustaka/internal/site"
)

// phases times the steps of a server's start-up, for the one line it
// prints: where a slow start spent its time.
type phases struct {
	start, last time.Time
	names       []string
	took        []time.Duration
}

func newPhases() *phases {
	now := time.Now()
	return &phases{start: now, last: now}
}

// mark ends the phase called name.
func (p *phases) mark(name string) {
	now := time.Now()
	p.add(name, now.Sub(p.last))
	p.last = now
}

func (p *phases) add(name string, d time.Duration) {
	p.names = append(p.names, name)
	p.took = append(p.took, d)
}

// build ends the phases of a first build, as its statistics split it.
func (p *phases) build(st site.Stats) {
	p.add("baca", st.Read)
	p.add("riwayat", st.History)
	p.add("bangun", st.Took-st.Read-st.History)
	p.last = time.Now()
}

// String is the line, e.g. "siap dalam 1,2 dtk (baca 310 ms · riwayat
// 40 ms · bangun 520 ms · buka indeks 12 ms · indeks 380 ms · memori 30
// ms)"; phases under a millisecond are left out.
func (p *phases) String() string {
	var parts []string
	for i, d := range p.took {
		if d >= time.Millisecond {
			parts = append(parts, p.names[i]+" "+duration(d))
		}
	}
	return fmt.Sprintf("siap dalam %s (%s)", duration(p.last.Sub(p.start)), strings.Join(parts, " · "))
}

// duration is d for a person: "85 ms", "1,2 dtk".
func duration(d time.Duration) string {
	if d < time.Second {
		return fmt.Sprintf("%d ms", d.Milliseconds())
	}
	return strings.Replace(fmt.Sprintf("%.1f dtk", d.Seconds()), ".", ",", 1)
}
