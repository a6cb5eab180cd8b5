package project

import "testing"

// TestYearTallyIsCumulative checks that a toll told for a whole year in a
// country is a cumulative figure, not an incident, and that a year's toll
// at a town stays an incident's.
func TestYearTallyIsCumulative(t *testing.T) {
	cas := foldArticles(t, [][3]string{
		{"BAMAKO, March 24 (AFP) - Gunmen killed 14 people in an attack on the village of Ogossagou on Saturday, officials said.\n\nViolence between Dogon and Fulani communities killed some 500 people in Mali last year.", "Wire A", "2019-03-24"},
	})
	cum, inInc := false, false
	for _, r := range cas.Cumulative {
		cum = cum || r.Count != nil && *r.Count == 500
	}
	for _, in := range cas.Incidents {
		for _, r := range in.Reports {
			inInc = inInc || r.Count != nil && *r.Count == 500
		}
	}
	if !cum || inInc {
		t.Errorf("500 cumulative %v, in an incident %v; want cumulative only", cum, inInc)
	}
	p := &pclaim{dated: true, start: 0, end: 364, place: place{name: "Gao", country: "Mali"}}
	if yearTally(p) {
		t.Errorf("a year's toll at a town read as a tally")
	}
}
