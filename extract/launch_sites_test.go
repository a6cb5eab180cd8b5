package extract

import (
	"testing"

	"github.com/claimline/claimline/ingest"
)

// TestLaunchSitesAreNotStrikePlaces checks that a strike is not placed
// where its missiles or planes were launched from, and is placed at its
// target when the sentence names one after them.
func TestLaunchSitesAreNotStrikePlaces(t *testing.T) {
	cases := []struct{ text, place string }{
		{"U.S. officials said the missiles were fired from warships in the Red Sea and the Arabian Sea.", ""},
		{"The missiles were fired from Syria, the army said.", ""},
		{"Cruise missiles fired from a submarine in the Mediterranean hit the base near Tartus.", "Tartus"},
		{"Naval aircraft from carriers attacked the French warships in Diego Suarez harbour.", "Diego Suarez"},
	}
	for _, tc := range cases {
		var places []string
		for _, c := range Extract(ingest.Article{ID: "launch", Text: tc.text, Published: "2020-05-05"}) {
			if c.Kind == KindEvent && c.Action == ActionStrike {
				p := ""
				if c.Location != nil {
					p = c.Location.Name
				}
				places = append(places, p)
			}
		}
		if len(places) != 1 || places[0] != tc.place {
			t.Errorf("%q: strikes at %q, want one at %q", tc.text, places, tc.place)
		}
	}
}

// TestHeadlineCapitalsAreNoPlaces checks that a headline's capitalised
// verbs and prepositions are read as no place's name.
func TestHeadlineCapitalsAreNoPlaces(t *testing.T) {
	for name, want := range map[string]bool{
		"Is Contained":   false,
		"Toward Tejeria": false,
		"Liuho Turns":    false,
		"Ap Bac":         true,
		"Tejeria":        true,
	} {
		if got := plausiblePlaceName(name); got != want {
			t.Errorf("plausiblePlaceName(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestThisTownIsTheDateline checks that a figure told "in this … town" is
// at the dateline's town, over the area the words before "town" name.
func TestThisTownIsTheDateline(t *testing.T) {
	text := "MAALOT, Israel, May 16 (AP) - The death toll from the guerrilla seizure of a school in this northern Galilee town rose to 24 today."
	c, ok := onlyFigure(t, text)
	if !ok || c.Location == nil || c.Location.Name != "Maalot" {
		t.Errorf("got place %v, want Maalot", c.Location)
	}
}
