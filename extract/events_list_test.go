package extract

import (
	"slices"
	"testing"

	"github.com/claimline/claimline/ingest"
)

// TestCaptureOfTwoTowns: a capture of two towns the gazetteer knows, told
// together, is a capture of each, and so is one of two names right after
// the verb that end its object ("captured Idlib and Zorbanet on Sunday");
// a place told again by the area it lies in ("Kandahar, Afghanistan's
// second city") is no second capture. A second place the gazetteer does
// not know after a plural noun of places ("the towns of Idlib and
// Zorbanet") is a capture too (listedPlaceEvents): the development sets
// label each town of such a list.
func TestCaptureOfTwoTowns(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Israeli armored columns took Bethlehem and Jericho yesterday.", []string{"Bethlehem", "Jericho"}},
		{"Taliban fighters captured Kandahar, Afghanistan's second city, on Thursday.", []string{"Kandahar"}},
		{"Rebels captured Idlib and Zorbanet on Sunday.", []string{"Idlib", "Zorbanet"}},
		{"Rebels captured the towns of Idlib and Zorbanet on Sunday.", []string{"Idlib", "Zorbanet"}},
	} {
		if got := eventPlaces(tc.text, "2021-08-13", ActionCapture); !slices.Equal(got, tc.want) {
			t.Errorf("%q: captures at %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestForcesOfARuler: forces named by the ruler they serve ("Gaddafi
// forces", "troops loyal to Saddam Hussein") are that ruler's state's, and
// "loyal to" before the verb does not make the act one to come, as "vowed
// to" does; "Kremlin-backed forces" are Russia's.
func TestForcesOfARuler(t *testing.T) {
	for _, tc := range []struct {
		text, action, actor string
	}{
		{"Gaddafi forces retook Brega on Sunday.", ActionCapture, "Libya"},
		{"Forces loyal to Muammar Gaddafi recaptured the oil port of Brega on Sunday.", ActionCapture, "Libya"},
		{"Troops loyal to President Saddam Hussein shelled Kirkuk on Monday.", ActionStrike, "Iraq"},
		{"Kremlin-backed forces pulled back from Neskuchne on Sunday.", ActionWithdraw, "Russia"},
		{"Rebels vowed to capture Brega.", "", ""},
	} {
		var got []string
		for _, c := range Extract(ingest.Article{ID: "t", Published: "2011-03-14", Text: tc.text}) {
			if c.Kind == KindEvent && c.Action != ActionStatement {
				a := ""
				if c.Actor != nil {
					a = c.Actor.Name
				}
				got = append(got, c.Action+" "+a)
			}
		}
		var want []string
		if tc.action != "" {
			want = []string{tc.action + " " + tc.actor}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", tc.text, got, want)
		}
	}
}

// TestQuotedVerbTakesItsObject: a capture told by a verb in quotes
// ('had "liberated" Lukiantsi and Krasne') is at the places after it.
func TestQuotedVerbTakesItsObject(t *testing.T) {
	got := eventPlaces(`The defence ministry said Russian units had "liberated" Lukiantsi, Hatyshche and Krasne.`, "2024-05-13", ActionCapture)
	if want := []string{"Lukiantsi", "Hatyshche", "Krasne"}; !slices.Equal(got, want) {
		t.Errorf("captures at %q, want %q", got, want)
	}
}

// TestStrikeOnTwoTowns: a strike on two towns the gazetteer knows, told
// together, is a strike on each.
func TestStrikeOnTwoTowns(t *testing.T) {
	got := eventPlaces("Russian missiles struck Kharkiv and Kryvyi Rih overnight.", "2024-04-05", ActionStrike)
	if want := []string{"Kharkiv", "Kryvyi Rih"}; !slices.Equal(got, want) {
		t.Errorf("strikes at %q, want %q", got, want)
	}
}

// eventPlaces returns the places of the events of an action that Extract
// reads in text, in order.
func eventPlaces(text, published, action string) []string {
	var out []string
	for _, c := range Extract(ingest.Article{ID: "t", Published: published, Text: text}) {
		if c.Kind == KindEvent && c.Action == action && c.Location != nil {
			out = append(out, c.Location.Name)
		}
	}
	return out
}

// TestTookAnUnknownTown: "took" a name the gazetteer does not know is a
// capture when the clause ends after the name or goes on with when or
// where, not when the name qualifies a noun or goes on with "to".
func TestTookAnUnknownTown(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The rebels took Butare on Monday.", []string{"Butare"}},
		{"The rebels also took Butare, the second city, on Monday.", []string{"Butare"}},
		{"Troops took Reuters reporters to the front.", nil},
		{"He took Reuters to court.", nil},
	} {
		if got := eventPlaces(tc.text, "1994-07-05", ActionCapture); !slices.Equal(got, tc.want) {
			t.Errorf("%q: captures at %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestForcesAbandonATown: forces that abandoned a named town withdrew
// from it; residents who abandoned it did not make a war's withdrawal.
func TestForcesAbandonATown(t *testing.T) {
	if got := eventPlaces("Bosnian Serb forces abandoned Mrkonjic Grad on Tuesday.", "1995-10-11", ActionWithdraw); !slices.Equal(got, []string{"Mrkonjic Grad"}) {
		t.Errorf("forces: withdrawals at %q, want Mrkonjic Grad", got)
	}
	if got := eventPlaces("Residents abandoned Kigali on Tuesday.", "1995-10-11", ActionWithdraw); got != nil {
		t.Errorf("residents: withdrawals at %q, want none", got)
	}
}

// TestAbandonedCapital: forces that abandoned a capital withdrew from the
// capital, a place, not from its government.
func TestAbandonedCapital(t *testing.T) {
	if got := eventPlaces("The last government forces abandoned Kigali on Monday.", "1994-07-04", ActionWithdraw); !slices.Equal(got, []string{"Kigali"}) {
		t.Errorf("withdrawals at %q, want Kigali", got)
	}
}

// TestCommandIsNoPlace: the city that names a command that speaks ("the
// Saigon command confirmed") is not where the events of its sentence are.
func TestCommandIsNoPlace(t *testing.T) {
	text := "North Vietnamese troops entered Da Nang on Saturday as the last government defenders fled by sea, the Saigon command confirmed on Sunday."
	if got := eventPlaces(text, "1975-03-30", ActionWithdraw); !slices.Equal(got, []string{"Da Nang"}) {
		t.Errorf("withdrawals at %q, want Da Nang", got)
	}
}

// TestMovementsOfOlderWars: insurgent movements reports name are the
// actors by that name, not "rebels".
func TestMovementsOfOlderWars(t *testing.T) {
	for text, want := range map[string]string{
		"Khmer Rouge insurgents captured Phnom Penh today.": "Khmer Rouge",
		"UNITA rebels seized Cuito on Sunday.":              "UNITA",
		"Shining Path guerrillas attacked Lucanamarca.":     "Shining Path",
		"Viet Minh troops captured Dien Bien Phu.":          "Viet Minh",
	} {
		got := ""
		for _, c := range Extract(ingest.Article{ID: "t", Published: "1975-04-17", Text: text}) {
			if c.Kind == KindEvent && c.Actor != nil {
				got = c.Actor.Name
			}
		}
		if got != want {
			t.Errorf("%q: actor %q, want %q", text, got, want)
		}
	}
}
