package extract

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// clauseBreak matches where one clause of a sentence ends and the next
// begins: punctuation and the subordinators that introduce another event
// ("... confirmed the operation after 34 soldiers died last week",
// "pushed into the capital despite a ceasefire signed last month").
var clauseBreak = regexp.MustCompile(`[,;:]\s|\s[–—-]\s|(?i)\s(?:after|before|while|as|which|when|where|who|following|despite|since\s+the)\s`)

// clauseWords are the subordinators of clauseBreak, lower-case, each
// followed by white space in a match ("since the" with any run of it).
var clauseWords = []string{"after", "before", "while", "as", "which", "when", "where", "who", "following", "despite", "since"}

// clauseBreaks is clauseBreak.FindAllStringIndex(sentence, -1), by hand:
// punctuation and white space, a dash between spaces, or a subordinator
// between spaces.
func clauseBreaks(s string) [][2]int {
	return appendClauseBreaks(nil, s)
}

// appendClauseBreaks appends clauseBreaks(s) to out.
func appendClauseBreaks(out [][2]int, s string) [][2]int {
	for i := 0; i+1 < len(s); i++ {
		c := s[i]
		switch {
		case c == ',' || c == ';' || c == ':':
			if isRESpace(s[i+1]) {
				out = append(out, [2]int{i, i + 2})
				i++
			}
		case isRESpace(c):
			if e := clauseAfterSpace(s, i+1); e > 0 {
				out = append(out, [2]int{i, e})
				i = e - 1
			}
		}
	}
	return out
}

// clauseDashes are the dashes that, between white space, break a clause:
// their first bytes are '-' and 0xE2.
var clauseDashes = []string{"–", "—", "-"}

// clauseOpeners lists, by the byte a clause break can begin with after
// its white space, the words of clauseWords that can begin there, in
// their order: each under its first letter in either case, and the words
// in "s" also under the first byte of the long s, which foldPrefix takes
// for it.
var clauseOpeners = func() (t [256][]string) {
	for _, w := range clauseWords {
		c := w[0]
		t[c] = append(t[c], w)
		t[c-'a'+'A'] = append(t[c-'a'+'A'], w)
		if c == 's' {
			t[0xC5] = append(t[0xC5], w) // U+017F
		}
	}
	return t
}()

// timeOfDayWords follow "before" or "after" to name a time of the day
// rather than open a clause: "before dawn", "after midnight".
var timeOfDayWords = []string{"dawn", "daybreak", "sunrise", "noon", "midday", "midnight", "sunset", "dusk", "nightfall"}

// timeOfDay reports whether s opens with a time-of-day word (see
// timeOfDayWords) followed by a word boundary.
func timeOfDay(s string) bool {
	for _, w := range timeOfDayWords {
		if e, ok := foldPrefix(s, 0, w); ok && (e == len(s) || !isASCIILetter(s[e])) {
			return true
		}
	}
	return false
}

// clauseAfterSpace returns where a clause break that began with the space
// before s[j] ends, or 0 when there is none.
func clauseAfterSpace(s string, j int) int {
	if j >= len(s) {
		return 0
	}
	if c := s[j]; c == '-' || c == 0xE2 {
		for _, d := range clauseDashes {
			if strings.HasPrefix(s[j:], d) && j+len(d) < len(s) && isRESpace(s[j+len(d)]) {
				return j + len(d) + 1
			}
		}
	}
	// Only the clause words that begin with the byte at j are tried: most
	// words begin none.
	for _, w := range clauseOpeners[s[j]] {
		e, ok := foldPrefix(s, j, w)
		if !ok || e >= len(s) || !isRESpace(s[e]) {
			continue
		}
		if (w == "before" || w == "after") && timeOfDay(s[e+1:]) {
			continue // "struck before dawn on Saturday": a time, not a clause
		}
		if w != "since" {
			return e + 1
		}
		k := e
		for k < len(s) && isRESpace(s[k]) {
			k++
		}
		if t, ok := foldPrefix(s, k, "the"); ok && t < len(s) && isRESpace(s[t]) {
			return t + 1
		}
	}
	return 0
}

// isAnchoredElsewhere reports whether a date expression is relative to
// another event ("hours after", "the same day") rather than to the
// publication date: such an expression does not date an event by itself.
func isAnchoredElsewhere(expr string) bool {
	if !mayEndUnanchored(expr) {
		return false
	}
	return unanchoredExpr(normaliseDateExpr(expr))
}

