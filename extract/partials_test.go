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
		wantFigures(t, tc.give, tc.want)
	}
}

// wantFigures checks that the figures with a count read out of text are
// exactly want, count by count with its outcome.
func wantFigures(t *testing.T, text string, want map[int]string) {
	t.Helper()
	got := figuresOf(t, text)
	if len(got) != len(want) {
		t.Errorf("%q: got %v, want %v", text, got, want)
		return
	}
	for n, o := range want {
		if got[n] != o {
			t.Errorf("%q: figure %d is %q, want %q", text, n, got[n], o)
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

// casualtiesOf returns the casualty figures with a number that text
// yields, by count.
func casualtiesOf(t *testing.T, text string) map[int]Claim {
	t.Helper()
	got := map[int]Claim{}
	for _, c := range extractText(t, text, "2020-06-11") {
		if c.Kind == KindCasualty && c.Count != nil && c.Count.Value != nil {
			got[*c.Count.Value] = c
		}
	}
	return got
}

// onlyFigure returns the one casualty figure with a number that text
// yields; with none or more, it fails the test and reports false.
func onlyFigure(t *testing.T, text string) (Claim, bool) {
	t.Helper()
	var got []Claim
	for _, c := range extractText(t, text, "2020-06-11") {
		if c.Kind == KindCasualty && c.Count != nil && c.Count.Value != nil {
			got = append(got, c)
		}
	}
	if len(got) != 1 {
		t.Errorf("%q: %d figures, want 1", text, len(got))
		return Claim{}, false
	}
	return got[0], true
}

// TestTwoWordCountrySetsSoldiers: a country of two words after "in" and a
// direction ("in northern Ivory Coast") sets the sentence's soldiers, before
// the neighbour a border names.
func TestTwoWordCountrySetsSoldiers(t *testing.T) {
	for give, want := range map[string]string{
		"At least 10 soldiers were killed when jihadists attacked an army post at Kafolo in northern Ivory Coast, near the border with Burkina Faso, the army said.": "Ivorian military",
		"Six soldiers were killed in an ambush in eastern Burkina Faso, near the border with Niger, the army said.":                                                  "Burkinabe military",
		"Four soldiers were wounded in southern Sierra Leone on Monday.":                                                                                             "Sierra Leonean military",
	} {
		for _, c := range casualtiesOf(t, give) {
			if c.Victims == nil || c.Victims.Side != want {
				t.Errorf("%q: side %v, want %q", give, c.Victims, want)
			}
		}
	}
}

// TestSinceOfARecordFurtherBack: a "since" that measures a record told a
// few words before it ("the first such attack in the country since 2016")
// leaves the figure one attack's; a toll since a year is a running one.
func TestSinceOfARecordFurtherBack(t *testing.T) {
	for give, want := range map[string]string{
		"At least 10 soldiers were killed at Kafolo on Thursday, the army said, in the first such attack in the country since 2016.": ScopeIncident,
		"At least 12 people were killed on Sunday in the deadliest attack on the town in years since 2016, police said.":             ScopeIncident,
		"Some 300 soldiers have been killed in the north since 2016, the army said.":                                                 ScopeCumulative,
	} {
		if c, ok := onlyFigure(t, give); ok && c.Scope != want {
			t.Errorf("%q: scope %q, want %q", give, c.Scope, want)
		}
	}
}

// TestWoundedWhoDied: a part of the wounded told with its noun who then
// died ("two of the wounded soldiers had died") is dead, not wounded.
func TestWoundedWhoDied(t *testing.T) {
	for _, give := range []string{
		"A security source said two of the wounded soldiers had died, bringing the toll to 12.",
		"Two of the wounded policemen later died in hospital.",
	} {
		got := casualtiesOf(t, give)
		if c, ok := got[2]; !ok || c.Outcome != OutcomeKilled {
			t.Errorf("%q: %v, want two killed", give, got[2].Outcome)
		}
	}
	if c := casualtiesOf(t, "Two of the wounded soldiers were flown to hospital.")[2]; c.Outcome != OutcomeWounded {
		t.Errorf("flown to hospital: %q, want wounded", c.Outcome)
	}
}

// TestWoundedWhoDiedPastApposition: "one of the wounded, <who>, had died"
// is dead past the apposition; one flown to hospital is no new figure.
func TestWoundedWhoDiedPastApposition(t *testing.T) {
	got := casualtiesOf(t, "Doctors said one of the wounded, a young woman who worked in the base canteen, had died in surgery.")
	if c, ok := got[1]; !ok || c.Outcome != OutcomeKilled {
		t.Errorf("canteen worker: %v, want one killed", got)
	}
	if got := casualtiesOf(t, "One of the wounded, a soldier, was flown to Kabul."); len(got) != 0 {
		t.Errorf("flown to Kabul: %v, want none", got)
	}
}

// TestSecondPartOfThem: a second part told "and 28 of them inmates" after
// "nine of them guards" is a figure too, of the same outcome; "one of them
// critically" tells how, not who.
func TestSecondPartOfThem(t *testing.T) {
	for give, want := range map[string][]int{
		"Forty people were killed, 12 of them soldiers and 28 of them civilians.":                                           {40, 12, 28},
		"Thirty-seven persons were killed, nine of them guards and civilian employees held hostage and 28 of them inmates.": {37, 9, 28},
		"Twelve people were wounded, two of them seriously and one of them critically.":                                     {12},
	} {
		got := casualtiesOf(t, give)
		if len(got) != len(want) {
			t.Errorf("%q: %d figures, want %v", give, len(got), want)
		}
		for _, n := range want {
			if c, ok := got[n]; !ok || c.Outcome != got[want[0]].Outcome {
				t.Errorf("%q: no %d of the same outcome", give, n)
			}
		}
	}
}

// TestSquattersAreVictims: squatters, strikers and evacuees are people.
func TestSquattersAreVictims(t *testing.T) {
	for give, want := range map[string]string{
		"Hospital officials said about 50 squatters had been treated for gunshot wounds.": OutcomeWounded,
		"Nine landless squatters were killed when police stormed the camp.":               OutcomeKilled,
		"Two strikers were shot dead outside the mine.":                                   OutcomeKilled,
	} {
		if c, ok := onlyFigure(t, give); ok && (c.Outcome != want || c.Victims == nil || c.Victims.Side != SideCivilians) {
			t.Errorf("%q: %s %v, want %s civilians", give, c.Outcome, c.Victims, want)
		}
	}
}
