package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimline/claimline/ingest"
)

func TestSplitSentencesOffsets(t *testing.T) {
	tests := []struct {
		name string
		give string
		want []string
	}{
		{"two sentences", "Seven soldiers died. The army said so.", []string{"Seven soldiers died.", "The army said so."}},
		{"abbreviation", "The Jan. 12 deal failed. Talks resumed.", []string{"The Jan. 12 deal failed.", "Talks resumed."}},
		{"quote close", "“They died,” he said. It ended.", []string{"“They died,” he said.", "It ended."}},
		{"lines are paragraphs", "Headline without stop\nBody text here.", []string{"Headline without stop", "Body text here."}},
		{"no-break spaces", "One.\u00a0\u00a0A\u00a0rare clash.", []string{"One.", "A\u00a0rare clash."}},
		{"header prefix", " date 2020-02-07 BEIRUT – Forces entered.", []string{"BEIRUT – Forces entered."}},
		{"noise lines", "Total Comments (0)\nCGTN\nSource(s): Reuters\nA caption. /Reuters Photo\nA caption. (AP)\nReal text.", []string{"Real text."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range splitSentences(tt.give) {
				got = append(got, tt.give[s.start:s.end])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseCount(t *testing.T) {
	tests := []struct {
		give      string
		wantValue int
		wantVague bool
	}{
		{"13", 13, false},
		{"2,200", 2200, false},
		{"seven", 7, false},
		{"twenty-three", 23, false},
		{"1.5 million", 1500000, false},
		{"two hundred", 200, false},
		{"a dozen", 12, false},
		{"dozens", 0, true},
		{"hundreds of thousands", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			toks := tokenize(tt.give, lowerASCII(tt.give), nil)
			c, ok := parseCount(toks, 0)
			if !ok || c.value != tt.wantValue || c.vague != tt.wantVague || c.next != len(toks) {
				t.Errorf("parseCount(%q) = %+v, %v", tt.give, c, ok)
			}
		})
	}
}

func TestExtractEmpty(t *testing.T) {
	for _, give := range []string{"", "   \n\n", "Search For Keyword."} {
		if got := Extract(ingest.Article{ID: "e", Text: give}); len(got) != 0 {
			t.Errorf("Extract(%q) = %v, want none", give, got)
		}
	}
}

func TestSideVocabulary(t *testing.T) {
	tests := []struct {
		give string
		host string
		want string
	}{
		{"13 syrian soldiers", "", "Syrian government forces"},
		{"70 regime personnel", "Syrian", "Syrian government forces"},
		{"a turkish civilian member of the military", "", "Turkish military"},
		{"12 pro-iran fighters", "", "pro-government militia"},
		{"five ukrainian servicemen", "", "Ukrainian military"},
		{"30 azeri soldiers", "", "Azerbaijani military"},
		{"30 palestinians", "", "Palestinians"},
		{"four policemen", "", "police"},
		{"20 opposition fighters", "Syrian", "rebels"},
		{"40 children", "", "civilians"},
		{"nine tanks", "", "unknown"},
		{"a senior commander of the iran-backed kataib hezbollah militia", "", "Kataib Hezbollah"},
		{"eight codeco militiamen", "", "CODECO"},
		{"14 insurgents", "", "militants"},
		{"70 soldiers and civilians", "Togolese", "unknown"},
		{"three separatist insurgents", "", "rebels"},
		{"12 pro-government militiamen", "", "pro-government militia"},
		{"a commander of the revolutionary guards", "", "Iranian military"},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			if got := sideOf(strings.Fields(tt.give), tt.host); got != tt.want {
				t.Errorf("sideOf(%q) = %q, want %q", tt.give, got, tt.want)
			}
		})
	}
}

// TestExtractDeterministic extracts every article of a development file
// many times and wants the same claims each time: no figure's side may
// depend on the order a map is read in.
func TestExtractDeterministic(t *testing.T) {
	for i, it := range loadDevsetFile(t, "testdata/devset/fresh3.jsonl") {
		a := ingest.Article{ID: "det", Text: it.Text, Published: it.Published}
		want := Extract(a)
		for run := 0; run < 20; run++ {
			got := Extract(a)
			if len(got) != len(want) {
				t.Fatalf("article %d run %d: %d claims, want %d", i, run, len(got), len(want))
			}
			for k := range got {
				if got[k].ID != want[k].ID || got[k].Kind == KindCasualty && got[k].Victims.Side != want[k].Victims.Side {
					t.Fatalf("article %d run %d: claim %d differs: %+v, want %+v", i, run, k, got[k], want[k])
				}
			}
		}
	}
}

// TestStartsAnaphoric checks startsAnaphoric against reAnaphoric on every
// word start of the corpus (raceSample's lines under the race detector)
// and on edge cases.
func TestStartsAnaphoric(t *testing.T) {
	texts := append(raceSample(corpusLines(t)), anaphoricSamples...)
	for _, text := range texts {
		lower := lowerASCII(text)
		for p := 0; p < len(lower); p++ {
			if p > 0 && !isRESpace(lower[p-1]) {
				continue
			}
			if got, want := startsAnaphoric(lower[p:]), reAnaphoric.MatchString(lower[p:]); got != want {
				t.Fatalf("startsAnaphoric(%q) = %v, want %v", lower[p:], got, want)
			}
		}
	}
}

// anaphoricSamples are edge cases of reAnaphoric.
var anaphoricSamples = []string{"the strikes", "the\tair  strike killed", "these two raids", "the 19", "the 19th",
	"their own fighters' bombardment", "the a b strikes", "the a b c strikes", "such", "the", "its\n\nassault on",
	"the air strikes_", "the airstrike.", "the air raid", "both 7-year", "the-strikes", "those dead", "the strike2"}

func FuzzStartsAnaphoric(f *testing.F) {
	fuzzAsRegexp(f, anaphoricSamples, "startsAnaphoric", startsAnaphoric, reAnaphoric)
}

// TestDateFromNextParagraph checks that a figure of the lead with no date
// of its own takes the day the next paragraph gives for the same attack,
// and that a figure with a date of its own or a later paragraph's period
// ("last month") does not.
func TestDateFromNextParagraph(t *testing.T) {
	tests := []struct {
		name, give, want string
	}{
		{"the attackers arrived", "KANO, Nigeria (AP) — Gunmen killed at least 18 villagers in Zamfara state, police said Wednesday.\n\n" +
			"The attackers arrived on motorcycles on Monday evening and opened fire on residents, police said.", "2023-08-07"},
		{"a period dates something else", "Gunmen killed 11 people at a mosque, police said.\n\n" +
			"Residents said the attack was revenge for a killing last month.", ""},
		{"a date of its own", "Gunmen killed 11 people at a mosque on Sunday, police said.\n\n" +
			"The attackers arrived on Monday evening.", "2023-08-06"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			for _, c := range Extract(ingest.Article{ID: "d", Text: tt.give, Published: "2023-08-09"}) {
				if c.Kind == KindCasualty && c.Date.Start != nil {
					got = *c.Date.Start
				}
			}
			if got != tt.want {
				t.Errorf("date = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestAttackDayLater checks that the lead's figures take the day a later
// paragraph gives the attack ("The attack took place on Monday") across a
// paragraph of figures with no date, and not across one with a date of its
// own.
func TestAttackDayLater(t *testing.T) {
	tests := []struct {
		name, give, want string
	}{
		{"across a paragraph of figures", "Jihadists killed 14 soldiers in an ambush near Boni, the army said.\n\n" +
			"Eight soldiers were wounded and four are missing, according to an army statement.\n\n" +
			"The attack took place on Monday afternoon on the road to Hombori, the statement said.", "2023-08-07"},
		{"not across a dated paragraph", "Jihadists killed 14 soldiers in an ambush near Boni, the army said.\n\n" +
			"On Sunday, a bomb wounded three people in Gao, police said.\n\n" +
			"The attack took place on Monday afternoon on the road to Hombori, the statement said.", "null"},
		{"not another attack", "Jihadists killed 14 soldiers in an ambush near Boni, the army said.\n\n" +
			"Eight soldiers were wounded, according to an army statement.\n\n" +
			"The earlier attack took place on Monday near Gao.", "null"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, c := range Extract(ingest.Article{ID: "l", Text: tt.give, Published: "2023-08-09"}) {
				if c.Kind == KindCasualty && c.Quote == "killed 14 soldiers" {
					if got := dayOrNull(c.Date.Start); got != tt.want {
						t.Errorf("date = %s, want %s", got, tt.want)
					}
					return
				}
			}
			t.Fatal("no figure of 14")
		})
	}
}

// TestAnaphoricDayLater checks that the lead's figures, dated only by when
// they were said, take the day the next paragraph gives after a noun that
// points back at the attack or its place ("for the blasts on Wednesday",
// "shelled the village on Wednesday"), and not a day given to something
// else.
func TestAnaphoricDayLater(t *testing.T) {
	tests := []struct {
		name, give, want string
	}{
		{"the attack's noun", "Gunmen killed 14 soldiers in an ambush near Boni, the army said on Wednesday.\n\n" +
			"The government blamed jihadists for the ambush on Monday, which also destroyed three trucks.", "2023-08-07"},
		{"the place's noun", "Gunmen killed 14 soldiers near the village of Boni, activists said on Wednesday.\n\n" +
			"The activists said militiamen stormed the village on Monday before setting houses on fire.", "2023-08-07"},
		{"not a day of something else", "Gunmen killed 14 soldiers in an ambush near Boni, the army said on Wednesday.\n\n" +
			"The government announced a curfew on Monday.", "null"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, c := range Extract(ingest.Article{ID: "l", Text: tt.give, Published: "2023-08-09"}) {
				if c.Kind == KindCasualty && c.Quote == "killed 14 soldiers" {
					if got := dayOrNull(c.Date.Start); got != tt.want {
						t.Errorf("date = %s, want %s", got, tt.want)
					}
					return
				}
			}
			t.Fatal("no figure of 14")
		})
	}
}

// TestDatelineAndHeadlineDates checks that a dateline's date does not date
// a figure its sentence dates otherwise, and that a headline's figure takes
// the source and date of the body's figure it repeats.
func TestDatelineAndHeadlineDates(t *testing.T) {
	tests := []struct {
		name, give, wantDate, wantSource string
	}{
		{"sentence date over the dateline's", "JERUSALEM, Nov 11 (Reuters) - Two Israeli soldiers were killed in fighting in southern Lebanon on Sunday, the military said.",
			"2024-11-10", "military"},
		{"a dateline naming the country after the city", "OMDURMAN, Sudan, Nov 11 (Reuters) - Shelling killed nine people in a market on Saturday, medics said.",
			"2024-11-09", "medics"},
		{"headline repeats the body", "Sumy toll rises to 35\n\nKYIV (Ukrinform) - The death toll from Sunday's missile strike on Sumy has risen to 35, the State Emergency Service said.",
			"2024-11-10", "State Emergency Service"},
		{"a headline's described source is the one the body names", "Shelling kills nine in Omdurman, governor says\n\nKHARTOUM (Reuters) - Shelling killed nine people in Omdurman on Sunday, regional governor Ahmed Osman said.",
			"2024-11-10", "Ahmed Osman"},
		{"headline names its source after a colon", "Two soldiers martyred in North Waziristan: ISPR\n\nRAWALPINDI: Security forces conducted an operation on Sunday.",
			"null", "ISPR"},
		{"a headline's installed officials are the one the body names", "Shelling of Donetsk market kills 27, Russian-installed officials say\n\nMOSCOW (Reuters) - Shelling of a market in Donetsk killed 27 people on Sunday, the Russian-installed head of the region, Denis Pushilin, said.",
			"2024-11-10", "Denis Pushilin"},
		{"a headline's toll takes the source and date of the body's count of another side", "Beach resort attack toll rises to 19\n\nABIDJAN (AFP) - President Alassane Ouattara said that 19 people, including 16 civilians and three soldiers, had been killed in the attack yesterday.",
			"2024-11-10", "Alassane Ouattara"},
		{"a day written day.month.year", "KANKER (PTI) - On 02.04.2024, 13 Maoists were killed in an encounter, police said.",
			"2024-04-02", "police"},
		{"a title-case city, its day and a colon open a dateline", "Srinagar, Nov 11: Two Army soldiers and two civilian porters were killed when militants ambushed an Army vehicle near Botapathri on Sunday evening, officials said.",
			"2024-11-10", "officials"},
		{"the period of a record dates no figure", "Twelve soldiers were killed in two attacks, the army said on Monday, in one of the deadliest days for the army this year.",
			"null", "army"},
		{"who puts a group's losses in the possessive at a figure", "KABUL (Reuters) - The Afghan defence ministry put the insurgents' losses on Sunday at 25.",
			"2024-11-10", "Afghan defence ministry"},
		{"a kicker that opens the headline is no source", "Ukraine: Kharkiv Strike Kills Five\n\nA Russian strike on Kharkiv killed five people on Sunday.",
			"2024-11-10", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, c := range Extract(ingest.Article{ID: "d", Text: tt.give, Published: "2024-11-11"}) {
				if c.Kind != KindCasualty {
					continue
				}
				if dayOrNull(c.Date.Start) != tt.wantDate || c.AttributedTo != tt.wantSource {
					t.Errorf("%q: date %s, source %q; want %s, %q", c.Quote, dayOrNull(c.Date.Start), c.AttributedTo, tt.wantDate, tt.wantSource)
				}
			}
		})
	}
}

// TestLeadIsNoHeadline checks that a first paragraph that ends with a full
// stop is the article's lead, not a headline: its figures keep their own
// source and place, and do not take those of a later figure of the same
// count.
func TestLeadIsNoHeadline(t *testing.T) {
	text := "A missile strike on the city of Odesa overnight killed four people, including a child, the air force said on Saturday.\n\n" +
		"Separately, Russian officials said a drone attack killed a man in the Belgorod region on Friday."
	want := map[string][2]string{ // quote -> source, place
		"killed four people":                    {"air force", "Odesa"},
		"killed four people, including a child": {"air force", "Odesa"},
		"killed a man":                          {"Russian officials", "Belgorod region"},
	}
	got := 0
	for _, c := range Extract(ingest.Article{ID: "d", Text: text, Published: "2024-11-09"}) {
		w, ok := want[c.Quote]
		if c.Kind != KindCasualty || !ok {
			continue
		}
		got++
		place := ""
		if c.Location != nil {
			place = c.Location.Text
		}
		if c.AttributedTo != w[0] || place != w[1] {
			t.Errorf("%q: source %q, place %q; want %q, %q", c.Quote, c.AttributedTo, place, w[0], w[1])
		}
	}
	if got != len(want) {
		t.Errorf("%d of the %d figures extracted", got, len(want))
	}
}

// TestRestatedFigures checks that a figure told again with no date of its
// own takes the day and place of its first telling, not a day carried from
// the sentence between, and that a figure of another count does not.
func TestRestatedFigures(t *testing.T) {
	text := "Gunmen stormed a village in Zamfara state overnight, killing at least 32 residents, police said on Monday.\n\n" +
		"A resident said he helped bury 35 bodies on Sunday morning.\n\n" +
		"Police spokesman Mohammed Shehu said 32 people were killed."
	want := map[string][3]string{ // quote -> start, end, place
		"killing at least 32 residents": {"2024-03-10", "2024-03-11", "Zamfara state"},
		"35 bodies":                     {"2024-03-10", "2024-03-10", "Zamfara state"},
		"32 people were killed":         {"2024-03-10", "2024-03-11", "Zamfara state"},
	}
	got := 0
	for _, c := range Extract(ingest.Article{ID: "r", Text: text, Published: "2024-03-11"}) {
		w, ok := want[c.Quote]
		if c.Kind != KindCasualty || !ok {
			continue
		}
		got++
		place := ""
		if c.Location != nil {
			place = c.Location.Text
		}
		if dayOrNull(c.Date.Start) != w[0] || dayOrNull(c.Date.End) != w[1] || place != w[2] {
			t.Errorf("%q: %s..%s at %q; want %s..%s at %q", c.Quote, dayOrNull(c.Date.Start), dayOrNull(c.Date.End), place, w[0], w[1], w[2])
		}
	}
	if got != len(want) {
		t.Errorf("%d of the %d figures extracted", got, len(want))
	}
}

// TestWidenedDates checks the dates widened by the words around their
// expression: a night into a day, a span between two dates, and a figure
// counted since a dated start.
func TestWidenedDates(t *testing.T) {
	tests := []struct {
		name, give, start, end string
	}{
		{"overnight into a day", "Rebels killed at least 42 people in attacks on villages overnight into Saturday, a local leader said.", "2024-06-07", "2024-06-08"},
		{"between two dates", "At least 1,554 people were killed in gang violence between 1 January and 22 March, the UN said.", "2024-01-01", "2024-03-22"},
		{"since a dated start", "Since the conflict began on 15 April 2023, more than 18,800 people have been killed, according to ACLED.", "2023-04-15", "2024-06-09"},
		{"since a longer clause with its verb before the date", "More than 90 people have been killed since fighting between two armed groups erupted on 16 January, the ombudsman said.", "2024-01-16", "2024-06-09"},
		{"a main clause's date after a since phrase", "The city had its deadliest day since the end of the siege of its old quarter on Friday, with 14 people killed, medics said.", "2024-06-07", "2024-06-07"},
		{"since an invasion in a month", "Since the full-scale invasion in February 2022, 11,743 civilians have been killed, the Mission said.", "2022-02-01", "2024-06-09"},
		{"the day a source told a news agency is no figure's", "Gunmen killed four villagers on Saturday, a local official said. He told Reuters by telephone on Sunday that two more people were missing.", "2024-06-08", "2024-06-08"},
		{"another source's toll of the same attack", "A car bomb killed 11 people at a market on Friday, police said. A rights group later put the toll at 14.", "2024-06-07", "2024-06-07"},
		{"overnight into a day, read from the day", "Drones struck the city overnight into Friday, killing two people, officials said.", "2024-06-06", "2024-06-07"},
		{"a part of the dead told before", "A strike killed 12 civilians on Friday, officials said. Four of the dead were children, a doctor said.", "2024-06-07", "2024-06-07"},
		{"earlier in the day is the day told before", "Gunmen killed seven villagers on Friday, police said. Earlier in the day, a roadside bomb killed two soldiers, the army said.", "2024-06-07", "2024-06-07"},
		{"since the start of the month", "Eight people have been killed since the start of the month, the UN said.", "2024-06-01", "2024-06-09"},
		{"a plain day stays", "A strike killed 12 civilians on Friday, officials said.", "2024-06-07", "2024-06-07"},
		{"the past week back from the day it was said", "The army said on Friday that it had killed 150 militants in the past week.", "2024-05-31", "2024-06-07"},
		{"a toll revised on a later day is the incident's", "Gunmen killed 12 villagers on Friday, police said.\n\nA local official said on Sunday that the number of people killed had risen to 19.", "2024-06-07", "2024-06-07"},
		{"a toll put by a day is the incident's", "An air strike killed 28 civilians on Thursday, medics said.\n\nBy Saturday evening, a rights group put the toll at 41.", "2024-06-06", "2024-06-06"},
		{"a toll that rose on a later day is the incident's", "Militants attacked a church on Friday, killing 15 people, officials said.\n\nThe death toll rose to 20 on Saturday, officials said.", "2024-06-07", "2024-06-07"},
		{"a toll revised after a sentence of another day", "Jihadists killed more than 100 soldiers in an attack on a base in Mansila on Tuesday, security sources said.\n\nJNIM claimed the attack in a statement on Wednesday.\n\nA local official said on Thursday that the number of soldiers killed had risen to about 130.", "2024-06-04", "2024-06-04"},
		{"a toll revised on a day that opens its sentence", "Militants attacked a bus on Friday, killing nine people, police said.\n\nThirty-three people were wounded, a police officer said.\n\nOn Saturday, a doctor said the number of injured had risen to 41.", "2024-06-07", "2024-06-07"},
		{"the night of two days", "Troops raided a hideout on the night of 5/6 June, during which eight terrorists were killed, the army said.", "2024-06-05", "2024-06-06"},
		{"another figure continues the report", "A building collapsed in Belgorod on Friday, killing 15 people, the ministry said. Another 27 people were injured, the governor said.", "2024-06-07", "2024-06-07"},
		{"table rows dated by a heading across months", "CASUALTIES (27 May - 3 June)\nKilled: 41 | Injured: 118", "2024-05-27", "2024-06-03"},
		{"table rows dated by their heading", "CASUALTIES (North Darfur, 1-5 June)\nKilled: 64 (including 19 children)\nInjured: 211", "2024-06-01", "2024-06-05"},
		{"the same period as the figure before", "At least 1,554 people were killed between 1 January and 22 March, the UN said. The office said 59 people had been lynched and killed over the same period.", "2024-01-01", "2024-03-22"},
		{"what began on one day and ended on the next", "Troops killed about 250 militants in fighting that began late on Thursday and ended on Friday, the army said.", "2024-06-06", "2024-06-07"},
		{"what lasted into the early hours of a day", "Another 1,080 people were injured in the violence, which started on Thursday evening and lasted into the early hours of Friday, a spokesman said.", "2024-06-06", "2024-06-07"},
		{"the span carried to the next sentence", "Troops stormed the complex in fighting that began late on Thursday and ended on Friday, the army said. A general said 59 soldiers had died.", "2024-06-06", "2024-06-07"},
		{"a figure a day after the sentence's day", "Rescuers searched the rubble in the city on Sunday, a day after a missile strike killed at least 30 people, officials said.", "2024-06-08", "2024-06-08"},
		{"a figure two days after the sentence's day", "Troops retook the town on Saturday, two days after militants stormed its base and killed 12 soldiers, a commander said.", "2024-06-06", "2024-06-06"},
		{"a figure in a participle of a 'two days after' clause", "Troops sealed off the beach on Sunday, two days after militants attacked it, killing 37 people.", "2024-06-07", "2024-06-07"},
		{"a figure with its own day after 'a day after'", "Rescuers searched the rubble on Sunday, a day after a strike on Friday killed 30 people, officials said.", "2024-06-07", "2024-06-07"},
		{"a day after a clause of another's stays", "Gunmen killed nine people on Friday, police said, and the curfew ended on Saturday.", "2024-06-07", "2024-06-07"},
		{"the place a source sits at is no other incident's", "Grenades were thrown into a crowd in Phnom Penh on Saturday morning, police said.\n\nMore than 100 people were wounded, according to the U.S. embassy.", "2024-06-08", "2024-06-08"},
		{"a province named as a police chief's", "A bomb exploded next to a van in Karachi on Saturday, police said.\n\nFour people were wounded, among them a guard, Sindh province's police chief, Mushtaq Mahar, told reporters at the scene.", "2024-06-08", "2024-06-08"},
		{"a count reached by a day is of the incident before", "Attackers killed 29 people at a station late on Friday, police said.\n\nBy Saturday morning the number of dead had risen to 31, the city government said.", "2024-06-07", "2024-06-07"},
		{"a date in a clause before 'and' gives way to the figure's own", "The army said it had shot down two planes last night and killed 24 fighters in clashes near the border on Friday.", "2024-06-07", "2024-06-07"},
		{"a time told relative to another is not carried", "A truck bomb exploded outside a housing complex late on Friday, killing 19 airmen, officials said.\n\nA spokesman said sentries had begun evacuating the building minutes before it exploded.\n\nSaudi officials said three of the dead were Saudi civilians.", "2024-06-07", "2024-06-07"},
		{"since a start told by a passive", "More than 250 people have been killed since the result was announced on Friday, according to the Red Cross.", "2024-06-07", "2024-06-09"},
		{"a day told with no place dates a figure at a place", "Security forces killed 114 people across the country on Saturday, a news portal said.\n\nAt least 29 people were killed in the city of Mandalay, a rights group said.", "2024-06-08", "2024-06-08"},
		{"a toll reached by a time is of the day before", "The toll rose to 69 dead by this morning, a police spokesman said, after police opened fire yesterday on a crowd.", "2024-06-08", "2024-06-08"},
		{"since a clause with its verb before the object", "More than 65,000 people have been killed since the rebels began fighting for a homeland in 1983.", "1983-01-01", "2024-06-09"},
		{"since a loss told in a clause", "At least 2,100 people have been killed in attacks in the desert since the group lost its last territory in 2019.", "2019-01-01", "2024-06-09"},
		{"a war's start told with what happened then", "The war, which began in 2014 when the rebels seized the capital, has killed more than 150,000 people, according to ACLED.", "2014-01-01", "2024-06-09"},
		{"a relative clause telling when a war began", "The insurgency, which began in May 1980, has cost more than 1,500 lives, according to government figures.", "1980-05-01", "2024-06-09"},
		{"a relative clause telling when a war began, told with 'killed'", "The war, which erupted in April 2023, has killed more than 20,000 people, the U.N. said.", "2023-04-01", "2024-06-09"},
		{"a report said in a statement goes on with the raids told before", "Jets bombed rebel positions on Friday, the army said.\n\nThe rebels said in a statement posted on their website that the raids had killed four civilians.", "2024-06-07", "2024-06-07"},
		{"the time a toll stood at is the count's", "A missile hit a building on Friday, killing five people, the prosecutor said.\n\nThe governor said the toll had stood at three on Saturday.", "2024-06-07", "2024-06-07"},
		{"the day an earlier toll was given is the count's", "Fighters attacked a village on Saturday night, killing at least 86 people.\n\nThe death toll rose from 65 on Sunday as more bodies were recovered, police said.", "2024-06-08", "2024-06-08"},
		{"days earlier than the day told before", "A blast hit a market on Friday, officials said.\n\nTwo days earlier, 14 people were killed in a blast at another market, according to officials.", "2024-06-05", "2024-06-05"},
		{"an earlier deed of the victims dates none of them", "The army said on Sunday it had killed 20 militants in overnight strikes in the north, including two commanders involved in the October 7 attack.", "2024-06-08", "2024-06-09"},
		{"since an undated start carries no date", "Russian forces lost 300 servicemen over the past day, the ministry said. In total, since the start of hostilities in the area, the enemy has lost more than 31,400 servicemen, it said.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			for _, c := range Extract(ingest.Article{ID: "w", Text: tt.give, Published: "2024-06-09"}) {
				if c.Kind != KindCasualty {
					continue
				}
				n++
				if tt.start == "" {
					// Only the last figure is checked.
					if c.Count.Value == nil || *c.Count.Value != 31400 {
						continue
					}
					if c.Date.Start != nil {
						t.Errorf("%q: %s..%s from %q, want no date", c.Quote, dayOrNull(c.Date.Start), dayOrNull(c.Date.End), c.Date.Expression)
					}
					continue
				}
				if dayOrNull(c.Date.Start) != tt.start || dayOrNull(c.Date.End) != tt.end {
					t.Errorf("%q: %s..%s from %q, want %s..%s", c.Quote, dayOrNull(c.Date.Start), dayOrNull(c.Date.End), c.Date.Expression, tt.start, tt.end)
				}
			}
			if n == 0 {
				t.Fatal("no casualty claims")
			}
		})
	}
}

// TestFutureInReportedSpeech: a weekday after "would" in reported speech
// is a day to come ("said talks would be held ... on Thursday").
func TestFutureInReportedSpeech(t *testing.T) {
	tests := []struct {
		text, action, want string
	}{
		{"Azerbaijan said talks with Karabakh's Armenians would be held in the city of Yevlakh on Thursday.", ActionTalks, "2023-09-21"},
		// The day it was said, not a day to come: "expected" tells what
		// Ankara expects, after the date.
		{"The minister said on Monday that Ankara expected Russia to immediately stop the government attacks.", ActionStrike, "2023-09-18"},
	}
	for _, tt := range tests {
		var got string
		for _, c := range Extract(ingest.Article{ID: "f", Text: tt.text, Published: "2023-09-20"}) {
			if c.Kind == KindEvent && c.Action == tt.action && c.Date.Start != nil {
				got = *c.Date.Start
			}
		}
		if got != tt.want {
			t.Errorf("%s in %q dated %q, want %q", tt.action, tt.text, got, tt.want)
		}
	}
}

// TestSplitSentencesRunOn checks that a line longer than maxSentence
// without a sentence end is read in pieces no longer than maxSentence,
// cut after a semicolon, else a comma, else at a space, else between
// runes, and that the pieces hold all of its words in order.
func TestSplitSentencesRunOn(t *testing.T) {
	tests := []struct {
		name    string
		give    string
		wantCut string // what the first piece ends with ("": before a space)
	}{
		{"semicolon", strings.Repeat("soldiers were killed in the south; ", 60), ";"},
		{"comma", strings.Repeat("soldiers were killed in the south, ", 60), ","},
		{"spaces", strings.Repeat("soldiers were killed in the south ", 60), ""}, // before a space
		{"no spaces", strings.Repeat("é", 1500), "é"},
		{"commas win over later spaces", strings.Repeat("a ", 300) + "x, " + strings.Repeat("b ", 300), "x,"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents := splitSentences(tt.give)
			if len(sents) < 2 {
				t.Fatalf("%d bytes read as %d sentence(s)", len(tt.give), len(sents))
			}
			var words []string
			for i, s := range sents {
				piece := tt.give[s.start:s.end]
				if len(piece) > maxSentence {
					t.Errorf("piece %d is %d bytes, want at most %d", i, len(piece), maxSentence)
				}
				if !utf8.ValidString(piece) {
					t.Errorf("piece %d cuts a rune: %q", i, piece[len(piece)-4:])
				}
				words = append(words, strings.Fields(piece)...)
			}
			if tt.wantCut == "" && tt.give[sents[0].end] != ' ' {
				t.Errorf("first piece ends inside a word: %q", tt.give[sents[0].end-10:sents[0].end+10])
			}
			if got := tt.give[sents[0].start:sents[0].end]; !strings.HasSuffix(got, tt.wantCut) {
				t.Errorf("first piece ends %q, want it to end with %q", got[max(0, len(got)-20):], tt.wantCut)
			}
			if tt.name != "no spaces" && strings.Join(words, " ") != strings.Join(strings.Fields(tt.give), " ") {
				t.Error("the pieces do not hold the line's words in order")
			}
		})
	}
	// A sentence of news copy, however long, is read whole.
	long := "Seven soldiers were killed and " + strings.Repeat("twelve others were wounded, ", 30) + "the ministry said."
	if got := splitSentences(long); len(got) != 1 || len(long) > maxSentence {
		t.Errorf("a %d-byte sentence read as %d", len(long), len(got))
	}
}

// TestDescribedSource checks that a lower-case source resolves to the
// source named before whose description it is, only when that description
// is written before the sentence, and that a remembered search gives the
// same answer as a fresh one.
func TestDescribedSource(t *testing.T) {
	text := "The Magen David Adom rescue service said 12 were hurt. Later the rescue service said 14. The Red Crescent field team said 3."
	named := []string{"Red Crescent", "Magen David Adom"}
	var firstAt map[string]int
	tests := []struct {
		who    string
		before int
		want   string
	}{
		{"rescue service", strings.Index(text, "Later"), "Magen David Adom"},
		{"rescue service", strings.Index(text, "Adom"), ""}, // not yet written whole
		{"field team", strings.Index(text, "Later"), ""},
		{"field team", len(text), "Red Crescent"},
		{"service", len(text), ""}, // one word: a short form, not a description
		{"Rescue Service", len(text), ""},
	}
	for _, tt := range tests {
		for round := range 2 { // the second round reads firstAt
			if got := describedSource(named, tt.who, text, tt.before, &firstAt); got != tt.want {
				t.Errorf("round %d: describedSource(%q, before %d) = %q, want %q", round, tt.who, tt.before, got, tt.want)
			}
		}
	}
}

// TestShortenedSource: "the Nigerien official" is short for the
// "Nigerien security official" named before, not for a source whose last
// word differs.
func TestShortenedSource(t *testing.T) {
	named := []string{"U.S. Africa Command", "Nigerien security official"}
	tests := []struct{ who, want string }{
		{"Nigerien official", "Nigerien security official"},
		{"security official", "Nigerien security official"},
		{"Nigerien officials", ""},
		{"official", ""},
		{"Africa Command", ""}, // a name's last word is no description's
	}
	for _, tt := range tests {
		if got := shortenedSource(named, tt.who); got != tt.want {
			t.Errorf("shortenedSource(%q) = %q, want %q", tt.who, got, tt.want)
		}
	}
	text := "At least four soldiers died, a Nigerien security official said. The attackers had lost a dozen fighters, the Nigerien official said."
	for _, c := range Extract(ingest.Article{ID: "s", Text: text}) {
		if c.Kind == KindCasualty && c.AttributedTo != "Nigerien security official" {
			t.Errorf("%q attributed to %q", c.Quote, c.AttributedTo)
		}
	}
}

// TestTollPutAtOnDay: the day a toll was put at a number ("had put the
// number of dead at 276 on Sunday") is when it was given, not when the
// dead died.
func TestTollPutAtOnDay(t *testing.T) {
	text := "A truck bomb exploded in Mogadishu on Saturday, killing at least 300 people, officials said on Monday.\n\n" +
		"The information minister had put the number of dead at 276 on Sunday."
	for _, c := range Extract(ingest.Article{ID: "d", Text: text, Published: "2017-10-16"}) {
		if c.Kind == KindCasualty && c.Count.Value != nil && *c.Count.Value == 276 {
			if got := dayOrNull(c.Date.Start); got != "2017-10-14" {
				t.Errorf("date = %s, want 2017-10-14", got)
			}
			return
		}
	}
	t.Fatal("no figure of 276")
}

// TestTellsEarlier: a sentence telling what came before the incident it
// follows ("came a week after", "in retaliation for") starts no date carry
// of its own; "followed by" and "came under fire" tell the same incident.
func TestTellsEarlier(t *testing.T) {
	tests := []struct {
		give string
		want bool
	}{
		{"the attack came after gunmen killed 58 people", true},
		{"the attack comes a week after 23 worshippers were killed", true},
		{"the raid came less than a week after gunmen killed 58 people", true},
		{"the strike came just 24 hours after a drone hit the base", true},
		{"the bombing came two days after talks collapsed", true},
		{"it was carried out in retaliation for the killing of a commander", true},
		{"the shelling followed a night of clashes", true},
		{"an explosion followed by gunfire killed 12", false},
		{"the convoy came under fire near the town", false},
		{"troops came into the village after dawn and killed 9", false},
		{"police said 12 people were killed", false},
	}
	for _, tt := range tests {
		if got := tellsEarlier(tt.give); got != tt.want {
			t.Errorf("tellsEarlier(%q) = %v, want %v", tt.give, got, tt.want)
		}
	}
}

// TestEarlierIncidentKeepsNoCarriedDate: a figure told in a sentence about
// what came before the lead incident does not take the lead's day.
func TestEarlierIncidentKeepsNoCarriedDate(t *testing.T) {
	a := ingest.Article{ID: "t", Published: "2024-05-22", Text: "Gunmen killed 11 villagers in Zamfara state on Tuesday, police said.\n\n" +
		"The attack comes a week after 23 worshippers were killed in a mosque in Katsina state."}
	var found bool
	for _, c := range Extract(a) {
		if c.Kind != KindCasualty || c.Count.Value == nil {
			continue
		}
		switch *c.Count.Value {
		case 11:
			if c.Date.Start == nil || *c.Date.Start != "2024-05-21" {
				t.Errorf("the 11 killed dated %v, want 2024-05-21", c.Date.Start)
			}
		case 23:
			found = true
			if c.Date.Start != nil {
				t.Errorf("the 23 killed a week before dated %s, want no day", *c.Date.Start)
			}
		}
	}
	if !found {
		t.Error("the 23 killed were not read")
	}
}

// TestDayToComeDatesNoFigure checks that a day after publication told
// before an undated figure ("campaigning for the Oct. 5 general
// election") does not date it: no one was killed on a day to come.
func TestDayToComeDatesNoFigure(t *testing.T) {
	a := ingest.Article{ID: "t", Published: "1980-09-27", Text: "MUNICH (AP) - A bomb exploded last night, killing a dozen people, police said today.\n\n" +
		"Chancellor Helmut Schmidt broke off a tour on Oct. 5.\n\n" +
		"It was the worst attack since 1972. Eleven Israelis were killed."}
	var found bool
	for _, c := range Extract(a) {
		if c.Kind != KindCasualty || c.Count.Value == nil || *c.Count.Value != 11 {
			continue
		}
		found = true
		if c.Date.Start != nil && *c.Date.Start > a.Published {
			t.Errorf("the 11 killed dated %s, after publication", *c.Date.Start)
		}
	}
	if !found {
		t.Error("the 11 killed were not read")
	}
}

// TestTodayOfTheDateline checks that "today" in a report datelined the
// day before its publication is the dateline's day.
func TestTodayOfTheDateline(t *testing.T) {
	a := ingest.Article{ID: "t", Published: "1993-09-23", Text: "Plane hit\n\nSUKHUMI, September 22 (Itar-Tass) -- A missile hit a Tu-154 passenger aircraft today, killing more than 80 people."}
	var found bool
	for _, c := range Extract(a) {
		if c.Kind != KindCasualty {
			continue
		}
		found = true
		if c.Date.Start == nil || *c.Date.Start != "1993-09-22" {
			t.Errorf("%q dated %v, want 1993-09-22", c.Quote, c.Date.Start)
		}
	}
	if !found {
		t.Error("no figure read")
	}
}

// TestStatementOnAnotherStatementsDay checks that a source said "on the
// same day" as another spoke does not date its figures by the day of
// the events told before it, nor the figures that follow it.
func TestStatementOnAnotherStatementsDay(t *testing.T) {
	a := ingest.Article{ID: "t", Published: "2020-02-07", Text: "The foreign minister said on Thursday that the attacks killed eight soldiers on Monday.\n\n" +
		"Russia said on the same day that some of its troops had been killed in militant attacks in Syria's Idlib province.\n\n" +
		"The defence ministry said that two military advisers were also killed."}
	// (An unknown number of troops may give way to the two advisers of
	// the same side told after it.)
	want := map[string]string{"eight soldiers": "2020-02-03", "some of its troops": "", "two military advisers": ""}
	seen := 0
	for _, c := range Extract(a) {
		if c.Kind != KindCasualty {
			continue
		}
		for quote, day := range want {
			if !strings.Contains(c.Quote, quote) {
				continue
			}
			seen++
			got := ""
			if c.Date.Start != nil {
				got = *c.Date.Start
			}
			if got != day {
				t.Errorf("%q dated %q, want %q", c.Quote, got, day)
			}
		}
	}
	if seen < len(want)-1 {
		t.Errorf("%d of the %d figures read", seen, len(want))
	}
}

// TestStatementsSplitByDay checks that figures of one statement told on
// different days become two statements, and that figures of one day stay
// one.
func TestStatementsSplitByDay(t *testing.T) {
	tests := []struct {
		name, give string
		wantSame   bool
	}{
		{"two days", "The army said it killed 15 fighters on Sunday, two days after militants attacked a beach in the capital, killing 37 people.", false},
		{"one day", "Shelling killed three soldiers and two civilians on Sunday, officials said.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stmts []int
			for _, c := range Extract(ingest.Article{ID: "s", Text: tt.give, Published: "2024-06-10"}) {
				if c.Kind == KindCasualty {
					stmts = append(stmts, c.Statement)
				}
			}
			if len(stmts) != 2 {
				t.Fatalf("%d figures, want 2", len(stmts))
			}
			if same := stmts[0] == stmts[1]; same != tt.wantSame {
				t.Errorf("statements %v: same = %v, want %v", stmts, same, tt.wantSame)
			}
		})
	}
}

