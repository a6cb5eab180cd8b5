package extract

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	dateparser "github.com/markusmobius/go-dateparser"
)

// dateHit is a date expression found in a piece of text; Start and End are
// byte offsets into that text.
type dateHit struct {
	Start, End int
	Expr       string // as written, e.g. "on Thursday", "last week", "Jan. 12"
}

// findDates returns the date expressions in text, in order.
func findDates(text string) []dateHit {
	var hits []dateHit
	var buf [8][2]int
	for _, m := range matchDates(text, buf[:0]) {
		start, end := m[0], m[1]
		// The day-month pattern may end on the character after the
		// expression (to tell "Jan. 12" from "Jan. 12." at a sentence end):
		// trim trailing punctuation and spaces.
		for end > start {
			c := text[end-1]
			if c == ' ' || c == ',' || c == '.' || c == ')' || c == '\n' || c == '\t' || c == ';' || c == ':' || c == '"' || c == '\'' {
				if c == '.' && end-start >= 2 && isMonthAbbrevDot(text[start:end]) {
					break
				}
				end--
				continue
			}
			if c >= 0x80 { // a trailing multi-byte rune (quote, dash): drop it
				end = lastRuneStart(text, start, end)
				continue
			}
			break
		}
		if end <= start {
			continue
		}
		// "a 2018 deal": the expression is the year (yearArticle ends in
		// a digit).
		if isDigit(text[end-1]) {
			if loc := yearArticle.FindStringSubmatchIndex(text[start:end]); loc != nil {
				start += loc[2]
			}
		}
		if end+5 <= len(text) && text[end] == ' ' && isYear(text[end+1:end+5]) && (end+5 == len(text) || !isDigit(text[end+5])) &&
			holidays[strings.ToLower(text[start:end])] != [2]int{} {
			end += 5 // "on New Year's Eve 1980": that year's
		}
		expr := text[start:end]
		if rejectDate(text, start, end, expr) {
			continue
		}
		if n := len(hits) - 1; n >= 0 && strings.EqualFold(expr, "last year") && (text[hits[n].End:start] == " " || text[hits[n].End:start] == " of ") &&
			monthOfLastYear(hits[n].Expr) {
			// "in November last year", "on Sept. 9 last year", "in
			// March of last year": one expression.
			hits[n].End = end
			hits[n].Expr = text[hits[n].Start:end]
			continue
		}
		if n := len(hits) - 1; n >= 0 && strings.EqualFold(expr, "last week") && text[hits[n].End:start] == " " &&
			weekdayOnly(hits[n].Expr) {
			// "on Monday last week": one day of the week before.
			hits[n].End = end
			hits[n].Expr = text[hits[n].Start:end]
			continue
		}
		hits = append(hits, dateHit{Start: start, End: end, Expr: expr})
	}
	if hasDottedDigits(text) {
		hits = dottedDates(text, hits)
	}
	return hits
}

// dottedDate matches a day written day.month.year ("on 16.04.2024", as
// police notes and European and South Asian papers write it).
var dottedDate = regexp.MustCompile(`\b(?:(?i:on|since)\s+)?(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b`)

// hasDottedDigits reports whether text holds a full stop between digits,
// as a dotted day does: most sentences hold none, and the test spares
// dottedDate's regexp.
func hasDottedDigits(text string) bool {
	for i := strings.IndexByte(text, '.'); i >= 0; {
		if i > 0 && i+1 < len(text) && isDigit(text[i-1]) && isDigit(text[i+1]) {
			return true
		}
		k := strings.IndexByte(text[i+1:], '.')
		if k < 0 {
			return false
		}
		i += 1 + k
	}
	return false
}

// dottedDates adds to hits, in order, the dotted days no hit covers.
func dottedDates(text string, hits []dateHit) []dateHit {
	grew := false
	for _, m := range dottedDate.FindAllStringSubmatchIndex(text, -1) {
		if _, ok := dottedDay(text[m[0]:m[1]]); !ok {
			continue
		}
		covered := false
		for _, h := range hits {
			if h.Start < m[1] && m[0] < h.End {
				covered = true
				break
			}
		}
		if !covered {
			hits = append(hits, dateHit{Start: m[0], End: m[1], Expr: text[m[0]:m[1]]})
			grew = true
		}
	}
	if grew {
		slices.SortStableFunc(hits, func(a, b dateHit) int { return cmp.Compare(a.Start, b.Start) })
	}
	return hits
}

// dottedDay parses a dotted day ("16.04.2024", "on 2.4.2024") day first.
func dottedDay(expr string) (time.Time, bool) {
	m := dottedDate.FindStringSubmatch(expr)
	if m == nil {
		return time.Time{}, false
	}
	day, _ := strconv.Atoi(m[1])
	month, _ := strconv.Atoi(m[2])
	year, _ := strconv.Atoi(m[3])
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if month < 1 || month > 12 || t.Day() != day {
		return time.Time{}, false
	}
	return t, true
}

// weekdayOnly reports whether expr names a weekday alone ("Monday", "on
// Tuesday").
func weekdayOnly(expr string) bool {
	_, ok := weekdayNames[strings.TrimPrefix(strings.ToLower(expr), "on ")]
	return ok
}

