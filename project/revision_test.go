package project

import "testing"

func TestRevisedToll(t *testing.T) {
	tests := []struct {
		quote string
		want  bool
	}{
		{"death toll from Russia's missile strike on the Kramatorsk railway station has risen to 50", true},
		{"The toll rose to 21 on Friday", true},
		{"toll had reached 104", true},
		{"Police revised the death toll from a suicide bombing at a mosque this week to 84", false}, // the verb is too far from "to"
		{"revised the death toll to 84", true},
		{"death toll from Tuesday's bombing in Kanbalu township now stands at 168", true},
		{"the number of dead climbed overnight to 37", true},
		{"At least 32 people were killed", false},
		{"killed 20 cadets", false},
		{"the militants rose up and killed 12 villagers", false},
		{"troops reached the village and found 12 bodies", false},
	}
	for _, tt := range tests {
		if got := revisedToll(tt.quote); got != tt.want {
			t.Errorf("revisedToll(%q) = %v, want %v", tt.quote, got, tt.want)
		}
	}
}
