package extract

import (
	"testing"

	"github.com/claimline/claimline/ingest"
)

// TestBackgroundAndMediaRules pins events that are not the report's own:
// people taken prisoner, background told in a relative or "since" clause,
// media that show an event, and a push back told as a time.
func TestBackgroundAndMediaRules(t *testing.T) {
	tests := []struct {
		name         string
		giveSentence string
		giveHost     string
		want         []wantEvent
	}{
		{"officials captured are no capture", "The ministry said two district officials had been captured by the insurgents.", "",
			nil},
		{"government officers captured are no capture", "Police said two government officers had been captured near the border.", "",
			nil},
		{"a count of soldiers captured is no capture", "Rebels captured 45 soldiers in the hills.", "",
			nil},
		{"a pilot taken prisoner is no capture", "A pilot was taken prisoner after his plane came down.", "",
			nil},
		{"a relative clause with since is background", "The separatists, who have stepped up raids since ending a ceasefire with the army in March, denied involvement.", "",
			[]wantEvent{{ActionStatement, "denied", "rebels", "*", "*"}}},
		{"an offensive dated inside a since clause is told", "The junta, which has lost dozens of outposts since the rebels launched an offensive on October 3, did not comment.", "",
			[]wantEvent{{ActionOffensive, "launched an offensive", "rebels", "*", "*"}}},
		{"a clash ruled out is none", "Diplomats ruled out an early armed clash on the frontier.", "",
			nil},
		{"a siege in a present-perfect relative clause is background", "The militia, which has besieged the provincial capital, denied losing the airport.", "",
			nil},
		{"a capture in a past-perfect relative clause is told", "The rebels, who had captured the town of Bor on Monday, withdrew on Tuesday.", "",
			[]wantEvent{{ActionCapture, "captured", "rebels", "*", "Bor"}, {ActionWithdraw, "withdrew", "rebels", "*", "*"}}},
		{"shelling for weeks is background", "Government forces had been shelling the town with rockets for weeks.", "",
			nil},
		{"an offensive paused is none", "The first convoy left under a deal that paused the army's offensive in the north.", "",
			nil},
		{"a map showing ships is no siege", "Television aired a map showing warships encircling the port.", "",
			nil},
		{"a video showing a jet firing is no strike", "The ministry released footage it said showed a fighter firing a missile.", "",
			nil},
		{"footage of a strike shared is none", "Footage of the strike was shared widely online.", "",
			nil},
		{"a push back as a time is no withdrawal", "Officials refused to negotiate until the infiltrators had been pushed back.", "",
			nil},
		{"before they were pushed back is no withdrawal", "The raiders held the ridge for two days before they were pushed back.", "",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, tt.giveSentence, tt.giveHost, tt.want)
		})
	}
}

// TestUnitOfGroupActor pins the actor of a capture told of a side's unit
// by its group, as a defence ministry's statement does: the speaker's
// side, and the speaker of the statement's first paragraph when a later
// one names none.
func TestUnitOfGroupActor(t *testing.T) {
	text := "Russian forces take village\n\nMOSCOW, May 3 (Reuters) - Russia's defence ministry said on Saturday its forces had captured the village of Kalynove in eastern Ukraine.\n\nUnits of the 'Vostok' group liberated the settlement of Zelene Pole."
	forEventAt(t, text, "2025-05-03", ActionCapture, "Zelene Pole", func(c Claim) {
		if c.Actor == nil || c.Actor.Name != "Russia" {
			t.Errorf("actor %+v, want Russia", c.Actor)
		}
		if c.AttributedTo != "Russia's defence ministry" {
			t.Errorf("source %q, want the ministry's", c.AttributedTo)
		}
	})
	for _, h := range findEvents("Units of the Tsentr group of forces liberated the village of Novoselivka, the ministry said.") {
		if h.Action == ActionCapture && h.Actor != nil {
			t.Errorf("a unit's capture has actor %+v in the sentence, want one from the speaker", h.Actor)
		}
	}
	for _, c := range Extract(ingest.Article{ID: "t", Text: "Village taken\n\nUnits of the 'Yug' group liberated the settlement of Novoselivka, Russia's defence ministry said on Sunday.", Published: "2025-05-04"}) {
		if c.Kind == KindEvent && c.Action == ActionCapture && (c.Actor == nil || c.Actor.Name != "Russia") {
			t.Errorf("actor %+v, want Russia (the speaker's side)", c.Actor)
		}
	}
}
