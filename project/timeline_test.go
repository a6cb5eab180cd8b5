package project

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
)

func entriesWith(es []Entry, kind, action, day string) []Entry {
	var out []Entry
	for _, e := range es {
		if e.Kind == kind && e.Action == action && (day == "" || (e.DateStart != nil && *e.DateStart == day)) {
			out = append(out, e)
		}
	}
	return out
}

func TestTimelineSeeds(t *testing.T) {
	f := seedFold(t)
	cas, tl := f.Build()

	tests := []struct {
		name        string
		giveAction  string
		giveDay     string
		wantSources []string
		wantSummary string
	}{
		{name: "Taftanaz strike told by 000 and 002", giveAction: extract.ActionStrike, giveDay: "2020-02-06",
			wantSources: []string{art002, art000}, wantSummary: "Syrian government forces strike: a military airfield"},
		{name: "Thursday reinforcements told by 000 and 002", giveAction: extract.ActionDeploy, giveDay: "2020-02-06",
			wantSources: []string{art002, art000}, wantSummary: "Turkey deploy"},
		{name: "Saraqeb entered on February 6", giveAction: extract.ActionEnter, giveDay: "2020-02-06",
			wantSources: []string{art003}, wantSummary: "Syrian government forces enter: Saraqeb town"},
		{name: "towns captured on Sunday", giveAction: extract.ActionCapture, giveDay: "2020-03-01",
			wantSources: []string{art004}, wantSummary: "Turkish-backed forces capture: seven towns"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := entriesWith(tl.Entries, EntryEvent, tt.giveAction, tt.giveDay)
			if len(es) != 1 {
				t.Fatalf("%s entries on %s = %d, want 1", tt.giveAction, tt.giveDay, len(es))
			}
			var got []string
			for _, s := range es[0].Sources {
				got = append(got, s.ArticleID)
			}
			if !slices.Equal(got, tt.wantSources) {
				t.Errorf("sources = %v, want %v", got, tt.wantSources)
			}
			if es[0].Summary != tt.wantSummary || es[0].Precision != extract.PrecisionDay {
				t.Errorf("summary %q precision %q, want %q day", es[0].Summary, es[0].Precision, tt.wantSummary)
			}
		})
	}

	t.Run("sorted by date", func(t *testing.T) {
		if !slices.IsSortedFunc(tl.Entries, func(x, y Entry) int {
			if c := strings.Compare(*x.DateStart, *y.DateStart); c != 0 {
				return c
			}
			return strings.Compare(x.ID, y.ID)
		}) {
			t.Error("entries not sorted by date_start, id")
		}
	})

	t.Run("one casualty entry per incident", func(t *testing.T) {
		n := 0
		for _, e := range append(slices.Clone(tl.Entries), tl.Undated...) {
			if e.Kind == EntryCasualty {
				n++
			}
		}
		if n != len(cas.Incidents) {
			t.Errorf("casualty entries = %d, want %d", n, len(cas.Incidents))
		}
		c1 := entriesWith(tl.Entries, EntryCasualty, extract.OutcomeKilled, "2020-02-03")
		if len(c1) != 1 || !slices.Contains(c1[0].Actors, "Turkish military") {
			t.Errorf("2020-02-03 casualty entries = %+v", c1)
		}
	})

	t.Run("undated kept apart", func(t *testing.T) {
		for _, e := range tl.Entries {
			if e.DateStart == nil || e.DateEnd == nil || e.Precision == extract.PrecisionUnresolved {
				t.Errorf("dated entry %q without a date", e.Summary)
			}
		}
		var enter, shootdown bool
		for _, e := range tl.Undated {
			if e.DateStart != nil || e.Precision != extract.PrecisionUnresolved {
				t.Errorf("undated entry %q has a date", e.Summary)
			}
			shootdown = shootdown || e.Summary == "Turkey shootdown: two Syrian warplanes"
		}
		// 001 has no publication date, but its Thursday strikes join 000's
		// 2020-02-06 incident: anchored there, its Wednesday is 2020-02-05.
		for _, e := range tl.Entries {
			enter = enter || (e.Action == extract.ActionEnter && e.Sources[0].ArticleID == art001 &&
				*e.DateStart == "2020-02-05" && e.DateBasis == BasisAnchored)
		}
		if !enter || !shootdown {
			t.Errorf("001's Wednesday entry is not anchored on 2020-02-05 (%v), or the shootdown is not undated (%v)", enter, shootdown)
		}
	})
}