// TestSportsReportHasNoEvents checks that a match report's war words
// ("pounded the attack", "overran", "retreated") make no events, and that
// one sport word in a war report does not silence it.
func TestSportsReportHasNoEvents(t *testing.T) {
	match := "Hosts pound visitors to level series\n\nThe openers pounded the attack for 90 runs in the first ten overs, and the visitors retreated after losing three wickets in an over. The one-day series is level at 1-1."
	for _, c := range Extract(ingest.Article{ID: "m", Text: match, Published: "2019-03-03"}) {
		if c.Kind == KindEvent {
			t.Errorf("match report: event %s %q", c.Action, c.Quote)
		}
	}
	war := "Rocket hits football pitch\n\nA rocket hit a football pitch in the town of Metula on Saturday, the army said."
	n := 0
	for _, c := range Extract(ingest.Article{ID: "w", Text: war, Published: "2024-07-28"}) {
		if c.Kind == KindEvent {
			n++
		}
	}
	if n == 0 {
		t.Error("war report with a sport word: no events")
	}
}

// TestEnemyLosses checks that the losses a speaker puts on "the enemy" are
// the other nation's, not the speaker's own, in the sentence that names
// the source and in a later paragraph of the same statement.
func TestEnemyLosses(t *testing.T) {
	text := "The Russian defence ministry said its units repelled five attacks by assault groups of the Armed Forces of Ukraine. " +
		"The enemy lost up to 60 servicemen and two tanks.\n\n" +
		"In the Donetsk direction, the enemy's losses amounted to up to 240 servicemen."
	n := 0
	for _, c := range Extract(ingest.Article{ID: "e", Text: text, Published: "2024-05-20"}) {
		if c.Kind != KindCasualty {
			continue
		}
		n++
		if c.Victims == nil || c.Victims.Side != "Ukrainian military" {
			t.Errorf("%q: side %v, want Ukrainian military", c.Quote, c.Victims)
		}
	}
	if n != 2 {
		t.Errorf("%d figures, want 2", n)
	}
}

