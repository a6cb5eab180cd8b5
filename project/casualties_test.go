package project

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
)

// incidentOn returns the incidents starting on day that have a side.
func incidentsOn(m Casualties, day, side string) []Incident {
	var out []Incident
	for _, inc := range m.Incidents {
		if inc.DateStart == nil || *inc.DateStart != day {
			continue
		}
		if _, ok := sideOf(inc, side); ok {
			out = append(out, inc)
		}
	}
	return out
}

func sideOf(inc Incident, side string) (SideFigures, bool) {
	for _, s := range inc.BySide {
		if s.Side == side {
			return s, true
		}
	}
	return SideFigures{}, false
}

func rangeIs(r Range, low, best, high int) bool {
	return r.Low != nil && r.Best != nil && r.High != nil && *r.Low == low && *r.Best == best && *r.High == high
}

func fmtRange(r Range) string {
	s := func(p *int) string {
		if p == nil {
			return "nil"
		}
		return itoa(*p)
	}
	return s(r.Low) + "/" + s(r.Best) + "/" + s(r.High)
}

func articlesOf(inc Incident) []string {
	var ids []string
	for _, r := range inc.Reports {
		if !slices.Contains(ids, r.ArticleID) {
			ids = append(ids, r.ArticleID)
		}
	}
	return ids
}