func TestTimelineDistinctEventsStayApart(t *testing.T) {
	d := "2020-02-06"
	mk := func(art string, start int, action, actor string, loc *extract.Place) extract.Claim {
		c := extract.Claim{ArticleID: art, Extractor: "x@1", Kind: extract.KindEvent,
			Span: extract.Span{Start: start, End: start + 5}, Quote: "q",
			Date:   extract.Date{Start: &d, End: &d, Precision: extract.PrecisionDay},
			Action: action, Actor: &extract.Party{Text: actor, Name: actor}, Location: loc}
		c.ID = extract.ClaimID(art, c.Extractor, c.Kind, c.Span)
		return c
	}
	saraqeb := &extract.Place{Name: "Saraqeb", Region: "Idlib"}
	kisweh := &extract.Place{Name: "Kisweh", Region: "Rif Dimashq"}
	idlib := &extract.Place{Name: "Idlib"}
	tests := []struct {
		name      string
		give      []extract.Claim
		wantCount int
	}{
		{name: "same strike, town and province", give: []extract.Claim{mk("a", 0, "strike", "Israel", kisweh), mk("b", 0, "strike", "Israel", nil)}, wantCount: 1},
		{name: "town within its province", give: []extract.Claim{mk("a", 0, "enter", "Syrian army", saraqeb), mk("b", 0, "enter", "Syrian government forces", idlib)}, wantCount: 1},
		{name: "different places", give: []extract.Claim{mk("a", 0, "strike", "Israel", kisweh), mk("b", 0, "strike", "Israel", saraqeb)}, wantCount: 2},
		{name: "different actors", give: []extract.Claim{mk("a", 0, "strike", "Israel", kisweh), mk("b", 0, "strike", "Turkey", kisweh)}, wantCount: 2},
		{name: "different actions", give: []extract.Claim{mk("a", 0, "strike", "Israel", kisweh), mk("b", 0, "deploy", "Israel", kisweh)}, wantCount: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := NewFold()
			f.ApplyArticle(1, t0, ingest.Article{ID: "b", Source: "B"})
			for i, c := range tt.give {
				if err := f.ApplyClaim(uint64(i+1), t0.Add(time.Duration(i)), c); err != nil {
					t.Fatal(err)
				}
			}
			tl := f.Timeline()
			if len(tl.Entries) != tt.wantCount {
				t.Errorf("entries = %d, want %d", len(tl.Entries), tt.wantCount)
			}
			for _, e := range tl.Entries {
				for _, s := range e.Sources {
					if s.ArticleID == "b" && s.Outlet != "B" || s.ArticleID == "a" && s.Outlet != "" {
						t.Errorf("source %+v has the wrong outlet", s)
					}
				}
			}
		})
	}
}

// anchorClaim is a claim for the anchoring tests: a casualty (killed, with
// a side) when side is set, else a ceasefire event.
func anchorClaim(art string, stmt int, side string, n int, where, day, expr string) extract.Claim {
	c := extract.Claim{ID: art + "-" + itoa(stmt), ArticleID: art, Extractor: "x@1", Statement: stmt,
		Span: extract.Span{Start: stmt * 100, End: stmt*100 + 10}, Quote: art + " " + itoa(stmt),
		Location: &extract.Place{Text: where, Name: where}}
	if day != "" {
		d := day
		c.Date = extract.Date{Start: &d, End: &d, Precision: extract.PrecisionDay, Expression: expr}
	} else {
		c.Date = extract.ResolveDate(expr, "")
	}
	if side == "" {
		c.Kind, c.Action = extract.KindEvent, extract.ActionCeasefire
		return c
	}
	c.Kind, c.Outcome, c.Scope = extract.KindCasualty, extract.OutcomeKilled, extract.ScopeIncident
	c.Count = &extract.Count{Value: &n, Qualifier: extract.QualExact}
	c.Victims = &extract.Group{Text: side, Side: side}
	return c
}

// TestAnchoring: an article without a publication date is dated by the
// weekday joins of its reports to incidents of dated articles, only when
// they agree, and never when it has a publication date.
func TestAnchoring(t *testing.T) {
	dated := []extract.Claim{
		anchorClaim("a", 1, "Turkish military", 5, "Saraqeb", "2020-02-06", "on Thursday"),
		anchorClaim("a", 2, "civilians", 3, "Hama", "2020-01-20", "on Monday"),
	}
	thursday := anchorClaim("b", 1, "Turkish military", 5, "Saraqeb", "", "on Thursday")
	monday := anchorClaim("b", 3, "civilians", 3, "Hama", "", "on Monday")
	ceasefire := anchorClaim("b", 2, "", 0, "Idlib", "", "Jan. 12")
	tests := []struct {
		name      string
		givePubB  string
		giveB     []extract.Claim
		giveFix   string // correction of b's publication date
		wantDay   string // the ceasefire's date; "" undated
		wantBasis string
	}{
		{name: "one join anchors", giveB: []extract.Claim{thursday, ceasefire}, wantDay: "2020-01-12", wantBasis: BasisAnchored},
		{name: "conflicting joins do not", giveB: []extract.Claim{thursday, ceasefire, monday}},
		{name: "no join no anchor", giveB: []extract.Claim{ceasefire}},
		{name: "published article never anchored", givePubB: "2020-02-07", giveB: []extract.Claim{thursday, ceasefire}},
		{name: "corrected date wins", giveFix: "2021-02-07", giveB: []extract.Claim{thursday, ceasefire},
			wantDay: "2021-01-12", wantBasis: BasisPublished},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := NewFold()
			f.ApplyArticle(1, t0, ingest.Article{ID: "a", Source: "A", Published: "2020-02-07"})
			f.ApplyArticle(2, t0, ingest.Article{ID: "b", Source: "B", Published: tt.givePubB})
			if tt.giveFix != "" {
				f.ApplyCorrection(3, t0, ingest.Correction{ArticleID: "b", Published: tt.giveFix})
			}
			for i, c := range append(slices.Clone(dated), tt.giveB...) {
				if err := f.ApplyClaim(uint64(i+1), t0, c); err != nil {
					t.Fatal(err)
				}
			}
			cas, tl := f.Build()
			var got, basis string
			for _, e := range append(tl.Entries, tl.Undated...) {
				if e.Action == extract.ActionCeasefire {
					if e.DateStart != nil {
						got = *e.DateStart
					}
					basis = e.DateBasis
				}
			}
			if got != tt.wantDay || basis != tt.wantBasis {
				t.Errorf("ceasefire dated %q (%q), want %q (%q)", got, basis, tt.wantDay, tt.wantBasis)
			}
			// The Thursday report joins a's incident whatever the anchor.
			joined := false
			for _, in := range cas.Incidents {
				joined = joined || (len(articlesOf(in)) == 2 && *in.DateStart == "2020-02-06" && in.DateBasis == BasisPublished)
			}
			hasThursday := slices.ContainsFunc(tt.giveB, func(c extract.Claim) bool { return c.ID == thursday.ID })
			if !joined && hasThursday && tt.giveFix == "" {
				t.Errorf("b's Thursday report did not join a's 2020-02-06 incident:%v", cas.Incidents)
			}
		})
	}
}