// monthOfLastYear reports whether "last year" after expr makes one
// expression with it: a month or a month's day with no year ("in
// November", "on Sept. 9", "9 September").
func monthOfLastYear(expr string) bool {
	e := strings.ToLower(expr)
	for _, p := range [...]string{"in ", "on ", "since "} {
		e = strings.TrimPrefix(e, p)
	}
	if resMonthOnly.MatchString(e) {
		return true
	}
	if m := resMonthDay.FindStringSubmatch(e); m != nil && m[4] == "" && monthOf(m[2]) > 0 {
		return true
	}
	m := resDayMonth.FindStringSubmatch(e)
	return m != nil && m[4] == "" && monthOf(m[3]) > 0
}

// yearArticle matches a bare year after a word that only introduced it.
var yearArticle = regexp.MustCompile(`^(?i:a|an|the|of|from|between|and|to)\s+(\d{4})$`)

// lastRuneStart returns the byte offset where the last rune of text[start:end] begins.
func lastRuneStart(text string, start, end int) int {
	i := end - 1
	for i > start && text[i]&0xC0 == 0x80 {
		i--
	}
	return i
}

// isMonthAbbrevDot reports whether s ends in a month abbreviation with its
// dot ("Jan."), which must be kept.
func isMonthAbbrevDot(s string) bool {
	i := strings.LastIndexAny(s, " \t\n")
	return monthAbbrevs[strings.TrimSuffix(strings.ToLower(s[i+1:]), ".")] > 0
}

// rejectDate drops matches that look like dates but are not: numbers with
// separators ("2,018"), years in figures such as "2018 people", and a
// weekday that is the first name of a person ("Monday Kassah, chairman of
// ...", "Governor Monday Okpebholo"): a bare weekday followed by a
// capitalised word that is no month.
func rejectDate(text string, start, end int, expr string) bool {
	if start > 0 && (text[start-1] == ',' || text[start-1] == '.') && start >= 2 && isDigit(text[start-2]) {
		return true
	}
	if end < len(text) && (text[end] == ',' || text[end] == '.') && end+1 < len(text) && isDigit(text[end+1]) {
		return true
	}
	if hasASCIIFoldSuffix(text[:start], "every ") {
		if _, ok := weekdayNames[strings.ToLower(expr)]; ok {
			return true // "every Friday": no one day
		}
	}
	if end+2 < len(text) && text[end] == ' ' && text[end+1] >= 'A' && text[end+1] <= 'Z' && text[end+2] >= 'a' && text[end+2] <= 'z' {
		if _, ok := weekdayNames[strings.ToLower(expr)]; ok {
			w := end + 2
			for w < len(text) && text[w] >= 'a' && text[w] <= 'z' {
				w++
			}
			word := strings.ToLower(text[end+1 : w])
			return monthNames[word] == 0 && monthAbbrevs[word] == 0 && !weekdayEvents[word]
		}
	}
	return recordSince(text, start, end, expr) || recordPeriod(text, start, expr)
}