// TestMedicalSourceSeatIsNoPlace checks that the town a medical source
// sits in is not the place of its figure, which goes on with the
// incident told before it: its place and its day.
func TestMedicalSourceSeatIsNoPlace(t *testing.T) {
	a := ingest.Article{ID: "t", Published: "2011-04-19", Text: "Rebels killed at least 20 soldiers at a camp south of Batticaloa on Monday night, the military said on Tuesday.\n\n" +
		"The rebels struck the camp at Kokkadicholai, security sources said. Hospital sources in Batticaloa said 14 soldiers were wounded."}
	var found bool
	for _, c := range Extract(a) {
		if c.Kind != KindCasualty || c.Count == nil || c.Count.Value == nil || *c.Count.Value != 14 {
			continue
		}
		found = true
		if c.Location == nil || c.Location.Name != "Kokkadicholai" {
			t.Errorf("the 14 wounded placed at %v, want Kokkadicholai", c.Location)
		}
		if c.Date.Start == nil || *c.Date.Start != "2011-04-18" {
			t.Errorf("the 14 wounded dated %v, want 2011-04-18", c.Date.Start)
		}
	}
	if !found {
		t.Error("the 14 wounded were not read")
	}
}

// TestRelativeClauseDateNotCarried checks that a date in a relative clause
// about someone ("gunmen who had killed two policemen on Friday") dates
// that clause's figure and is not carried to the sentences after it.
func TestRelativeClauseDateNotCarried(t *testing.T) {
	for _, tc := range []struct {
		text      string
		value     int
		wantStart string // "" for no day
	}{
		{"Gunmen who had killed two policemen on Friday stormed a checkpoint near the town. Three soldiers were wounded in the attack.", 3, ""},
		{"Gunmen who had killed two policemen on Friday stormed a checkpoint near the town. Three soldiers were wounded in the attack.", 2, "2020-01-10"},
		{"Gunmen stormed a checkpoint near the town on Friday. Three soldiers were wounded in the attack.", 3, "2020-01-10"},
	} {
		found := false
		for _, c := range Extract(ingest.Article{ID: "t", Published: "2020-01-12", Text: tc.text}) {
			if c.Kind != KindCasualty || c.Count == nil || c.Count.Value == nil || *c.Count.Value != tc.value {
				continue
			}
			found = true
			got := ""
			if c.Date.Start != nil {
				got = *c.Date.Start
			}
			if got != tc.wantStart {
				t.Errorf("%q: the %d dated %q, want %q", tc.text, tc.value, got, tc.wantStart)
			}
		}
		if !found {
			t.Errorf("%q: the %d were not read", tc.text, tc.value)
		}
	}
}