// TestOverlapOK checks which date windows may be one event's or incident's.
func TestOverlapOK(t *testing.T) {
	day := func(s string) int32 {
		d, ok := parseDay(s)
		if !ok {
			t.Fatalf("bad day %q", s)
		}
		return d
	}
	tests := []struct {
		name         string
		giveA, giveB [2]string
		want         bool
	}{
		{"same day", [2]string{"2020-02-27", "2020-02-27"}, [2]string{"2020-02-27", "2020-02-27"}, true},
		{"overlapping days", [2]string{"2020-02-24", "2020-03-01"}, [2]string{"2020-02-27", "2020-02-27"}, true},
		{"apart", [2]string{"2020-02-20", "2020-02-21"}, [2]string{"2020-02-27", "2020-02-27"}, false},
		{"since December, published a day apart", [2]string{"2019-12-01", "2020-02-06"}, [2]string{"2019-12-01", "2020-02-07"}, true},
		{"the same month", [2]string{"2020-02-01", "2020-02-29"}, [2]string{"2020-02-01", "2020-02-29"}, true},
		{"in December and since December", [2]string{"2019-12-01", "2019-12-31"}, [2]string{"2019-12-01", "2020-02-07"}, false},
		{"a month and a day in it", [2]string{"2020-02-01", "2020-02-29"}, [2]string{"2020-02-27", "2020-02-27"}, false},
		{"a month and its first day", [2]string{"2020-02-01", "2020-02-29"}, [2]string{"2020-02-01", "2020-02-01"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as, ae, bs, be := day(tt.giveA[0]), day(tt.giveA[1]), day(tt.giveB[0]), day(tt.giveB[1])
			if got := overlapOK(as, ae, bs, be); got != tt.want {
				t.Errorf("overlapOK(%v, %v) = %v, want %v", tt.giveA, tt.giveB, got, tt.want)
			}
			if got := overlapOK(bs, be, as, ae); got != tt.want {
				t.Errorf("overlapOK(%v, %v) = %v, want %v", tt.giveB, tt.giveA, got, tt.want)
			}
		})
	}
}

