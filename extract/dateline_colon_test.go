package extract

import (
	"strings"
	"testing"
)

// TestColonDateline: a dateline closed by a colon, as South Asian papers
// write it ("QUETTA, March 4: …"), after a byline, places the lead's
// figures in its city and is not the day of the figures told after it.
// The part of the lead's dead told after it, naming no place, is of the
// lead's place (see carriedPlaces).
func TestColonDateline(t *testing.T) {
	text := "Toll in market bombing rises to 31\n\nBy our Staff Reporter\n\n" +
		"QUETTA, March 4: The death toll from Saturday's bombing of a vegetable market rose to 31 on Sunday, officials said.\n\n" +
		"Of the dead, 12 were children, a hospital spokesman said."
	want := map[string][2]string{ // quote -> place, day
		"death toll from Saturday's bombing of a vegetable market rose to 31": {"Quetta", "2024-03-02"},
		"Of the dead, 12 were children":                                       {"Quetta", "2024-03-02"},
	}
	got := 0
	claims := extractText(t, text, "2024-03-04")
	for _, c := range claims {
		w, ok := want[strings.ReplaceAll(c.Quote, "’", "'")]
		if c.Kind != KindCasualty || !ok {
			continue
		}
		got++
		place, day := "", ""
		if c.Location != nil {
			place = c.Location.Name
		}
		if c.Date.Start != nil {
			day = *c.Date.Start
		}
		if place != w[0] || day != w[1] {
			t.Errorf("%q: place %q, day %q; want %q, %q", c.Quote, place, day, w[0], w[1])
		}
	}
	if got != len(want) {
		t.Errorf("found %d of the %d figures", got, len(want))
	}
}

// TestTollGivenOnADay: the day a toll was given ("gave a lower toll on
// Saturday, saying …") is not the day of its dead, which the attack told
// before gives.
func TestTollGivenOnADay(t *testing.T) {
	text := "Gunmen kill 40 in raid on village\n\n" +
		"NAIROBI, Oct 29 (Reuters) - Gunmen killed at least 40 people in an attack on the village of Kesun on Friday, a rights group said.\n\n" +
		"The Red Cross gave a lower toll on Saturday, saying 31 people had been killed."
	claims := extractText(t, text, "2024-10-29")
	found := false
	for _, c := range claims {
		if c.Kind != KindCasualty || c.Quote != "31 people had been killed" {
			continue
		}
		found = true
		if c.Date.Start == nil || *c.Date.Start != "2024-10-25" {
			t.Errorf("%q dated %+v, want 2024-10-25 (the Friday of the attack)", c.Quote, c.Date)
		}
	}
	if !found {
		t.Error("no figure quoting \"31 people had been killed\"")
	}
}