// TestTitledSource: a lone title ("the minister said") points back to the
// person named before with that title among the words before the name.
func TestTitledSource(t *testing.T) {
	text := "Home Minister Asaduzzaman Khan said 147 died. A tally by the Prothom Alo newspaper put it at 201. The minister said more."
	named := []string{"Asaduzzaman Khan", "Prothom Alo"}
	before := strings.Index(text, "The minister")
	tests := []struct{ who, want string }{
		{"minister", "Asaduzzaman Khan"},
		{"governor", ""},  // no governor was named
		{"spokesman", ""}, // not a title of office: a back-reference of its own
		{"newspaper", ""}, // not a person's title
	}
	for _, tt := range tests {
		if got := titledSource(named, tt.who, text, before); got != tt.want {
			t.Errorf("titledSource(%q) = %q, want %q", tt.who, got, tt.want)
		}
	}
	if got := titledSource(named, "minister", text, strings.Index(text, "Asaduzzaman")); got != "" {
		t.Errorf("titledSource before the name is written = %q, want none", got)
	}
}

// TestSameSourceDateCarried: a sentence whose source spoke before with a
// date takes that date, not the one another source gave in between.
func TestSameSourceDateCarried(t *testing.T) {
	text := "DHAKA, July 24 (Reuters) - At least 147 people were killed in last week's clashes, Home Minister Asaduzzaman Khan told reporters on Wednesday.\n\n" +
		"A tally by the Prothom Alo newspaper put the number of people killed between July 18 and July 21 at 201.\n\n" +
		"\"Among the dead are three policemen,\" the minister said."
	var found bool
	for _, c := range Extract(ingest.Article{ID: "t", Text: text, Published: "2024-07-24"}) {
		if c.Kind != KindCasualty || c.Count.Value == nil || *c.Count.Value != 3 {
			continue
		}
		found = true
		if c.AttributedTo != "Asaduzzaman Khan" {
			t.Errorf("the three policemen attributed to %q, want Asaduzzaman Khan", c.AttributedTo)
		}
		if c.Date.Expression != "last week" {
			t.Errorf("the three policemen dated by %q, want \"last week\"", c.Date.Expression)
		}
	}
	if !found {
		t.Error("the three policemen were not read")
	}
}

