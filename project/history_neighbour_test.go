package project

import "testing"

// TestReconcileNeighbourNotIntoHistory checks that an undated figure next
// to a figure of an incident a year or more before its article's
// publication does not follow it into that incident (the raid a report
// cites as background), while it still follows a neighbour of the same
// weeks.
func TestReconcileNeighbourNotIntoHistory(t *testing.T) {
	inc := incidentOfReports(t, [][3]string{
		{"A week after the assault on the barracks, relatives of the attackers said four guerrillas had disappeared. The army maintains that 28 attackers died in the fighting.\n\n" +
			"The assault was the bloodiest since the raid on the Monte Chingolo arsenal in December 1975, in which more than 60 guerrillas were killed.", "Paper A", "1989-01-31"},
	})
	if a, ok := inc["Paper A 60"]; !ok || inc["Paper A 28"] == a {
		t.Errorf("incidents %v, want Paper A's 28 apart from the 60 of 1975", inc)
	}
	inc = incidentOfReports(t, [][3]string{
		{"Gunmen raided the Monte Chingolo arsenal on Monday, and more than 60 guerrillas were killed. The army maintains that 28 attackers died in the fighting.", "Paper A", "1975-12-26"},
	})
	if a, ok := inc["Paper A 60"]; !ok || inc["Paper A 28"] != a {
		t.Errorf("incidents %v, want Paper A's 28 with the 60 of that week", inc)
	}
}
