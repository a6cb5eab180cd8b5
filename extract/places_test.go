package extract

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestNormalisePlace(t *testing.T) {
	tests := []struct {
		name       string
		giveText   string
		wantName   string
		wantRegion string
		wantOK     bool
	}{
		{"canonical", "Saraqeb", "Saraqeb", "Idlib", true},
		{"alias", "Saraqib", "Saraqeb", "Idlib", true},
		{"deraa", "Deraa", "Daraa", "Syria", true},
		{"dar'a", "Dar'a", "Daraa", "Syria", true},
		{"province wording", "Deraa province", "Daraa", "Syria", true},
		{"province of", "the province of Idlib", "Idlib", "Syria", true},
		{"idlib city", "Idlib city", "Idlib city", "Idlib", true},
		{"kiswah", "al-Kiswah", "Kisweh", "Rif Dimashq", true},
		{"izraa", "Izraa", "Ezra", "Daraa", true},
		{"curly apostrophe", "Ma’arrat al-Nu’man", "Maaret al-Numan", "Idlib", true},
		{"zawiyah", "Jabal al-Zawiyah", "Jabal al-Zawiya", "Idlib", true},
		{"neirab", "Neirab", "Nairab", "Idlib", true},
		{"misrin", "Maarrat Misrin", "Maaret Musreen", "Idlib", true},
		{"town of", "the town of Saraqeb", "Saraqeb", "Idlib", true},
		{"possessive", "Idlib's", "Idlib", "Syria", true},
		{"kiev", "Kiev", "Kyiv", "Ukraine", true},
		{"khan yunis", "Khan Yunis", "Khan Younis", "Gaza", true},
		{"el fasher", "al-Fashir", "El Fasher", "North Darfur", true},
		{"hodeida", "Hudaydah", "Hodeidah", "Yemen", true},
		{"maiduguri", "Maiduguri", "Maiduguri", "Borno", true},
		{"unknown", "Springfield", "", "", false},
		{"empty", "", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := NormalisePlace(tt.giveText)
			if ok != tt.wantOK {
				t.Fatalf("NormalisePlace(%q) ok = %v, want %v", tt.giveText, ok, tt.wantOK)
			}
			if !ok {
				return
			}
			want := Place{Text: tt.giveText, Name: tt.wantName, Region: tt.wantRegion}
			if got != want {
				t.Errorf("NormalisePlace(%q) = %+v, want %+v", tt.giveText, got, want)
			}
		})
	}
}

