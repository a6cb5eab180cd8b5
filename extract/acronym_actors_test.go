package extract

import "testing"

// TestSomalilandActor: Somaliland and Puntland, states of their own in the
// Horn's wars, are actors, not Somalia's regions.
func TestSomalilandActor(t *testing.T) {
	checkActors(t, "2023-08-26", map[string]string{
		"Somaliland troops withdrew from Goojacade toward the town of Oog on Friday afternoon, residents said.": "Somaliland",
		"Residents said Somaliland artillery shelled Las Anod on Thursday.":                                     "Somaliland",
		"Puntland forces recaptured the town of Galdogob on Monday.":                                            "Puntland",
	})
}

// TestAcronymActors: a group no rule knows, named by its initials before
// its men at the head of the sentence, is the actor; initials after the
// verb are not.
func TestAcronymActors(t *testing.T) {
	checkActors(t, "2023-08-26", map[string]string{
		"SSC-Khatumo fighters captured the base at Goojacade on Friday.":   "SSC-Khatumo",
		"The GATIA militia moved into the village of Tabankort last week.": "GATIA",
		"US forces captured the town of Safwan on Monday.":                 "United States",
		"Government troops drove XYZ fighters out of the town of Torit.":   "government",
	})
}

// TestNamedStateArmies: Jordan's Arab Legion, Myanmar's Tatmadaw and
// South Africa's Defence Force are their states, and the Arab League stays itself.
func TestNamedStateArmies(t *testing.T) {
	checkActors(t, "1948-05-24", map[string]string{
		"Arab Legion guns shelled the Jewish quarters of Jerusalem again today.": "Jordan",
		"Tatmadaw jets bombed villages around Day Pu Noh on Tuesday.":            "Myanmar",
		"South African Defence Force troops shelled the column near Techipa.":    "South Africa",
	})
}

// TestStateForceActors: forces named by their arm alone ("Navy gunboats",
// "Air force Mustangs") are the one state the article's events name; with
// two states named they stay without an actor.
func TestStateForceActors(t *testing.T) {
	one := "COLOMBO (Reuters) - Sri Lankan troops recaptured the town of Kokavil on Tuesday, the army said.\n\n" +
		"Navy gunboats shelled the coastal town of Valvettiturai on Wednesday, residents said."
	two := "COLOMBO (Reuters) - Sri Lankan troops recaptured the town of Kokavil on Tuesday, the army said. " +
		"Indian troops entered the town of Jaffna on Monday.\n\n" +
		"Navy gunboats shelled the coastal town of Valvettiturai on Wednesday, residents said."
	for text, want := range map[string]string{one: "Sri Lanka", two: ""} {
		got := "-"
		for _, c := range extractText(t, text, "1990-07-12") {
			if c.Kind == KindEvent && c.Action == ActionStrike && c.Location != nil && c.Location.Name == "Valvettiturai" {
				got = ""
				if c.Actor != nil {
					got = c.Actor.Name
				}
			}
		}
		if got != want {
			t.Errorf("%q: Valvettiturai's striker %q, want %q", text[len(text)-60:], got, want)
		}
	}
}
