package extract

import (
	"testing"
	"time"

	"github.com/claimline/claimline/ingest"
)

// figurePlaceCase is an article, the quote of one of its casualty figures
// and the place that figure should be at ("" for none).
type figurePlaceCase struct {
	name, text, quote, want string
}

// checkFigurePlaces extracts each case's text and checks the place of the
// casualty figure it quotes.
func checkFigurePlaces(t *testing.T, tests []figurePlaceCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ingest.Prepare([]byte(tt.text), ingest.Meta{Source: "Reuters", Published: "2023-10-06"}, 0, time.Now())
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, c := range Extract(a) {
				if c.Kind != KindCasualty || c.Quote != tt.quote {
					continue
				}
				found = true
				got := ""
				if c.Location != nil {
					got = c.Location.Name
				}
				if got != tt.want {
					t.Errorf("%q is at %q, want %q", c.Quote, got, tt.want)
				}
			}
			if !found {
				t.Errorf("no casualty claim quoting %q in %+v", tt.quote, Extract(a))
			}
		})
	}
}

// TestFigurePlaceCarried: a figure in a sentence that names no place and
// goes on with the report before it is at the one place that report named;
// after a sentence naming several places, or in a sentence whose subject
// is a pronoun, it has none.
func TestFigurePlaceCarried(t *testing.T) {
	tests := []figurePlaceCase{
		{"the town where the strike took place, told after the lead",
			"A drone strike on a town in Ethiopia's Amhara region killed at least 26 people on Sunday, two health workers said.\n\nA doctor at the hospital in Finote Selam, where the strike took place, said most of the dead were civilians.",
			"killed at least 26 people", "Finote Selam"},
		{"an anaphoric subject",
			"Drones struck a graduation ceremony at the military college in Homs on Thursday.\n\nThe attack left 80 martyrs, the health ministry said.",
			"80 martyrs", "Homs"},
		{"two places before",
			"The strikes came in two waves, one near Kisweh and another near Ezra, it said.\n\nThe Observatory said the strikes killed 23 fighters.",
			"killed 23 fighters", ""},
		{"the incident named later in the sentence",
			"Militants attacked trenches near the town of Barsalogho on Saturday.\n\nJNIM claimed the attack, saying it had killed around 300 soldiers.",
			"killed around 300 soldiers", "Barsalogho"},
		{"another incident",
			"Militants attacked trenches near the town of Barsalogho on Saturday.\n\nIn a separate attack, gunmen killed 12 soldiers.",
			"killed 12 soldiers", ""},
		{"a town beside the area it is the capital of",
			"RSF shelling of a market in El Fasher, the capital of North Darfur, killed 18 people on Sunday.",
			"killed 18 people", "El Fasher"},
		{"a town beside the province it is the capital of",
			"Fighting near Goma, the provincial capital of North Kivu, killed 12 people on Monday.",
			"killed 12 people", "Goma"},
		{"the same paragraph",
			"Gunmen stormed a church in Owo on Sunday. At least 40 people were killed, officials said.",
			"At least 40 people were killed", "Owo"},
		{"the same paragraph, another story",
			"Gunmen stormed a church in Owo on Sunday. Separately, at least 12 people were killed in an ambush.",
			"at least 12 people were killed", ""},
		{"a revised toll three paragraphs on, the one place named",
			"Gunmen set fire to a camp in the town of Alindao on Thursday, killing 40 people.\n\nMuch of the camp was burnt.\n\nA local official said the toll had risen to 60.",
			"toll had risen to 60", "Alindao"},
		{"a later paragraph's figure, the place of the figure before it, in a report of several places",
			"Troops clashed with rebels near Goma and in Rutshuru on Monday, the army said.\n\nGunmen killed 12 villagers in Kiwanja on Monday, police said.\n\nThe attackers fled toward the forest.\n\nTwo soldiers were wounded in the clash, the army said.",
			"Two soldiers were wounded", "Kiwanja"},
		{"not to a figure of another day",
			"Troops clashed with rebels near Goma and in Rutshuru on Monday, the army said.\n\nGunmen killed 12 villagers in Kiwanja on Monday, police said.\n\nThe attackers fled toward the forest.\n\nTwo soldiers were wounded in the area in August, the army said.",
			"Two soldiers were wounded", ""},
		{"not to a figure of a similar attack",
			"Troops clashed with rebels near Goma and in Rutshuru on Monday, the army said.\n\nGunmen killed 12 villagers in Kiwanja on Monday, police said.\n\nThe attackers fled toward the forest.\n\nTwo soldiers were wounded in a similar attack, the army said.",
			"Two soldiers were wounded", ""},
		{"not from a figure of the same sentence that names another place too",
			"Fifteen people were killed in Kabul, five at the Casa Nostra pizzeria and two in Herat, police said.",
			"five", ""},
		{"not after another place",
			"Gunmen set fire to a camp in the town of Alindao on Thursday, killing 40 people.\n\nFighting also raged in Bambari and in Bria.\n\nA local official said the toll had risen to 60.",
			"toll had risen to 60", ""},
		{"a war's toll in the one country named, not the nation whose officials speak",
			"Fighting goes on in Laos\n\nSouth Vietnamese troops pushed deeper into Laos on Monday. More than 4,000 North Vietnamese have been killed so far, U.S. officials said.",
			"More than 4,000 North Vietnamese have been killed", "Laos"},
		{"a pronoun subject",
			"Gunmen stormed a market in Maiduguri on Monday.\n\nHe said 20 people were killed in clashes.",
			"20 people were killed", ""},
		{"the village attacked in the figure's sentence, which no gazetteer knows",
			"MAIDUGURI, Nigeria (Reuters) - Militants attacked Gajiram on Wednesday, killing 12 villagers, residents said.",
			"killing 12 villagers", "Gajiram"},
		{"a dateline's city the gazetteer does not know, in the country it names",
			"CHRISTCHURCH, New Zealand (AP) - The death toll in the mosque attacks rose to 50 on Sunday, police said.",
			"death toll in the mosque attacks rose to 50", "Christchurch"},
		{"a named refugee camp",
			"Jets bombed the Kalma refugee camp on Wednesday, killing 12 people.",
			"killing 12 people", "Kalma"},
		{"a hamlet whose name opens like an agency's",
			"Guerrillas killed three American advisers yesterday in a battle at the hamlet of Ap Bac, U.S. military sources said.",
			"killed three American advisers", "Ap Bac"},
		{"the barracks of a name",
			"The army said on Wednesday that 39 people died in the fighting at the La Tablada barracks.",
			"39 people died", "La Tablada"},
		{"the resort of a name",
			"A car bomb ripped through a hotel in the Egyptian Red Sea resort of Taba late on Thursday, killing at least 30 people, security sources said.",
			"killing at least 30 people", "Taba"},
		{"the village attacked, carried to the next sentence",
			"Gunmen attacked Gajiram on Wednesday and burned dozens of homes. At least 12 villagers were killed, residents said.",
			"At least 12 villagers were killed", "Gajiram"},
	}
	checkFigurePlaces(t, tests)
}