// mayEndUnanchored reports whether expr may end, once normalised, in one
// of unanchoredEnds. An ASCII expression normalised ends as it ends when
// trimmed of white space, lower-cased: one that does not end so is told
// without building its normal form.
func mayEndUnanchored(expr string) bool {
	for i := 0; i < len(expr); i++ {
		if expr[i] >= utf8.RuneSelf {
			return true // lower-casing may make ASCII letters of others
		}
	}
	// The white space normaliseDateExpr reads.
	space := func(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }
	t := strings.TrimRightFunc(expr, func(r rune) bool { return r < utf8.RuneSelf && space(byte(r)) })
	for _, e := range unanchoredEnds {
		w := e[1:] // without its space
		if len(t) > len(w) && hasASCIIFoldSuffix(t, w) && space(t[len(t)-len(w)-1]) {
			return true
		}
	}
	return false
}

// eventDate picks the date expression that dates an event stated in a
// sentence: a date in the same clause as the event (nearest first), or one
// that opens the sentence ("On February 6, ... forces entered ..."). It
// reports false when the sentence gives none; the caller may then carry the
// date of the preceding sentence, as news copy does ("Turkish-backed forces
// captured seven towns on Sunday. The report came hours after Turkey shot
// down two warplanes").
func eventDate(sentence string, ev eventHit, dates []dateHit) (dateHit, bool) {
	if len(dates) == 0 || ev.Start < 0 || ev.Start > len(sentence) {
		return dateHit{}, false
	}
	cStart, cEnd := 0, len(sentence)
	var buf [16][2]int
	for _, b := range appendClauseBreaks(buf[:0], sentence) {
		if sentence[b[0]] == ',' && b[0] >= ev.End && namesListComma(sentence, b[0]) {
			continue // "bombed Mehrabad and Tabriz, Hamadan and Ahvaz on Monday": one clause
		}
		if b[1] <= ev.Start {
			cStart = b[1]
		} else if b[0] >= ev.End && b[0] < cEnd {
			cEnd = b[0]
			break
		}
	}
	opening := ""
	if first := strings.IndexAny(sentence, ",;"); first > 0 {
		opening = sentence[:first]
	}
	best, found, bestDist := dateHit{}, false, 0
	for _, d := range dates {
		if isAnchoredElsewhere(d.Expr) {
			continue
		}
		if d.Start >= ev.End && sinceComparison(sentence[ev.End:d.Start]) {
			continue // "overran it in their biggest victory since the invasion in 2001": the other event's year
		}
		inClause := d.Start >= cStart && d.End <= cEnd
		opens := opening != "" && d.End <= len(opening) && strings.TrimSpace(sentence[:d.Start]) == ""
		if !inClause && !opens {
			continue
		}
		dist := 0
		switch {
		case d.End <= ev.Start:
			dist = ev.Start - d.End
		case d.Start >= ev.End:
			dist = d.Start - ev.End
		}
		if opens && !inClause {
			dist += len(sentence) // only when the clause has none of its own
		}
		if d.End <= ev.Start && saidBefore(sentence[:d.Start]) && hasWord(sentence[d.End:ev.Start], "had") {
			// "said on Monday they had captured the town on Sunday": the
			// pluperfect puts the event before the saying, whose date
			// yields to the event's own.
			dist += len(sentence) / 2
		}
		if d.End <= ev.Start && andVerbGap(sentence[d.End:ev.Start]) {
			// "landed on the island on Friday and seized it on Sunday":
			// the date just before "and" is the first verb's; the second
			// takes its own when the clause gives one.
			dist += len(sentence) / 2
		}
		if !found || dist < bestDist {
			best, found, bestDist = d, true, dist
		}
	}
	// "… on Sunday despite Russian air strikes on their columns the day
	// before", "Government jets had bombed it the day before": an
	// expression counting from the event told before, after this one in
	// its clause with no other date between, is its date (see
	// daysLaterDates).
	for _, d := range dates {
		if d.Start >= ev.End && d.End <= cEnd && (!found || best.End <= ev.Start || d.Start < best.Start) && isAnchoredElsewhere(d.Expr) &&
			daysLater.MatchString(strings.TrimSpace(d.Expr)) && !strings.ContainsAny(sentence[ev.End:d.Start], ",;") {
			return d, true
		}
	}
	if found && best.End <= ev.Start && andVerbGap(sentence[best.End:ev.Start]) {
		// "on Oct. 26 and took Zalingei, the capital of Central Darfur,
		// on Oct. 31": the second verb's own day after its appositive.
		if d, ok := appositiveDate(sentence, cEnd, dates); ok {
			return d, ok
		}
	}
	if found && best.End <= ev.Start && saidBefore(sentence[:best.Start]) && hasWord(sentence[best.End:ev.Start], "had") {
		if d, ok := endedDate(sentence, ev, dates); ok {
			return d, ok
		}
	}
	if !found {
		if d, ok := appositiveDate(sentence, cEnd, dates); ok {
			return d, ok
		}
		if d, ok := whenDate(sentence, ev, dates); ok {
			return d, ok
		}
		if d, ok := afterDate(sentence, ev, dates); ok {
			return d, ok
		}
		if d, ok := asDate(sentence, ev, dates); ok {
			return d, ok
		}
		if d, ok := laterDate(sentence, ev, dates); ok {
			return d, ok
		}
		return earlierDate(sentence, ev, dates)
	}
	return best, found
}

