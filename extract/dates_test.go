package extract

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimline/claimline/ingest"
)

func TestResolveDate(t *testing.T) {
	tests := []struct {
		name          string
		giveExpr      string
		givePublished string
		wantStart     string // "" for nil
		wantEnd       string
		wantPrecision string
		wantWeekday   string
	}{
		{"weekday same day", "on Thursday", "2020-02-06", "2020-02-06", "2020-02-06", PrecisionDay, "Thursday"},
		{"since the start of the month", "since the start of the month", "2024-03-08", "2024-03-01", "2024-03-08", PrecisionMonth, ""},
		{"first half of a year", "in the first half of 2021", "2021-09-14", "2021-01-01", "2021-06-30", PrecisionMonth, ""},
		{"first six months of the year", "in the first six months of the year", "2023-07-20", "2023-01-01", "2023-06-30", PrecisionMonth, ""},
		{"over the first half", "over the first half of the year", "2023-07-20", "2023-01-01", "2023-06-30", PrecisionMonth, ""},
		{"first quarter", "in the first quarter", "2022-04-12", "2022-01-01", "2022-03-31", PrecisionMonth, ""},
		{"since the beginning of this year", "since the beginning of this year", "2024-03-08", "2024-01-01", "2024-03-08", PrecisionYear, ""},
		{"weekday earlier in week", "on Monday", "2020-02-06", "2020-02-03", "2020-02-03", PrecisionDay, "Monday"},
		{"weekday from Friday", "on Monday", "2020-02-07", "2020-02-03", "2020-02-03", PrecisionDay, "Monday"},
		{"weekday previous week", "Saturday", "2020-03-01", "2020-02-29", "2020-02-29", PrecisionDay, "Saturday"},
		{"early on weekday", "Early on Thursday", "2020-02-06", "2020-02-06", "2020-02-06", PrecisionDay, "Thursday"},
		{"weekday night", "on Sunday night", "2020-03-04", "2020-03-01", "2020-03-01", PrecisionDay, "Sunday"},
		{"last weekday", "last Thursday", "2020-02-06", "2020-01-30", "2020-01-30", PrecisionDay, "Thursday"},
		{"next weekday", "next Monday", "2020-02-06", "2020-02-10", "2020-02-10", PrecisionDay, "Monday"},
		{"weekday unresolved", "on Thursday", "", "", "", PrecisionUnresolved, "Thursday"},
		{"weekday with full date", "Monday, February 3, 2020", "", "2020-02-03", "2020-02-03", PrecisionDay, "Monday"},
		{"since a month's day to come is of last year", "since Oct. 7", "2024-08-15", "2023-10-07", "2024-08-15", PrecisionDay, ""},
		{"since a month's day past", "since Oct. 7", "2023-12-15", "2023-10-07", "2023-12-15", PrecisionDay, ""},
		{"a month's day of last year", "on Sept. 9 last year", "2020-08-13", "2019-09-09", "2019-09-09", PrecisionDay, ""},
		{"a day of a month of last year", "14 March last year", "2020-02-06", "2019-03-14", "2019-03-14", PrecisionDay, ""},
		{"today", "today", "2020-02-06", "2020-02-06", "2020-02-06", PrecisionDay, ""},
		{"tonight", "tonight", "2020-02-06", "2020-02-06", "2020-02-06", PrecisionDay, ""},
		{"yesterday", "yesterday", "2020-03-01", "2020-02-29", "2020-02-29", PrecisionDay, ""},
		{"overnight is the night before", "overnight", "2020-02-06", "2020-02-05", "2020-02-06", PrecisionDay, ""},
		{"yesterday unresolved", "yesterday", "", "", "", PrecisionUnresolved, ""},
		{"last week from Sunday", "last week", "2020-03-01", "2020-02-23", "2020-02-29", PrecisionWeek, ""},
		{"last week from Thursday", "last week", "2020-02-06", "2020-01-26", "2020-02-01", PrecisionWeek, ""},
		{"earlier this week", "earlier this week", "2020-02-07", "2020-02-03", "2020-02-06", PrecisionWeek, ""},
		{"this week", "this week", "2020-02-07", "2020-02-03", "2020-02-07", PrecisionWeek, ""},
		{"last week unresolved", "last week", "", "", "", PrecisionUnresolved, ""},
		{"a day of last week", "on Monday last week", "2024-09-16", "2024-09-09", "2024-09-09", PrecisionDay, "Monday"},
		{"a day of last week from Sunday", "Saturday last week", "2020-03-01", "2020-02-29", "2020-02-29", PrecisionDay, "Saturday"},
		{"last month", "last month", "2020-02-06", "2020-01-01", "2020-01-31", PrecisionMonth, ""},
		{"weekday range", "on Monday and Tuesday", "2025-01-15", "2025-01-13", "2025-01-14", PrecisionDay, "Monday"},
		{"weekday range across a week", "between Friday and Saturday", "2024-12-11", "2024-12-06", "2024-12-07", PrecisionDay, "Friday"},
		{"month range", "from July to September", "2019-10-18", "2019-07-01", "2019-09-30", PrecisionMonth, ""},
		{"month range with its year", "between January and March 2018", "2019-10-18", "2018-01-01", "2018-03-31", PrecisionMonth, ""},
		{"month range across a year", "from November to February", "2019-03-18", "2018-11-01", "2019-02-28", PrecisionMonth, ""},
		{"weekday range ending today", "Saturday to Monday", "2024-12-09", "2024-12-07", "2024-12-09", PrecisionDay, "Saturday"},
		{"over the weekend from Wednesday", "over the weekend", "2023-07-12", "2023-07-08", "2023-07-09", PrecisionDay, ""},
		{"over the weekend from Sunday", "over the weekend", "2023-07-09", "2023-07-08", "2023-07-09", PrecisionDay, ""},
		{"past 24 hours", "over the past 24 hours", "2024-03-12", "2024-03-11", "2024-03-12", PrecisionDay, ""},
		{"last 48 hours", "in the last 48 hours", "2024-03-12", "2024-03-10", "2024-03-12", PrecisionDay, ""},
		{"days of clashes", "in three days of clashes", "2020-07-14", "2020-07-12", "2020-07-14", PrecisionDay, ""},
		{"days of fighting", "after 10 days of fighting", "2024-03-12", "2024-03-03", "2024-03-12", PrecisionDay, ""},
		{"last month across year", "last month", "2020-01-15", "2019-12-01", "2019-12-31", PrecisionMonth, ""},
		{"earlier this month", "earlier this month", "2020-02-06", "2020-02-01", "2020-02-05", PrecisionMonth, ""},
		{"in January", "in January", "2020-02-06", "2020-01-01", "2020-01-31", PrecisionMonth, ""},
		{"in a later month is last year", "in March", "2020-02-06", "2019-03-01", "2019-03-31", PrecisionMonth, ""},
		{"since December", "since December", "2020-02-06", "2019-12-01", "2020-02-06", PrecisionMonth, ""},
		{"a month of last year", "in November last year", "2024-12-21", "2023-11-01", "2023-11-30", PrecisionMonth, ""},
		{"a month of last year with 'of'", "in March of last year", "2024-12-21", "2023-03-01", "2023-03-31", PrecisionMonth, ""},
		{"late in a month of last year", "in late June last year", "2024-12-21", "2023-06-21", "2023-06-30", PrecisionMonth, ""},
		{"early in a month is its first ten days", "in early June", "2024-07-25", "2024-06-01", "2024-06-10", PrecisionMonth, ""},
		{"mid-month", "in mid-June", "2024-07-25", "2024-06-11", "2024-06-20", PrecisionMonth, ""},
		{"late in a month is its last days", "in late June", "2024-07-25", "2024-06-21", "2024-06-30", PrecisionMonth, ""},
		{"the end of a month", "the end of February", "2024-07-25", "2024-02-21", "2024-02-29", PrecisionMonth, ""},
		{"since the beginning of December", "since the beginning of December", "2020-02-07", "2019-12-01", "2020-02-07", PrecisionMonth, ""},
		{"month and year", "January 2020", "", "2020-01-01", "2020-01-31", PrecisionMonth, ""},
		{"in January unresolved", "in January", "", "", "", PrecisionUnresolved, ""},
		{"abbreviated month day", "Jan. 12", "2020-02-06", "2020-01-12", "2020-01-12", PrecisionDay, ""},
		{"abbreviated month day unresolved", "Jan. 12", "", "", "", PrecisionUnresolved, ""},
		{"month day", "February 6", "2020-02-07", "2020-02-06", "2020-02-06", PrecisionDay, ""},
		{"On month day", "On February 6", "2020-02-07", "2020-02-06", "2020-02-06", PrecisionDay, ""},
		{"month day last year", "December 30", "2020-02-06", "2019-12-30", "2019-12-30", PrecisionDay, ""},
		{"planned date ahead", "on March 5", "2020-03-01", "2020-03-05", "2020-03-05", PrecisionDay, ""},
		{"planned window", "on March 5 or March 6", "2020-03-01", "2020-03-05", "2020-03-06", PrecisionDay, ""},
		{"day range", "February 5-6", "2020-02-07", "2020-02-05", "2020-02-06", PrecisionDay, ""},
		{"full date without publication", "February 3, 2020", "", "2020-02-03", "2020-02-03", PrecisionDay, ""},
		{"day month year", "13 January 2020", "", "2020-01-13", "2020-01-13", PrecisionDay, ""},
		{"dashed date", "07-Feb-2020", "", "2020-02-07", "2020-02-07", PrecisionDay, ""},
		{"iso date", "2020-02-06", "", "2020-02-06", "2020-02-06", PrecisionDay, ""},
		{"impossible date", "February 30, 2020", "", "", "", PrecisionUnresolved, ""},
		{"in year", "in 2018", "", "2018-01-01", "2018-12-31", PrecisionYear, ""},
		{"bare year", "2018", "2020-03-01", "2018-01-01", "2018-12-31", PrecisionYear, ""},
		{"since year", "since 2011", "2020-02-06", "2011-01-01", "2020-02-06", PrecisionYear, ""},
		{"last year", "last year", "2020-02-06", "2019-01-01", "2019-12-31", PrecisionYear, ""},
		{"two days ago", "two days ago", "2020-02-06", "2020-02-04", "2020-02-04", PrecisionDay, ""},
		{"3 weeks ago", "3 weeks ago", "2020-02-06", "2020-01-13", "2020-01-19", PrecisionWeek, ""},
		{"a week ago", "a week ago", "2020-02-06", "2020-01-27", "2020-02-02", PrecisionWeek, ""},
		{"christmas eve", "on Christmas Eve", "2024-01-03", "2023-12-24", "2023-12-24", PrecisionDay, ""},
		{"new year's day", "New Year's Day", "2024-05-30", "2024-01-01", "2024-01-01", PrecisionDay, ""},
		{"a holiday of a year", "New Year's Eve 1980", "1998-08-08", "1980-12-31", "1980-12-31", PrecisionDay, ""},
		{"a month ago", "a month ago", "2020-02-06", "2020-01-01", "2020-01-31", PrecisionMonth, ""},
		{"a day earlier is anchored elsewhere", "a day earlier", "2020-02-06", "", "", PrecisionUnresolved, ""},
		{"past two weeks", "in the past two weeks", "2020-02-07", "2020-01-24", "2020-02-07", PrecisionWeek, ""},
		{"same day is anchored elsewhere", "on the same day", "2020-02-07", "", "", PrecisionUnresolved, ""},
		{"previous day is anchored elsewhere", "the previous day", "2020-02-07", "", "", PrecisionUnresolved, ""},
		{"hours after is anchored elsewhere", "hours after", "2020-03-01", "", "", PrecisionUnresolved, ""},
		{"two days later is anchored elsewhere", "two days later", "2020-03-01", "", "", PrecisionUnresolved, ""},
		{"bad publication date", "on Monday", "06/02/2020", "", "", PrecisionUnresolved, "Monday"},
		{"not a date", "the fighting", "2020-02-06", "", "", PrecisionUnresolved, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ResolveDate(tt.giveExpr, tt.givePublished)
			if got.Expression != tt.giveExpr {
				t.Errorf("Expression = %q, want %q", got.Expression, tt.giveExpr)
			}
			if s := deref(got.Start); s != tt.wantStart {
				t.Errorf("Start = %q, want %q", s, tt.wantStart)
			}
			if e := deref(got.End); e != tt.wantEnd {
				t.Errorf("End = %q, want %q", e, tt.wantEnd)
			}
			if got.Precision != tt.wantPrecision {
				t.Errorf("Precision = %q, want %q", got.Precision, tt.wantPrecision)
			}
			if got.Weekday != tt.wantWeekday {
				t.Errorf("Weekday = %q, want %q", got.Weekday, tt.wantWeekday)
			}
		})
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func TestFindDates(t *testing.T) {
	tests := []struct {
		name      string
		giveText  string
		wantExprs []string
	}{
		{"weekday with on", "Turkey sent more reinforcements on Thursday, media said.", []string{"on Thursday"}},
		{"a month of last year", "The group has taken 14 townships since launching an offensive in November last year.", []string{"in November last year"}},
		{"a month of last year with 'of'", "Rebels overran the Jaffna base in March of last year.", []string{"in March of last year"}},
		{"last year alone", "The town fell last year.", []string{"last year"}},
		{"early on", "Early on Thursday, Syrian air defences intercepted missiles.", []string{"Early on Thursday"}},
		{"weekday night", "The convoy was hit on Sunday night near the border.", []string{"on Sunday night"}},
		{"full date with weekday", "in Hatay, Turkey, Monday, February 3, 2020. (AP)", []string{"Monday, February 3, 2020"}},
		{"abbreviated month", "despite a Jan. 12 ceasefire deal", []string{"Jan. 12"}},
		{"future window", "will hold talks in Moscow on March 5 or March 6, Peskov said on Sunday", []string{"on March 5 or March 6", "on Sunday"}},
		{"relative words", "It happened overnight, after clashes yesterday and last week.", []string{"overnight", "yesterday", "last week"}},
		{"this week and month", "captured earlier this week, after fighting earlier this month", []string{"earlier this week", "earlier this month"}},
		{"months", "attacks intensified in January; troops advancing since December", []string{"in January", "since December"}},
		{"years", "a 2018 deal, and since the war began in 2011", []string{"2018", "in 2011"}},
		{"ago", "The town fell two days ago.", []string{"two days ago"}},
		{"a holiday", "Gunmen killed nine people on Christmas Eve.", []string{"Christmas Eve"}},
		{"a holiday of a year", "The hotel was bombed on New Year's Eve 1980, killing 20.", []string{"New Year's Eve 1980"}},
		{"christmas alone is no day", "A bomb killed five Christmas shoppers.", nil},
		{"anchored elsewhere", "Russia said on the same day, hours after the strike, that", []string{"on the same day", "hours after"}},
		{"dashed and iso", "Updated 12:32, 07-Feb-2020; date 2020-02-06", []string{"07-Feb-2020", "2020-02-06"}},
		{"may and march as words", "Troops may march on the town. They may be tired.", nil},
		{"numbers are not years", "more than 2,200 troops and 1,000 tanks", nil},
		{"day month", "On 6 February, forces entered.", []string{"On 6 February"}},
		{"a month's day of last year", "since the clashes began on Sept. 9 last year", []string{"on Sept. 9 last year"}},
		{"a month range", "1,174 civilians were killed from July to September", []string{"from July to September"}},
		{"a weekday as a first name", "Friday Adeyemi, a community leader, said gunmen struck on Sunday; Tuesday March 4 was calm after Friday Prayers.", []string{"on Sunday", "Tuesday March 4", "Friday"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits := findDates(tt.giveText)
			var got []string
			for _, h := range hits {
				if h.Start < 0 || h.End > len(tt.giveText) || h.Start >= h.End || tt.giveText[h.Start:h.End] != h.Expr {
					t.Fatalf("hit %+v does not match its span in %q", h, tt.giveText)
				}
				got = append(got, h.Expr)
			}
			if !reflect.DeepEqual(got, tt.wantExprs) {
				t.Errorf("findDates() = %q, want %q", got, tt.wantExprs)
			}
		})
	}
}

func BenchmarkResolveDate(b *testing.B) {
	exprs := []string{"on Thursday", "last week", "Jan. 12", "since December", "on March 5 or March 6", "Monday, February 3, 2020", "3rd of February 2020"}
	for _, e := range exprs {
		ResolveDate(e, "2020-02-06") // warm the parser
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ResolveDate(exprs[i%len(exprs)], "2020-02-06")
	}
}

func BenchmarkFindDates(b *testing.B) {
	text := strings.Repeat("Turkey sent more reinforcements into northwestern Syria on Thursday, after a Jan. 12 ceasefire deal and clashes last week. ", 20)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		findDates(text)
	}
}

