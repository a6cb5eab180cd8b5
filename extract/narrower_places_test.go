package extract

import (
	"testing"
)

// TestNarrowerPlaces: a figure told in an area that the article names, in
// another sentence, as holding one narrower place is at that place; not
// when the area holds two, when the narrower place is only a point to
// measure from, or when the figure counts since a day.
func TestNarrowerPlaces(t *testing.T) {
	checkFigurePlaces(t, []figurePlaceCase{
		{"a village in a district, the figure in the district",
			"Gunmen stormed the village of Tarkwa Hill in Obanliku district on Monday night, residents said.\n\nPolice said 14 villagers were killed in Obanliku district.",
			"14 villagers were killed", "Tarkwa Hill"},
		{"a chain of possessives",
			"The raid on Kandiwal, in Kunar province's Asadabad district, was carried out before dawn.\n\nOfficials in Kunar province said nine civilians were killed.",
			"nine civilians were killed", "Kandiwal"},
		{"the village before the province's district, in one sentence",
			"The raid in Kandiwal, in Kunar province's Asadabad district, killed nine civilians, officials said.",
			"killed nine civilians", "Kandiwal"},
		{"two villages in the district",
			"Militants attacked the village of Tarkwa Hill in Obanliku district and the village of Bebuabie in Obanliku district on Monday.\n\nPolice said 14 villagers were killed in Obanliku district.",
			"14 villagers were killed", "Obanliku"},
		{"a point to measure from",
			"The town lies 20 km southeast of Sloviansk in the Donetsk region.\n\nShelling in the Donetsk region killed four civilians, the governor said.",
			"killed four civilians", "Donetsk"},
		{"a toll since a day",
			"Gunmen stormed the village of Tarkwa Hill in Obanliku district on Monday night.\n\nMore than 40 civilians have been killed in Obanliku district since 2 October, a rights group said.",
			"More than 40 civilians have been killed", "Obanliku"},
		{"a district and another town, not a district in the town",
			"Troops fought in Diyarbakir's Sur district and in Cizre on Friday. In Cizre, two soldiers were killed, the army said.",
			"two soldiers were killed", "Cizre"},
	})
}

// TestFigurePlaceOfList: a figure told of a list of places is at the
// list's first, in its sentence and in the next one that goes on with the
// report.
func TestFigurePlaceOfList(t *testing.T) {
	checkFigurePlaces(t, []figurePlaceCase{
		{"a figure after the list",
			"Rebel authorities in Kesh said the army had killed 40 villagers in the villages of Divara, Kesun and Lomal, among them 12 children, and that 20 others were missing.",
			"among them 12 children", "Divara"},
		{"on the edge of a town the gazetteer does not know",
			"Police said 14 civilians were killed when rebels attacked the airfield on the edge of Kesunovo at dawn on Tuesday.",
			"14 civilians were killed", "Kesunovo"},
		{"a list joined by a village's noun, and a hospital elsewhere",
			"The ministry said the bodies of 38 civilians killed in Divara and the neighbouring village of Kesun had been brought to the hospital in Zadar. Twelve guardsmen were also killed defending the two villages, it said.",
			"Twelve guardsmen were also killed", "Divara"},
		{"hospitals of the whole area",
			"The health ministry says 61 bodies were brought to hospitals in the Gaza Strip over the past 24 hours.",
			"61 bodies", "Gaza"},
		{"where the dead came from",
			"A member of the vigilante group said five of its men from the nearby town of Kesunovo were killed in the attack.",
			"five of its men from the nearby town of Kesunovo were killed", ""},
		{"where a statement was issued is carried to no figure",
			"The rebels, in a statement issued in Madras, said their fighters had attacked the camp. Residents said at least 10 civilians living near the school were killed by the blast.",
			"at least 10 civilians living near the school were killed", ""},
		{"the next sentence",
			"The number of people killed in the overnight raid by gunmen on the town of Ruvasi and the villages of Kesun and Lomal has risen to 52, the ministry said.\n\nAmong the dead are 30 police officers, the ministry said.",
			"Among the dead are 30 police officers", "Ruvasi"},
	})
}

// TestPlaceWrittenWithItsPart: a place's text is the name as written with
// the part of it the sentence names ("southern Israel", "Kherson region");
// its name stays the place's.
func TestPlaceWrittenWithItsPart(t *testing.T) {
	for _, tt := range []struct{ text, quote, wantText, wantName string }{
		{"Rockets killed two civilians in southern Israel on Monday, police said.", "killed two civilians", "southern Israel", "Israel"},
		{"Shelling wounded seven people in the Kherson region overnight, the governor said.", "wounded seven people", "Kherson region", "Kherson"},
		{"A suicide bomber killed 40 people in central Kabul on Monday.", "killed 40 people", "central Kabul", "Kabul"},
	} {
		claims := extractText(t, tt.text, "2023-10-06")
		found := false
		for _, c := range claims {
			if c.Kind != KindCasualty || c.Quote != tt.quote {
				continue
			}
			found = true
			if c.Location == nil || c.Location.Text != tt.wantText || c.Location.Name != tt.wantName {
				t.Errorf("%q: place %+v, want text %q, name %q", tt.text, c.Location, tt.wantText, tt.wantName)
			}
		}
		if !found {
			t.Errorf("%q: no casualty quoting %q", tt.text, tt.quote)
		}
	}
}

// TestPlacesTakenByNoun: the place named after "the capture of", "the
// fall of" or "the siege of" is a place, unless the words tell a time
// ("since the fall of Saddam Hussein").
func TestPlacesTakenByNoun(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Stimson said the capture of Aachen was an important gain.", "Aachen"},
		{"The siege of Kesunovo entered its third week.", "Kesunovo"},
		{"It was the deadliest attack since the fall of Saddam Hussein.", ""},
		{"The radio of the National United Front said its forces had attacked the camp.", ""},
		{"More than 2,000 people have been killed in Muslim-Christian violence since January.", ""},
		{"Its forces had killed 300 troops in the provinces of Svay Rieng and Takeo.", "Takeo"},
	} {
		got := ""
		for _, h := range findPlaces(tt.text) {
			got = h.Place.Name
		}
		if got != tt.want {
			t.Errorf("%q: place %q, want %q", tt.text, got, tt.want)
		}
	}
}
