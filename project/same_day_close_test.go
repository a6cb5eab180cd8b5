package project

import "testing"

// TestReconcileSameDayCloseTolls checks that two outlets' tolls of one
// day, one at a region and one at a village nothing locates, are one
// incident when they agree within a quarter though neither is told as
// revised, and stay apart when they do not.
func TestReconcileSameDayCloseTolls(t *testing.T) {
	inc := incidentOfReports(t, [][3]string{
		{"SRINAGAR, India, March 21 (Reuters) - Gunmen killed 35 villagers in Indian Kashmir on Monday night, police said on Tuesday.", "Wire A", "2000-03-21"},
		{"Thirty-six villagers were killed when militants opened fire in Brarinambal village yesterday, officials said.", "Wire B", "2000-03-21"},
	})
	if a, ok := inc["Wire A 35"]; !ok || inc["Wire B 36"] != a {
		t.Errorf("incidents %v, want Wire A's 35 and Wire B's 36 in one", inc)
	}
	inc = incidentOfReports(t, [][3]string{
		{"SRINAGAR, India, March 21 (Reuters) - Gunmen killed 35 villagers in Indian Kashmir on Monday night, police said on Tuesday.", "Wire A", "2000-03-21"},
		{"Ninety villagers were killed when militants opened fire in Brarinambal village yesterday, officials said.", "Wire B", "2000-03-21"},
	})
	if a, ok := inc["Wire A 35"]; !ok || inc["Wire B 90"] == a {
		t.Errorf("incidents %v, want Wire A's 35 and Wire B's 90 apart", inc)
	}
}
