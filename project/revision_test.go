package project

import (
	"fmt"
	"testing"
)

func TestRevisedToll(t *testing.T) {
	tests := []struct {
		quote string
		want  bool
	}{
		{"death toll from Russia's missile strike on the Kramatorsk railway station has risen to 50", true},
		{"The toll rose to 21 on Friday", true},
		{"toll had reached 104", true},
		{"Police revised the death toll from a suicide bombing at a mosque this week to 84", true}, // the verb's object is the toll: "to" may come far after
		{"MSF has raised the number of people killed in the US air strike on its trauma centre in Kunduz last month to 30", true},
		{"number of people killed in the US air strike on its trauma centre in Kunduz last month to 30", true},
		{"number of people killed to date", false},
		{"The army raised its presence in the province from two brigades to four", false},
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

// TestRevisedTollAtItsTown checks that a revised toll at a village follows
// up the incident at that village rather than the attack on the regional
// capital its article tells next, both in its window and region.
func TestRevisedTollAtItsTown(t *testing.T) {
	cas := foldArticles(t, [][3]string{
		{"KYIV, Oct 5 (Reuters) - A Russian missile strike killed at least 49 people in the village of Hroza in Ukraine's northeastern Kharkiv region on Thursday, hitting a cafe and shop where residents had gathered for a wake, officials said.\n\nInterior Minister Ihor Klymenko said a six-year-old boy was among the dead and that rescuers were still working through the rubble.\n\nIn a separate attack, Russian shelling killed two people in the town of Beryslav in the southern Kherson region on Thursday, the regional governor said.", "Reuters", "2023-10-05"},
		{"The death toll from Russia's missile strike on the village of Hroza in Kharkiv Oblast has risen to 52, Interior Minister Ihor Klymenko said on Oct. 6.\n\nA 6-year-old boy is among the victims. The strike hit a cafe where a memorial service was being held for a fallen soldier.\n\nMeanwhile, a Russian missile attack on the city of Kharkiv overnight on Oct. 6 killed two people, including a 10-year-old boy, and injured 30, Governor Oleh Syniehubov reported.", "Kyiv Independent", "2023-10-06"},
	})
	of := map[string]int{}
	for i, in := range cas.Incidents {
		for _, r := range in.Reports {
			if r.Count != nil {
				of[fmt.Sprintf("%s %s %d", r.Outlet, r.Outcome, *r.Count)] = i
			}
		}
	}
	for _, k := range []string{"Reuters killed 49", "Kyiv Independent killed 52", "Kyiv Independent wounded 30"} {
		if _, ok := of[k]; !ok {
			t.Fatalf("no report %s: %v", k, of)
		}
	}
	if of["Kyiv Independent killed 52"] != of["Reuters killed 49"] || of["Kyiv Independent killed 52"] == of["Kyiv Independent wounded 30"] {
		t.Errorf("the toll risen to 52 at Hroza: %v", of)
	}
}

// TestRevisedTollAtNamedTown checks that a toll revised at a city joins
// the incident of the day before that names the city beside a region
// nothing locates, as it would one naming the city alone.
func TestRevisedTollAtNamedTown(t *testing.T) {
	cas := foldArticles(t, [][3]string{
		{"Pakistan's army says it has killed 12 suspected militants in raids in Punjab province after Sunday's bombing in Lahore, which killed more than 70 people.\n\nJamaat-ul-Ahrar, a faction of the Pakistani Taliban, said it carried out the attack.", "BBC", "2016-03-29"},
		{"ISLAMABAD, March 28 (Reuters) - The death toll from a Taliban suicide bombing at a park in the eastern Pakistani city of Lahore rose to 72 on Monday, officials said, as a splinter faction said it had targeted Christians.\n\nIn the northwestern town of Charsadda, a roadside bomb killed two policemen on Monday, police said.", "Reuters", "2016-03-28"},
	})
	of := map[string]int{}
	for i, in := range cas.Incidents {
		for _, r := range in.Reports {
			if r.Count != nil {
				of[fmt.Sprintf("%s %d", r.Outlet, *r.Count)] = i
			}
		}
	}
	b, okB := of["BBC 70"]
	r, okR := of["Reuters 72"]
	if !okB || !okR || b != r {
		t.Errorf("the toll revised to 72 in Lahore is apart from Sunday's bombing there: %v", of)
	}
}
