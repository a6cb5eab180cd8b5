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
	claims := extractText(t, text, "2006-08-16")
	found := false
	for _, c := range claims {
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

// TestMovementArmyIsNoState: fighters of a movement named as an army ("85
// guerrillas of the People's Revolutionary Army") are rebels, not the
// state's military.
func TestMovementArmyIsNoState(t *testing.T) {
	text := "BUENOS AIRES, Dec. 24 (Reuter) - An army communique said 85 guerrillas of the People's Revolutionary Army had been killed and that six soldiers died in the fighting."
	claims := extractText(t, text, "1975-12-24")
	want := map[int]string{85: SideRebels}
	for _, c := range claims {
		if c.Kind != KindCasualty || c.Count == nil || c.Count.Value == nil {
			continue
		}
		if w, ok := want[*c.Count.Value]; ok {
			delete(want, *c.Count.Value)
			if c.Victims.Side != w {
				t.Errorf("%q: side %q, want %q", c.Quote, c.Victims.Side, w)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("figures not found: %v", want)
	}
}

// TestSovietRussians: soldiers a report of the Soviet years calls
// "Russians" are the Soviet army's.
func TestSovietRussians(t *testing.T) {
	text := "ISLAMABAD, May 2 (Reuters) - About 30 Soviet soldiers were killed when guerrillas ambushed them in Kunar province last month, Western diplomats said.\n\n" +
		"A guerrilla spokesman said his men had killed 110 Russians in the valley."
	claims := extractText(t, text, "1985-05-02")
	found := false
	for _, c := range claims {
		if c.Kind == KindCasualty && c.Count != nil && c.Count.Value != nil && *c.Count.Value == 110 {
			found = true
			if c.Victims.Side != "Soviet military" {
				t.Errorf("%q: side %q, want Soviet military", c.Quote, c.Victims.Side)
			}
		}
	}
	if !found {
		t.Error("no figure of 110")
	}
}

// extractText prepares text as an article of the given publication day
// and extracts its claims.
func extractText(t *testing.T, text, published string) []Claim {
	t.Helper()
	a, err := ingest.Prepare([]byte(text), ingest.Meta{Source: "Reuters", Published: published}, 0, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return Extract(a)
}
