package project

import "testing"

// TestReconcileMonthRevisedToll checks that a toll revised for an attack
// at a town "last month" is the incident of a day of that month at that
// town whose toll it raises, and that a month's toll told as no revision
// is not.
func TestReconcileMonthRevisedToll(t *testing.T) {
	day := [3]string{"KUNDUZ, Afghanistan, Oct 3 (Reuters) - An air strike hit a hospital in the northern Afghan city of Kunduz on Saturday, killing nine of its staff, the aid group said.", "Wire A", "2015-10-03"}
	inc := incidentOfReports(t, [][3]string{day,
		{"MSF has raised the number of people killed in the air strike on its hospital in Kunduz last month to 30.", "Wire B", "2015-11-05"},
	})
	if a, ok := inc["Wire A 9"]; !ok || inc["Wire B 30"] != a {
		t.Errorf("incidents %v, want Wire A's 9 and Wire B's 30 in one", inc)
	}
	inc = incidentOfReports(t, [][3]string{day,
		{"Fighting in Kunduz killed 30 civilians last month, the United Nations said.", "Wire B", "2015-11-05"},
	})
	if a, ok := inc["Wire A 9"]; !ok || inc["Wire B 30"] == a {
		t.Errorf("incidents %v, want Wire A's 9 and Wire B's 30 apart", inc)
	}
}