func FuzzResolveDate(f *testing.F) {
	for _, s := range []string{"on Thursday", "last week", "Jan. 12", "February 30, 2020", "March 5 or March 6", "in 2018", "99 days ago", "since the beginning of December", "0-Feb-2020", "Monday, February 3, 2020", "\xff\xfe"} {
		f.Add(s, "2020-02-06")
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, expr, published string) {
		d := ResolveDate(expr, published)
		if d.Expression != expr {
			t.Fatalf("Expression = %q, want %q", d.Expression, expr)
		}
		if (d.Start == nil) != (d.End == nil) {
			t.Fatalf("half-resolved date %+v", d)
		}
		if d.Start == nil && d.Precision != PrecisionUnresolved {
			t.Fatalf("unresolved date with precision %q", d.Precision)
		}
		if d.Start != nil && *d.Start > *d.End {
			t.Fatalf("start %s after end %s", *d.Start, *d.End)
		}
		for _, h := range findDates(expr) {
			if h.Start < 0 || h.End > len(expr) || h.Start >= h.End || expr[h.Start:h.End] != h.Expr {
				t.Fatalf("hit %+v outside %q", h, expr)
			}
			if utf8.ValidString(expr) && !utf8.ValidString(h.Expr) {
				t.Fatalf("hit %q splits a rune", h.Expr)
			}
		}
	})
}

