package extract

import "testing"

// TestHerePlaces: wire copy's "here" is the dateline's city, for a claim
// that names no other place; not when "here" is where a report was heard
// ("monitored here") or where the wounded were taken, and not over a
// village the sentence names.
func TestHerePlaces(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"BEIRUT (Reuters) - A car bomb exploded here today, killing 12 people, police said.", "Beirut"},
		{"KABUL (AP) - Fighting went on in the east, officials said.\n\nTwo rockets hit the airport here on Sunday, killing three people.", "Kabul"},
		{"NAIROBI (AP) - President Amin, in a broadcast monitored here, said 11 soldiers had been killed.", ""},
		{"PALU, Indonesia (AP) - Gunmen raided a market, police said.\n\nMore than 40 people were wounded and flown to hospitals here.", ""},
		{"QUETTA, March 2 - At least 44 people were killed when a suicide bomber blew himself up at Liaquat Bazaar here on Tuesday.", "Liaquat Bazaar"},
	} {
		found := false
		for _, c := range extractText(t, tc.text, "2004-03-02") {
			if c.Kind != KindCasualty || c.Count == nil {
				continue
			}
			found = true
			got := ""
			if c.Location != nil {
				got = c.Location.Name
			}
			if got != tc.want {
				t.Errorf("%q: place %q, want %q", c.Quote, got, tc.want)
			}
		}
		if !found {
			t.Errorf("%q: no figure", tc.text)
		}
	}
}
