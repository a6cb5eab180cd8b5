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