// TestRevisedTollSourceAndDay: "X revised down the death toll from ... to
// 115 on Saturday" names the toll's source, and Saturday is when the toll
// was revised, not when the dead died.
func TestRevisedTollSourceAndDay(t *testing.T) {
	text := "A truck bomb tore through a market on Friday evening, police said.\n\n" +
		"Iraqi officials revised down the death toll from the bombing at the market to 115 on Saturday."
	var found bool
	for _, c := range Extract(ingest.Article{ID: "t", Text: text, Published: "2015-07-18"}) {
		if c.Kind != KindCasualty || c.Count.Value == nil || *c.Count.Value != 115 {
			continue
		}
		found = true
		if c.AttributedTo != "Iraqi officials" {
			t.Errorf("the 115 attributed to %q, want Iraqi officials", c.AttributedTo)
		}
		if got := dayOrNull(c.Date.Start); got != "2015-07-17" {
			t.Errorf("the 115 dated %s, want 2015-07-17", got)
		}
	}
	if !found {
		t.Error("the 115 were not read")
	}
	for _, tt := range []struct {
		give string
		want bool
	}{
		{"revised down the death toll from the bombing at the market to 115 on saturday", true},
		{"the figure was revised down to 115 on saturday", true},
		{"raised the toll to 35 on monday", true},
		{"sent the wounded from the market to 115 on saturday", false},
	} {
		if got := tollUpdateDate(tt.give, strings.LastIndex(tt.give, "on ")); got != tt.want {
			t.Errorf("tollUpdateDate(%q) = %v, want %v", tt.give, got, tt.want)
		}
	}
}

