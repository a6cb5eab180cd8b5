package project

import "testing"

// TestReconcileWoundedToldApart checks that an article's wounded, told
// in a statement of their own right after its killed and placed at the
// region the text names between them, stay with the killed though
// another outlet placed the incident at a village nothing locates; and
// that wounded told at a town of another country do not.
func TestReconcileWoundedToldApart(t *testing.T) {
	inc := incidentOfReports(t, [][3]string{
		{"BAMAKO, March 23 (Reuters) - Gunmen killed at least 41 herders in central Mali on Saturday, a local official said.\n\nThe assailants attacked Ogossagou and Welingara in the Mopti region. Thirty-two people were wounded.", "Wire A", "2019-03-23"},
		{"Gunmen killed 46 people in an attack on Saturday in Ogossagou, in the Bankass district, officials said.", "Wire B", "2019-03-24"},
	})
	if a, ok := inc["Wire A 41"]; !ok || inc["Wire A 32"] != a || inc["Wire B 46"] != a {
		t.Errorf("incidents %v, want Wire A's 41 and 32 and Wire B's 46 in one", inc)
	}
	inc = incidentOfReports(t, [][3]string{
		{"Gunmen killed at least 41 herders in central Mali on Saturday, a local official said.\n\nIn Kharkiv, in Ukraine, 32 people were wounded on Saturday.", "Wire A", "2019-03-23"},
	})
	if inc["Wire A 41"] == inc["Wire A 32"] {
		t.Errorf("incidents %v, want Wire A's 41 and 32 apart", inc)
	}
}
