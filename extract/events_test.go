package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimline/claimline/ingest"
)

// wantEvent is an expected event: its action, the words it was read from,
// and the normalised actor, target and place ("" when none is expected;
// "*" when any or none is acceptable).
type wantEvent struct {
	action, quote, actor, target, place string
}

func TestFindEvents(t *testing.T) {
	tests := []struct {
		name         string
		giveSentence string
		want         []wantEvent
	}{
		// Ukraine.
		{"capture active", "Russian forces captured the town of Avdiivka after months of fighting.",
			[]wantEvent{{ActionCapture, "captured", "Russia", "Avdiivka", "Avdiivka"}}},
		{"capture fell to", "Bakhmut fell to Russian forces in May, Ukrainian officials said.",
			[]wantEvent{{ActionCapture, "fell to", "Russia", "*", "Bakhmut"}}},
		{"withdraw", "Ukrainian troops withdrew from Avdiivka to avoid encirclement.",
			[]wantEvent{{ActionWithdraw, "withdrew", "Ukraine", "*", "Avdiivka"}}},
		{"shootdown of drones", "Ukraine's air defences shot down 30 Russian drones over Kyiv overnight.",
			[]wantEvent{{ActionShootdown, "shot down", "Ukraine", "Russia", "*"}}},
		{"missile strike", "A Russian missile strike on Kharkiv killed five people.",
			[]wantEvent{{ActionStrike, "missile strike", "Russia", "*", "Kharkiv"}}},
		{"negated capture", "Russian forces have not captured Pokrovsk, the Ukrainian army said.",
			nil},
		{"a headline's capture in the present", "Rebels take Kunduz after week of fighting",
			[]wantEvent{{ActionCapture, "take Kunduz", "rebels", "*", "Kunduz"}}},
		{"a capture vowed is none", "The army vowed to take Kunduz within days.",
			nil},
		{"a landing told with 'have also'", "Japanese forces have also landed at Singora and Patani.",
			[]wantEvent{{ActionDeploy, "forces have also landed at", "Japan", "*", "Singora"}}},
		{"islands occupied", "Units of the Baltic Fleet yesterday occupied the islands of Seiskari and Lavansaari.",
			[]wantEvent{{ActionCapture, "occupied the islands of", "*", "*", "Seiskari"}}},
		{"people fleeing across a border are no force entering", "The U.N. refugee agency said thousands of people had crossed into Chad in the past few days.",
			nil},
		{"an advance tried is none", "Turkish infantry tried to advance on the airfield but were stopped by National Guard fire.",
			nil},
		{"hostilities between two nations ceased", "Hostilities between Finland and the Soviet Union ceased at 11 a.m. today.",
			[]wantEvent{{ActionCeasefire, "Hostilities between Finland and the Soviet Union ceased", "", "*", "*"}}},
		{"attempted capture", "Russian troops tried to seize Vuhledar but were repelled.",
			nil},
		{"talks offered, not held", "The state government said it was ready to hold talks with gang leaders.",
			nil},
		{"talks refused", "The rebels rejected talks with the government.",
			[]wantEvent{{ActionStatement, "rejected", "rebels", "*", "*"}}},
		// Gaza and Lebanon.
		{"air strikes on a city", "Israeli air strikes hit Rafah and Khan Younis on Tuesday.",
			[]wantEvent{{ActionStrike, "air strikes", "Israel", "*", "Rafah"}}},
		{"ceasefire deal", "Israel and Hamas agreed a ceasefire deal brokered by Qatar and Egypt.",
			[]wantEvent{{ActionCeasefire, "ceasefire", "*", "*", "*"}}},
		{"ceasefire zone is not an event", "Monitors reported violations in the ceasefire zone.",
			nil},
		{"enter a camp", "Israeli troops stormed the Jabalia camp in northern Gaza.",
			[]wantEvent{{ActionEnter, "stormed", "Israel", "*", "Jabalia"}}},
		{"rockets fired", "Hezbollah fired dozens of rockets at northern Israel.",
			[]wantEvent{{ActionStrike, "fired dozens of rockets", "Hezbollah", "Israel", "*"}}},
		// Sudan.
		{"siege", "The Rapid Support Forces have besieged El Fasher for months.",
			[]wantEvent{{ActionSiege, "besieged", "Rapid Support Forces", "El Fasher", "El Fasher"}}},
		{"drone strikes", "Sudanese army drone strikes pounded RSF positions in Omdurman.",
			[]wantEvent{{ActionStrike, "drone strikes", "Sudanese army", "*", "Omdurman"}}},
		{"offensive launched", "The army launched a major offensive to retake Khartoum.",
			[]wantEvent{{ActionOffensive, "launched a major offensive", "*", "*", "Khartoum"}}},
		// Yemen, Iraq, Afghanistan.
		{"passive strike with agent", "Hodeidah port was struck by US warplanes on Friday.",
			[]wantEvent{{ActionStrike, "struck", "United States", "*", "Hodeidah"}}},
		{"talks", "Saudi and Houthi delegations will hold talks in Muscat next week.",
			[]wantEvent{{ActionTalks, "hold talks", "*", "*", "*"}}},
		{"recapture", "Iraqi forces recaptured Mosul from the Islamic State group.",
			[]wantEvent{{ActionCapture, "recaptured", "Iraq", "*", "Mosul"}}},
		{"take control of", "The Taliban took control of Kunduz on Sunday.",
			[]wantEvent{{ActionCapture, "took control of", "Taliban", "*", "Kunduz"}}},
		// Africa.
		{"deploy", "Nigeria deployed troops to Maiduguri after the attack.",
			[]wantEvent{{ActionDeploy, "deployed troops", "Nigeria", "*", "Maiduguri"}, {ActionStrike, "attack", "*", "*", "*"}}},
		{"raid by militants", "Boko Haram raided a military base in Borno state.",
			[]wantEvent{{ActionStrike, "raided", "Boko Haram", "*", "Borno"}}},
		{"pull out", "French troops pulled out of Mali in 2022.",
			[]wantEvent{{ActionWithdraw, "pulled out", "France", "*", "Mali"}}},
		// Statements.
		{"statement called for", "The United Nations called for an immediate halt to the fighting.",
			[]wantEvent{{ActionStatement, "called for", "United Nations", "*", "*"}}},
		{"statement needs a party", "Witnesses urged calm.",
			nil},
		// Several actions in one sentence.
		{"encircled and entered", "Syrian forces backed by air strikes had on Wednesday encircled and entered Saraqeb, 15 km east of Idlib city.",
			[]wantEvent{{ActionStrike, "air strikes", "*", "*", "*"}, {ActionSiege, "encircled", "Syrian government", "Saraqeb", "Saraqeb"}, {ActionEnter, "entered", "Syrian government", "Saraqeb", "Saraqeb"}}},
		{"shootdown and offensive", "Turkey shot down two Syrian warplanes, in an escalating offensive.",
			[]wantEvent{{ActionShootdown, "shot down", "Turkey", "Syrian government", "*"}, {ActionOffensive, "escalating offensive", "*", "*", "*"}}},
		{"captured seven towns", "Turkish-backed forces have captured seven towns in Jabal al-Zawiya on Sunday.",
			[]wantEvent{{ActionCapture, "captured", "rebels", "Jabal al-Zawiya", "Jabal al-Zawiya"}}},
		{"prevented offensive is no offensive", "Turkey sent troops to prevent a regime offensive.",
			[]wantEvent{{ActionDeploy, "sent troops", "Turkey", "*", "*"}}},
		{"no event", "Idlib province is home to some 3 million people.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, tt.giveSentence, hostSyria, tt.want) // as findEvents reads
		})
	}
}

func partyName(p *Party) string {
	if p == nil {
		return ""
	}
	return p.Name
}

func checkName(t *testing.T, what, got, want string) {
	t.Helper()
	if want != "*" && got != want {
		t.Errorf("%s = %q, want %q", what, got, want)
	}
}

func describeEvents(s string, evs []eventHit) string {
	var b strings.Builder
	for _, e := range evs {
		b.WriteString("[" + e.Action + " " + s[e.Start:e.End] + " actor=" + partyName(e.Actor) + " target=" + partyName(e.Target) + "]")
	}
	return b.String()
}