// TestClusterEventsJoins: event reports join on overlapping days at
// compatible places by overlapping actors; a ceasefire or talks at one town
// joins whichever party each report names, and so does the capture of, or
// entry into, one town on one day. Reports a day apart stay apart,
// whatever the action: an entry's days are the days all its sources give.
func TestClusterEventsJoins(t *testing.T) {
	town := place{name: "Avdiivka", base: "Avdiivka", region: "Donetsk", country: "Ukraine"}
	other := place{name: "Marinka", base: "Marinka", region: "Donetsk", country: "Ukraine"}
	country := place{name: "Ukraine", base: "Ukraine", wide: true, country: "Ukraine"}
	claim := func(id, action string, start, end int32, actor int32, p place) *pclaim {
		return &pclaim{c: &extract.Claim{ID: id, Action: action}, art: &artView{id: id},
			start: start, end: end, dated: true, actor: actor, place: p}
	}
	tests := []struct {
		name string
		give [2]*pclaim
		want bool // joined
	}{
		{"capture of one town on one day", [2]*pclaim{
			claim("a", extract.ActionCapture, 100, 100, 1, town), claim("b", extract.ActionCapture, 100, 100, 1, town)}, true},
		{"withdrawal overnight and on its second day", [2]*pclaim{
			claim("a", extract.ActionWithdraw, 99, 100, 2, town), claim("b", extract.ActionWithdraw, 100, 100, -1, town)}, true},
		{"capture of one town a day apart", [2]*pclaim{
			claim("a", extract.ActionCapture, 100, 100, 1, town), claim("b", extract.ActionCapture, 101, 101, 1, town)}, false},
		{"ceasefire by one actor a day apart", [2]*pclaim{
			claim("a", extract.ActionCeasefire, 100, 100, 3, place{}), claim("b", extract.ActionCeasefire, 101, 101, 3, place{})}, false},
		{"strikes on one town a day apart", [2]*pclaim{
			claim("a", extract.ActionStrike, 100, 100, 1, town), claim("b", extract.ActionStrike, 101, 101, 1, town)}, false},
		{"captures of two towns a day apart", [2]*pclaim{
			claim("a", extract.ActionCapture, 100, 100, 1, town), claim("b", extract.ActionCapture, 101, 101, 1, other)}, false},
		{"captures in one country a day apart", [2]*pclaim{
			claim("a", extract.ActionCapture, 100, 100, 1, country), claim("b", extract.ActionCapture, 101, 101, 1, country)}, false},
		{"captures of one town by two actors", [2]*pclaim{
			claim("a", extract.ActionCapture, 100, 100, 1, town), claim("b", extract.ActionCapture, 101, 101, 2, town)}, false},
		{"captures of one town two days apart", [2]*pclaim{
			claim("a", extract.ActionCapture, 100, 100, 1, town), claim("b", extract.ActionCapture, 102, 102, 1, town)}, false},
		{"a capture dated a week, then the next day", [2]*pclaim{
			claim("a", extract.ActionCapture, 94, 100, 1, town), claim("b", extract.ActionCapture, 101, 101, 1, town)}, false},
		{"ceasefires by two actors a day apart", [2]*pclaim{
			claim("a", extract.ActionCeasefire, 100, 100, 3, place{}), claim("b", extract.ActionCeasefire, 101, 101, 4, place{})}, false},
		{"talks at one town named by two parties", [2]*pclaim{
			claim("a", extract.ActionTalks, 100, 100, 3, town), claim("b", extract.ActionTalks, 100, 100, 4, town)}, true},
		{"talks in one country named by two parties", [2]*pclaim{
			claim("a", extract.ActionTalks, 100, 100, 3, country), claim("b", extract.ActionTalks, 100, 100, 4, country)}, false},
		{"strikes at one town by two actors", [2]*pclaim{
			claim("a", extract.ActionStrike, 100, 100, 1, town), claim("b", extract.ActionStrike, 100, 100, 2, town)}, false},
		{"entry into and capture of one town on one day", [2]*pclaim{
			claim("a", extract.ActionEnter, 100, 100, 1, town), claim("b", extract.ActionCapture, 100, 100, 1, town)}, true},
		// A town falls once on a day: its captor, an ally beside it, or the
		// side that lost it are read as actors (takenThatDay).
		{"entry into and capture of one town by two actors", [2]*pclaim{
			claim("a", extract.ActionEnter, 100, 100, 1, town), claim("b", extract.ActionCapture, 100, 100, 2, town)}, true},
		{"captures of one town by two actors on one day", [2]*pclaim{
			claim("a", extract.ActionCapture, 100, 100, 1, town), claim("b", extract.ActionCapture, 100, 100, 2, town)}, true},
		{"captures of two towns by two actors on one day", [2]*pclaim{
			claim("a", extract.ActionCapture, 100, 100, 1, town), claim("b", extract.ActionCapture, 100, 100, 2, other)}, false},
		{"captures in one country by two actors on one day", [2]*pclaim{
			claim("a", extract.ActionCapture, 100, 100, 1, country), claim("b", extract.ActionCapture, 100, 100, 2, country)}, false},
		{"a capture dated a week and one of its days by two actors", [2]*pclaim{
			claim("a", extract.ActionCapture, 94, 100, 1, town), claim("b", extract.ActionCapture, 100, 100, 2, town)}, false},
		{"withdrawals from one town by two actors on one day", [2]*pclaim{
			claim("a", extract.ActionWithdraw, 100, 100, 1, town), claim("b", extract.ActionWithdraw, 100, 100, 2, town)}, false},
		{"entry into one town and capture of another", [2]*pclaim{
			claim("a", extract.ActionEnter, 100, 100, 1, town), claim("b", extract.ActionCapture, 100, 100, 1, other)}, false},
		{"entry into and withdrawal from one town", [2]*pclaim{
			claim("a", extract.ActionEnter, 100, 100, 1, town), claim("b", extract.ActionWithdraw, 100, 100, 1, town)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list := []*pclaim{tt.give[0], tt.give[1]}
			groups := joinedPair(t, list, tt.want)
			x, y := tt.give[0], tt.give[1]
			if start, end := max(x.start, y.start), min(x.end, y.end); tt.want && (groups[0].start != start || groups[0].end != end) {
				t.Errorf("days %d..%d, want the days both give, %d..%d", groups[0].start, groups[0].end, start, end)
			}
			if tt.want {
				// The entry shows the capture, whichever report came first.
				if e := eventEntry(slices.Clone(groups[0].claims), groups[0].start, groups[0].end, true); (x.c.Action == extract.ActionEnter || y.c.Action == extract.ActionEnter) && e.Action != extract.ActionCapture {
					t.Errorf("entry action %q, want %q", e.Action, extract.ActionCapture)
				}
			}
		})
	}
}