// TestSeedQuotesAtSpans keeps the fixture honest: every quote is the text
// at its span in the seed article.
func TestSeedQuotesAtSpans(t *testing.T) {
	fx := loadFixture(t)
	files := map[string]string{art000: "000_53aa906474a10956", art001: "001_1d90e7d49ab8cf35",
		art002: "002_090baead81c8eaed", art003: "003_cd7b9de5fab0b34e", art004: "004_c975eb129dbd47db"}
	for _, c := range fx.Claims {
		b, err := os.ReadFile("../seeds/" + files[c.ArticleID] + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		if c.Span.End > len(b) || string(b[c.Span.Start:c.Span.End]) != c.Quote {
			t.Errorf("claim %s: quote %q not at %d-%d", c.ID, c.Quote, c.Span.Start, c.Span.End)
		}
		if c.ID != extract.ClaimID(c.ArticleID, c.Extractor, c.Kind, c.Span) {
			t.Errorf("claim %s: id is not ClaimID", c.ID)
		}
	}
}

func TestCasualtiesSeeds(t *testing.T) {
	m := seedFold(t).Casualties()

	t.Run("C1 Turkish military 2020-02-03 is one corroborated incident", func(t *testing.T) {
		incs := incidentsOn(m, "2020-02-03", "Turkish military")
		if len(incs) != 1 {
			t.Fatalf("incidents on 2020-02-03 with Turkish military = %d, want 1", len(incs))
		}
		s, _ := sideOf(incs[0], "Turkish military")
		if !rangeIs(s.Killed, 8, 8, 8) {
			t.Errorf("Turkish military killed = %s, want 8/8/8", fmtRange(s.Killed))
		}
		if got := articlesOf(incs[0]); len(got) < 3 {
			t.Errorf("articles reporting C1 = %v, want at least 3", got)
		}
	})

	t.Run("C2 C3 Syrian losses 2020-02-03 are a range not a sum", func(t *testing.T) {
		incs := incidentsOn(m, "2020-02-03", "Syrian government forces")
		if len(incs) != 1 {
			t.Fatalf("incidents = %d, want 1", len(incs))
		}
		inc := incs[0]
		s, _ := sideOf(inc, "Syrian government forces")
		if s.Killed.Low == nil || *s.Killed.Low > 13 || *s.Killed.High < 70 || *s.Killed.High >= 84 {
			t.Errorf("Syrian government forces killed = %s, want low <= 13, high 70..83", fmtRange(s.Killed))
		}
		if !rangeIs(s.Killed, 13, 13, 71) {
			t.Errorf("Syrian government forces killed = %s, want 13/13/71", fmtRange(s.Killed))
		}
		if !inc.Disputed {
			t.Error("13 against more than 70 is not disputed")
		}
		var ankara bool
		for _, r := range inc.Reports {
			ankara = ankara || (r.AttributedTo == "Ankara" && r.Qualifier == extract.QualMoreThan)
		}
		if !ankara {
			t.Error("Ankara's 'over 70' report is not kept in the incident")
		}
	})

	t.Run("C5 Israeli strikes 2020-02-06 one disputed incident", func(t *testing.T) {
		incs := incidentsOn(m, "2020-02-06", "pro-government militia")
		if len(incs) != 1 {
			t.Fatalf("incidents = %d, want 1", len(incs))
		}
		inc := incs[0]
		if !rangeIs(inc.Killed, 12, 12, 23) || !inc.Disputed {
			t.Errorf("killed = %s disputed %v, want 12/12/23 disputed", fmtRange(inc.Killed), inc.Disputed)
		}
		if got := articlesOf(inc); !slices.Contains(got, art000) || !slices.Contains(got, art001) {
			t.Errorf("articles = %v, want 000 and the undated 001", got)
		}
		for _, want := range []string{"Kisweh", "Ezra", "Daraa"} {
			if !strings.Contains(inc.Location, want) {
				t.Errorf("location %q lacks %s", inc.Location, want)
			}
		}
	})

	t.Run("C6 19 Syrian government soldiers 2020-03-01", func(t *testing.T) {
		incs := incidentsOn(m, "2020-03-01", "Syrian government forces")
		if len(incs) != 1 {
			t.Fatalf("incidents = %d, want 1", len(incs))
		}
		s, _ := sideOf(incs[0], "Syrian government forces")
		if !rangeIs(s.Killed, 19, 19, 19) || len(incs[0].BySide) != 1 {
			t.Errorf("by_side = %+v, want only Syrian government forces 19", incs[0].BySide)
		}
		if len(incs[0].Reports) != 3 {
			t.Errorf("reports = %d, want the headline, the dated and the follow-up sentence", len(incs[0].Reports))
		}
		if want := "Syrian government forces: 19 killed"; !strings.HasPrefix(incs[0].Summary, want) {
			t.Errorf("summary = %q, want prefix %q", incs[0].Summary, want)
		}
	})

	t.Run("C7 34 Turkish soldiers in the week before 2020-03-01", func(t *testing.T) {
		incs := incidentsOn(m, "2020-02-23", "Turkish military")
		if len(incs) != 1 || *incs[0].DateEnd != "2020-02-29" {
			t.Fatalf("incidents = %+v, want one 2020-02-23..29", incs)
		}
	})

	t.Run("C4 Russian losses stay undated", func(t *testing.T) {
		for _, inc := range m.Incidents {
			if _, ok := sideOf(inc, "Russian military"); ok && inc.DateStart != nil {
				t.Errorf("Russian losses dated %s", *inc.DateStart)
			}
		}
	})

	t.Run("totals", func(t *testing.T) {
		want := map[string]int{"Turkish military": 42, "Syrian government forces": 32, "pro-government militia": 12,
			"Russian military": 0}
		for side, n := range want {
			if got := m.Totals.BySide[side].Killed; got != n {
				t.Errorf("total %s killed = %d, want %d", side, got, n)
			}
		}
		if _, ok := m.Totals.BySide["civilians"]; ok {
			t.Error("cumulative civilians figure entered the totals")
		}
	})

	t.Run("cumulative kept apart", func(t *testing.T) {
		if len(m.Cumulative) != 4 {
			t.Errorf("cumulative = %d, want 4", len(m.Cumulative))
		}
		cum := map[string]bool{}
		for _, r := range m.Cumulative {
			cum[r.ClaimID] = true
		}
		for _, inc := range m.Incidents {
			for _, r := range inc.Reports {
				if cum[r.ClaimID] {
					t.Errorf("cumulative claim %q in incident %s", r.Quote, inc.ID)
				}
			}
		}
	})

	t.Run("sorted", func(t *testing.T) {
		if !slices.IsSortedFunc(m.Incidents, func(x, y Incident) int { return compareDated(&x, &y) }) {
			t.Error("incidents not sorted by date_start, then id")
		}
	})
}

func TestCasualtiesRetraction(t *testing.T) {
	f := seedFold(t)
	f.ApplyRetraction(6, t0.Add(time.Hour), ingest.Retraction{ArticleID: art004, Reason: "wrong"})
	m := f.Casualties()
	if got := m.Totals.BySide["Turkish military"].Killed; got != 8 {
		t.Errorf("Turkish military killed after retracting 004 = %d, want 8", got)
	}
	for _, inc := range m.Incidents {
		if slices.Contains(articlesOf(inc), art004) {
			t.Errorf("retracted article still reported in %s", inc.ID)
		}
	}
	for _, r := range m.Cumulative {
		if r.ArticleID == art004 {
			t.Error("retracted article's cumulative figure kept")
		}
	}
	if m.AsOf.ArticlesSeq != 6 {
		t.Errorf("articles_seq = %d, want 6", m.AsOf.ArticlesSeq)
	}
}

// testResolve is a small resolver for the expressions of seed 004, so the
// correction test does not depend on the extractor's date rules.
func testResolve(expr, published string) extract.Date {
	pub, err := time.Parse(time.DateOnly, published)
	d := extract.Date{Precision: extract.PrecisionUnresolved, Expression: expr}
	if err != nil {
		return d
	}
	set := func(s, e time.Time, prec string) extract.Date {
		a, b := s.Format(time.DateOnly), e.Format(time.DateOnly)
		d.Start, d.End, d.Precision = &a, &b, prec
		return d
	}
	switch strings.ToLower(expr) {
	case "on sunday":
		back := int(pub.Weekday()-time.Sunday+7) % 7
		d.Weekday = "Sunday"
		return set(pub.AddDate(0, 0, -back), pub.AddDate(0, 0, -back), extract.PrecisionDay)
	case "last week":
		sun := pub.AddDate(0, 0, -int(pub.Weekday())-7) // weeks start on Sunday
		return set(sun, sun.AddDate(0, 0, 6), extract.PrecisionWeek)
	}
	return d
}

func TestCasualtiesCorrection(t *testing.T) {
	tests := []struct {
		name      string
		givePub   string
		wantDay   string // the 19 soldiers
		wantWeek  string // the 34 Turkish soldiers
		wantTotal int
	}{
		{name: "same date", givePub: "2020-03-01", wantDay: "2020-03-01", wantWeek: "2020-02-23", wantTotal: 42},
		{name: "a week later", givePub: "2020-03-08", wantDay: "2020-03-08", wantWeek: "2020-03-01", wantTotal: 42},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := seedFold(t)
			f.Resolve = testResolve
			f.ApplyCorrection(6, t0.Add(time.Hour), ingest.Correction{ArticleID: art004, Published: tt.givePub, Source: "Zaman al-Wasl"})
			m := f.Casualties()
			day := incidentsOn(m, tt.wantDay, "Syrian government forces")
			if len(day) != 1 || len(day[0].Reports) != 3 {
				t.Fatalf("19 soldiers incident on %s = %+v", tt.wantDay, day)
			}
			if day[0].Reports[0].Outlet != "Zaman al-Wasl" {
				t.Errorf("outlet = %q, want the corrected source", day[0].Reports[0].Outlet)
			}
			if len(incidentsOn(m, tt.wantWeek, "Turkish military")) != 1 {
				t.Errorf("no Turkish military incident from %s", tt.wantWeek)
			}
			if got := m.Totals.BySide["Turkish military"].Killed; got != tt.wantTotal {
				t.Errorf("Turkish military killed = %d, want %d", got, tt.wantTotal)
			}
		})
	}
}