func TestEventDate(t *testing.T) {
	tests := []struct {
		name         string
		giveSentence string
		giveAction   string
		wantExpr     string // "" when the sentence gives none
	}{
		{"same clause", "Turkey sent more reinforcements into northwestern Syria on Thursday, setting up new positions.", ActionDeploy, "on Thursday"},
		{"opening date", "On February 6, Syrian government forces entered Saraqeb town.", ActionEnter, "On February 6"},
		{"other clause", "Turkey confirmed the launch of a full military operation after 34 Turkish soldiers died last week.", ActionOffensive, ""},
		{"subordinate clause", "Turkey confirmed the operation after 34 Turkish soldiers died last week in an air strike.", ActionStrike, "last week"},
		{"anchored elsewhere", "The report came hours after Turkey shot down two Syrian warplanes.", ActionShootdown, ""},
		{"nearest of two", "Cavusoglu said on Thursday that the attacks killed eight soldiers on Monday.", ActionStrike, "on Thursday"},
		{"pluperfect after the saying takes its own date", "Rebel commanders said on Monday they had captured the town on Sunday.", ActionCapture, "on Sunday"},
		{"before dawn is a time, not a clause", "Israeli warplanes struck military sites in Iran before dawn on Saturday.", ActionStrike, "on Saturday"},
		{"after midnight is a time, not a clause", "Russian troops entered the town after midnight on Friday.", ActionEnter, "on Friday"},
		{"when clause takes the date it hangs on", "The truce collapsed on Friday night, when Pakistani air strikes hit the province of Paktika.", ActionStrike, "on Friday night"},
		{"pluperfect after the saying takes the end of the battle", "The front said today its fighters had captured the town of Afabet after a three-day battle that ended on Saturday.", ActionCapture, "on Saturday"},
		{"a date before 'and' is the first verb's", "Troops landed on the island on Friday and seized it from the garrison on Sunday.", ActionCapture, "on Sunday"},
		{"a date before 'and' dates the second verb without its own", "Troops landed on the island on Friday and seized the airstrip.", ActionCapture, "on Friday"},
		{"a date after a short appositive", "Troops drove the fighters out of Idale near Baidoa, the seat of the interim government, on Monday, officials said.", ActionCapture, "on Monday"},
		{"a date after an aside that tells where the place lies", "He said the rebels had taken Morobo and Kaya, on the Ugandan border, last Sunday.", ActionCapture, "last Sunday"},
		{"a date after a long appositive", "Its units had taken Modrica, a mainly Moslem and Croat town on the Bosna river, on Saturday.", ActionCapture, "on Saturday"},
		{"a date after a distance and a direction", "Troops captured Zemunik airport, 10 km (six miles) east of Zadar, late on Friday.", ActionCapture, "late on Friday"},
		{"pluperfect after the saying without an end keeps the saying's", "The front said today its fighters had captured the town of Afabet after heavy fighting.", ActionCapture, "today"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ev *eventHit
			for _, e := range findEvents(tt.giveSentence) {
				if e.Action == tt.giveAction {
					e := e
					ev = &e
				}
			}
			if ev == nil {
				t.Fatalf("no %s event in %q", tt.giveAction, tt.giveSentence)
			}
			got, ok := eventDate(tt.giveSentence, *ev, findDates(tt.giveSentence))
			if !ok {
				got.Expr = ""
			}
			if got.Expr != tt.wantExpr {
				t.Errorf("eventDate() = %q, want %q", got.Expr, tt.wantExpr)
			}
		})
	}
}

func BenchmarkFindEvents(b *testing.B) {
	s := "Syrian forces backed by air strikes had on Wednesday encircled and entered Saraqeb, 15 km east of Idlib city, the British-based Syrian Observatory for Human Rights had said."
	b.SetBytes(int64(len(s)))
	for i := 0; i < b.N; i++ {
		findEvents(s)
	}
}

func FuzzFindEvents(f *testing.F) {
	for _, s := range []string{
		"Turkey shot down two Syrian warplanes, in an escalating offensive.",
		"Bakhmut fell to Russian forces in May.",
		"Hodeidah port was struck by US warplanes on Friday.",
		"In Moscow, the Foreign Ministry announced that Russian specialists were killed.",
		"fell to", "by", "", "\xff attacked \x00", "Turkish drone strikes", "were deployed",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		evs := findEvents(s)
		for i, e := range evs {
			if e.Start < 0 || e.End > len(s) || e.Start >= e.End {
				t.Fatalf("event %+v outside %q", e, s)
			}
			if i > 0 && e.Start < evs[i-1].End {
				t.Fatalf("events %d and %d overlap", i-1, i)
			}
			if utf8.ValidString(s) && !utf8.ValidString(s[e.Start:e.End]) {
				t.Fatalf("event span splits a rune")
			}
			eventDate(s, e, findDates(s))
		}
		for _, p := range findPlaces(s) {
			if p.Start < 0 || p.End > len(s) || p.Start >= p.End || s[p.Start:p.End] != p.Place.Text {
				t.Fatalf("place %+v outside %q", p, s)
			}
		}
	})
}