// TestHostGuests: an undated report of a capture or withdrawal at a town
// joins the dated event there begun in the two weeks before its article
// was published (the latest such); a strike, another town, a country, an
// event after publication or weeks before, another actor, or an article
// without a publication date leave it an entry of its own.
func TestHostGuests(t *testing.T) {
	town := place{name: "Avdiivka", base: "Avdiivka", region: "Donetsk", country: "Ukraine"}
	other := place{name: "Marinka", base: "Marinka", region: "Donetsk", country: "Ukraine"}
	country := place{name: "Ukraine", base: "Ukraine", wide: true, country: "Ukraine"}
	group := func(action string, start int32, actor int32, p place) *eventGroup {
		return &eventGroup{start: start, end: start, action: action, actors: []int32{actor}, places: []place{p}}
	}
	guest := func(action string, pub int32, hasPub bool, actor int32, p place) *pclaim {
		return &pclaim{c: &extract.Claim{Action: action}, art: &artView{pub: pub, hasPub: hasPub}, actor: actor, place: p}
	}
	tests := []struct {
		name   string
		groups []*eventGroup
		guest  *pclaim
		want   int // the host's index, -1 for none
	}{
		{"a capture two days before", []*eventGroup{group(extract.ActionCapture, 98, 1, town)},
			guest(extract.ActionCapture, 100, true, 1, town), 0},
		{"the latest of two", []*eventGroup{group(extract.ActionWithdraw, 90, 1, town), group(extract.ActionWithdraw, 99, -1, town)},
			guest(extract.ActionWithdraw, 100, true, -1, town), 1},
		{"a strike", []*eventGroup{group(extract.ActionStrike, 98, 1, town)},
			guest(extract.ActionStrike, 100, true, 1, town), -1},
		{"another town", []*eventGroup{group(extract.ActionCapture, 98, 1, town)},
			guest(extract.ActionCapture, 100, true, 1, other), -1},
		{"a country", []*eventGroup{group(extract.ActionCapture, 98, 1, country)},
			guest(extract.ActionCapture, 100, true, 1, country), -1},
		{"after publication", []*eventGroup{group(extract.ActionCapture, 101, 1, town)},
			guest(extract.ActionCapture, 100, true, 1, town), -1},
		{"three weeks before", []*eventGroup{group(extract.ActionCapture, 79, 1, town)},
			guest(extract.ActionCapture, 100, true, 1, town), -1},
		{"another actor", []*eventGroup{group(extract.ActionCapture, 98, 1, town)},
			guest(extract.ActionCapture, 100, true, 2, town), -1},
		{"no publication date", []*eventGroup{group(extract.ActionCapture, 98, 1, town)},
			guest(extract.ActionCapture, 0, false, 1, town), -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := hostGuests(tt.groups, []*pclaim{tt.guest})
			got := slices.IndexFunc(out, func(l []*pclaim) bool { return len(l) > 0 })
			if got == len(tt.groups) {
				got = -1
			}
			if got != tt.want {
				t.Errorf("hosted by %d, want %d", got, tt.want)
			}
		})
	}
}

// TestEventsGenericActor: an event whose actor is the generic word for
// armed groups ("rebels", "militants") joins one by a named armed group at
// the same town on the same day (a withdrawal here), and is hosted by it;
// a state's forces or a country named as actor, or another named group,
// stay apart.
func TestEventsGenericActor(t *testing.T) {
	base := place{name: "al-Anad", base: "al-Anad", unknown: true}
	group, other := int32(campGroup), int32(campGroup+1)
	claim := func(id string, actor int32, name string, dated bool) *pclaim {
		return &pclaim{c: &extract.Claim{ID: id, Action: extract.ActionWithdraw, Actor: &extract.Party{Name: name}},
			art: &artView{id: id, pub: 101, hasPub: true}, start: 100, end: 100, dated: dated, actor: actor, place: base}
	}
	tests := []struct {
		name string
		give [2]*pclaim
		want bool
	}{
		{"a named group, then rebels", [2]*pclaim{claim("a", group, "Houthis", true), claim("b", campRebels, "rebels", true)}, true},
		{"rebels, then a named group", [2]*pclaim{claim("a", campRebels, "rebels", true), claim("b", group, "Houthis", true)}, true},
		{"militants and rebels", [2]*pclaim{claim("a", campMilitants, "militants", true), claim("b", campRebels, "rebels", true)}, true},
		{"a country and rebels", [2]*pclaim{claim("a", group, "Yemen", true), claim("b", campRebels, "rebels", true)}, false},
		{"a state's army and rebels", [2]*pclaim{claim("a", group, "Yemeni army", true), claim("b", campRebels, "rebels", true)}, false},
		{"two named groups", [2]*pclaim{claim("a", group, "Houthis", true), claim("b", other, "al-Qaeda", true)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			joinedAndHosted(t, tt.give, tt.want)
		})
	}
}

