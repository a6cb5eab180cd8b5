package extract

import "testing"

// TestTradesAreVictims checks that people named by a trade or a church
// office are victims, alone and in a list: a list whose items are all
// read is read whole.
func TestTradesAreVictims(t *testing.T) {
	cases := []struct {
		text  string
		count int
		side  string
	}{
		{"A woman and a gardener were killed yesterday when the bomb exploded.", 2, SideCivilians},
		{"Two cooks were killed in the blast.", 2, SideCivilians},
		{"A chaplain was killed when the mess was bombed.", 1, SideCivilians},
		{"Three railwaymen were shot dead at the station.", 3, SideCivilians},
		{"Four waitresses were wounded by flying glass.", 4, SideCivilians},
	}
	for _, tc := range cases {
		var got []Claim
		for _, c := range extractText(t, tc.text, "1972-02-23") {
			if c.Kind == KindCasualty {
				got = append(got, c)
			}
		}
		if len(got) != 1 {
			t.Errorf("%q: %d figures, want 1", tc.text, len(got))
			continue
		}
		c := got[0]
		if c.Count == nil || c.Count.Value == nil || *c.Count.Value != tc.count || c.Victims == nil || c.Victims.Side != tc.side {
			t.Errorf("%q: got %v %s, want %d %s", tc.text, c.Count, c.Victims, tc.count, tc.side)
		}
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
		var got []Claim
		for _, c := range extractText(t, text, "2010-11-01") {
			if c.Kind == KindCasualty {
				got = append(got, c)
			}
		}
		if len(got) != 1 || got[0].Count == nil || got[0].Count.Value == nil || *got[0].Count.Value != 52 ||
			got[0].Victims == nil || got[0].Victims.Side != SideUnknown {
			t.Errorf("%q: got %d figures (%v), want one of 52, side unknown", text, len(got), got)
		}
	}
}

// TestShortNamesInBrackets checks that a force's short name in brackets
// inside the victims' words leaves their count to them: "Three Central
// Reserve Police Force (CRPF) personnel were killed".
func TestShortNamesInBrackets(t *testing.T) {
	cases := []struct {
		text  string
		count int
		side  string
	}{
		{"Three Central Reserve Police Force (CRPF) personnel were killed on Monday.", 3, SidePolice},
		{"Two Border Security Force (BSF) jawans were wounded in the firing.", 2, SidePolice},
		{"Four Islamic State (IS) fighters were killed in the raid.", 4, "Islamic State"},
	}
	for _, tc := range cases {
		c, ok := onlyFigure(t, tc.text)
		if !ok || *c.Count.Value != tc.count || c.Victims == nil || c.Victims.Side != tc.side {
			t.Errorf("%q: got %v (%v), want %d %s", tc.text, c.Count, c.Victims, tc.count, tc.side)
		}
	}
}

// TestLiberationMovementsAreRebels checks that the fighters of liberation
// movements of older wars, named by the article, are rebels.
func TestLiberationMovementsAreRebels(t *testing.T) {
	for _, text := range []string{
		"Police said two SWAPO terrorists were shot dead in the raid.",
		"The army said 12 Shining Path terrorists were killed in the ambush.",
		"The army said 14 FMLN terrorists were killed.",
	} {
		var sides []string
		for _, c := range extractText(t, text, "1982-01-01") {
			if c.Kind == KindCasualty && c.Victims != nil {
				sides = append(sides, c.Victims.Side)
			}
		}
		if len(sides) != 1 || sides[0] != SideRebels {
			t.Errorf("%q: sides %v, want [rebels]", text, sides)
		}
	}
}

// TestInsurgentWords checks India's words for insurgents (rebels) and the
// short form of jihadists (militants).
func TestInsurgentWords(t *testing.T) {
	cases := []struct {
		text  string
		count int
		side  string
	}{
		{"Twenty-four ultras were killed in the gunbattle.", 24, SideRebels},
		{"Security forces killed three Naxalites in the forest.", 3, SideRebels},
		{"Police shot dead two jihadis near the border.", 2, SideMilitants},
		{"A jihadi was killed in the raid.", 1, SideMilitants},
	}
	for _, tc := range cases {
		c, ok := onlyFigure(t, tc.text)
		if !ok || *c.Count.Value != tc.count || c.Victims == nil || c.Victims.Side != tc.side {
			t.Errorf("%q: got %v (%v), want %d %s", tc.text, c.Count, c.Victims, tc.count, tc.side)
		}
	}
}