// TestFindEventsInOtherWars checks that a government, regime, army or junta
// named without its nation is the article's nation's, or the one the
// sentence names, and "Syrian government" only in an article about Syria.
func TestFindEventsInOtherWars(t *testing.T) {
	tests := []struct {
		name         string
		giveSentence string
		giveHost     string // the article's nation, as hostNation gives it
		want         []wantEvent
	}{
		{"Sudan: the army", "The army shelled RSF positions in Omdurman on Monday.", "Sudanese",
			[]wantEvent{{ActionStrike, "shelled", "Sudanese army", "Rapid Support Forces", "Omdurman"}}},
		{"Sudan: the army, nation unknown", "The army shelled RSF positions in Omdurman on Monday.", "",
			[]wantEvent{{ActionStrike, "shelled", "government", "Rapid Support Forces", "Omdurman"}}},
		{"Ukraine: government forces", "Government forces retook the village of Klishchiivka near Bakhmut.", "Ukrainian",
			[]wantEvent{{ActionCapture, "retook", "Ukraine", "*", "*"}}},
		{"Ukraine: Russian-backed forces", "Russian-backed forces shelled Avdiivka overnight.", "Ukrainian",
			[]wantEvent{{ActionStrike, "shelled", "Russia", "*", "Avdiivka"}}},
		{"Gaza: the army", "The army struck Hamas targets in Khan Younis.", "Israeli",
			[]wantEvent{{ActionStrike, "struck", "Israel", "Hamas", "*"}}},
		{"Gaza: Israeli military", "The Israeli military struck Hamas targets in Khan Younis.", "",
			[]wantEvent{{ActionStrike, "struck", "Israel", "Hamas", "*"}}},
		{"Myanmar: possessive junta", "Myanmar's junta bombed villages in Sagaing region.", "",
			[]wantEvent{{ActionStrike, "bombed", "Myanmar", "*", "*"}}},
		{"Myanmar: the junta", "The junta bombed a school in Sagaing on Friday.", "Myanmar",
			[]wantEvent{{ActionStrike, "bombed", "Myanmar", "*", "*"}}},
		{"Myanmar: junta jets", "Junta jets bombed villages around Ann in response.", "Myanmar",
			[]wantEvent{{ActionStrike, "bombed", "Myanmar", "*", "*"}}},
		{"Myanmar: the military", "The military bombed rebel positions near Mogok on Wednesday.", "Myanmar",
			[]wantEvent{{ActionStrike, "bombed", "Myanmar", "*", "Mogok"}}},
		{"Mali: the military base is no party", "Jihadists said their fighters had taken control of the military base.", "Malian",
			[]wantEvent{{ActionCapture, "taken control of", "militants", "", "*"}}},
		{"fighters linked to a named group", "Islamic State-linked insurgents attacked villages in Chiure district last week.", "",
			[]wantEvent{{ActionStrike, "attacked", "Islamic State", "*", "Chiure"}}},
		{"a group claims an attack", "Houthis claim attack that sank cargo ship in Red Sea", "",
			[]wantEvent{{ActionStrike, "attack", "Houthis", "*", "*"}}},
		{"Myanmar: a junta is never Syria's", "Junta troops shelled villages in Myanmar's Sagaing region.", hostSyria,
			[]wantEvent{{ActionStrike, "shelled", "Myanmar", "*", "*"}}},
		{"no party acts on itself", "Moscow announced that Russian troops had withdrawn.", "",
			[]wantEvent{{ActionStatement, "announced that", "Russia", "", "*"}, {ActionWithdraw, "withdrawn", "Russia", "*", "*"}}},
		{"Yemen: government forces", "Government forces shelled Houthi positions near Marib.", "Yemeni",
			[]wantEvent{{ActionStrike, "shelled", "Yemen", "Houthis", "*"}}},
		{"Ethiopia: sentence names the nation", "The Ethiopian government said the army recaptured Lalibela.", "",
			[]wantEvent{{ActionCapture, "recaptured", "Ethiopia", "*", "*"}}},
		{"Sahel: the army", "The army took control of Kidal on Tuesday.", "Malian",
			[]wantEvent{{ActionCapture, "took control of", "Mali", "*", "*"}}},
		{"Sahel: possessive", "Burkina Faso's army launched an offensive near Djibo.", "",
			[]wantEvent{{ActionOffensive, "launched an offensive", "Burkina Faso", "*", "*"}}},
		{"Syria: regime forces", "Regime forces shelled Ariha.", "Syrian",
			[]wantEvent{{ActionStrike, "shelled", "Syrian government", "*", "Ariha"}}},
		{"Syria: Russian-backed forces", "Russian-backed forces shelled Ariha.", "Syrian",
			[]wantEvent{{ActionStrike, "shelled", "Syrian government", "*", "Ariha"}}},
		{"capitals paired are parties", "Moscow and Ankara agreed a ceasefire in Idlib.", "Syrian",
			[]wantEvent{{ActionCeasefire, "ceasefire", "*", "*", "Idlib"}}},
		// Named armed groups of other wars, and the place a country holds.
		{"Colombia: the ELN", "ELN rebels launched an offensive in Colombia's Catatumbo region on Thursday.", "",
			[]wantEvent{{ActionOffensive, "launched an offensive", "ELN", "*", "Catatumbo"}}},
		{"Congo: CODECO", "Fighters from the CODECO militia attacked a mining site in Djugu on Sunday.", "",
			[]wantEvent{{ActionStrike, "attacked", "CODECO", "*", "Djugu"}}},
		{"Libya: possessive country before the place", "Rival armed groups clashed in Libya's Zawiya.", "",
			[]wantEvent{{ActionStrike, "clashed", "*", "*", "Zawiya"}}},
		{"Mozambique: a river named after the", "Mozambican troops ambushed the insurgents near the Lurio river on Monday.", "",
			[]wantEvent{{ActionStrike, "ambushed", "Mozambique", "*", "Lurio"}}},
		{"Nigeria: a forest named after the", "The bandits retreated into the Kuyambana forest.", "",
			[]wantEvent{{ActionWithdraw, "retreated", "*", "*", "Kuyambana"}}},
		{"Kashmir: a district of a wider place", "Militants ambushed a patrol in the forested Doda district of Jammu and Kashmir late on Monday.", "",
			[]wantEvent{{ActionStrike, "ambushed", "militants", "*", "Doda"}}},
		{"Kashmir: a place the region holds", "Militants ambush Indian soldiers in Kashmir's Doda forest.", "",
			[]wantEvent{{ActionStrike, "ambush", "militants", "*", "Doda"}}},
		{"Nigeria: ISWAP by its full name", "Fighters from Islamic State West Africa Province overran a military base in the town of Malam-Fatori.", "",
			[]wantEvent{{ActionCapture, "overran", "Islamic State West Africa Province", "*", "Malam-Fatori"}}},
		{"Togo: the nation's adjective", "Togolese troops were deployed to the border town of Dapaong.", "",
			[]wantEvent{{ActionDeploy, "were deployed", "Togo", "*", "*"}}},
		{"Thailand: the nation's adjective", "Thai jets struck Cambodian military targets on Thursday.", "",
			[]wantEvent{{ActionStrike, "struck", "Thailand", "Cambodia", "*"}}},
		{"Iraq: the PKK by its full name", "Turkish jets struck Kurdistan Workers' Party hideouts in the Zap region.", "",
			[]wantEvent{{ActionStrike, "struck", "Turkey", "PKK", "*"}}},
		{"Ethiopia: Fano", "Fano militiamen attacked the town of Debre Tabor overnight.", "",
			[]wantEvent{{ActionStrike, "attacked", "Fano", "*", "Debre Tabor"}}},
		// Ways of telling a strike.
		{"opened fire on", "Pakistani troops opened heavy artillery fire on the Poonch district.", "",
			[]wantEvent{{ActionStrike, "opened heavy artillery fire on", "Pakistan", "*", "*"}}},
		{"a barrage of missiles", "Iran launched a barrage of some 40 missiles at Israel on Sunday.", "",
			[]wantEvent{{ActionStrike, "barrage of some 40 missiles", "Iran", "Israel", "*"}}},
		{"bombs dropped on", "B-2 bombers dropped bunker-buster bombs on Fordow.", "",
			[]wantEvent{{ActionStrike, "dropped bunker-buster bombs on", "*", "*", "Fordow"}}},
		{"a count before the missiles fired", "Submarines fired about 30 Tomahawk cruise missiles at Natanz.", "",
			[]wantEvent{{ActionStrike, "fired about 30 Tomahawk cruise missiles", "*", "*", "Natanz"}}},
		{"rockets fired at a capital named after it", "Several rockets were fired at the Eritrean capital Asmara late on Saturday.", "",
			[]wantEvent{{ActionStrike, "rockets were fired", "*", "*", "Asmara"}}},
		{"a missile landed", "A ballistic missile landed near the main terminal of Ben Gurion airport on Sunday.", "",
			[]wantEvent{{ActionStrike, "missile landed", "*", "*", "*"}}},
		{"the TPLF by its initials", "On Friday night the TPLF fired rockets at the airport in Bahir Dar.", "",
			[]wantEvent{{ActionStrike, "fired rockets", "Tigray People's Liberation Front", "*", "Bahir Dar"}}},
		{"a country's building is where the building is", "Twin car bombs hit Somalia's education ministry in Mogadishu on Saturday.", "",
			[]wantEvent{{ActionStrike, "bombs hit", "*", "Somalia", "Mogadishu"}}},
		{"a country's port", "Militants stormed Pakistan's Gwadar port complex on Wednesday.", "",
			[]wantEvent{{ActionEnter, "stormed", "militants", "Pakistan", "Gwadar"}}},
		{"a headline's jets strike", "Iran fires missiles at Israel as Israeli jets strike Tehran", "",
			[]wantEvent{{ActionStrike, "fires missiles", "Iran", "Israel", "*"}, {ActionStrike, "jets strike", "Israel", "*", "Tehran"}}},
		{"shot down over a city", "Iran said its air defences had shot down Israeli drones over Tabriz.", "",
			[]wantEvent{{ActionShootdown, "shot down", "Iran", "Israel", "Tabriz"}}},
		{"the side backing the actor is not the actor", "Mozambique's defence ministry said its forces, backed by Rwandan troops, had ambushed the insurgents near the Lurio river on Monday.", "",
			[]wantEvent{{ActionStrike, "ambushed", "Mozambique", "rebels", "Lurio"}}},
		{"a capital named by its nation's possessive", "Jihadists attacked a gendarmerie school and the military airport in Mali's capital early on Tuesday.", "",
			[]wantEvent{{ActionStrike, "attacked", "militants", "*", "Bamako"}}},
		{"a capital named by its nation's adjective", "Russian drones struck the Ukrainian capital overnight.", "",
			[]wantEvent{{ActionStrike, "struck", "Russia", "*", "Kyiv"}}},
		{"an offensive action is no offensive", "The army said it would refrain from any offensive action.", "",
			nil},
		{"talks urged are not held", "The African Union urged both sides to cease hostilities and hold talks.", "",
			[]wantEvent{{ActionStatement, "urged", "African Union", "", "*"}}},
		{"the place a participle says was hit", "Iran launched a barrage of some 40 missiles at Israel, hitting Tel Aviv and Haifa.", "",
			[]wantEvent{{ActionStrike, "barrage of some 40 missiles", "Iran", "Israel", "Tel Aviv"}}},
		{"the defence minister speaks for the host nation", "Defence Minister Vladimir Padrino said troops had regained control of areas around the town of La Victoria.", "Venezuelan",
			[]wantEvent{{ActionCapture, "regained control of", "Venezuela", "*", "La Victoria"}}},
		{"another nation's defence ministry", "Russia's Defence Ministry said its forces had taken full control of the city's coking plant.", "Ukrainian",
			[]wantEvent{{ActionCapture, "taken full control of", "Russia", "*", "*"}}},
		{"a war enters its third week", "Fighting on the border with Colombia entered its third week.", "",
			nil},
		{"attack helicopters are weapons, not an attack", "Commandos were airlifted into the area backed by attack helicopters.", "",
			[]wantEvent{{ActionDeploy, "were airlifted into", "*", "*", "*"}}},
		{"a deployment in the passive", "About 10,000 North Korean soldiers have been sent to Russia, the Pentagon said.", "",
			[]wantEvent{{ActionDeploy, "have been sent to", "North Korea", "*", "Russia"}}},
		{"North Korean troops", "North Korean troops were deployed to the Kursk region.", "",
			[]wantEvent{{ActionDeploy, "were deployed", "North Korea", "*", "Kursk"}}},
		{"a deployment of a thousand", "Rwanda deployed about 1,000 soldiers and police to Cabo Delgado last month.", "",
			[]wantEvent{{ActionDeploy, "deployed about 1,000 soldiers", "Rwanda", "*", "Cabo Delgado"}}},
		{"a truce that had been reached", "The U.N. mission said a truce had been reached in Tripoli after two nights of fighting.", "",
			[]wantEvent{{ActionCeasefire, "truce", "*", "*", "Tripoli"}}},
		// Landmarks, and parts of a place.
		{"a dam named after the", "Turkish drones struck SDF positions near the Tishreen dam late on Tuesday.", "",
			[]wantEvent{{ActionStrike, "struck", "Turkey", "*", "Tishreen"}}},
		{"a temple with an adjective", "Troops clashed near the ancient Ta Muen Thom temple early on Thursday.", "",
			[]wantEvent{{ActionStrike, "clashed", "*", "*", "Ta Muen Thom"}}},
		{"parts of a city", "Fano fighters took control of parts of Gondar, the second city of Ethiopia's Amhara region, on Thursday.", "",
			[]wantEvent{{ActionCapture, "took control of", "Fano", "*", "Gondar"}}},
		// A withdrawal in an "after" clause of a capture, and names.
		{"withdrawal from the town taken", "Al Shabaab fighters took control of the town of Adan Yabaal in central Somalia's Middle Shabelle region on Wednesday after government troops pulled out.", "Somali",
			[]wantEvent{{ActionCapture, "took control of", "al-Shabaab", "*", "Adan Yabaal"}, {ActionWithdraw, "pulled out", "*", "*", "Adan Yabaal"}}},
		{"withdrawal with a place of its own", "The rebels entered Walikale on Wednesday after troops pulled out of Kibati.", "",
			[]wantEvent{{ActionEnter, "entered", "rebels", "*", "Walikale"}, {ActionWithdraw, "pulled out", "*", "*", "Kibati"}}},
		{"al-Shabaab spelt Al Shabaab", "Al Shabaab fighters attacked an army base in Hiraan on Sunday.", "",
			[]wantEvent{{ActionStrike, "attacked", "al-Shabaab", "*", "*"}}},
		{"another National Liberation Army is not the ELN", "The Karen National Liberation Army attacked the town of Myawaddy.", "",
			[]wantEvent{{ActionStrike, "attacked", "Karen National Liberation Army", "*", "Myawaddy"}}},
		// A withdrawal under way is no intention.
		{"began to withdraw", "On Thursday government troops began to withdraw from the city of Sweida.", "Syrian",
			[]wantEvent{{ActionWithdraw, "withdraw", "Syrian government", "*", "Sweida"}}},
		{"plans to withdraw", "The army plans to withdraw from the city of Sweida.", "Syrian",
			nil},
		{"strike: jets hit", "Government jets hit fuel depots in Tessalit before dawn.", "Malian",
			[]wantEvent{{ActionStrike, "jets hit", "Mali", "*", "Tessalit"}}},
		{"strike: striking targets", "Turkish drones were striking targets in Qamishli for a second day.", "",
			[]wantEvent{{ActionStrike, "striking targets", "Turkey", "*", "Qamishli"}}},
		{"strike: fired on positions", "Kyrgyz border guards said Tajik troops fired on their positions near Batken.", "",
			[]wantEvent{{ActionStrike, "fired on their positions", "*", "*", "*"}}},
		{"strike: firing rockets", "The group was accused of firing rockets at Sderot.", "",
			[]wantEvent{{ActionStrike, "firing rockets", "*", "*", "Sderot"}}},
		{"strike: its biggest attack", "Russia launched its largest drone attack on Odesa in months.", "",
			[]wantEvent{{ActionStrike, "launched its largest drone attack", "Russia", "*", "Odesa"}}},
		{"strike: pounds", "Russia pounds Zaporizhzhia with glide bombs", "",
			[]wantEvent{{ActionStrike, "pounds", "Russia", "*", "Zaporizhzhia"}}},
		{"withdraw: troops fled", "The rebels entered Kalehe after Burundian troops fled.", "",
			[]wantEvent{{ActionEnter, "entered", "rebels", "*", "Kalehe"}, {ActionWithdraw, "troops fled", "Burundi", "*", "*"}}},
		{"capture: occupied the town of", "Jihadists occupied the town of Mansila for two days.", "",
			[]wantEvent{{ActionCapture, "occupied the town of", "militants", "*", "Mansila"}}},
		{"an occupied place is no capture", "Settlers attacked a village in the Israeli-occupied West Bank.", "",
			[]wantEvent{{ActionStrike, "attacked", "*", "*", "*"}}},
		{"ceasefire: a truce that collapsed", "A truce between the two militias collapsed in Zawiya on Monday.", "",
			[]wantEvent{{ActionCeasefire, "truce", "*", "*", "*"}}},
		{"ceasefire: a truce extended", "The warring parties extended their truce by a further week.", "",
			[]wantEvent{{ActionCeasefire, "truce", "*", "*", "*"}}},
		{"ceasefire: declared by a leader", "Fighting went on despite a ceasefire declared by the president.", "",
			[]wantEvent{{ActionCeasefire, "ceasefire", "*", "*", "*"}}},
		{"ceasefire: an old truce only named", "Both armies had respected the truce for years.", "",
			nil},
		{"listed party: the Kachin group", "The KIA overran an army outpost near Myitkyina on Sunday.", "",
			[]wantEvent{{ActionCapture, "overran", "Kachin Independence Army", "*", "*"}}},
		{"listed party: the Ta'ang group", "TNLA fighters shelled junta positions in Kyaukme.", "",
			[]wantEvent{{ActionStrike, "shelled", "Ta'ang National Liberation Army", "*", "Kyaukme"}}},
		{"listed party: a Russian exile corps is not Russia", "The Russian Volunteer Corps said it had entered Tetkino.", "",
			[]wantEvent{{ActionEnter, "entered", "Russian Volunteer Corps", "*", "Tetkino"}}},
		{"listed party: a region's forces", "Puntland security forces captured a militant camp in the Bari hills.", "",
			[]wantEvent{{ActionCapture, "captured", "Puntland", "*", "*"}}},
		{"listed party: Libya's accord government", "GNA forces retook Tarhuna after a week of fighting.", "",
			[]wantEvent{{ActionCapture, "retook", "Libya", "*", "Tarhuna"}}},
		{"actor: said it conducted", "Kenya said it conducted an air strike on a camp near Kolbio.", "",
			[]wantEvent{{ActionStrike, "air strike", "Kenya", "*", "Kolbio"}}},
		{"actor: accused of bombing", "The rebels accused the army of bombing a market in Kutkai.", "Myanmar",
			[]wantEvent{{ActionStatement, "accused", "rebels", "*", "*"}, {ActionStrike, "bombing", "Myanmar", "*", "Kutkai"}}},
		{"actor: accused of carrying out", "Baku accused Armenian forces of carrying out drone attacks on Tovuz.", "",
			[]wantEvent{{ActionStatement, "accused", "Azerbaijan", "*", "*"}, {ActionStrike, "drone attacks", "Armenia", "*", "Tovuz"}}},
		{"actor: the speaker of a passive interception", "Iraq's army said Turkish drones crossed the border and that two were shot down near Zakho.", "",
			[]wantEvent{{ActionShootdown, "shot down", "Iraq", "*", "Zakho"}}},
		{"actor: the speaker after a passive interception", "Five rockets were fired, three of which were intercepted, the army said.", "Israeli",
			[]wantEvent{{ActionStrike, "rockets were fired", "*", "*", "*"}, {ActionShootdown, "intercepted", "Israel", "*", "*"}}},
		{"withdraw: before withdrawing, from the town taken", "Gunmen seized Kaya in Burkina Faso's Centre-Nord region before withdrawing at nightfall.", "",
			[]wantEvent{{ActionCapture, "seized", "*", "*", "Kaya"}, {ActionWithdraw, "withdrawing", "*", "*", "Kaya"}}},
		{"capture: the town that fell is where, and its siege", "Tessalit fell to the rebels after a siege, officials in Gao said.", "",
			[]wantEvent{{ActionCapture, "fell to", "rebels", "*", "Tessalit"}, {ActionSiege, "after a siege", "rebels", "", "Tessalit"}}},
		{"withdraw: fallen back", "Officials said Malian soldiers had fallen back to Ansongo.", "",
			[]wantEvent{{ActionWithdraw, "fallen back", "Mali", "*", "*"}}},
		{"withdraw: towards a place is where they went", "Rebels captured Kalehe on Friday, and Congolese troops retreated towards Bukavu.", "",
			[]wantEvent{{ActionCapture, "captured", "rebels", "*", "Kalehe"}, {ActionWithdraw, "retreated", "DR Congo", "*", "Kalehe"}}},
		{"strike: one missile fired", "Hezbollah fired a guided missile at an army post in Metula.", "",
			[]wantEvent{{ActionStrike, "fired a guided missile", "Hezbollah", "*", "Metula"}}},
		{"a nation's gangs are not its forces", "Salvadoran gangs and Haitian gangs attacked Cite Soleil overnight.", "",
			[]wantEvent{{ActionStrike, "attacked", "", "*", "*"}}},
		{"offensive: launching assaults", "Government forces were launching assaults on rebel lines near Tarhuna.", "",
			[]wantEvent{{ActionOffensive, "launching assaults", "government", "*", "Tarhuna"}}},
		{"offensive: a repelled assault is no new offensive", "Army units repelled the assault on the garrison.", "Malian",
			nil},
		{"offensive: a condemned incursion is no new offensive", "Cairo and Amman condemned the incursion.", "",
			[]wantEvent{{ActionStatement, "condemned", "Egypt", "*", "*"}}},
		{"capture: the side of a mountain", "Rebels took control of the eastern side of Mount Elgon on Monday.", "",
			[]wantEvent{{ActionCapture, "took control of", "rebels", "*", "Mount Elgon"}}},
		{"talks: the host is the actor", "Delegates met in Jeddah for talks mediated by Saudi Arabia.", "",
			[]wantEvent{{ActionTalks, "for talks", "Saudi Arabia", "*", "Jeddah"}}},
		{"actor: the first of a list of three", "Kenya, Uganda and Tanzania condemned the decision.", "",
			[]wantEvent{{ActionStatement, "condemned", "Kenya", "", "*"}}},
		{"strike: a place hit by an agent", "The border village of Kfar Kila was hit by Turkish drones late on Friday, officials said, after fighting near Metula.", "",
			[]wantEvent{{ActionStrike, "was hit by", "Turkey", "*", "Kfar Kila"}}},
		{"strike: hit by debris is no attack", "A house in the village was hit by debris on Tuesday.", "",
			nil},
		{"enter: walked into a city", "Rebel fighters walked into the centre of Bukavu on Sunday, meeting little resistance.", "",
			[]wantEvent{{ActionEnter, "walked into", "rebels", "*", "Bukavu"}}},
		{"strike: not said whether", "The ministry declined to say whether it had been hit by Turkish drones.", "",
			nil},
		{"deploy: a unit sent by a nation-led force", "The Chadian-led joint force sent a unit to Baga.", "",
			[]wantEvent{{ActionDeploy, "sent a unit", "Chad", "*", "Baga"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkEvents(t, tt.giveSentence, tt.giveHost, tt.want)
		})
	}
}

func TestFindPartiesCapitalsAsGovernments(t *testing.T) {
	tests := []struct {
		name         string
		giveSentence string
		want         []string
	}{
		{"between two capitals", "Tensions between Damascus and Ankara rose sharply.", []string{"Syrian government", "Turkey"}},
		{"two capitals as subject", "Moscow and Ankara agreed a ceasefire.", []string{"Russia", "Turkey"}},
		{"capital and country", "Talks between Moscow and Turkey stalled.", []string{"Russia", "Turkey"}},
		{"a capital as a place", "Protesters marched from Homs to Damascus.", nil},
		{"between a town and a capital", "The road between Deraa and Damascus was cut.", nil},
		{"another capital as its government", "Quito denied the claim.", []string{"Ecuador"}},
		{"a capital after its nation's adjective is a place", "Israel struck a building in the Qatari capital Doha.", []string{"Israel"}},
		{"the U.N. with stops", "The U.N. Security Council called on both sides to halt the fighting.", []string{"United Nations"}},
		{"a nation named in two words", "South Vietnamese troops recaptured the citadel.", []string{"South Vietnam"}},
		{"a nationality of another era", "Soviet aircraft bombed the valley.", []string{"Soviet Union"}},
		{"a regional body", "The Organization of American States called for an immediate ceasefire.", []string{"Organization of American States"}},
		{"a regional body by its initials", "ECOWAS leaders met in Abuja.", []string{"ECOWAS"}},
		{"a front named by its first word", "Polisario fighters attacked Moroccan positions.", []string{"Polisario Front", "Morocco"}},
		{"a leader stands for the state", "Ayatollah Ali Khamenei warned Israel.", []string{"Iran", "Israel"}},
		{"the Serbs of Bosnia", "Bosnian Serb forces captured the enclave on Tuesday.", []string{"Bosnian Serbs"}},
		{"a country's possessive before a region is where", "Resistance forces in Myanmar's western Chin state said they had captured the town.", []string{"rebels"}},
		{"Congo's army is DR Congo's", "Congo's army launched airstrikes on M23 positions.", []string{"DR Congo", "M23"}},
		{"the Republic of Congo's army is not DR Congo's", "The Republic of Congo's army said it had repelled an attack.", nil},
		{"a nation's named unit", "French Foreign Legion paratroopers dropped into the town.", []string{"France"}},
		{"a national defence force", "The Ethiopian National Defence Force said its units had driven the militia out of Kobo.", []string{"Ethiopia"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range findParties(tt.giveSentence) {
				got = append(got, p.Name)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("findParties() = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSeedHostsAreSyrian checks that the seed articles, whose timeline
// expects "the regime" to be the Syrian government, read as about Syria.
func TestSeedHostsAreSyrian(t *testing.T) {
	files, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if got := hostNation(lowerASCII(string(b))); got != hostSyria {
			t.Errorf("hostNation(%s) = %q, want %q", filepath.Base(f), got, hostSyria)
		}
	}
}

// TestTalksVenueIsNoAnaphorsPlace checks that "the region" of a later
// sentence is the war's last place, not the city where talks were held.
func TestTalksVenueIsNoAnaphorsPlace(t *testing.T) {
	text := "Russian troops advance in Kursk\n\nRussian troops attacked Ukrainian positions in the Kursk region on Monday. " +
		"NATO's chief met a South Korean delegation in Brussels on Monday. " +
		"Russian troops have recaptured several villages in the region in recent weeks."
	for _, c := range Extract(ingest.Article{ID: "t", Text: text, Published: "2024-10-28"}) {
		if c.Kind == KindEvent && c.Action == ActionCapture && c.Location != nil && c.Location.Name == "Brussels" {
			t.Errorf("capture placed at the talks' venue: %q", c.Quote)
		}
	}
}

func TestPlacesListed(t *testing.T) {
	tests := []struct {
		name, giveSentence, giveAt string
		want                       []string
	}{
		{"a list of ports", "Israeli jets struck the ports of Hodeidah, Ras Isa and Salif overnight.", "Hodeidah", []string{"Ras Isa", "Salif"}},
		{"three towns", "Russian forces captured Avdiivka, Marinka and Krasnohorivka on Friday.", "Avdiivka", []string{"Marinka", "Krasnohorivka"}},
		{"two towns the gazetteer knows", "Russian forces captured Avdiivka and Marinka on Friday.", "Avdiivka", []string{"Marinka"}},
		{"two names may be one area", "Russian forces captured Zorbanet and Kafr Zibad on Friday.", "Zorbanet", nil},
		{"two sides of a crossing", "Israeli tanks seized the crossing between Gaza and Egypt.", "Gaza", nil},
		{"a party's positions", "Jets struck Hodeidah, Sanaa and Houthi positions nearby.", "Hodeidah", nil},
		{"a name used as an adjective", "Jets struck Hodeidah, Saada and Sanaa airport buildings.", "Hodeidah", nil},
		{"names joined by particles", "Gunmen attacked Kayes, Nioro du Sahel and Sidi el-Bakri at dawn.", "Kayes", []string{"Nioro du Sahel", "Sidi el-Bakri"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, lp := range placesListed(tt.giveSentence, &Place{Text: tt.giveAt, Name: tt.giveAt}, 0) {
				got = append(got, lp.Place.Name)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("placesListed() = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestPlacesListedByTheCaptureOf: "the capture of" lists what was taken
// as "captured" does, two unknown names included.
func TestPlacesListedByTheCaptureOf(t *testing.T) {
	s := "The advance follows the capture of Darwin and Goose Green by the Parachute Regiment on Saturday."
	var got []string
	for _, lp := range placesListed(s, &Place{Text: "Darwin", Name: "Darwin"}, strings.Index(s, "the capture of")) {
		got = append(got, lp.Place.Name)
	}
	if strings.Join(got, "|") != "Goose Green" {
		t.Errorf("placesListed() = %q, want [Goose Green]", got)
	}
	// Two unknown names after other words may be one area.
	s = "The advance follows the capture of the settlements of Darwin and Goose Green on Saturday."
	if got := placesListed(s, &Place{Text: "Darwin", Name: "Darwin"}, strings.Index(s, "the capture of")); got != nil {
		t.Errorf("placesListed() = %v, want none", got)
	}
}

// TestListedPlacesShareTheDate checks that each place of a list is an
// event of its own, dated by the whole clause.
func TestListedPlacesShareTheDate(t *testing.T) {
	text := "Israel strikes Yemeni ports\n\nIsrael's military said its jets struck the Houthi-held ports of Hodeidah, Ras Isa and Salif overnight, and hit a ship."
	got := map[string]string{}
	for _, c := range Extract(ingest.Article{ID: "t", Text: text, Published: "2025-07-07"}) {
		if c.Kind == KindEvent && c.Action == ActionStrike && c.Location != nil {
			got[c.Location.Name] = strOrNil(c.Date.Start) + ".." + strOrNil(c.Date.End)
		}
	}
	for _, place := range []string{"Hodeidah", "Ras Isa", "Salif"} {
		if got[place] != "2025-07-06..2025-07-07" {
			t.Errorf("strike at %s dated %q, want the night before publication", place, got[place])
		}
	}
}

// TestWithdrawalFromTheLastPlace checks that a withdrawal told without a
// place is from the place of the events told before it.
func TestWithdrawalFromTheLastPlace(t *testing.T) {
	text := "Jihadists overrun army camp\n\nJihadists attacked the northern town of Djibo at dawn on Sunday, overrunning the main army camp. " +
		"The fighters pulled back in the afternoon before the arrival of army reinforcements, the sources said."
	for _, c := range Extract(ingest.Article{ID: "t", Text: text, Published: "2025-05-13"}) {
		if c.Kind == KindEvent && c.Action == ActionWithdraw {
			if c.Location == nil || c.Location.Name != "Djibo" {
				t.Errorf("withdrawal placed at %+v, want Djibo: %q", c.Location, c.Quote)
			}
			return
		}
	}
	t.Error("no withdrawal")
}

// TestAnaphoricObjectAndBeginnings checks that "deployed to the area" is
// at the place told before, not at a place another clause names, and that
// an event "since October" is dated by its beginning.
func TestAnaphoricObjectAndBeginnings(t *testing.T) {
	text := "Bandits raid villages\n\nArmed bandits attacked three villages in Maru district on Thursday, police said. " +
		"A police spokesman said tactical teams had been deployed to the area and that the bandits had retreated into the Kuyambana forest. " +
		"Troops have besieged the town of Gusau since October."
	var deployed, besieged bool
	for _, c := range Extract(ingest.Article{ID: "t", Text: text, Published: "2023-12-01"}) {
		switch {
		case c.Kind != KindEvent:
		case c.Action == ActionDeploy:
			deployed = true
			if c.Location == nil || c.Location.Name != "Maru" {
				t.Errorf("deployment placed at %+v, want Maru", c.Location)
			}
		case c.Action == ActionSiege:
			besieged = true
			if strOrNil(c.Date.Start)+".."+strOrNil(c.Date.End) != "2023-10-01..2023-10-31" {
				t.Errorf("siege dated %s..%s, want October", strOrNil(c.Date.Start), strOrNil(c.Date.End))
			}
		}
	}
	if !deployed || !besieged {
		t.Errorf("deployment found %v, siege found %v", deployed, besieged)
	}
}

// TestTownThatFell checks that "the town fell to" is a capture of the town
// told before, not of the state the sentence names.
func TestTownThatFell(t *testing.T) {
	text := "Army retakes Singa\n\nSudan's army on Saturday recaptured Singa, the capital of the southeastern state of Sennar, five months after the town fell to the paramilitary Rapid Support Forces."
	for _, c := range Extract(ingest.Article{ID: "t", Text: text, Published: "2024-11-16"}) {
		if c.Kind == KindEvent && c.Action == ActionCapture && c.Location != nil && c.Location.Name == "Sennar" {
			t.Errorf("capture placed at the state: %q", c.Quote)
		}
	}
}

// TestWiderHeadlineWithoutActor checks that a headline's event at a region
// is dropped when the body tells it at a place in that region, whoever the
// headline names as its actor.
func TestWiderHeadlineWithoutActor(t *testing.T) {
	text := "Gunmen ambush police convoy in Guerrero\n\nGunmen ambushed a convoy of state police near the town of Tlacotepec in the southern state of Guerrero on Friday, state authorities said."
	var places []string
	for _, c := range Extract(ingest.Article{ID: "t", Text: text, Published: "2024-06-15"}) {
		if c.Kind == KindEvent && c.Action == ActionStrike && c.Location != nil {
			places = append(places, c.Location.Name)
		}
	}
	if strings.Join(places, "|") != "Tlacotepec" {
		t.Errorf("strikes at %q, want only Tlacotepec", places)
	}
}

// TestArticleActors checks the actor an event takes from the rest of the
// article when its sentence names it only by description: "the group",
// "the militia", "the Iran-aligned group" is the armed group the article
// told of before (else after), and nobody when it names none.
func TestArticleActors(t *testing.T) {
	tests := []struct {
		name, text, published string
		action, place, actor  string
	}{
		{"the group, after the group told before",
			"Rebels advance in the east\n\nM23 fighters captured the town of Sake on Tuesday, residents said.\n\nThe group said it had also taken the town of Minova.",
			"2025-01-23", ActionCapture, "Minova", "M23"},
		{"an adjective before the group",
			"Attack on shipping\n\nHouthi forces fired missiles at a tanker in the Red Sea on Monday.\n\nThe Iran-aligned group said it had also attacked the port of Eilat.",
			"2024-03-05", ActionStrike, "Eilat", "Houthis"},
		{"the militia's fighters",
			"Clashes in Amhara\n\nFano militiamen attacked army posts near Gondar on Friday.\n\nThe militia's fighters also captured the town of Debark, residents said.",
			"2024-02-10", ActionCapture, "Debark", "Fano"},
		{"another clause's event is not the group's",
			"Fighting in Shan\n\nTNLA fighters captured the town of Mogok on Monday.\n\nThe group said it had taken Mongmit, breaking a ceasefire brokered by China in January.",
			"2024-07-25", ActionCeasefire, "", ""},
		{"militants named by the group that speaks of them",
			"Attack in Togo\n\nLOME, April 18 (AFP) - Jihadists killed at least 20 soldiers in an attack on a post in the Savanes region on Thursday, security sources said.\n\nThe al Qaeda-linked JNIM group said in a message that it had killed 20 soldiers and seized weapons.",
			"2025-04-18", ActionStrike, "Savanes", "JNIM"},
		{"the Islamist group",
			"Attack in Hiraan\n\nAl Shabaab fighters overran an army base in Hiraan on Monday.\n\nThe Islamist group had attacked a hotel in Beledweyne last week.",
			"2025-03-11", ActionStrike, "Beledweyne", "al-Shabaab"},
		{"air defences of the country another strikes",
			"Russia pounds Kyiv\n\nKYIV (Reuters) - Russia launched hundreds of drones at Kyiv overnight.\n\nAir defences shot down 45 missiles and 266 drones, the air force said.",
			"2025-06-10", ActionShootdown, "", "Ukraine"},
		{"the army of a report datelined in a capital that names another nation as often",
			"Russia pounds Kyiv\n\nKYIV (Reuters) - Russia launched hundreds of drones at Kyiv overnight.\n\nThe army shelled the village of Pisky on Monday.",
			"2025-06-10", ActionStrike, "Pisky", "Ukraine"},
		{"strikes in a country an alliance strikes are its",
			"Coalition strikes Yemen\n\nRIYADH (Reuters) - A Saudi-led coalition launched air strikes on Houthi positions in Saada overnight.\n\nWarplanes hit the air base at Sanaa airport, Al Arabiya television said.",
			"2015-03-26", ActionStrike, "Sanaa", "Saudi-led coalition"},
		{"a place seized as 'it' is the one the sentence is about",
			"Rebels hold Bor\n\nJUBA, Dec 20 (Reuters) - Rebel soldiers still held the town of Bor, capital of Jonglei state, on Friday, two days after seizing it from government troops, a spokesman said.",
			"2013-12-20", ActionCapture, "Bor", "rebels"},
		{"the militiamen are the militia told before",
			"Fano militia seizes town\n\nBAHIR DAR (AFP) - Fano militiamen attacked army posts near Gondar on Friday.\n\nThe militiamen also entered the town of Debre Tabor overnight, two residents said.",
			"2023-08-05", ActionEnter, "Debre Tabor", "Fano"},
		{"the coalition as the subject is the coalition the article names",
			"Coalition pushes on Hodeidah\n\nADEN (Reuters) - The Saudi-led coalition said its jets struck Houthi positions on Monday.\n\nThe coalition launched its assault on Hodeidah on June 13.",
			"2018-06-20", ActionOffensive, "Hodeidah", "Saudi-led coalition"},
		{"'They' opening a sentence are the side told of last",
			"Rebels push on\n\nGOMA (Reuters) - M23 rebels seized the town of Sake on Monday, residents said.\n\nThey captured Goma, the capital of North Kivu, last week.",
			"2025-02-10", ActionCapture, "Goma", "M23"},
		{"'It described' an act is not its act",
			"Rebels push on\n\nBEIRUT (AP) - Syrian batteries shelled Achrafieh overnight, the command said.\n\nIt described the downing of two Syrian helicopters over Zahle yesterday as the natural result of Syria's escalation.",
			"1981-04-29", ActionShootdown, "", ""},
		{"'They said their fighters' acted are the side told of last",
			"Helicopters downed\n\nISLAMABAD (Reuters) - Afghan rebels attacked a Soviet garrison near Khost on Monday, a guerrilla spokesman said.\n\nThey said their fighters shot down two Soviet helicopters near Khost on Tuesday.",
			"1987-03-05", ActionShootdown, "Khost", "rebels"},
		{"an army spokesman tells of its own forces",
			"Drones hit Port Sudan\n\nPORT SUDAN (Reuters) - Drones struck Port Sudan on Sunday.\n\nArmy spokesman Nabil Abdallah said air defences had intercepted several drones over the city.",
			"2025-05-05", ActionShootdown, "Port Sudan", "Sudanese army"},
		{"strikes in the country another country's attack is aimed at are its",
			"Russia hits Ukraine's energy grid\n\nKYIV, Dec 25 (Reuters) - Russia launched a massive missile attack on Ukraine's energy system on Christmas morning, officials said.\n\nBallistic missiles struck Kharkiv early on Wednesday, the mayor said.",
			"2024-12-25", ActionStrike, "Kharkiv", "Russia"},
		{"a weapon one state alone flies is that state's",
			"Bombers hit valley\n\nSAIGON (AP) - B-52 bombers from Guam struck the slopes of the Chu Pong massif on Monday, a spokesman said.",
			"1965-11-16", ActionStrike, "Chu Pong", "United States"},
		{"a movement's men by its initials",
			"Rebels take Kigali\n\nKIGALI (Reuters) - The Rwandan Patriotic Front took Kigali on Monday.\n\nOn Sunday afternoon RPF fighters opened fire on French troops near Butare, the French Defence Ministry said.",
			"1994-07-05", ActionStrike, "Butare", "Rwandan Patriotic Front"},
		{"a people's rebels are its movement's",
			"Rebels take base\n\nEthnic Chin rebels said on Monday they had captured the army base at Matupi.\n\nA spokesman for the Chin National Front (CNF) said the garrison had fled. The Three Brotherhood Alliance launched its offensive in October.",
			"2024-02-12", ActionCapture, "Matupi", "Chin National Front"},
		{"a second capture after an appositive and a day is the same side's",
			"Fighting spreads\n\nThe RSF seized the army's barracks in Wad Madani, the state capital, on Monday and took Sennar, the town to the south, on Thursday.",
			"2025-03-08", ActionCapture, "Sennar", "Rapid Support Forces"},
		{"strikes in a country one other country strikes are its",
			"Russia pounds Ukraine's grid\n\nKYIV, Dec 25 (Reuters) - Russian missiles struck power plants in Kyiv on Wednesday, officials said.\n\nDrones hit a substation in Odesa overnight, the governor said.",
			"2024-12-25", ActionStrike, "Odesa", "Russia"},
		{"no group told: nobody",
			"Fighting in the north\n\nThe group said it had captured the town of Debark.",
			"2024-02-10", ActionCapture, "Debark", ""},
		{"a named group is not an anaphor",
			"Fighting in the north\n\nArmy troops shelled Lashio on Monday.\n\nThe Kachin group said it had captured the town of Bhamo.",
			"2024-02-10", ActionCapture, "Bhamo", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			forEventAt(t, tt.text, tt.published, tt.action, tt.place, func(c Claim) {
				got := ""
				if c.Actor != nil {
					got = c.Actor.Name
				}
				if got != tt.actor {
					t.Errorf("actor of %q = %q, want %q", c.Quote, got, tt.actor)
				}
			})
		})
	}
}

// forEventAt calls check with each event of the article that has the
// action and is at place, and fails when there is none.
func forEventAt(t *testing.T, text, published, action, place string, check func(Claim)) {
	t.Helper()
	found := false
	for _, c := range Extract(ingest.Article{ID: "t", Text: text, Published: published}) {
		if c.Kind == KindEvent && c.Action == action && eventAt(place, c) {
			found = true
			check(c)
		}
	}
	if !found {
		t.Errorf("no %s at %s", action, place)
	}
}

// TestArticleEventDates checks how an article dates its events: relative
// dates count from the dateline's day when the report is published a day
// or two later, unless they name a day after it (an update), and an event
// said to be due on a weekday is in the week to come.
func TestArticleEventDates(t *testing.T) {
	tests := []struct {
		name, text, published string
		action, place, want   string
	}{
		{"overnight, from the dateline's day",
			"Drones hit Lviv\n\nLVIV, Ukraine, Sept 9 (Reuters) - Russian drones struck Lviv overnight, the mayor said on Tuesday.",
			"2025-09-10", ActionStrike, "Lviv", "2025-09-08..2025-09-09"},
		{"a day after the dateline's: an update",
			"Raid on Nalchik\n\nNALCHIK, Russia, Oct 13 (AP) - Troops entered the district of Nalchik on Friday, officials said.",
			"2005-10-14", ActionEnter, "Nalchik", "2005-10-14..2005-10-14"},
		{"a 'when' clause without its comma takes the day it hangs on",
			"Bus hit by bomb\n\nA dozen civilians died on Tuesday when a roadside bomb hit their bus near Gwoza, police said.",
			"2024-03-14", ActionStrike, "Gwoza", "2024-03-12..2024-03-12"},
		{"a month ending the sentence after an appositive",
			"Base falls\n\nThe rebels overran the army's Elephant Pass base, the gateway to the Jaffna peninsula, in April last year.",
			"2001-07-24", ActionCapture, "Elephant Pass", "2000-04-01..2000-04-30"},
		{"a year the event is measured against does not date it",
			"Kunduz\n\nAfghan troops launched a counter-offensive on Tuesday to retake the northern city of Kunduz, a day after Taliban fighters overran it in their biggest victory since they were driven from power in 2001, officials said.",
			"2015-09-29", ActionCapture, "Kunduz", "2015-09-28..2015-09-28"},
		{"an 'as' clause after a participle's takes the day it hangs on",
			"Kirkuk\n\nIraqi government forces took control of the oil city of Kirkuk on Monday, meeting little resistance as Kurdish peshmerga fighters withdrew.",
			"2017-10-17", ActionWithdraw, "Kirkuk", "2017-10-16..2017-10-16"},
		{"the day its figures were given, not the day it was told",
			"Clash in Negros\n\nMANILA, April 18 (Reuters) - Philippine soldiers killed seven rebels during a clash on the island of Negros, the military said on Thursday.\n\nThe fighting broke out on Wednesday afternoon in the mountains, an army spokesman said.",
			"2024-04-18", ActionStrike, "Negros", "2024-04-17..2024-04-17"},
		{"no dateline: from publication",
			"Drones hit Lviv\n\nRussian drones struck Lviv overnight, the mayor said.",
			"2025-09-10", ActionStrike, "Lviv", "2025-09-09..2025-09-10"},
		{"a day after: the day before the sentence's",
			"Shelling on the border\n\nHezbollah shelled Kfar Kila on Tuesday, officials said, a day after Israeli drones hit Metula.",
			"2025-03-19", ActionStrike, "Metula", "2025-03-17..2025-03-17"},
		{"due to hold talks on a weekday",
			"Talks planned\n\nThe two delegations are due to hold talks in Istanbul on Monday.",
			"2025-06-01", ActionTalks, "Istanbul", "2025-06-02..2025-06-02"},
		{"an act right after 'after' takes the day of the clause it hangs on",
			"Town falls\n\nRebels seized the town of Kalehe on Friday after launching an offensive in the hills, residents said.",
			"2025-05-04", ActionOffensive, "", "2025-05-02..2025-05-02"},
		{"the day before the event told first",
			"Town retaken\n\nRebels recaptured the town of Kalehe on Sunday despite air strikes on Minova the day before, residents said.",
			"2025-05-07", ActionStrike, "Minova", "2025-05-03..2025-05-03"},
		{"the day before the event of the sentence before",
			"Town retaken\n\nRebels seized the town of Kalehe on Tuesday. Government jets had bombed Minova the day before.",
			"2025-05-07", ActionStrike, "Minova", "2025-05-05..2025-05-05"},
		{"a second verb's own day after its appositive",
			"Fighting spreads\n\nThe RSF seized the army's barracks in Wad Madani, the state capital, on Monday and took Sennar, the town to the south, on Thursday.",
			"2025-03-08", ActionCapture, "Sennar", "2025-03-06..2025-03-06"},
		{"a truce's own day after its appositive",
			"Fighting resumes\n\nRebels seized the town of Kalehe on Sunday. A ceasefire between Burundi and Rwanda, mediated by Qatar, took effect on March 3, but fighting resumed in April.",
			"2025-05-07", ActionCeasefire, "", "2025-03-03..2025-03-03"},
		{"setting fire to a depot is no time to come",
			"Depot on fire\n\nA Ukrainian drone attack set fire to an oil depot in Russia's Bryansk region early on Monday, the regional governor said.",
			"2024-05-30", ActionStrike, "Bryansk", "2024-05-27..2024-05-27"},
		{"a day set for talks is to come",
			"Talks planned\n\nThe two delegations are set to hold talks in Istanbul on Monday.",
			"2025-06-01", ActionTalks, "Istanbul", "2025-06-02..2025-06-02"},
		{"a blockade laid the day of the clause it came before",
			"Paratroopers dropped\n\nTUNIS, July 20 (AP) - French paratroopers were dropped into the naval base at Bizerte on Wednesday after Tunisian troops and volunteers blockaded the base.",
			"1961-07-20", ActionSiege, "Bizerte", "1961-07-19..1961-07-19"},
		{"a siege under way is of no day",
			"Town encircled\n\nArmy troops captured the hill of Kalabo on Monday after the rebels had been besieging the town for weeks.",
			"2025-05-07", ActionSiege, "", "nil..nil"},
		{"a siege takes no day from the sentence before",
			"Town encircled\n\nArmy troops captured the hill of Kalabo on Monday. The rebels have besieged the town of Mopeia.",
			"2025-05-07", ActionSiege, "Mopeia", "nil..nil"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			forEventAt(t, tt.text, tt.published, tt.action, tt.place, func(c Claim) {
				if got := strOrNil(c.Date.Start) + ".." + strOrNil(c.Date.End); got != tt.want {
					t.Errorf("%q dated %s, want %s", c.Quote, got, tt.want)
				}
			})
		})
	}
}

// checkEvents fails t unless findEventsIn reads exactly the events want
// in sentence: action and quote, actor, target and place ("*" for any).
func checkEvents(t *testing.T, sentence, host string, want []wantEvent) {
	t.Helper()
	got := findEventsIn(sentence, host)
	if len(got) != len(want) {
		t.Fatalf("findEventsIn() = %d events %s, want %d", len(got), describeEvents(sentence, got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Action != w.action || sentence[g.Start:g.End] != w.quote {
			t.Errorf("event %d = %s %q, want %s %q", i, g.Action, sentence[g.Start:g.End], w.action, w.quote)
		}
		checkName(t, "actor", partyName(g.Actor), w.actor)
		checkName(t, "target", partyName(g.Target), w.target)
		place := ""
		if g.Place != nil {
			place = g.Place.Name
		}
		checkName(t, "place", place, w.place)
	}
}

// TestHistoryIsNoEvent checks that an event an article dates three
// calendar years or more before its own day is background, not news,
// unless the sentence tells of a state that has gone on since then.
func TestHistoryIsNoEvent(t *testing.T) {
	tests := []struct {
		name, text, published string
		action                string
		want                  bool
	}{
		{"a war's start years before",
			"Iran takes Fao\n\nNICOSIA, Feb 12 (Reuters) - Iranian forces captured the Iraqi port of Fao on Tuesday, Tehran radio said.\n\nIraq tore up the Algiers accord when it invaded Iran in 1980.",
			"1986-02-12", ActionOffensive, false},
		{"a battle of another war",
			"Putin at Volgograd\n\nVOLGOGRAD, Feb 2 (Reuters) - In the Battle of Stalingrad, the Red Army encircled the German Sixth Army in the winter of 1942-43.",
			"2023-02-02", ActionSiege, false},
		{"a memorial for a bombing decades before",
			"Memorial in Omagh\n\nOMAGH, Northern Ireland (Reuters) - Memorial services were held on Sunday for the victims of the 1998 bombing.",
			"2023-08-14", ActionStrike, false},
		{"a film of a battle of another war",
			"Film review\n\nLONDON (Reuters) - The film tells how the Marines captured Iwo Jima in 1945.",
			"2006-10-20", ActionCapture, false},
		{"last year is still news",
			"Ships seized\n\nDUBAI (Reuters) - The Houthis hit the Galaxy Leader, a ship the group seized in 2023.",
			"2024-07-07", ActionCapture, true},
		{"a state that has gone on since",
			"Town lost\n\nMOGADISHU (Reuters) - The town had served as a base for the army's offensive against the militants since it was recaptured from them in 2022.",
			"2025-04-16", ActionOffensive, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := false
			for _, c := range Extract(ingest.Article{ID: "t", Text: tt.text, Published: tt.published}) {
				if c.Kind == KindEvent && c.Action == tt.action {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("%s extracted = %v, want %v", tt.action, got, tt.want)
			}
		})
	}
}

// TestOfficialSeatIsNoPlace checks that where an official who tells of an
// event sits ("a spokesman in New Delhi said") is not the event's place.
func TestOfficialSeatIsNoPlace(t *testing.T) {
	text := "Jets lost\n\nISLAMABAD (Reuters) - An Air Force spokesman in New Delhi said the MiG-21 was brought down by a missile on Thursday."
	forEventAt(t, text, "1999-05-28", ActionShootdown, "", func(c Claim) {
		if p := eventPlaceOf(c); p == "New Delhi" {
			t.Errorf("%q placed at %s, the spokesman's seat", c.Quote, p)
		}
	})
}

// TestHeadlineTargetToldAt pins that a headline event placed only by the
// nation it struck gives way to the body's telling at a place of its own,
// and stays when the body tells it nowhere else.
func TestHeadlineTargetToldAt(t *testing.T) {
	tests := []struct {
		name, text string
		wantQuotes []string
	}{
		{"told at a place in the body", "Egyptian jets raid Libyan air base after border clash\n\nCAIRO, July 23 (AP) - Egyptian warplanes bombed the Libyan air base at El Adem near Tobruk on Friday, the government announced.",
			[]string{"CAIRO, July 23 (AP) - Egyptian warplanes bombed the Libyan air base at El Adem near Tobruk on Friday, the government announced."}},
		{"not told again", "Egyptian jets raid Libyan air base\n\nCAIRO, July 23 (AP) - The government announced a state of emergency on Friday.",
			[]string{"Egyptian jets raid Libyan air base"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range Extract(ingest.Article{ID: "t", Text: tt.text, Published: "1977-07-23"}) {
				if c.Kind == KindEvent && c.Action == ActionStrike {
					got = append(got, c.Quote)
				}
			}
			if !slices.Equal(got, tt.wantQuotes) {
				t.Errorf("strikes = %q, want %q", got, tt.wantQuotes)
			}
		})
	}
}

// TestPassiveActors pins that a strike told in the passive without its
// agent takes the actor of the strike told just before it, unless that
// actor is the side struck.
func TestPassiveActors(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the strikes' actors, in order
	}{
		{"a second camp attacked", "Raids\n\nRhodesian jets bombed a guerrilla camp near Chimoio on Wednesday. A second camp at Tembue was attacked two days later.",
			[]string{"Rhodesia", "Rhodesia"}},
		{"told by its agent", "Raids\n\nRhodesian jets bombed a guerrilla camp near Chimoio on Wednesday. A second camp at Tembue was attacked by Zambian troops two days later.",
			[]string{"Rhodesia", "Zambia"}},
		{"with no strike before", "Raids\n\nRhodesian troops withdrew from Chimoio on Wednesday. A second camp at Tembue was attacked two days later.",
			[]string{""}},
		{"told by its agent later in the sentence", "Raids\n\nRhodesian jets bombed a guerrilla camp near Chimoio on Wednesday. A second camp at Tembue was attacked two days later and taken by the afternoon.",
			[]string{"Rhodesia", "Rhodesia"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range Extract(ingest.Article{ID: "t", Text: tt.text, Published: "1977-11-30"}) {
				if c.Kind == KindEvent && c.Action == ActionStrike {
					a := ""
					if c.Actor != nil {
						a = c.Actor.Name
					}
					got = append(got, a)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("actors = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestPassiveOffensiveActor pins that an offensive told in the passive
// without its agent takes the actor of the event told just before it.
func TestPassiveOffensiveActor(t *testing.T) {
	text := "Heights retaken\n\nChinese frontier troops have recaptured the Laoshan heights, the agency said on Monday.\n\nThe agency said the counter-attack was launched on Saturday morning."
	var got []string
	for _, c := range Extract(ingest.Article{ID: "t", Text: text, Published: "1984-04-30"}) {
		if c.Kind == KindEvent && c.Action == ActionOffensive {
			a := ""
			if c.Actor != nil {
				a = c.Actor.Name
			}
			got = append(got, a)
		}
	}
	if !slices.Equal(got, []string{"China"}) {
		t.Errorf("offensive actors = %q, want [China]", got)
	}
}

// TestEntryOfCapture pins that a headline capture the body tells only as
// a landing or an entry by the same side takes that one's date.
func TestEntryOfCapture(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a landing dates the capture", "Chinese seize Paracel islands\n\nSAIGON, Jan 20 (Reuter) - Chinese forces landed on three islands of the Paracel group on Sunday, the command said.", "1974-01-20"},
		{"another side's landing does not", "Chinese seize Paracel islands\n\nSAIGON, Jan 20 (Reuter) - South Vietnamese marines landed on Pattle island on Sunday, the command said.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := "none"
			for _, c := range Extract(ingest.Article{ID: "t", Text: tt.text, Published: "1974-01-20"}) {
				if c.Kind == KindEvent && c.Action == ActionCapture {
					got = ""
					if c.Date.Start != nil {
						got = *c.Date.Start
					}
				}
			}
			if got != tt.want {
				t.Errorf("capture date = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCableDatelineDays checks that the relative days of a report count
// from its dateline's day when the dateline, a day before publication,
// stands on a line of its own as cables print it, or follows a subhead.
func TestCableDatelineDays(t *testing.T) {
	tests := []struct {
		name, give, published, action, want string
	}{
		{"a cable's dateline on its own line", "NEW BRITISH BLOW.\n\nLONDON, Nov. 21.\n\nSir Douglas Haig reports:--\n\n\"Yesterday morning our troops captured Havrincourt after heavy fighting.\"",
			"1917-11-22", ActionCapture, "1917-11-20"},
		{"a dateline after a subhead, and this morning", "AMERICANS TAKE VIGNEULLES\n\nPershing's Columns Meet -- Montsec Falls\n\nWITH THE AMERICAN ARMY IN LORRAINE, Sept. 13 (AP). -- American troops entered Vigneulles at 2 o'clock this morning.",
			"1918-09-14", ActionEnter, "1918-09-13"},
		{"a weekday after the dateline's day is the update's", "KYIV, Aug 21 (Reuters) - Russian forces captured Novohrodivka on Friday, the ministry said.",
			"2025-08-22", ActionCapture, "2025-08-22"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range Extract(ingest.Article{ID: "c", Text: tt.give, Published: tt.published}) {
				if c.Kind == KindEvent && c.Action == tt.action {
					got = append(got, dayOrNull(c.Date.Start))
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("%s dates %v, want [%s]", tt.action, got, tt.want)
			}
		})
	}
}

// TestEventSpanKeepsNumbers checks that a clause of a sentence with two
// events does not end or begin at the comma inside a number ("1,100").
func TestEventSpanKeepsNumbers(t *testing.T) {
	s := "Libyan officials say NATO strikes have killed more than 1,100 civilians since the alliance began its bombing campaign in March."
	events := findEventsIn(s, "")
	if len(events) < 2 {
		t.Fatalf("findEventsIn() = %s, want two events", describeEvents(s, events))
	}
	comma := strings.Index(s, "1,100") + 1
	for _, sp := range eventSpans(s, events, nil) {
		if sp[0] == comma+1 || sp[1] == comma {
			t.Errorf("span %q cuts the number", s[sp[0]:sp[1]])
		}
	}
}
