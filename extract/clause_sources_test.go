package extract

import (
	"testing"

	"github.com/claimline/claimline/ingest"
)

// TestSourceOfEachClause gives each figure the source of its own clause
// when a sentence sets two sources' claims side by side.
func TestSourceOfEachClause(t *testing.T) {
	tests := []struct {
		give string
		want map[int]string // figure → source
	}{
		{"The government said its troops had killed 500 rebels, but the rebels said the army lost 300 men.",
			map[int]string{500: "government", 300: "rebels"}},
		{"Both sides reported casualties, with Azerbaijan saying it had lost 84 soldiers and Armenia putting its losses at 104.",
			map[int]string{84: "Azerbaijan", 104: "Armenia"}},
		{"Kyiv said 1,500 Russian soldiers were killed, while Moscow put Ukrainian losses at 3,000.",
			map[int]string{1500: "Kyiv", 3000: "Moscow"}},
		{"Five people were killed, but police said the toll could rise.", map[int]string{5: "police"}},
		{"Kenya's police chief said 19 al-Shabaab militants had been killed, a claim the group rejected, saying only two of its fighters died.",
			map[int]string{19: "Kenya's police chief", 2: "group"}},
		{"An explosion killed 12 people in Qusayr, the Syrian Observatory for Human Rights said.\n\nState news agency SANA said the blast was caused by a car bomb.\n\nThe Britain-based monitor said six of the dead were foreign nationals.",
			map[int]string{12: "Syrian Observatory for Human Rights", 6: "Syrian Observatory for Human Rights"}},
		{"A KNU spokesman, Padoh Saw Taw Nee, said the town had fallen.\n\nSeparately, air strikes on a village in Sagaing on Sunday killed 11 civilians, including three children, a local resistance group said.",
			map[int]string{11: "local resistance group"}},
		{"A hospital official, who asked not to be named, later said the number of civilians killed had risen to 19.",
			map[int]string{19: "hospital official"}},
		{"A hospital official in Kayna, south of the town, said the number of civilians killed had risen to 19.",
			map[int]string{19: "hospital official in Kayna"}},
		{"An Afghan Taliban spokesman denied that any civilians were killed in the operation, saying all 14 of the dead were Islamic State fighters.",
			map[int]string{14: "Afghan Taliban spokesman"}},
		{"Jama'at Nusrat al-Islam wal Muslimin said in a statement that its fighters killed more than 100 Malian soldiers.",
			map[int]string{100: "Jama'at Nusrat al-Islam wal Muslimin"}},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			got := map[int]string{}
			for _, c := range Extract(ingest.Article{ID: "t", Text: tt.give}) {
				if c.Kind == KindCasualty && c.Count != nil && c.Count.Value != nil {
					got[*c.Count.Value] = c.AttributedTo
				}
			}
			for v, who := range tt.want {
				if g, ok := got[v]; !ok || g != who {
					t.Errorf("figure %d: source %q (found %v), want %q", v, g, ok, who)
				}
			}
		})
	}
}

// TestRunningCountPeriodIsNotTheDeath leaves undated a death told before
// the running count it raises over a period ("this month").
func TestRunningCountPeriodIsNotTheDeath(t *testing.T) {
	claims := Extract(ingest.Article{ID: "t", Published: "2024-03-15",
		Text: "The attack killed five people, raising to 40 the number of people killed in the region this month."})
	found := 0
	for _, c := range claims {
		if c.Kind != KindCasualty || c.Count == nil || c.Count.Value == nil {
			continue
		}
		switch *c.Count.Value {
		case 5:
			found++
			if c.Date.Start != nil {
				t.Errorf("the five: dated %s (%q), want no date", *c.Date.Start, c.Date.Expression)
			}
		case 40:
			found++
			if c.Date.Start == nil || *c.Date.Start != "2024-03-01" {
				t.Errorf("the 40: dated %v, want from 2024-03-01", c.Date.Start)
			}
		}
	}
	if found != 2 {
		t.Fatalf("want figures of 5 and 40, got %+v", claims)
	}
}

// TestHurtWhoDiedKeepTheirNoun keeps the noun of the hurt who died: "Three
// wounded soldiers died in hospital" counts three soldiers, not "Three".
func TestHurtWhoDiedKeepTheirNoun(t *testing.T) {
	claims := Extract(ingest.Article{ID: "t", Text: "Three wounded soldiers died in hospital."})
	if len(claims) != 1 || claims[0].Kind != KindCasualty || claims[0].Outcome != OutcomeKilled {
		t.Fatalf("want one death figure, got %+v", claims)
	}
	if got := claims[0].Victims.Text; got != "Three wounded soldiers" {
		t.Errorf("victims %q, want %q", got, "Three wounded soldiers")
	}
}

