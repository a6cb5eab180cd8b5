package project

import "testing"

func TestRevisedToll(t *testing.T) {
	tests := []struct {
		quote string
		want  bool
	}{
		{"death toll from Russia's missile strike on the Kramatorsk railway station has risen to 50", true},
		{"The toll rose to 21 on Friday", true},
		{"toll had reached 104", true},
		{"Police revised the death toll from a suicide bombing at a mosque this week to 84", false}, // the verb is too far from "to"
		{"revised the death toll to 84", true},
		{"death toll from Tuesday's bombing in Kanbalu township now stands at 168", true},
		{"the number of dead climbed overnight to 37", true},
		{"At least 32 people were killed", false},
		{"killed 20 cadets", false},
		{"the militants rose up and killed 12 villagers", false},
		{"troops reached the village and found 12 bodies", false},
	}
	for _, tt := range tests {
		if got := revisedToll(tt.quote); got != tt.want {
			t.Errorf("revisedToll(%q) = %v, want %v", tt.quote, got, tt.want)
		}
	}
}

// TestRevisedTollOfUnplacedIncident checks that a revised toll at a place
// joins the one incident of its window told without a place whose toll it
// raises, and no incident whose figures are all above it.
func TestRevisedTollOfUnplacedIncident(t *testing.T) {
	incidentsOf := func(cas Casualties) map[string]int {
		out := map[string]int{}
		for i, in := range cas.Incidents {
			for _, r := range in.Reports {
				out[r.Outlet] = i
			}
		}
		return out
	}
	cas := foldArticles(t, [][3]string{
		{"Two car bombs exploded at a busy intersection in the capital on Saturday, killing at least eight people, police said.", "Wire A", "2022-10-29"},
		{"The death toll from the twin car bomb attack at Zobe junction has risen to 121, the government said.", "Wire B", "2022-10-31"},
	})
	if got := incidentsOf(cas); len(cas.Incidents) != 1 || got["Wire A"] != got["Wire B"] {
		t.Errorf("the revised toll is not in the incident it revises: %+v", cas.Incidents)
	}
	cas = foldArticles(t, [][3]string{
		{"Two car bombs exploded at a busy intersection in the capital on Saturday, killing at least 150 people, police said.", "Wire A", "2022-10-29"},
		{"The death toll from the twin car bomb attack at Zobe junction has risen to 121, the government said.", "Wire B", "2022-10-31"},
	})
	if got := incidentsOf(cas); len(cas.Incidents) != 2 || got["Wire A"] == got["Wire B"] {
		t.Errorf("a toll risen to 121 joined an incident of 150 dead: %+v", cas.Incidents)
	}
}