// TestCasualtiesUndatedNoMatch: an undated report matching no dated incident
// stays an undated incident, and is never guessed.
func TestCasualtiesUndated(t *testing.T) {
	fx := loadFixture(t)
	f := NewFold()
	for i, c := range fx.Claims {
		if c.ArticleID != art001 {
			continue
		}
		if err := f.ApplyClaim(uint64(i+1), t0, c); err != nil {
			t.Fatal(err)
		}
	}
	m := f.Casualties()
	for _, inc := range m.Incidents {
		if inc.DateStart != nil || inc.DateEnd != nil {
			t.Errorf("incident %s dated %s with only an undated article", inc.Summary, *inc.DateStart)
		}
	}
	// The Monday clash is one incident (one statement), summed within it.
	var found bool
	for _, inc := range m.Incidents {
		if s, ok := sideOf(inc, "Turkish military"); ok && rangeIs(s.Killed, 8, 8, 8) {
			found = true
			if g, ok := sideOf(inc, "Syrian government forces"); !ok || !rangeIs(g.Killed, 13, 13, 13) {
				t.Errorf("Syrian side of the Monday clash = %+v", inc.BySide)
			}
		}
	}
	if !found {
		t.Error("seven soldiers and a civilian are not summed to 8")
	}
}

// TestCasualtiesNoise: extra claims that fit nothing do not disturb the
// seed incidents.
func TestCasualtiesNoise(t *testing.T) {
	f := seedFold(t)
	five := 5
	d := "2020-02-03"
	noise := []extract.Claim{
		{ArticleID: art002, Kind: extract.KindCasualty, Span: extract.Span{Start: 3000, End: 3010}, Quote: "noise",
			Date: extract.Date{Start: &d, End: &d, Precision: extract.PrecisionDay}, Outcome: extract.OutcomeWounded,
			Count: &extract.Count{Value: &five, Qualifier: extract.QualAbout}, Location: &extract.Place{Name: "Aleppo", Region: "Aleppo"},
			Victims: &extract.Group{Side: "civilians"}, Scope: extract.ScopeIncident, Statement: 30},
		{ArticleID: art003, Kind: extract.KindCasualty, Span: extract.Span{Start: 1500, End: 1510}, Quote: "noise",
			Date: extract.Date{Precision: extract.PrecisionUnresolved, Weekday: "Monday"}, Outcome: extract.OutcomeKilled,
			Count: &extract.Count{Qualifier: extract.QualUnknown}, Victims: &extract.Group{Side: "rebels"},
			Scope: extract.ScopeIncident, Statement: 40},
	}
	for i, c := range noise {
		c.Extractor = extract.ExtractorID()
		c.ID = extract.ClaimID(c.ArticleID, c.Extractor, c.Kind, c.Span)
		if err := f.ApplyClaim(uint64(100+i), t0, c); err != nil {
			t.Fatal(err)
		}
	}
	m := f.Casualties()
	if got := m.Totals.BySide["Turkish military"].Killed; got != 42 {
		t.Errorf("Turkish military killed = %d, want 42", got)
	}
	if got := m.Totals.BySide["civilians"].Wounded; got != 5 {
		t.Errorf("civilians wounded = %d, want 5", got)
	}
	c1 := incidentsOn(m, "2020-02-03", "Turkish military")
	if len(c1) != 1 {
		t.Fatalf("C1 incidents = %d", len(c1))
	}
	if _, ok := sideOf(c1[0], "civilians"); ok {
		t.Error("wounded civilians in Aleppo joined the Idlib clash")
	}
}