// TestLeadPlaceLater: a lead figure placed only in a country, or nowhere,
// takes the town or village the next paragraph opens by telling the
// incident at; a lead figure with a town of its own keeps it, and a
// paragraph of another story gives none.
func TestLeadPlaceLater(t *testing.T) {
	tests := []figurePlaceCase{
		{"a country in the lead",
			"Civilians killed in north\n\nAround 60 civilians were killed in northern Burkina Faso, a prosecutor said on Sunday.\n\nThe killings took place on Thursday in the village of Karma, near Ouahigouya, he said.",
			"Around 60 civilians were killed", "Karma"},
		{"no place in the lead",
			"Raid on base\n\nRebels killed 14 soldiers on Thursday evening, the army said.\n\nThe attack targeted the base at Semuliki, near Beni.",
			"killed 14 soldiers", "Semuliki"},
		{"a town of its own",
			"Raid on town\n\nRebels killed 14 soldiers in Beni on Thursday, the army said.\n\nThe attack targeted the base at Semuliki.",
			"killed 14 soldiers", "Beni"},
		{"another story",
			"Raid on base\n\nRebels killed 14 soldiers on Thursday evening, the army said.\n\nElections are due in Beni next month.",
			"killed 14 soldiers", ""},
		{"a lead that names a city only as what the incident was near",
			"Bomber kills 43\n\nBAGHDAD (AP) - A suicide bomber blew himself up outside an army base southwest of Baghdad, killing 43 militiamen, officials said.\n\nThe attack in Radwaniya targeted members of the Sahwa.",
			"killing 43 militiamen", "Radwaniya"},
		{"a lead that names the city itself",
			"Bomber kills 43\n\nBAGHDAD (AP) - A suicide bomber blew himself up in Baghdad, killing 43 militiamen, officials said.\n\nThe attack in Radwaniya targeted members of the Sahwa.",
			"killing 43 militiamen", "Baghdad"},
		{"a headline's country and the lead's town",
			"Two journalists killed in Sierra Leone ambush\n\nFREETOWN, May 24 (Reuters) - Rebels ambushed a convoy near Rogberi Junction, about 90 km east of Freetown, the government said.",
			"Two journalists killed", "Rogberi Junction"},
		{"a headline's country and the lead's source's town",
			"Two journalists killed in Sierra Leone ambush\n\nFREETOWN, May 24 (Reuters) - Rebels ambushed a convoy, a doctor at the hospital in Kenema said.",
			"Two journalists killed", "Sierra Leone"},
	}
	checkFigurePlaces(t, tests)
}

