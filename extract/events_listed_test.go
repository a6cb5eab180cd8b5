package extract

import (
	"slices"
	"testing"

	"github.com/claimline/claimline/ingest"
)

// TestListedPlaceEvents: each place of a list after a strike's or a
// capture's own is an event of its own, of the same action and actor; a
// bearing ("south of Sanaa"), a person ("Avakov said") and a month are
// not places of the list.
func TestListedPlaceEvents(t *testing.T) {
	for _, tc := range []struct {
		text, action string
		want         []string
	}{
		{"Royal Indian Air Force Tempests bombed and strafed enemy concentrations around Dras and Kargil today.", ActionStrike, []string{"Dras", "Kargil"}},
		{"Nigerian troops had attacked Cameroonian positions at Idabato and Jabane on Saturday.", ActionStrike, []string{"Idabato", "Jabane"}},
		{"Army units liberated Qalaat al-Madiq and the nearby village of al-Tuwayna on Thursday.", ActionCapture, []string{"Qalaat al-Madiq", "al-Tuwayna"}},
		{"Rebels shelled Dhamar, south of Sanaa, on Monday.", ActionStrike, []string{"Dhamar"}},
		{"Rebels shelled Dhamar and Avakov said the town was calm.", ActionStrike, []string{"Dhamar"}},
		{"Rebels shelled Dhamar and July was quiet.", ActionStrike, []string{"Dhamar"}},
	} {
		var got []string
		actors := map[string]bool{}
		for _, c := range extractText(t, tc.text, "1999-05-12") {
			if c.Kind == KindEvent && c.Action == tc.action && c.Location != nil {
				got = append(got, c.Location.Name)
				a := ""
				if c.Actor != nil {
					a = c.Actor.Name
				}
				actors[a] = true
			}
		}
		slices.Sort(got)
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q: %s at %v, want %v", tc.text, tc.action, got, want)
		}
		if len(actors) > 1 {
			t.Errorf("%q: actors %v, want one", tc.text, actors)
		}
	}
}

// TestNumberedHills: a height named by its number is a place ("captured
// Hill 983 and Hill 940"), and "the summit of" a hill is no summit talks.
func TestNumberedHills(t *testing.T) {
	got := eventPlaces("U.S. troops captured Hill 983 and Hill 940 on Tuesday.", "1951-09-06", ActionCapture)
	if !slices.Equal(got, []string{"Hill 983", "Hill 940"}) {
		t.Errorf("captures at %q, want Hill 983 and Hill 940", got)
	}
	for _, c := range extractText(t, "A South Korean regiment reached the summit of Hill 983 on Tuesday.", "1951-09-06") {
		if c.Kind == KindEvent && c.Action == ActionTalks {
			t.Errorf("talks read in %q", c.Quote)
		}
	}
}

// TestPlacesBetweenAreOne checks that an event told between two places is
// one event, not one at each: "Fighting raged between Juba and Bor".
func TestPlacesBetweenAreOne(t *testing.T) {
	for _, text := range []string{
		"Fighting raged between Juba and Bor on Monday.",
		"Gunmen ambushed a convoy on the road between Juba and Pibor on Monday, killing 12 people.",
	} {
		n := 0
		for _, c := range Extract(ingest.Article{ID: "t", Text: text, Published: "2024-06-10"}) {
			if c.Kind == KindEvent && c.Action == ActionStrike {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: %d strikes, want 1", text, n)
		}
	}
}