// TestSpeakerSeatAndOfficeNotCarried: the seat of a speaker ("a UN
// official in Kigali said") and the area of a victim's office ("the
// interior minister of Ingushetia") are not carried to the figures of the
// sentences after them.
func TestSpeakerSeatAndOfficeNotCarried(t *testing.T) {
	text := "Troops opened fire on displaced people in the Kibeho camp on Saturday, killing hundreds, aid workers said.\n\n" +
		"Medics counted some 4,200 bodies in the camp, a UN official in Kigali said. Another 650 people were wounded, he said."
	for _, c := range Extract(ingest.Article{ID: "t", Text: text, Published: "1995-04-24"}) {
		if c.Kind == KindCasualty && c.Location != nil && c.Location.Name == "Kigali" {
			t.Errorf("%q placed in Kigali, the speaker's seat", c.Quote)
		}
	}
	for _, tt := range []struct {
		give, place string
		want        bool
	}{
		{"including the acting interior minister of Ingushetia", "Ingushetia", true},
		{"the governor of the province", "province", true},
		{"the mayor of Sanaa", "Sanaa", true},
		{"the villages of Divoselo", "Divoselo", false},
		{"the outskirts of Sanaa", "Sanaa", false},
	} {
		k := strings.Index(tt.give, tt.place)
		if got := officeOfPlace(tt.give, placeHit{Start: k, End: k + len(tt.place)}); got != tt.want {
			t.Errorf("officeOfPlace(%q) = %v, want %v", tt.give, got, tt.want)
		}
	}
}

// TestSinceThenDate: "since then" spans from the date the sentence before
// gave after its "since" (even one telling a record: "the worst attack
// since the insurgency began in 1989") to publication.
func TestSinceThenDate(t *testing.T) {
	text := "Gunmen killed 23 villagers on Saturday night, police said.\n\n" +
		"It was the worst attack since the insurgency began in 1989. More than 20,000 people have been killed since then, official figures say."
	var found bool
	for _, c := range Extract(ingest.Article{ID: "t", Text: text, Published: "1998-01-26"}) {
		if c.Kind != KindCasualty || c.Count.Value == nil || *c.Count.Value != 20000 {
			continue
		}
		found = true
		if got, want := dayOrNull(c.Date.Start)+".."+dayOrNull(c.Date.End), "1989-01-01..1998-01-26"; got != want {
			t.Errorf("the 20,000 dated %s, want %s", got, want)
		}
	}
	if !found {
		t.Error("the 20,000 were not read")
	}
	// Without "since then" no date is borrowed.
	text = "It was the worst attack since the insurgency began in 1989. More than 20,000 people have been killed, official figures say."
	for _, c := range Extract(ingest.Article{ID: "t", Text: text, Published: "1998-01-26"}) {
		if c.Kind == KindCasualty && c.Date.Start != nil && *c.Date.Start == "1989-01-01" && c.Date.End != nil && *c.Date.End == "1998-01-26" {
			t.Errorf("%q dated from 1989 without \"since then\"", c.Quote)
		}
	}
}

// TestYearRangeEnd: a span of years after its first year ("1998-2000",
// "1980-88", "1991–95") ends on the last day of its last year; a range
// that runs backwards or is no year is none.
func TestYearRangeEnd(t *testing.T) {
	for _, tt := range []struct {
		rest, start, want string
		ok                bool
	}{
		{"-2000 war", "1998-01-01", "2000-12-31", true},
		{"-88 killed", "1980-01-01", "1988-12-31", true},
		{"\u201395,", "1991-01-01", "1995-12-31", true},
		{"-1995", "1998-01-01", "", false},
		{" war", "1998-01-01", "", false},
		{"-5 days", "1998-01-01", "", false},
	} {
		got, ok := yearRangeEnd(tt.rest, tt.start)
		if got != tt.want || ok != tt.ok {
			t.Errorf("yearRangeEnd(%q, %q) = %q, %v, want %q, %v", tt.rest, tt.start, got, ok, tt.want, tt.ok)
		}
	}
	for _, c := range Extract(ingest.Article{ID: "t", Text: "Some 80,000 people died in the 1998-2000 war.", Published: "2016-06-14"}) {
		if c.Kind == KindCasualty {
			if got := dayOrNull(c.Date.Start) + ".." + dayOrNull(c.Date.End); got != "1998-01-01..2000-12-31" {
				t.Errorf("%q dated %s, want 1998-01-01..2000-12-31", c.Quote, got)
			}
		}
	}
}

