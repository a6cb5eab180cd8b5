package extract

import (
	"slices"
	"testing"
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