// A total brought up by the deaths told before it is a running count, and
// the deaths are the day's.
func TestBroughtTotalIsCumulative(t *testing.T) {
	claims := Extract(ingest.Article{ID: "t", Published: "2024-05-30",
		Text: "The regional health department reported 17 new deaths on Sunday, bringing the total to 312."})
	want := map[int]string{17: ScopeIncident, 312: ScopeCumulative}
	for _, c := range claims {
		if c.Kind != KindCasualty || c.Count == nil || c.Count.Value == nil {
			continue
		}
		v := *c.Count.Value
		if w, ok := want[v]; !ok || c.Scope != w || c.Outcome != OutcomeKilled {
			t.Errorf("figure %d: %s of %s scope, want killed of %q", v, c.Outcome, c.Scope, w)
		}
		delete(want, v)
	}
	for v := range want {
		t.Errorf("figure %d: not found", v)
	}
}

// A date in the clause of a record's "since" ("the deadliest attack since
// the war began in March") is no date of the figure; a date in the clause
// of a count's "since" is its start.
func TestRecordSinceClauseIsNoDate(t *testing.T) {
	tests := []struct {
		give      string
		wantStart string // "" for none
	}{
		{"Five people were killed, the deadliest attack since the war began in March.", ""},
		{"The toll climbed to 21 in the deadliest attack since fighting erupted a month ago.", ""},
		{"More than 300 people, most of them civilians, have been killed since the war began on July 12, when rebels crossed the border.", "2020-07-12"},
		{"Authorities have counted 28 people reported missing since fighting erupted on Sept. 9.", "2020-09-09"},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			claims := Extract(ingest.Article{ID: "t", Published: "2020-10-29", Text: tt.give})
			n := 0
			for _, c := range claims {
				if c.Kind != KindCasualty {
					continue
				}
				n++
				got := ""
				if c.Date.Start != nil {
					got = *c.Date.Start
				}
				if got != tt.wantStart {
					t.Errorf("%q dated %q (%q), want %q", c.Quote, got, c.Date.Expression, tt.wantStart)
				}
			}
			if n == 0 {
				t.Fatal("no casualty figure")
			}
		})
	}
}

// TestSourceOfDenial: who denies a claim speaks in its own sentence ("The
// army rejected the accusation"), not the side whose claim it answers;
// a figure the sentence tells after the denial stays the outlet's.
func TestSourceOfDenial(t *testing.T) {
	tests := []struct {
		give, kind, want string
	}{
		{"The rebels said they killed 20 soldiers.\n\nThe army rejected the accusation.", KindEvent, "army"},
		{"Fano said its fighters killed 100 troops.\n\nThe government denied the claim.", KindEvent, "government"},
		{"Hezbollah denied any involvement in the attack, which killed 12 children.", KindCasualty, ""},
		{"Three U.S. soldiers were killed near Hue, the U.S. command acknowledged.", KindCasualty, "U.S. command"},
		{"Three soldiers were killed near Hue, the army admitted today.", KindCasualty, "army"},
		{"Another 67 wounded had been admitted, a survivor said.", KindCasualty, "survivor"},
		{"Israel struck a depot near Damascus, killing two people, but it rarely acknowledges individual operations.", KindCasualty, ""},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) { checkSources(t, tt.give, tt.kind, tt.want) })
	}
}

// checkSources checks that every claim of a kind an article gives (of
// events, its statements) has the source want, and that there is one.
func checkSources(t *testing.T, text, kind, want string) {
	t.Helper()
	checkSourcesOf(t, text, kind, want, func(c Claim) bool { return c.Kind != KindEvent || c.Action == ActionStatement })
}

// checkSourcesOf checks that every claim of kind the text gives that keep
// holds (every one, for a nil keep) has the source want, and that there
// is one.
func checkSourcesOf(t *testing.T, text, kind, want string, keep func(Claim) bool) {
	t.Helper()
	found := false
	for _, c := range Extract(ingest.Article{ID: "t", Text: text}) {
		if c.Kind != kind || keep != nil && !keep(c) {
			continue
		}
		found = true
		if c.AttributedTo != want {
			t.Errorf("%s %q: source %q, want %q", c.Kind, c.Quote, c.AttributedTo, want)
		}
	}
	if !found {
		t.Fatalf("no %s claim", kind)
	}
}

