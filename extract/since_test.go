package extract

import "testing"

func TestSpansPeriod(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"the war has killed more than 300 people since 2017, amnesty said.", true},
		{"at least 40 people have been killed since december.", true},
		{"274 palestinians were killed in the operation, in which special forces rescued four hostages held since october.", false},
		{"the strike killed 165 people, the deadliest air attack since the 2021 coup.", false},
		{"thousands have fled the town, besieged since may, where shelling killed nine.", false},
		{"the toll, the worst since 2014, rose to 40, and 300 have been killed since january.", true},
	}
	for _, tt := range tests {
		if got := spansPeriod(tt.sentence); got != tt.want {
			t.Errorf("spansPeriod(%q) = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

func TestRecordSinceIsNoDate(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"It was the deadliest air attack since the 2021 coup.", nil},
		{"Special forces rescued four hostages held since October.", nil},
		{"Russian troops had besieged Avdiivka since October.", []string{"since October"}},
		{"At least 40 people have been killed since December.", []string{"since December"}},
		{"It was the deadliest since Feb. 14, 2020, when soldiers killed 21 civilians.", []string{"since Feb. 14, 2020"}},
	}
	for _, tt := range tests {
		var got []string
		for _, h := range findDates(tt.text) {
			got = append(got, h.Expr)
		}
		if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] {
			t.Errorf("findDates(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