// namesListComma reports whether the comma at s[i] parts the names of a
// list that goes on to its "and" ("Tabriz, Hamadan, Dezful and Ahvaz"),
// each a capitalised name of up to three words, none a day or a month:
// such a comma ends no clause.
func namesListComma(s string, i int) bool {
	if !listName(s[:i], true) {
		return false
	}
	j := i + 2
	for {
		e := j
		for n := 0; n < 3 && e < len(s) && isASCIIUpper(s[e]); n++ {
			k := e
			for k < len(s) && (isASCIILetter(s[k]) || s[k] == '-') {
				k++
			}
			if !listName(s[e:k], false) {
				return false
			}
			e = k
			if e+1 < len(s) && s[e] == ' ' && isASCIIUpper(s[e+1]) {
				e++
			}
		}
		if e == j {
			return false
		}
		rest := s[e:]
		switch {
		case strings.HasPrefix(rest, ", and "), strings.HasPrefix(rest, " and "):
			k := strings.Index(rest, "and ") + len("and ")
			return k < len(rest) && isASCIIUpper(rest[k])
		case strings.HasPrefix(rest, ", "):
			j = e + 2
		default:
			return false
		}
	}
}

// listName reports whether the word that ends s (atEnd) or that s is
// may be a name in a list of places: capitalised, no day or month.
func listName(s string, atEnd bool) bool {
	w := s
	if atEnd {
		k := strings.LastIndexByte(s, ' ')
		w = s[k+1:]
	}
	if w == "" || !isASCIIUpper(w[0]) {
		return false
	}
	_, month := lowerLookup(monthNames, w)
	_, abbrev := lowerLookup(monthAbbrevs, w)
	_, day := lowerLookup(weekdayNames, w)
	return !month && !abbrev && !day
}

// appositiveDate dates an event whose clause ends at cEnd in a comma
// opening a short appositive after its place, the date coming right after
// the appositive: "drove the fighters out of Idale near Baidoa, the seat
// of the interim government, on Monday".
func appositiveDate(sentence string, cEnd int, dates []dateHit) (dateHit, bool) {
	if cEnd+2 >= len(sentence) || sentence[cEnd] != ',' {
		return dateHit{}, false
	}
	rest := sentence[cEnd+2:]
	// The appositive opens with an article, or (after a truce named as the
	// subject) with a participle: "A ceasefire between Congo and Rwanda,
	// mediated by Angola, took effect on Aug. 4".
	participle := strings.HasPrefix(rest, "mediated by ") || strings.HasPrefix(rest, "brokered by ") || strings.HasPrefix(rest, "agreed ") || strings.HasPrefix(rest, "signed ")
	// Or with where the place lies: "had taken Morobo and Kaya, on the
	// Ugandan border, last Sunday".
	if !strings.HasPrefix(rest, "the ") && !strings.HasPrefix(rest, "a ") && !strings.HasPrefix(rest, "an ") && !participle && !whereAside(rest) {
		return dateHit{}, false
	}
	k := strings.IndexByte(rest, ',')
	if k < 0 || len(strings.Fields(rest[:k])) > 11 || strings.ContainsAny(rest[:k], ";:") {
		return dateHit{}, false
	}
	at := cEnd + 2 + k + 2 // the date's start, after ", "
	for _, v := range []string{"took effect ", "came into force ", "came into effect ", "went into effect ", "was signed ", "was agreed ", "began "} {
		if participle && strings.HasPrefix(sentence[min(at, len(sentence)):], v) {
			at += len(v) // the truce's verb, then its day
			break
		}
	}
	for _, d := range dates {
		if d.Start == at || d.Start == at+len("on ") && strings.HasPrefix(sentence[at:], "on ") {
			if !isAnchoredElsewhere(d.Expr) && dayWord(d.Expr) {
				return d, true
			}
		}
		if (d.Start == at || d.Start == at+len("in ")) && strings.HasPrefix(sentence[at:], "in ") && d.End == len(strings.TrimRight(sentence, ". ")) && !isAnchoredElsewhere(d.Expr) {
			// "overran the army's Elephant Pass base, the gateway to the
			// Jaffna peninsula, in April last year.": a month or year
			// that ends the sentence.
			return d, true
		}
	}
	return dateHit{}, false
}