// TestEventsHomeForces: an event whose actor is a state's forces named
// generically ("government", "pro-government militia") joins one at a town
// of that state the same day by its forces named by the state, its
// demonym or generically ("Syrian government", "Syria"), and is hosted by
// it; the forces of another state, an armed group, a town of no known
// country, or strikes stay apart.
func TestEventsHomeForces(t *testing.T) {
	town := place{name: "Palmyra", base: "Palmyra", region: "Homs", country: "Syria"}
	abroad := place{name: "Shusha", base: "Shusha", region: "Nagorno-Karabakh", country: "Azerbaijan"}
	nowhere := place{name: "Tadmur", base: "Tadmur", unknown: true}
	claim := func(id string, actor int32, name string, p place) *pclaim {
		return &pclaim{c: &extract.Claim{ID: id, Action: extract.ActionWithdraw, Actor: &extract.Party{Name: name}},
			art: &artView{id: id, pub: 101, hasPub: true}, start: 100, end: 100, dated: true, actor: actor, place: p}
	}
	tests := []struct {
		name string
		give [2]*pclaim
		want bool
	}{
		{"the state's government, then government forces", [2]*pclaim{
			claim("a", 1001, "Syrian government", town), claim("b", 1002, "government", town)}, true},
		{"pro-government forces, then the state's army", [2]*pclaim{
			claim("a", 2, "pro-government militia", town), claim("b", 1001, "Syrian army", town)}, true},
		{"the state's government forces, then government forces", [2]*pclaim{
			claim("a", 1001, "Syrian government forces", town), claim("b", 1002, "government", town)}, true},
		{"the state, then the army", [2]*pclaim{
			claim("a", 1001, "Syria", town), claim("b", 1002, "the army", town)}, true},
		{"another state's government and government forces", [2]*pclaim{
			claim("a", 1001, "Armenian government", abroad), claim("b", 1002, "government", abroad)}, false},
		{"another state and the army", [2]*pclaim{
			claim("a", 1001, "Armenia", abroad), claim("b", 1002, "the army", abroad)}, false},
		{"an armed group and government forces", [2]*pclaim{
			claim("a", campGroup, "Islamic State", town), claim("b", 1002, "government", town)}, false},
		{"a town of no known country", [2]*pclaim{
			claim("a", 1001, "Syrian government", nowhere), claim("b", 1002, "government", nowhere)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			joinedAndHosted(t, tt.give, tt.want)
		})
	}
	// Strikes are many a day, by either side: "the army" striking a town
	// may be the invader's.
	t.Run("strikes", func(t *testing.T) {
		a, b := claim("a", 1001, "Syrian government", town), claim("b", 1002, "the army", town)
		a.c.Action, b.c.Action = extract.ActionStrike, extract.ActionStrike
		joinedPair(t, []*pclaim{a, b}, false)
	})
}

// TestDemonymOf: a state's demonym names it, another state's does not.
func TestDemonymOf(t *testing.T) {
	for _, tt := range []struct {
		word, country string
		want          bool
	}{
		{"Syrian", "Syria", true}, {"Iraqi", "Iraq", true}, {"Congolese", "DR Congo", true},
		{"Afghan", "Afghanistan", true}, {"Ukrainian", "Ukraine", true}, {"Malian", "Mali", true},
		{"Rwandan", "Rwanda", true}, {"Chadian", "Chad", true},
		{"Armenian", "Azerbaijan", false}, {"Iranian", "Iraq", false}, {"Iraqi", "Iran", false},
		{"Malawian", "Mali", false}, {"Sudanese", "Syria", false},
	} {
		if got := demonymOf(tt.word, tt.country); got != tt.want {
			t.Errorf("demonymOf(%q, %q) = %v, want %v", tt.word, tt.country, got, tt.want)
		}
	}
}

// TestShootdownLossTold: a downing told as a loss or in the passive names
// a side that may be the one that lost the aircraft, so it joins the
// downing another report tells that day by the side that shot it down; a
// downing told in the active by another side stays apart.
func TestShootdownLossTold(t *testing.T) {
	sea := place{name: "Sea of Azov", base: "Sea of Azov", unknown: true}
	claim := func(id string, actor int32, quote string, p place) *pclaim {
		return &pclaim{c: &extract.Claim{ID: id, Action: extract.ActionShootdown, Quote: quote}, art: &artView{id: id},
			start: 100, end: 100, dated: true, actor: actor, place: p}
	}
	shot := func() *pclaim {
		return claim("a", 1, "Ukraine's military said it shot down a Russian A-50 over the Sea of Azov on Sunday.", sea)
	}
	tests := []struct {
		name string
		give *pclaim
		want bool
	}{
		{"a loss", claim("b", 2, "Russia says it has lost two planes, including a bomber brought down on Saturday.", place{}), true},
		{"in the passive", claim("b", 2, "Russian bloggers said the aircraft had been brought down by friendly fire.", place{}), true},
		{"in the active by another side", claim("b", 2, "Russia said its air defences shot down a Ukrainian Su-25.", place{}), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list := []*pclaim{shot(), tt.give}
			groups := joinedPair(t, list, tt.want)
			if tt.want && !slices.Equal(groups[0].actors, []int32{1}) {
				t.Errorf("actors %v, want the shooter's only", groups[0].actors)
			}
		})
	}
}