func TestResolveDateReturnsOwnCopies(t *testing.T) {
	first := ResolveDate("on Thursday", "2020-02-06")
	if first.Start == nil {
		t.Fatalf("ResolveDate(on Thursday) = %+v, want a day", first)
	}
	*first.Start = "changed"
	if second := ResolveDate("on Thursday", "2020-02-06"); second.Start == nil || *second.Start != "2020-02-06" {
		t.Errorf("second ResolveDate(on Thursday) = %v, want 2020-02-06", second.Start)
	}
}

// TestNormaliseDateExpr checks normaliseDateExpr against its definition:
// lower case, fields joined by single spaces.
func TestNormaliseDateExpr(t *testing.T) {
	exprs := []string{"", " ", "On Thursday", "  early\ton\n\vMonday ", "Jan. 12", "last  WEEK", "İstanbul day",
		"on\u00a0Monday", "since\u2003January", "already normal", strings.Repeat("Long Expression ", 8)}
	for _, line := range corpusLines(t)[:300] {
		for _, h := range findDates(line) {
			exprs = append(exprs, h.Expr)
		}
	}
	for _, e := range exprs {
		if got, want := normaliseDateExpr(e), strings.Join(strings.Fields(strings.ToLower(e)), " "); got != want {
			t.Errorf("normaliseDateExpr(%q) = %q, want %q", e, got, want)
		}
	}
}

