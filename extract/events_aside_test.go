package extract

import "testing"

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
			nil},
		{"an offensive dated inside a since clause is told", "The junta, which has lost dozens of outposts since the rebels launched an offensive on October 3, did not comment.", "",
			[]wantEvent{{ActionOffensive, "launched an offensive", "rebels", "*", "*"}}},
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
