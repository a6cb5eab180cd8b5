package project

import "testing"

// TestReconcileUndatedTollInQuarter checks that an undated toll told at a
// quarter of a town joins the dated incident at that town whose toll is
// alike, and not one whose toll is far from it.
func TestReconcileUndatedTollInQuarter(t *testing.T) {
	inc := incidentOfReports(t, [][3]string{
		{"ALGIERS, Sept 23 (Reuters) - Armed men massacred 85 people in Bentalha, a suburb south of the Algerian capital, overnight, the official APS news agency said on Tuesday.", "Wire A", "1997-09-23"},
		{"The toll of the massacre at Haï El Djilali in Bentalha is 98 dead according to the civil protection.", "Wire B", "1997-09-25"},
	})
	if a, ok := inc["Wire A 85"]; !ok || inc["Wire B 98"] != a {
		t.Errorf("incidents %v, want Wire A's 85 and Wire B's 98 in one", inc)
	}
	inc = incidentOfReports(t, [][3]string{
		{"ALGIERS, Sept 23 (Reuters) - Armed men massacred 85 people in Bentalha, a suburb south of the Algerian capital, overnight, the official APS news agency said on Tuesday.", "Wire A", "1997-09-23"},
		{"The toll of the massacre at Haï El Djilali in Bentalha is 980 dead according to the civil protection.", "Wire B", "1997-09-25"},
	})
	if a, ok := inc["Wire A 85"]; !ok || inc["Wire B 980"] == a {
		t.Errorf("incidents %v, want Wire A's 85 and Wire B's 980 apart", inc)
	}
}