func TestReconcileRange(t *testing.T) {
	tests := []struct {
		name         string
		give         []int
		wantLow      int
		wantBest     int
		wantHigh     int
		wantDisputed bool
	}{
		{name: "one", give: []int{8}, wantLow: 8, wantBest: 8, wantHigh: 8},
		{name: "agreeing", give: []int{8, 8, 8}, wantLow: 8, wantBest: 8, wantHigh: 8},
		{name: "uncorroborated lowest", give: []int{23, 12}, wantLow: 12, wantBest: 12, wantHigh: 23, wantDisputed: true},
		{name: "corroborated wins", give: []int{71, 13, 13}, wantLow: 13, wantBest: 13, wantHigh: 71, wantDisputed: true},
		{name: "corroborated above lowest", give: []int{40, 10, 40, 60}, wantLow: 10, wantBest: 40, wantHigh: 60, wantDisputed: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, disputed := reconcileRange(tt.give)
			if !rangeIs(got, tt.wantLow, tt.wantBest, tt.wantHigh) || disputed != tt.wantDisputed {
				t.Errorf("reconcileRange(%v) = %s %v, want %d/%d/%d %v", tt.give, fmtRange(got), disputed,
					tt.wantLow, tt.wantBest, tt.wantHigh, tt.wantDisputed)
			}
		})
	}
	if r, d := reconcileRange(nil); r.Best != nil || d {
		t.Error("no figures gave a range")
	}
}