// TestLeadPlaceLaterRegion: a town the gazetteer does not know, taken from
// the next paragraph, lies in the lead's wider place; a known town keeps
// the gazetteer's region.
func TestLeadPlaceLaterRegion(t *testing.T) {
	tests := []struct{ name, give, quote, wantName, wantRegion string }{
		{"an unknown town in the lead's city",
			"ABUJA, April 14 (Reuters) - A bomb tore through a bus station on the outskirts of Nigeria's capital on Monday, killing at least 71 people, police said.\n\nThe blast at Nyanya, about 8 km from the city centre, set dozens of buses on fire.",
			"killing at least 71 people", "Nyanya", "Abuja"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, c := range Extract(ingest.Article{ID: "p", Text: tt.give, Published: "2014-04-14"}) {
				if c.Quote != tt.quote {
					continue
				}
				if c.Location == nil || c.Location.Name != tt.wantName || c.Location.Region != tt.wantRegion {
					t.Errorf("%q: place %+v, want %s in %s", c.Quote, c.Location, tt.wantName, tt.wantRegion)
				}
				return
			}
			t.Fatalf("no figure %q", tt.quote)
		})
	}
}

// TestNamesTheIncident: "the" and a noun of an incident point back to the
// incident told before, also in the words of South Asian copy ("killed in
// the encounter"); another incident does not.
func TestNamesTheIncident(t *testing.T) {
	tests := []struct {
		give string
		want bool
	}{
		{"all three terrorists were killed in the encounter that lasted several hours.", true},
		{"two rebels died in the firefight, he said.", true},
		{"jnim claimed the attack, saying it had killed 300.", true},
		{"in a separate attack, gunmen killed 12 soldiers.", false},
		{"elections are due next month.", false},
	}
	for _, tt := range tests {
		if got := namesTheIncident(tt.give); got != tt.want {
			t.Errorf("namesTheIncident(%q) = %v, want %v", tt.give, got, tt.want)
		}
	}
}
