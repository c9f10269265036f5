package service

import (
	"fmt"
	"strings"
	"time"

	"github.com/tubei/pustaka/internal/message"
	"github.com/tubei/pustaka/internal/site"
)

// phases times the steps of a server's start-up, for the one line it
// prints: where a slow start spent its time.
type phases struct {
	start, last time.Time
	names       []message.Text
	took        []time.Duration
}

func newPhases() *phases {
	now := time.Now()
	return &phases{start: now, last: now}
}

// mark ends the phase called name.
func (p *phases) mark(name message.Text) {
	now := time.Now()
	p.add(name, now.Sub(p.last))
	p.last = now
}

func (p *phases) add(name message.Text, d time.Duration) {
	p.names = append(p.names, name)
	p.took = append(p.took, d)
}

// build ends the phases of a first build, as its statistics split it.
func (p *phases) build(st site.Stats) {
	p.add(message.New(message.PhaseRead), st.Read)
	p.add(message.New(message.PhaseHistory), st.History)
	p.add(message.New(message.PhaseBuild), st.Took-st.Read-st.History)
	p.last = time.Now()
}

// In is the line in language l, e.g. "siap dalam 1,2 dtk (baca 310 ms ·
// riwayat 40 ms · bangun 520 ms · buka indeks 12 ms · indeks 380 ms)",
// "ready in 1.2 s (read 310 ms · ...)"; phases under a millisecond are
// left out.
func (p *phases) In(l message.Lang) string {
	var parts []string
	for i, d := range p.took {
		if d >= time.Millisecond {
			parts = append(parts, p.names[i].In(l)+" "+duration(d, l))
		}
	}
	return message.New(message.PhaseReady, duration(p.last.Sub(p.start), l), strings.Join(parts, " · ")).In(l)
}

// duration is d for a person: "85 ms", "1,2 dtk" ("1.2 s" in English).
func duration(d time.Duration, l message.Lang) string {
	if d < time.Second {
		return fmt.Sprintf("%d ms", d.Milliseconds())
	}
	s := fmt.Sprintf("%.1f", d.Seconds())
	if l != message.EN {
		s = strings.Replace(s, ".", ",", 1)
	}
	return message.New(message.Seconds, s).In(l)
}