// TestUndatedJoinsByFigureAfterJoins checks that an undated toll without a
// place joins the dated incident once another outlet's undated report of
// the same figure joined it by another figure, and stays apart without
// that report.
func TestUndatedJoinsByFigureAfterJoins(t *testing.T) {
	dawn := [3]string{"KHAR: At least 35 people were killed and more than 200 injured when a blast ripped through a workers' convention of the Jamiat Ulema-i-Islam-Fazl (JUI-F) in Bajaur district's Khar tehsil on Sunday, officials said.\n\nRescue 1122 said the injured were being shifted to hospitals in Khar, Peshawar and Timergara. A JUI-F leader was among those killed.\n\nKhyber Pakhtunkhwa caretaker Chief Minister Azam Khan ordered an inquiry.", "Dawn", "2023-07-30"}
	reuters := [3]string{"PESHAWAR, Pakistan, July 31 (Reuters) - The death toll from a suicide bombing at a political rally in northwest Pakistan rose to 54 on Monday, officials said, a day after the attack claimed by Islamic State.\n\nThe bomber struck a gathering of the Jamiat Ulema-e-Islam-Fazl party in the Bajaur district of Khyber Pakhtunkhwa province, near the Afghan border.\n\nIslamic State said in a statement on its Amaq news agency that one of its fighters had detonated an explosive vest in the crowd.", "Reuters", "2023-07-31"}
	ap := [3]string{"PESHAWAR, Pakistan (AP) \u2014 Pakistani police on Monday blamed the Islamic State group for a suicide bombing at a rally of a pro-Taliban party that killed 54 people and wounded nearly 200 in a northwestern town near the Afghan border.\n\nThe bomber detonated his explosives near the stage where leaders of the Jamiat Ulema-e-Islam party were sitting, police said.\n\nIn a separate attack on Sunday evening, militants killed two policemen at a checkpoint in the North Waziristan district, police said.", "Associated Press", "2023-07-31"}
	incidentOf := func(cas Casualties, outlet string, n int) int {
		for i, in := range cas.Incidents {
			for _, r := range in.Reports {
				if r.Outlet == outlet && r.Count != nil && *r.Count == n {
					return i
				}
			}
		}
		t.Fatalf("no report of %d by %s: %+v", n, outlet, cas.Incidents)
		return -1
	}
	cas := foldArticles(t, [][3]string{dawn, reuters, ap})
	if d, r, a := incidentOf(cas, "Dawn", 35), incidentOf(cas, "Reuters", 54), incidentOf(cas, "Associated Press", 54); d != a || d != r {
		t.Errorf("incidents of Dawn's 35 %d, Reuters' 54 %d, AP's 54 %d: want one", d, r, a)
	}
	// Without its second paragraph and the country of its lead, Reuters'
	// toll has no place.
	unplaced := reuters
	unplaced[0] = strings.Replace(reuters[0], "The bomber struck a gathering of the Jamiat Ulema-e-Islam-Fazl party in the Bajaur district of Khyber Pakhtunkhwa province, near the Afghan border.\n\n", "", 1)
	unplaced[0] = strings.Replace(unplaced[0], " in northwest Pakistan", "", 1)
	cas = foldArticles(t, [][3]string{dawn, unplaced})
	if d, r := incidentOf(cas, "Dawn", 35), incidentOf(cas, "Reuters", 54); d == r {
		t.Errorf("Reuters' 54, which no other outlet gives and no place locates, joined the incident of Dawn's 35")
	}
	// With it, the revised toll is at Bajaur, where Dawn's 35 are.
	cas = foldArticles(t, [][3]string{dawn, reuters})
	if d, r := incidentOf(cas, "Dawn", 35), incidentOf(cas, "Reuters", 54); d != r {
		t.Errorf("Reuters' 54, a toll revised at Bajaur a day after the attack, did not join the incident of Dawn's 35")
	}
}

// TestDaysApartLeavesNeighbour checks that a toll dated only as days
// before the incident its article tells ("came days after a suicide
// bombing ... killed more than 170") does not follow that incident, and
// joins the one whose figure it gives.
func TestDaysApartLeavesNeighbour(t *testing.T) {
	cas := foldArticles(t, [][3]string{
		{"The death toll from Thursday's suicide bombing at Kabul airport has risen to 170, health officials say.\n\nThe US says it has killed two Islamic State group members in a drone strike in Nangarhar province on Friday, in retaliation for the attack.\n\nThe Pentagon said the two were high-profile planners and facilitators.", "BBC", "2021-08-28"},
		{"A US drone strike in Kabul on Sunday killed 10 members of one family, including six children, relatives said, as the US military said it had targeted a suicide car bomber.\n\nThe strike came days after a suicide bombing at the city's airport killed more than 170 people.\n\nOn Monday, rockets were fired at Kabul airport but were intercepted by a missile defence system.", "Al Jazeera", "2021-08-30"},
	})
	of := map[string]int{}
	for i, in := range cas.Incidents {
		for _, r := range in.Reports {
			if r.Count != nil {
				of[fmt.Sprintf("%s %d", r.Outlet, *r.Count)] = i
			}
		}
	}
	for _, k := range []string{"BBC 170", "Al Jazeera 10", "Al Jazeera 170"} {
		if _, ok := of[k]; !ok {
			t.Fatalf("no report %s: %v", k, of)
		}
	}
	if of["Al Jazeera 170"] == of["Al Jazeera 10"] || of["Al Jazeera 170"] != of["BBC 170"] {
		t.Errorf("the airport's toll told days before the drone strike: %v", of)
	}
}

