package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Building blocks of the date patterns. Month and weekday names are matched
// case-sensitively (capitalised) so that "may" and "march" as ordinary words
// are not taken for months; the relative phrases are case-insensitive.
const (
	reWeekday  = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
	reMonthFul = `(?:January|February|March|April|May|June|July|August|September|October|November|December)`
	reMonthAbb = `(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`
	reMonth    = `(?:` + reMonthFul + `|` + reMonthAbb + `)`
	reDay      = `(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?`
	reYear     = `(?:1[89][0-9]{2}|20[0-9]{2})`
	reNumWord  = `(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|a\s+couple\s+of)`
	reDayPart  = `(?:\s+(?:morning|afternoon|evening|night))`
	reNB       = `(?:[^\pL\pN]|$)` // end of a word
)

// refDatePattern is the regular expression the date grammar of
// dates_fast.go was written from, kept as the reference it must agree
// with. Its alternatives are tried in order at each position: longer and more
// specific forms come first (Go's regexp picks the first alternative that
// matches at the leftmost position).
var refDatePattern = regexp.MustCompile(strings.Join([]string{
	// ISO dates and "07-Feb-2020".
	`\b` + reYear + `-[01][0-9]-[0-3][0-9]\b`,
	`\b` + reDay + `-` + reMonthAbb + `-` + reYear + `\b`,
	// Ranges: "March 5 or March 6", "February 5-6", "5 and 6 March".
	`\b(?i:(?:early\s+|late\s+)?on\s+)?` + reMonth + `\s+` + reDay + `\s*(?:or|and|to|-|–)\s*(?:` + reMonth + `\s+)?` + reDay + `(?:,?\s+` + reYear + `)?\b`,
	`\b(?i:(?:early\s+|late\s+)?on\s+)?` + reDay + `\s*(?:or|and|to|-|–)\s*` + reDay + `\s+` + reMonth + `(?:,?\s+` + reYear + `)?\b`,
	// "Monday, February 3, 2020", "On February 6", "Jan. 12", "3 February 2020".
	`\b(?i:(?:early\s+|late\s+)?on\s+|since\s+|by\s+|until\s+)?(?:` + reWeekday + `,?\s+)?` + reMonth + `\s+` + reDay + `(?:,?\s+` + reYear + `)?\b`,
	`\b(?i:(?:early\s+|late\s+)?on\s+|since\s+|by\s+|until\s+)?(?:` + reWeekday + `,?\s+)?(?:the\s+)?` + reDay + `\s+(?:of\s+)?` + reMonth + `(?:,?\s+` + reYear + `)?\b`,
	// Weekday ranges: "on Monday and Tuesday", "between Friday and Saturday".
	`\b(?i:between\s+|from\s+|(?:early\s+|late\s+)?on\s+)?` + reWeekday + `\s+(?i:and|to|through|or)\s+` + reWeekday + `(?i:` + reDayPart + `)?\b`,
	// Weekdays: "early on Thursday", "on Sunday night", "last Monday".
	`\b(?i:(?:early|late)\s+on\s+|on\s+|last\s+|next\s+|this\s+|since\s+|by\s+|until\s+)?` + reWeekday + `(?i:` + reDayPart + `)?\b`,
	// Month ranges: "from July to September", "between January and March 2020".
	`\b(?i:between|from)\s+` + reMonthFul + `\s+(?i:and|to|through|until)\s+` + reMonthFul + `(?:,?\s+` + reYear + `)?\b`,
	// Months: "in January", "since December", "January 2020", "early January".
	`\b(?i:(?:since\s+|by\s+|until\s+|from\s+)?(?:the\s+)?(?:beginning|start|end|middle)\s+of\s+)` + reMonthFul + `(?:,?\s+` + reYear + `)?\b`,
	`\b(?i:(?:in|since|by|until|during|from|last|this|next)\s+(?:(?:early|late|mid-?)\s*)?|(?:early|late|mid-?)\s*)` + reMonthFul + `(?:,?\s+` + reYear + `)?\b`,
	`\b(?:in\s+|since\s+)?` + reMonthFul + `,?\s+` + reYear + `\b`,
	// Years: "in 2018", "since 2011", "a 2018 deal".
	`\b(?i:in|since|by|until|during)\s+(?:(?:early|late|mid-?)\s*)?` + reYear + `\b`,
	`\b(?i:a|an|the|of|from|between|and|to)\s+` + reYear + `\b`,
	// Relative phrases.
	`(?i)\b(?:` + strings.Join([]string{
		`(?:(?:in|during|over)\s+)?the\s+first\s+(?:quarter(?:\s+of\s+(?:` + reYear + `|(?:the|this)\s+year))?|(?:half|(?:three|six)\s+months)\s+of\s+(?:` + reYear + `|(?:the|this)\s+year))`,
		`since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?:week|month|year)`,
		`earlier\s+(?:today|this\s+(?:week|month|year))`,
		`earlier\s+in\s+the\s+(?:week|month)`,
		`later\s+(?:today|this\s+(?:week|month|year))`,
		`(?:early|late)\s+(?:last|this|next)\s+(?:week|month|year)`,
		`(?:last|this|next|past)\s+(?:week|month|year|weekend)`,
		`(?:over|at|during)\s+the\s+weekend`,
		`(?:in\s+|over\s+|during\s+|within\s+)?the\s+(?:past|last|previous)\s+` + reNumWord + `\s+(?:days|weeks|months|years|hours)`,
		`(?:in\s+|over\s+|during\s+|within\s+)?the\s+(?:past|last|previous)\s+(?:day|week|month|year)`,
		`(?:in|after|during|over)\s+` + reNumWord + `\s+days\s+of\s+(?:fighting|clashes|shelling|battles|bombardment|hostilities|combat|rioting|violence|unrest)`,
		reNumWord + `\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before|later)`,
		`(?:on\s+|that\s+)?(?:the\s+)?(?:same|previous|following)\s+(?:day|night|morning|week|period)`,
		`(?:on\s+|that\s+)?the\s+next\s+(?:day|night|morning)`,
		`the\s+day\s+(?:before|after)`,
		`(?:earlier|later)\s+(?:in|on)\s+the\s+day`,
		`(?:hours|minutes|days|weeks|moments)\s+(?:after|before|later|earlier)`,
		`today|tonight|yesterday|overnight|last\s+night|this\s+(?:morning|afternoon|evening)`,
		`christmas\s+(?:day|eve)|new\s+year's\s+(?:day|eve)|boxing\s+day`,
	}, "|") + `)\b`,
}, "|"))

