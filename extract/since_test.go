package extract

import (
	"testing"

	"github.com/claimline/claimline/ingest"
)

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
		{"bringing to 349 the number of soldiers killed since the ground offensive began.", true},
		{"this was the deadliest day since the ground offensive began.", false},
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

// TestRunningCountScope checks that a figure told before a running count
// ("…, bringing to 349 the number of soldiers killed since …") is the
// day's, and the count a tally.
func TestRunningCountScope(t *testing.T) {
	a := ingest.Article{ID: "t", Published: "2024-10-05", Text: "An Israeli soldier was killed in northern Gaza on Friday, the military said, " +
		"bringing to 349 the number of soldiers killed since the ground offensive began."}
	want := map[int]string{1: ScopeIncident, 349: ScopeCumulative}
	for _, c := range Extract(a) {
		if c.Kind != KindCasualty || c.Count == nil || c.Count.Value == nil {
			continue
		}
		if w, ok := want[*c.Count.Value]; ok {
			if c.Scope != w {
				t.Errorf("%d killed: scope %s, want %s", *c.Count.Value, c.Scope, w)
			}
			delete(want, *c.Count.Value)
		}
	}
	if len(want) > 0 {
		t.Errorf("not read: %v", want)
	}
}

// TestVagueFigureBesideAnotherSourcesToll checks that a vague figure of
// one side ("hundreds of terrorists") stays beside a toll of no side that
// another source gives in another sentence.
func TestVagueFigureBesideAnotherSourcesToll(t *testing.T) {
	a := ingest.Article{ID: "t", Published: "2024-11-29", Text: "Syria's army said its forces had killed \"hundreds of terrorists\" in the Hama countryside over the past two days.\n\n" +
		"The Syrian Observatory for Human Rights said that since the rebel offensive began on Nov. 27, 704 people had been killed."}
	found := false
	for _, c := range Extract(a) {
		if c.Kind == KindCasualty && c.Count != nil && c.Count.Value == nil {
			found = true
		}
	}
	if !found {
		t.Error("the vague figure was dropped")
	}
}

// TestRunningCountSinceIsNotTheDeath holds a death told before the running
// count it raises apart from the count's "since": the soldier died in an
// incident of no date the sentence gives, the 50 were killed since 2013.
func TestRunningCountSinceIsNotTheDeath(t *testing.T) {
	claims := Extract(ingest.Article{ID: "t", Published: "2024-03-10",
		Text: "A French soldier was killed in Mali, bringing to 50 the number of French troops killed in the Sahel since 2013."})
	var one, fifty *Claim
	for i := range claims {
		if c := &claims[i]; c.Kind == KindCasualty && c.Count != nil && c.Count.Value != nil {
			switch *c.Count.Value {
			case 1:
				one = c
			case 50:
				fifty = c
			}
		}
	}
	if one == nil || fifty == nil {
		t.Fatalf("want figures of 1 and 50, got %+v", claims)
	}
	if one.Scope != ScopeIncident || one.Date.Start != nil {
		t.Errorf("the soldier: scope %s, date %v (%q); want incident, no date", one.Scope, one.Date.Start, one.Date.Expression)
	}
	if fifty.Scope != ScopeCumulative || fifty.Date.Start == nil || *fifty.Date.Start != "2013-01-01" {
		t.Errorf("the 50: scope %s, date %v; want cumulative since 2013-01-01", fifty.Scope, fifty.Date.Start)
	}
}