// TestShootdownCraft: downings on one day naming different kinds of
// aircraft (a plane, drones, a helicopter) are different downings; a
// report naming none, or several, joins either.
func TestShootdownCraft(t *testing.T) {
	claim := func(id, quote string) *pclaim {
		return &pclaim{c: &extract.Claim{ID: id, Action: extract.ActionShootdown, Quote: quote}, art: &artView{id: id},
			start: 100, end: 100, dated: true, actor: 1}
	}
	plane := func() *pclaim {
		return claim("a", "Ukraine's military said it shot down a Russian A-50 early warning aircraft on Sunday.")
	}
	tests := []struct {
		name string
		give *pclaim
		want bool
	}{
		{"drones", claim("b", "The air force also said it had destroyed eight Drones launched overnight."), false},
		{"a helicopter", claim("b", "Troops shot down a Mi-8 helicopter near the town."), false},
		{"the plane", claim("b", "The plane was downed over the sea, the air force said."), true},
		{"no kind named", claim("b", "Ukraine said it had downed it on Sunday."), true},
		{"an unmanned aircraft", claim("b", "It shot down an unmanned aircraft."), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list := []*pclaim{plane(), tt.give}
			joinedPair(t, list, tt.want)
		})
	}
}

// TestEventsOnceThatDay: a capture (or ceasefire, talks) told at no place
// by another side joins the one such event of its day; with two that day
// (two towns taken), on another day, or for a strike or a downing, it
// stays apart.
func TestEventsOnceThatDay(t *testing.T) {
	town := place{name: "Laukkai", base: "Laukkai", unknown: true}
	other := place{name: "Chinshwehaw", base: "Chinshwehaw", unknown: true}
	claim := func(id, action string, day, actor int32, p place) *pclaim {
		return &pclaim{c: &extract.Claim{ID: id, Action: action}, art: &artView{id: id},
			start: day, end: day, dated: true, actor: actor, place: p}
	}
	tests := []struct {
		name string
		give []*pclaim
		want int // groups
	}{
		{"one town taken that day", []*pclaim{
			claim("a", extract.ActionCapture, 100, 1, town), claim("b", extract.ActionCapture, 100, 2, place{})}, 1},
		{"two towns taken that day", []*pclaim{
			claim("a", extract.ActionCapture, 100, 1, town), claim("b", extract.ActionCapture, 100, 1, other),
			claim("c", extract.ActionCapture, 100, 2, place{})}, 3},
		{"a day apart", []*pclaim{
			claim("a", extract.ActionCapture, 100, 1, town), claim("b", extract.ActionCapture, 101, 2, place{})}, 2},
		{"a ceasefire", []*pclaim{
			claim("a", extract.ActionCeasefire, 100, 1, town), claim("b", extract.ActionCeasefire, 100, 2, place{})}, 1},
		{"a strike", []*pclaim{
			claim("a", extract.ActionStrike, 100, 1, town), claim("b", extract.ActionStrike, 100, 2, place{})}, 2},
		{"a downing", []*pclaim{
			claim("a", extract.ActionShootdown, 100, 1, town), claim("b", extract.ActionShootdown, 100, 2, place{})}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			groups := clusterEvents(slices.Clone(tt.give))
			if len(groups) != tt.want {
				t.Errorf("%d groups, want %d", len(groups), tt.want)
			}
			made, _ := recluster(tt.give, tt.give, nil)
			if len(made) != len(groups) {
				t.Errorf("recluster made %d groups, clusterEvents %d", len(made), len(groups))
			}
		})
	}
}

// TestEventsLaunchedThatDay: an offensive told by one actor on one day at
// two towns of one country (the town taken first, the goal) is one; by
// two actors, on two days, in two countries, or a strike, it is not.
func TestEventsLaunchedThatDay(t *testing.T) {
	goal := place{name: "Tripoli", base: "Tripoli", region: "Libya", country: "Libya"}
	first := place{name: "Gharyan", base: "Gharyan", region: "Libya", country: "Libya"}
	abroad := place{name: "Tunis", base: "Tunis", region: "Tunisia", country: "Tunisia"}
	claim := func(id, action string, day, actor int32, p place) *pclaim {
		return &pclaim{c: &extract.Claim{ID: id, Action: action}, art: &artView{id: id},
			start: day, end: day, dated: true, actor: actor, place: p}
	}
	tests := []struct {
		name string
		give [2]*pclaim
		want bool
	}{
		{"one actor, one day", [2]*pclaim{
			claim("a", extract.ActionOffensive, 100, 1, goal), claim("b", extract.ActionOffensive, 100, 1, first)}, true},
		{"two actors", [2]*pclaim{
			claim("a", extract.ActionOffensive, 100, 1, goal), claim("b", extract.ActionOffensive, 100, 2, first)}, false},
		{"two days", [2]*pclaim{
			claim("a", extract.ActionOffensive, 100, 1, goal), claim("b", extract.ActionOffensive, 101, 1, first)}, false},
		{"two countries", [2]*pclaim{
			claim("a", extract.ActionOffensive, 100, 1, goal), claim("b", extract.ActionOffensive, 100, 1, abroad)}, false},
		{"strikes", [2]*pclaim{
			claim("a", extract.ActionStrike, 100, 1, goal), claim("b", extract.ActionStrike, 100, 1, first)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list := []*pclaim{tt.give[0], tt.give[1]}
			joinedPair(t, list, tt.want)
		})
	}
}

