package project

import "testing"

// TestReconcileNeighbourOtherSideAtItsTown checks that an undated
// statement next to one that joined a dated incident follows it though it
// tells another side's dead, when it names only the towns the incident
// names (the militants an army says it killed in the market it struck),
// and not when it names another town.
func TestReconcileNeighbourOtherSideAtItsTown(t *testing.T) {
	day := [3]string{"NAZRAN, Russia, Oct 21 (Reuters) - Missiles struck a crowded market in the centre of Grozny on Thursday, killing 118 people and wounding more than 400, officials said.", "Wire A", "1999-10-21"}
	inc := incidentOfReports(t, [][3]string{day,
		{"GROZNY, Russia (AP) - The death toll from a series of explosions at the central market in Grozny rose to 137, officials said.\n\nA Russian general said federal forces had targeted an arms market used by rebels, and that 15 militants were killed.", "Wire B", "1999-10-22"},
	})
	if a, ok := inc["Wire A 118"]; !ok || inc["Wire B 137"] != a || inc["Wire B 15"] != a {
		t.Errorf("incidents %v, want Wire A's 118 and Wire B's 137 and 15 in one", inc)
	}
	inc = incidentOfReports(t, [][3]string{day,
		{"GROZNY, Russia (AP) - The death toll from a series of explosions at the central market in Grozny rose to 137, officials said.\n\nA Russian general said 15 militants were killed in Gudermes.", "Wire B", "1999-10-22"},
	})
	if a, ok := inc["Wire A 118"]; !ok || inc["Wire B 137"] != a || inc["Wire B 15"] == a {
		t.Errorf("incidents %v, want Wire A's 118 and Wire B's 137 in one, Wire B's 15 apart", inc)
	}
}
