package extract

import "testing"

// TestSomalilandActor: Somaliland and Puntland, states of their own in the
// Horn's wars, are actors, not Somalia's regions.
func TestSomalilandActor(t *testing.T) {
	for give, want := range map[string]string{
		"Somaliland troops withdrew from Goojacade toward the town of Oog on Friday afternoon, residents said.": "Somaliland",
		"Residents said Somaliland artillery shelled Las Anod on Thursday.":                                     "Somaliland",
		"Puntland forces recaptured the town of Galdogob on Monday.":                                            "Puntland",
	} {
		if got := eventActor(t, give, "2023-08-26"); got != want {
			t.Errorf("%q: actor %q, want %q", give, got, want)
		}
	}
}

// TestAcronymActors: a group no rule knows, named by its initials before
// its men at the head of the sentence, is the actor; initials after the
// verb are not.
func TestAcronymActors(t *testing.T) {
	for give, want := range map[string]string{
		"SSC-Khatumo fighters captured the base at Goojacade on Friday.":   "SSC-Khatumo",
		"The GATIA militia moved into the village of Tabankort last week.": "GATIA",
		"US forces captured the town of Safwan on Monday.":                 "United States",
		"Government troops drove XYZ fighters out of the town of Torit.":   "government",
	} {
		got := eventActor(t, give, "2023-08-26")
		if want == "" && got != "" || want != "" && got != want {
			t.Errorf("%q: actor %q, want %q", give, got, want)
		}
	}
}
