package extract

import (
	"testing"
	"time"

	"github.com/claimline/claimline/ingest"
)

// TestEnvoyNationSetsNoSoldiers: soldiers guarding a nation's envoy
// abroad ("the convoy of Pakistan's high commissioner in Colombo … four of
// them soldiers escorting him") are not that nation's.
func TestEnvoyNationSetsNoSoldiers(t *testing.T) {
	text := "Sri Lanka says rebels killed 30 in north\n\nCOLOMBO, Aug 16 (Reuters) - Sri Lankan troops fought Tamil Tiger rebels in the north on Monday, the military said.\n\n" +
		"Also on Monday, a bomb exploded beside the convoy of Pakistan's high commissioner in Colombo, killing seven people, four of them soldiers escorting him, police said."
	a, err := ingest.Prepare([]byte(text), ingest.Meta{Source: "Reuters", Published: "2006-08-16"}, 0, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range Extract(a) {
		if c.Kind != KindCasualty || c.Count == nil || c.Count.Value == nil || *c.Count.Value != 4 {
			continue
		}
		found = true
		if c.Victims.Side != "Sri Lankan military" {
			t.Errorf("%q: side %q, want Sri Lankan military", c.Quote, c.Victims.Side)
		}
	}
	if !found {
		t.Error("no figure of four")
	}
}