// TestDaysApartFollowsNoIncident checks that a toll dated only as days
// before the incident its article tells, at a town another incident of
// the days before names, does not follow that incident up as a report of
// its town would: it tells an earlier one.
func TestDaysApartFollowsNoIncident(t *testing.T) {
	cas := foldArticles(t, [][3]string{
		{"MARIUPOL, Ukraine, Jan 24 (Reuters) - Rockets fired by pro-Russian separatists killed at least 27 people and wounded 97 in the port city of Mariupol on Saturday, local officials said, as rebel leaders announced an offensive on the city.\n\nThe rockets hit a residential district, a market and a school on the eastern edge of the city.\n\nSeparatist officials in Donetsk said Ukrainian shelling had killed five civilians in the city's Kievsky district on Saturday.", "Reuters", "2015-01-24"},
		{"The death toll from Saturday's rocket attack on the Vostochny microdistrict of Mariupol has risen to 30, the Donetsk regional administration said on Jan. 25. At least 102 people were injured.\n\nPresident Petro Poroshenko declared a day of mourning.\n\nThe attack came two days after a shell hit a trolleybus stop in Donetsk, killing 13 people.", "Kyiv Post", "2015-01-25"},
	})
	of := map[string]int{}
	for i, in := range cas.Incidents {
		for _, r := range in.Reports {
			if r.Count != nil {
				of[fmt.Sprintf("%s %d", r.Outlet, *r.Count)] = i
			}
		}
	}
	for _, k := range []string{"Reuters 27", "Reuters 5", "Kyiv Post 13", "Kyiv Post 30"} {
		if _, ok := of[k]; !ok {
			t.Fatalf("no report %s: %v", k, of)
		}
	}
	if of["Kyiv Post 13"] == of["Reuters 5"] || of["Kyiv Post 13"] == of["Kyiv Post 30"] {
		t.Errorf("the trolleybus stop's toll, told two days before the attack, joined an incident of that attack's days: %v", of)
	}
}

// TestDaysApartJoinsByFigure checks that a toll told as weeks before its
// article's incident, at a village nothing locates, joins the incident of
// three weeks before that gives its figure in the capital, and that the
// article's own incident, told beside it, stays apart from both.
func TestDaysApartJoinsByFigure(t *testing.T) {
	cas := foldArticles(t, [][3]string{
		{"LAGOS, Nigeria (AP) — The death toll from the bombing of a bus station in Nigeria's capital rose to 75 on Tuesday, officials said, as President Goodluck Jonathan vowed that the country would overcome the insurgency.\n\nMore than 140 people were wounded in Monday's explosion, according to the National Emergency Management Agency.", "Associated Press", "2014-04-15"},
		{"A car bomb has exploded near a bus station on the outskirts of Nigeria's capital, Abuja, killing at least 19 people and injuring 60, police say.\n\nThursday night's blast in Nyanya came less than three weeks after a bombing at the same station killed 75 people.\n\nWitnesses said the car blew up at a checkpoint as people returned home from work.", "BBC", "2014-05-02"},
	})
	of := map[string]int{}
	for i, in := range cas.Incidents {
		for _, r := range in.Reports {
			if r.Count != nil {
				of[fmt.Sprintf("%s %d", r.Outlet, *r.Count)] = i
			}
		}
	}
	for _, k := range []string{"Associated Press 75", "BBC 75", "BBC 19"} {
		if _, ok := of[k]; !ok {
			t.Fatalf("no report %s: %v", k, of)
		}
	}
	if of["BBC 75"] != of["Associated Press 75"] {
		t.Errorf("the toll of the bombing told as three weeks before is apart from the incident giving it: %v", of)
	}
	if of["BBC 19"] == of["BBC 75"] || of["BBC 19"] == of["Associated Press 75"] {
		t.Errorf("the second bombing joined the first: %v", of)
	}
}