// dateSamples are texts on which the grammar and the reference regular
// expression must agree: the forms of each alternative, near misses, and
// the Unicode letters that fold to ASCII ones.
var dateSamples = []string{
	"on Christmas Day", "on Christmas Eve", "at Christmas", "Christmas trees", "on New Year's Eve", "on New Year's Day", "New Year", "on Boxing Day",
	"killed in three days of clashes", "after 10 DAYS of fighting on", "in two days of talks", "during several days of shelling",
	"killed in the first half of 2021", "in the first six months of the year", "during the first quarter", "the first three months of this year",
	"the first half of the match", "in the first six months", "the first quarter of 2020", "the First Half of this year", "killed since the start of the month", "since the beginning of this year", "since the start of the war",
	"since the start of this week", "the start of the month", "Earlier in the day", "later on the day", "earlier in the week",
	"2020-02-06", "x2020-02-06", "2020-13-06", "07-Feb-2020", "7-Sept-2019", "31-Dec-1899",
	"March 5 or March 6", "on March 5 or 6, 2020", "early on February 5-6", "February 5 – 6", "5 and 6 March 2020",
	"Monday, February 3, 2020", "On February 6", "Jan. 12", "Jan. 12.", "3 February 2020", "the 3rd of February",
	"Since Monday, 3 of March", "until Jan 3rd", "by Dec. 31, 2021",
	"early on Thursday", "on Sunday night", "last Monday", "LAST MONDAY", "late on Friday evening", "Sundays",
	"in January", "since December", "January 2020", "early January", "mid-March", "mid March, 2020",
	"since the beginning of December", "by the end of March 2021", "THE MIDDLE OF May",
	"In January, 2020", "in 2018", "since 2011", "a 2018 deal", "between 2011 and 2020", "In mid-2019", "in Early 2019",
	"earlier today", "later this week", "early last month", "late next year", "last weekend", "past week",
	"in the past two weeks", "over the last 48 days", "within the previous a couple of months", "the past week",
	"two days ago", "a few weeks earlier", "an hour ago", "12 years before", "several months later",
	"on the same day", "that following morning", "the next night", "the day before", "hours after", "moments later",
	"today", "tonight", "yesterday", "overnight", "last night", "this afternoon", "Today's", "todays",
	"ſince 2018", "xſince 2018", "laſt week", "the paſt Kuick", "thiſ morning",
	"2,018", "1.2020", "May 2020.", "march 5", "may I", "Mayday", "Janet 12", "in Mayhem",
	"3-4 March", "3 to 4 March", "12th-13th March", "on March  5", "on\tMarch\n5",
	"Turkey sent more reinforcements into northwestern Syria on Thursday, after a Jan. 12 ceasefire deal and clashes last week.",
	"since Monday, the 3rd of February 2020", "early on 12th - 13th March", "within the previous a couple of months",
	"Syrian regime troops said on Thursday in mid- 2018 that, since the beginning of January, 40 died", "the day after tomorrow",
	"in the past few Days, WEEKS AGO, 3 years later",
	"on Monday and Tuesday", "between Friday and Saturday night", "Friday to Sunday", "Mondays and Tuesdays", "Monday and tuesday",
	"over the weekend", "At the weekend", "the weekend", "over the past 24 hours", "in the last 48 Hours", "the past hour", "over the same period", "the following period", "on Monday night and the following morning in March 2019",
	"earlyJanuary", "in midFebruary 2020", "lateMarch", "laſt week", "ſince Monday", "Sept. 3", "weeKs ago", "xearly March",
}