// whereAside reports whether an aside opens by telling where a place
// lies: "on the Ugandan border", "near Zadar", "40 km north of Kabul".
func whereAside(rest string) bool {
	w := firstWordAfter(rest, 0)
	if w == "on" || w == "along" || w == "near" || w == "outside" || w == "across" {
		return true
	}
	if w == "some" || w == "about" || w == "just" || rest != "" && rest[0] >= '0' && rest[0] <= '9' {
		ws := strings.Fields(rest) // "10 km (six miles) east of", "some 40 miles north of"
		for _, x := range ws[1:min(len(ws), 6)] {
			if directionWords[x] || compassCompound(x) {
				return true
			}
		}
		return false
	}
	return directionWords[w] && strings.HasPrefix(rest[len(w):], " of ")
}

// andVerbGap reports whether the words between a date and a trigger
// after it only join a second verb to the first: " and ", " and then ".
func andVerbGap(gap string) bool {
	g := strings.TrimSpace(gap)
	if g == "and" || g == "and then" || g == ", and" || g == "and later" {
		return true
	}
	// "attacked the Algerians at Amgala on Tuesday and that the
	// survivors withdrew": a second clause with a subject of its own.
	words := strings.Fields(strings.TrimPrefix(g, ", "))
	return len(words) >= 2 && len(words) <= 6 && words[0] == "and" && !strings.ContainsAny(g[1:], ",;:")
}

// endedDate dates an event told in the pluperfect after the day it was
// told by the end of the fighting that won it, told after it: "said today
// its fighters had captured the town of Afabet ... after a three-day
// battle that ended on Saturday" took Afabet on Saturday.
func endedDate(sentence string, ev eventHit, dates []dateHit) (dateHit, bool) {
	for _, d := range dates {
		if d.Start < ev.End || !dayWord(d.Expr) || isAnchoredElsewhere(d.Expr) {
			continue
		}
		gap := sentence[ev.End:d.Start]
		return d, strings.IndexAny(gap, ";:") < 0 && endedAfter.MatchString(gap)
	}
	return dateHit{}, false
}

// endedAfter matches the words between an event and the date the fighting
// that won it ended (see endedDate).
var endedAfter = regexp.MustCompile(`(?i)\b(?:after|following)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:battle|fighting|siege|assault|offensive|clashes)\s+(?:that|which)\s+(?:had\s+)?ended\s+$`)

// shortAside returns s without its short bracketed asides of a few words
// and no clause marks: "(1 mile)", "(AFP)".
func shortAside(s string) string {
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 || j > 24 || strings.ContainsAny(s[i+1:i+j], ",;:.(") {
			return s
		}
		s = s[:i] + s[i+j+1:]
	}
}

// decimal reports whether w is a number with a decimal point: "1.8".
func decimal(w string) bool {
	dot := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == '.' && !dot && i > 0 && i < len(w)-1:
			dot = true
		case c < '0' || c > '9':
			return false
		}
	}
	return dot
}

// saidBefore reports whether s ends in a verb of saying, which the date
// that follows s dates: "said", "announced", "reported", "claimed".
func saidBefore(s string) bool {
	s = strings.TrimRight(s, " ")
	i := strings.LastIndexByte(s, ' ')
	switch strings.ToLower(s[i+1:]) {
	case "said", "says", "announced", "reported", "claimed", "stated", "confirmed":
		return true
	}
	return false
}

