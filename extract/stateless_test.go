package extract

import (
	"strings"
	"testing"

	"github.com/claimline/claimline/ingest"
)

// TestStatelessNationSoldiers: soldiers of no named nation in a report
// that names a stateless people most ("Kurdish guerrillas", "Kurds") are
// the soldiers of the state the report is from, and village guards are a
// pro-government militia.
func TestStatelessNationSoldiers(t *testing.T) {
	a := ingest.Article{ID: "t", Published: "1992-08-10", Text: "Kurdish rebels kill 12 in raid on village\n\n" +
		"ANKARA, Aug 10 (Reuters) - Kurdish rebels raided a village in Sirnak province on Sunday and killed 12 people, " +
		"among them four village guards, officials said. The Kurdish guerrillas fled towards the Iraqi border.\n\n" +
		"Kurds make up a fifth of the population. Separately, two soldiers were killed in a clash with Kurdish militants, the army said."}
	want := map[string]string{"four village guards": SideProGovMilitia, "two soldiers": "Turkish military"}
	seen := 0
	for _, c := range Extract(a) {
		if c.Kind != KindCasualty {
			continue
		}
		if side, ok := want[c.Victims.Text]; ok {
			seen++
			if c.Victims.Side != side {
				t.Errorf("%q: side %q, want %q", c.Victims.Text, c.Victims.Side, side)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("read %d of the %d figures", seen, len(want))
	}
}

// TestArmyInGazaReport: "the army" of a report from Gaza, which names
// Palestinians most, is Israel's; there is no "Palestinian military".
func TestArmyInGazaReport(t *testing.T) {
	a := ingest.Article{ID: "t", Published: "2024-08-13", Text: "Palestinians say strike kills 19 in Gaza\n\n" +
		"The Palestinian Civil Defence said 19 Palestinians were killed in an Israeli air strike overnight. The Israeli military said it struck a Hamas command centre. " +
		"Palestinian medics said the dead included eight children.\n\n" +
		"Separately, the army said a soldier had been killed in southern Gaza on Monday."}
	for _, c := range Extract(a) {
		if c.Kind == KindCasualty && c.Victims.Text == "a soldier" && c.Victims.Side != "Israeli military" {
			t.Errorf("a soldier: side %q, want Israeli military", c.Victims.Side)
		}
	}
}

// TestOccupiersAreTheEnemy: "occupiers" (or invaders) a speaker's side
// killed are the other nation's soldiers, never the speaker's own.
func TestOccupiersAreTheEnemy(t *testing.T) {
	a := ingest.Article{ID: "t", Published: "2023-11-05", Text: "KYIV (Reuters) - Russian forces shelled Kharkiv overnight, Ukrainian officials said.\n\n" +
		"Ukrainian military spokesperson Dmytro Lykhovii said Ukrainian forces had killed more than 60 occupiers in the Volnovakha sector over the past day."}
	found := false
	for _, c := range Extract(a) {
		if c.Kind == KindCasualty && strings.Contains(c.Victims.Text, "occupiers") {
			found = true
			if c.Victims.Side != "Russian military" {
				t.Errorf("occupiers: side %q, want Russian military", c.Victims.Side)
			}
		}
	}
	if !found {
		t.Error("the occupiers' figure not read")
	}
}