// TestChannelDateAndItSaid: the day a statement was read on the radio is
// when it was told, not when anyone died; "which it said had killed" in a
// sentence that names a body is that body's.
func TestChannelDateAndItSaid(t *testing.T) {
	text := "Jets bombed a school in the town on Friday, killing 44 people, the government said.\n\n" +
		"\"Forty-four people lost their lives and 135 were wounded,\" said the statement, read on state radio on Saturday.\n\n" +
		"The neighbour's foreign ministry said its jets had struck in response to raids on its capital, which it said had killed two people."
	for _, c := range Extract(ingest.Article{ID: "t", Text: text, Published: "1998-06-06"}) {
		if c.Kind != KindCasualty || c.Count.Value == nil {
			continue
		}
		switch *c.Count.Value {
		case 135:
			if got := dayOrNull(c.Date.Start); got != "1998-06-05" {
				t.Errorf("the 135 wounded dated %s from %q, want 1998-06-05", got, c.Date.Expression)
			}
		case 2:
			if c.AttributedTo != "neighbour's foreign ministry" {
				t.Errorf("the two dead attributed to %q, want the neighbour's foreign ministry", c.AttributedTo)
			}
		}
	}
	if r := "the hostages were released on saturday"; isReportDate(r, r, len("the hostages were released ")) {
		t.Error("\"were released on Saturday\" read as a day of reporting")
	}
	if r := "a statement aired on television on monday"; !isReportDate(r, r, len("a statement aired on television ")) {
		t.Error("\"aired on television on Monday\" not read as a day of reporting")
	}
}

// TestPalestinianReport: a report from Gaza or the West Bank, or one that
// names Palestinians as such, is marked; "Palestinian" naming the
// attackers of a report from elsewhere is not.
func TestPalestinianReport(t *testing.T) {
	for _, tt := range []struct {
		give string
		want bool
	}{
		{"an israeli strike on gaza city killed 12", true},
		{"palestinian health officials said 12 were killed", true},
		{"three japanese gunmen acting for a palestinian guerrilla group killed 26 people", false},
		{"a palestinian suicide bomber blew himself up on a bus in haifa", false},
		{"a palestinian suicide bomber struck; 560 palestinians have been killed since", true},
		{"palestinian-run media said", true},
	} {
		if got := palestinianReport(tt.give); got != tt.want {
			t.Errorf("palestinianReport(%q) = %v, want %v", tt.give, got, tt.want)
		}
	}
}

// TestReportersSeatNotCarried: where a source "told reporters" is no
// figure's place, nor carried to the sentence after it.
func TestReportersSeatNotCarried(t *testing.T) {
	text := "Militiamen attacked a church compound in the town on Tuesday, a priest said.\n\n" +
		"The regional commander, Colonel Tono Suratman, told reporters in Dili that only five people had died. Twenty-one others were injured, he said."
	for _, c := range Extract(ingest.Article{ID: "t", Text: text, Published: "1999-04-07"}) {
		if c.Kind == KindCasualty && c.Location != nil && c.Location.Name == "Dili" {
			t.Errorf("%q placed in Dili, where the source spoke", c.Quote)
		}
	}
}

// TestExiledGroupsSeatIsNoPlace: "exiled opposition groups in Thailand
// said" places the groups, not the dead they tell of.
func TestExiledGroupsSeatIsNoPlace(t *testing.T) {
	text := "A convoy was attacked near the town of Depayin on Friday night, the government said.\n\n" +
		"Exiled opposition groups in Thailand said the convoy had been ambushed and that as many as 70 people were beaten to death."
	var found bool
	for _, c := range Extract(ingest.Article{ID: "t", Text: text, Published: "2003-06-02"}) {
		if c.Kind != KindCasualty || c.Count.Value == nil || *c.Count.Value != 70 {
			continue
		}
		found = true
		if c.Location != nil && c.Location.Name == "Thailand" {
			t.Errorf("the 70 dead placed in Thailand, the seat of the groups that told of them")
		}
	}
	if !found {
		t.Error("the 70 dead were not read")
	}
}