// laterDate dates an event by the first date after it in the sentence
// when only commas and dashes part them: an appositive or an attribution
// ("captured Kandahar, Afghanistan's second-largest city, on Friday",
// "have recaptured Lalibela, the government said on Wednesday"). A
// subordinator ("after", "when") or a semicolon in between opens another
// event's clause, which keeps its date.
func laterDate(sentence string, ev eventHit, dates []dateHit) (dateHit, bool) {
	for _, d := range dates {
		if d.Start < ev.End || isAnchoredElsewhere(d.Expr) {
			continue
		}
		if !dayWord(d.Expr) {
			return dateHit{}, false
		}
		gap := sentence[ev.End:d.Start]
		if containsFold(gap, "after") || containsFold(gap, "following") {
			// "after weeks of street fighting": a span, not a clause
			gap = afterSpan.ReplaceAllString(gap, " ")
		}
		if strings.IndexByte(gap, '(') >= 0 {
			gap = shortAside(gap) // "1.8 km (1 mile) inside Ecuador": a measure converted
		}
		if !eachWord(gap, isWordGap, func(w string) bool {
			return !inFold(laterStops, w) && (!strings.ContainsAny(w, ".;:()") || dottedAbbrev(w) || decimal(w))
		}) {
			return dateHit{}, false
		}
		return d, true
	}
	return dateHit{}, false
}

// afterSpan matches "after" or "following" before a span of time
// ("after weeks of", "after more than a year of"), which opens no clause.
var afterSpan = regexp.MustCompile(`(?i)\b(?:after|following)\s+(?:more\s+than\s+|nearly\s+|almost\s+)?(?:an?\s+|\d+\s+|two\s+|three\s+|four\s+|several\s+|many\s+)?(?:hours|days|weeks|months|years|day|week|month|year)\s+of\b`)

// whenDate dates an event told in a "when" clause by the date the clause
// hangs on: "the truce collapsed on Friday night, when air strikes hit
// Paktika", "fighting began on Oct. 11, when gunmen attacked border posts",
// "a dozen civilians died on Tuesday when a roadside bomb hit their bus".
func whenDate(sentence string, ev eventHit, dates []dateHit) (dateHit, bool) {
	for k := len(dates) - 1; k >= 0; k-- {
		d := dates[k]
		if d.End > ev.Start {
			continue
		}
		rest := strings.TrimPrefix(sentence[d.End:ev.Start], ",")
		j := len(" when ")
		if len(rest) < j || !strings.EqualFold(rest[:j], " when ") || strings.ContainsAny(rest[j:], ",;:()") || isAnchoredElsewhere(d.Expr) {
			return dateHit{}, false
		}
		return d, true
	}
	return dateHit{}, false
}

// afterDate dates an event told right after "after", with no date of its
// own, by the day of the clause it hangs on: "seized the crossing on
// Friday after launching an offensive", "took the town on Saturday evening
// after shelling it". The act that led to the one dated is of its day or
// close before it.
func afterDate(sentence string, ev eventHit, dates []dateHit) (dateHit, bool) {
	b := sentence[:ev.Start]
	if undatedByContext[ev.Action] && !(ev.Action == ActionSiege && strings.HasSuffix(strings.ToLower(firstWordOf(sentence[ev.Start:ev.End])), "ed")) {
		// "agreed early on Sunday after talks in Doha": talks go on for
		// days (but "after Tunisian troops blockaded the base": a siege
		// laid, a verb of its day).
		return dateHit{}, false
	}
	k := strings.LastIndex(b, " after ")
	if k < 0 || k < len(b)-60 || strings.ContainsAny(b[k:], ",;:()") {
		return dateHit{}, false
	}
	if subject := strings.Fields(b[k+len(" after "):]); len(subject) > 0 {
		// Or its subject between, with a verb in the past: "were
		// dropped into the base on Wednesday after Tunisian troops and
		// volunteers blockaded it" (not "after a three-week offensive",
		// "after weeks of shelling": they last longer than the day).
		w := strings.ToLower(firstWordOf(sentence[ev.Start:ev.End]))
		if len(subject) > 5 || subject[0] == "a" || subject[0] == "an" || subject[0] == "weeks" || subject[0] == "months" || subject[0] == "days" ||
			!strings.HasSuffix(w, "ed") && !pastForms[w] {
			return dateHit{}, false
		}
	}
	b = b[:k]
	for k := len(dates) - 1; k >= 0; k-- {
		d := dates[k]
		if d.End > len(b) {
			continue
		}
		if !dayWord(d.Expr) || isAnchoredElsewhere(d.Expr) || strings.TrimSpace(b[d.End:]) != "" {
			return dateHit{}, false
		}
		return d, true
	}
	return dateHit{}, false
}