func TestShiftedDate(t *testing.T) {
	prev := ResolveDate("on Monday", "2024-09-18") // 2024-09-16
	week := ResolveDate("last week", "2024-09-18")
	tests := []struct {
		expr       string
		prev       Date
		start, end string // "" for nil
	}{
		{"the same day", prev, "2024-09-16", "2024-09-16"},
		{"Hours later", prev, "2024-09-16", "2024-09-16"},
		{"the following day", prev, "2024-09-17", "2024-09-17"},
		{"the day before", prev, "2024-09-15", "2024-09-15"},
		{"over the same period", week, *week.Start, *week.End},
		{"the following day", week, "", ""},
		{"hours after", prev, "2024-09-16", "2024-09-16"},
		{"days after", prev, "", ""},
		{"the same week", prev, "", ""},
	}
	for _, tt := range tests {
		d := shiftedDate(tt.expr, tt.prev)
		got := [2]string{}
		if d.Start != nil {
			got = [2]string{*d.Start, *d.End}
		}
		if got != [2]string{tt.start, tt.end} {
			t.Errorf("shiftedDate(%q, %s) = %v, want %s..%s", tt.expr, tt.prev.Expression, got, tt.start, tt.end)
		}
	}
}

// TestHoursLaterTakesTheDayToldBefore checks that "Hours later" dates a
// figure by the day told three paragraphs before it, when no paragraph
// between tells another.
func TestHoursLaterTakesTheDayToldBefore(t *testing.T) {
	text := "Gunmen raid army camp\n\nNARATHIWAT - Four soldiers were killed when gunmen stormed an army camp early yesterday.\n\n" +
		"The raiders struck at about 1.30am, a senior officer said.\n\n" +
		"Arsonists set fire to 20 schools in the province.\n\n" +
		"Hours later, two police officers were killed when a bomb exploded near a school in Pattani, police said."
	for _, c := range Extract(ingest.Article{ID: "a", Text: text, Published: "2004-01-05"}) {
		if c.Kind != KindCasualty || c.Count.Value == nil || *c.Count.Value != 2 {
			continue
		}
		if c.Date.Start == nil || *c.Date.Start != "2004-01-04" || c.Date.End == nil || *c.Date.End != "2004-01-04" {
			t.Fatalf("the two officers' date = %+v, want 2004-01-04", c.Date)
		}
		return
	}
	t.Fatal("no figure of two officers")
}

