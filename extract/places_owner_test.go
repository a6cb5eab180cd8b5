package extract

import (
	"testing"

	"github.com/claimline/claimline/ingest"
)

// TestNoPlaceOfADayOrAMission: a weekday's possessive ("Tuesday's
// Communist bombing") and a country's mission ("the U.S. Embassy") place
// nothing, and armed groups named by a plural noun ("37 Viet Cong", "12
// Shabaab") are victims of their side.
func TestNoPlaceOfADayOrAMission(t *testing.T) {
	for _, tc := range []struct {
		text, place, side string
	}{
		{"The death toll in Tuesday's Communist bombing of the U.S. Embassy rose to 19 today.", "", SideCivilians},
		{"Troops killed 37 Viet Cong near Ca Mau on Tuesday.", "Ca Mau", SideRebels},
		{"Troops killed 12 Shabaab near Kismayo on Tuesday.", "Kismayo", "al-Shabaab"},
	} {
		var c *Claim
		for _, x := range Extract(ingest.Article{ID: "t", Published: "1965-03-31", Text: tc.text}) {
			if x.Kind == KindCasualty && c == nil {
				c = &x
			}
		}
		if c == nil {
			t.Errorf("%q: no figure", tc.text)
			continue
		}
		place := ""
		if c.Location != nil {
			place = c.Location.Name
		}
		if place != tc.place || c.Victims.Side != tc.side {
			t.Errorf("%q: at %q of %q, want at %q of %q", tc.text, place, c.Victims.Side, tc.place, tc.side)
		}
	}
}
