package extract

import "testing"

// wantOneFigure checks that text, published on the day given, reads as
// one casualty figure and no other, of count victims of side.
func wantOneFigure(t *testing.T, text, published string, count int, side string) {
	t.Helper()
	var got []Claim
	for _, c := range extractText(t, text, published) {
		if c.Kind == KindCasualty {
			got = append(got, c)
		}
	}
	if len(got) != 1 {
		t.Errorf("%q: %d figures, want 1", text, len(got))
		return
	}
	c := got[0]
	n, s := -1, ""
	if c.Count != nil && c.Count.Value != nil {
		n = *c.Count.Value
	}
	if c.Victims != nil {
		s = c.Victims.Side
	}
	if n != count || s != side {
		t.Errorf("%q: got %d %q (%q), want %d %s", text, n, s, c.Quote, count, side)
	}
}

// figureCase is a sentence and the one figure it is read as.
type figureCase struct {
	text  string
	count int
	side  string
}

// TestTradesAreVictims checks that people named by a trade or a church
// office are victims, alone and in a list: a list whose items are all
// read is read whole.
func TestTradesAreVictims(t *testing.T) {
	for _, tc := range []figureCase{
		{"A woman and a gardener were killed yesterday when the bomb exploded.", 2, SideCivilians},
		{"Two cooks were killed in the blast.", 2, SideCivilians},
		{"A chaplain was killed when the mess was bombed.", 1, SideCivilians},
		{"Three railwaymen were shot dead at the station.", 3, SideCivilians},
		{"Four waitresses were wounded by flying glass.", 4, SideCivilians},
	} {
		wantOneFigure(t, tc.text, "1972-02-23", tc.count, tc.side)
	}
}

// TestCiviliansAndForcesOneCount checks that a number before civilians
// joined by "and" to soldiers or police counts both, of no one side, as
// "70 soldiers and civilians" does: the count is not lost to the second
// noun read alone.
func TestCiviliansAndForcesOneCount(t *testing.T) {
	for _, text := range []string{
		"Fifty-two hostages and police were killed when troops stormed the church.",
		"The fighting has killed 52 civilians and soldiers since Sunday.",
	} {
		wantOneFigure(t, text, "2010-11-01", 52, SideUnknown)
	}
}

// TestShortNamesInBrackets checks that a force's short name in brackets
// inside the victims' words leaves their count to them: "Three Central
// Reserve Police Force (CRPF) personnel were killed".
func TestShortNamesInBrackets(t *testing.T) {
	for _, tc := range []figureCase{
		{"Three Central Reserve Police Force (CRPF) personnel were killed on Monday.", 3, SidePolice},
		{"Two Border Security Force (BSF) jawans were wounded in the firing.", 2, SidePolice},
		{"Four Islamic State (IS) fighters were killed in the raid.", 4, "Islamic State"},
	} {
		wantOneFigure(t, tc.text, "2020-06-11", tc.count, tc.side)
	}
}

// TestLiberationMovementsAreRebels checks that the fighters of liberation
// movements of older wars, named by the article, are rebels.
func TestLiberationMovementsAreRebels(t *testing.T) {
	for _, tc := range []figureCase{
		{"Police said two SWAPO terrorists were shot dead in the raid.", 2, SideRebels},
		{"The army said 12 Shining Path terrorists were killed in the ambush.", 12, SideRebels},
		{"The army said 14 FMLN terrorists were killed.", 14, SideRebels},
	} {
		wantOneFigure(t, tc.text, "1982-01-01", tc.count, tc.side)
	}
}

// TestInsurgentWords checks India's words for insurgents (rebels) and the
// short form of jihadists (militants).
func TestInsurgentWords(t *testing.T) {
	for _, tc := range []figureCase{
		{"Twenty-four ultras were killed in the gunbattle.", 24, SideRebels},
		{"Security forces killed three Naxalites in the forest.", 3, SideRebels},
		{"Police shot dead two jihadis near the border.", 2, SideMilitants},
		{"A jihadi was killed in the raid.", 1, SideMilitants},
	} {
		wantOneFigure(t, tc.text, "2020-06-11", tc.count, tc.side)
	}
}
