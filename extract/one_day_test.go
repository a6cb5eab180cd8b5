package extract

import (
	"testing"

	"github.com/claimline/claimline/ingest"
)

// TestOneIncidentDay: a report whose dated figures all tell one day dates
// the figures it goes on to tell without a date by that day, however far
// into the article; one that tells another day too leaves them undated.
func TestOneIncidentDay(t *testing.T) {
	body := "Gunmen stormed a wedding party in the village of Kalar on Sunday, killing 12 guests, police said.\n\n" +
		"Witnesses said the attackers arrived on motorbikes and fired for ten minutes.\n\n" +
		"The provincial governor said the gunmen had come from across the border.\n\n" +
		"Village elders said the dead would be buried before dark.\n\n" +
		"A doctor said 27 people had been wounded."
	for _, tc := range []struct {
		name, text, want string
	}{
		{"one day", body, "2021-02-28"},
		{"two days", body + "\n\nOn Monday, a roadside bomb killed three soldiers near the town.", ""},
		{"told before the day", "A doctor said 27 people had been wounded.\n\nGunmen stormed a wedding party in the village of Kalar on Sunday, killing 12 guests, police said.", ""},
	} {
		a := ingest.Article{ID: "t", Published: "2021-03-02", Text: tc.text}
		found := false
		for _, c := range Extract(a) {
			if c.Kind != KindCasualty || c.Outcome != OutcomeWounded {
				continue
			}
			found = true
			got := ""
			if c.Date.Start != nil {
				got = *c.Date.Start
			}
			if got != tc.want {
				t.Errorf("%s: the 27 wounded dated %q, want %q", tc.name, got, tc.want)
			}
		}
		if !found {
			t.Errorf("%s: the 27 wounded not read", tc.name)
		}
	}
}

// TestFigureGivenOutByNameOnDay: a day after "announced by" or "given by"
// and a name dates when the figure was given out, not the deaths; a day
// after an agent of the act ("ambushed by Boko Haram on Monday") dates it.
func TestFigureGivenOutByNameOnDay(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The figure of 966 dead announced by MONUC on Monday had been based on lists compiled by local chiefs.", ""},
		{"The toll of 966 dead given by the UN on Monday was based on lists.", ""},
		{"Twelve soldiers ambushed by Boko Haram on Monday were killed.", "2003-04-07"},
	} {
		for _, c := range Extract(ingest.Article{ID: "t", Published: "2003-04-10", Text: tc.text}) {
			if c.Kind != KindCasualty {
				continue
			}
			got := ""
			if c.Date.Start != nil {
				got = *c.Date.Start
			}
			if got != tc.want {
				t.Errorf("%q: dated %q, want %q", tc.text, got, tc.want)
			}
		}
	}
}