// recordPeriod reports whether a period at text[start:] is the one a
// record is held in ("in one of the deadliest days for security forces in
// the province this year", "the worst attack this year"): not when what
// the sentence tells happened.
func recordPeriod(text string, start int, expr string) bool {
	e := strings.ToLower(expr)
	if e != "this year" && e != "this month" && e != "so far this year" && e != "in years" && e != "in decades" {
		return false
	}
	before := strings.ToLower(text[max(0, start-90):start])
	if k := strings.LastIndexAny(before, ".;"); k >= 0 {
		before = before[k+1:]
	}
	if k := strings.LastIndex(before, ","); k >= 0 && !strings.Contains(before[k:], "est ") {
		before = before[k:] // the record's clause
	}
	for _, w := range [...]string{"deadliest", "bloodiest", "worst", "biggest", "largest", "heaviest", "most lethal", "most serious"} {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// recordSince reports whether a date at text[start:end] is the time since
// which a record or a captivity holds ("the deadliest attack since the
// 2021 coup", "hostages held since October"): not when anything it tells
// happened. "since <date>, when ..." tells what happened then (see
// whenClauseDate) and stays.
func recordSince(text string, start, end int, expr string) bool {
	at := -1
	switch {
	case len(expr) > 6 && strings.EqualFold(expr[:6], "since "):
		at = start
	case start >= 10 && strings.EqualFold(text[start-10:start], "since the "):
		at = start - 10
	case start >= 6 && strings.EqualFold(text[start-6:start], "since "):
		at = start - 6
	default:
		// "the deadliest attack since fighting erupted a month ago": a
		// record's only ("missing since fighting erupted on Sept. 9"
		// counts the missing since then).
		at = sinceClauseBefore(text, start)
		return at >= 0 && !strings.HasPrefix(text[end:], ", when ") && recordBefore(text[max(0, at-80):at])
	}
	if at < 0 || strings.HasPrefix(text[end:], ", when ") {
		return false
	}
	// (A siege or an occupation since a date began then: the date stays.)
	return sinceMeasuresOther(text[max(0, at-80):at], false)
}

// sinceClauseBefore returns where the "since" opens that a clause of a
// beginning follows before text[start:] ("since fighting erupted a month
// ago", "since the war began in March"), with no punctuation between; or
// -1.
func sinceClauseBefore(text string, start int) int {
	from := max(0, start-70)
	before := text[from:start]
	k := max(strings.LastIndex(before, "since "), strings.LastIndex(before, "Since "))
	if k < 0 || strings.ContainsAny(before[k:], ",;:.") {
		return -1
	}
	clause := before[k:]
	for _, v := range [...]string{" began ", " erupted ", " started ", " broke out ", " launched ", " seized power ", " took power ", " invaded "} {
		if at := strings.Index(clause, v); at >= 0 && len(clause)-at <= len(v)+12 {
			// The verb, then no more than a few bytes before the date.
			return from + k
		}
	}
	return -1
}

// holidays are the days of fixed-date holidays reports date events by,
// as month and day.
var holidays = map[string][2]int{
	"christmas day": {12, 25}, "christmas eve": {12, 24}, "boxing day": {12, 26},
	"new year's day": {1, 1}, "new year's eve": {12, 31},
}

// isYear reports whether s is a year of four digits from 1800 to 2099.
func isYear(s string) bool {
	if len(s) != 4 || !isDigit(s[0]) || !isDigit(s[1]) || !isDigit(s[2]) || !isDigit(s[3]) {
		return false
	}
	y := atoi(s)
	return y >= 1800 && y <= 2099
}

// recordBefore reports whether a word of sinceRecords stands among the
// eight words that end before, in the same clause.
func recordBefore(before string) bool {
	words := lastWords(before, 8)
	for j := len(words) - 1; j >= 0; j-- {
		w := strings.ToLower(strings.Trim(words[j], ".,;:\"'()"))
		if sinceRecords[w] && !(w == "most" && j+1 < len(words) && words[j+1] == "of") {
			// (Not "most of them civilians".)
			return true
		}
		if strings.ContainsAny(words[j], ".;:()") {
			break
		}
	}
	return false
}

// weekdayEvents are the capitalised words a weekday may name a day's
// gathering with ("Sunday Mass", "Friday Prayers").
var weekdayEvents = wordSet("mass prayer prayers service services sermon worship market")

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

var monthNames = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

var monthAbbrevs = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdayNames = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"a few": 3, "several": 3, "a couple of": 2,
}

// Patterns ResolveDate recognises, on the lower-cased expression with
// spaces collapsed and a leading "early on"/"on"/"in" etc. removed.
var (
	resISO        = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
	resMonthDay   = regexp.MustCompile(`^(?:([a-z]+),? )?([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$`)
	resDayMonth   = regexp.MustCompile(`^(?:([a-z]+),? )?(?:the )?(\d{1,2})(?:st|nd|rd|th)?(?: of)?[ -]([a-z]+)\.?(?:,?[ -](\d{4}))?$`)
	resRangeMD    = regexp.MustCompile(`^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)? ?(?:or|and|to|-|–) ?(?:([a-z]+)\.? )?(\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$`)
	resRangeDM    = regexp.MustCompile(`^(\d{1,2})(?:st|nd|rd|th)? ?(?:or|and|to|-|–) ?(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.?(?:,? (\d{4}))?$`)
	resWeekday    = regexp.MustCompile(`^(last |next |this )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?: (?:morning|afternoon|evening|night))?$`)
	resMonthRange = regexp.MustCompile(`^([a-z]+) (?:and|to|through|until) ([a-z]+)(?:,? (\d{4}))?$`)
	resMonthOnly  = regexp.MustCompile(`^(last |this |next )?(?:(early|late|mid-?) ?)?(?:(?:the )?(beginning|start|end|middle) of )?([a-z]+)(?:,? (\d{4}))?$`)
	resYear       = regexp.MustCompile(`^(?:(?:early|late|mid-?) ?)?(\d{4})$`)
	resAgo        = regexp.MustCompile(`^(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a couple of) (day|week|month|year)s? (ago|earlier|before|later)$`)
	resPast       = regexp.MustCompile(`^(?:(?:in|over|during|within) )?(?:the )?(?:past|last|previous) (?:(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a couple of) )?(day|week|month|year|hour)s?$`)
	resDaysOf     = regexp.MustCompile(`^(?:(?:in|after|during|over) )?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) days of [a-z]+$`)
	resDayRange   = regexp.MustCompile(`^(sunday|monday|tuesday|wednesday|thursday|friday|saturday) (?:and|to|through|or) (sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?: (?:morning|afternoon|evening|night))?$`)
	resPrefix     = regexp.MustCompile(`^(?:(?:early|late) on |on |in |since |by |until |during |from |of |a |an |the |between |and |to )`)
	resUnanchored = regexp.MustCompile(`^(?:(?:on |that )?(?:the )?(?:same|previous|following) (?:day|night|morning|week|period)|(?:on |that )?the next (?:day|night|morning)|the day (?:before|after)|(?:earlier|later) (?:in|on) the day|(?:hours|minutes|days|weeks|moments) (?:after|before|later|earlier))$`)
)

// unanchoredEnds are the last words of the matches of resUnanchored,
// after the space before them.
var unanchoredEnds = []string{" day", " night", " morning", " week", " period", " after", " before", " later", " earlier"}

// unanchoredExpr is resUnanchored.MatchString(norm) for a normalised
// expression (see normaliseDateExpr). Most expressions ("on monday", "in
// august") end in no word a match ends in, and are told so without the
// expression.
func unanchoredExpr(norm string) bool {
	for _, e := range unanchoredEnds {
		if strings.HasSuffix(norm, e) {
			return resUnanchored.MatchString(norm)
		}
	}
	return false
}

// ResolveDate resolves a date expression as written against the article's
// publication date (YYYY-MM-DD, or "" when unknown). Without a publication
// date, relative expressions stay unresolved (but keep Expression and any
// Weekday); absolute ones ("February 6, 2020") resolve on their own.
//
// The rules, all relative to the publication day P:
//   - a weekday ("on Thursday", "Sunday night") is the most recent such day
//     on or before P; "last Monday" is strictly before P, "next Monday"
//     strictly after; "on Monday and Tuesday", "between Friday and
//     Saturday": the last such run of days ending on or before P;
//   - "today", "tonight", "this morning": P; "yesterday", "last night": P−1;
//     "overnight": the night before publication, reported as the two-day
//     window P−1 .. P with precision day; "over the past 24 hours": the
//     days the hours reach back to, P−1 .. P;
//   - "over the weekend", "at the weekend": the Saturday and Sunday of the
//     weekend P is in, else of the one just past;
//   - "last week": the Sunday-to-Saturday week before the one P is in (a
//     Sunday article's "last week" is the seven days just ended); "this
//     week" and "earlier this week" (or "earlier in the week"): the Monday
//     on or before P .. P (P−1);
//   - "last month", "in January" (the most recent January on or before P),
//     "earlier this month" (or "earlier in the month"), "since December"
//     (its first day .. P): month;
//   - a month and day without a year: the nearest such date to P, looking
//     back up to a year or ahead up to 60 days (planned talks "on March 5"
//     in a March 1 article are ahead, "Jan. 12" in a February one behind);
//   - "in 2018", "last year": the year; "two days ago": P−2;
//   - expressions relative to another event ("the same day", "hours
//     after") stay unresolved: only the surrounding text can anchor them.
//
// The common forms are resolved by the small rules in this file, which are
// exact about the publication week and cost microseconds; go-dateparser
// (with the publication date as its CurrentTime, never the wall clock)
// handles the remaining absolute forms.
func ResolveDate(expr, published string) Date {
	key := resolvedKey{published, expr}
	resolvedMu.RLock()
	d, ok := resolved[key]
	resolvedMu.RUnlock()
	if !ok {
		d = resolveDate(expr, published)
		resolvedMu.Lock()
		if len(resolved) >= maxResolved {
			resolved = make(map[resolvedKey]Date)
		}
		resolved[key] = d
		resolvedMu.Unlock()
	}
	return clonedDate(d) // each caller gets its own Start and End
}

// resolved caches ResolveDate: an article names the same few dates many
// times, and wire copy of one day names the same ones across articles.
var (
	resolvedMu sync.RWMutex
	resolved   = make(map[resolvedKey]Date)
)

// resolvedKey is a key of the cache: looking it up builds no string.
type resolvedKey struct{ published, expr string }

// maxResolved bounds the cache; when full it starts again.
const maxResolved = 1 << 14

// resolveDate is ResolveDate without the cache.
func resolveDate(expr, published string) Date {
	d := Date{Precision: PrecisionUnresolved, Expression: expr}
	norm := normaliseDateExpr(expr)
	d.Weekday = weekdayIn(norm)
	pub, hasPub := parsePublished(published)

	if unanchoredExpr(norm) {
		return d
	}
	since := strings.HasPrefix(norm, "since ")
	body := resPrefix.ReplaceAllString(norm, "")
	// A second prefix as in "on the 5th of March" or "in early January".
	body = strings.TrimPrefix(body, "the ")
	// "in November last year": the month of the year before P.
	monthLastYear := false
	if b, ok := strings.CutSuffix(strings.Replace(body, " of last year", " last year", 1), " last year"); ok && resMonthOnly.MatchString(b) {
		body, monthLastYear = b, true
	} else if ok && hasPub && monthOfLastYear(b) {
		// "Sept. 9 last year": that day of the year before P.
		body = b + " " + strconv.Itoa(pub.Year()-1)
	}

	set := func(start, end time.Time, precision string) Date {
		if end.Before(start) {
			start, end = end, start
		}
		s, e := start.Format(isoDay), end.Format(isoDay)
		d.Start, d.End, d.Precision = &s, &e, precision
		return d
	}
	sinceEnd := func(start, end time.Time) time.Time {
		if since && hasPub && pub.After(end) {
			return pub
		}
		return end
	}

	if t, ok := dottedDay(strings.TrimSpace(expr)); ok {
		// "16.04.2024": day first.
		return set(t, sinceEnd(t, t), PrecisionDay)
	}
	for _, unit := range [...]string{"week", "month", "year"} {
		// "since the start of the month" is this month so far.
		if since && (body == "start of the "+unit || body == "beginning of the "+unit ||
			body == "start of this "+unit || body == "beginning of this "+unit) {
			body = "this " + unit
		}
	}
	if rest, ok := strings.CutPrefix(strings.TrimPrefix(strings.TrimPrefix(body, "over "), "the "), "first "); ok && hasPub {
		// "in the first half of 2021", "the first six months of the
		// year", "the first quarter": the year's opening months.
		n := 0
		switch {
		case strings.HasPrefix(rest, "half"), strings.HasPrefix(rest, "six months"):
			n = 6
		case strings.HasPrefix(rest, "quarter"), strings.HasPrefix(rest, "three months"):
			n = 3
		}
		y := pub.Year()
		if _, of, ok := strings.Cut(rest, " of "); ok && len(of) == 4 {
			if v, err := strconv.Atoi(of); err == nil {
				y = v
			}
		}
		if n > 0 {
			end := ymd(y, time.Month(n+1), 1).AddDate(0, 0, -1)
			if end.After(pub) {
				end = pub
			}
			return set(ymd(y, 1, 1), end, PrecisionMonth)
		}
	}
	switch body {
	case "today", "tonight", "this morning", "this afternoon", "this evening", "earlier today", "later today":
		if hasPub {
			return set(pub, pub, PrecisionDay)
		}
		return d
	case "yesterday", "last night":
		if hasPub {
			return set(pub.AddDate(0, 0, -1), pub.AddDate(0, 0, -1), PrecisionDay)
		}
		return d
	case "overnight":
		if hasPub {
			return set(pub.AddDate(0, 0, -1), pub, PrecisionDay)
		}
		return d
	case "monday last week", "tuesday last week", "wednesday last week", "thursday last week", "friday last week",
		"saturday last week", "sunday last week":
		// That day of the week before: "last week" is the Sunday to
		// Saturday before P's week.
		if hasPub {
			sun := pub.AddDate(0, 0, -int(pub.Weekday())-7)
			day := sun.AddDate(0, 0, int(weekdayNames[strings.Fields(body)[0]]))
			return set(day, day, PrecisionDay)
		}
		return d
	case "last week", "early last week", "late last week":
		if hasPub {
			end := pub.AddDate(0, 0, -(int(pub.Weekday()) + 1)) // the Saturday before P's Sunday-started week
			if pub.Weekday() == time.Sunday {
				end = pub.AddDate(0, 0, -1)
			}
			return set(end.AddDate(0, 0, -6), end, PrecisionWeek)
		}
		return d
	case "this week", "earlier this week", "earlier in the week", "early this week", "later this week", "late this week":
		if hasPub {
			mon := mondayOnOrBefore(pub)
			end := pub
			if strings.HasPrefix(body, "earl") && pub.After(mon) {
				end = pub.AddDate(0, 0, -1)
			}
			if strings.HasPrefix(body, "late") {
				return set(pub, mon.AddDate(0, 0, 6), PrecisionWeek)
			}
			return set(mon, end, PrecisionWeek)
		}
		return d
	case "next week", "early next week", "late next week":
		if hasPub {
			mon := mondayOnOrBefore(pub).AddDate(0, 0, 7)
			return set(mon, mon.AddDate(0, 0, 6), PrecisionWeek)
		}
		return d
	case "over the weekend", "at the weekend", "during the weekend":
		// The weekend P is in, else the one just past.
		if hasPub {
			sat := pub.AddDate(0, 0, -((int(pub.Weekday()) + 1) % 7))
			return set(sat, sat.AddDate(0, 0, 1), PrecisionDay)
		}
		return d
	case "last weekend", "this weekend", "past weekend":
		if hasPub {
			sun := pub.AddDate(0, 0, -int(pub.Weekday()))
			if !sun.Before(pub) || body == "this weekend" && pub.Weekday() == time.Saturday {
				if body == "this weekend" {
					return set(pub.AddDate(0, 0, 6-int(pub.Weekday())), pub.AddDate(0, 0, 7-int(pub.Weekday())), PrecisionDay)
				}
				sun = sun.AddDate(0, 0, -7)
			}
			return set(sun.AddDate(0, 0, -1), sun, PrecisionDay)
		}
		return d
	case "next weekend":
		if hasPub {
			sat := pub.AddDate(0, 0, 6-int(pub.Weekday()))
			if !sat.After(pub) {
				sat = sat.AddDate(0, 0, 7)
			}
			return set(sat, sat.AddDate(0, 0, 1), PrecisionDay)
		}
		return d
	case "last month", "early last month", "late last month":
		if hasPub {
			first := firstOfMonth(pub).AddDate(0, -1, 0)
			return set(first, lastOfMonth(first), PrecisionMonth)
		}
		return d
	case "this month", "earlier this month", "earlier in the month", "early this month", "later this month", "late this month":
		if hasPub {
			first := firstOfMonth(pub)
			end := pub
			if strings.HasPrefix(body, "earl") && pub.After(first) {
				end = pub.AddDate(0, 0, -1)
			}
			if strings.HasPrefix(body, "late") {
				return set(pub, lastOfMonth(pub), PrecisionMonth)
			}
			return set(first, end, PrecisionMonth)
		}
		return d
	case "next month":
		if hasPub {
			first := firstOfMonth(pub).AddDate(0, 1, 0)
			return set(first, lastOfMonth(first), PrecisionMonth)
		}
		return d
	case "last year", "early last year", "late last year":
		if hasPub {
			y := pub.Year() - 1
			return set(ymd(y, 1, 1), ymd(y, 12, 31), PrecisionYear)
		}
		return d
	case "this year", "earlier this year", "early this year":
		if hasPub {
			end := pub
			if strings.HasPrefix(body, "earl") && pub.YearDay() > 1 {
				end = pub.AddDate(0, 0, -1)
			}
			return set(ymd(pub.Year(), 1, 1), end, PrecisionYear)
		}
		return d
	case "next year":
		if hasPub {
			y := pub.Year() + 1
			return set(ymd(y, 1, 1), ymd(y, 12, 31), PrecisionYear)
		}
		return d
	}

	if m := resISO.FindStringSubmatch(body); m != nil {
		if t, ok := makeDate(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3])); ok {
			return set(t, t, PrecisionDay)
		}
		return d
	}
	if m := resRangeMD.FindStringSubmatch(body); m != nil {
		m1 := monthOf(m[1])
		m2 := m1
		if m[3] != "" {
			m2 = monthOf(m[3])
		}
		if m1 > 0 && m2 > 0 {
			if a, b, ok := resolveMonthDayRange(m1, atoi(m[2]), m2, atoi(m[4]), m[5], pub, hasPub); ok {
				return set(a, b, PrecisionDay)
			}
		}
		return d
	}
	if m := resRangeDM.FindStringSubmatch(body); m != nil {
		if mo := monthOf(m[3]); mo > 0 {
			if a, b, ok := resolveMonthDayRange(mo, atoi(m[1]), mo, atoi(m[2]), m[4], pub, hasPub); ok {
				return set(a, b, PrecisionDay)
			}
		}
		return d
	}
	for _, re := range []*regexp.Regexp{resMonthDay, resDayMonth} {
		m := re.FindStringSubmatch(body)
		if m == nil {
			continue
		}
		var mo time.Month
		var day int
		if re == resMonthDay {
			mo, day = monthOf(m[2]), atoi(m[3])
		} else {
			mo, day = monthOf(m[3]), atoi(m[2])
		}
		if _, isWeekday := weekdayNames[m[1]]; mo == 0 || (m[1] != "" && !isWeekday) {
			continue
		}
		if t, ok := resolveMonthDay(mo, day, m[4], pub, hasPub); ok {
			if since && hasPub && m[4] == "" && t.After(pub) {
				// "killed since Oct. 7" told in August: the October
				// before, as a span can only run up to the report.
				t = t.AddDate(-1, 0, 0)
			}
			if since && hasPub && pub.After(t) {
				return set(t, pub, PrecisionDay)
			}
			return set(t, t, PrecisionDay)
		}
		return d
	}
	if m := resDayRange.FindStringSubmatch(body); m != nil {
		// "Monday and Tuesday": the last such pair of days on or before P.
		if !hasPub {
			return d
		}
		end := weekdayOnOrBefore(pub, weekdayNames[m[2]])
		start := weekdayOnOrBefore(end, weekdayNames[m[1]])
		return set(start, end, PrecisionDay)
	}
	if m := resWeekday.FindStringSubmatch(body); m != nil {
		if !hasPub {
			return d
		}
		wd := weekdayNames[m[2]]
		back := (int(pub.Weekday()) - int(wd) + 7) % 7
		switch strings.TrimSpace(m[1]) {
		case "last":
			if back == 0 {
				back = 7
			}
		case "next":
			fwd := (int(wd) - int(pub.Weekday()) + 7) % 7
			if fwd == 0 {
				fwd = 7
			}
			t := pub.AddDate(0, 0, fwd)
			return set(t, t, PrecisionDay)
		}
		t := pub.AddDate(0, 0, -back)
		if since {
			return set(t, pub, PrecisionDay)
		}
		return set(t, t, PrecisionDay)
	}
	if m := resMonthRange.FindStringSubmatch(body); m != nil && hasPub || m != nil && m[3] != "" {
		// "from July to September": the first day of the one to the last
		// of the other, in the year given or the last before P.
		if m1, m2 := monthOf(m[1]), monthOf(m[2]); m1 > 0 && m2 > 0 && monthNames[m[1]] > 0 && monthNames[m[2]] > 0 {
			var y int
			if m[3] != "" {
				y = atoi(m[3])
			} else {
				y = pub.Year()
				if m2 > pub.Month() {
					y--
				}
			}
			y1 := y
			if m1 > m2 {
				y1-- // "from November to February"
			}
			return set(ymd(y1, m1, 1), lastOfMonth(ymd(y, m2, 1)), PrecisionMonth)
		}
	}
	if m := resMonthOnly.FindStringSubmatch(body); m != nil {
		if mo := monthOf(m[4]); mo > 0 && monthNames[m[4]] > 0 {
			var y int
			switch {
			case m[5] != "":
				y = atoi(m[5])
			case !hasPub:
				return d
			case monthLastYear:
				y = pub.Year() - 1
			case strings.TrimSpace(m[1]) == "next":
				y = pub.Year()
				if mo <= pub.Month() {
					y++
				}
			case strings.TrimSpace(m[1]) == "last":
				y = pub.Year()
				if mo >= pub.Month() {
					y--
				}
			default:
				y = pub.Year()
				if mo > pub.Month() {
					y--
				}
			}
			first, last := ymd(y, mo, 1), lastOfMonth(ymd(y, mo, 1))
			// "early June" is its first ten days, "mid-June" the next
			// ten, "late June" and "the end of June" the rest.
			switch m[2] + m[3] {
			case "early", "beginning", "start":
				last = ymd(y, mo, 10)
			case "mid", "mid-", "middle":
				first, last = ymd(y, mo, 11), ymd(y, mo, 20)
			case "late", "end":
				first = ymd(y, mo, 21)
			}
			return set(first, sinceEnd(first, last), PrecisionMonth)
		}
	}
	if m := resYear.FindStringSubmatch(body); m != nil {
		y := atoi(m[1])
		if y >= 1800 && y <= 2099 {
			return set(ymd(y, 1, 1), sinceEnd(ymd(y, 1, 1), ymd(y, 12, 31)), PrecisionYear)
		}
		return d
	}
	if n := len(body); n > 5 && body[n-5] == ' ' && isYear(body[n-4:]) && holidays[body[:n-5]] != [2]int{} {
		// "New Year's Eve 1980": that year's.
		md := holidays[body[:n-5]]
		t := ymd(atoi(body[n-4:]), time.Month(md[0]), md[1])
		return set(t, t, PrecisionDay)
	}
	if md, ok := holidays[body]; ok && hasPub {
		// "on Christmas Eve": the last such day up to publication.
		t := ymd(pub.Year(), time.Month(md[0]), md[1])
		if t.After(pub) {
			t = ymd(pub.Year()-1, time.Month(md[0]), md[1])
		}
		return set(t, t, PrecisionDay)
	}
	m := resAgo.FindStringSubmatch(body)
	if m == nil && (strings.HasPrefix(norm, "a ") || strings.HasPrefix(norm, "an ")) && strings.HasSuffix(norm, " ago") {
		// "a week ago": the article resPrefix took is its count. ("A
		// day earlier" counts from the day told before: see
		// shiftedDate.)
		m = resAgo.FindStringSubmatch(norm)
	}
	if m != nil {
		if !hasPub {
			return d
		}
		n := numberWords[m[1]]
		if m[1] == "a" || m[1] == "an" {
			n = 1
		}
		if n == 0 {
			n = atoi(m[1])
		}
		if m[3] == "later" {
			// "two days later" is relative to another event, not to P.
			return d
		}
		switch m[2] {
		case "day":
			t := pub.AddDate(0, 0, -n)
			return set(t, t, PrecisionDay)
		case "week":
			t := pub.AddDate(0, 0, -7*n)
			return set(t.AddDate(0, 0, -3), t.AddDate(0, 0, 3), PrecisionWeek)
		case "month":
			t := firstOfMonth(pub).AddDate(0, -n, 0)
			return set(t, lastOfMonth(t), PrecisionMonth)
		case "year":
			y := pub.Year() - n
			return set(ymd(y, 1, 1), ymd(y, 12, 31), PrecisionYear)
		}
	}
	if m := resDaysOf.FindStringSubmatch(norm); m != nil {
		// "in three days of clashes": the days up to the report's,
		// counted with it.
		if !hasPub {
			return d
		}
		n := numberWords[m[1]]
		if n == 0 {
			n = atoi(m[1])
		}
		if n < 2 {
			return d
		}
		return set(pub.AddDate(0, 0, -(n-1)), pub, PrecisionDay)
	}
	if m := resPast.FindStringSubmatch(body); m != nil {
		if !hasPub {
			return d
		}
		n := 1
		if m[1] != "" {
			if n = numberWords[m[1]]; n == 0 {
				n = atoi(m[1])
			}
		}
		switch m[2] {
		case "hour":
			// "the past 24 hours": the days they reach back to.
			return set(pub.AddDate(0, 0, -(n+23)/24), pub, PrecisionDay)
		case "day":
			return set(pub.AddDate(0, 0, -n), pub, PrecisionDay)
		case "week":
			return set(pub.AddDate(0, 0, -7*n), pub, PrecisionWeek)
		case "month":
			return set(pub.AddDate(0, -n, 0), pub, PrecisionMonth)
		case "year":
			return set(pub.AddDate(-n, 0, 0), pub, PrecisionYear)
		}
	}
	// Anything else: an absolute date that go-dateparser may know
	// ("3rd of February 2020"). Only forms that carry their year are taken,
	// so that no relative reading is ever guessed without a reference.
	if t, period, ok := parseWithLibrary(body, pub, hasPub); ok {
		switch period {
		case "day":
			return set(t, t, PrecisionDay)
		case "month":
			first := firstOfMonth(t)
			return set(first, lastOfMonth(first), PrecisionMonth)
		case "year":
			return set(ymd(t.Year(), 1, 1), ymd(t.Year(), 12, 31), PrecisionYear)
		}
	}
	return d
}