// laterStops are the words that, between an event and a later date, open
// another clause with an event of its own.
var laterStops = map[string]bool{
	"after": true, "before": true, "while": true, "as": true, "which": true, "when": true,
	"where": true, "who": true, "whose": true, "following": true, "since": true, "until": true,
	"that": true, "then": true, "but": true, "and": true, "because": true, "than": true,
}

// dayWord reports whether a date expression names a day by its weekday
// or as yesterday, today or overnight: the dates attributions and
// appositives give ("said on Sunday"); or by its month and day ("on
// December 24", "December 24 to 25"), as war studies and statements
// write them.
func dayWord(expr string) bool {
	return dayName(expr) || monthDay.MatchString(expr)
}

// dayName reports whether a date expression names a day by its weekday
// or as yesterday, today or overnight.
func dayName(expr string) bool {
	return !eachWord(expr, func(c byte) bool { return !isASCIILetter(c) }, func(w string) bool {
		return !inFold(dayWords, w)
	})
}

// monthDay matches a date expression that is a day (or a run of days) of
// a month: "on December 24", "Jan. 12", "1 to 2 April", "5 March 2016".
var monthDay = regexp.MustCompile(`^(?i:(?:early\s+|late\s+)?on\s+)?(?:` + reMonthNames + `\.?\s+\d{1,2}(?:\s*(?:to|and|-|–)\s*(?:` + reMonthNames + `\.?\s+)?\d{1,2})?|\d{1,2}(?:\s*(?:to|and|-|–)\s*\d{1,2})?\s+(?:of\s+)?` + reMonthNames + `)(?:,?\s+\d{4})?$`)