func TestMatchDatesAgreesWithReference(t *testing.T) {
	texts := append([]string(nil), dateSamples...)
	seeds, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	for _, f := range append(seeds, "testdata/devset/casualties.jsonl", "testdata/devset/heldout.jsonl") {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	for _, text := range texts {
		checkMatchDates(t, text)
	}
}

func checkMatchDates(t *testing.T, text string) {
	t.Helper()
	want := refDatePattern.FindAllStringIndex(text, -1)
	got := matchDates(text, nil)
	if len(got) != len(want) {
		t.Fatalf("matchDates(%q) = %v, want %v", text, got, want)
	}
	for i := range want {
		if got[i][0] != want[i][0] || got[i][1] != want[i][1] {
			t.Fatalf("matchDates(%q) = %v, want %v", text, got, want)
		}
	}
}

func FuzzMatchDates(f *testing.F) {
	for _, s := range dateSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkMatchDates(t, s)
	})
}

// wordsBetween counts, for the test of earliestStart, the runs of non-space bytes that start in
// text[from:to], stopping at limit.
func wordsBetween(text string, from, to, limit int) int {
	n := 0
	for i := from; i < to && i < len(text); i++ {
		if !isRESpace(text[i]) && (i == from || isRESpace(text[i-1])) {
			n++
			if n >= limit {
				return n
			}
		}
	}
	return n
}

func TestEarliestStart(t *testing.T) {
	texts := append(corpusLines(t)[:300], "", " ", "a", "  two  words ", "one\ttwo\nthree four five six seven eight nine ten")
	for _, text := range texts {
		if len(text) > 160 {
			text = text[:160]
		}
		for to := 0; to <= len(text); to++ {
			for _, limit := range []int{1, 3, maxWordsBeforeCore} {
				from := earliestStart(text, to, limit)
				for p := 0; p <= to; p++ {
					if got, want := p >= from, wordsBetween(text, p, to, limit+1) <= limit; got != want {
						t.Fatalf("earliestStart(%q, %d, %d) = %d, but at %d: %v, want %v", text, to, limit, from, p, got, want)
					}
				}
			}
		}
	}
}
