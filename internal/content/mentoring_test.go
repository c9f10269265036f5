package content

import (
	"reflect"
	"testing"
)

// TestLearningKeys checks what ujian, lulus and mentoring decode to.
func TestLearningKeys(t *testing.T) {
	src := "---\ntitle: M\nujian: true\nlulus: 80\nmentoring:\n  mentor: ASN senior\n  minggu: 6\n  kegiatan:\n    1: Perkenalan\n    2-4: [Tugas harian, Standar pelayanan]\n---\nIsi.\n"
	p, diags := Parse("pelatihan/m.md", []byte(src), Config{})
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	if !p.Exam || p.PassMark() != 80 {
		t.Errorf("Exam %v, PassMark %d; want true, 80", p.Exam, p.PassMark())
	}
	want := &Mentoring{Mentor: "ASN senior", Weeks: 6, Line: 6, Plan: []MentoringWeeks{
		{From: 1, To: 1, Activities: []string{"Perkenalan"}, Line: 9},
		{From: 2, To: 4, Activities: []string{"Tugas harian", "Standar pelayanan"}, Line: 10},
	}}
	if !reflect.DeepEqual(p.Mentoring, want) {
		t.Errorf("Mentoring = %+v, want %+v", p.Mentoring, want)
	}
	q, _ := Parse("pelatihan/n.md", []byte("---\ntitle: N\n---\n"), Config{})
	if q.PassMark() != 100 || q.Exam || q.Mentoring != nil {
		t.Errorf("defaults: PassMark %d, Exam %v, Mentoring %v", q.PassMark(), q.Exam, q.Mentoring)
	}
}