// reMonthNames are the months as dates write them, in full or cut short.
const reMonthNames = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)`

// earlierDate dates an event by the last weekday date before it in the
// sentence when the event's clause is joined to the date's by "and" or
// a comma, with no subordinator between ("launched an offensive on
// Friday ... and said it had captured the town of Chinshwehaw").
func earlierDate(sentence string, ev eventHit, dates []dateHit) (dateHit, bool) {
	for k := len(dates) - 1; k >= 0; k-- {
		d := dates[k]
		if d.End > ev.Start || isAnchoredElsewhere(d.Expr) {
			continue
		}
		if !dayWord(d.Expr) {
			return dateHit{}, false
		}
		// The date's own clause must not be a subordinate one ("who
		// visited the injured on Sunday").
		from := strings.LastIndexAny(sentence[:d.Start], ",;:(") + 1
		notStop := func(w string) bool { return strings.EqualFold(w, "and") || !inFold(laterStops, w) }
		if !eachWord(sentence[from:d.Start], isWordGap, notStop) {
			return dateHit{}, false
		}
		if !eachWord(sentence[d.End:ev.Start], isWordGap, func(w string) bool {
			return notStop(w) && !strings.ContainsAny(w, ".;:()")
		}) {
			return dateHit{}, false
		}
		return d, true
	}
	return dateHit{}, false
}

// futureWords are the words before an event, or before its date, that
// tell it is still to come: "will meet … on Thursday", "are due to hold
// talks on Monday".
var futureWords = map[string]bool{"will": true, "shall": true, "due": true, "scheduled": true, "expected": true, "set": true}

// futureEvent reports whether a weekday date of an event names a day to
// come: the words between the last clause break before the event and
// the date hold a future word ("will", "due to", "scheduled to").
func futureEvent(sentence string, ev eventHit, d dateHit) bool {
	if containsFold(d.Expr, "last") || !dayName(d.Expr) {
		return false
	}
	from, to := min(ev.Start, d.Start), max(ev.End, d.End)
	from = strings.LastIndexAny(sentence[:from], ",;:") + 1 // the sentence's start when no break comes before
	// "talks would be held in Yevlakh on Thursday": a day to come in
	// reported speech, when the day follows the event.
	return holdsFutureWord(sentence[from:to], d.Start >= ev.End)
}

// holdsFutureWord reports whether text holds a word of futureWords ("set"
// only as setNotFuture allows), or, with would, "would".
func holdsFutureWord(text string, would bool) bool {
	prev := ""
	return !eachWord(text, isWordGap, func(w string) bool {
		future := inFold(futureWords, w) && !setNotFuture(w, prev) || would && strings.EqualFold(w, "would")
		prev = w
		return !future
	})
}

// setNotFuture reports whether w is a "set" that does not tell a time to
// come: only "is set to", "are set to" and the like do, not "set fire to"
// or "set off".
func setNotFuture(w, prev string) bool {
	if !strings.EqualFold(w, "set") {
		return false
	}
	switch strings.ToLower(prev) {
	case "is", "are", "was", "were", "be", "been", "now", "also":
		return false
	}
	return true
}

// futureClause reports whether a weekday date names a day to come in its
// clause: a future word between the last clause break before it and the
// date ("Finnish troops will begin withdrawing on Friday").
func futureClause(sentence string, d dateHit) bool {
	if d.Start < 0 || d.Start > len(sentence) || containsFold(d.Expr, "last") || !dayName(d.Expr) {
		return false
	}
	from := strings.LastIndexAny(sentence[:d.Start], ",;:") + 1
	return holdsFutureWord(sentence[from:d.Start], false)
}

// nextWeekday moves a weekday date resolved to the past to the same
// weekday of the week to come: the week after the publication date.
func nextWeekday(d Date, published string) Date {
	if d.Start == nil || d.End == nil || *d.Start != *d.End || d.Weekday == "" || published == "" || *d.Start >= published {
		return d
	}
	t, err := time.Parse(isoDay, *d.Start)
	if err != nil {
		return d
	}
	day := t.AddDate(0, 0, 7).Format(isoDay)
	d.Start, d.End = &day, &day
	return d
}

// inFold reports whether m holds the ASCII lower-casing of w, without
// allocating for a short word.
func inFold(m map[string]bool, w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return m[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		buf[i] = lowerByte[w[i]]
	}
	return m[string(buf[:len(w)])]
}

// eachWord calls fn on each run of s between the bytes where sep holds,
// until fn returns false; it reports whether every call returned true.
func eachWord(s string, sep func(byte) bool, fn func(string) bool) bool {
	for i := 0; i < len(s); {
		for i < len(s) && sep(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !sep(s[j]) {
			j++
		}
		if j > i && !fn(s[i:j]) {
			return false
		}
		i = j
	}
	return true
}

// isWordGap separates the words laterDate and earlierDate read.
func isWordGap(c byte) bool { return c == ' ' || c == ',' || c == '\n' || c == '\t' }

// dayWords are the words dayWord looks for.
var dayWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "yesterday": true, "today": true, "overnight": true,
}

// asDate dates an event told in an "as" clause right after a dated one by
// that date: what happened as something else did happened that day
// ("withdrew from Gori on Monday as Russian forces advanced on the
// town"). "As part of" and "as a result of" tell why, not when.
func asDate(sentence string, ev eventHit, dates []dateHit) (dateHit, bool) {
	for k := len(dates) - 1; k >= 0; k-- {
		d := dates[k]
		if d.End > ev.Start {
			continue
		}
		if !dayWord(d.Expr) || isAnchoredElsewhere(d.Expr) {
			return dateHit{}, false
		}
		gap := sentence[d.End:ev.Start]
		return d, asClause.MatchString(gap) && !asWhy.MatchString(gap)
	}
	return dateHit{}, false
}

// asClause matches the words between a date and an event in the "as"
// or "while" clause that follows it ("as Russian forces", "as the
// rebels", ", while warships", ", meeting little resistance as Kurdish
// peshmerga fighters"), or in
// the relative clause that tells what became of what was launched then
// ("fired five rockets on Tuesday night, all of which were
// intercepted").
var asClause = regexp.MustCompile(`(?i)^(?:(?:,\s+(?:killing|wounding|injuring|leaving|sending|forcing)\s+[^,;:()]*,)?\s+as\s+(?:[\w’'-]+\s+){1,5}|,\s+[a-z]+ing\s+(?:[\w’'-]+\s+){0,4}?as\s+(?:[\w’'-]+\s+){1,5}|,?\s+while\s+(?:[\w’'-]+\s+){1,5}|,\s+(?:all|most|some|many|several|none|one|two|three|four|five)\s+of\s+which\s+(?:were|was)\s+)$`)

// asWhy matches an "as" that opens a reason or a role rather than a
// clause of its own.
var asWhy = regexp.MustCompile(`(?i)^\s+as\s+(?:part|a\s+result|a\s+consequence|well|the\s+result)\b`)

// dottedAbbrev reports whether w is an abbreviation written with dots
// ("U.N.", "U.S.", "Lt."), which ends no sentence or clause: "agreed to
// extend the truce, U.N. envoy Hans Grundberg said on Thursday".
func dottedAbbrev(w string) bool {
	if len(w) > 2 && w[len(w)-1] == '.' && isASCIIUpper(w[0]) && abbreviations[strings.ToLower(w[:len(w)-1])] {
		return true // a title before a name ("Lt.", "Gen.")
	}
	if len(w) < 4 || w[len(w)-1] != '.' {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if !isASCIIUpper(w[i]) || i+1 >= len(w) || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// nthDayOf matches the end of the text before an offensive told as on its
// nth day: "on the third day of an".
var nthDayOf = regexp.MustCompile(`(?i)\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+day\s+of\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+)?$`)

// nthDays are the ordinals nthDayOf matches, by the days before the one
// told that the offensive began.
var nthDays = map[string]int{"second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5, "seventh": 6, "eighth": 7, "ninth": 8, "tenth": 9}

// dayOfOffensive widens the day d of an offensive told as on its nth day
// ("captured Point Pedro on Thursday on the third day of an offensive")
// to the days since it began; before is the text before the trigger.
func dayOfOffensive(before string, d Date) Date {
	if d.Start == nil || d.End == nil || *d.Start != *d.End || !strings.Contains(before, "day of ") {
		return d
	}
	m := nthDayOf.FindStringSubmatch(before)
	if m == nil {
		return d
	}
	t, err := time.Parse(isoDay, *d.Start)
	if err != nil {
		return d
	}
	start := t.AddDate(0, 0, -nthDays[strings.ToLower(m[1])]).Format(isoDay)
	d.Start = &start
	return d
}

// daysLater matches a date told only as days after the event told before
// it: "two days later", "a day later", "the next day", "the following
// day".
var daysLater = regexp.MustCompile(`(?i)^(?:(a|one|two|three|four|five|six|seven)\s+days?\s+(later|earlier|before)|the\s+(?:next|following)\s+day|the\s+(day\s+before|previous\s+day))$`)

// daysLaterDates dates an event told as "two days later" or "the day
// before" (see daysLater) by the single day of the event told before it
// in the article: "the main camp was hit on Wednesday ... A second camp at
// Tembue was attacked two days later" is Friday's; "recaptured Palmyra on
// Sunday despite Russian air strikes on their columns the day before"
// dates the strikes Saturday.
func daysLaterDates(claims []Claim) {
	prev := ""
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindEvent {
			continue
		}
		if c.Date.Start != nil {
			prev = ""
			if c.Date.End != nil && *c.Date.Start == *c.Date.End {
				prev = *c.Date.Start
			}
			continue
		}
		if prev == "" || !strings.Contains(c.Date.Expression, "later") && !strings.Contains(c.Date.Expression, " day") {
			continue
		}
		m := daysLater.FindStringSubmatch(strings.TrimSpace(c.Date.Expression))
		if m == nil {
			continue
		}
		t, err := time.Parse(time.DateOnly, prev)
		if err != nil {
			continue
		}
		n := 1
		if k := slices.Index([]string{"two", "three", "four", "five", "six", "seven"}, strings.ToLower(m[1])); k >= 0 {
			n = k + 2
		}
		if m[3] != "" || m[2] != "" && !strings.EqualFold(m[2], "later") {
			// "the day before", "two days earlier": back from it.
			n = -n
		}
		day := t.AddDate(0, 0, n).Format(time.DateOnly)
		end := day
		c.Date.Start, c.Date.End, c.Date.Precision = &day, &end, PrecisionDay
		prev = day
	}
}

// sinceComparison reports whether the words between an event and a date
// after it measure the event against an earlier one the date belongs to,
// as a casualty figure's "since" can (sinceMeasuresOther): "in their
// biggest victory since they were driven from power in", "the deadliest
// attack since".
func sinceComparison(between string) bool {
	k := strings.LastIndex(between, " since ")
	return k >= 0 && sinceMeasuresOther(between[:k], false)
}