// TestEventsNamesTown: a capture placed in a country only, whose quote
// names a town, joins that day's capture of the town by another actor,
// whichever came first; one naming no town, or another town, stays apart.
func TestEventsNamesTown(t *testing.T) {
	town := place{name: "Diabaly", base: "Diabaly", unknown: true}
	country := place{name: "Mali", base: "Mali", country: "Mali"}
	claim := func(id string, actor int32, p place, quote string) *pclaim {
		return &pclaim{c: &extract.Claim{ID: id, Action: extract.ActionCapture, Quote: quote}, art: &artView{id: id},
			start: 100, end: 100, dated: true, actor: actor, place: p}
	}
	retook := "French and Malian forces retook control of Diabaly on Monday"
	tests := []struct {
		name string
		give [2]*pclaim
		want bool
	}{
		{"the town, then the country naming it", [2]*pclaim{
			claim("a", 1, town, "Malian soldiers entered Diabaly on Monday"), claim("b", 2, country, retook)}, true},
		{"the country naming it, then the town", [2]*pclaim{
			claim("a", 2, country, retook), claim("b", 1, town, "Malian soldiers entered Diabaly on Monday")}, true},
		{"the country naming no town", [2]*pclaim{
			claim("a", 1, town, "Malian soldiers entered Diabaly on Monday"), claim("b", 2, country, "French forces advanced on Monday")}, false},
		{"the country naming another town", [2]*pclaim{
			claim("a", 1, town, "Malian soldiers entered Diabaly on Monday"), claim("b", 2, country, "French forces retook Douentza on Monday")}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list := []*pclaim{tt.give[0], tt.give[1]}
			joinedPair(t, list, tt.want)
		})
	}
}

// TestEventsCrossing: an entry into a country (a border crossed) joins no
// capture of, or entry into, a town that day, whichever came first; two
// entries into one country, or a capture told at the country only, join.
func TestEventsCrossing(t *testing.T) {
	town := place{name: "Zaranj", base: "Zaranj", unknown: true}
	country := place{name: "Iran", base: "Iran", wide: true, country: "Iran"}
	claim := func(id, action string, p place) *pclaim {
		return &pclaim{c: &extract.Claim{ID: id, Action: action}, art: &artView{id: id},
			start: 100, end: 100, dated: true, actor: -1, place: p}
	}
	tests := []struct {
		name string
		give [2]*pclaim
		want bool
	}{
		{"a town taken, then a border crossed", [2]*pclaim{
			claim("a", extract.ActionCapture, town), claim("b", extract.ActionEnter, country)}, false},
		{"a border crossed, then a town taken", [2]*pclaim{
			claim("a", extract.ActionEnter, country), claim("b", extract.ActionCapture, town)}, false},
		{"a border crossed, then a town entered", [2]*pclaim{
			claim("a", extract.ActionEnter, country), claim("b", extract.ActionEnter, town)}, false},
		{"one border crossed twice", [2]*pclaim{
			claim("a", extract.ActionEnter, country), claim("b", extract.ActionEnter, country)}, true},
		{"a capture told at the country", [2]*pclaim{
			claim("a", extract.ActionCapture, town), claim("b", extract.ActionCapture, country)}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list := []*pclaim{tt.give[0], tt.give[1]}
			joinedPair(t, list, tt.want)
		})
	}
}

// joinedPair clusters list, reports whether it made one group unless want
// says so, and whether recluster makes as many groups; it returns the
// groups.
// joinedAndHosted checks that the second claim of pair joins the first's
// entry when both are dated the same day (see joinedPair), and that it is
// hosted by that entry when undated (see hostGuests), as want says.
func joinedAndHosted(t *testing.T, pair [2]*pclaim, want bool) {
	t.Helper()
	joinedPair(t, []*pclaim{pair[0], pair[1]}, want)
	guest := *pair[1]
	guest.dated = false
	out := hostGuests(clusterEvents([]*pclaim{pair[0]}), []*pclaim{&guest})
	if got := len(out[0]) == 1; got != want {
		t.Errorf("hosted = %v, want %v", got, want)
	}
}

func joinedPair(t *testing.T, list []*pclaim, want bool) []*eventGroup {
	t.Helper()
	groups := clusterEvents(slices.Clone(list))
	if got := len(groups) == 1; got != want {
		t.Errorf("joined = %v, want %v", got, want)
	}
	made, _ := recluster(list, list, nil)
	if len(made) != len(groups) {
		t.Errorf("recluster made %d groups, clusterEvents %d", len(made), len(groups))
	}
	return groups
}
