package extract

import "testing"

// figuresOf returns the outcome and count of each casualty figure with a
// number that text yields.
func figuresOf(t *testing.T, text string) map[int]string {
	t.Helper()
	got := map[int]string{}
	for _, c := range extractText(t, text, "2017-01-20") {
		if c.Kind == KindCasualty && c.Count != nil && c.Count.Value != nil {
			got[*c.Count.Value] = c.Outcome
		}
	}
	return got
}

// TestTollNow: a headline's toll with no verb ("Death toll now 170") is a
// figure of the dead; "now" after another word is not.
func TestTollNow(t *testing.T) {
	for _, tc := range []struct {
		give string
		want map[int]string
	}{
		{"Rann bombing: Death toll now 170, local officials say", map[int]string{170: OutcomeKilled}},
		{"Bomb death toll now 45 as more bodies found", map[int]string{45: OutcomeKilled}},
		{"The town now 45 km from the front was shelled.", map[int]string{}},
	} {
		got := figuresOf(t, tc.give)
		if len(got) != len(tc.want) {
			t.Errorf("%q: %v, want %v", tc.give, got, tc.want)
			continue
		}
		for n, o := range tc.want {
			if got[n] != o {
				t.Errorf("%q: %v, want %v", tc.give, got, tc.want)
			}
		}
	}
}

// TestWoundedPartTakenSomewhere: a part of the wounded told with where it
// was taken ("32 of the critically wounded evacuated to Maiduguri were
// still in hospital") is a figure of the wounded.
func TestWoundedPartTakenSomewhere(t *testing.T) {
	for _, give := range []string{
		"Thirty-two of the wounded evacuated to Maiduguri were still in hospital.",
		"The state government said on Friday that 32 of the critically wounded evacuated to Maiduguri were still in hospital.",
		"Thirty-two of the wounded taken to hospital in Kano are in a critical condition.",
	} {
		if got := figuresOf(t, give); got[32] != OutcomeWounded {
			t.Errorf("%q: %v, want 32 wounded", give, got)
		}
	}
}
