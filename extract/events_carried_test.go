package extract

import (
	"strings"
	"testing"
)

// TestTheTroopsActedLast: "the troops" that act, unqualified, are the
// forces of the side told of last.
func TestTheTroopsActedLast(t *testing.T) {
	for _, text := range []string{
		"LEOPOLDVILLE, Aug 31 (AP) - Congolese troops backed by mercenaries captured the town of Kesun on Sunday. The spokesman said the troops entered the town of Divara yesterday morning.",
		"LEOPOLDVILLE, Aug 31 (AP) - Congolese troops backed by mercenaries captured the town of Kesun on Sunday. The troops entered the town of Divara yesterday morning.",
	} {
		found := false
		for _, c := range extractText(t, text, "1964-08-31") {
			if c.Kind != KindEvent || c.Action != ActionEnter {
				continue
			}
			found = true
			if c.Actor == nil || c.Actor.Name != "DR Congo" {
				t.Errorf("%q: actor %+v, want DR Congo", c.Quote, c.Actor)
			}
		}
		if !found {
			t.Errorf("no entry in %q", text)
		}
	}
}

// TestTheCampToldBefore: "the camp" or "the barracks" an event is at is
// the place told before, unless the sentence places it ("the camp near
// Angostura").
func TestTheCampToldBefore(t *testing.T) {
	for _, tt := range []struct{ text, quote, want string }{
		{"COLOMBO, July 20 (Reuters) - Tamil Tiger rebels attacked the army camp at Mullaitivu on Thursday, the military said. Air force jets bombed rebel positions around the camp on Friday, officials said.",
			"bombed", "Mullaitivu"},
		{"QUITO, March 3 (Reuters) - Ecuador sent troops to Sucumbios province on Sunday. Colombian aircraft struck the camp near Angostura early on Saturday, the ministry said.",
			"struck", "Angostura"},
	} {
		found := false
		for _, c := range extractText(t, tt.text, "2008-03-03") {
			if c.Kind != KindEvent || c.Action != ActionStrike || !strings.Contains(c.Quote, tt.quote) {
				continue
			}
			found = true
			if c.Location == nil || c.Location.Name != tt.want {
				t.Errorf("%q: place %+v, want %s", c.Quote, c.Location, tt.want)
			}
		}
		if !found {
			t.Errorf("no strike quoting %q in %q", tt.quote, tt.text)
		}
	}
}