// TestSourceOfFinding checks that an inquiry that tells what it found is
// the source of the figures it found, after them or before them, and an
// accuser of the deeds it accuses of.
func TestSourceOfFinding(t *testing.T) {
	tests := []struct {
		give, want string
	}{
		{"M23 rebels killed at least 131 civilians in the villages of Kishishe and Bambo in late November, a UN investigation found.", "UN investigation"},
		{"A UN report found that 300 civilians were killed in the offensive.", "UN report"},
		{"The bodies of 12 soldiers were found by investigators near the road.", ""},
		{"Congo's government accused Rwandan troops of killing 20 civilians in Goma on Sunday.", "Congo's government"},
		{"Sudan in turn accuses Chad of killing 12 villagers.", "Sudan"},
		{"The military had long accused him of directing a bombing campaign that killed 10 people.", "military"},
		{"The Firat news agency, which is close to the PKK, quoted a rebel commander as saying the guerrillas had killed at least 62 soldiers.", "rebel commander"},
		{"The state news agency quoted a military spokesman as saying 20 soldiers were killed.", "military spokesman"},
		{"\"Sixty-two martyrs fell,\" a military spokesman was quoted as saying by the official Iraqi News Agency.", "military spokesman"},
		{"Interfax news agency, quoting the federal command, said 59 rebels were killed.", "Interfax news agency"},
		{"Refugees reaching Albania told reporters that Serbian forces had executed at least 30 men in the village of Meja.", "Refugees"},
		{"Residents fleeing Shali told AFP that 12 civilians were killed.", "Residents"},
		{"Kursk Oblast acting Governor Alexei Smirnov said 12 civilians were killed.", "Alexei Smirnov"},
		{"Lebanese officials said a bombing had killed at least 28 people, down from an earlier estimate of 54.", "Lebanese officials"},
		{"The ministry estimates that 50 people were killed.", "ministry"},
		{"At least 20 people were killed in the strike, Saudi state TV reported.", "Saudi state TV"},
		{"At least 20 people were killed in the strike, Al Arabiya TV reported.", "Al Arabiya TV"},
		{"Two police officers were killed in Ceylanpinar in an attack the PKK claimed.", ""},
		{"Two police officers were killed in Ceylanpinar, the PKK claimed.", "PKK"},
		{"Three soldiers were accused of killing 20 civilians in Goma, the army said.", "army"},
		// A verb the one that says is joined to, past an aside.
		{"The ELN, in a statement posted on social media, denied the army's figures and said its fighters had killed nine soldiers.", "ELN"},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) { checkSourcesOf(t, tt.give, KindCasualty, tt.want, nil) })
	}
}

// TestCitedReasonIsNoSource checks that a reason cited after an event or
// a figure is not its source, while a source cited is.
func TestCitedReasonIsNoSource(t *testing.T) {
	for _, tt := range []struct {
		give, kind, want string
	}{
		{"The government declared a unilateral ceasefire in Tigray on Monday, citing humanitarian reasons.", KindEvent, ""},
		{"The army withdrew from the town of Kidal, citing security concerns.", KindEvent, ""},
		{"Twelve soldiers were killed near Gao, citing security concerns.", KindCasualty, ""},
		{"Twelve soldiers were killed near Gao, Reuters reported, citing two security sources.", KindCasualty, "Reuters"},
	} {
		t.Run(tt.give, func(t *testing.T) { checkSourcesOf(t, tt.give, tt.kind, tt.want, nil) })
	}
}

// TestSourceOfParticiple pins the source of a participle that follows a
// verb of saying ("…, the defence ministry said, putting the attackers'
// losses at six") and of a statement made by telephone: the one who said
// it, not the clause before.
func TestSourceOfParticiple(t *testing.T) {
	for _, tt := range []struct {
		give, want string
	}{
		{"Four soldiers were killed in Mamfe, where separatists ambushed their patrol, the defence ministry said, putting the attackers' losses at six.", "defence ministry"},
		{"Twenty people were killed, a hospital official said by telephone.", "hospital official"},
		{"A rebel commander said by satellite telephone that 12 soldiers were killed.", "rebel commander"},
		{"China acknowledged on Friday that four of its soldiers died in the clash.", "China"},
	} {
		t.Run(tt.give, func(t *testing.T) { checkSourcesOf(t, tt.give, KindCasualty, tt.want, nil) })
	}
}
