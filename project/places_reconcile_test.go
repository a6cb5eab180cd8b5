package project

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
)

// foldArticles extracts and folds articles given as text, outlet and
// publication date.
func foldArticles(t *testing.T, arts [][3]string) Casualties {
	t.Helper()
	f := NewFold()
	at := time.Date(2025, 5, 7, 12, 0, 0, 0, time.UTC)
	seq := uint64(0)
	for i, a := range arts {
		art, err := ingest.Prepare([]byte(a[0]), ingest.Meta{Source: a[1], Published: a[2]}, 0, at)
		if err != nil {
			t.Fatal(err)
		}
		f.ApplyArticle(uint64(i+1), at, art)
		for _, c := range extract.Extract(art) {
			seq++
			if err := f.ApplyClaim(seq, at, c); err != nil {
				t.Fatal(err)
			}
		}
	}
	cas, _ := f.Build()
	return cas
}

// incidentOfReports folds the articles and maps each report with a count,
// written "Outlet count", to the index of its incident.
func incidentOfReports(t *testing.T, arts [][3]string) map[string]int {
	t.Helper()
	out := map[string]int{}
	for i, in := range foldArticles(t, arts).Incidents {
		for _, r := range in.Reports {
			if r.Count != nil {
				out[fmt.Sprintf("%s %d", r.Outlet, *r.Count)] = i
			}
		}
	}
	return out
}

// TestReconcileByTextRegion checks that outlets placing one attack at a
// village and at the state the text puts it in tell one incident, and
// that a country holds its own places only.
func TestReconcileByTextRegion(t *testing.T) {
	cas := foldArticles(t, [][3]string{
		{"Gunmen killed 12 villagers in Kwall in Plateau state on Monday, police said.", "Wire A", "2025-05-06"},
		{"Gunmen killed 14 people in Plateau on Monday, local officials said.", "Wire B", "2025-05-06"},
		{"Bandits killed 12 people in Nigeria on Monday, the army said.", "Wire C", "2025-05-06"},
		{"Russian shelling killed 12 civilians in the town of Kupiansk in Ukraine's Kharkiv region on Monday, officials said.", "Wire D", "2025-05-06"},
	})
	var nigeria, ukraine []Incident
	for _, in := range cas.Incidents {
		for _, r := range in.Reports {
			switch r.Outlet {
			case "Wire A":
				nigeria = append(nigeria, in)
			case "Wire D":
				ukraine = append(ukraine, in)
			}
		}
	}
	if len(nigeria) != 1 || len(ukraine) != 1 {
		t.Fatalf("incidents of wire A %d, of wire D %d, want 1 each: %+v", len(nigeria), len(ukraine), cas.Incidents)
	}
	in := nigeria[0]
	outlets := map[string]bool{}
	for _, r := range in.Reports {
		outlets[r.Outlet] = true
	}
	if !outlets["Wire B"] || !outlets["Wire C"] || outlets["Wire D"] {
		t.Errorf("Kwall incident told by %v, want wires A, B and C", outlets)
	}
	if !in.Disputed || in.Killed.Low == nil || *in.Killed.Low != 12 || *in.Killed.High != 14 {
		t.Errorf("Kwall incident: killed %+v, disputed %v; want 12 to 14, disputed", in.Killed, in.Disputed)
	}
	if ukraine[0].ID == in.ID {
		t.Error("Kupiansk joined the Nigerian incident")
	}
}