const isoDay = "2006-01-02"

// normaliseDateExpr lower-cases expr, turns runs of white space into
// single spaces and trims it. An ASCII expression, the common case, is
// read in one pass, and not copied when it is already normal.
func normaliseDateExpr(expr string) string {
	var buf [64]byte
	b := buf[:0]
	space := false
	for i := 0; i < len(expr); i++ {
		c := expr[i]
		switch {
		case c >= utf8.RuneSelf:
			return strings.Join(strings.Fields(strings.ToLower(expr)), " ")
		case c == ' ' || c >= '\t' && c <= '\r':
			space = len(b) > 0
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	if string(b) == expr {
		return expr
	}
	return string(b)
}

// weekdayIn returns the capitalised weekday named in a normalised
// expression, or "".
func weekdayIn(norm string) string {
	for _, w := range strings.FieldsFunc(norm, func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
		if wd, ok := weekdayNames[w]; ok {
			return wd.String()
		}
	}
	return ""
}

// parsePublished parses a YYYY-MM-DD publication date.
func parsePublished(published string) (time.Time, bool) {
	if published == "" {
		return time.Time{}, false
	}
	t, err := time.Parse(isoDay, strings.TrimSpace(published))
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// monthOf returns the month a full or abbreviated month name stands for, or 0.
func monthOf(s string) time.Month {
	s = strings.TrimSuffix(s, ".")
	if m, ok := monthNames[s]; ok {
		return m
	}
	return monthAbbrevs[s]
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

func ymd(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// makeDate returns the date y-m-d, and false when it does not exist
// (February 30).
func makeDate(y int, m time.Month, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := ymd(y, m, d)
	if t.Month() != m || t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

func firstOfMonth(t time.Time) time.Time { return ymd(t.Year(), t.Month(), 1) }

func lastOfMonth(t time.Time) time.Time { return firstOfMonth(t).AddDate(0, 1, -1) }

func mondayOnOrBefore(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// maxAhead is how far past publication a month-day without a year may
// resolve: news mentions planned dates weeks ahead, rarely months.
const maxAhead = 60 * 24 * time.Hour

// resolveMonthDay resolves a month and day with an optional year: with the
// year it needs no publication date; without one it takes the nearest such
// date to pub, no more than maxAhead in the future.
func resolveMonthDay(mo time.Month, day int, year string, pub time.Time, hasPub bool) (time.Time, bool) {
	if year != "" {
		return makeDate(atoi(year), mo, day)
	}
	if !hasPub {
		return time.Time{}, false
	}
	var best time.Time
	found := false
	for _, y := range []int{pub.Year() - 1, pub.Year(), pub.Year() + 1} {
		t, ok := makeDate(y, mo, day)
		if !ok {
			continue
		}
		if t.After(pub) && t.Sub(pub) > maxAhead {
			continue
		}
		if !found || absDur(t.Sub(pub)) < absDur(best.Sub(pub)) {
			best, found = t, true
		}
	}
	return best, found
}

// resolveMonthDayRange resolves "March 5 or March 6" to a window.
func resolveMonthDayRange(m1 time.Month, d1 int, m2 time.Month, d2 int, year string, pub time.Time, hasPub bool) (time.Time, time.Time, bool) {
	a, ok1 := resolveMonthDay(m1, d1, year, pub, hasPub)
	if !ok1 {
		return time.Time{}, time.Time{}, false
	}
	b, ok2 := makeDate(a.Year(), m2, d2)
	if !ok2 {
		return time.Time{}, time.Time{}, false
	}
	if b.Before(a) && m2 < m1 {
		b = b.AddDate(1, 0, 0) // "December 30 to January 2"
	}
	return a, b, true
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// The go-dateparser parser is built once: its first use loads the English
// locale data, which is slow. It holds a mutex, so calls are serialised;
// it is only reached for the rare forms the rules above do not cover.
var (
	libParserOnce sync.Once
	libParser     *dateparser.Parser
)

var hasYear = regexp.MustCompile(`\b(?:1[89]|20)\d{2}\b`)

// parseWithLibrary parses an absolute date expression carrying its year
// with go-dateparser, relative to pub (never the wall clock).
func parseWithLibrary(body string, pub time.Time, hasPub bool) (time.Time, string, bool) {
	if !hasYear.MatchString(body) || len(body) > 64 {
		return time.Time{}, "", false
	}
	libParserOnce.Do(func() {
		libParser = &dateparser.Parser{ParserTypes: []dateparser.ParserType{dateparser.AbsoluteTime}}
	})
	ref := pub
	if !hasPub {
		ref = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC) // unused: the year is in the text
	}
	cfg := &dateparser.Configuration{
		Languages:            []string{"en"},
		CurrentTime:          ref,
		DefaultTimezone:      time.UTC,
		PreferredDateSource:  dateparser.Past,
		PreferredDayOfMonth:  dateparser.First,
		PreferredMonthOfYear: dateparser.FirstMonth,
	}
	dt, err := libParser.Parse(cfg, body)
	if err != nil || dt.IsZero() {
		return time.Time{}, "", false
	}
	t := ymd(dt.Time.Year(), dt.Time.Month(), dt.Time.Day())
	switch strings.ToLower(dt.Period.String()) {
	case "month":
		return t, "month", true
	case "year":
		return t, "year", true
	default:
		return t, "day", true
	}
}

// weekdayOnOrBefore returns the last day on or before t that falls on wd.
func weekdayOnOrBefore(t time.Time, wd time.Weekday) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) - int(wd) + 7) % 7))
}
