package project

import (
	"testing"

	"github.com/claimline/claimline/extract"
)

// TestSameSpelling: transliterations of one name are one place; names of
// two places, or too short to tell, are not.
func TestSameSpelling(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Slovyansk", "Sloviansk", true},
		{"Sampur", "Sampoor", true},
		{"Hodeidah", "Hodeida", true},
		{"al-Tuhayta", "Tuhayta", true},
		{"El Fasher", "Al-Fasher", true},
		{"Douentza", "Duentza", true},
		{"Mossul", "Mosul", true},
		{"Kyiv", "Kiyv", false},
		// Ukrainian and Russian forms differ in vowels.
		{"Sloviansk", "Slavyansk", true},
		{"Andriivka", "Andreyevka", true},
		{"Kharkiv", "Kharkov", true},
		{"Sievierodonetsk", "Severodonetsk", true},
		{"Lysychansk", "Lisichansk", true},
		{"Klishchiivka", "Kleshcheyevka", true},
		{"Robotyne", "Rabotino", true},
		{"Horlivka", "Gorlovka", true},
		{"Avdiivka", "Avdeyevka", true},
		{"Chasiv Yar", "Chasov Yar", true},
		{"Beit Hanoun", "Beit Hanina", false}, // another count of vowels
		{"Kramatorsk", "Kostiantynivka", false},
		{"Mykolaiv", "Nikolaev", false},
		{"Kyiv", "Kiev", false}, // too few consonants to tell
		{"Marinka", "Maryinka", true},
		{"Bakhmut", "Bakhmach", false},
		{"Hodeidah", "Hudaydah", false}, // too few consonants to tell
		{"Ombra", "Umbra", false},       // another first letter
		{"Paletwa", "Poltava", false},   // vowels elsewhere
		{"Qantara", "Quneitra", false},
		{"Tartar", "Terter", true},
		{"Selidovo", "Selydove", true},
		{"Kidal", "Kital", false},
		{"Gaza", "Giza", false},
		{"Bor", "Boor", false}, // too short to tell
		{"Hama", "Homs", false},
		{"Marinka", "Avdiivka", false},
		{"Rafah", "Rafa", true},
		{"Zwolle", "Zvole", true},
		{"Khartoum", "Kharkiv", false},
		{"Маріуполь", "Mariupol", false}, // another script
		{"Idlib town 1", "Idlib town 11", false},
		{"Idlib town 2", "Idlib town 3", false},
		{"Sector 12", "Sector 12", true},
		{"Quneitra", "Kuneitra", true}, // an Arabic "q" written "k"
		{"Qasr-e-Shirin", "Kasr-e-Shirin", true},
		{"Djenne", "Jenne", true}, // French "dj" for "j"
		{"Qana", "Gana", false},
	}
	for _, tt := range tests {
		if got := sameSpelling(tt.a, tt.b); got != tt.want {
			t.Errorf("sameSpelling(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := sameSpelling(tt.b, tt.a); got != tt.want {
			t.Errorf("sameSpelling(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
		if tt.want && spellingKey(tt.a) != spellingKey(tt.b) {
			t.Errorf("spelling keys %q and %q differ", spellingKey(tt.a), spellingKey(tt.b))
		}
	}
}

// TestEventsSpelledAlike: reports of one event at a town spelled two ways
// join, dated or undated (hosted); towns of two regions with names spelled
// alike, and towns of two names, stay apart.
func TestEventsSpelledAlike(t *testing.T) {
	slov := place{name: "Slovyansk", base: "Slovyansk"}
	sloviansk := place{name: "Sloviansk", base: "Sloviansk", region: "Donetsk", country: "Ukraine"}
	inKharkiv := place{name: "Slovyansk", base: "Slovyansk", region: "Kharkiv", country: "Ukraine"}
	other := place{name: "Kramatorsk", base: "Kramatorsk", region: "Donetsk", country: "Ukraine"}
	ukrainian := place{name: "Sievierodonetsk", base: "Sievierodonetsk", region: "Luhansk", country: "Ukraine"}
	russian := place{name: "Severodonetsk", base: "Severodonetsk"}
	claim := func(id, action string, day int32, p place) *pclaim {
		return &pclaim{c: &extract.Claim{ID: id, Action: action}, art: &artView{id: id, pub: day + 1, hasPub: true},
			start: day, end: day, dated: true, actor: 1, place: p}
	}
	tests := []struct {
		name string
		give [2]*pclaim
		want bool
	}{
		{"one town spelled two ways", [2]*pclaim{
			claim("a", extract.ActionWithdraw, 100, slov), claim("b", extract.ActionWithdraw, 100, sloviansk)}, true},
		{"towns of two regions spelled alike", [2]*pclaim{
			claim("a", extract.ActionWithdraw, 100, sloviansk), claim("b", extract.ActionWithdraw, 100, inKharkiv)}, false},
		{"one town in Ukrainian and in Russian", [2]*pclaim{
			claim("a", extract.ActionWithdraw, 100, ukrainian), claim("b", extract.ActionWithdraw, 100, russian)}, true},
		{"two towns", [2]*pclaim{
			claim("a", extract.ActionWithdraw, 100, slov), claim("b", extract.ActionWithdraw, 100, other)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list := []*pclaim{tt.give[0], tt.give[1]}
			joinedPair(t, list, tt.want)
			// Undated, the second is hosted by the first's group alike.
			guest := *tt.give[1]
			guest.dated, guest.start, guest.end = false, 0, 0
			g := clusterEvents([]*pclaim{tt.give[0]})
			out := hostGuests(g, []*pclaim{&guest})
			if got := len(out[0]) == 1; got != tt.want {
				t.Errorf("hosted = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestEventsAtInstallation: a report at an installation nothing locates
// (an airport, a base) joins one at a town the same day by the same
// actor (as a country holds either); another day, another actor, or an
// installation located elsewhere stay apart.
func TestEventsAtInstallation(t *testing.T) {
	town := place{name: "Tripoli", base: "Tripoli", country: "Libya"}
	airport := place{name: "Mitiga International Airport", base: "Mitiga International Airport", unknown: true}
	located := place{name: "Benina Airport", base: "Benina Airport", region: "Benghazi", country: "Libya"}
	village := place{name: "Wadi Rabie", base: "Wadi Rabie", unknown: true}
	country := place{name: "Libya", base: "Libya", wide: true, country: "Libya"}
	claim := func(id string, day, actor int32, p place) *pclaim {
		return &pclaim{c: &extract.Claim{ID: id, Action: extract.ActionStrike}, art: &artView{id: id},
			start: day, end: day, dated: true, actor: actor, place: p}
	}
	tests := []struct {
		name string
		give [2]*pclaim
		want bool
	}{
		{"a town and its airport the same day", [2]*pclaim{claim("a", 100, 1, town), claim("b", 100, 1, airport)}, true},
		{"an airport and a town the same day", [2]*pclaim{claim("a", 100, 1, airport), claim("b", 100, 1, town)}, true},
		{"a day apart", [2]*pclaim{claim("a", 100, 1, town), claim("b", 101, 1, airport)}, false},
		{"two actors", [2]*pclaim{claim("a", 100, 1, town), claim("b", 100, 2, airport)}, false},
		{"no actor", [2]*pclaim{claim("a", 100, -1, town), claim("b", 100, -1, airport)}, false},
		{"an airport located elsewhere", [2]*pclaim{claim("a", 100, 1, town), claim("b", 100, 1, located)}, false},
		{"a place that is no installation", [2]*pclaim{claim("a", 100, 1, town), claim("b", 100, 1, village)}, false},
		{"an airport and a country", [2]*pclaim{claim("a", 100, 1, country), claim("b", 100, 1, airport)}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list := []*pclaim{tt.give[0], tt.give[1]}
			joinedPair(t, list, tt.want)
		})
	}
}

// TestLocatedIn: a quote locates one place in another by a location word
// following the first name closely, under either's spelling; names side
// by side, far apart or in two sentences are not located.
func TestLocatedIn(t *testing.T) {
	tests := []struct {
		quote, a, b string
		want        bool
	}{
		{"The Taliban seized Sheberghan in northern Jowzjan province on Saturday.", "Sheberghan", "Jowzjan", true},
		{"The Taliban seized Sheberghan in northern Jowzjan province on Saturday.", "Shibirghan", "Jowzjan", true},
		{"targeting the positions of the Houthi militias at al-Dulaimi air base in Sana'a", "al-Dulaimi", "Sanaa", true},
		{"Zaranj, the capital of Nimroz province, fell on Friday.", "Zaranj", "Nimroz", true},
		{"unidentified warplanes bombed Misrata positions in southern Tripoli", "Misrata", "Tripoli", true},
		{"The Taliban seized Sheberghan in northern Jowzjan province on Saturday.", "Jowzjan", "Sheberghan", false},
		{"Russian missiles struck Kharkiv and Izium on Monday.", "Kharkiv", "Izium", false},
		{"Fighting raged in Kharkiv. In Izium, shells fell on the market.", "Kharkiv", "Izium", false},
		{"Troops left Kramatorsk on Sunday and regrouped in the regional capital, Donetsk.", "Kramatorsk", "Donetsk", false},
	}
	for _, tt := range tests {
		if got := locatedIn(tt.quote, tt.a, tt.b); got != tt.want {
			t.Errorf("locatedIn(%q, %q, %q) = %v, want %v", tt.quote, tt.a, tt.b, got, tt.want)
		}
	}
}

// TestEventsPlacedThatDay: reports of one action the same day at two
// places neither holds join when a quote locates one in the other; on
// another day, or at places a quote only lists, they stay apart.
func TestEventsPlacedThatDay(t *testing.T) {
	city := place{name: "Shibirghan", base: "Shibirghan", unknown: true}
	province := place{name: "Jowzjan", base: "Jowzjan", unknown: true}
	other := place{name: "Zaranj", base: "Zaranj", unknown: true}
	claim := func(id string, day int32, p place, quote string) *pclaim {
		return &pclaim{c: &extract.Claim{ID: id, Action: extract.ActionCapture, Quote: quote}, art: &artView{id: id},
			start: day, end: day, dated: true, actor: 1, place: p}
	}
	located := "The Taliban seized a second provincial capital, overrunning Sheberghan in northern Jowzjan province."
	listed := "The Taliban seized Sheberghan and Jowzjan's other towns."
	tests := []struct {
		name string
		give [2]*pclaim
		want bool
	}{
		{"the town, then the province locating it", [2]*pclaim{
			claim("a", 100, city, "The Taliban took over Shibirghan."), claim("b", 100, province, located)}, true},
		{"the province locating it, then the town", [2]*pclaim{
			claim("a", 100, province, located), claim("b", 100, city, "The Taliban took over Shibirghan.")}, true},
		{"a day apart", [2]*pclaim{
			claim("a", 100, city, "The Taliban took over Shibirghan."), claim("b", 101, province, located)}, false},
		{"listed side by side", [2]*pclaim{
			claim("a", 100, city, "The Taliban took over Shibirghan."), claim("b", 100, province, listed)}, false},
		{"another town", [2]*pclaim{
			claim("a", 100, other, "The Taliban took over Zaranj."), claim("b", 100, province, located)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list := []*pclaim{tt.give[0], tt.give[1]}
			joinedPair(t, list, tt.want)
		})
	}
}