func TestFindPlaces(t *testing.T) {
	tests := []struct {
		name     string
		giveText string
		want     []Place // Text and Name; Region is checked by TestNormalisePlace
	}{
		{"gazetteer names", "deployed in the villages of Binnish, Taftanaz and Maaret Musreen.",
			[]Place{{Text: "Binnish", Name: "Binnish"}, {Text: "Taftanaz", Name: "Taftanaz"}, {Text: "Maaret Musreen", Name: "Maaret Musreen"}}},
		{"an air base named without the article", "struck a training camp inside al-Anad air base in Lahj province",
			[]Place{{Text: "al-Anad air base", Name: "al-Anad"}, {Text: "Lahj", Name: "Lahj"}}},
		{"a route between two towns", "their vehicle was ambushed on the road between Zemio and Mboki",
			[]Place{{Text: "Zemio", Name: "Zemio"}}},
		{"no route between two peoples", "clashes between Fulani and Tiv communities",
			nil},
		{"longest alias wins", "attacks in Idlib province intensified",
			[]Place{{Text: "Idlib province", Name: "Idlib"}}},
		{"direction keeps the reference place", "seven foreign fighters in the Kisweh area south of Damascus",
			[]Place{{Text: "Kisweh", Name: "Kisweh"}, {Text: "south of Damascus", Name: "Damascus"}}},
		{"an adjective with a hyphen is no place", "died in Maoist-related violence in Bihar",
			[]Place{{Text: "Bihar", Name: "Bihar"}}},
		{"a base known by its number is in the town after it", "withdrew its troops from Air Base 201 in Agadez on Monday",
			[]Place{{Text: "Agadez", Name: "Agadez"}}},
		{"a town's dam is a place of its own", "Kurdish fighters recaptured the Mosul Dam on Sunday",
			[]Place{{Text: "Mosul Dam", Name: "Mosul Dam"}}},
		{"a name joined by 'de los' is one place", "a bomb went off in San Juan de los Lagos on Friday",
			[]Place{{Text: "San Juan de los Lagos", Name: "San Juan de los Lagos"}}},
		{"a name joined by 'de'", "on the outskirts of Tlajomulco de Zúñiga, a suburb of Guadalajara",
			[]Place{{Text: "Tlajomulco de Zúñiga", Name: "Tlajomulco de Zúñiga"}, {Text: "Guadalajara", Name: "Guadalajara"}}},
		{"a neighbourhood of the city named before", "a building in the al-Jadida neighbourhood of western Mosul",
			[]Place{{Text: "al-Jadida", Name: "al-Jadida"}, {Text: "Mosul", Name: "Mosul"}}},
		{"a people's quarter is no place", "a mob attacked houses in the Madurese quarter of Sampit",
			[]Place{{Text: "Sampit", Name: "Sampit"}}},
		{"a speaker's office is no place", "Capital City Police Officer Muhammad Ijaz Khan told reporters",
			nil},
		{"a name longer than a place's is no place", "a medical worker at Ahmadu Bello University Teaching Hospital in Zaria said",
			[]Place{{Text: "Zaria", Name: "Zaria"}}},
		{"a place's four words before a day", "gunmen opened fire at San Juan Del Sur Monday",
			[]Place{{Text: "San Juan Del Sur", Name: "San Juan Del Sur"}}},
		{"a faith's district is no place", "a bomb wrecked a bus in the Christian district of Ashrafiyeh",
			[]Place{{Text: "Ashrafiyeh", Name: "Ashrafiyeh"}}},
		{"a people's district is no place", "rioting spread in the Negro district of Watts",
			[]Place{{Text: "Watts", Name: "Watts"}}},
		{"a district of the city named before", "shelling of the city's Kirovskyi district killed one woman",
			[]Place{{Text: "Kirovskyi district", Name: "Kirovskyi"}}},
		{"the place of an attack", "the attack Tuesday on Dak Son, a settlement of 2,000 tribesmen",
			[]Place{{Text: "Dak Son", Name: "Dak Son"}}},
		{"the place of an assault, not its holder", "an assault on Taliban-held Marjah in Helmand",
			[]Place{{Text: "Marjah", Name: "Marjah"}, {Text: "Helmand", Name: "Helmand"}}},
		{"no owner", "a wave of strikes on Yemen's Houthis", nil},
		{"a settlement's name before its word", "The attack on Saturday night on Dalori village lasted four hours",
			[]Place{{Text: "Dalori", Name: "Dalori"}}},
		{"a front line", "had been killed since Friday at the Muhamalai front line",
			[]Place{{Text: "Muhamalai front", Name: "Muhamalai"}}},
		{"a place in an armed group's name is no place", "fighters of the Kosovo Liberation Army near Racak",
			[]Place{{Text: "Racak", Name: "Racak"}}},
		{"distance and direction", "Saraqeb, 15 km east of Idlib city, was entered",
			[]Place{{Text: "Saraqeb", Name: "Saraqeb"}, {Text: "15 km east of Idlib city", Name: "Idlib city"}}},
		{"spelling variants", "near Deraa and in the Ezra area of Daraa",
			[]Place{{Text: "Deraa", Name: "Daraa"}, {Text: "Ezra", Name: "Ezra"}, {Text: "Daraa", Name: "Daraa"}}},
		{"lower-case alias", "fighters near al-Kiswah were hit",
			[]Place{{Text: "al-Kiswah", Name: "Kisweh"}}},
		{"a state of a country", "ambushed police in the southern Mexican state of Guerrero",
			[]Place{{Text: "Guerrero", Name: "Guerrero"}}},
		{"over a city", "drones were shot down over Tabriz overnight",
			[]Place{{Text: "Tabriz", Name: "Tabriz"}}},
		{"a buffer zone", "launched an operation in the Guerguerat buffer zone",
			[]Place{{Text: "Guerguerat buffer zone", Name: "Guerguerat"}}},
		{"an air base", "drones fell near the Hmeimim air base overnight",
			[]Place{{Text: "Hmeimim air base", Name: "Hmeimim"}}},
		{"a position word alone is no name", "took back villages in Middle and Lower Shabelle",
			[]Place{{Text: "Lower Shabelle", Name: "Lower Shabelle"}}},
		{"a country's own port", "drones struck Sudan's Port Sudan naval base and Libya's Ras Lanuf oil terminal",
			[]Place{{Text: "Port Sudan", Name: "Port Sudan"}, {Text: "Ras Lanuf", Name: "Ras Lanuf"}}},
		{"a country's person is no place", "Pakistan's Shehbaz Sharif ordered a response", nil},
		{"a camp named after the verb and its article", "security forces raided the Kalma camp in South Darfur",
			[]Place{{Text: "Kalma", Name: "Kalma"}, {Text: "South Darfur", Name: "South Darfur"}}},
		{"a camp's name with an Arabic article", "the strike hit the al-Mazraq camp near the border",
			[]Place{{Text: "al-Mazraq", Name: "al-Mazraq"}}},
		{"an armed group's camp is no place", "troops attacked the Boko Haram camp at dawn", nil},
		{"a hill named before its word", "rebels stormed a post on the Patascoy hill at night",
			[]Place{{Text: "Patascoy hill", Name: "Patascoy"}}},
		{"a municipality and a direction from a known place", "camps in the municipality of Tibu and a base northwest of Ocana",
			[]Place{{Text: "Tibu", Name: "Tibu"}, {Text: "northwest of Ocana", Name: "Ocana"}}},
		{"a municipality and a direction from an unknown place", "camps in the municipality of Tibu and a base northwest of El Tarra",
			[]Place{{Text: "Tibu", Name: "Tibu"}, {Text: "El Tarra", Name: "El Tarra"}}},
		{"Russian regions drones reach", "drones were downed over the Bryansk and Voronezh regions and near Rostov-on-Don",
			[]Place{{Text: "Bryansk", Name: "Bryansk"}, {Text: "Voronezh", Name: "Voronezh"}, {Text: "Rostov-on-Don", Name: "Rostov"}}},
		{"a capital named after the word", "an air strike on Hamas leaders in the Qatari capital Doha on Tuesday",
			[]Place{{Text: "Doha", Name: "Doha"}}},
		{"a port of", "stormed a complex at the strategic port of Gwadar",
			[]Place{{Text: "Gwadar", Name: "Gwadar"}}},
		{"a region's city of a place", "opened fire near the southern Gaza city of Rafah",
			[]Place{{Text: "Rafah", Name: "Rafah"}}},
		{"agency in capitals is not a place", "State news agency SANA said", nil},
		{"lower-case word is not a place", "more than 580,000 civilians have fled turkey", nil},
		{"fallback after preposition", "Shelling hit homes in Kafr Nabl overnight.",
			[]Place{{Text: "Kafr Nabl", Name: "Kafr Nabl"}}},
		{"fallback village of", "the village of Tal Tamr was evacuated",
			[]Place{{Text: "Tal Tamr", Name: "Tal Tamr"}}},
		{"fallback above", "jets attacked positions in the hills above Dras on Thursday",
			[]Place{{Text: "Dras", Name: "Dras"}}},
		{"fallback outskirts of", "troops reached the outskirts of Kafr Nabl",
			[]Place{{Text: "Kafr Nabl", Name: "Kafr Nabl"}}},
		{"fallback out of", "the rebels were pushed out of Kafr Nabl towards the hills",
			[]Place{{Text: "Kafr Nabl", Name: "Kafr Nabl"}}},
		{"fallback crest of", "infantrymen fought back to the crest of Hill Eerie",
			[]Place{{Text: "Hill Eerie", Name: "Hill Eerie"}}},
		{"months and weekdays are not places", "It began in January and ended on Thursday in Kharkiv.",
			[]Place{{Text: "Kharkiv", Name: "Kharkiv"}}},
		{"organisations are not places", "said in a statement from the Syrian Foreign Ministry", nil},
		{"other conflicts", "Russian forces captured Avdiivka as drones hit Kharkiv and Gaza City",
			[]Place{{Text: "Avdiivka", Name: "Avdiivka"}, {Text: "Kharkiv", Name: "Kharkiv"}, {Text: "Gaza City", Name: "Gaza City"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Place
			for _, h := range findPlaces(tt.giveText) {
				if h.Start < 0 || h.End > len(tt.giveText) || tt.giveText[h.Start:h.End] != h.Place.Text {
					t.Fatalf("hit %+v does not match its span", h)
				}
				got = append(got, Place{Text: h.Place.Text, Name: h.Place.Name})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findPlaces() = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func BenchmarkFindPlaces(b *testing.B) {
	text := "Syrian forces backed by air strikes had on Wednesday encircled and entered Saraqeb, 15 km east of Idlib city, the Observatory said."
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		findPlaces(text)
	}
}

// TestFallbackNamesMatchRegexp holds fallbackNames, which reads the
// fallback place expression with closures, to package regexp's reading of
// it: on the sentences of the seeds and development sets, and on random
// sentences of locative words, names, odd spacing and letters that case
// folding treats specially.
func TestFallbackNamesMatchRegexp(t *testing.T) {
	words := strings.Fields("in near at into from around towards toward IN Near town village city Oblast of Of OF the " +
		"Idlib al-Bab ash-Sham El Kafr Nabl Ünye ÇAY Sa’ad Dnipro's x2 9Z - , . ſ \u212a")
	for _, s := range append(corpusSentences(t), randomTexts(1, words, 10)...) {
		var want [][2]int
		for _, m := range fallbackPlace.re.FindAllStringSubmatchIndex(s, -1) {
			want = append(want, [2]int{m[2], m[3]})
		}
		if got := fallbackNames(newSentIndex(s), nil); !reflect.DeepEqual(got, want) {
			t.Fatalf("fallbackNames(%q) = %v, want %v", s, got, want)
		}
	}
}

// randomTexts returns 20,000 strings of 1 to max words drawn from words,
// joined by odd spacing, from a seeded generator.
func randomTexts(seed uint64, words []string, max int) []string {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	spaces := []string{" ", "  ", "\n", "\t", ""}
	out := make([]string, 0, 20000)
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(max) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteString(spaces[rng.IntN(len(spaces))])
		}
		out = append(out, b.String())
	}
	return out
}

// TestTakenNamesMatchRegexp holds takenNames to takenPlace's matches over
// every sentence of the seeds and development sets (corpusSentences) and
// random strings made of the verbs, names and the characters around them.
func TestTakenNamesMatchRegexp(t *testing.T) {
	words := strings.Fields("captured captures capture seized seize retook retakes recaptured overran overrun " +
		"recapture xcaptured Mahas al-Watiya El Fasher Ünye the town Of 9 - , . ' captur overr")
	for _, text := range append(corpusSentences(t), randomTexts(3, words, 8)...) {
		var want [][2]int
		for _, m := range takenPlace.FindAllStringSubmatchIndex(text, -1) {
			want = append(want, [2]int{m[2], m[3]})
		}
		if got := takenNames(text); !slices.Equal(got, want) {
			t.Fatalf("takenNames(%q) = %v, want %v", text, got, want)
		}
	}
}