func TestPlaceCompatibleCountries(t *testing.T) {
	nigeria := placeOf(&extract.Place{Name: "Nigeria"})
	kwall := placeOf(&extract.Place{Name: "Kwall", Region: "Plateau"})
	kharkiv := placeOf(&extract.Place{Name: "Kharkiv", Region: "Ukraine"})
	ukraine := placeOf(&extract.Place{Name: "Ukraine"})
	tests := []struct {
		a, b place
		want bool
	}{
		{nigeria, kwall, true},    // not known to lie elsewhere
		{kwall, nigeria, true},    // either order
		{nigeria, kharkiv, false}, // in another country
		{ukraine, kharkiv, true},
		{nigeria, ukraine, false},
		{kwall, kharkiv, false}, // two places, neither in the other
		{kwall, placeOf(&extract.Place{Name: "Plateau"}), true},
	}
	for _, tt := range tests {
		if got := tt.a.compatible(tt.b); got != tt.want {
			t.Errorf("%+v compatible with %+v = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestCompassAreaCompatible checks that a part of an area named with a
// compass word, and a place in such a part, lie in the area, while two
// parts of it, or a country so named, stay apart.
func TestCompassAreaCompatible(t *testing.T) {
	p := func(name, region string) place {
		return placeOf(&extract.Place{Name: name, Region: region})
	}
	tests := []struct {
		a, b place
		want bool
	}{
		{p("El Fasher", "North Darfur"), p("Darfur", "Sudan"), true},
		{p("North Darfur", ""), p("Darfur", ""), true},
		{p("Darfur", "Sudan"), p("El Fasher", "North Darfur"), true},
		{p("North Waziristan", "Khyber Pakhtunkhwa"), p("Waziristan", ""), true},
		{p("El Fasher", "North Darfur"), p("Nyala", "South Darfur"), false},
		{p("North Darfur", ""), p("South Darfur", ""), false},
		{p("South Sudan", ""), p("Sudan", ""), false},
		{p("Juba", "South Sudan"), p("Sudan", ""), false},
	}
	for _, tt := range tests {
		if got := tt.a.compatible(tt.b); got != tt.want {
			t.Errorf("%+v compatible with %+v = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestPlacelessStatementContinues checks that a statement naming no place
// continues the story of the one before it in its article, though its
// victims are of another side, while one at another place with victims of
// another side stays apart.
func TestPlacelessStatementContinues(t *testing.T) {
	cas := foldArticles(t, [][3]string{
		{"KABUL, Aug 26 (Reuters) - Two suicide bombers attacked crowds at Kabul airport on Thursday, killing at least 13 U.S. troops, officials said.\n\n" +
			"An Afghan health official said 60 Afghans were killed and 143 wounded.\n\n" +
			"In a separate attack on Thursday, gunmen killed five Taliban fighters in Kandahar, a Taliban spokesman said.", "Wire A", "2021-08-26"},
	})
	of := map[int]int{}
	for i, in := range cas.Incidents {
		for _, r := range in.Reports {
			if r.Count != nil {
				of[*r.Count] = i
			}
		}
	}
	for _, n := range []int{13, 60, 143, 5} {
		if _, ok := of[n]; !ok {
			t.Fatalf("no report of %d: %+v", n, cas.Incidents)
		}
	}
	if of[60] != of[13] || of[143] != of[13] {
		t.Errorf("the Afghans' toll is not in the incident of the troops': %+v", cas.Incidents)
	}
	if of[5] == of[13] {
		t.Errorf("the attack in Kandahar joined the one at Kabul airport: %+v", cas.Incidents)
	}
}

// TestUnknownPlaceCorroborated checks that a report at a village nothing
// locates joins the incident of the same day that gives its figure, though
// its place is not known to lie in the incident's region; that a figure no
// one gives leaves it apart; and that a statement at another town after it
// in its article does not go on with the incident by the country named.
func TestUnknownPlaceCorroborated(t *testing.T) {
	arts := [][3]string{
		{"Junta helicopters attacked a school in Myanmar's Sagaing region on Friday, killing 11 children, aid workers said.", "Wire A", "2022-09-17"},
		{"UNICEF said the attack on a school in Myanmar on 16 September killed at least 11 children.", "Wire B", "2022-09-18"},
		{"At least 11 students were killed when junta helicopters attacked a school in Let Yet Kone village in Depayin Township, Sagaing Region, on Friday, residents said.\n\n" +
			"In a separate raid on the same day, junta troops killed five villagers in Ye-U Township, local fighters said.", "Wire C", "2022-09-17"},
	}
	of := func(cas Casualties) map[int]int {
		out := map[int]int{}
		for i, in := range cas.Incidents {
			for _, r := range in.Reports {
				if r.Count != nil && r.Outlet == "Wire C" {
					out[*r.Count] = i
				} else if r.Count != nil {
					out[-*r.Count] = i
				}
			}
		}
		return out
	}
	got := of(foldArticles(t, arts))
	if _, ok := got[11]; !ok {
		t.Fatalf("no report of 11 by wire C: %v", got)
	}
	if got[11] != got[-11] {
		t.Errorf("the report at Let Yet Kone is apart from the incident giving its figure: %v", got)
	}
	if _, ok := got[5]; !ok || got[5] == got[11] {
		t.Errorf("the raid in Ye-U Township is not apart: %v", got)
	}
	arts[2][0] = "At least 9 students were killed when junta helicopters attacked a school in Let Yet Kone village in Depayin Township, Sagaing Region, on Friday, residents said."
	got = of(foldArticles(t, arts))
	if _, ok := got[9]; !ok || got[9] == got[-11] {
		t.Errorf("a figure no other article gives joined the incident: %v", got)
	}
}

// TestDatedIncidentsMerge checks that reports of one day at one place
// whose sides come to agree only once other reports joined them are one
// incident, whatever order the articles come in: the troops and the
// Afghans killed at an airport, told apart and together, and the toll of
// the people killed there.
func TestDatedIncidentsMerge(t *testing.T) {
	arts := [][3]string{
		{"KABUL, Aug 26 (Reuters) - Two suicide bombers and gunmen attacked crowds of Afghans flocking to Kabul airport on Thursday, killing at least 13 U.S. troops and dozens of Afghans, U.S. and Afghan officials said.\n\nAn Afghan health official said 60 Afghans were killed and 143 wounded. A Taliban official said at least 28 Taliban members were also among the dead.\n\nIslamic State claimed responsibility for the attack at the Abbey Gate.", "Wire A", "2021-08-26"},
		{"KABUL, Afghanistan (AP) \u2014 Two suicide bombers and gunmen attacked crowds of Afghans flocking to Kabul's airport on Thursday, transforming a scene of desperation into one of horror.\n\nThe attacks killed at least 95 Afghans and 13 U.S. service members, officials said. At least 150 people were wounded.\n\nThe U.S. said the attack would not stop it from evacuating Americans and others.", "Wire B", "2021-08-27"},
		{"The death toll from Thursday's suicide bombing at Kabul airport has risen to 170, health officials say.\n\nThe US says it has killed two Islamic State group members in a drone strike in Nangarhar province on Friday, in retaliation for the attack.\n\nThe Pentagon said the two were high-profile planners and facilitators.", "Wire C", "2021-08-28"},
	}
	for _, order := range [][3]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}} {
		cas := foldArticles(t, [][3]string{arts[order[0]], arts[order[1]], arts[order[2]]})
		of := map[int]int{}
		for i, in := range cas.Incidents {
			for _, r := range in.Reports {
				if r.Count != nil {
					of[*r.Count] = i
				}
			}
		}
		for _, n := range []int{60, 95, 150, 170} {
			if _, ok := of[n]; !ok {
				t.Fatalf("no report of %d: %+v", n, cas.Incidents)
			}
		}
		if of[60] != of[170] || of[95] != of[170] || of[150] != of[170] {
			t.Errorf("articles in order %v: the airport's tolls are not one incident: %v", order, of)
		}
	}
}

// TestSamePlaceStatementContinues checks that a statement naming only the
// places of the incident told before it in its article continues its
// story, though its victims are of another side ("at least 28 Taliban
// members were also among the dead", after the U.S. troops and the Afghans
// killed at Kabul airport).
func TestSamePlaceStatementContinues(t *testing.T) {
	cas := foldArticles(t, [][3]string{{"KABUL, Aug 26 (Reuters) - Two suicide bombers and gunmen attacked crowds of Afghans flocking to Kabul airport on Thursday, killing at least 13 U.S. troops and dozens of Afghans, U.S. and Afghan officials said.\n\nAn Afghan health official said 60 Afghans were killed and 143 wounded. A Taliban official said at least 28 Taliban members were also among the dead.\n\nIslamic State claimed responsibility for the attack at the Abbey Gate.", "Reuters", "2021-08-26"}})
	of := map[int]int{}
	for i, in := range cas.Incidents {
		for _, r := range in.Reports {
			if r.Count != nil {
				of[*r.Count] = i
			}
		}
	}
	for _, n := range []int{13, 60, 28} {
		if _, ok := of[n]; !ok {
			t.Fatalf("no report of %d: %+v", n, cas.Incidents)
		}
	}
	if of[28] != of[13] || of[60] != of[13] {
		t.Errorf("the tolls of one attack are not one incident: %v", of)
	}
}

// outletIncidents maps each outlet to the ids of the incidents it reports
// in.
func outletIncidents(cas Casualties) map[string][]string {
	m := map[string][]string{}
	for _, in := range cas.Incidents {
		for _, r := range in.Reports {
			if !slices.Contains(m[r.Outlet], in.ID) {
				m[r.Outlet] = append(m[r.Outlet], in.ID)
			}
		}
	}
	return m
}

// TestReconcileKinCamps checks that victims told as a people and as
// civilians, or as militants and under their group's name, are one
// incident, that a revised toll of victims of no told side joins the
// incident it revises, and that rebels and the Islamic State stay apart.
func TestReconcileKinCamps(t *testing.T) {
	cas := foldArticles(t, [][3]string{
		{"An Israeli air strike killed 70 Palestinians in the Maghazi camp in central Gaza on Sunday, the health ministry said.", "Wire A", "2025-05-05"},
		{"An air strike killed 70 people in the Maghazi camp on Sunday, medics said.", "Wire B", "2025-05-05"},
		{"Gaza, May 6 (WAFA) - The death toll from the Israeli bombing of homes in the Maghazi camp has risen to 86 martyrs.", "Wire C", "2025-05-06"},
		{"Government troops killed 30 al-Shabaab fighters near Bulo Burde on Tuesday, the defence ministry said.", "Wire D", "2025-05-07"},
		{"The army said it killed 30 militants near Bulo Burde on Tuesday.", "Wire E", "2025-05-07"},
		{"Clashes killed 30 rebels near Al-Bab on Tuesday, a monitor said.", "Wire F", "2025-05-07"},
		{"Clashes killed 25 Islamic State fighters near Al-Bab on Tuesday, the monitor said.", "Wire G", "2025-05-07"},
	})
	m := outletIncidents(cas)
	for outlet, ids := range m {
		if len(ids) != 1 {
			t.Fatalf("%s reports in %d incidents, want 1: %v", outlet, len(ids), m)
		}
	}
	same := func(a, b string) bool { return m[a][0] == m[b][0] }
	if !same("Wire A", "Wire B") {
		t.Error("70 Palestinians and 70 people killed in Maghazi on Sunday are two incidents")
	}
	if !same("Wire A", "Wire C") {
		t.Error("the Maghazi toll revised to 86 martyrs the next day is another incident")
	}
	if !same("Wire D", "Wire E") {
		t.Error("30 al-Shabaab fighters and 30 militants killed near Bulo Burde on Tuesday are two incidents")
	}
	if same("Wire F", "Wire G") {
		t.Error("rebels and Islamic State fighters killed near Al-Bab are one incident")
	}
}

// TestCorroboratedNear checks that a report of a toll told a day apart
// from the incident at its place, or of victims of no told side, joins
// the incident that gives its figure, and that a figure under
// minNearFigure does not. (WAFA's toll is Monday's by its own words: the
// dateline's day is the report's, not the bombing's.)
func TestCorroboratedNear(t *testing.T) {
	wafa := [3]string{"Gaza, December 25 (WAFA) - The death toll from Monday's bombing by the Israeli occupation of homes in the Maghazi camp, in the central Gaza Strip, has risen to 86 martyrs, most of them women and children.\n\nIn Khan Younis, 10 citizens were killed in an airstrike on a house in the Al-Amal neighbourhood, medical sources said.", "WAFA", "2023-12-25"}
	toi := [3]string{"The IDF said Thursday that a strike on the Maghazi camp in central Gaza on Sunday, which Hamas-run health authorities said killed 86 people, was carried out using the wrong type of munition.\n\nSeparately, the IDF announced that two soldiers were killed in fighting in the southern Gaza Strip on Wednesday.", "Times of Israel", "2023-12-28"}
	reuters := [3]string{"BOGOTA, Jan 18 (Reuters) - The death toll from a car bombing at a police academy in Colombia's capital rose to 21 on Friday, including the attacker, the attorney general's office said.\n\nThe bomber was also killed in Thursday's attack. Sixty-eight people were injured.", "Reuters", "2019-01-18"}
	semana := [3]string{"In Cauca department, two soldiers were killed on Friday in an attack with explosives against an army patrol in the rural area of Argelia, the army said, a day after the attack on the General Santander school in Bogota that left 21 dead.", "Semana", "2019-01-19"}
	of := func(arts [][3]string) map[string]int { return incidentOfReports(t, arts) }
	check := func(got map[string]int, same, apart [][2]string) {
		t.Helper()
		for _, p := range append(same, apart...) {
			for _, k := range p {
				if _, ok := got[k]; !ok {
					t.Fatalf("no report %s: %v", k, got)
				}
			}
		}
		for _, p := range same {
			if got[p[0]] != got[p[1]] {
				t.Errorf("%s apart from %s: %v", p[0], p[1], got)
			}
		}
		for _, p := range apart {
			if got[p[0]] == got[p[1]] {
				t.Errorf("%s joined %s: %v", p[0], p[1], got)
			}
		}
	}
	check(of([][3]string{wafa, toi}), [][2]string{{"WAFA 86", "Times of Israel 86"}}, [][2]string{{"WAFA 10", "Times of Israel 86"}})
	check(of([][3]string{reuters, semana}), [][2]string{{"Semana 21", "Reuters 21"}}, [][2]string{{"Semana 2", "Reuters 21"}})
	// Four dead a day apart are too few to tell one incident.
	wafa[0] = strings.Replace(wafa[0], "86 martyrs", "4 martyrs", 1)
	toi[0] = strings.Replace(toi[0], "killed 86 people", "killed 4 people", 1)
	check(of([][3]string{wafa, toi}), nil, [][2]string{{"WAFA 4", "Times of Israel 4"}})
}

func TestCampsOverlap(t *testing.T) {
	tests := []struct {
		a, b []int32
		want bool
	}{
		{nil, []int32{campCivilians}, true},
		{[]int32{campCivilians}, []int32{campCivilians, 3}, true},
		{[]int32{campCivilians}, []int32{campPalestinians}, true}, // kin
		{[]int32{campCivilians}, []int32{3}, false},
		// Victims of no told side may be any camp's.
		{[]int32{campUnknown}, []int32{campCivilians}, true},
		{[]int32{3}, []int32{campUnknown, 6}, true},
		{[]int32{3}, []int32{6}, false},
	}
	for _, tt := range tests {
		if got := campsOverlap(tt.a, tt.b); got != tt.want {
			t.Errorf("campsOverlap(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestUnknownSideJoins checks that a report of a death of no told side
// joins the incident of its day and place whoever its other victims are.
func TestUnknownSideJoins(t *testing.T) {
	cas := foldArticles(t, [][3]string{
		{"At least 210 Palestinians have been killed and more than 400 wounded in Israeli attacks on the Nuseirat refugee camp in central Gaza, the Government Media Office said, as Israel announced it had rescued four captives in a raid on the area on Saturday.", "Al Jazeera", "2024-06-08"},
		{"Chief Inspector Arnon Zamora, a commander in the police's elite Yamam counterterrorism unit, was killed during Saturday's hostage rescue operation in central Gaza, police said.", "Times of Israel", "2024-06-08"},
	})
	of := map[string]int{}
	for i, in := range cas.Incidents {
		for _, r := range in.Reports {
			if r.Count != nil {
				of[fmt.Sprintf("%s %d %s", r.Outlet, *r.Count, r.Side)] = i
			}
		}
	}
	a, okA := of["Al Jazeera 210 Palestinians"]
	b, okB := of["Times of Israel 1 unknown"]
	if !okA || !okB || a != b {
		t.Errorf("the commander's death is apart from the raid's: %v", of)
	}
}

// TestNamedPlaceJoins checks that a report at a village nothing locates
// joins the incident of its days that already names that village (with
// the region another report gave it), though it gives none of its
// figures, and that a report at a town the incident does not name, in a
// region it does not name, stays apart.
func TestNamedPlaceJoins(t *testing.T) {
	arts := [][3]string{
		{"At least 11 students were killed when junta helicopters attacked a monastery school in Let Yet Kone village in Depayin Township, Sagaing Region, on Friday, residents said.", "The Irrawaddy", "2022-09-17"},
		{"UNICEF is outraged by the attack on a school in Let Yet Kone, Depayin Township, Sagaing Region, in Myanmar on 16 September, which reportedly killed at least 11 children.", "UNICEF", "2022-09-20"},
		{"BANGKOK (AP) \u2014 Myanmar military helicopters fired on a school in a village in the country's north-central region, killing at least 13 people, including seven children, school administrators and aid workers said Monday.\n\nThe attack occurred Friday in Let Yet Kone village in the Tabayin township of Sagaing region. At least 17 other people were wounded.", "Associated Press", "2022-09-19"},
	}
	got := incidentOfReports(t, arts)
	for _, k := range []string{"The Irrawaddy 11", "UNICEF 11", "Associated Press 13"} {
		if _, ok := got[k]; !ok {
			t.Fatalf("no report %s: %v", k, got)
		}
	}
	if got["Associated Press 13"] != got["The Irrawaddy 11"] || got["UNICEF 11"] != got["The Irrawaddy 11"] {
		t.Errorf("the reports of the attack on Let Yet Kone are apart: %v", got)
	}
	// Another village, in a region no report of the incident names. (A
	// village of Sagaing would join: UNICEF's figure is read at "Sagaing
	// Region", and a report at a town joins an incident at its region on
	// the same day, which then takes the Irrawaddy's figure at Let Yet Kone
	// by its count. A region-level report can so bridge two villages of its
	// region.)
	arts[2][0] = strings.ReplaceAll(arts[2][0], "Let Yet Kone village in the Tabayin township of Sagaing region", "Ohn Taw village in the Gangaw township of Magway region")
	got = incidentOfReports(t, arts)
	if k, ok := got["Associated Press 13"]; !ok || k == got["The Irrawaddy 11"] {
		t.Errorf("a report at another village joined the incident: %v", got)
	}
}

// TestUnknownPlacesShareFigure checks that two incidents of one day at
// places nothing locates merge when they give one figure, though one
// tells its victims' side and the other does not.
func TestUnknownPlacesShareFigure(t *testing.T) {
	cas := foldArticles(t, [][3]string{
		{"The death toll in yesterday's suicide attack on a naval convoy at Habarana rose to 103, military spokesman Brigadier Prasad Samarasinghe said.", "Daily Mirror", "2006-10-17"},
		{"GALLE, Sri Lanka (AP) \u2014 Tamil Tiger rebels in explosives-laden boats attacked a navy base in the southern port city of Galle on Wednesday, two days after a suicide bombing killed 103 sailors in the island's north-central region.", "Associated Press", "2006-10-18"},
	})
	var at []int
	for i, in := range cas.Incidents {
		for _, r := range in.Reports {
			if r.Count != nil && *r.Count == 103 {
				at = append(at, i)
			}
		}
	}
	if len(at) != 2 || at[0] != at[1] {
		t.Errorf("the two tolls of 103 are not in one incident: %v in %+v", at, cas.Incidents)
	}
}

// TestNamedByBasePlaceJoins checks that a report at a beach nothing
// locates joins the incident of its day told at "Mogadishu's Lido" and
// in Mogadishu, which names the beach by its name without the owner's
// possessive.
func TestNamedByBasePlaceJoins(t *testing.T) {
	cas := foldArticles(t, [][3]string{
		{"MOGADISHU, Aug 3 (Reuters) - At least 32 people were killed and 63 wounded when militants attacked a beachfront restaurant at Mogadishu's Lido beach on Friday evening, Somali police said.\n\nOne attacker blew himself up and security forces shot dead five others while one was captured alive, police spokesperson Abdifatah Aden Hassan told reporters. The al Qaeda-linked al Shabaab group claimed responsibility.", "Reuters", "2024-08-03"},
		{"At least 37 people have been killed in an attack on a popular beach in Somalia's capital, Mogadishu, according to police.\n\nA suicide bomber detonated explosives before gunmen opened fire on people at Lido beach late on Friday. A further 212 people were wounded, 11 of them critically, police said.", "BBC News", "2024-08-03"},
		{"Mogadishu (HOL) - An explosion followed by gunfire rocked the Lido beach area of Mogadishu on Friday night. Witnesses said at least 10 people were killed and many more injured as gunmen stormed the Beach View hotel.", "Hiiraan Online", "2024-08-02"},
		{"Somalia's National Army said it killed 15 al-Shabaab fighters in an operation in the Middle Shabelle region on Sunday, two days after the militants attacked Lido beach in Mogadishu, killing 37 people.", "Garowe Online", "2024-08-05"},
	})
	of := map[string]int{}
	for i, in := range cas.Incidents {
		for _, r := range in.Reports {
			if r.Count != nil {
				of[fmt.Sprintf("%s %d", r.Outlet, *r.Count)] = i
			}
		}
	}
	for _, k := range []string{"Reuters 32", "BBC News 212", "Garowe Online 37", "Garowe Online 15"} {
		if _, ok := of[k]; !ok {
			t.Fatalf("no report %s: %v", k, of)
		}
	}
	if of["BBC News 212"] != of["Reuters 32"] || of["Garowe Online 37"] != of["Reuters 32"] {
		t.Errorf("the reports of the attack on Lido beach are apart: %v", of)
	}
	if of["Garowe Online 15"] == of["Reuters 32"] {
		t.Errorf("the operation in Middle Shabelle joined the attack: %v", of)
	}
}

// TestPlaceSpellingCompatible checks that a town spelt in two
// transliterations is one place, while names of other skeletons, or of
// one spelling in two countries, stay apart.
func TestPlaceSpellingCompatible(t *testing.T) {
	tests := []struct {
		a, b extract.Place
		want bool
	}{
		{extract.Place{Name: "Shabqadar"}, extract.Place{Name: "Shabqader"}, true},
		{extract.Place{Name: "al-Atareb"}, extract.Place{Name: "Atareb"}, true},
		{extract.Place{Name: "Khan Bani Saad"}, extract.Place{Name: "Khan Bani Sa'ad"}, true},
		{extract.Place{Name: "Nguetchewe"}, extract.Place{Name: "Nguetechewe"}, true}, // a vowel between, in a long name (see consonantsOf)
		{extract.Place{Name: "Atarib"}, extract.Place{Name: "Atareb"}, true},
		{extract.Place{Name: "Bekoji district"}, extract.Place{Name: "Bekuji"}, true},
		{extract.Place{Name: "Homs"}, extract.Place{Name: "Hama"}, false},
		{extract.Place{Name: "Wahijah"}, extract.Place{Name: "al-Wahija"}, true},
		{extract.Place{Name: "Shabqadar tehsil"}, extract.Place{Name: "Shabqader"}, true},
		{extract.Place{Name: "Beit Hanoun"}, extract.Place{Name: "Beit Hanina"}, false},
		{extract.Place{Name: "Boma"}, extract.Place{Name: "Bama"}, false}, // too short to tell
		{extract.Place{Name: "Shabqadar"}, extract.Place{Name: "Charsadda"}, false},
		{extract.Place{Name: "Kharkiv", Region: "Ukraine"}, extract.Place{Name: "Kharkov", Region: "Iraq"}, false},
	}
	for _, tt := range tests {
		a, b := placeOf(&tt.a), placeOf(&tt.b)
		if got := a.compatible(b); got != tt.want {
			t.Errorf("%q compatible with %q = %v, want %v", tt.a.Name, tt.b.Name, got, tt.want)
		}
	}
	cas := foldArticles(t, [][3]string{
		{"Two suicide bombers killed 80 people at a paramilitary training centre in Shabqadar on Friday, officials said.", "Wire A", "2025-05-06"},
		{"At least 89 people were killed when two suicide bombers struck the training centre in Shabqader on Friday.", "Paper B", "2025-05-06"},
	})
	if len(cas.Incidents) != 1 {
		t.Errorf("%d incidents, want 1: %+v", len(cas.Incidents), cas.Incidents)
	}
}

// TestSameDayTollMerges checks that a toll at a place nothing locates and
// a revised toll of the same day, camp and magnitude at a province are one
// incident, and that tolls of other magnitudes, or neither revised, stay
// apart.
func TestSameDayTollMerges(t *testing.T) {
	const first = "A suicide bomber killed at least 80 people in a crowded market in Khan Bani Saad on Friday, police said."
	tests := []struct {
		name   string
		second string
		want   int
	}{
		{"revised toll", "The death toll from Friday's car bombing at a market in Diyala province rose to 115, officials said.", 1},
		{"neither revised", "A car bomb killed 115 people at a market in Diyala province on Friday, officials said.", 2},
		{"another magnitude", "The death toll from Friday's car bombing at a market in Diyala province rose to 400, officials said.", 2},
		{"a small toll", "The death toll from Friday's car bombing at a market in Diyala province rose to 12, officials said.", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cas := foldArticles(t, [][3]string{
				{first, "Wire A", "2025-05-02"},
				{tt.second, "Wire B", "2025-05-03"},
			})
			if len(cas.Incidents) != tt.want {
				t.Errorf("%d incidents, want %d: %+v", len(cas.Incidents), tt.want, cas.Incidents)
			}
		})
	}
}

// TestFigureBesideBackground checks that an undated figure at a village
// joins the incident of another outlet that gives it there, not the
// month-long incident at no town its next statement tells ("in
// November"), and that it joins it though the incident also names a
// district nothing puts the village in.
func TestFigureBesideBackground(t *testing.T) {
	cas := foldArticles(t, [][3]string{
		{"Gunmen killed more than 100 people in Bekuji village on Wednesday, the commission said.", "Wire A", "2025-05-07"},
		{"The death toll from Wednesday's massacre in Bulen district has reached 207, the Red Cross said. At least 207 civilians were killed in the attack in Bekuji, the commission said.", "Paper B", "2025-05-08"},
		{"More than 100 people have been killed in an attack by gunmen in western Ethiopia, the commission says.\n\nThe killings in the village of Bekuji came a day after the prime minister visited the region. Sixteen people were killed in a similar attack in the zone in November.", "Wire C", "2025-05-08"},
	})
	inc := func(outlet string, n int) int {
		for i, in := range cas.Incidents {
			for _, r := range in.Reports {
				if r.Outlet == outlet && r.Count != nil && *r.Count == n {
					return i
				}
			}
		}
		return -1
	}
	a, c, nov := inc("Wire A", 100), inc("Wire C", 100), inc("Wire C", 16)
	if a < 0 || a != c {
		t.Errorf("wire C's 100 in incident %d, wire A's in %d, want one", c, a)
	}
	if nov == c {
		t.Errorf("wire C's 16 of November in the incident of its 100")
	}
}

// TestRegionUnitCompatible checks that a place in an administrative unit
// named for a town ("Kanbalu Township") lies in that town's area, and not
// in another town's.
func TestRegionUnitCompatible(t *testing.T) {
	pazigyi := placeOf(&extract.Place{Name: "Pazigyi", Region: "Kanbalu Township"})
	tests := []struct {
		b    extract.Place
		want bool
	}{
		{extract.Place{Name: "Kanbalu"}, true},
		{extract.Place{Name: "Kanbalu Township"}, true},
		{extract.Place{Name: "Pazigyi", Region: "Kanbalu"}, true},
		{extract.Place{Name: "Shwebo"}, false},
	}
	for _, tt := range tests {
		b := placeOf(&tt.b)
		if got := pazigyi.compatible(b); got != tt.want {
			t.Errorf("Pazigyi, Kanbalu Township compatible with %q = %v, want %v", tt.b.Name, got, tt.want)
		}
		if got := b.compatible(pazigyi); got != tt.want {
			t.Errorf("%q compatible with Pazigyi, Kanbalu Township = %v, want %v", tt.b.Name, got, tt.want)
		}
	}
}

// TestJoinedPlaceCompatible checks that a place named by joining two
// towns' names with a hyphen holds either town, while names with a
// particle, a country so named and other towns stay apart.
func TestJoinedPlaceCompatible(t *testing.T) {
	p := func(name, region string) place {
		return placeOf(&extract.Place{Name: name, Region: region})
	}
	tests := []struct {
		a, b place
		want bool
	}{
		{p("Dehiwala", ""), p("Dehiwala-Mount Lavinia", ""), true},
		{p("Dehiwala-Mount Lavinia", ""), p("Mount Lavinia", ""), true},
		{p("Mount Lavinia", ""), p("Dehiwala-Mount Lavinia", "Sri Lanka"), true},
		{p("Ratmalana", ""), p("Dehiwala-Mount Lavinia", ""), false},
		{p("Mount", ""), p("Dehiwala-Mount Lavinia", ""), false},
		{p("Sheikh", ""), p("Sharm el-Sheikh", ""), false},
		{p("Zor", ""), p("Deir ez-Zor", ""), false},
		{p("Port", ""), p("Port-au-Prince", ""), false},
		{p("Guinea", ""), p("Guinea-Bissau", ""), false},
	}
	for _, tt := range tests {
		if got := tt.a.compatible(tt.b); got != tt.want {
			t.Errorf("%q compatible with %q = %v, want %v", tt.a.name, tt.b.name, got, tt.want)
		}
	}
	if got := joinedNames("Al-Atarib", ""); got != [2]string{} {
		t.Errorf("joinedNames(Al-Atarib) = %q, want none", got)
	}
}

// TestWeekToll checks that a toll revised for "last week's" attack joins
// the incident of a day of that week at a place nothing locates when
// their tolls are alike, in either order of the articles, while a toll
// too far from it, or a week's toll that revises nothing, stays apart.
func TestWeekToll(t *testing.T) {
	day := [3]string{"The Government condemns the attack committed by the rebels on Friday, 10 August, in the municipality of Lomboji, in which 171 citizens lost their lives.", "Ministry", "2001-08-12"}
	tests := []struct {
		name string
		week [3]string
		want bool
	}{
		{"revised", [3]string{"LUANDA, Angola (AP) - The death toll from last week's rebel attack on a train near Kiluanje in northern Angola has climbed to 252, a government official said Monday.", "Wire A", "2001-08-13"}, true},
		{"too far", [3]string{"LUANDA, Angola (AP) - The death toll from last week's rebel attack on a train near Kiluanje in northern Angola has climbed to 900, a government official said Monday.", "Wire A", "2001-08-13"}, false},
		{"not revised", [3]string{"LUANDA, Angola (AP) - Rebels killed 252 people in an attack on a train near Kiluanje in northern Angola last week, a government official said Monday.", "Wire A", "2001-08-13"}, false},
	}
	for _, tt := range tests {
		for _, arts := range [][][3]string{{day, tt.week}, {tt.week, day}} {
			cas := foldArticles(t, arts)
			of := map[int]int{}
			for i, in := range cas.Incidents {
				for _, r := range in.Reports {
					if r.Count != nil {
						of[*r.Count] = i
					}
				}
			}
			week := 252
			if tt.name == "too far" {
				week = 900
			}
			i, ok1 := of[171]
			j, ok2 := of[week]
			if !ok1 || !ok2 {
				t.Fatalf("%s: reports missing: %+v", tt.name, cas.Incidents)
			}
			if got := i == j; got != tt.want {
				t.Errorf("%s (first %s): one incident = %v, want %v", tt.name, arts[0][1], got, tt.want)
			}
		}
	}
}

// TestCorroboratedNearPlaceless checks that a report naming no place,
// dated a day after an incident for which another outlet gives its
// figure (of no told side), joins it when the figure is a mass toll, and
// stays apart when it is smaller.
func TestCorroboratedNearPlaceless(t *testing.T) {
	wire := [3]string{"SALISBURY, Sept 4 (Reuters) - Guerrillas shot down an airliner near Kariba on Sunday, military headquarters said today. Thirty-eight people died when the airliner crashed in flames shortly after take-off from Kariba.", "Wire A", "1978-09-04"}
	paper := [3]string{"The airliner came down on Sunday afternoon. Of the 56 people aboard, 48 are dead.", "Paper", "1978-09-05"}
	ap := [3]string{"SALISBURY (AP) - The guerrilla leader acknowledged Monday that his men had shot down the airliner. Officials said 48 people died.", "Wire B", "1978-09-05"}
	for _, arts := range [][][3]string{{wire, paper, ap}, {ap, paper, wire}} {
		got := incidentOfReports(t, arts)
		a, ok1 := got["Wire B 48"]
		p, ok2 := got["Paper 48"]
		if !ok1 || !ok2 {
			t.Fatalf("reports missing: %v", got)
		}
		if a != p {
			t.Errorf("Wire B's 48 apart from the paper's: %v", got)
		}
	}
	paper[0] = strings.Replace(paper[0], "Of the 56 people aboard, 48 are dead", "Of the 16 people aboard, 8 are dead", 1)
	ap[0] = strings.Replace(ap[0], "48 people died", "8 people died", 1)
	got := incidentOfReports(t, [][3]string{wire, paper, ap})
	a, ok1 := got["Wire B 8"]
	p, ok2 := got["Paper 8"]
	if !ok1 || !ok2 {
		t.Fatalf("reports missing: %v", got)
	}
	if a == p {
		t.Errorf("Wire B's 8, a day apart, joined the paper's: %v", got)
	}
}

// TestSameDayAs checks the dates told as the day of another event.
func TestSameDayAs(t *testing.T) {
	tests := []struct {
		expr string
		want bool
	}{
		{"On the same day", true},
		{"on the same day", true},
		{"that same day", true},
		{"the same day", true},
		{"on Saturday", false},
		{"yesterday", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := sameDayAs(extract.Date{Expression: tt.expr}); got != tt.want {
			t.Errorf("sameDayAs(%q) = %v, want %v", tt.expr, got, tt.want)
		}
	}
}

// TestSameDayReportApart checks that a report dated as the day of another
// event tells another incident: it does not go on with the statement
// before it, and, naming no place, joins no incident of the day by place
// alone, in either order of the articles.
func TestSameDayReportApart(t *testing.T) {
	paper := [3]string{"Armed bandits attacked the district headquarters on Saturday morning, killing 53 people.\n\nOn the same day, armed bandits burned a bus on the road from Kelani, killing 11 passengers.", "Paper", "1987-07-20"}
	wire := [3]string{"MAPUTO (AP) - Rebels killed 386 people during a raid on the town of Lomboji on Saturday, the agency reported on Tuesday.", "Wire A", "1987-07-21"}
	daily := [3]string{"COLOMBO, July 24 (Reuters) - Bombs ripped through a crowded train at Kotte station on Wednesday evening, killing at least 57 people, police said.", "Wire B", "1996-07-24"}
	rebels := [3]string{"The rebels denied any involvement in Wednesday's bombing at Kotte. Their statement said air force bombers had killed 14 civilians in a raid on the same day.", "Rebels", "1996-07-25"}
	for _, arts := range [][][3]string{{paper, wire, daily, rebels}, {rebels, daily, wire, paper}, {paper, daily, rebels}} {
		of := map[string]int{}
		for i, in := range foldArticles(t, arts).Incidents {
			for _, r := range in.Reports {
				if r.Count != nil {
					of[fmt.Sprintf("%s %d", r.Outlet, *r.Count)] = i
				}
			}
		}
		for _, p := range [][2]string{{"Paper 11", "Paper 53"}, {"Paper 11", "Wire A 386"}, {"Rebels 14", "Wire B 57"}} {
			i, ok1 := of[p[0]]
			j, ok2 := of[p[1]]
			if len(arts) == 3 && p[1] == "Wire A 386" {
				continue
			}
			if !ok1 || !ok2 {
				t.Fatalf("reports missing: %v", of)
			}
			if i == j {
				t.Errorf("%s joined %s (first %s): %v", p[0], p[1], arts[0][1], of)
			}
		}
	}
}

// TestNoSideIncidentTakesNamedCamp checks that a report naming no place
// whose victims are of a told side (civilians) may join, at step 1, the
// incident of its day whose victims are of no told side, as campsOverlap
// has them overlap: the soldiers' 34 dead in the square, and the four
// wounded who died at Lomboji, not the two men shot near Kelani told
// after them.
func TestNoSideIncidentTakesNamedCamp(t *testing.T) {
	paper := [3]string{"The number of peasants killed in Lomboji rose yesterday after four of the wounded died on Monday at the regional hospital.\n\nIn another incident on Monday in the same department, two men were shot dead on a farm near Kelani.", "Paper", "1978-05-31"}
	wire := [3]string{"GUATEMALA CITY (AP) - Soldiers opened fire on a crowd of peasants in the town square on Monday, killing 34 people, the Defense Ministry said Wednesday.", "Wire", "1978-05-31"}
	for _, arts := range [][][3]string{{paper, wire}, {wire, paper}} {
		of := map[string]int{}
		for i, in := range foldArticles(t, arts).Incidents {
			for _, r := range in.Reports {
				if r.Count != nil {
					of[fmt.Sprintf("%s %d", r.Outlet, *r.Count)] = i
				}
			}
		}
		w, ok1 := of["Wire 34"]
		four, ok2 := of["Paper 4"]
		two, ok3 := of["Paper 2"]
		if !ok1 || !ok2 || !ok3 {
			t.Fatalf("reports missing: %v", of)
		}
		if w != four || w == two {
			t.Errorf("the wire's 34 not with the paper's 4 at Lomboji, or with its 2 near Kelani: %v", of)
		}
	}
}

// TestLooseSpellingCompatible checks that two spellings of a long name
// that differ only by a vowel written in one and not in the other are one
// place, while shorter names, and names of other consonants, are not.
func TestLooseSpellingCompatible(t *testing.T) {
	p := func(name, region string) place {
		return placeOf(&extract.Place{Name: name, Region: region})
	}
	tests := []struct {
		a, b place
		want bool
	}{
		{p("Nguetchewe", ""), p("Nguetechewe", "Far North region"), true},
		{p("Nguetechewe", ""), p("Nguetchewe", ""), true},
		{p("Kafr Nabudah", ""), p("Kafranbel", ""), false}, // other consonants
		{p("Kafr Nabl", ""), p("Kafranbel", ""), true},
		{p("Tal Abyad", ""), p("Tall Abyad", ""), true}, // one spelling already
		{p("Marib", ""), p("Marab", ""), true},          // one skeleton already
		{p("Dumka", ""), p("Dumaka", ""), false},        // too few consonants
		{p("Nguetchewe", "Far North region"), p("Nguetechewe", "Adamawa"), false},
	}
	for _, tt := range tests {
		if got := tt.a.compatible(tt.b); got != tt.want {
			t.Errorf("%q compatible with %q = %v, want %v", tt.a.name, tt.b.name, got, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"ng.t.chw.", "ngtchw"},
		{"ng.tchw.", "ngtchw"},
		{"d.mk.", ""},
		{"al.pp.", ""},
		{"", ""},
	} {
		if got := consonantsOf(tt.in); got != tt.want {
			t.Errorf("consonantsOf(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestRevisedTollAtNoPlace checks that a dated revised toll told at no
// place joins the incident of the days before whose toll it revises when
// two articles tell it, and stays apart when one does.
func TestRevisedTollAtNoPlace(t *testing.T) {
	wire := [3]string{"BANGUI, Nov 16 (Reuters) - At least 37 people were killed on Thursday when armed men attacked a camp for displaced people in Alindao, a local official said.", "Wire A", "2018-11-16"}
	church := [3]string{"Caritas said 60 people were killed in the attack on the camp at Alindao on Thursday.", "Church", "2018-11-16"}
	afp := [3]string{"The toll from an attack by militiamen on a displaced persons' camp rose to at least 42 on Saturday, a UN source said.", "Wire B", "2018-11-18"}
	for _, arts := range [][][3]string{{wire, church, afp}, {afp, church, wire}} {
		got := incidentOfReports(t, arts)
		a, ok1 := got["Wire B 42"]
		w, ok2 := got["Wire A 37"]
		if !ok1 || !ok2 {
			t.Fatalf("reports missing: %v", got)
		}
		if a != w {
			t.Errorf("the revised 42 apart from the 37 two articles tell: %v", got)
		}
	}
	got := incidentOfReports(t, [][3]string{wire, afp})
	if got["Wire B 42"] == got["Wire A 37"] {
		t.Errorf("the revised 42 joined the 37 one article tells: %v", got)
	}
}

// TestPartsOfATollAtTwoPlaces checks that an article's toll followed by
// its parts at two places that add up to it exactly is one incident at
// both places, and that figures after a toll that do not add up to it
// stay apart from it when their places do not touch.
func TestPartsOfATollAtTwoPlaces(t *testing.T) {
	incidentOf := func(text string) map[int]int {
		out := map[int]int{}
		for i, in := range foldArticles(t, [][3]string{{text, "Wire", "2025-03-05"}}).Incidents {
			for _, r := range in.Reports {
				if r.Count != nil {
					out[*r.Count] = i
				}
			}
		}
		return out
	}
	lead := "KABUL, March 5 (Wire) - Air strikes killed 15 Taliban fighters on Tuesday, the defence ministry said.\n\n"
	parts := incidentOf(lead + "Nine of the fighters were killed in the Chahar Dara district of Kunduz province. Six more were killed on Tuesday in Baghlan-e Jadid district.")
	for _, n := range []int{15, 9, 6} {
		if _, ok := parts[n]; !ok {
			t.Fatalf("no report of %d: %v", n, parts)
		}
	}
	if parts[9] != parts[15] || parts[6] != parts[15] {
		t.Errorf("the parts 9 and 6 of the toll of 15 are apart from it: %v", parts)
	}
	apart := incidentOf(lead + "Nine of the fighters were killed in the Chahar Dara district of Kunduz province. In a separate attack, 11 Taliban fighters were killed on Tuesday in Baghlan-e Jadid district.")
	if _, ok := apart[11]; !ok {
		t.Fatalf("no report of 11: %v", apart)
	}
	if apart[11] == apart[15] {
		t.Errorf("11 killed elsewhere, more than the rest of the toll of 15, joined it: %v", apart)
	}
}

// TestEachSourcesFigureInRange checks that an article citing one side's
// claim of the other's losses and the other side's own count gives a
// range of both, and that the parts of a toll told after it do not lower
// the range.
func TestEachSourcesFigureInRange(t *testing.T) {
	killed := func(text string) (low, high int) {
		cas := foldArticles(t, [][3]string{{text, "Wire", "2024-09-15"}})
		for _, in := range cas.Incidents {
			for _, s := range in.BySide {
				if strings.Contains(s.Side, "military") && s.Killed.Low != nil {
					return *s.Killed.Low, *s.Killed.High
				}
			}
		}
		t.Fatalf("no military losses: %+v", cas.Incidents)
		return 0, 0
	}
	low, high := killed("KHARTOUM, Sept 15 (AFP) - Sudan's Rapid Support Forces said on Sunday they had killed more than 300 army soldiers in fighting around El Fasher on Saturday. The army denied the claim, saying it had lost 11 soldiers.")
	if low != 11 || high != 301 {
		t.Errorf("the RSF's 300 and the army's own 11 read %d to %d, want 11 to 301", low, high)
	}
	low, high = killed("KABUL, March 5 (Wire) - Air strikes killed 15 Afghan soldiers on Tuesday, the defence ministry said.\n\nNine of the soldiers were killed in the Chahar Dara district of Kunduz province. Six more were killed on Tuesday in Baghlan-e Jadid district, a police spokesman said.")
	if low != 15 || high != 15 {
		t.Errorf("a toll of 15 and its parts 9 and 6 read %d to %d, want 15", low, high)
	}
}
