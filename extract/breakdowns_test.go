package extract

import "testing"

// TestBreakdownsAfterTheFigure checks that the parts of a toll told after
// it are read as figures of its outcome: after a colon past the day and
// place of the toll, after a bare comma when they add up to it, and
// after "among them" past a day's part and a place.
func TestBreakdownsAfterTheFigure(t *testing.T) {
	cases := []struct {
		text string
		want map[int]string
	}{
		{"A gunbattle between police and landless farmers left 17 people dead Friday at a ranch near the town of Curuguaty: six police officers and 11 farmers.",
			map[int]string{17: OutcomeKilled, 6: OutcomeKilled, 11: OutcomeKilled}},
		{"Twelve people were killed, eight soldiers and four civilians.",
			map[int]string{12: OutcomeKilled, 8: OutcomeKilled, 4: OutcomeKilled}},
		{"Of the dead, 56 were killed on Tuesday evening in villages in Sonitpur, among them 21 women and 18 children, police said.",
			map[int]string{56: OutcomeKilled, 21: OutcomeKilled, 18: OutcomeKilled}},
	}
	for _, tc := range cases {
		wantFigures(t, tc.text, tc.want)
	}
}

// TestNumberOfPastBrackets checks that "the number of <group> killed … rose
// to N" is read past a short name in brackets between them.
func TestNumberOfPastBrackets(t *testing.T) {
	text := "The number of Maoists killed in the encounter on the Andhra-Odisha border (AOB) rose to 28 today, police said."
	c, ok := onlyFigure(t, text)
	if !ok || *c.Count.Value != 28 || c.Outcome != OutcomeKilled || c.Victims == nil || c.Victims.Side != SideRebels {
		t.Errorf("got %v %q (%v), want 28 rebels killed", c.Count, c.Outcome, c.Victims)
	}
}