// TestSourceAndDatelineEdges checks three readings of a report's frame: a
// nation speaking is not an officer of its people told before ("Israel
// says" after "an Israeli army officer said"), so it takes no date from
// that officer; a time between a source and its verb is not the source's
// name ("the health ministry on Friday revised"); and a dateline whose
// city is in title case ("Santa Ana, 14 Mar (Agencia Sur) --") is the day
// of the report, which the figures after it do not take over the day the
// lead tells. A toll put by a source after a denial ("X denied that …
// and put the death toll at 33") is X's; the place a source sits at is
// not its name ("medical sources at the Saudi hospital in El Fasher"); a
// figure told in a clause about the day a record is measured from ("since
// a massacre in December 2014 in which gunmen killed 149") is of that day.
func TestSourceAndDatelineEdges(t *testing.T) {
	// source "" is not checked; "-" wants none.
	type want struct{ source, start, end string }
	tests := []struct {
		name, published, text string
		want                  map[string]want
	}{
		{"nation after its officer", "2025-03-20",
			"Eight Armenian soldiers were killed and 22 wounded on Thursday in a battle for the town of Kaban, the army said.\n\n" +
				"Azeri television said its forces had killed 30 Armenian soldiers. An Armenian army officer said at least 20 Azeri soldiers had been killed in the fighting.\n\n" +
				"Azerbaijan says more than 300 people have been killed in Armenian attacks since the fighting began on March 3. Armenia says 41 of its soldiers, 9 of them officers, have been killed.",
			map[string]want{"41 of its soldiers": {"Armenia", "2025-03-03", "2025-03-20"}}},
		{"time after the source", "2025-05-02",
			"ARDA, May 2 (Wire) - The regional health ministry on Friday revised down the number of people killed in the market bombing to 61 from 80.",
			map[string]want{"to 61": {"regional health ministry", "2025-05-02", "2025-05-02"}}},
		{"a toll put after a denial", "2024-06-06",
			"Ismail Al-Thawabta, director of the government media office, denied that the school was used by militants and put the death toll at 33.",
			map[string]want{"toll at 33": {"Ismail Al-Thawabta", "null", "null"}}},
		{"a source's seat after its noun", "2024-09-15",
			"Medical sources at the Saudi hospital in El Fasher said at least 18 civilians were killed on Saturday.",
			map[string]want{"18 civilians": {"Medical sources at the Saudi hospital in El Fasher", "2024-09-14", "2024-09-14"}}},
		{"the date of a clause told in which", "2023-01-31",
			"The attack was the deadliest in the city since a school massacre in December 2014 in which gunmen killed 149 people.",
			map[string]want{"149 people": {"", "2014-12-01", "2014-12-31"}}},
		{"a toll put by a participle", "2024-03-08",
			"Parents said the number of missing children could be higher, with one local official putting it at 187.",
			map[string]want{"187": {"local official", "null", "null"}}},
		{"we in a quotation", "2023-05-08",
			"\"The blast destroyed shops. We have so far confirmed five dead,\" police spokesman Abdifatah Aden told Reuters on Monday.",
			map[string]want{"five dead": {"Abdifatah Aden", "null", "null"}}},
		{"title-case dateline", "2025-03-14",
			"PATROL KILLS NINE VILLAGERS\n\nSanta Ana, 14 Mar (Agencia Sur) -- Nine people were shot dead yesterday evening when a patrol opened fire on a village market, local leaders said.\n\n" +
				"According to the leaders, about 30 soldiers arrived in trucks. Another 16 people were wounded and taken to hospital.",
			map[string]want{"Nine people were shot dead": {"local leaders", "2025-03-13", "2025-03-13"}, "16 people were wounded": {"", "2025-03-13", "2025-03-13"}}},
		{"a report and the day it came out", "2021-03-12",
			"Soldiers killed at least 14 villagers in the hamlet of Tandala in February, a human rights report published Thursday said.",
			map[string]want{"14 villagers": {"human rights report", "2021-02-01", "2021-02-28"}}},
		{"a toll made public by a ministry", "2021-03-12",
			"The bomb killed nine people and wounded 40, according to a revised toll made public by the Interior Ministry.",
			map[string]want{"nine people": {"Interior Ministry", "null", "null"}}},
		{"a body's description and its initials", "2021-03-12",
			"The African Union mission in Burundi, AMIB, said the gunmen had also abducted 12 women near Gitega.",
			map[string]want{"12 women": {"AMIB", "null", "null"}}},
		{"two nations' officials", "2012-09-12",
			"Gunmen killed four Americans, including Ambassador John Hale, in the assault, U.S. and Libyan officials said.",
			map[string]want{"four Americans": {"U.S. and Libyan officials", "null", "null"}}},
		{"a relative clause's speakers", "2017-08-26",
			"Militants killed nine police officers in March, prompting a military crackdown in which U.N. investigators say troops committed abuses.",
			map[string]want{"nine police officers": {"-", "2017-03-01", "2017-03-31"}}},
		{"live updates with the day in the stamp", "2021-03-15",
			"Market bombing: live updates\n\n10.05 GMT\nThe death toll has risen to 31, the governor said.\n\n21.30 GMT (Sunday)\nAt least 12 people were killed in a blast at the central market, police said.\n\n20.10 GMT (Sunday)\nA loud explosion was heard near the market.",
			map[string]want{"risen to 31": {"governor", "2021-03-15", "2021-03-15"}, "12 people were killed": {"police", "2021-03-14", "2021-03-14"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seen := map[string]bool{}
			for _, c := range Extract(ingest.Article{ID: "t", Published: tt.published, Text: tt.text}) {
				if c.Kind != KindCasualty {
					continue
				}
				for quote, w := range tt.want {
					if !strings.Contains(c.Quote, quote) {
						continue
					}
					seen[quote] = true
					if w.source == "-" && c.AttributedTo != "" || w.source != "" && w.source != "-" && c.AttributedTo != w.source {
						t.Errorf("%q said by %q, want %q", c.Quote, c.AttributedTo, w.source)
					}
					if got := dayOrNull(c.Date.Start) + ".." + dayOrNull(c.Date.End); got != w.start+".."+w.end {
						t.Errorf("%q dated %s, want %s..%s", c.Quote, got, w.start, w.end)
					}
				}
			}
			for quote := range tt.want {
				if !seen[quote] {
					t.Errorf("no figure quoting %q", quote)
				}
			}
		})
	}
}

// TestRaisedTollsCauseApart checks that a figure told as what raised a
// toll ("climbed to 52 after a wounded woman died") is a statement of its
// own, never added to the toll it is part of, and that figures told
// together without a raised toll stay one statement.
func TestRaisedTollsCauseApart(t *testing.T) {
	stmts := func(text string) map[int]int {
		out := map[int]int{}
		for _, c := range Extract(ingest.Article{ID: "t", Published: "2023-10-07", Text: text}) {
			if c.Kind == KindCasualty && c.Count != nil && c.Count.Value != nil {
				out[*c.Count.Value] = c.Statement
			}
		}
		return out
	}
	got := stmts("The death toll from Thursday's missile strike on a cafe in Hroza climbed to 52 on Friday after a wounded woman died in hospital, the governor said.")
	if _, ok := got[52]; !ok {
		t.Fatalf("no toll of 52: %v", got)
	}
	if _, ok := got[1]; !ok {
		t.Fatalf("no figure of the woman: %v", got)
	}
	if got[52] == got[1] {
		t.Errorf("the woman whose death raised the toll to 52 is added to it: %v", got)
	}
	same := stmts("The strike killed 12 soldiers and a civilian on Friday, the governor said.")
	if same[12] != same[1] {
		t.Errorf("12 soldiers and a civilian killed together are two statements: %v", same)
	}
}

// TestSinceDayToReport checks that a figure counted since an event told
// on a day after it ("have been killed ... since the introduction of
// internment on Monday") runs from that day to the report's, and that a
// figure of the day itself keeps the day.
func TestSinceDayToReport(t *testing.T) {
	tests := []struct {
		name, give, quote, start, end string
	}{
		{"since an event on a day", "Across the province, 21 people have been killed since the introduction of internment without trial on Monday, police said.",
			"21 people have been killed", "1971-08-09", "1971-08-11"},
		{"a day of its own", "Troops killed 21 people in Belfast on Monday, police said.",
			"killed 21 people", "1971-08-09", "1971-08-09"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, c := range Extract(ingest.Article{ID: "s", Text: tt.give, Published: "1971-08-11"}) {
				if c.Kind == KindCasualty && c.Quote == tt.quote {
					if s, e := dayOrNull(c.Date.Start), dayOrNull(c.Date.End); s != tt.start || e != tt.end {
						t.Errorf("date = %s..%s, want %s..%s", s, e, tt.start, tt.end)
					}
					return
				}
			}
			t.Fatalf("no figure quoting %q", tt.quote)
		})
	}
}

// TestFigureDayNotToCome checks that a figure's day told without a year
// is of the past: the dead of "the attack on Oct. 7" told in August are
// last October's; a day or two after publication stays, as a dateline's
// update may tell it; a year told stays.
func TestFigureDayNotToCome(t *testing.T) {
	for _, tt := range []struct {
		give, published, start, end string
	}{
		{"At least 1,200 people were killed in the Hamas attack on Oct. 7.", "2024-08-15", "2023-10-07", "2023-10-07"},
		{"More than 40,000 Palestinians have been killed in Gaza since Oct. 7, the health ministry said.", "2024-08-15", "2023-10-07", "2024-08-15"},
		{"At least 1,200 people were killed in the Hamas attack on Oct. 7, 2024.", "2024-08-15", "2024-10-07", "2024-10-07"},
		{"Three soldiers were killed on Aug. 16, the army said.", "2024-08-15", "2024-08-16", "2024-08-16"},
	} {
		t.Run(tt.give, func(t *testing.T) { checkDays(t, tt.give, tt.published, KindCasualty, tt.start, tt.end) })
	}
}

// TestOvernightBeforeTheDaySaid checks that "overnight" told with the day
// a source said it is the night before that day, for a figure and for an
// event, and the night before publication when no day is said.
func TestOvernightBeforeTheDaySaid(t *testing.T) {
	for _, tt := range []struct {
		give, kind, start, end string
	}{
		{"Turkish warplanes killed 12 PKK militants in northern Iraq overnight, the military said on Tuesday.", KindCasualty, "2024-05-27", "2024-05-28"},
		{"Russia launched 100 drones at Ukraine overnight, the air force said on Tuesday.", KindEvent, "2024-05-27", "2024-05-28"},
		{"Gunmen killed 12 people overnight, police said.", KindCasualty, "2024-05-29", "2024-05-30"},
	} {
		t.Run(tt.give, func(t *testing.T) { checkDays(t, tt.give, "2024-05-30", tt.kind, tt.start, tt.end) })
	}
}

// TestEarlierTollDayDatesNoDead pins that the day an earlier toll was given
// ("up from 21 on Monday") is when it was counted, not when its dead died.
func TestEarlierTollDayDatesNoDead(t *testing.T) {
	for _, tt := range []struct {
		give, start, end string
	}{
		{"The number of people killed has risen to 32, up from 21 on Monday, the Red Cross said.", "null", "null"},
		{"The death toll from the fighting had risen to 175, up from 130 on Monday.", "null", "null"},
		{"Two people were killed in the attack on Monday.", "2008-08-11", "2008-08-11"},
	} {
		t.Run(tt.give, func(t *testing.T) { checkDays(t, tt.give, "2008-08-14", KindCasualty, tt.start, tt.end) })
	}
}

// TestEveryWeekdayDatesNothing pins that a weekday "every" week ("every
// Friday") dates no figure, as one day does.
func TestEveryWeekdayDatesNothing(t *testing.T) {
	for _, tt := range []struct {
		give, start, end string
	}{
		{"Rebels attack the market every Friday, killing three people.", "null", "null"},
		{"Rebels attacked the market on Friday, killing three people.", "2021-02-19", "2021-02-19"},
	} {
		t.Run(tt.give, func(t *testing.T) { checkDays(t, tt.give, "2021-02-20", KindCasualty, tt.start, tt.end) })
	}
}

// checkDays checks that every claim of kind the text gives, published on
// the day published, is dated start..end, and that there is one.
func checkDays(t *testing.T, text, published, kind, start, end string) {
	t.Helper()
	n := 0
	for _, c := range Extract(ingest.Article{ID: "t", Text: text, Published: published}) {
		if c.Kind != kind {
			continue
		}
		n++
		if dayOrNull(c.Date.Start) != start || dayOrNull(c.Date.End) != end {
			t.Errorf("%q: %s..%s from %q, want %s..%s", c.Quote, dayOrNull(c.Date.Start), dayOrNull(c.Date.End), c.Date.Expression, start, end)
		}
	}
	if n == 0 {
		t.Fatalf("no %s claims", kind)
	}
}