// TestDayToComeDatesNoLaterEvent checks that a weekday in a clause of the
// future ("will begin withdrawing on Friday") is not carried to the events
// told after it as the Friday before publication.
func TestDayToComeDatesNoLaterEvent(t *testing.T) {
	text := "HELSINKI, March 13 (AP) - Finnish troops will begin withdrawing from the ceded territory on Friday, army headquarters said.\n\n" +
		"Russian artillery shelled Viipuri through the night, a Finnish communique said."
	for _, c := range Extract(ingest.Article{ID: "a", Text: text, Published: "1940-03-13"}) {
		if c.Kind == KindEvent && c.Action == ActionStrike {
			if c.Date.Start != nil && *c.Date.Start == "1940-03-08" {
				t.Fatalf("the shelling is dated by the Friday to come, read as past: %+v", c.Date)
			}
			return
		}
	}
	t.Fatal("no strike read")
}

// TestDayAfterLastClause checks that an event of a clause with no day of
// its own takes the one day its sentence tells after the next clause ("…,
// and troops attacked Kontum before dawn yesterday"), not the day carried
// from the sentence before.
func TestDayAfterLastClause(t *testing.T) {
	text := "SAIGON, Jan. 31 (AP) - Guerrillas attacked the embassy early today.\n\n" +
		"Rockets hit the air base at Da Nang, and troops attacked Kontum before dawn yesterday, spokesmen said."
	for _, c := range Extract(ingest.Article{ID: "a", Text: text, Published: "1968-01-31"}) {
		if c.Kind != KindEvent || c.Location == nil || c.Location.Name != "Da Nang" {
			continue
		}
		if c.Date.Start == nil || *c.Date.Start != "1968-01-30" {
			t.Fatalf("the strike on Da Nang is dated %+v, want 1968-01-30", c.Date)
		}
		return
	}
	t.Fatal("no strike on Da Nang read")
}
