package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestRegimentNouns: men named by their regiment or service ("Gurkhas",
// "Border Scouts", "riflemen") are victims, alone and in a list of groups.
func TestRegimentNouns(t *testing.T) {
	for _, tc := range []struct {
		give string
		want []int
	}{
		{"One Gurkha, two policemen and six Border Scouts were killed in the fighting, he said.", []int{1, 2, 6}},
		{"Two Gurkhas were wounded.", []int{2}},
		{"Three riflemen and a sentry were killed when the post was overrun.", []int{3, 1}},
		{"Four partisans were shot dead near the bridge.", []int{4}},
	} {
		var got []int
		for _, c := range extractText(t, tc.give, "1963-10-01") {
			if c.Kind == KindCasualty && c.Count != nil && c.Count.Value != nil {
				got = append(got, *c.Count.Value)
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: figures %v, want %v", tc.give, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: figures %v, want %v", tc.give, got, tc.want)
				break
			}
		}
	}
}

// TestSourceGoesOnAtReportTime: a sentence dated only by the time of the
// report ("tonight") or by the deed before it ("a day later") goes on with
// the source of the one before it in its paragraph; one dated on its own
// ("on Saturday") is the outlet's.
func TestSourceGoesOnAtReportTime(t *testing.T) {
	text := "KUCHING, Oct. 1 (Reuters) - Raiders overran a border post at the weekend, an army spokesman said.\n\n" +
		"Two policemen were killed in the fighting, the spokesman said. Three soldiers were wounded and reached a patrol base a day later. " +
		"Eleven scouts were still missing tonight. Four villagers were killed in a separate raid on Saturday."
	want := map[int]string{2: "spokesman", 3: "spokesman", 11: "spokesman", 4: ""}
	seen := 0
	for _, c := range extractText(t, text, "1963-10-01") {
		if c.Kind != KindCasualty || c.Count == nil || c.Count.Value == nil {
			continue
		}
		w, ok := want[*c.Count.Value]
		if !ok {
			continue
		}
		seen++
		if c.AttributedTo != w && !(w != "" && c.AttributedTo == "army spokesman") {
			t.Errorf("%q: source %q, want %q", c.Quote, c.AttributedTo, w)
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of the %d figures", seen, len(want))
	}
}

// TestStatesOfTheirDay: the armies of states since renamed or gone
// ("Rhodesian", "Ceylon's", "Zairean") are named as the report names them.
func TestStatesOfTheirDay(t *testing.T) {
	for give, want := range map[string]string{
		"A soldier of the Rhodesian African Rifles was killed on Sunday.": "Rhodesian military",
		"Twelve Ceylonese soldiers were killed in the ambush.":            "Ceylonese military",
		"Seven Zairean soldiers were killed near the border.":             "Zairean military",
	} {
		checkFirstSide(t, give, "1977-02-08", want)
	}
}

// TestSuspectedOfClause: a group told with what it was suspected or
// accused of ("tappers suspected of supplying food to the bandits were
// shot dead") is the verb's subject; the group inside the clause is not.
func TestSuspectedOfClause(t *testing.T) {
	for _, give := range []string{
		"Twenty-four rubber tappers suspected of supplying food to the bandits were shot dead by a patrol.",
		"Twenty-four villagers accused of helping the rebels were shot dead by soldiers.",
	} {
		claims := extractText(t, give, "1948-12-13")
		if len(claims) != 1 || claims[0].Count == nil || claims[0].Count.Value == nil || *claims[0].Count.Value != 24 ||
			claims[0].Victims.Side != SideCivilians {
			var got []string
			for _, c := range claims {
				got = append(got, c.Quote+" / "+c.Victims.Side)
			}
			t.Errorf("%q: got %q, want one figure of 24 civilians", give, got)
		}
	}
}

// TestWhereTheGunmanStood: "a gunman on the Afghan side" tells where the
// attacker stood, not whose the soldier killed was; "On the Israeli side,
// 22 soldiers were killed" tells whose they were. Greek and Turkish
// Cypriots are people, not armies.
func TestWhereTheGunmanStood(t *testing.T) {
	for give, want := range map[string]string{
		"A gunman on the Afghan side opened fire on Pakistani troops at the gate, killing one soldier.": "Pakistani military",
		"On the Israeli side, 22 soldiers were killed.":                                                 "Israeli military",
		"Eight Greek Cypriots were hacked to death near the village.":                                   SideCivilians,
	} {
		checkFirstSide(t, give, "2022-12-12", want)
	}
}

// TestDocumentSources: a communique or statement told with who issued it
// and where it was read is the issuer's, or the document's when no one is
// named; "according to reports reaching Stockholm" names no one reporting.
func TestDocumentSources(t *testing.T) {
	for give, want := range map[string]string{
		"A communique issued in Oslo by Reichskommissar Josef Terboven and printed in the controlled Norwegian press said two officers were shot dead.": "communique",
		"A statement released by the army and read on state television said two officers were shot dead.":                                               "army",
		"A statement issued by the Biafran Ministry of Information said two officers were shot dead.":                                                   "Biafran Ministry of Information",
	} {
		claims := slices.DeleteFunc(extractText(t, give, "1942-05-05"), func(c Claim) bool { return c.Kind != KindCasualty })
		if len(claims) != 1 {
			t.Errorf("%q: %d figures, want 1", give, len(claims))
			continue
		}
		if claims[0].AttributedTo != want {
			t.Errorf("%q: source %q, want %q", give, claims[0].AttributedTo, want)
		}
	}
	text := "STOCKHOLM, May 5 (AP) - German authorities have shot 18 Norwegians for the killing of two German police officers, according to reports reaching Stockholm today.\n\n" +
		"A communique issued in Oslo by the Reichskommissar and printed in the controlled press said two officers were shot dead on April 26. " +
		"One of the agents was killed in the exchange of fire, the communique said."
	for _, c := range extractText(t, text, "1942-05-05") {
		if c.Kind == KindCasualty && strings.Contains(c.AttributedTo, "according") {
			t.Errorf("%q: source %q", c.Quote, c.AttributedTo)
		}
	}
}

// TestGovernmentsByCountry: every nation the sides know by its adjective
// names its government by its country ("Costa Rican" is Costa Rica's).
func TestGovernmentsByCountry(t *testing.T) {
	for _, adj := range nationAdjectives {
		if got := governmentOf(adj); got == adj && adj != "Myanmar" {
			t.Errorf("governmentOf(%q) = %q, want a country", adj, got)
		}
	}
}

// TestFellToPastApposition: the town that "fell to" a force is the one
// named before an apposition calling it a base or a gateway, not a place
// the apposition names.
func TestFellToPastApposition(t *testing.T) {
	for give, want := range map[string]string{
		"Koritza, the Italians' main base in the north, fell to the Greeks on Nov. 22.":               "Koritza",
		"Chinchow, the gateway between Manchuria and North China, fell to the Communists on Oct. 15.": "Chinchow",
	} {
		checkCaptureAt(t, give, "1948-11-03", want)
	}
}

// TestCapturedApposition: a town told after the object it names ("the
// rebels' political capital, Kilinochchi,") is where the capture was,
// known to the gazetteer or not.
func TestCapturedApposition(t *testing.T) {
	for give, want := range map[string]string{
		"Troops captured the rebels' political capital, Kilinochchi, on Jan. 2.": "Kilinochchi",
		"Troops captured the rebels' last major base, Mullaitivu, on Jan. 25.":   "Mullaitivu",
	} {
		checkCaptureAt(t, give, "2009-02-21", want)
	}
}

// TestWhoWereOnBoard: a group told with where it was ("who were on
// board, including the crew,") is the subject of the verb after it; a
// headline's "At Least" is no place.
func TestWhoWereOnBoard(t *testing.T) {
	for _, give := range []string{
		"The other 768 persons who were on board, including the crew, are presumed to have lost their lives.",
		"Twelve people who were in the bus were killed.",
	} {
		claims := extractText(t, give, "1942-02-26")
		if len(claims) != 1 || claims[0].Count == nil || claims[0].Count.Value == nil || claims[0].Outcome != OutcomeKilled {
			t.Errorf("%q: %d claims, want one figure killed", give, len(claims))
		}
	}
	for _, c := range extractText(t, "Blast Kills At Least 30 In Havana Port\n\nHAVANA, March 4 (AP) - An explosion killed at least 30 persons this afternoon, police said.", "1960-03-04") {
		if c.Location != nil && c.Location.Name == "Least" {
			t.Errorf("%q: placed at %q", c.Quote, c.Location.Name)
		}
	}
}

// TestOlderArmedGroups: armed groups of other wars are named as reports
// name them ("Fretilin forces", "EOKA gunmen", "Amal militiamen"), and a
// place set off by an apposition after "after" is where it fell.
func TestOlderArmedGroups(t *testing.T) {
	for give, want := range map[string]string{
		"Fretilin forces captured the town of Kalimbo on Monday.":     "Fretilin",
		"EOKA gunmen attacked a police station in Kalimbo on Monday.": "EOKA",
		"Amal militiamen captured the town of Kalimbo on Monday.":     "Amal",
		"Seleka fighters captured the town of Kalimbo on Monday.":     "Seleka",
	} {
		if got := eventActor(t, give, "2020-01-08"); got != want {
			t.Errorf("%q: actor %q, want %q", give, got, want)
		}
	}
	for _, c := range extractText(t, "Kawmoora's fall came less than a month after Manerplaw, the KNU's headquarters for two decades, fell to Burmese troops on Jan. 27.", "1995-02-22") {
		if c.Kind == KindEvent && c.Action == ActionCapture && (c.Location == nil || c.Location.Name != "Manerplaw") {
			t.Errorf("%q: capture at %v, want Manerplaw", c.Quote, c.Location)
		}
	}
}

// TestNumberKilledAndMachineGunned: "put the number killed at about 115"
// is a toll, and those "machine-gunned" after they "had surrendered" were
// killed, not captured.
func TestNumberKilledAndMachineGunned(t *testing.T) {
	for give, want := range map[string]int{
		"A First Army officer put the number killed at about 115.":                                  115,
		"German troops machine-gunned more than 100 American soldiers who had surrendered to them.": 100,
	} {
		claims := slices.DeleteFunc(extractText(t, give, "1944-12-20"), func(c Claim) bool { return c.Kind != KindCasualty })
		if len(claims) != 1 || claims[0].Outcome != OutcomeKilled || claims[0].Count == nil || claims[0].Count.Value == nil || *claims[0].Count.Value != want {
			var got []string
			for _, c := range claims {
				got = append(got, c.Outcome+" "+c.Quote)
			}
			t.Errorf("%q: got %q, want one figure of %d killed", give, got, want)
		}
	}
}

// TestCompletedTheCapture: who "completed the capture of" a town took it.
func TestCompletedTheCapture(t *testing.T) {
	found := false
	for _, c := range extractText(t, "Russian forces likely completed the capture of Rubizhne on May 12 after more than a month of urban fighting.", "2022-05-13") {
		if c.Kind == KindEvent && c.Action == ActionCapture {
			found = true
			if c.Actor == nil || c.Actor.Name != "Russia" {
				t.Errorf("%q: actor %v, want Russia", c.Quote, c.Actor)
			}
		}
	}
	if !found {
		t.Error("no capture")
	}
}

// TestBosniaByItsShortName: Bosnia's government forces are named "Bosnia",
// as reports name the state.
func TestBosniaByItsShortName(t *testing.T) {
	for _, c := range extractText(t, "Bosnian government troops captured Velika Kladusa on Sunday.", "1994-08-22") {
		if c.Kind == KindEvent && (c.Actor == nil || c.Actor.Name != "Bosnia") {
			t.Errorf("%q: actor %v, want Bosnia", c.Quote, c.Actor)
		}
	}
}

// TestNamedServices: a state's services named without its adjective ("R.A.F.
// bombers", "the Luftwaffe", "the Red Army") are the state's.
func TestNamedServices(t *testing.T) {
	for give, want := range map[string]string{
		"R.A.F. bombers raided the airfield at El Adem overnight.": "United Kingdom",
		"Luftwaffe bombers raided Coventry overnight.":             "Germany",
		"The Red Army captured the town of Kalimbo.":               "Soviet Union",
	} {
		if got := eventActor(t, give, "1941-01-06"); got != want {
			t.Errorf("%q: actor %q, want %q", give, got, want)
		}
	}
}

// checkCaptureAt checks that text, published on the day given, tells a
// capture and places every capture at want.
func checkCaptureAt(t *testing.T, text, published, want string) {
	t.Helper()
	found := false
	for _, c := range extractText(t, text, published) {
		if c.Kind == KindEvent && c.Action == ActionCapture {
			found = true
			if c.Location == nil || c.Location.Name != want {
				t.Errorf("%q: capture at %v, want %s", text, c.Location, want)
			}
		}
	}
	if !found {
		t.Errorf("%q: no capture", text)
	}
}

// eventActor returns the actor's name of the last event text tells, or "".
func eventActor(t *testing.T, text, published string) string {
	t.Helper()
	got := ""
	for _, c := range extractText(t, text, published) {
		if c.Kind == KindEvent && c.Actor != nil {
			got = c.Actor.Name
		}
	}
	return got
}

// TestSurrenderedPastApposition: a fortress that "surrendered to" forces
// is captured, also when an apposition stands between it and the verb.
func TestSurrenderedPastApposition(t *testing.T) {
	checkCaptureAt(t, "CAIRO, Jan. 6 (AP) - The Italian fortress of Bardia, on the Libyan coast 15 miles beyond the Egyptian frontier, surrendered to British imperial forces yesterday.", "1941-01-06", "Bardia")
	for _, c := range extractText(t, "Ahmed, a local commander, surrendered to police on Monday.", "1941-01-06") {
		if c.Kind == KindEvent && c.Action == ActionCapture {
			t.Errorf("%q: a man's surrender read as a capture", c.Quote)
		}
	}
}

// TestFellWithoutTo: a town that "fell on Monday" or "had fallen" was
// captured, though the forces it fell to go untold; shells and debris that
// fell, prices that have fallen and a town's apposition are no captures.
func TestFellWithoutTo(t *testing.T) {
	checkCaptureAt(t, "General Constand Viljoen told reporters that Xangongo fell on Monday.", "1981-08-28", "Xangongo")
	checkCaptureAt(t, "The Italian High Command acknowledged that Bardia had fallen after a heroic resistance.", "1941-01-06", "Bardia")
	for _, give := range []string{
		"Shells fell on the border town of Gisenyi overnight.",
		"Debris fell on several districts of Kyiv.",
		"Prices have fallen sharply.",
		"The airport, the biggest in the Middle East, fell on Saturday.",
		"Since then the two sides have fallen out over the plans.",
		"By evening the guns around Mariupol had fallen silent.",
	} {
		for _, c := range extractText(t, give, "1994-07-15") {
			if c.Kind == KindEvent && c.Action == ActionCapture {
				t.Errorf("%q: read as a capture at %v", give, c.Location)
			}
		}
	}
}

// TestPairedSubjectCaptures: "Sollum and Fort Capuzzo were retaken" is a
// capture at each town.
func TestPairedSubjectCaptures(t *testing.T) {
	if at := captureNames(t, "Sollum and Fort Capuzzo were retaken on Dec. 16.", "1941-01-06"); at != "Fort Capuzzo|Sollum" {
		t.Errorf("captures at %q, want Fort Capuzzo and Sollum", at)
	}
	// A bare passive ("were occupied"), and a name with a particle.
	if at := captureNames(t, "Mora de Ebro and Asco were occupied on Monday.", "1938-11-08"); at != "Asco|Mora de Ebro" {
		t.Errorf("captures at %q, want Asco and Mora de Ebro", at)
	}
}

// captureNames lists the places of the captures extracted from text, in
// order, joined by "|".
func captureNames(t *testing.T, text, published string) string {
	var at []string
	for _, c := range extractText(t, text, published) {
		if c.Kind == KindEvent && c.Action == ActionCapture && c.Location != nil {
			at = append(at, c.Location.Name)
		}
	}
	slices.Sort(at)
	return strings.Join(at, "|")
}

// TestVietminhAndAirForces: "Vietminh" is the Viet Minh, the SNM the Somali
// National Movement, and a numbered air force of the Second World War
// ("the Fifth Air Force") the United States'.
func TestVietminhAndAirForces(t *testing.T) {
	checkActors(t, "1953-04-15", map[string]string{
		"Vietminh troops entered Sam Neua yesterday, he said.":                            "Viet Minh",
		"Mitchell bombers of the Fifth Air Force struck barges at Finschhafen yesterday.": "United States",
		"SNM guerrillas overran the army garrison at Burao on Friday.":                    "Somali National Movement",
	})
}

// checkActors checks the actor of the events each text of cases tells.
func checkActors(t *testing.T, published string, cases map[string]string) {
	t.Helper()
	for give, want := range cases {
		if got := eventActor(t, give, published); got != want {
			t.Errorf("%q: actor %q, want %q", give, got, want)
		}
	}
}

// TestHeadlineSpeaker: a capital that "Claims" in a headline's capitals
// speaks; it is not where the event was.
func TestHeadlineSpeaker(t *testing.T) {
	for _, c := range extractText(t, "Koenig's Men Break Out by Night; Berlin Claims Fortress Was Stormed", "1942-06-12") {
		if c.Kind == KindEvent && c.Location != nil && c.Location.Name == "Berlin" {
			t.Errorf("%q: placed at Berlin", c.Quote)
		}
	}
}

// TestNationLosses: a count with no noun after "<nation> casualties" or
// "<nation> losses" is the nation's forces', unless another nation is
// named between.
func TestNationLosses(t *testing.T) {
	// (The 300 Japanese and the 17 taken with them are Japan's: a nation
	// whose people are named by its adjective, see eseDemonym.)
	want := map[int]string{66: "American military", 152: "American military", 170: "Canadian military", 300: "Japanese military", 17: "Japanese military"}
	for _, give := range []string{
		"American casualties were put at 66 killed and 152 wounded.",
		"Canadian casualties totalled 3,350 officers and men, and of these 170 are known to have been killed.",
		"American casualties were light, but 300 Japanese were killed and 17 captured.",
	} {
		for _, c := range extractText(t, give, "1942-09-15") {
			if c.Kind != KindCasualty || c.Count == nil || c.Count.Value == nil {
				continue
			}
			if w, ok := want[*c.Count.Value]; ok && c.Victims.Side != w {
				t.Errorf("%q: side %q, want %q", c.Quote, c.Victims.Side, w)
			}
		}
	}
}

// TestTakenAlive: those "taken alive" were captured.
func TestTakenAlive(t *testing.T) {
	claims := slices.DeleteFunc(extractText(t, "Twelve soldiers were taken alive, the admiral said.", "1943-12-01"), func(c Claim) bool { return c.Kind != KindCasualty })
	if len(claims) != 1 || claims[0].Outcome != OutcomeCaptured || claims[0].Count == nil || claims[0].Count.Value == nil || *claims[0].Count.Value != 12 {
		t.Errorf("got %d claims, want 12 captured", len(claims))
	}
}

// checkFirstSide checks that text, published on the day given, tells a
// casualty figure and that the first one's side is want.
func checkFirstSide(t *testing.T, text, published, want string) {
	t.Helper()
	claims := slices.DeleteFunc(extractText(t, text, published), func(c Claim) bool { return c.Kind != KindCasualty })
	if len(claims) == 0 || claims[0].Victims == nil {
		t.Errorf("%q: no figure", text)
		return
	}
	if got := claims[0].Victims.Side; got != want {
		t.Errorf("%q: side %q, want %q", text, got, want)
	}
}
