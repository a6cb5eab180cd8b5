package extract

import (
	"iter"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimline/claimline/ingest"
)

// sentState is what a sentence leaves for the sentences after it: its
// paragraph, its source and its date expression (its own or carried).
type sentState struct {
	para   int
	attr   string
	expr   string
	quoted bool // the sentence holds a quotation
	// own is the date the sentence gives itself (not carried), for
	// figures told before it that have none (see laterDates).
	own string
	// said is the day the source of expr spoke, YYYY-MM-DD, or "".
	said string
	// revised marks a sentence that tells the day a toll was revised
	// ("rose to 144 on Saturday").
	revised bool
	// saidElsewhen marks a sentence that dates its source's statement by
	// another statement's day ("Russia said on the same day that ..."):
	// a report of statements, which the day of the events told before
	// it does not date, nor what follows it.
	saidElsewhen bool
	// from is the index of the sentence expr is the own date of, or -1:
	// its words may widen it ("began late on Tuesday and ended on
	// Wednesday", see dateInSentence).
	from int
}

// continuesReport reports whether a sentence (lower-cased) continues the
// report before it: an anaphoric subject ("The strikes killed …", "The toll
// included …", "The 19 died …"), possibly after its source ("The
// Observatory said the strikes …"), a pronoun subject, or "were also
// killed". It runs on every sentence, so it looks for the words each form
// needs before it runs a pattern.
func continuesReport(lower string) bool {
	// A pronoun subject: "They …", "It …", "He …", "She …".
	for _, p := range [...]string{"they", "it", "he", "she"} {
		if len(lower) > len(p) && strings.HasPrefix(lower, p) && isRESpace(lower[len(p)]) {
			return true
		}
	}
	// An anaphoric subject opening the sentence.
	if startsAnaphoric(lower) {
		return true
	}
	// An anaphoric subject after its source: a reporting verb before the
	// first comma or full stop, within 80 characters of the start.
	head := lower
	if k := strings.IndexAny(head, ",."); k >= 0 {
		head = head[:k]
	}
	// A verb is only taken within 80 characters of the start.
	if k := runeOffset(head, 81); k+len("told reporters") < len(head) {
		head = head[:k+len("told reporters")]
	}
	for _, v := range continuesVerbs {
		for off := 0; off <= len(head)-len(v); {
			k := strings.Index(head[off:], v)
			if k < 0 {
				break
			}
			at := off + k
			off = at + 1
			if at > 0 && isASCIIWord(lower[at-1]) || utf8.RuneCountInString(lower[:at]) > 80 {
				continue
			}
			rest := lower[at+len(v):]
			n := spaceRun(rest)
			if n == 0 {
				continue
			}
			rest = rest[n:]
			if statementThatAnaphoric(rest) {
				return true
			}
			if strings.HasPrefix(rest, "that") {
				if m := spaceRun(rest[len("that"):]); m > 0 {
					rest = rest[len("that")+m:]
				}
			}
			if startsAnaphoric(rest) {
				return true
			}
		}
	}
	// "… were wounded in the attack", "… died during the fighting".
	for _, p := range [...]string{" in the ", " during the "} {
		for at := range indexAll(lower, p) {
			if incidentAt(lower, at+len(p)) {
				return true
			}
		}
	}
	// "were also killed", "also died".
	return strings.Contains(lower, "also ") && reAlsoHit.MatchString(lower)
}

// statementThatAnaphoric reports whether rest, the words after a
// reporting verb, tell where it was said and go on with an anaphoric
// subject: "in a statement posted on its website that the raids had
// killed four civilians" (a "that" within 60 characters of "in a
// statement", before any comma or full stop).
func statementThatAnaphoric(rest string) bool {
	r, ok := strings.CutPrefix(rest, "in a statement")
	if !ok {
		return false
	}
	runes := 0
	for j := 0; j < len(r) && runes <= 60; runes++ {
		c := r[j]
		if c == ',' || c == '.' {
			return false
		}
		if isRESpace(c) && strings.HasPrefix(r[j+1:], "that") {
			t := r[j+1+len("that"):]
			if m := spaceRun(t); m > 0 && startsAnaphoric(t[m:]) {
				return true
			}
		}
		_, size := utf8.DecodeRuneInString(r[j:])
		j += size
	}
	return false
}

// incidentHeads are the nouns of an incident a sentence may point back to
// after "in the" or "during the".
var incidentHeads = strings.Fields("strike strikes raid raids attack attacks airstrike airstrikes blast blasts " +
	"bombing bombings explosion explosions shelling assault ambush clash clashes fighting bombardment incident " +
	// "killed in the encounter" of South Asian copy, "the firefight".
	"encounter firefight gunfight gunbattle battle massacre")

// incidentAt reports whether lower[q:] names an incident: one of
// incidentHeads ending a word, after at most one word of lower-case
// letters and hyphens ("the attack", "the hamas attack").
func incidentAt(lower string, q int) bool {
	return headWithinWords(lower, q, 1, func(q int) bool {
		rest := lower[q:]
		for _, h := range incidentHeads {
			if strings.HasPrefix(rest, h) && asciiBoundary(rest, len(h)) {
				return true
			}
		}
		return false
	})
}

// headWithinWords reports whether head holds at q or after at most max
// words of lower-case letters and hyphens from q, each followed by white
// space.
func headWithinWords(lower string, q, max int, head func(q int) bool) bool {
	for words := 0; ; words++ {
		if head(q) {
			return true
		}
		if words == max {
			return false
		}
		e := q
		for e < len(lower) && (lower[e] >= 'a' && lower[e] <= 'z' || lower[e] == '-') {
			e++
		}
		m := spaceRun(lower[e:])
		if e == q || m == 0 {
			return false
		}
		q = e + m
	}
}

// runeOffset returns the byte offset of the n-th rune of s (counting from
// 0), or len(s) when s has no more than n runes.
func runeOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// continuesVerbs are the reporting verbs that may come between a source and
// the anaphoric subject of a sentence continuing a report.
var continuesVerbs = [...]string{"said", "says", "reported", "added", "confirmed", "told reporters"}

// reAnaphoric matches an anaphoric subject at the start of its input: "the
// strikes", "these two raids", "the 19".
var reAnaphoric = regexp.MustCompile(`^(?:the|these|those|such|both|its|their)\s+(?:[a-z-]+\s+){0,2}?(?:strikes?|raids?|attacks?|air ?strikes?|toll|blasts?|bombings?|explosions?|shelling|assault|ambush|clash(?:es)?|fighting|bombardment|incident|victims|dead|wounded|\d+)\b`)

// reAlsoHit matches "were also killed", "had also been wounded", "also died".
var reAlsoHit = mustWordRegexp(`\b(?:were|was|been|had|have) also (?:been )?(?:killed|wounded|injured|died|captured)|\balso (?:killed|died|wounded|injured)\b`)

// singlePlace returns the place below country level a sentence s names,
// with the number of different such places it names (places a capital or
// a country stands for a government at are not named as places).
// nativePlace reports whether a place is told as where a person is from:
// "a native of nearby Marka", "born in Gao", "who hails from Kidal".
func nativePlace(s string, h placeHit) bool {
	if h.Start > len(s) {
		return false
	}
	before := s[max(0, h.Start-24):h.Start]
	for _, w := range [...]string{"native of ", "native of nearby ", "born in ", "hails from "} {
		if hasASCIIFoldSuffix(before, w) {
			return true
		}
	}
	return false
}

func singlePlace(places []placeHit, s string) (*Place, int) {
	var one *Place
	n := 0
	for i := range places {
		h := &places[i]
		if h.Start < 0 || h.End > len(s) || h.Start >= h.End || metonymy(s, h) {
			continue
		}
		if isCountry(h.Place.Name) || containerAt(s, places, i) || i+1 < len(places) && ownsNext(s, *h, places[i+1]) {
			continue // (nor an area the place is said to lie in: "the village of Kalau in North Kivu", "Paktika province's Barmal district")
		}
		if i > 0 && listContinues(s, places[i-1], *h) {
			continue // "Nazran and the villages of Karabulak and Sleptsovskaya": the list's first
		}
		if i > 0 && offsetApposition(s, places[i-1], *h) {
			continue // "Hawija, 55 km west of Kirkuk": where the distance is from
		}
		if one != nil && i > 0 && describedAfter(s, places[:i], *h) {
			continue // "El Billar, a hamlet on the Caguan river in Caqueta province": the place described
		}
		if seatOfSpeakers(s, h) || hospitalPlace(s, *h) {
			continue // "doctors at Baragwanath Hospital said", "died at Panzi hospital in Bukavu": where the source works or the hurt were treated
		}
		if speakerSeat(s, *h) || officeOfPlace(s, *h) {
			continue // "a UN official in Kigali said", "the interior minister of Ingushetia": where the speaker sits, the area an office governs
		}
		if nativePlace(s, *h) {
			continue // "commander Abdihamid Dirir, a native of nearby Marka": where a man is from
		}
		if issuedIn(s[:h.Start]) || venueBefore(s[:h.Start]) {
			continue // "in a statement issued in Madras": where it was told
		}
		if one == nil {
			one, n = &h.Place, 1
		} else if h.Place.Name != one.Name {
			n++
		}
	}
	if one == nil {
		return nil, 0
	}
	p := *one
	return &p, n
}

// seatOfSpeakers reports whether a place is a hospital its source speaks
// from: "doctors at Baragwanath Hospital said", "a doctor at al-Nour
// hospital told Reuters".
func seatOfSpeakers(s string, h *placeHit) bool {
	rest := lowerASCII(s[h.End:min(len(s), h.End+24)])
	if r, ok := strings.CutPrefix(rest, " hospital"); ok {
		rest = r // "al-Nour hospital"
	} else if !strings.HasSuffix(lowerASCII(s[h.Start:h.End]), "hospital") {
		return false
	}
	w := wordAfter(rest, 0)
	return reportVerbs[w] || w == "told"
}

// opensOtherStory reports whether a sentence (lower-cased) turns to another
// incident: "Separately, ...", "Elsewhere, ...", "In a separate attack".
func opensOtherStory(lower string) bool {
	for _, p := range [...]string{"separately", "elsewhere", "meanwhile", "in a separate", "in another", "in other ", "also on ", "earlier,", "later,"} {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}

// carriesPlace reports whether a sentence (lower-cased) that names no
// place goes on with the incident told before it, so that its figures
// are at that incident's place: an anaphoric subject ("The attack left 80
// martyrs"), "in the attack", a part of the dead told ("Twelve of the dead
// were herders"), "were also killed" — not a pronoun, which may be anyone's
// ("He said 20 were killed").
func carriesPlace(lower string) bool {
	return !opensWithPronoun(lower) && (continuesReport(lower) || partOfTold(lower) || namesTheIncident(lower))
}

// placeAt is a place for the claim at index i.
type placeAt struct {
	i     int
	place Place
}

// opensWithPronoun reports whether a sentence (lower-cased) opens with a
// personal pronoun, which may be anyone's.
func opensWithPronoun(lower string) bool {
	for _, p := range [...]string{"they ", "it ", "he ", "she ", "we "} {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}

// namesTheIncident reports whether a sentence (lower-cased) points back to
// the incident told before with "the" and a noun of an incident, anywhere
// ("JNIM claimed the attack, saying it had killed 300"), not to another
// one ("a separate attack", "the earlier attack").
func namesTheIncident(lower string) bool {
	for at := range indexAll(lower, "the ") {
		if at > 0 && isASCIIWord(lower[at-1]) {
			continue
		}
		q := at + len("the ")
		w := q
		for w < len(lower) && lower[w] >= 'a' && lower[w] <= 'z' {
			w++
		}
		if otherIncident[lower[q:w]] {
			continue
		}
		if incidentAt(lower, q) {
			return true
		}
	}
	return false
}

// otherIncident are the words that make "the ... attack" another incident
// than the one told before.
var otherIncident = wordSet("separate other another earlier previous first second third last latest next")

// startsAnaphoric reports whether lower opens with an anaphoric subject:
// whether reAnaphoric matches it, read by hand (it runs on most
// sentences): a determiner, white space, up to two words of lower-case
// letters and hyphens each followed by white space, and a head word or a
// number ending a word.
func startsAnaphoric(lower string) bool {
	n := 0
	for n < len(lower) && lower[n] >= 'a' && lower[n] <= 'z' {
		n++
	}
	switch lower[:n] {
	case "the", "these", "those", "such", "both", "its", "their":
	default:
		return false
	}
	q := n + spaceRun(lower[n:])
	if q == n {
		return false
	}
	return headWithinWords(lower, q, 2, func(q int) bool { return anaphoricHeadAt(lower, q) })
}

// anaphoricHeads are the head words of reAnaphoric, as they may be written.
var anaphoricHeads = strings.Fields("strike strikes raid raids attack attacks airstrike airstrikes toll blast blasts " +
	"bombing bombings explosion explosions shelling assault ambush clash clashes fighting bombardment incident " +
	"victims dead wounded")

// anaphoricHeadAt reports whether a head of reAnaphoric (a head word, "air
// strike" or "air strikes", or digits) ends a word at lower[q:].
func anaphoricHeadAt(lower string, q int) bool {
	rest := lower[q:]
	if e := digitRun(rest); e > 0 {
		return asciiBoundary(rest, e)
	}
	heads := anaphoricHeads
	if strings.HasPrefix(rest, "air ") {
		rest, heads = rest[len("air "):], []string{"strike", "strikes"}
	}
	for _, h := range heads {
		if strings.HasPrefix(rest, h) && asciiBoundary(rest, len(h)) {
			return true
		}
	}
	return false
}

// digitRun returns the number of leading ASCII digits of s.
func digitRun(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// spaceRun returns the number of leading spaces of s, as \s reads them.
func spaceRun(s string) int {
	n := 0
	for n < len(s) && isRESpace(s[n]) {
		n++
	}
	return n
}

// Extract reads the claims out of one article: casualty figures and events,
// each attributed, dated and placed, with its byte span into a.Text. It is
// pure and deterministic: the same article gives the same claims, in the
// same order (by span), with the same ids.
//
// Attribution: a claim is attributed to the nearest source its sentence
// names ("…, war monitor SOHR said", "according to the UN"), as written
// but without leading descriptors ("the Britain-based"), a dateline
// ("KYIV (Reuters) -") or the word for its numbers ("according to U.N.
// figures" is the U.N.). A name set beside a description is the source
// ("A military officer, Captain Abdi Hassan, said", "said the town's
// medical superintendent, Dr Moeen Uddin Siddiqui", "according to the
// regional health director, Ruben Tenorio"), and a title or rank before a
// name is dropped ("Bavarian Interior Minister Bruno Merk",
// "Lieutenant-General K. Sundarji"); a description with its complement
// stays whole ("a member of the local People's Defence Force") but not
// its relative clause ("a doctor who asked not to be named said"); a
// source told between commas ("X, who spoke on condition of anonymity,
// said") or sharing a verb ("X claimed responsibility and said") is read
// across them. A passive ("since the result was announced") or a
// participle before a noun ("the confirmed death toll") names no source.
// "he said", "it said" and "the statement said" resolve to the last named
// source, "it said" to a body the sentence before opened with, reporting
// nothing ("Russia's defence ministry did not comment"), "the
// spokesperson said" to the last one that is a spokesperson; a one-word
// short form ("the committee said", "the Observatory said", "the
// ombudsman said" for the "Ombudsman's Office") resolves to the source
// named in full before it. A sentence that names none keeps the source of
// the sentence before it in the same paragraph, or of the quotation it
// continues.
// Governments are kept as written ("Ankara"), not renamed. A claim the
// outlet states in its own voice has an empty attribution.
//
// Dates: a claim takes the date expression of its own sentence nearest to
// it, leaving out the dates of the reporting ("said on Thursday", "said in
// a statement on Thursday"); a figure told in a "when" clause after
// "since <date>" takes that date. A sentence without one carries the date
// of the last dated sentence within the two paragraphs before it only if
// it continues that report (the same source, an anaphoric subject such as
// "the strikes" or "the toll", or "in the attack"); a dateline's date is
// the day of the report and is not carried, nor is a time told relative
// to another ("minutes before it exploded"). A date spans what its
// sentence says it spans ("began late on Tuesday and ended on
// Wednesday", "lasted into the early hours of Monday"), also when a later
// sentence carries it. "By Sunday morning" tells when a count was
// reached, not when anyone died; a date in a clause joined by "and"
// before the figure gives way to one after it in its own ("shot down two
// planes last night and killed 24 fighters ... on Sunday").
func Extract(a ingest.Article) []Claim {
	text := a.Text
	if strings.TrimSpace(text) == "" {
		return nil
	}
	lower := lowerASCII(text)
	host := hostNation(lower)
	// A match report's "pounded the bowlers" and "overran the defence"
	// are no war's.
	sports := sportsReport(lower)
	sents := splitSentences(text)

	sc := extractScratchPool.Get().(*extractScratch)
	defer sc.release()
	var (
		claims = sc.claims[:0]
		// bareAt marks the casualty claims with no victims' noun, by
		// index into claims: bareCount or bareToll.
		bareAt map[int]uint8
		// enemies marks the figures of a force's enemies (see
		// casualtyHit.enemyOf).
		enemies   []enemyMark
		toks      = sc.toks[:0]
		attrs     = sc.attrs[:0]
		cas       = sc.cas[:0]
		statement int
		lastNamed string
		// lastBody is the body the sentence lastBodySent opened with as
		// its subject, reporting nothing (see orgSubject).
		lastBody     string
		lastBodySent int
		// named holds the sources of more than one word named so far, for
		// the short forms that point back to them.
		named = sc.named[:0]
		// firstAt holds where in the text a "source description" phrase
		// first ends, for describedSource (-1: nowhere).
		firstAt map[string]int
		// lastLocal is the nation the last sentence naming one is set in
		// (see localNation).
		lastLocal     string
		lastLocalPara int
		// partDays is the days of a sentence's figures by part.
		partDays []partDay
		// eventCarried is the date the last dated sentence gave, which an
		// event with no date of its own takes (see eventDate).
		eventCarried *Date
		// lastEventPlace is the last place below country level an event
		// was at: "the city" of a later sentence (see placeAnaphor).
		lastEventPlace *Place
		// carryPlace is the one place below country level the last
		// sentence naming places named, in paragraph carryPara: a figure of
		// a sentence that names none takes it in the same paragraph (unless
		// the sentence turns to another story: "Separately, ..."), and in
		// the next when it goes on with the report ("The attack left 80
		// dead").
		carryPlace *Place
		carryPara  int
		// onePlace holds while every sentence that named places named
		// the same one (onePlaceName): the report is of that place, and
		// its next paragraph's figures are too ("Both attackers were shot
		// dead. A third officer was wounded.").
		onePlace     = true
		onePlaceName string
		lateCarry    []placeAt
		// articleNat is the nation the article names most (see
		// articleNation), read once it is needed.
		articleNat        string
		articleNationDone bool
		// coalition is the led coalition the article names (see
		// ledCoalition), read once it is needed.
		coalition     string
		coalitionDone bool
		// struck says a strike has been told (see eventHit.Anaphor).
		struck bool
		// evAnchor is the day events' relative dates count from: the
		// dateline's, when it is a day or two before publication
		// ("KYIV, Aug 21 (Reuters) -" published on the 22nd: its
		// "overnight" is the night to the 21st), else publication's.
		evAnchor string
	)
	hist := make([]sentState, 0, len(sents))
	// atEvents are the places of figures found for no place but their
	// sentence's attack (see figuresAtEvent).
	var atEvents []spanPlace
	// prevAt is the place of the attack of sentence prevAtSent, which told
	// no figures (see figuresAtEvent).
	var prevAt *Place
	prevAtSent := -1
	// them is the side of the group a "they … N of them" of the next
	// sentence stands for (see findCasualties).
	them := ""
	// sentPlaces are the places of the sentences that told figures or
	// events, by sentence, as found there (see narrowerPlaces).
	var sentPlaces [][]placeHit
	for si, st := range sents {
		s, ls := text[st.start:st.end], lower[st.start:st.end]
		toks = tokenize(s, ls, toks)

		// Sources.
		attrs = findAttributions(toks, s, attrs)
		own := ""
		for k := range attrs {
			switch {
			case attrs[k].pronoun && attrs[k].who == "it" && k > 0 && !attrs[k-1].pronoun && attrs[k-1].who != "":
				// "Eritrea's foreign ministry said its air force had
				// struck ... raids which it said had killed two people":
				// the body the sentence named before.
				attrs[k].who = attrs[k-1].who
			case attrs[k].pronoun && attrs[k].who == "it" && lastBody != "" && lastBodySent == si-1:
				// "Russia's defence ministry did not comment. It said
				// ...": the body of the sentence before.
				attrs[k].who = lastBody
			case attrs[k].pronoun:
				// "the spokesperson said": the last named source it heads,
				// else the last named one.
				if w := headedSource(named, attrs[k].who); w != "" {
					attrs[k].who = w
				} else {
					attrs[k].who = backSource(attrs[k].who, named, lastNamed)
				}
			case attrs[k].def:
				// "the committee said": the source it is short for.
				if w := headedSource(named, attrs[k].who); w != "" {
					attrs[k].who = w
				} else if w := armySource(attrs[k].who, lastNamed); w != "" {
					attrs[k].who = w
				}
			default:
				// "the civil society leader said": the source named in full
				// before.
				if w := tailSource(named, attrs[k].who); w != "" {
					attrs[k].who = w
				} else if w := describedSource(named, attrs[k].who, text, st.start, &firstAt); w != "" {
					// "the rescue service said": the "Magen David Adom
					// rescue service" named before.
					attrs[k].who = w
				} else if w := shortenedSource(named, attrs[k].who); w != "" && strings.Contains(ls, "the "+strings.ToLower(attrs[k].who)) {
					// "the Nigerien official said": the "Nigerien
					// security official" named before.
					attrs[k].who = w
				}
			}
			if w := titledSource(named, attrs[k].who, text, st.start); w != "" && strings.Contains(ls, "the "+attrs[k].who) {
				// "the minister said": "Home Minister Asaduzzaman Khan"
				// named before.
				attrs[k].who = w
			}
			if w := groupSource(attrs[k].who, named); w != "" && !indefiniteSource(ls, attrs[k].who) {
				// "the group said", "the activist group said": the
				// organisation named before.
				attrs[k].who = w
			}
			if own == "" {
				own = attrs[k].who
			}
		}
		if len(attrs) == 0 {
			if b := orgSubject(toks); b != "" {
				lastBody, lastBodySent = b, si
			}
		}
		// Dates.
		allDates := findDates(s)
		dates := casualtyDates(allDates, s, ls)
		// saidOn is the day the sentence says its source spoke ("the
		// army said on Thursday that ..."), which "the day before" and
		// "over the past 24 hours" count from.
		saidOn := saidDay(allDates, s, ls, a.Published)
		if evAnchor == "" {
			evAnchor = datelineAnchor(s, allDates, a.Published)
		}

		// A sentence naming no source continues the source of the one
		// before it in its paragraph, or of the quotation it continues,
		// unless it dates what it says on its own (then it is background
		// in the outlet's voice).
		sentAttr := own
		if sentAttr == "" && si > 0 && (len(dates) == 0 || reportTimeOnly(dates)) {
			prev := hist[si-1]
			if prev.para == st.para || prev.quoted && startsWithQuote(s) {
				sentAttr = prev.attr
			}
		}
		for _, h := range attrs {
			if !h.pronoun && h.who != "" && !(si == 0 && opensWithHeadline(text)) {
				// A source the headline names ("Colombian army says …")
				// is no antecedent: "the army said" of the body is the
				// army as the body names it.
				lastNamed = h.who
				if strings.IndexByte(h.who, ' ') > 0 {
					// Each source once, where it was last named: the
					// short forms take the last one that fits.
					named = append(slices.DeleteFunc(named, func(n string) bool { return n == h.who }), h.who)
				}
			}
		}
		expr := ""
		if len(dates) > 0 {
			// A dateline's date ("GOMA, Feb 3 (Reuters) -") is the day of
			// the report: the sentences after it do not carry it.
			switch {
			case !isDatelineDate(s, dates[0]):
				expr = dates[0].Expr
			case len(dates) > 1:
				expr = dates[1].Expr
			}
		}
		// A date in a relative clause about someone ("gunmen who had
		// killed a soldier on Friday stormed ...") dates what the clause
		// tells, not the report: the sentences after it do not carry it.
		relative := expr != "" && len(dates) > 0 && relativeClauseDate(ls, dates, expr)
		from := -1
		if expr != "" {
			from = si
		} else if len(dates) == 0 {
			var k int
			if expr, k = carriedDate(hist, st.para, sentAttr, ls); expr != "" {
				from = hist[k].from
			}
		}
		ownDate := ""
		if len(dates) > 0 {
			ownDate = expr
		}
		// exprSaid is the day the source of the sentence expr is from
		// spoke: "the day before" carried from "the military said on
		// Thursday that ... the day before" counts from Thursday.
		exprSaid := saidOn
		if len(dates) == 0 && expr != "" {
			exprSaid = ""
			for k := len(hist) - 1; k >= 0; k-- {
				if hist[k].expr == expr {
					exprSaid = hist[k].said
					break
				}
			}
		}
		revised := false
		for _, h := range allDates {
			revised = revised || h.Start >= 0 && h.Start <= len(ls) && tollUpdateDate(ls, h.Start)
		}
		histExpr := expr
		if relative || len(dates) > 0 && a.Published != "" && futureDay(expr, a.Published) {
			// (Nor a day to come: "the candidate of the party in the Nov.
			// 9 election" dates no figure told after it.)
			histExpr = ""
		}
		saidElsewhen := false
		if e := saidExpr(allDates, s, ls); e != "" && isAnchoredElsewhere(e) {
			saidElsewhen = true
		}
		hist = append(hist, sentState{para: st.para, attr: sentAttr, expr: histExpr, quoted: hasQuote(toks), own: ownDate, said: exprSaid, revised: revised, saidElsewhen: saidElsewhen, from: from})

		nationCtx := localNation(toks)
		if nationCtx == "" {
			// "10 sailors remained unaccounted for": the crew of the
			// navy the article names.
			for _, t := range toks {
				if nouns := forceMen[t.w]; nouns != nil {
					nationCtx = forceNation(lower, nouns)
					break
				}
			}
		}
		if nationCtx != "" {
			lastLocal, lastLocalPara = nationCtx, st.para
		} else if host != "" {
			nationCtx = host
		} else if lastLocal != "" && lastLocalPara == st.para {
			nationCtx = lastLocal
		} else if lastLocal != "" {
			// In a later paragraph the nation the article names most
			// comes first: "fighter jets had struck PKK positions in
			// northern Iraq" does not make the soldiers of the next
			// paragraph Iraqi.
			if !articleNationDone {
				articleNat, articleNationDone = articleNation(lower), true
			}
			nationCtx = articleNat
			if nationCtx == "" {
				nationCtx = lastLocal
			}
		} else {
			if !articleNationDone {
				articleNat, articleNationDone = articleNation(lower), true
			}
			nationCtx = articleNat
			if nationCtx == "" {
				// "Fourteen soldiers were killed in Taiz": where the
				// sentence is set, when nothing else tells whose; the
				// report's later sentences go on there.
				if nationCtx = townNationIn(toks); nationCtx != "" {
					lastLocal, lastLocalPara = nationCtx, st.para
				}
			}
		}
		cas = findCasualties(toks, s, ls, nationCtx, them, cas)
		them = ""
		if si+1 < len(sents) && hasASCIIFoldPrefix(text[sents[si+1].start:sents[si+1].end], "they ") {
			// (Only a "They … N of them" next needs it.)
			them = lastObjectGroup(toks, nationCtx)
		}
		apartFromRaisedToll(cas, ls)
		evHost := host
		if evHost == "" && containsAny(ls, stateForceKeys) {
			// "the army", "government troops" of an article that names
			// no government's nation are those of the nation it names most.
			if !articleNationDone {
				articleNat, articleNationDone = articleNation(lower), true
			}
			evHost = articleNat
		}
		var events []eventHit
		sc.ix.reset(s)
		if s != "" && !sports {
			events = findEventsAt(&sc.ix, evHost)
		}
		var sentenceDate *Date
		eventDateOf := func(ev eventHit) Date {
			if hit, ok := eventDate(s, ev, allDates); ok {
				expr := hit.Expr
				if len(expr) > 6 && strings.EqualFold(expr[:6], "since ") && !strings.HasPrefix(strings.ToLower(expr[6:]), "the ") {
					// "had besieged Avdiivka since October": the event
					// began then ("since the start of the year" is the
					// year so far).
					expr = expr[6:]
				}
				anchor := a.Published
				if evAnchor != "" && evAnchor != "-" {
					anchor = evAnchor
				}
				nightBefore := saidOn != "" && saidOn != a.Published && nightBeforeSaid(expr, saidExpr(allDates, s, ls), saidOn, a.Published)
				if nightBefore {
					// "Russia launched 100 drones overnight, the air force
					// said on Tuesday": the night before Tuesday.
					anchor = saidOn
				}
				d := ResolveDate(expr, anchor)
				if anchor != a.Published && !reportDayWord(expr) && !nightBefore {
					// A day after the dateline's is told by an update
					// ("on Friday" in a report datelined Thursday and
					// published on Friday); "this morning" is the
					// dateline's.
					if p := ResolveDate(expr, a.Published); p.Start != nil && *p.Start > anchor {
						d = p
					}
				}
				if futureEvent(s, ev, hit) && !isReportDate(s, ls, hit.Start) {
					// "will meet … on Thursday" is a day to come; "said
					// on Thursday that Ankara expected …" is the day
					// it was said.
					d = nextWeekday(d, anchor)
				}
				if ev.Action == ActionOffensive {
					d = dayOfOffensive(s[:ev.Start], d)
				}
				if sentenceDate == nil {
					sentenceDate = &d
				}
				return d
			}
			if from, _, shift := dayAfter(s, ev.Start); shift != 0 {
				// "was hit on Thursday, ..., a day after rockets hit
				// Metula": the day before the sentence's.
				base := sentenceDate
				if base == nil && saidOn != "" {
					// "Hezbollah said on Saturday that its leader had been
					// killed, a day after Israeli warplanes bombed": a day
					// before the day it was said.
					day := saidOn
					base = &Date{Start: &day, End: &day, Precision: PrecisionDay}
				}
				if base == nil {
					base = eventCarried
				}
				if base != nil {
					if d, ok := daysBefore(*base, -shift); ok {
						d.Expression = strings.TrimSpace(s[from:ev.Start])
						return d
					}
				}
			}
			if saidOn != "" && (perfectBefore(s[:ev.Start]) || ev.Action == ActionStatement) {
				// "Azerbaijani forces have captured Fuzuli, the president
				// said on Saturday": done by the day it was told. "said on
				// Sunday that ten of its men had been killed, and warned
				// that …": words are of the day they were said.
				d := ResolveDate(saidExpr(allDates, s, ls), a.Published)
				if d.Start != nil && *d.Start == saidOn {
					return d
				}
			}
			if d, ok := onlyDayAfter(s, ev, allDates, a.Published); ok && !undatedByContext[ev.Action] {
				// "Rockets hit the air bases at Da Nang and Pleiku, and
				// troops attacked Nha Trang and Kontum before dawn
				// yesterday": the sentence's one day, told after its last
				// clause, is the day of the clauses before it too.
				return d
			}
			if eventCarried != nil && !undatedByContext[ev.Action] && !vagueSpan(s) {
				return *eventCarried
			}
			return Date{Precision: PrecisionUnresolved}
		}
		if len(events) == 0 && strings.Contains(ls, "claimed responsibility") {
			claimedStrikes(claims, s)
		}
		if len(cas) == 0 && len(events) == 0 {
			eventCarried = nextEventCarry(s, allDates, sentenceDate, eventCarried, a.Published)
			continue
		}
		places, ok := rememberedPlaces(s)
		if !ok {
			places = findPlacesIn(&sc.ix) // the index is of s
		}
		if sentPlaces == nil {
			sentPlaces = make([][]placeHit, len(sents))
		}
		sentPlaces[si] = places
		if sentAttr != "" && len(cas) > 0 {
			// "About 100 people were wounded, Sahel said" (Interior
			// Minister Mustapha Sahel): the source, not a place.
			places = dropPlaces(places, func(h placeHit) bool {
				t := s[h.Start:h.End]
				if sentAttr == t {
					// "…, Belgrade said": the government, unless the
					// sentence puts something there ("killed in Sierra
					// Leone").
					w, _ := wordBefore(ls, h.Start)
					return !putAtWords[w]
				}
				// "Serb officials in Belgrade": where the source sits;
				// "Mustapha Sahel": a name (not "survivors of the
				// massacre at Bentalha").
				if strings.HasSuffix(sentAttr, " in "+t) || strings.HasSuffix(sentAttr, " of "+t) || strings.HasSuffix(sentAttr, " of the "+t) {
					return true // (and "the Global New Light of Myanmar": a body's name)
				}
				if hasAnyPrefix(s[h.End:], " said", " say", " told") && movedTo(ls, h.Start) {
					// "Witnesses arriving in Goma said": where the source
					// went, not where the figure is.
					return true
				}
				rest, ok := strings.CutSuffix(sentAttr, " "+t)
				return ok && !strings.Contains(rest, " ") && rest != "" && isASCIIUpper(rest[0])
			})
		}
		statement++
		base, maxPart := statement, 0
		// The days of the figures of each part (see below), and the part
		// given to a figure of another day.
		partDays = partDays[:0]
		newPart := 0
		claimAt := func(kind string, start, end int) Claim {
			c := Claim{
				ArticleID: a.ID,
				Extractor: ExtractorID(),
				Kind:      kind,
				Span:      Span{Start: st.start + start, End: st.start + end},
				Quote:     s[start:end],
				Statement: base,
			}
			c.AttributedTo = nearestSource(attrs, start, end, sentAttr, s)
			if kind == KindEvent {
				// An event's date is its own (eventDateOf), and its
				// place is its own, the last event's or the sentence's
				// (placeFor), in that order: the loop over the events
				// sets both, and works out neither in vain.
				return c
			}
			if e := nearestDate(s, undatelined(s, dates), start, end, expr); e != "" {
				if k := hist[si].from; len(dates) == 0 && k >= 0 {
					// A carried date, read in the words of its sentence.
					c.Date = dateInSentence(text, lower, sents[k], e, a.Published)
				} else if evAnchor != "" && evAnchor != "-" && reportDayWord(e) {
					// "SUKHUMI, Sept 22 (Itar-Tass) -- … today": the day
					// of the dateline, a day or two before publication.
					c.Date = widenedDate(s, dates, e, ResolveDate(e, evAnchor), evAnchor)
				} else {
					c.Date = widenedDate(s, dates, e, ResolveDate(e, a.Published), a.Published)
				}
				if saidOn != "" && saidOn != a.Published && (pastDays(e) || nightBeforeSaid(e, saidExpr(allDates, s, ls), saidOn, a.Published)) {
					// "said on Saturday its forces had killed 220 over the
					// previous day": the day before Saturday.
					c.Date = widenedDate(s, dates, e, ResolveDate(e, saidOn), a.Published)
				}
				if c.Date.Precision == PrecisionUnresolved && isAnchoredElsewhere(e) {
					// "the same day", "the following day": the date told
					// before it; "the day before" in what a source said on
					// a day is the day before that one.
					if said := hist[si].said; said != "" && dayBefore(e) {
						c.Date = shiftedDate(e, ResolveDate(said, ""))
					} else if saidExpr(allDates, s, ls) == e {
						// "Russia said on the same day that ...": the day
						// the source before it spoke, not the day of the
						// events it told.
						if said := previousSaid(hist[:si], st.para); said != "" {
							c.Date = shiftedDate(e, ResolveDate(said, ""))
						}
					} else if p := previousDate(dates, hist[:si], st.para); p != "" {
						c.Date = shiftedDate(e, ResolveDate(p, a.Published))
					}
				}
				if n := daysEarlier(e); n > 0 {
					// "Two days earlier, 14 people were killed": two days
					// before the day told before, not before publication.
					if p := previousDate(nil, hist[:si], st.para); p != "" {
						if pd := ResolveDate(p, a.Published); pd.Precision == PrecisionDay && pd.Start != nil && pd.End != nil && *pd.Start == *pd.End {
							if t, err := time.Parse(isoDay, *pd.Start); err == nil {
								day := t.AddDate(0, 0, -n).Format(isoDay)
								c.Date = Date{Start: &day, End: &day, Precision: PrecisionDay, Expression: e}
							}
						}
					}
				}
			} else if d, ok := sinceThenDate(text, sents, si, ls, a.Published); ok {
				// "... since the insurgency began in 1989. More than
				// 20,000 people have been killed since then": from that
				// date to the report's.
				c.Date = d
			} else {
				c.Date = Date{Precision: PrecisionUnresolved}
			}
			c.Location = figurePlace(places, s, start)
			return c
		}
		sentFirst := len(claims)
		for _, h := range cas {
			if h.start < 0 || h.end > len(s) || h.start >= h.end {
				continue
			}
			c := claimAt(KindCasualty, h.start, h.end)
			if c.Location == nil && carryPlace != nil && h.scope != ScopeCumulative && (st.para == carryPara && !opensOtherStory(ls) || st.para-carryPara == 1 && carriesPlace(ls) ||
				st.para-carryPara > 1 && st.para-carryPara <= 3 && onePlace && carriesPlace(ls) || namesPlaceAgain(ls)) {
				// (Not a toll of the whole war: "Over 25,000 people have
				// died in the militancy since 1989" after a clash in
				// Kupwara.) A report that names one place only goes on
				// with it for a few paragraphs: "A local official said the
				// toll had risen to 60" two paragraphs after the lead.
				p := *carryPlace
				c.Location = &p
			} else if c.Location == nil && carryPlace != nil && st.para-carryPara == 1 && onePlace && h.scope != ScopeCumulative &&
				!opensOtherStory(ls) && !opensWithPronoun(ls) && (!knownPlace(carryPlace) || CountryOf(*carryPlace) != "") {
				// (Not an area of no one country: "al Qaeda's affiliate in
				// the Sahel".)
				// Set once the figures are dated: a place carried this way
				// does not keep the figure from the day told before it.
				lateCarry = append(lateCarry, placeAt{len(claims), *carryPlace})
			}
			if d, ok := whenClauseDate(dates, ls, h.start); ok {
				c.Date = ResolveDate(d, a.Published)
			} else if d, ok := dayAfterFigure(s, undatelined(s, dates), h.start, a.Published); ok {
				c.Date = d
			}
			c.Date = pastFigureDay(c.Date, a.Published)
			if h.head > 0 {
				// A gapped item ("and 41 in Jalal-Abad"): its head's
				// source and day, and the place of its own words.
				if k := slices.IndexFunc(claims[sentFirst:], func(o Claim) bool { return o.Kind == KindCasualty && o.Span.Start == st.start+h.head-1 }); k >= 0 {
					head := &claims[sentFirst+k]
					c.AttributedTo, c.Date = head.AttributedTo, head.Date
					c.Location = head.Location
				}
				if p := placeInSpan(places, h.start, h.placeEnd); p != nil {
					c.Location = p
				} else if namesOther(s[h.start:h.placeEnd]) {
					c.Location = nil // a place the gazetteer does not know
				}
			}
			c.Statement = base + h.part
			if h.part > maxPart {
				maxPart = h.part
			}
			if c.Date.Start != nil {
				// Figures of one statement told on different days are
				// two statements: "killed 15 fighters on Sunday, two
				// days after militants attacked the beach, killing 37".
				day := *c.Date.Start
				if c.Date.End != nil {
					day += ".." + *c.Date.End
				}
				if k := slices.IndexFunc(partDays, func(pd partDay) bool { return pd.part == h.part }); k < 0 {
					partDays = append(partDays, partDay{h.part, day, h.part})
				} else if partDays[k].day != day {
					if j := slices.IndexFunc(partDays, func(pd partDay) bool { return pd.part == h.part && pd.day == day }); j >= 0 {
						c.Statement = base + partDays[j].as
					} else {
						if newPart == 0 {
							for _, o := range cas {
								newPart = max(newPart, o.part)
							}
						}
						newPart++
						partDays = append(partDays, partDay{h.part, day, newPart})
						c.Statement = base + newPart
						maxPart = max(maxPart, newPart)
					}
				}
			}
			c.Outcome = h.outcome
			c.Count = &Count{Value: h.value, Qualifier: h.qual}
			c.Victims = &Group{Text: h.victims, Side: h.side}
			c.Scope = h.scope
			if h.enemyOf != "" {
				enemies = append(enemies, enemyMark{len(claims), h.enemyOf})
			}
			switch {
			case h.speakers:
				if bareAt == nil {
					bareAt = map[int]uint8{}
				}
				bareAt[len(claims)] = bareSpeaker
			case h.toll:
				if bareAt == nil {
					bareAt = map[int]uint8{}
				}
				bareAt[len(claims)] = bareToll
			case h.bare:
				if bareAt == nil {
					bareAt = map[int]uint8{}
				}
				bareAt[len(claims)] = bareCount
			}
			claims = append(claims, c)
		}
		spans := eventSpans(s, events, sc.spans[:0])
		sc.spans = spans
		prevEvent := -1 // the claim of the sentence's event told last
		for i, ev := range events {
			if ev.Start < 0 || ev.End > len(s) || ev.Start >= ev.End {
				continue
			}
			if ev.Anaphor && struck {
				if ev.Actor != nil && claimsAttack(s[:ev.Start]) {
					// "The group claimed responsibility for the
					// attacks": the side of the strikes told last that
					// named none.
					for k := len(claims) - 1; k >= 0; k-- {
						c := &claims[k]
						if c.Kind != KindEvent || c.Action != ActionStrike {
							continue
						}
						if c.Actor != nil {
							break
						}
						a := *ev.Actor
						c.Actor = &a
					}
				}
				continue // "the attack": the one told before
			}
			c := claimAt(KindEvent, spans[i][0], spans[i][1])
			var listed []listedPlace
			if ev.Action == ActionStrike || ev.Action == ActionCapture {
				listed = placesListed(s, ev.Place, ev.Start)
			}
			if len(listed) > 0 {
				// The list is part of the event's clause: "struck the
				// ports of Hodeidah, Ras Isa and Salif overnight".
				whole := ev
				whole.End = max(ev.End, listed[len(listed)-1].End)
				c.Date = eventDateOf(whole)
			} else {
				c.Date = eventDateOf(ev)
			}
			if ev.Before != 0 && prevEvent >= 0 {
				// "took Kidal on Saturday, a day after taking Anefis":
				// Anefis the day before Kidal.
				if d, ok := daysBefore(claims[prevEvent].Date, ev.Before); ok {
					c.Date = d
				}
			} else if d, ok := lagFromClause(s, ev.Start, allDates, func(e string) Date { return ResolveDate(e, a.Published) }); ok {
				// "destroyed it on Wednesday, a day after the guerrillas
				// shelled Nouakchott": the shelling of Tuesday.
				c.Date = d
			}
			if ev.Action == ActionSiege && (siegeOfSpan.MatchString(s[ev.Start:]) || siegeBefore(s[ev.Start:ev.End])) {
				// "ending a siege of more than a year on Friday": the
				// siege lasted the year; the day is its end's.
				c.Date = Date{Precision: PrecisionUnresolved}
			}
			if historicDate(c.Date, a.Published) && !strings.Contains(s, " since ") {
				// "when it invaded Iran in 1980": history, not news; but
				// "a base for the offensive since it was retaken in 2022"
				// goes on.
				continue
			}
			struck = struck || ev.Action == ActionStrike
			c.Action = ev.Action
			if c.Action == "" {
				c.Action = ActionOther
			}
			c.Actor, c.Target = stateOnDay(ev.Actor, a.Published), stateOnDay(ev.Target, a.Published)
			if c.Actor == nil {
				if g := groupAnaphor(s, ev.Start); g != "" {
					// "The group said it had taken": the armed group
					// told of (see resolveGroupAnaphors).
					c.Actor = &Party{Text: g, Name: partyGroupAnaphor}
				} else if g := ownForces(s, ev.Start); g != "" {
					// "Its troops have also moved into": the forces of
					// the side last told of acting (see resolveOwnForces).
					c.Actor = &Party{Text: g, Name: partyOwnForces}
				} else if g := coalitionForces(s, ev.Start); g != "" {
					// "coalition aircraft", "allied warplanes": the
					// coalition the report names as led by a side.
					if !coalitionDone {
						coalition, coalitionDone = ledCoalition(a.Text), true
					}
					if coalition != "" {
						c.Actor = &Party{Text: g, Name: coalition}
					}
				}
			}
			if ev.Action == ActionStatement {
				// "The Tigers denied any part in the bombing of a train at
				// Dehiwala": the places words speak of are not where
				// anything was done (see findEvents); a statement has no
				// place.
			} else if p := itsFirstPlace(s, ev, places); p != nil {
				// "still held the town of Bor, capital of Jonglei state,
				// two days after seizing it": the place the sentence is
				// about, not the one that describes it.
				c.Location = p
			} else if ev.Place != nil && lastEventPlace != nil && (objectAnaphor(s[ev.End:]) || ev.Action == ActionCapture && subjectAnaphor(s[:ev.Start]) ||
				ev.Action == ActionWithdraw && endsInAnaphor(s[ev.Start:ev.End])) {
				// "had been deployed to the area and that the bandits
				// had retreated into the Kuyambana forest": the area is
				// the one told before, not the forest.
				p := *lastEventPlace
				c.Location = &p
			} else if ev.Place != nil && ev.Action == ActionWithdraw && lastEventPlace != nil && towardsPlace(s, ev.End, ev.Place.Text) {
				// "The militants withdrew north towards Shirqat": from
				// where they were last told, not where they went.
				p := *lastEventPlace
				c.Location = &p
			} else if ev.Place != nil {
				p := *ev.Place
				c.Location = &p
				if !isCountry(p.Name) && ev.Action != ActionTalks && !(ev.Action == ActionCeasefire && capitals[p.Name]) {
					// Not where talks were held, words said or a truce
					// signed in another capital: "the region" is the war's.
					lastEventPlace = &p
				}
			} else if lastEventPlace != nil && (placeAnaphor(s) || ev.Action == ActionWithdraw && c.Location == nil) {
				// "the town"; "the fighters pulled back in the
				// afternoon": from where they were last told.
				p := *lastEventPlace
				c.Location = &p
			} else {
				c.Location = placeFor(notRouteEnds(s, dropPlaces(places, func(h placeHit) bool {
					return envoySeat(s, h) || venueBefore(s[:h.Start]) || ev.Action == ActionStrike && launchSite(s, h)
				})), s, spans[i][0])
				if l := c.Location; l != nil && ev.Actor != nil && l.Name == ev.Actor.Name && isCountry(l.Name) && strings.Count(s, l.Text) == 1 &&
					ev.Actor.Text == l.Text {
					// "Troops of the U.S. 2nd Infantry Division re-entered
					// the town": the country that names the actor is not
					// where.
					c.Location = nil
				}
			}
			claims = append(claims, c)
			prevEvent = len(claims) - 1
			if ev.Action == ActionCapture && len(listed) == 0 {
				if from, p, ok := pairedSubjectPlace(s, ev); ok {
					// "Sollum and Fort Capuzzo were retaken": one capture
					// at each.
					d := c
					d.Span = Span{Start: st.start + from, End: st.start + ev.End}
					d.Quote = s[from:ev.End]
					d.Location = &p
					claims = append(claims, d)
				}
			}
			// "struck the ports of Hodeidah, Ras Isa and Salif": one
			// event at each place.
			for _, lp := range listed {
				d := c
				d.Span = Span{Start: st.start + ev.Start, End: st.start + lp.End}
				d.Quote = s[ev.Start:lp.End] // "struck the ports of Hodeidah, Ras Isa"
				p := lp.Place
				d.Location = &p
				claims = append(claims, d)
			}
		}
		statement += maxPart
		evAt := attackPlace(s, events)
		atEvents = figuresAtEvent(claims[sentFirst:], evAt, atEvents)
		if evAt == nil && prevAt != nil && prevAtSent == si-1 && len(places) == 0 && !opensOtherStory(ls) && !opensWithPronoun(ls) &&
			!strings.HasPrefix(ls, "another ") && !strings.Contains(ls, " also ") {
			// "The attack on the train near Katari … on Monday night.
			// Eight passengers have so far been confirmed dead": the
			// figures of the sentence right after an attack's that told
			// none, at the attack's place.
			atEvents = figuresAtEvent(claims[sentFirst:], prevAt, atEvents)
		}
		prevAt = nil
		if !slices.ContainsFunc(claims[sentFirst:], func(c Claim) bool { return c.Kind == KindCasualty }) &&
			!opensOtherStory(ls) && !strings.HasPrefix(ls, "another ") && !strings.Contains(ls, " also ") {
			for _, ev := range events {
				if ev.Place == nil || isCountry(ev.Place.Name) || ev.Action != ActionStrike {
					continue
				}
				// (No other place after the attack's but the area it lies
				// in: not "two waves, one near Kisweh and another near
				// Ezra".)
				at := strings.Index(s[ev.Start:], ev.Place.Text)
				others := at < 0
				for _, h := range places {
					if at >= 0 && h.Start > ev.Start+at && h.Place.Name != ev.Place.Name && !writtenAsArea(s, h.Place.Text) {
						others = true
					}
				}
				if !others {
					prevAt, prevAtSent = ev.Place, si
				}
				break
			}
		}
		eventCarried = nextEventCarry(s, allDates, sentenceDate, eventCarried, a.Published)
		if len(cas) == 0 && !slices.ContainsFunc(events, func(ev eventHit) bool { return ev.Action != ActionStatement }) {
			// "The rebels denied any part in Wednesday's bombing at
			// Kotte": a place words speak of is not carried to the
			// figures told after them.
			continue
		}
		p, n := singlePlace(places, s)
		if n == 0 && strings.Contains(s, " capital") {
			// "stormed a hotel in the Somali capital": the capital.
			if p = capitalPlace(s); p != nil {
				n = 1
			}
		}
		if n == 0 && evAt != nil {
			// "rebel attacks on Philippeville": the place attacked, which
			// no gazetteer need know.
			q := *evAt
			p, n = &q, 1
		}
		if n == 1 {
			carryPlace, carryPara = p, st.para
			if si > 0 || !opensWithHeadline(text) {
				// (A headline names the place more widely: "in Russia's
				// Dagestan" over "the town of Kizlyar".)
				if onePlaceName != "" && onePlaceName != p.Name {
					onePlace = false
				}
				onePlaceName = p.Name
			}
		} else if n > 1 {
			carryPlace = nil // "one near Damascus and another near Deraa"
			onePlace = onePlace && si == 0 && opensWithHeadline(text)
		}
	}
	sc.toks, sc.attrs, sc.cas, sc.claims, sc.named = toks, attrs, cas, claims, named
	laterDates(claims, sents, hist, lower, a.Published)
	refineSides(claims, text, lower)
	sovietRussians(claims, lower, a.Published)
	woundedWhoDied(claims)
	otherCrew(claims)
	militaryCrew(claims, text, lower, host)
	prisonersOfTheKilled(claims, text)
	theirMen(claims)
	soldierListNations(claims)
	soldiersFrom(claims)
	othersOfOneSide(claims)
	womenOfForce(claims)
	acronymSides(claims, text)
	soldiersToldBefore(claims, text)
	oneMoreOfForce(claims, text)
	secularInsurgents(claims, lower)
	resolveBareSides(claims, bareAt, lower)
	namedForceSides(claims, lower)
	namedParamilitaries(claims, lower)
	southVietnamese(claims, lower)
	enemyLosses(claims, lower)
	enemySides(claims, enemies, lower)
	runningTotals(claims, text)
	tableDates(claims, text, a.Published)
	samePeriods(claims)
	undatedSince(claims, text)
	sinceDayToReport(claims, text, a.Published)
	runningCountDates(claims, text)
	sinceLongScope(claims, text)
	liveBlogDates(claims, text, a.Published)
	incidentDates(claims, sents, hist, text, lower, a.Published)
	oneIncidentDay(claims, sents, hist, lower, a.Published)
	mixedTotals(claims, text)
	for _, lc := range lateCarry {
		if lc.i < len(claims) && claims[lc.i].Location == nil {
			p := lc.place
			claims[lc.i].Location = &p
		}
	}
	restatedFigures(claims, sents, hist, text)
	revisedTollDays(claims, sents, hist, text, lower)
	claims = dropVagueDuplicates(claims)
	claims = dropSeizedThings(claims, text)
	headlineSources(claims, text)
	headlineDatesFromLead(claims, sents, text)
	headlinePlaces(claims, text)
	breakdownPlaces(claims, text)
	if len(claims) > 0 {
		dl := readDateline(text)
		datelinePlaces(claims, text, dl)
		herePlaces(claims, sents, text, dl)
	}
	leadPlaceLater(claims, sents, text)
	countryWidePlaces(claims, sents, lower)
	warTollPlaces(claims, text)
	if sentPlaces == nil {
		sentPlaces = make([][]placeHit, len(sents))
	}
	carriedPlaces(claims, sents, sentPlaces, text)
	narrowerPlaces(claims, sents, sentPlaces, text)
	placeAtEvents(claims, atEvents)
	movementAcronyms(claims, text)
	acronymActors(claims)
	stateForceActors(claims)
	nameGenericActors(claims, text)
	weaponStates(claims)
	strikerOfCountry(claims)
	defenderOfStrikes(claims)
	resolveGroupAnaphors(claims)
	resolveOwnForces(claims)
	claims = listedPlaceEvents(claims, sents, text)
	reportDayEvents(claims, sents, text, lower)
	dateHeadlineEvents(claims, text)
	claims = dropWiderHeadlineEvents(claims, text)
	placesAsWritten(claims, sents, text)
	return finish(a.ID, claims)
}

// seizedThings matches what follows a vague count seized that is not
// people: "seized several of their weapons".
var seizedThings = regexp.MustCompile(`^\s+of\s+(?:their|its|his|the|our|the\s+enemy's)\s+(?:[\w-]+\s+)?(?:weapons|arms|guns|rifles|vehicles|tanks|trucks|equipment|ammunition|munitions|positions|posts|bases|documents|supplies|boats|aircraft|helicopters|drones)\b`)

// dropSeizedThings drops the vague captured counts that are of things,
// not people ("seized several of their weapons").
func dropSeizedThings(claims []Claim, text string) []Claim {
	return slices.DeleteFunc(claims, func(c Claim) bool {
		return c.Kind == KindCasualty && c.Outcome == OutcomeCaptured && c.Count != nil && c.Count.Value == nil &&
			c.Span.End <= len(text) && seizedThings.MatchString(text[c.Span.End:])
	})
}

// restatedFigures gives a figure of an incident told again later in the
// article, whose own sentence gives no date, the day and place of its
// first telling (the same outcome, count and side, in an earlier
// statement): "Gunmen stormed a village overnight, killing at least 32
// residents ... a resident said he helped bury 35 bodies on Sunday
// morning. Police spokesman Mohammed Shehu said 32 people were killed":
// the 32 died overnight, not on the Sunday it would carry from the
// paragraph between. Counts under three are too common to tell one
// incident. A headline's figures are left to headlineSources and
// headlinePlaces.
func restatedFigures(claims []Claim, sents []sentence, hist []sentState, text string) {
	headEnd := headlineEnd(text)
	si := 0
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Scope != ScopeIncident || c.Count == nil || c.Count.Value == nil || *c.Count.Value < 3 {
			continue
		}
		for si < len(sents) && sents[si].end <= c.Span.Start {
			si++
		}
		if si >= len(sents) || si >= len(hist) {
			return
		}
		if hist[si].own != "" {
			continue
		}
		if o := figureToldBefore(claims, i, headEnd, true); o != nil {
			// A day carried from its own paragraph stays: "On the night
			// of 1 to 2 February, armed men attacked the site. At least
			// 60 displaced people were killed".
			if o.Date.Start != nil && (c.Date.Start == nil || !toldInParagraph(hist, si, c.Date.Expression)) {
				c.Date = clonedDate(o.Date)
			}
			if c.Location == nil && o.Location != nil {
				p := *o.Location
				c.Location = &p
			}
		}
	}
}

// headlineEnd returns where the headline that opens text ends, or -1.
func headlineEnd(text string) int {
	if !opensWithHeadline(text) {
		return -1
	}
	return strings.Index(text, "\n\n")
}

// figureToldBefore returns the nearest incident figure before claims[i], after
// the headline ending at headEnd, of the same outcome and side told in
// another statement, with the same count (same) or another (!same), or
// nil.
func figureToldBefore(claims []Claim, i, headEnd int, same bool) *Claim {
	c := &claims[i]
	for j := i - 1; j >= 0; j-- {
		o := &claims[j]
		if o.Span.End <= headEnd {
			return nil
		}
		if o.Kind != KindCasualty || o.Scope != ScopeIncident || o.Statement == c.Statement || o.Outcome != c.Outcome ||
			o.Count == nil || o.Count.Value == nil || (*o.Count.Value == *c.Count.Value) != same || !sameVictimSide(o, c) {
			continue
		}
		return o
	}
	return nil
}

// revisedTollDays gives a toll revised in a later sentence the day of the
// incident it revises, not the day it was revised on: "By Thursday
// evening, the Emergency Lawyers group put the toll from the camp shelling
// at 41", "A local official said on Thursday that the number of soldiers
// killed had risen to about 130", "The death toll rose to 20 on Monday"
// are Wednesday's shelling, Tuesday's attack and Sunday's attacks. The
// incident is that of the nearest figure before it of the same outcome
// and side, a day's, told in another statement (not the headline's).
func revisedTollDays(claims []Claim, sents []sentence, hist []sentState, text, lower string) {
	headEnd := headlineEnd(text)
	si := 0
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Scope != ScopeIncident || c.Count == nil || c.Count.Value == nil || c.Span.End <= headEnd {
			continue
		}
		for si < len(sents) && sents[si].end <= c.Span.Start {
			si++
		}
		if si >= len(sents) || si >= len(hist) {
			return
		}
		st := sents[si]
		s, ls := text[st.start:st.end], lower[st.start:st.end]
		if !revisesToll(ls) || !revisionDay(c, s, ls, hist[si].own, st.start) {
			continue
		}
		o := figureToldBefore(claims, i, headEnd, false)
		if o != nil && o.Date.Precision == PrecisionDay && o.Date.Start != nil && (o.Date.End == nil || *o.Date.End == *o.Date.Start) &&
			(c.Date.Start == nil || *c.Date.Start != *o.Date.Start) {
			c.Date = clonedDate(o.Date)
		}
	}
}

// revisesToll reports whether a sentence (lower-cased) tells a toll
// revised: "the number of soldiers killed had risen to", "raised the toll
// to", "revised that figure down".
func revisesToll(ls string) bool {
	return containsAny(ls, tollRevisions) && containsAny(ls, []string{"toll", "number of", "figure", "count", "tally"})
}

// tollRevisions are the words of a toll revised.
var tollRevisions = []string{" rose to ", " risen to ", " climbed to ", " increased to ", " jumped to ", " raised ", " revised ",
	" put the toll", " put the death toll", " put the number", " lowered "}

// revisionDay reports whether the date of a revised toll's claim tells
// when it was revised rather than when its dead died: none, one carried
// from another sentence (own is the sentence's own expression), one that
// opens the sentence or starts "by" ("By Thursday evening"), one of its
// source's speaking ("said on Thursday"), or one right after the figure
// ("rose to 20 on Monday").
func revisionDay(c *Claim, s, ls, own string, from int) bool {
	expr := c.Date.Expression
	if c.Date.Start == nil || expr == "" {
		return true
	}
	if c.Date.End != nil && *c.Date.End != *c.Date.Start {
		return false // "since April 15": the dead of a span, as told
	}
	if expr != own {
		return true
	}
	k := strings.Index(s, expr)
	if k < 0 {
		return false
	}
	if k == 0 || hasASCIIFoldPrefix(expr, "by ") || isReportDate(s, ls, k) {
		return true
	}
	end := c.Span.End - from
	return end >= 0 && end <= k && strings.TrimSpace(s[end:k]) == ""
}

// toldInParagraph reports whether a sentence before hist[si] in its
// paragraph gives itself the date expression expr.
func toldInParagraph(hist []sentState, si int, expr string) bool {
	for k := si - 1; k >= 0 && hist[k].para == hist[si].para; k-- {
		if expr != "" && hist[k].own == expr {
			return true
		}
	}
	return false
}

// clonedDate is d with its own copies of its days.
func clonedDate(d Date) Date {
	if d.Start != nil {
		st := *d.Start
		d.Start = &st
	}
	if d.End != nil {
		e := *d.End
		d.End = &e
	}
	return d
}

// sameVictimSide reports whether two figures count victims of one side, or
// one of them names no side.
func sameVictimSide(a, b *Claim) bool {
	if a.Victims == nil || b.Victims == nil || a.Victims.Side == "" || b.Victims.Side == "" {
		return true
	}
	return a.Victims.Side == b.Victims.Side
}

// opensWithHeadline reports whether a text opens with a headline: a first
// paragraph of up to three short lines (the headline and a note or byline
// under it), none ending with a full stop, before a blank line.
func opensWithHeadline(text string) bool {
	head, _, ok := strings.Cut(text, "\n\n")
	head = strings.TrimSpace(head)
	if !ok || head == "" || len(head) > 400 || strings.Count(head, "\n") > 2 {
		return false
	}
	// A headline may have a line or two under it ("(Translated from El
	// Tiempo, Bogota, Monday 24 January 1994)", a byline): none of its
	// lines ends a sentence.
	for line := range strings.SplitSeq(head, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || len(line) > 300 || strings.HasSuffix(line, ".") {
			return false
		}
	}
	return true
}

// extractScratch holds the buffers Extract works in, kept between calls
// so that their growth is paid once.
type extractScratch struct {
	toks   []token
	attrs  []attrHit
	cas    []casualtyHit
	claims []Claim
	spans  [][2]int
	named  []string
	// ix indexes each sentence in turn for the event rules.
	ix sentIndex
}

var extractScratchPool = sync.Pool{New: func() any { return new(extractScratch) }}

// release clears the buffers, which must not keep the article's text
// alive, and returns them to the pool.
func (sc *extractScratch) release() {
	clear(sc.toks[:cap(sc.toks)])
	clear(sc.attrs[:cap(sc.attrs)])
	clear(sc.cas[:cap(sc.cas)])
	clear(sc.claims[:cap(sc.claims)])
	clear(sc.named[:cap(sc.named)])
	sc.ix.release()
	extractScratchPool.Put(sc)
}

// eventSpans widens each event's span from its trigger words to what an
// auditor needs to check it: the whole sentence when it states one event,
// else the clause around the trigger (between commas or semicolons). A
// widened span that would coincide with another event's falls back to the
// trigger words, so that spans, and claim ids, stay distinct. The spans
// are written over buf.
func eventSpans(s string, events []eventHit, buf [][2]int) [][2]int {
	spans := append(buf[:0], make([][2]int, len(events))...)
	trim := func(start, end int) (int, int) {
		for start < end && (s[start] == ' ' || s[start] == ',' || s[start] == ';') {
			start++
		}
		for end > start && (s[end-1] == ' ' || s[end-1] == ',' || s[end-1] == ';') {
			end--
		}
		return start, end
	}
	for i, ev := range events {
		spans[i] = [2]int{ev.Start, ev.End}
		if ev.Start < 0 || ev.End > len(s) || ev.Start >= ev.End {
			continue
		}
		start, end := 0, len(s)
		if len(events) > 1 {
			if j := lastClauseMark(s, ev.Start); j >= 0 {
				start = j + 1
			}
			if j := nextClauseMark(s, ev.End); j >= 0 {
				end = j
			}
		}
		start, end = trim(start, end)
		if start <= ev.Start && end >= ev.End {
			spans[i] = [2]int{start, end}
		}
	}
	for i := range spans {
		for j := range spans {
			if i != j && spans[i] == spans[j] {
				spans[i] = [2]int{events[i].Start, events[i].End}
			}
		}
	}
	return spans
}

// numberComma reports whether the comma at s[j] groups a number's digits
// ("1,100"), which ends no clause.
func numberComma(s string, j int) bool {
	return s[j] == ',' && j > 0 && j+1 < len(s) && s[j-1] >= '0' && s[j-1] <= '9' && s[j+1] >= '0' && s[j+1] <= '9'
}

// lastClauseMark returns the index of the last comma or semicolon before
// s[end] that ends a clause, or -1.
func lastClauseMark(s string, end int) int {
	for j := strings.LastIndexAny(s[:end], ",;"); j >= 0; j = strings.LastIndexAny(s[:j], ",;") {
		if !numberComma(s, j) {
			return j
		}
	}
	return -1
}

// nextClauseMark returns the index of the first comma or semicolon from
// s[from] that ends a clause, or -1.
func nextClauseMark(s string, from int) int {
	for j := from; j < len(s); j++ {
		k := strings.IndexAny(s[j:], ",;")
		if k < 0 {
			return -1
		}
		if j += k; !numberComma(s, j) {
			return j
		}
	}
	return -1
}

// nextEventCarry returns the date events of the following sentences take
// when they have none of their own: the date of this sentence's events, else
// its last date that is not anchored to another event ("hours after"),
// else the date carried so far.
func nextEventCarry(s string, dates []dateHit, sentenceDate, carried *Date, published string) *Date {
	// A month or a year ("in August last year", "a 2022 coup") is
	// background: the report's later sentences go on from the day told
	// before it.
	coarse := func(d *Date) bool { return d.Precision == PrecisionMonth || d.Precision == PrecisionYear }
	if sentenceDate != nil && !coarse(sentenceDate) {
		return sentenceDate
	}
	for i := len(dates) - 1; i >= 0; i-- {
		if futureClause(s, dates[i]) {
			// "Finnish troops will begin withdrawing on Friday": a day
			// to come dates nothing told after it.
			continue
		}
		if !isAnchoredElsewhere(dates[i].Expr) {
			d := ResolveDate(dates[i].Expr, published)
			if coarse(&d) {
				continue
			}
			return &d
		}
	}
	return carried
}

// finish drops claims with a repeated (kind, span), sorts by span and kind,
// and stamps the ids. It returns a new slice, of just the claims kept.
func finish(articleID string, claims []Claim) []Claim {
	sort.Stable(bySpan(claims))
	out := claims[:0]
	for i, c := range claims {
		if i > 0 {
			p := out[len(out)-1]
			if p.Kind == c.Kind && p.Span == c.Span {
				continue
			}
		}
		c.ID = ClaimID(articleID, c.Extractor, c.Kind, c.Span)
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil
	}
	return slices.Clone(out)
}

// bySpan orders claims by span, then kind.
type bySpan []Claim

func (c bySpan) Len() int      { return len(c) }
func (c bySpan) Swap(i, j int) { c[i], c[j] = c[j], c[i] }
func (c bySpan) Less(i, j int) bool {
	a, b := &c[i].Span, &c[j].Span
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	if a.End != b.End {
		return a.End < b.End
	}
	return c[i].Kind < c[j].Kind
}

// casualtyDates returns the date expressions of a sentence that may date
// the casualties it reports: the date of the reporting itself ("said on Thursday",
// "announced on Monday") is left out, and so is the day a toll was
// revised or given ("the toll from Wednesday's strike rose to 26 on
// Thursday, among them three children": the 26 and the three died on
// Wednesday; "Police, who put the toll at 79 on Monday": the 79 died in
// the attack told before, and take its day).
func casualtyDates(hits []dateHit, s, lower string) []dateHit {
	out := make([]dateHit, 0, len(hits))
	updated := false
	for _, h := range hits {
		if h.Start < 0 || h.End > len(s) || h.Start >= h.End || h.Expr == "" {
			continue
		}
		if isReportDate(s, lower, h.Start) || reportVerbAfter(lower, h.End) ||
			len(hits) > 1 && h.Start == 0 && openingReport(lower, h.End) || inSourceClause(lower, h.Start) ||
			yearOfThing(lower, h) || countedBy(lower, h) || tollPutAfter.MatchString(lower[h.End:]) ||
			raisingAfter.MatchString(lower[h.End:]) && diedBefore(lower[:h.Start]) {
			continue
		}
		updated = updated || tollUpdateDate(lower, h.Start)
		out = append(out, h)
	}
	if updated {
		k := 0
		for _, h := range out {
			if !tollUpdateDate(lower, h.Start) {
				out[k] = h
				k++
			}
		}
		out = out[:k]
	}
	return out
}

// tollPutAfter matches the words after a date that tell a toll given or
// revised that day: "On Sunday it had put the European dead at 48", "The
// ministry on Sunday revised the number of dead … down to 29" date the
// count, not the deaths.
var tollPutAfter = regexp.MustCompile(`^,?\s+(?:[a-z'’-]+\s+){0,3}?(?:had\s+|has\s+)?(?:earlier\s+|first\s+|initially\s+)?(?:(?:put|puts|given|gave)\s+the\s+(?:[a-z-]+\s+){0,2}?(?:toll|dead|wounded|injured|number\s+of\s+[a-z]+)\s+at\s|(?:revised|raised|lowered|updated)\s+(?:its\s+|the\s+)(?:[a-z-]+\s+){0,2}?(?:toll|number\s+of\s+[a-z]+)\b)`)

// raisingAfter matches the words after a date that tell a toll the day's
// news raised: ", raising the death toll to 19".
var raisingAfter = regexp.MustCompile(`^,\s+(?:raising|bringing|pushing|taking)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:toll|number)\b`)

// southVietnamese makes the Vietnamese military of a report that names
// South Vietnam, and not North Vietnam's forces, South Vietnam's: "A
// Vietnamese military spokesman said 112 marines had been killed" in a
// dispatch from "MY THO, South Viet Nam" in 1963.
func southVietnamese(claims []Claim, lower string) {
	if !strings.Contains(lower, "south viet") || strings.Contains(lower, "north vietnamese") {
		return
	}
	for i := range claims {
		if v := claims[i].Victims; v != nil && v.Side == "Vietnamese military" {
			v.Side = "South Vietnamese military"
		}
	}
}

// diedBefore reports whether one of the last words before a date tells a
// death: "A woman injured in last week's bombing died in hospital
// Wednesday, raising the death toll to 19" dates the woman's death, which
// raised the toll of the bombing, not the bombing ("opened fire in Nisour
// Square on Sunday, raising its earlier toll" dates the shooting).
func diedBefore(lower string) bool {
	for _, w := range lastWords(lower, 5) {
		if w == "died" || w == "succumbed" {
			return true
		}
	}
	return false
}

// countedBy reports whether a date tells when a count was reached, not
// when anyone died: "By Sunday morning the number of dead had risen to
// 31", "By Thursday night police said three suspects had been killed".
func countedBy(lower string, h dateHit) bool {
	if !hasLowerPrefix(h.Expr, "by ") {
		return false
	}
	rest := lower[h.End:]
	if reportVerbAfter(lower, h.End) {
		return true
	}
	// A short subject and its reporting verb after the date.
	for n, w := range strings.Fields(strings.TrimLeft(rest, " ,")) {
		if n == 4 || strings.ContainsAny(w, ",;.") {
			break
		}
		if reportVerbs[w] {
			return true
		}
	}
	for _, w := range [...]string{" risen ", " rose ", " climbed ", " reached ", " stood ", " increased "} {
		if strings.Contains(rest, w) {
			return true
		}
	}
	return false
}

// saidDay returns the day, YYYY-MM-DD, of the first date of a sentence
// that tells when its source spoke ("said on Thursday", "On Sunday, the
// army said", "on Wednesday denied"), or "" when none is a day.
func saidDay(all []dateHit, s, lower, published string) string {
	if e := saidExpr(all, s, lower); e != "" {
		if d := ResolveDate(e, published); d.Precision == PrecisionDay && d.Start != nil && d.End != nil && *d.Start == *d.End {
			return *d.Start
		}
	}
	return ""
}

// saidExpr returns the expression of the date saidDay reads, or "".
func saidExpr(all []dateHit, s, lower string) string {
	for _, h := range all {
		if h.Start < 0 || h.End > len(s) || h.Start >= h.End || isDatelineDate(s, h) {
			continue
		}
		if isReportDate(s, lower, h.Start) || reportVerbAfter(lower, h.End) || h.Start == 0 && openingReport(lower, h.End) {
			return h.Expr
		}
	}
	return ""
}

// perfectBefore reports whether the words before a trigger make it a
// present perfect ("forces have captured", "has retaken"): an act done by
// the time it is told.
func perfectBefore(before string) bool {
	w := lastWords(before, 1)
	return len(w) == 1 && (w[0] == "have" || w[0] == "has")
}

// dayBefore reports whether an anchored expression is the day before
// the one it counts from: "the day before", "the previous day".
func dayBefore(expr string) bool {
	norm := normaliseDateExpr(expr)
	for _, p := range [...]string{"on ", "that ", "the "} {
		norm = strings.TrimPrefix(norm, p)
	}
	return norm == "day before" || norm == "previous day" || norm == "previous night"
}

// pastDays reports whether a date expression is a span of days, hours or
// weeks back from the day it is told ("over the previous day", "in the
// past 24 hours", "over the last three days", "in the past week"; not
// "last week", the calendar's week before the report's).
func pastDays(expr string) bool {
	m := resPast.FindStringSubmatch(resPrefix.ReplaceAllString(normaliseDateExpr(expr), ""))
	return m != nil && (m[2] == "day" || m[2] == "hour" || m[2] == "week" && !strings.Contains(strings.ToLower(expr), "last"))
}

// nightBeforeSaid reports whether expr is the night before the day the
// sentence says its source spoke, said: "killed 12 militants overnight,
// the military said on Tuesday". The day said must be told by its own
// words (a weekday or a date), not be the night itself ("said last
// night").
func nightBeforeSaid(expr, said, saidOn, published string) bool {
	switch strings.ToLower(strings.TrimSpace(expr)) {
	case "overnight", "last night":
	default:
		return false
	}
	if said == "" || strings.EqualFold(said, expr) || weekdayIn(normaliseDateExpr(said)) == "" {
		return false
	}
	// (A day said a few days before the report; a weekday that reads as
	// a week back is more likely a slip of the report's.)
	t, ok1 := parsePublished(saidOn)
	p, ok2 := parsePublished(published)
	return ok1 && ok2 && !t.Before(p.AddDate(0, 0, -3))
}

// victimDeeds are the words before an earlier attack or event that tell
// who the victims were, not when they died: "two commanders involved in
// the October 7 attack", "the man behind the 2008 bombings", "fighters
// who took part in Sunday's assault".
var victimDeeds = [...]string{
	"involved in", "behind", "responsible for", "took part in", "taking part in", "participated in",
	"participating in", "accused of", "wanted for", "suspected of", "convicted of", "blamed for",
}

// describesVictims reports whether the date at s[at:] names an earlier
// deed (see victimDeeds) of victims named before it, alone or as the
// attack's possessive ("the October 7 attack", "Sunday's assault").
func describesVictims(s string, at int) bool {
	before := strings.ToLower(s[max(0, at-24):at])
	before = strings.TrimSuffix(strings.TrimRight(before, " "), " the")
	for _, d := range victimDeeds {
		if strings.HasSuffix(before, " "+d) {
			return true
		}
	}
	return false
}

// yearOfThing reports whether a date is a bare year that names a thing
// by its year ("the 2016 peace agreement", "a 2018 deal"), not when
// anyone was killed.
func yearOfThing(lower string, h dateHit) bool {
	if h.End-h.Start != 4 || !isDigit(lower[h.Start]) || h.End+2 > len(lower) || lower[h.End] != ' ' {
		return false
	}
	w := wordAfter(lower, h.End)
	return w != "" && !reportVerbs[w] && !subjectAux[w] && !namePrepositions[w] && w != "and" && w != "or" && w != "to"
}

// inSourceClause reports whether the date at lower[at:] is in a clause
// about the source, between commas before its reporting verb: "Zulum,
// who visited the village on Sunday, said ..." tells when he visited.
func inSourceClause(lower string, at int) bool {
	k := strings.LastIndex(lower[:at], ", who ")
	if k < 0 || strings.ContainsAny(lower[k+6:at], ",;.") {
		return false
	}
	for _, w := range strings.Fields(lower[k+6 : at]) {
		if incidentSubjects[w] || w == "wounded" || w == "injured" || w == "survived" || w == "hurt" || w == "witnessed" {
			// "A witness, who was wounded in the attack on Friday,
			// said": the day of the attack.
			return false
		}
	}
	e := strings.IndexByte(lower[at:], ',')
	if e < 0 {
		return false
	}
	rest := lower[at+e+1:]
	w := wordAfter(rest, 0)
	if subjectAux[w] {
		rest = strings.TrimLeft(rest, " ")[len(w):]
		w = wordAfter(rest, 0)
	}
	return reportVerbs[w]
}

// reportVerbAfter reports whether a reporting verb follows the date that
// ends at lower[:end]: "The military government on Wednesday denied the
// report" is the day of the denial.
func reportVerbAfter(lower string, end int) bool {
	w := wordAfter(lower, end)
	return reportVerbs[w] || coordVerbs[w]
}

// openingReport reports whether the date opening a sentence and ending at
// lower[:end] is followed by a comma and the sentence's source and
// reporting verb: "On Sunday, the army said its forces had killed ...".
func openingReport(lower string, end int) bool {
	rest, ok := strings.CutPrefix(lower[end:], ", ")
	if !ok {
		return false
	}
	for n := 0; n < 8; n++ {
		w := wordAfter(rest, 0)
		if w == "" {
			return false
		}
		if reportVerbs[w] {
			return n > 0
		}
		rest = strings.TrimLeft(rest[len(w):], " ")
		if rest == "" || !isASCIIWord(rest[0]) && rest[0] != '\'' {
			return false
		}
	}
	return false
}

// wordAfter returns the word of lower's letters that starts at
// lower[start:], spaces skipped, or "".
func wordAfter(lower string, start int) string {
	for start < len(lower) && lower[start] == ' ' {
		start++
	}
	e := start
	for e < len(lower) && lower[e] >= 'a' && lower[e] <= 'z' {
		e++
	}
	return lower[start:e]
}

// tollUpdateDate reports whether the date at lower[at:] follows a toll's
// new figure: "rose to 26 on Thursday", "climbed to 25 dead on Monday",
// "had climbed to 39 by nightfall", "was revised to 20 on Friday", "put
// the toll at 79 on Monday".
func tollUpdateDate(lower string, at int) bool {
	w, b := wordBefore(lower, at)
	if w == "by" {
		// "rose to 69 dead by this morning", "had climbed to 40 by
		// nightfall": when the count was reached.
		w, b = wordBefore(lower, b)
	}
	switch w {
	case "dead", "people", "deaths", "killed", "wounded", "injured":
		w, b = wordBefore(lower, b)
	}
	if _, ok := wordValue(w); !ok {
		if _, _, ok := digitsValue(w); !ok || w == "" {
			return false
		}
	}
	if w, b = wordBefore(lower, b); w == "at" {
		// "put the toll at 79 on Monday", "the toll had stood at three
		// on Sunday".
		w, b = wordBefore(lower, b)
		if w == "dead" || w == "deaths" || w == "wounded" || w == "injured" {
			// "had put the number of dead at 276 on Sunday".
			if w, b = wordBefore(lower, b); w == "of" {
				w, _ = wordBefore(lower, b)
			}
		}
		return tollObjects[w] || w == "stood" || w == "stands" || w == "standing"
	}
	if w != "to" && w != "from" {
		// ("The death toll rose from 65 on Sunday": when the earlier
		// count was given.)
		return false
	}
	from := w == "from"
	to := b
	w, b = wordBefore(lower, b)
	if from && (w == "up" || w == "down") {
		// "has risen to 32, up from 21 on Monday": when the earlier
		// count was given, not when its dead died.
		return true
	}
	if w == "down" || w == "up" {
		// "was revised down to 115 on Saturday".
		w, _ = wordBefore(lower, b)
	}
	if revisedVerbs[w] || riseVerbs[w] || w == "rising" || w == "climbing" {
		return true
	}
	return revisedTollBefore(lower, to)
}

// revisedTollBefore reports whether a verb that revises a toll governs the
// words that end at lower[:end], the toll named a few words back with
// what it counts between: "revised down the death toll from a suicide
// bombing at a market to 115 on Saturday", "raised the toll from the
// attack to 35 on Monday".
func revisedTollBefore(lower string, end int) bool {
	w, b := "", end
	for n := 0; n < 20; n++ {
		if w, b = wordBefore(lower, b); w == "" {
			return false
		}
		if w == "toll" {
			break
		}
	}
	if w != "toll" {
		return false
	}
	for n := 0; n < 4; n++ {
		w, b = wordBefore(lower, b)
		switch w {
		case "death", "the", "its", "their", "down", "up":
			continue
		}
		return revisedVerbs[w]
	}
	return false
}

// wordBefore returns the word of lower (letters, digits, commas, hyphens
// inside it) that ends before lower[:end], spaces skipped, and where it
// begins.
func wordBefore(lower string, end int) (string, int) {
	for end > 0 && lower[end-1] == ' ' {
		end--
	}
	b := end
	for b > 0 {
		c := lower[b-1]
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || (c == ',' || c == '-') && b-1 > 0 && b < end && lower[b-2] != ' ' {
			b--
			continue
		}
		break
	}
	return lower[b:end], b
}

// reportDayEvents gives an event dated by the day its source spoke the
// day of the incident figures its sentence tells, when they take another:
// "Philippine soldiers killed seven rebels during a clash …, the military
// said on Thursday" (the figures dated by the next sentence's "on
// Wednesday afternoon") tells of Wednesday's clash.
func reportDayEvents(claims []Claim, sents []sentence, text, lower string) {
	si := 0
	for i := range claims {
		e := &claims[i]
		if e.Kind != KindEvent || e.Action == ActionStatement || e.Date.Expression == "" {
			continue
		}
		for si > 0 && sents[si].start > e.Span.Start {
			si--
		}
		for si < len(sents) && sents[si].end <= e.Span.Start {
			si++
		}
		if si >= len(sents) {
			return
		}
		st := sents[si]
		s, ls := text[st.start:st.end], lower[st.start:st.end]
		k := strings.Index(s, e.Date.Expression)
		if k < 0 || !isReportDate(s, ls, k) {
			continue
		}
		for _, c := range claims {
			if c.Kind == KindCasualty && c.Span.Start >= st.start && c.Span.End <= st.end && c.Scope == ScopeIncident &&
				c.Date.Precision == PrecisionDay && c.Date.Start != nil && c.Date.Expression != e.Date.Expression &&
				e.Date.Start != nil && *c.Date.Start < *e.Date.Start {
				// (Only a day before the one it was told on: what was
				// told had happened by then.)
				e.Date = clonedDate(c.Date)
				break
			}
		}
	}
}

// isReportDate reports whether the date at lower[at:] follows a reporting
// verb ("said on Thursday", "announced early on Monday"), or "told" and
// whom it was told to ("told Reuters by telephone on Thursday", "told The
// Associated Press on Sunday"). s is the sentence lower is of.
func isReportDate(s, lower string, at int) bool {
	end := at
	channel := false
	for n := 0; n < 9; n++ {
		// The word before end, skipping spaces and commas.
		for end > 0 && (lower[end-1] == ' ' || lower[end-1] == ',' || lower[end-1] == 0xa0 || lower[end-1] == 0xc2) {
			end--
		}
		b := end
		for b > 0 && lower[b-1] >= 'a' && lower[b-1] <= 'z' {
			b--
		}
		w := lower[b:end]
		if reportVerbs[w] || w == "told" {
			// "killed since the result was announced on Sunday": the
			// start of a count, not when anyone spoke.
			return !sinceClause(lower, b)
		}
		switch w {
		case "on", "early", "late", "last", "this", "in", "reporters", "journalists":
			end = b
			continue
		}
		if tollNouns[w] {
			// "gave a lower toll on Saturday, saying 108 people had been
			// killed": when the toll was given.
			nb := b
			for k := 0; k < 3; k++ {
				pw, pb := wordBefore(lower, nb)
				if tollGivingVerbs[pw] {
					return true
				}
				if pw == "" {
					break
				}
				nb = pb
			}
		}
		if sourceNouns[w] {
			// "the 359 announced by police on Wednesday".
			if by, bb := wordBefore(lower, b); by == "by" {
				end = bb
				continue
			}
		}
		if b < end && s[b] >= 'A' && s[b] <= 'Z' {
			// "The figure of 966 dead announced by MONUC on Monday", "given
			// by the U.N. Mission on Friday": a name, of three words at
			// most, after a verb of giving out and "by".
			nb := b
			for k := 0; k < 2; k++ {
				pw, pb := wordBefore(lower, nb)
				if pw == "" || pw == "by" || s[pb] < 'A' || s[pb] > 'Z' {
					break
				}
				nb = pb
			}
			if w2, b2 := wordBefore(lower, nb); w2 == "the" {
				nb = b2
			}
			if by, bb := wordBefore(lower, nb); by == "by" {
				if v, _ := wordBefore(lower, bb); reportVerbs[v] || givenOutVerbs[v] {
					return true
				}
			}
		}
		// "said in a statement on Sunday", "said on its Telegram channel
		// on Monday", "told journalists at the weekly briefing in Abuja
		// on Wednesday": the words of the channel, and where it was.
		if n < 8 && (reportChannel[w] || channel && (w == "state" || briefingWords[w])) {
			end, channel = b, true
			continue
		}
		if n < 8 && b < end && s[b] >= 'A' && s[b] <= 'Z' {
			if in, ib := wordBefore(lower, b); in == "in" {
				if pw, _ := wordBefore(lower, ib); reportChannel[pw] {
					end = ib // "at the weekly briefing in Abuja on Wednesday"
					continue
				}
			}
		}
		if channel && channelVerbs[w] {
			// "said the statement, read on state radio on Saturday",
			// "a video posted online" is of the channel: when it was told.
			return true
		}
		return toldTo(s, lower, end)
	}
	return false
}

// tollNouns name a toll given out, and tollGivingVerbs give it: "gave a
// lower toll", "issued a new tally".
var (
	tollNouns       = wordSet("toll figure tally count estimate")
	tollGivingVerbs = wordSet("gave give gives giving issued issues released releases published offered offers")
)

// briefingWords come before a channel's noun: "at the weekly briefing".
var briefingWords = wordSet("at the weekly daily regular nightly")

// givenOutVerbs are the participles that tell a figure given out, besides
// reportVerbs: "the toll given by the U.N. on Friday".
var givenOutVerbs = wordSet("given released published issued compiled provided")

// sinceClause reports whether the clause that lower[:at] ends in opens
// with "since": "since the result was announced".
func sinceClause(lower string, at int) bool {
	clause := lower[:at]
	if k := strings.LastIndexAny(clause, ",;."); k >= 0 {
		clause = clause[k+1:]
	}
	k := strings.LastIndex(clause, "since ")
	return k >= 0 && (k == 0 || clause[k-1] == ' ') && len(clause)-k < 48
}

// toldTo reports whether the word ending at lower[:end] is the last of a
// name, of three words at most, that follows "told": "told Reuters", "told
// The Associated Press". s is the text lower is of.
func toldTo(s, lower string, end int) bool {
	for n := 0; n < 4; n++ {
		b := end
		for b > 0 && lower[b-1] >= 'a' && lower[b-1] <= 'z' {
			b--
		}
		if b == end {
			return false
		}
		if lower[b:end] == "told" {
			return n > 0
		}
		if s[b] < 'A' || s[b] > 'Z' {
			return false
		}
		end = b
		for end > 0 && lower[end-1] == ' ' {
			end--
		}
	}
	return false
}

// previousDate returns the date expression an anchored one ("the same
// day") refers to: the first date of the sentence that is not anchored,
// else the date of the last dated sentence within the two paragraphs
// before.
func previousDate(dates []dateHit, hist []sentState, para int) string {
	for _, d := range dates {
		if !isAnchoredElsewhere(d.Expr) {
			return d.Expr
		}
	}
	for k := len(hist) - 1; k >= 0 && para-hist[k].para <= 3; k-- {
		if e := hist[k].expr; e != "" && !isAnchoredElsewhere(e) {
			return e
		}
	}
	return ""
}

// previousSaid is the day the source of a sentence before spoke, from
// the nearest one in the paragraph or the two before it that says, or "".
func previousSaid(hist []sentState, para int) string {
	for k := len(hist) - 1; k >= 0 && para-hist[k].para <= 2; k-- {
		if hist[k].said != "" {
			return hist[k].said
		}
	}
	return ""
}

// daysEarlier returns n for "n days earlier" or "n days before" told with
// no event after it ("Two days earlier, 14 people were killed"), else 0.
func daysEarlier(expr string) int {
	w := strings.Fields(normaliseDateExpr(expr))
	if len(w) != 3 || w[1] != "days" && w[1] != "day" || w[2] != "earlier" && w[2] != "before" {
		return 0
	}
	if n := numberWords[w[0]]; n > 0 {
		return n
	}
	if w[0] == "a" {
		return 1
	}
	return atoi(w[0])
}

// shiftedDate resolves an expression anchored to another date, prev:
// "the same day", "hours later", "hours after" (the event told before:
// "Hours after the Beersheba attack, a man stabbed five people") are
// prev; "the following day", "the day after" the day after it; "the
// previous day", "the day before" the day before; "two days later" two
// days after. Other anchored expressions ("days after", "the same week")
// stay unresolved.
func shiftedDate(expr string, prev Date) Date {
	d := Date{Precision: PrecisionUnresolved, Expression: expr}
	if prev.Start == nil || prev.End == nil {
		return d
	}
	norm := normaliseDateExpr(expr)
	for _, p := range [...]string{"over ", "during ", "on ", "that ", "the "} {
		norm = strings.TrimPrefix(norm, p)
	}
	shift, ok := 0, true
	switch {
	case strings.HasPrefix(norm, "same ") && !strings.HasSuffix(norm, "week"),
		norm == "earlier in the day" || norm == "later in the day" || norm == "earlier on the day" || norm == "later on the day":
	case norm == "previous day" || norm == "previous night" || norm == "day before":
		shift = -1
	case norm == "following day" || norm == "following night" || norm == "following morning" ||
		strings.HasPrefix(norm, "next ") || norm == "day after":
		shift = 1
	case norm == "hours later" || norm == "minutes later" || norm == "moments later" ||
		norm == "hours earlier" || norm == "minutes earlier" || norm == "moments earlier",
		norm == "hours after" || norm == "minutes after" || norm == "moments after":
	default:
		ok = false
	}
	if !ok || shift != 0 && prev.Precision != PrecisionDay {
		return d
	}
	if r, ok := shiftDays(prev, shift, prev.Precision); ok {
		r.Expression = expr
		return r
	}
	return d
}

// dayAfter returns where the last words before s[:at] that open a clause
// so many days after or before the sentence's ("a day after", "two weeks
// before"; see lagPhrase) begin and end, when no clause break comes
// between, and how many days the event at s[at:] is from the sentence's
// date ("a day after" is -1); shift is 0 when there is none.
func dayAfter(s string, at int) (start, end, shift int) {
	if !strings.Contains(s[:at], " after ") && !strings.Contains(s[:at], " before ") {
		return -1, 0, 0
	}
	start = -1
	for _, m := range lagPhrase.FindAllStringSubmatchIndex(s[:at], -1) {
		if strings.ContainsAny(s[m[1]:at], ",;:()") {
			continue
		}
		if endsWithAnyFold(strings.TrimRight(s[:m[0]], " "), approxLags[:]) {
			// "less than three weeks after a bombing at the same
			// station": no day.
			start, end, shift = -1, 0, 0
			continue
		}
		start, end, shift = m[0], m[1], -lagDays(s, m)
	}
	return start, end, shift
}

// approxLags end the words before a lag that make it no exact one: "less
// than three weeks after", "nearly two weeks before".
var approxLags = [...]string{"less than", "more than", "nearly", "almost", "about", "some", "over", "under", "within", "around"}

// partDay is the day (start..end) of the figures of a part of a sentence's
// statement, and the part the figures of that day are given.
type partDay struct {
	part int
	day  string
	as   int
}

// dayAfterFigure returns the date of a figure at s[at:] told in a clause
// opened by one of dayAfterPhrases with no date of its own: so many days
// from the day told before that clause ("dug through the rubble on
// Sunday, a day after a missile strike killed at least 30 people" is
// Saturday). ok is false when there is no such clause, the clause has a
// date, or no single day is told before it.
func dayAfterFigure(s string, dates []dateHit, at int, published string) (Date, bool) {
	from, opened, shift := dayAfter(s, at)
	if shift == 0 && at >= 2 && s[at-2:at] == ", " && hasAnyPrefix(s[at:], "killing ", "wounding ", "injuring ", "leaving ") {
		// "two days after militants attacked the beach, killing 37
		// people": the participle goes on with the clause.
		from, opened, shift = dayAfter(s, at-2)
	}
	if shift == 0 {
		return Date{}, false
	}
	base := -1
	for i, h := range dates {
		switch {
		case h.End <= from:
			base = i
		case h.Start >= opened:
			return Date{}, false
		}
		// (A date within the phrase is the phrase: "two days after".)
	}
	if base < 0 {
		return Date{}, false
	}
	d := ResolveDate(dates[base].Expr, published)
	if d.Precision != PrecisionDay || d.Start == nil || d.End == nil || *d.Start != *d.End {
		return Date{}, false
	}
	t, err := time.Parse(isoDay, *d.Start)
	if err != nil {
		return Date{}, false
	}
	day := t.AddDate(0, 0, shift).Format(isoDay)
	return Date{Start: &day, End: &day, Precision: PrecisionDay, Expression: strings.TrimSpace(s[from:at])}, true
}

// datelineAnchor returns the day of a sentence's dateline ("KYIV, Aug 21
// (Reuters) -") when it is one or two days before the publication day,
// "-" when the sentence has a dateline date that is not, and "" when it
// has none.
func datelineAnchor(s string, dates []dateHit, published string) string {
	for _, d := range dates {
		if !isDatelineDate(s, d) {
			continue
		}
		r := ResolveDate(d.Expr, published)
		if r.Precision != PrecisionDay || r.Start == nil {
			return "-"
		}
		day, err1 := time.Parse(isoDay, *r.Start)
		pub, err2 := time.Parse(isoDay, published)
		if err1 != nil || err2 != nil {
			return "-"
		}
		if gap := pub.Sub(day).Hours() / 24; gap >= 1 && gap <= 2 {
			return *r.Start
		}
		return "-"
	}
	return ""
}

// isDatelineDate reports whether a date opens a sentence as a dateline's
// does: after a place in capitals and a comma, and before the agency in
// brackets or the dash ("BOGOTA, Jan 19 (Reuters) -"). The city may be
// followed by its country or state ("GOMA, Democratic Republic of Congo,
// March 6 (Reuters) -").
func isDatelineDate(s string, d dateHit) bool {
	if d.Start > len(s) {
		return false
	}
	if nl := strings.LastIndexByte(s[:d.Start], '\n'); nl >= 0 {
		// The dateline opens its own line after a headline or subhead
		// the sentence runs on from.
		s, d.Start, d.End = s[nl+1:], d.Start-nl-1, d.End-nl-1
	}
	if d.Start < 3 || d.Start > 80 || s[d.Start-2] != ',' {
		return false
	}
	city := strings.IndexByte(s[:d.Start-2], ',')
	if city < 0 {
		city = d.Start - 2
	} else if city < 2 || city > 40 {
		return false
	}
	rest := strings.TrimLeft(s[d.End:], " ")
	for i := 0; i < city; i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			// "Guatemala City, 6 Oct (Cerigua) --": a city in title
			// case heads a dateline when its agency and dash follow, or
			// a colon ("Srinagar, Oct 25: Two Army soldiers …", as Indian
			// papers write it).
			return titleCased(s[:city]) && (agencyDash(rest) || strings.HasPrefix(rest, ":") || commaAgencyDash(rest))
		}
	}
	// (Or a colon: "PESHAWAR, Sept 23: The death toll …", as South Asian
	// papers write it; or a line of its own, as cables head their text:
	// "PETROGRAD, Sept. 3.")
	return strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, ": ") ||
		ownLine(s, d.Start, rest)
}

// ownLine reports whether a date after a city in capitals ends its line,
// with or without a full stop: the dateline of a cable ("LONDON, Nov.
// 21.") that heads its text on a line of its own.
func ownLine(s string, start int, rest string) bool {
	rest = strings.TrimPrefix(rest, ".")
	if rest != "" && rest[0] != '\n' {
		return false
	}
	line := s[:start]
	return line != "" && !strings.ContainsAny(line, "abcdefghijklmnopqrstuvwxyz")
}

// titleCased reports whether every word of s opens with a capital.
func titleCased(s string) bool {
	words := strings.Fields(s)
	for _, w := range words {
		if c := w[0]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return len(words) > 0
}

// agencyDash reports whether s opens with an agency's name in brackets
// and a dash: "(Cerigua) --", "(AFP) -".
func agencyDash(s string) bool {
	if !strings.HasPrefix(s, "(") {
		return false
	}
	j := strings.IndexByte(s[:min(len(s), 32)], ')')
	if j < 0 {
		return false
	}
	rest := strings.TrimLeft(s[j+1:], " ")
	return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—")
}

// commaAgencyDash reports whether s opens with a comma, an agency's
// initials and a dash: ", SPA --" of "Riyadh, Shawwal 21, 1440, June 24,
// 2019, SPA --".
func commaAgencyDash(s string) bool {
	rest, ok := strings.CutPrefix(s, ", ")
	if !ok {
		return false
	}
	j := 0
	for j < len(rest) && j < 8 && rest[j] >= 'A' && rest[j] <= 'Z' {
		j++
	}
	if j < 2 {
		return false
	}
	rest = strings.TrimLeft(rest[j:], " ")
	return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—")
}

// whenClauseDate returns the date of a figure told in a "when" clause
// after "since <date>": "the deadliest since Feb. 14, 2020, when soldiers
// killed 21 civilians" dates the 21 on that day, not since it.
func whenClauseDate(dates []dateHit, lower string, at int) (string, bool) {
	for i := len(dates) - 1; i >= 0; i-- {
		d := dates[i]
		if d.End > at {
			continue
		}
		if len(d.Expr) > 6 && strings.EqualFold(d.Expr[:6], "since ") &&
			strings.HasPrefix(lower[d.End:], ", when ") && !strings.ContainsAny(lower[d.End+7:at], ",;") {
			return d.Expr[6:], true
		}
		return "", false
	}
	return "", false
}

// reportChannel are the words of the channel a statement was made on,
// between a reporting verb and its date.
var reportChannel = wordSet("a an its his her their statement statements interview briefing " +
	"conference news press post posted telegram channel app messaging televised address speech " +
	"broadcast x facebook website radio television tv video social media by phone telephone")

// channelVerbs put what was said on a channel: "read on state radio",
// "aired on television", "carried by the state news agency".
var channelVerbs = wordSet("read aired carried issued released published broadcast")

// futureDay reports whether expr resolves to days after published.
func futureDay(expr, published string) bool {
	d := ResolveDate(expr, published)
	return d.Start != nil && len(published) >= 10 && *d.Start > published[:10]
}

// carriedDate returns the date expression a sentence without one carries
// from the report it continues, with the index of the sentence in hist it
// is carried from, or "".
func carriedDate(hist []sentState, para int, attr, lower string) (string, int) {
	if tellsEarlier(lower) {
		// "The attack comes a week after 23 worshippers were killed":
		// another, earlier incident.
		return "", -1
	}
	for k := len(hist) - 1; k >= 0; k-- {
		h := hist[k]
		if para-h.para > 2 || h.saidElsewhen {
			break
		}
		if h.expr == "" || !carriable(h.expr) || isAnchoredElsewhere(h.expr) {
			// ("minutes before it exploded" is of the sentence that
			// tells it.)
			continue
		}
		if attr != "" && h.attr != "" && !sameSource(attr, h.attr) {
			// "Home Minister Asaduzzaman Khan said 147 were killed last
			// week. A newspaper's tally put the number killed between
			// July 18 and July 21 at 201. 'Among the dead are three
			// policemen,' the minister said": the minister's own report,
			// told before the other source's.
			if e, j := sameSourceDate(hist[:k], para, attr); e != "" {
				return e, j
			}
		}
		// The sentence is read only now that there is a date to carry:
		// most sentences have none near. "Another 27 people were
		// injured": more of the figure told before.
		if continuesReport(lower) || startsFurther(lower) || sameSource(attr, h.attr) || (givesToll(lower) || partOfTold(lower)) && dayLike(h.expr) {
			return h.expr, k
		}
		return "", -1
	}
	return "", -1
}

// sinceThenDate returns the date "since then" in sentence si (lower case
// ls) points back to: the date after the last "since" of the sentence
// before it ("the worst attack since the insurgency began in 1989",
// "the deadliest since the intifada began last September"), spanning to
// publication.
func sinceThenDate(text string, sents []sentence, si int, ls, published string) (Date, bool) {
	if si == 0 || published == "" || !strings.Contains(ls, "since then") {
		return Date{}, false
	}
	prev := text[sents[si-1].start:sents[si-1].end]
	k := strings.LastIndex(lowerASCII(prev), "since ")
	if k < 0 {
		return Date{}, false
	}
	hits := findDates(prev[k+len("since "):])
	if len(hits) == 0 {
		return Date{}, false
	}
	d := ResolveDate(hits[0].Expr, published)
	if d.Start == nil || *d.Start > published {
		return Date{}, false
	}
	end := published
	d.End = &end
	return d, true
}

// sameSourceDate returns the carriable date expression of the last
// sentence of hist within the two paragraphs before para that has the
// source attr, with its index, or "".
func sameSourceDate(hist []sentState, para int, attr string) (string, int) {
	for k := len(hist) - 1; k >= 0; k-- {
		h := hist[k]
		if para-h.para > 2 {
			break
		}
		if sameSource(attr, h.attr) && h.expr != "" && carriable(h.expr) && !isAnchoredElsewhere(h.expr) {
			return h.expr, k
		}
	}
	return "", -1
}

// relativeClauseDate reports whether the date written expr among a
// sentence's dates is in a relative clause in the pluperfect, which tells
// what someone had done before ("gunmen who had killed a soldier on
// Friday", "the bridge, which had been shelled on Monday").
func relativeClauseDate(lower string, dates []dateHit, expr string) bool {
	for _, d := range dates {
		if d.Expr != expr || d.Start <= 0 || d.Start > len(lower) {
			continue
		}
		before := lower[max(0, d.Start-64):d.Start]
		k := -1
		for _, r := range [...]string{" who had ", " which had ", " that had "} {
			k = max(k, strings.LastIndex(before, r))
		}
		return k >= 0 && !strings.ContainsAny(before[k:], ",;:.")
	}
	return false
}

// dateInSentence resolves expr, a date of the sentence st of text, widened
// by the words of that sentence (see widenedDate): a date carried to a
// later sentence spans what its own sentence says it spans.
func dateInSentence(text, lower string, st sentence, expr, published string) Date {
	s, ls := text[st.start:st.end], lower[st.start:st.end]
	return widenedDate(s, casualtyDates(findDates(s), s, ls), expr, ResolveDate(expr, published), published)
}

// describedSource returns the source named before whose description a
// lower-case source is ("rescue service" of "Magen David Adom rescue
// service", written in text before offset before), or "". firstAt keeps
// where each phrase first ends in text, so that a long article is searched
// once for each.
func describedSource(named []string, who, text string, before int, firstAt *map[string]int) string {
	if strings.IndexByte(who, ' ') < 0 || strings.ToLower(who) != who {
		return ""
	}
	if *firstAt == nil {
		*firstAt = map[string]int{}
	}
	for i := len(named) - 1; i >= 0; i-- {
		phrase := named[i] + " " + who
		end, ok := (*firstAt)[phrase]
		if !ok {
			end = -1
			if j := strings.Index(text, phrase); j >= 0 {
				end = j + len(phrase)
			}
			(*firstAt)[phrase] = end
		}
		if end >= 0 && end <= before {
			return named[i]
		}
	}
	return ""
}

// titledSource returns the person named before that a lone title points
// back to ("the minister said" after "Home Minister Asaduzzaman Khan told
// reporters", "the governor said" after "South Darfur governor Ali
// Mahmoud"): the last named source whose first mention, before the
// sentence that begins at text[before], has the title among the three
// words before it, or "".
func titledSource(named []string, who, text string, before int) string {
	if !loneTitles[who] {
		return ""
	}
	for i := len(named) - 1; i >= 0; i-- {
		n := named[i]
		if !hasUpper(n) {
			continue
		}
		j := strings.Index(text, n)
		if j < 0 || j >= before {
			continue
		}
		f := strings.Fields(lowerASCII(text[max(0, j-40):j]))
		for k := len(f) - 1; k >= 0 && k >= len(f)-3; k-- {
			if strings.Trim(f[k], ",'\"") == who {
				return n
			}
		}
	}
	return ""
}

// loneTitles are the titles a person is named by and pointed back to
// alone: "the minister said".
var loneTitles = wordSet("minister governor commander general colonel mayor president " +
	"priest bishop prosecutor envoy ambassador")

// groupSource returns the source that "group" or a group described in
// lower-case words ("activist group") points back to: the last source of
// more than one word named before that is a name, every word capitalised
// ("Plataforma Decide", "Arakan Army"), or "". A militant or armed group
// is seldom the source named before ("the government said ... The
// militant group said"): it is left as it is, unless an armed group was
// named as a source before ("the Arakan Army said ... The ethnic minority
// insurgent group said").
func groupSource(who string, named []string) string {
	if who != "group" && !strings.HasSuffix(who, " group") || hasUpper(who) || strings.Count(who, " ") > 3 {
		return ""
	}
	for _, w := range strings.Fields(who) {
		if fighterGroups[w] {
			// "The ethnic minority insurgent group said": the armed
			// group named as a source before, if one was.
			for i := len(named) - 1; i >= 0; i-- {
				if n := named[i]; allCapitalised(n) && namedGroups[strings.ToLower(n)] != "" {
					return n
				}
			}
			return ""
		}
	}
	if strings.Count(who, " ") > 2 {
		return ""
	}
	for i := len(named) - 1; i >= 0; i-- {
		if n := named[i]; allCapitalised(n) {
			return n
		}
	}
	return ""
}

// indefiniteSource reports whether the sentence (lower-cased) names its
// source who with "a" or "an" before it: "…, a local resistance group
// said" tells of a group not named before.
func indefiniteSource(lower, who string) bool {
	w := strings.ToLower(who)
	for at := 0; ; {
		k := strings.Index(lower[at:], w)
		if k < 0 {
			return false
		}
		k += at
		if strings.HasSuffix(lower[:k], " a ") || strings.HasSuffix(lower[:k], " an ") || lower[:k] == "a " || lower[:k] == "an " {
			return true
		}
		at = k + len(w)
	}
}

// fighterGroups describe a group of fighters.
var fighterGroups = wordSet("militant armed jihadist insurgent extremist terrorist rebel separatist")

// allCapitalised reports whether every word of s opens with a capital.
func allCapitalised(s string) bool {
	for _, w := range strings.Fields(s) {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return s != ""
}

// givesToll reports whether a sentence (lower-cased) gives another toll
// of the report before it: "Police later put the toll at 121", "The
// Observatory gave a higher toll of nine".
func givesToll(lower string) bool {
	at := strings.Index(lower, "put the ")
	if at < 0 {
		at = strings.Index(lower, "gave a ")
	}
	if at < 0 {
		return false
	}
	rest := lower[at:min(len(lower), at+40)]
	return strings.Contains(rest, "toll") || strings.Contains(rest, "number of")
}

// partOfTold reports whether a sentence (lower-cased) tells a part of
// the dead or wounded told before it: "Twelve of the dead were herders",
// "two of the injured were children", "the dead included two civilians",
// "a soldier was among the dead".
func partOfTold(lower string) bool {
	for _, p := range [...]string{" of the ", "among the ", "the "} {
		for at := range indexAll(lower, p) {
			rest := lower[at+len(p):]
			for _, g := range [...]string{"dead", "wounded", "injured", "victims", "casualties"} {
				if r, ok := strings.CutPrefix(rest, g); ok && (r == "" || !isASCIIWord(r[0])) {
					if p != "the " || strings.HasPrefix(strings.TrimLeft(r, " "), "included") || strings.HasPrefix(strings.TrimLeft(r, " "), "include") {
						return true
					}
				}
			}
		}
	}
	return false
}

// dayLike reports whether a date expression may tell a day: not a
// month's, a year's or a span since.
func dayLike(expr string) bool {
	e := lowerASCII(expr)
	return !strings.Contains(e, "year") && !strings.Contains(e, "month") && !strings.HasPrefix(e, "since")
}

// laterDates dates a figure that has no date of its own by the sentence
// opening the next paragraph when that one goes on with the same report
// and gives a day ("Gunmen killed at least 18 villagers …, police said Wednesday. The
// attackers arrived on motorcycles on Monday evening …"): wire copy often
// tells the day of an attack only in its second paragraph. A revised toll
// ("The death toll from the attack on the Crocus City Hall rose to 144 on
// Saturday") is of the attack the next paragraph tells, whatever its
// subject ("Gunmen opened fire on concert-goers on the evening of March
// 22").
func laterDates(claims []Claim, sents []sentence, hist []sentState, lower, published string) {
	for c, si := range undatedIncidentFigures(claims, sents) {
		if si+1 >= len(hist) {
			continue
		}
		// The next sentence, opening the next paragraph (a sentence of the
		// same paragraph tells more of the same report, often a later
		// update: "had raised the toll to 41 on Wednesday").
		n := hist[si+1]
		if n.own == "" {
			if j := attackDayLater(sents, hist, lower, si); j > 0 {
				if d := ResolveDate(hist[j].own, published); d.Precision == PrecisionDay {
					c.Date = d
				}
			}
			continue
		}
		if n.para != hist[si].para+1 {
			continue
		}
		nl := lower[sents[si+1].start:sents[si+1].end]
		if !carriable(n.own) || !continuesReport(nl) && !incidentSubject(nl) && !hist[si].revised && !(noDayBefore(hist, si) && anaphoricDay(nl, n.own)) {
			continue
		}
		if d := ResolveDate(n.own, published); d.Precision == PrecisionDay {
			// A day, not "last month": a period dates something else.
			c.Date = d
		}
	}
}

// anaphoricDay reports whether the day a sentence (lower-cased) gives
// follows, within a few words, a noun that points back at the incident or
// the place told before: "The government blamed the rebels for the blasts
// on Wednesday", "activists said troops shelled the village on
// Wednesday", "armed men entered the village on Friday". What a source
// said of the attack the lead told dates the lead's figures, when no day
// was told before them.
func anaphoricDay(lower, expr string) bool {
	at := strings.Index(lower, strings.ToLower(expr))
	if at <= 0 {
		return false
	}
	words := strings.Fields(lower[:at])
	if len(words) > 0 && (words[len(words)-1] == "on" || words[len(words)-1] == "in") {
		words = words[:len(words)-1]
	}
	for n := 1; n <= 2 && n < len(words); n++ {
		the, head := words[len(words)-n-1], strings.Trim(words[len(words)-1], ",")
		if the != "the" && the != "these" && the != "its" {
			continue
		}
		if anaphoricHeadAt(head, 0) && !digitsOnly(head) || anaphoricPlaces[head] {
			return true
		}
	}
	return false
}

// noDayBefore reports whether no sentence before sentence si gives a
// date of its own: the lead's figures, which only a later paragraph
// dates, not one a day told before them dates (see incidentDates).
func noDayBefore(hist []sentState, si int) bool {
	for k := 0; k < si && k < len(hist); k++ {
		if hist[k].own != "" {
			return false
		}
	}
	return true
}

// anaphoricPlaces are the nouns that point back at a place told before:
// "shelled the village on Wednesday".
var anaphoricPlaces = wordSet("village hamlet town camp school mosque church market base compound hospital")

func digitsOnly(s string) bool {
	return s != "" && digitRun(s) == len(s)
}

// attackDayLater returns the index of a sentence opening one of the three
// paragraphs after sentence si's that tells, with an anaphoric subject,
// the day of the attack it goes on with, when no sentence between gives a
// date ("Jihadists killed 14 soldiers in an ambush near Boni, the army
// said. ... Eight soldiers were wounded, according to an army statement.
// ... The attack took place on Tuesday afternoon"), or -1.
func attackDayLater(sents []sentence, hist []sentState, lower string, si int) int {
	for j := si + 1; j < len(hist) && hist[j].para <= hist[si].para+3; j++ {
		if hist[j].own == "" {
			continue
		}
		if hist[j].para == hist[si].para || hist[j-1].para == hist[j].para || !carriable(hist[j].own) {
			return -1
		}
		nl := lower[sents[j].start:sents[j].end]
		if startsAnaphoric(nl) && !startsOtherIncident(nl) && tellsWhen(nl) {
			return j
		}
		return -1
	}
	return -1
}

// startsOtherIncident reports whether an anaphoric subject names another
// incident than the one told before ("the earlier attack").
func startsOtherIncident(lower string) bool {
	for i, w := range strings.Fields(lower) {
		if i > 3 {
			break
		}
		if otherIncident[w] {
			return true
		}
	}
	return false
}

// tellsWhen reports whether a sentence (lower-cased) says when what its
// subject names happened: "took place", "happened", "occurred", "came",
// "began", "was carried out".
func tellsWhen(lower string) bool {
	for _, v := range [...]string{" took place ", " happened ", " occurred ", " came ", " began ", " started ", " was carried out ", " were carried out "} {
		if strings.Contains(lower, v) {
			return true
		}
	}
	return false
}

// undatedIncidentFigures yields, in order, the casualty claims of one
// incident that have no date yet, each with the index of the sentence it
// stands in (claims are in text order).
func undatedIncidentFigures(claims []Claim, sents []sentence) iter.Seq2[*Claim, int] {
	return func(yield func(*Claim, int) bool) {
		si := 0
		for i := range claims {
			c := &claims[i]
			if c.Kind != KindCasualty || c.Date.Expression != "" || c.Date.Precision != PrecisionUnresolved || c.Scope != ScopeIncident {
				continue
			}
			for si < len(sents) && sents[si].end <= c.Span.Start {
				si++
			}
			if si >= len(sents) {
				return
			}
			if !yield(c, si) {
				return
			}
		}
	}
}

// incidentDates dates a figure of an incident that is still undated by
// the last day told before it within three paragraphs: a report goes on
// about the incident it opened with, and what another source says of it
// ("Fourteen others are injured," said ...; "The militant group said its
// fighters had killed 20 soldiers") is of the same day. Only a day is
// carried, not a period (a month, a week or a span told between, "in
// January", "until Friday morning", is passed over), nor a date told
// relative to another; nor to a
// figure set at a place the dated sentence does not name ("In Rafah, an
// air strike killed 11 people on Tuesday. The Israeli military said it
// had killed dozens of militants in central Gaza": another incident).
func incidentDates(claims []Claim, sents []sentence, hist []sentState, text, lower, published string) {
	// earlier caches tellsEarlier of each sentence (0: not read yet, 1:
	// no, 2: yes): a long paragraph is read back from each of its figures.
	var earlier []uint8
	tells := func(k int) bool {
		if earlier == nil {
			earlier = make([]uint8, len(sents))
		}
		if earlier[k] == 0 {
			earlier[k] = 1
			if tellsEarlier(lower[sents[k].start:sents[k].end]) {
				earlier[k] = 2
			}
		}
		return earlier[k] == 2
	}
	for c, si := range undatedIncidentFigures(claims, sents) {
		if si >= len(hist) || tells(si) || hist[si].saidElsewhen {
			continue
		}
		toldBetween := false // the figure's place told by an undated sentence passed over
		for k := si - 1; k >= 0 && hist[si].para-hist[k].para <= 3; k-- {
			if tells(k) {
				// What follows a sentence telling what came before goes on
				// with that story ("The move came after the regime
				// targeted Turkish posts ... Ankara said it killed over 70
				// regime personnel in retaliatory attacks").
				break
			}
			if hist[k].saidElsewhen {
				// "Russia said on the same day that ...": what follows
				// reports statements, not the day told before it.
				break
			}
			e := hist[k].expr
			if e == "" {
				toldBetween = toldBetween || c.Location != nil && placeTold(text[sents[k].start:sents[k].end], c.Location)
				continue
			}
			if c.Location != nil && !toldBetween && !placeTold(text[sents[k].start:sents[k].end], c.Location) &&
				!sourcesPlace(text[sents[si].start:sents[si].end], c.Location) && !strings.Contains(c.AttributedTo, c.Location.Text) &&
				namesPlace(text[sents[k].start:sents[k].end]) {
				break
			}
			if isAnchoredElsewhere(e) {
				break
			}
			if !carriable(e) {
				// "have been killed since Thursday, ... which also reported
				// 20 wounded": the span of days the report goes on with.
				if hasLowerPrefix(e, "since ") && hist[si].para-hist[k].para <= 1 {
					if d := ResolveDate(e, published); d.Precision == PrecisionDay {
						c.Date = d
						break
					}
				}
				continue
			}
			if d := ResolveDate(e, published); d.Precision == PrecisionDay {
				if d.Start != nil && published != "" && *d.Start > published {
					// "campaigning for the Oct. 5 general election": a day
					// to come, which dates no one killed.
					continue
				}
				if f := hist[k].from; f >= 0 {
					d = dateInSentence(text, lower, sents[f], e, published)
				}
				c.Date = d
				break
			}
			// "Last month, at least 16 soldiers were killed": background,
			// which the report goes on from.
		}
	}
}

// namesPlace reports whether a sentence names a place below country
// level: one that names none ("across the country") does not set what
// it tells at another place than the figures after it.
func namesPlace(sentence string) bool {
	for _, p := range findPlaces(sentence) {
		if !isCountry(p.Place.Name) {
			return true
		}
	}
	return false
}

// movedTo reports whether the words before lower[at] tell where people
// went or came from: "arriving in ", "fleeing " (see movingWords; not
// "captured near", where the captured were).
func movedTo(lower string, at int) bool {
	w, b := wordBefore(lower, at)
	if placePrepositions[w] || w == "to" || w == "from" {
		w, _ = wordBefore(lower, b)
	}
	return movingWords[w] && strings.HasSuffix(w, "ing")
}

// sourcesPlace reports whether a sentence names place p only as where a
// source sits, not where anything happened: before the source's noun
// ("according to the U.S. embassy", "Sindh province's police chief", "the
// Puno regional health department") or after it ("local officials in
// Leskovac said").
func sourcesPlace(sentence string, p *Place) bool {
	if p.Text == "" {
		return false
	}
	lower := lowerASCII(sentence)
	found := false
	for at := range indexAll(sentence, p.Text) {
		found = true
		if !sourceBefore(lower, at) && (placedAfterLocative(lower, at) || !sourceAfter(lower, at+len(p.Text))) {
			return false
		}
	}
	return found
}

// placedAfterLocative reports whether a locative word comes before lower[:at],
// past a "the": "at the Malakal teaching hospital" tells where.
func placedAfterLocative(lower string, at int) bool {
	w, b := wordBefore(lower, at)
	if w == "the" {
		w, _ = wordBefore(lower, b)
	}
	return w != "to" && locativeWords[w]
}

// sourceAfter reports whether a source's noun follows lower[end:] within
// three words that describe it ("'s police chief", " regional health
// department", " embassy").
func sourceAfter(lower string, end int) bool {
	rest := strings.TrimPrefix(strings.TrimPrefix(lower[end:], "'s"), "’s")
	for n, w := range strings.Fields(rest) {
		if n == 3 {
			break
		}
		bare := strings.TrimRight(w, ",.;:")
		if sourceNouns[bare] || sourceSeats[bare] {
			return true
		}
		if bare == "" || bare != w || !isASCIIWord(bare[0]) {
			break
		}
	}
	return false
}

// sourceBefore reports whether a source's noun and "in" come just before
// lower[:at]: "officials in ", "the foreign ministry in ".
func sourceBefore(lower string, at int) bool {
	w, b := wordBefore(lower, at)
	if w != "in" && w != "at" {
		return false
	}
	w, _ = wordBefore(lower, b)
	return seatedSources[w]
}

// seatedSources are the sources a place may follow as their seat ("local
// officials in Leskovac"; a hospital in a town is where people died).
var seatedSources = wordSet("official officials source sources police authorities ministry spokesman " +
	"spokeswoman spokesperson government office embassy consulate correspondent")

// sourceSeats are nouns of bodies that speak, besides sourceNouns, that a
// place may name the seat of.
var sourceSeats = wordSet("embassy consulate department municipality prefecture administration " +
	"province's state's")

// placeTold reports whether sentence names place p or an area below
// country level it lies in ("Bokkos" after "Plateau state"; a wider area
// after a town is not told: "in central Gaza" after "In Rafah").
func placeTold(sentence string, p *Place) bool {
	if strings.Contains(sentence, p.Name) {
		return true
	}
	for _, a := range areasOf(*p) {
		if strings.Contains(sentence, a) {
			return true
		}
	}
	return false
}

// lagFromClause dates an event told "a day after" or "two days before"
// the clause before it ("… on Wednesday and destroyed it, a day after the
// guerrillas shelled Nouakchott") by that clause's day, the last day
// named before the words of the lag, shifted by the lag; resolve reads
// a date expression.
func lagFromClause(s string, start int, dates []dateHit, resolve func(string) Date) (Date, bool) {
	from := max(0, start-60)
	if !strings.Contains(s[from:start], " after ") && !strings.Contains(s[from:start], " before ") {
		return Date{}, false
	}
	n, at := sequenceLag(s[from:start])
	if n == 0 {
		return Date{}, false
	}
	lagAt := from + at
	for k := len(dates) - 1; k >= 0; k-- {
		d := dates[k]
		if d.End > lagAt {
			continue
		}
		if !dayWord(d.Expr) || isAnchoredElsewhere(d.Expr) || strings.ContainsAny(s[d.End:lagAt], ";:") {
			return Date{}, false
		}
		return daysBefore(resolve(d.Expr), n)
	}
	return Date{}, false
}

// daysBefore returns the day n days before the one-day date d (after it
// when n is negative), and whether d is one day.
func daysBefore(d Date, n int) (Date, bool) {
	if d.Start == nil || d.End == nil || *d.Start != *d.End {
		return Date{}, false
	}
	return shiftDays(d, -n, PrecisionDay)
}

// shiftDays returns d moved by shift days, with precision, and whether d
// has two ends that parse.
func shiftDays(d Date, shift int, precision string) (Date, bool) {
	if d.Start == nil || d.End == nil {
		return Date{}, false
	}
	start, err1 := time.Parse(isoDay, *d.Start)
	end, err2 := time.Parse(isoDay, *d.End)
	if err1 != nil || err2 != nil {
		return Date{}, false
	}
	s, e := start.AddDate(0, 0, shift).Format(isoDay), end.AddDate(0, 0, shift).Format(isoDay)
	return Date{Start: &s, End: &e, Precision: precision}, true
}

// spanPlace is a place for the claim at a span.
type spanPlace struct {
	span  Span
	place Place
}

// figuresAtEvent appends to out the place at, named right after the
// sentence's first attack or capture (see attackPlace), for each incident
// figure without a place among the sentence's claims: "Militants attacked
// Gajiram on Wednesday, killing 12 villagers" is at Gajiram, a village no
// gazetteer need know, which the event's own rules read after "attacked".
// placeAtEvents sets them once every other way of placing a figure (a
// headline's, a dateline's, the lead's) has had its turn.
func figuresAtEvent(claims []Claim, at *Place, out []spanPlace) []spanPlace {
	if at == nil {
		return out
	}
	for _, c := range claims {
		if c.Kind == KindCasualty && c.Location == nil && c.Scope == ScopeIncident {
			out = append(out, spanPlace{c.Span, *at})
		}
	}
	return out
}

// attackPlace returns the place named right after the first attack or
// capture of sentence s (events), or nil (see figuresAtEvent).
func attackPlace(s string, events []eventHit) *Place {
	for _, ev := range events {
		if ev.Place == nil || isCountry(ev.Place.Name) || ev.Action != ActionStrike && ev.Action != ActionCapture && ev.Action != ActionEnter {
			continue
		}
		if k := strings.Index(s[ev.Start:], ev.Place.Text); k >= 0 && k <= ev.End-ev.Start+40 && !strings.Contains(s[ev.Start:ev.Start+k], " since ") {
			return ev.Place // (not "the worst attack since the troubles in Northern Ireland")
		}
		return nil
	}
	return nil
}

// placeAtEvents sets the places figuresAtEvent found on the figures still
// without one.
func placeAtEvents(claims []Claim, at []spanPlace) {
	if len(at) == 0 {
		return
	}
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Location != nil {
			continue
		}
		for _, sp := range at {
			if sp.span == c.Span {
				p := sp.place
				c.Location = &p
				break
			}
		}
	}
}

// areasOf lists the areas below country level place p lies in, as its
// region and the gazetteer tell (up to three levels).
func areasOf(p Place) []string {
	var out []string
	region := p.Region
	for range 3 {
		if region == "" || isCountry(region) {
			break
		}
		out = append(out, region)
		e := gazetteer[strings.ToLower(region)]
		if e == nil {
			break
		}
		region = e.Region
	}
	return out
}

// tellsEarlier reports whether a sentence (lower-cased) tells what came
// before the report it continues: "The move came after the Syrian regime
// targeted Turkish observation posts, killing seven Turkish soldiers".
func tellsEarlier(lower string) bool {
	for _, p := range [...]string{" followed ", " follows ", "in retaliation for ", "in response to "} {
		for at := range indexAll(lower, p) {
			if !strings.HasPrefix(lower[at+len(p):], "by ") {
				// ("An explosion followed by gunfire": one incident.)
				return true
			}
		}
	}
	for _, p := range [...]string{" came ", " comes ", " come "} {
		for at := range indexAll(lower, p) {
			if comesAfter(lower[at+len(p):]) {
				return true
			}
		}
	}
	return false
}

// comesAfter reports whether s, the words after "came" or "comes", go on
// "after" at once or after a stretch of time ("after", "a week after",
// "just hours after", "less than two days after").
func comesAfter(s string) bool {
	for range 5 {
		w, rest, _ := strings.Cut(s, " ")
		switch {
		case w == "after":
			return true
		case lapseWords[w], numberWords[w] > 0, w != "" && strings.Trim(w, "0123456789") == "":
			s = rest
		default:
			return false
		}
	}
	return false
}

// lapseWords may stand between "came" and "after" in a stretch of time.
var lapseWords = wordSet("a an one just only barely less more than nearly almost some about few several " +
	"hours hour days day weeks week months month years year minutes shortly soon")

// incidentSubjects are the nouns by which the sentence after a lead may
// point back to its incident or its attackers ("The attackers arrived …").
var incidentSubjects = wordSet("attackers assailants gunmen militants fighters insurgents bandits jihadists " +
	"attack attacks assault raid raids strike strikes airstrike blast blasts explosion explosions bombing " +
	"shelling ambush fighting clashes violence incident massacre killings shooting")

// incidentSubject reports whether a sentence (lower-cased) opens with
// "the" and a noun of the incident or its attackers.
func incidentSubject(lower string) bool {
	rest, ok := strings.CutPrefix(lower, "the ")
	if !ok {
		return false
	}
	w := rest
	if k := strings.IndexAny(w, " ,."); k >= 0 {
		w = w[:k]
	}
	return incidentSubjects[w]
}

// carriable reports whether a date expression may date the sentences that
// continue its report: a background period ("in January", "since 2011")
// does not.
func carriable(expr string) bool {
	for _, p := range []string{"in ", "since ", "during ", "by ", "until ", "throughout "} {
		if hasLowerPrefix(expr, p) {
			return false
		}
	}
	return true
}

// hasLowerPrefix reports whether strings.ToLower(s) begins with p, a
// lower-case ASCII prefix, building the lower-cased string only when s
// has a byte that is not ASCII where p is read ('İ' lower-cases to 'i').
func hasLowerPrefix(s, p string) bool {
	for k := 0; k < len(p); k++ {
		if k >= len(s) {
			return false
		}
		c := s[k]
		if c >= utf8.RuneSelf {
			return strings.HasPrefix(strings.ToLower(s), p)
		}
		if lowerByte[c] != p[k] {
			return false
		}
	}
	return true
}

// sameSource reports whether two attributions name the same source: the
// same words, or the words of one whole within the other ("the army" and
// "an army spokesman"). A nation is not its people's officer: "Israel"
// is not "an Israeli army officer".
func sameSource(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	a, b = strings.ToLower(a), strings.ToLower(b)
	return a == b || hasWord(a, b) || hasWord(b, a)
}

// shortenedSource returns the source named before that "the Nigerien
// official" (two or three words) is short for: the last named with more
// words, the same last word and all of its words in order ("a Nigerien
// security official"), or "".
func shortenedSource(named []string, who string) string {
	words := strings.Fields(who)
	if len(words) < 2 || len(words) > 3 || hasUpper(words[len(words)-1]) {
		return ""
	}
	for i := len(named) - 1; i >= 0; i-- {
		nw := strings.Fields(named[i])
		if len(nw) <= len(words) || nw[len(nw)-1] != words[len(words)-1] {
			continue
		}
		k := 0
		for _, w := range nw {
			if k < len(words) && w == words[k] {
				k++
			}
		}
		if k == len(words) {
			return named[i]
		}
	}
	return ""
}

// headedSource returns the latest of the named sources that a one-word
// back reference stands for: a lower-case noun that ends it ("committee"
// for "local resistance committee", "spokesperson" for "United Nations
// spokesperson"), or a capitalised word in it ("Observatory" for "Syrian
// Observatory for Human Rights"). It returns "" when none does.
func headedSource(named []string, head string) string {
	if head == "" || strings.IndexByte(head, ' ') >= 0 {
		return ""
	}
	capital := head[0] >= 'A' && head[0] <= 'Z'
	for i := len(named) - 1; i >= 0; i-- {
		n := named[i]
		if len(n) <= len(head) {
			continue
		}
		if capital {
			words := strings.Fields(n)
			for k, w := range words {
				if w == head && !(k+1 < len(words) && !hasUpper(words[k+1]) && !nameConnectors[words[k+1]] && !namePrepositions[words[k+1]]) {
					// (Not "Navy officials" for "the Navy": a word that
					// describes another noun.)
					return n
				}
			}
			continue
		}
		if j := len(n) - len(head); n[j-1] == ' ' && strings.EqualFold(n[j:], head) {
			return n
		}
		if first, _, _ := strings.Cut(n, " "); (strings.HasSuffix(first, "'s") || strings.HasSuffix(first, "’s")) &&
			strings.EqualFold(strings.TrimSuffix(strings.TrimSuffix(first, "'s"), "’s"), head) {
			// "the ombudsman" for "Ombudsman's Office".
			return n
		}
	}
	return ""
}

// backSource resolves "the ministry", "the spokesman", "it" (noun is the
// noun, or "" for a pronoun) that no source named before is headed by:
// "the ministry" is the last named source with a ministry in its name
// ("Ministry of Health") or else just "ministry", never a spokesman or a
// governor named before; a spokesman or an official with no source
// before them stays so ("the spokesman said" opening an article);
// anything else is the last named source.
func backSource(noun string, named []string, lastNamed string) string {
	switch lower := strings.ToLower(noun); {
	case lower == "ministry" || lower == "ministries":
		if containsFold(lastNamed, "ministry") {
			return lastNamed
		}
		for i := len(named) - 1; i >= 0; i-- {
			if containsFold(named[i], "ministry") {
				return named[i]
			}
		}
		return noun
	case lastNamed == "" && (lower == "spokesman" || lower == "spokeswoman" || lower == "spokesperson" || lower == "official"):
		return noun
	case lower == "monitor" && !monitorName(lastNamed):
		// "The Britain-based monitor said", after a state news agency
		// spoke: the monitor named before.
		for i := len(named) - 1; i >= 0; i-- {
			if monitorName(named[i]) {
				return named[i]
			}
		}
	}
	return lastNamed
}

// monitorName reports whether a source's name is a war monitor's: an
// observatory, a monitor, or one known by its initials ("SOHR",
// "ACLED").
func monitorName(name string) bool {
	return containsFold(name, "observatory") || containsFold(name, "monitor") || name == "SOHR" || name == "ACLED" || name == "Airwars"
}

// apartFromRaisedToll gives a figure told after a raised toll as what
// raised it a part of its own: "the death toll climbed to 52 after a
// wounded woman died in hospital" counts the woman among the 52, so the
// two are never added up.
func apartFromRaisedToll(cas []casualtyHit, lower string) {
	for i := 1; i < len(cas); i++ {
		prev := cas[i-1]
		if cas[i].part != prev.part || prev.end > cas[i].start || cas[i].start > len(lower) {
			continue
		}
		between := lower[prev.end:cas[i].start]
		if !strings.Contains(between, " after ") && !strings.HasPrefix(between, " after") {
			continue
		}
		if q := lower[prev.start:prev.end]; !containsAny(q, raisedTollWords) {
			continue
		}
		top := 0
		for _, h := range cas {
			top = max(top, h.part)
		}
		cas[i].part = top + 1
	}
}

// raisedTollWords tell a toll brought up to a new figure.
var raisedTollWords = []string{"rose to", "risen to", "climbed to", "increased to", "jumped to", "rises to", "climbs to", "reached"}

// nearestSource returns the source named nearest to [start, end), or the
// sentence's source when it names none.
//
// A source that speaks in a clause of its own after the figure, opened by
// ", while", ", whereas", ", but" or a semicolon, is not the figure's
// when another is named: "The RSF said its fighters had killed 120
// soldiers and captured dozens, while the army said it had killed
// hundreds" gives the captured to the RSF, "The government said its troops
// had killed 500 rebels, but the rebels said …" the 500 to the government.
func nearestSource(attrs []attrHit, start, end int, fallback string, s string) string {
	best, bestD := "", -1
	other := false
	for _, h := range attrs {
		other = other || h.who != "" && !otherClauseAfter(s, end, h.pos)
	}
	for _, h := range attrs {
		if h.who == "" || other && otherClauseAfter(s, end, h.pos) {
			continue
		}
		d := distance(h.pos, h.pos, start, end)
		if bestD < 0 || d < bestD {
			best, bestD = h.who, d
		}
	}
	if best == "" {
		return fallback
	}
	return best
}

// otherClauseAfter reports whether s between a figure's end and pos opens
// another clause: ", while", ", whereas", ", but" or a semicolon, or "and"
// before a source's "putting" or "saying".
func otherClauseAfter(s string, end, pos int) bool {
	if pos <= end || pos > len(s) || end < 0 {
		return false
	}
	between := s[end:pos]
	if strings.Contains(between, " and ") && (strings.HasPrefix(s[pos:], "putting ") || strings.HasPrefix(s[pos:], "saying ")) {
		// "with Azerbaijan saying it had lost 84 soldiers and Armenia
		// putting its losses at 104".
		return true
	}
	return strings.Contains(between, ", while ") || strings.Contains(between, ", whereas ") || strings.Contains(between, "; ") ||
		strings.Contains(between, ", but ")
}

// nearestDate returns the date expression of sentence s nearest to
// [start, end), or the carried expression when the sentence has none. A
// date before the figure in a clause joined by "and" gives way to one
// after it in its own clause: "shot down two planes last night and killed
// 24 fighters in clashes on Sunday" is Sunday. A date after the figure
// that names an earlier deed of its victims (describesVictims) dates
// nothing.
func nearestDate(s string, dates []dateHit, start, end int, carried string) string {
	best, bestD, bi := "", -1, -1
	for i, h := range dates {
		if h.Start >= end && describesVictims(s, h.Start) {
			continue // "killed two commanders involved in the October 7 attack"
		}
		d := distance(h.Start, h.End, start, end)
		if bestD < 0 || d < bestD {
			best, bestD, bi = h.Expr, d, i
		}
	}
	if best == "" {
		return carried
	}
	if h := dates[bi]; h.End <= start && strings.Contains(s[h.End:start], " and ") {
		for _, a := range dates[bi+1:] {
			if a.Start >= end && !strings.ContainsAny(s[end:a.Start], ",;") && !strings.Contains(s[end:a.Start], " and ") && a.Start-end <= 60 {
				return a.Expr
			}
		}
	}
	return best
}

// distance is the gap in bytes between [s1, e1) and [s2, e2).
func distance(s1, e1, s2, e2 int) int {
	switch {
	case e1 <= s2:
		return s2 - e1
	case e2 <= s1:
		return s1 - e2
	}
	return 0
}

// placeFor returns the place of a claim starting at start in sentence s:
// the first place named from there on, else the nearest one before it.
// A capital or a country that stands for its government ("tensions
// between Damascus and Ankara", "Turkey said") is not a place: it counts
// only after a locative word ("in Damascus", "south of Damascus").
func placeFor(places []placeHit, s string, start int) *Place {
	after, before := placesAround(places, s, start, false)
	if after >= 0 && officialSeat(s, places[after]) {
		after = -1
	}
	if before >= 0 && officialSeat(s, places[before]) {
		before = -1
	}
	pick := after
	if pick < 0 {
		pick = before
	}
	if pick < 0 {
		return nil
	}
	pl := places[pick].Place
	return &pl
}

// officialSeat reports whether a place is only where an official who
// speaks sits: "An Air Force spokesman in New Delhi said the MiG-21 was
// brought down", not where the jet fell.
func officialSeat(s string, p placeHit) bool {
	if p.Start < 0 || p.End > len(s) || !hasAnyPrefix(s[p.End:], " said", " says", " told", " added") {
		return false
	}
	w := lastWords(s[:p.Start], 2)
	return len(w) == 2 && strings.EqualFold(w[1], "in") && seatWords[strings.ToLower(w[0])]
}

// seatWords are the officials officialSeat places where they speak.
var seatWords = wordSet("spokesman spokeswoman spokesperson official officials diplomat diplomats ministry command " +
	"headquarters envoy ambassador correspondent correspondents analyst analysts embassy")

// placesAround returns the index of the first usable place starting at or
// after start and of the last one before it (-1 for none). A capital or
// country standing for its government (metonymy) is not usable, unless
// war is set and it names a war ("Syria's conflict", see warPlace).
func placesAround(places []placeHit, s string, start int, war bool) (after, before int) {
	after, before = -1, -1
	for i := range places {
		p := &places[i]
		if p.Start < 0 || p.End > len(s) || p.Start >= p.End || metonymy(s, p) && !(war && warPlace(s, p)) {
			continue
		}
		if p.Start >= start {
			return i, before
		}
		before = i
	}
	return after, before
}

// nationOfForces reports whether the text after a country or capital
// opens with a noun of armed forces it qualifies: " troops", " soldiers",
// " forces", " warplanes".
func nationOfForces(after string) bool {
	if len(after) < 2 || after[0] != ' ' {
		return false
	}
	// (In any case: "dressed in U.S. Army uniforms".)
	return nationForces[wordAfter(lowerASCII(after[:min(len(after), 24)]), 1)]
}

// nationForces are the nouns of armed forces a nation's name qualifies.
var nationForces = wordSet("troops soldiers soldier forces military army marines servicemen personnel " +
	"warplanes jets aircraft drone drones helicopters helicopter navy")

// locativeWords put a capital or a country as a place before it.
var locativeWords = wordSet("in near outside around of at inside across into from over to towards " +
	"toward through throughout within")

// cityParts are the parts of a city a capital's possessive names as a
// place: "Beirut's southern suburbs".
var cityParts = wordSet("suburb suburbs outskirts outskirt district districts neighbourhood neighbourhoods " +
	"neighborhood neighborhoods centre center quarter quarters")

// attackNouns make a capital after "on" or "against" the place attacked,
// not its government.
var attackNouns = wordSet("strike strikes airstrike airstrikes attack attacks raid raids bombing bombings " +
	"assault assaults bombardment shelling offensive barrage")

// nextWordSkipping returns the first word of s after any of skip.
func nextWordSkipping(s string, skip ...string) string {
	for {
		w, rest, _ := strings.Cut(s, " ")
		w = strings.TrimRight(w, ",.;:")
		if !slices.Contains(skip, strings.ToLower(w)) || rest == "" {
			return w
		}
		s = rest
	}
}

// metonymy reports whether a capital or a country named at p stands for
// its government rather than a place: no locative word comes before it,
// or it owns what follows ("Russia's missile strike").
func metonymy(s string, p *placeHit) bool {
	// Lower-cased in a buffer on the stack: the map lookups and
	// comparisons below do not copy it.
	var buf [48]byte
	if capitalNations[string(appendLowerASCII(buf[:0], p.Place.Name))] == "" && !isCountry(p.Place.Name) {
		return false
	}
	// A possessive makes it the owner of what follows, even after a
	// locative word: "the toll from Russia's missile strike on Kramatorsk",
	// "killed in Israel's operation in Nuseirat" (a place it owns is read
	// by possessivePlaces).
	if after := s[p.End:]; strings.HasPrefix(after, "'s ") || strings.HasPrefix(after, "’s ") {
		// Unless what it owns is a part of the city: "Beirut's southern
		// suburbs", "Kyiv's outskirts".
		return !ownsCityPart(after[strings.IndexByte(after, ' '):])
	}
	if nationOfForces(s[p.End:]) {
		// "an attack on U.S. troops", "wounding two Kenyan army
		// officers in Mogadishu": the nation whose forces they are.
		return true
	}
	if before := strings.TrimRight(s[:p.Start], " "); strings.HasSuffix(before, " capital,") {
		// "in the capital, Sanaa", "in the Somali capital, Mogadishu,":
		// the capital named after its description (not "north of the
		// capital, Niamey": the distance's reference).
		words := strings.Fields(strings.ToLower(before[max(0, len(before)-40):]))
		for j := len(words) - 2; j >= 0 && j >= len(words)-4; j-- {
			if w := words[j]; w == "in" || w == "at" || w == "into" || w == "across" || w == "around" || w == "near" {
				return false
			}
			if words[j] == "of" {
				break
			}
		}
	}
	// The word before, skipping "the" and adjectives of the place
	// ("in the Syrian capital", "in the Libyan capital Tripoli").
	end := p.Start
	for n := 0; n < 5; n++ {
		for end > 0 && (s[end-1] == ' ' || s[end-1] == '\n') {
			end--
		}
		b := end
		for b > 0 && (s[b-1] >= 'a' && s[b-1] <= 'z' || s[b-1] >= 'A' && s[b-1] <= 'Z') {
			b--
		}
		w := appendLowerASCII(buf[:0], s[b:end])
		if len(w) == 0 {
			return true
		}
		if locativeWords[string(w)] {
			return false
		}
		if (string(w) == "on" || string(w) == "against") && attackNouns[strings.ToLower(lastWord(s[:b]))] {
			return false // "a missile strike on Kyiv", "the attack against Tripoli"
		}
		switch string(w) {
		case "the", "northern", "southern", "eastern", "western", "central", "southeastern", "southwestern", "northeastern", "northwestern",
			"southeast", "southwest", "northeast", "northwest":
			// ("in southeastern Turkey", "in northwest Pakistan".)
		case "capital":
			if n > 0 {
				return true // "the capital's", told before the place's own words
			}
		default:
			if n == 0 || nationAdjectives[string(w)] == "" || !strings.HasSuffix(strings.ToLower(s[b:p.Start]), " capital ") {
				return true
			}
		}
		end = b
	}
	return true
}

// Kinds of figures with no victims' noun.
const (
	bareCount uint8 = 1 // "Dozens more were wounded", "Two others were hurt"
	bareToll  uint8 = 2 // "The death toll rose to 50"
	// bareSpeaker is the speaker's own side: "After we had eight
	// martyrs," the Turkish foreign minister said.
	bareSpeaker uint8 = 3
)

// sideBefore returns the side of the nearest casualty claim before
// claims[i] whose side is known, of the outcome given unless that is "",
// or SideUnknown.
func sideBefore(claims []Claim, i int, outcome string) string {
	for j := i - 1; j >= 0; j-- {
		if o := &claims[j]; o.Kind == KindCasualty && o.Victims.Side != SideUnknown && (outcome == "" || o.Outcome == outcome) {
			if h := j - 1; h >= 0 && breakdownQuote(o.Quote) && claims[h].Kind == KindCasualty && claims[h].Outcome == o.Outcome &&
				(claims[h].Span.End <= o.Span.Start && o.Span.Start-claims[h].Span.End < 40 ||
					o.Span.Start <= claims[h].Span.Start && claims[h].Span.End <= o.Span.End) {
				// (Or the part's quote holds the whole's: "killing a
				// dozen people, including three policemen".)
				// "At least 21 people were killed, among them three
				// attackers, and 117 were injured": the side of the
				// toll broken down, not of its part.
				return claims[h].Victims.Side
			}
			return o.Victims.Side
		}
	}
	return SideUnknown
}

// breakdownQuote reports whether a figure's quote tells it as a part of
// the figure before it: "among them three attackers", "killed seven
// civilians, including three children".
func breakdownQuote(q string) bool {
	return hasASCIIFoldPrefix(q, "among them ") || hasASCIIFoldPrefix(q, "including ") ||
		strings.Contains(q, ", including ") || strings.Contains(q, ", among them ")
}

// partOfOutcome returns the outcome of the figure a bare part names ("two
// of the wounded", "six of the dead"), or "".
func partOfOutcome(victims string) string {
	switch {
	case strings.HasSuffix(victims, " of the wounded"), strings.HasSuffix(victims, " of the injured"):
		return OutcomeWounded
	case strings.HasSuffix(victims, " of the dead"):
		return OutcomeKilled
	}
	return ""
}

// namedForceSides gives unqualified soldiers of no known side ("Two
// soldiers were slightly hurt") the military of the one nation whose
// forces the article names by their nation ("British paratroopers opened
// fire"), when it names no other nation's.
func namedForceSides(claims []Claim, lower string) {
	need := false
	for i := range claims {
		c := &claims[i]
		if c.Kind == KindCasualty && c.Victims != nil && c.Victims.Side == SideUnknown && bareForce(c.Victims.Text) {
			need = true
			break
		}
	}
	if !need {
		return
	}
	nation := ""
	words := strings.Fields(lower)
	for i := 0; i+1 < len(words); i++ {
		n := nationAt("", strings.Trim(words[i], ",.;:\"'()"))
		if n == "" {
			continue
		}
		j := i + 1
		if words[j] == "army" || words[j] == "government" || words[j] == "military" {
			j++
		}
		if j >= len(words) || !securityHeads[strings.Trim(words[j], ",.;:\"'()")] {
			continue
		}
		if nation != "" && nation != n {
			return // the forces of two nations
		}
		nation = n
	}
	if nation == "" {
		return
	}
	for i := range claims {
		c := &claims[i]
		if c.Kind == KindCasualty && c.Victims != nil && c.Victims.Side == SideUnknown && bareForce(c.Victims.Text) {
			c.Victims.Side = nationMilitary(nation)
		}
	}
}

// namedParamilitaries gives paramilitaries a figure counts ("killing more
// than 100 paramilitaries") the armed group their sentence names ("an
// RSF ground assault"), when it names one: a paramilitary force known by
// its name is that force, not a militia of the government's side.
func namedParamilitaries(claims []Claim, lower string) {
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Victims == nil || c.Victims.Side != SideProGovMilitia ||
			!strings.Contains(lowerASCII(c.Victims.Text), "paramilitaries") || c.Span.End > len(lower) {
			continue
		}
		from := max(strings.LastIndex(lower[:c.Span.Start], ". "), strings.LastIndexByte(lower[:c.Span.Start], '\n'), 0)
		to := len(lower)
		if k := strings.Index(lower[c.Span.End:], ". "); k >= 0 {
			to = c.Span.End + k
		}
		if g := articleGroup(lower[from:to]); g != "" {
			c.Victims.Side = g
		}
	}
}

// sameFigureSide returns the side of the figure of the same outcome and
// count told before claims[i] in another sentence ("the toll … rose to
// 38" and later "the 38 dead included the three attackers": the toll's
// dead, not the side of whatever figure came between), or SideUnknown.
func sameFigureSide(claims []Claim, i int) string {
	c := &claims[i]
	if c.Count == nil || c.Count.Value == nil {
		return SideUnknown
	}
	for j := i - 1; j >= 0; j-- {
		p := &claims[j]
		if p.Kind == KindCasualty && p.Statement != c.Statement && p.Outcome == c.Outcome && p.Count != nil && p.Count.Value != nil &&
			*p.Count.Value == *c.Count.Value && p.Victims != nil && p.Victims.Side != SideUnknown {
			return p.Victims.Side
		}
	}
	return SideUnknown
}

// bareForce reports whether a victims' group is soldiers of no nation
// named: "Two soldiers", "seven soldiers", "Four troops".
func bareForce(victims string) bool {
	f := strings.Fields(lowerASCII(victims))
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	switch f[len(f)-1] {
	case "soldiers", "soldier", "troops", "servicemen", "serviceman", "paratroopers", "paratrooper", "marines", "marine":
		return true
	}
	return false
}

// palestinianMarks place a report in Gaza or the West Bank.
var palestinianMarks = []string{"gaza", "palestinian", "west bank", "hamas-run", "rafah", "khan younis",
	"jabalia", "deir al-balah", "jenin", "nablus", "tulkarm"}

// palestinianReport reports whether a mark of palestinianMarks places a
// report in Gaza or the West Bank: "Palestinian" that names the attackers
// of a report from elsewhere ("a Palestinian guerrilla group", "Palestinian
// gunmen") does not.
func palestinianReport(lower string) bool {
	for _, w := range palestinianMarks {
		for off := 0; ; {
			k := strings.Index(lower[off:], w)
			if k < 0 {
				break
			}
			off += k + len(w)
			if w != "palestinian" || !attackersAfter(lower[off:]) {
				return true
			}
		}
	}
	return false
}

// attackersAfter reports whether rest, after "Palestinian", names
// attackers: " guerrilla group", " gunmen", " suicide bomber".
func attackersAfter(rest string) bool {
	if rest == "" || rest[0] != ' ' {
		return false // "Palestinians", "Palestinian-run"
	}
	f := strings.Fields(rest[:min(len(rest), 40)])
	if len(f) > 0 && f[0] == "suicide" {
		f = f[1:]
	}
	if len(f) == 0 {
		return false
	}
	switch strings.Trim(f[0], ",.;:'\"") {
	case "guerrilla", "guerrillas", "gunman", "gunmen", "bomber", "bombers", "militant", "militants",
		"attacker", "attackers", "assailant", "assailants", "commando", "commandos", "raiders", "hijackers":
		return true
	}
	return false
}

// soldierListNations gives the people of a nation listed after soldiers
// their nation's army: "kills 45 UAE soldiers, 10 Saudis and five
// Bahrainis" are soldiers of each.
func soldierListNations(claims []Claim) {
	for i := 1; i < len(claims); i++ {
		c, p := &claims[i], &claims[i-1]
		if c.Kind != KindCasualty || p.Kind != KindCasualty || c.Statement != p.Statement || c.Outcome != p.Outcome ||
			c.Victims == nil || p.Victims == nil || c.Victims.Side != SideCivilians || !forceSide(p.Victims.Side) || p.Victims.Side == SidePolice {
			continue
		}
		fields := strings.Fields(c.Victims.Text)
		if len(fields) != 2 {
			continue
		}
		last := strings.ToLower(fields[1])
		n := nationAdjectives[last]
		if n == "" || !strings.HasSuffix(last, "s") {
			continue
		}
		if !strings.Contains(c.Quote, p.Victims.Text+", "+c.Victims.Text) && !strings.Contains(c.Quote, p.Victims.Text+" and "+c.Victims.Text) &&
			!strings.Contains(c.Quote, p.Victims.Text+", and "+c.Victims.Text) {
			continue
		}
		c.Victims.Side = nationMilitary(n)
	}
}

// fromNation matches the country soldiers are from, right after them
// ("soldiers from the United Arab Emirates", "troops from Chad").
var fromNation = regexp.MustCompile(`^\s+from\s+(?:the\s+)?(\p{Lu}[\pL.-]*(?:\s+\p{Lu}[\pL.-]*){0,3})`)

// othersOfOneSide gives "others" of no side the side the figures told
// before them in their statement all share, once the passes before it
// have resolved that side: "A soldier from Chad was killed and four
// others were wounded" (not after figures of several sides).
func othersOfOneSide(claims []Claim) {
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Victims == nil || c.Victims.Side != SideUnknown || !othersOnly(c.Victims.Text) {
			continue
		}
		side := ""
		for j := i - 1; j >= 0; j-- {
			o := &claims[j]
			if o.Statement != c.Statement {
				break
			}
			if o.Kind != KindCasualty || o.Victims == nil {
				continue
			}
			if side != "" && o.Victims.Side != side || o.Victims.Side == SideUnknown {
				side = ""
				break
			}
			side = o.Victims.Side
		}
		if side != "" {
			c.Victims.Side = side
		}
	}
}

// othersOnly reports whether a victims' text is a count of "others" and
// no other noun: "four others", "at least 20 others".
func othersOnly(victims string) bool {
	if !strings.HasSuffix(victims, " others") {
		return false
	}
	f := strings.Fields(victims)
	return len(f) >= 2 && len(f) <= 4
}

// oneSoldierNouns name one of a state's soldiers: "a soldier from Chad".
var oneSoldierNouns = wordSet("soldier serviceman servicewoman marine sailor airman trooper peacekeeper")

// soldiersFrom gives soldiers of no side told with the country they are
// from that country's army ("Forty-five soldiers from the United Arab
// Emirates … were killed").
func soldiersFrom(claims []Claim) {
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Victims == nil || c.Victims.Side != SideUnknown {
			continue
		}
		head, tail := c.Victims.Text, ""
		if j := strings.Index(head, " from "); j > 0 {
			head, tail = head[:j], head[j:] // "soldiers from the United Arab Emirates"
		} else if k := strings.Index(c.Quote, head); k >= 0 {
			tail = c.Quote[k+len(head):]
		}
		fields := strings.Fields(head)
		if len(fields) < 2 || !soldierNouns[strings.ToLower(fields[len(fields)-1])] && !oneSoldierNouns[strings.ToLower(fields[len(fields)-1])] {
			continue
		}
		m := fromNation.FindStringSubmatch(tail)
		if m == nil {
			continue
		}
		// The longest run of the words that names a nation.
		words := strings.Fields(m[1])
		for n := len(words); n > 0; n-- {
			if nation := nationAdjectives[strings.ToLower(strings.Join(words[:n], " "))]; nation != "" {
				c.Victims.Side = nationMilitary(nation)
				break
			}
		}
	}
}

// jihadMarkers are words of a report on a jihadist insurgency, whose
// insurgents are militants.
var jihadMarkers = []string{"islamic state", "islamist", "jihad", "al-qaeda", "al qaeda", "taliban", "al-shabaab",
	"boko haram", "isis", "isil", "daesh", "ansar", "al-sunna", "mujahideen", "iraq", "afghan", "sahel", "mozambique",
	"cabo delgado", "caliphate", "sharia"}

// jihadistReport reports whether a text (lower-cased) tells of a jihadist
// insurgency (see jihadMarkers).
func jihadistReport(lower string) bool {
	return slices.ContainsFunc(jihadMarkers, func(m string) bool { return strings.Contains(lower, m) })
}

// secularInsurgents gives insurgents the side rebels, as the rebels of
// other words are, in a report of an insurgency that is not a jihadist
// one ("16 insurgents killed in failed raid on marine base" in Thailand's
// south); a jihadist insurgency's are militants.
func secularInsurgents(claims []Claim, lower string) {
	jihad := -1
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Victims == nil || c.Victims.Side != SideMilitants || !strings.Contains(strings.ToLower(c.Victims.Text), "insurgent") {
			continue
		}
		if jihad < 0 {
			jihad = 0
			if jihadistReport(lower) {
				jihad = 1
			}
		}
		if jihad == 0 {
			c.Victims.Side = SideRebels
		}
	}
}

// womenOfForce gives the women or men a breakdown counts among fighters
// or soldiers their side: "29 uniformed Maoists, among them 15 women" are
// Maoists.
func womenOfForce(claims []Claim) {
	for i := 1; i < len(claims); i++ {
		c, p := &claims[i], &claims[i-1]
		if c.Kind != KindCasualty || p.Kind != KindCasualty || c.Outcome != p.Outcome || c.Victims == nil || p.Victims == nil ||
			c.Victims.Side != SideCivilians || p.Victims.Side == SideCivilians || p.Victims.Side == SideUnknown {
			continue
		}
		f := strings.Fields(c.Victims.Text)
		if len(f) != 2 || f[1] != "women" && f[1] != "men" {
			continue
		}
		for _, sep := range [...]string{", among them ", ", including ", ", of them ", " among them ", " including "} {
			if strings.Contains(c.Quote, p.Victims.Text+sep+c.Victims.Text) {
				c.Victims.Side = p.Victims.Side
				break
			}
		}
	}
}

// acronymSides gives victims of no side named by an abbreviation the
// article spells out ("nine members of the TNI" after "the Indonesian
// National Army (TNI)") the side of its full name.
func acronymSides(claims []Claim, text string) {
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Victims == nil || c.Victims.Side != SideUnknown {
			continue
		}
		for _, w := range strings.Fields(c.Victims.Text) {
			w = strings.Trim(w, ".,;:'’\"")
			if len(w) < 2 || len(w) > 6 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
				continue
			}
			k := strings.Index(text, "("+w+")")
			if k <= 0 {
				continue
			}
			// The capitalised words before the brackets, at most six.
			words := strings.Fields(text[max(0, k-80):k])
			j := len(words)
			for j > 0 && len(words)-j < 6 {
				x := words[j-1]
				if x == "" || !(x[0] >= 'A' && x[0] <= 'Z') {
					break
				}
				j--
			}
			if j == len(words) {
				continue
			}
			full := make([]string, 0, len(words)-j)
			for _, x := range words[j:] {
				full = append(full, strings.ToLower(strings.Trim(x, ",;:")))
			}
			if side := sideOf(full, ""); side != SideUnknown && side != SideCivilians {
				c.Victims.Side = side
				break
			}
		}
	}
}

// soldiersToldBefore gives soldiers of no named nation, taken for the
// army of the country their sentence is set in, the nation of the
// soldiers a figure of the same outcome just before in the paragraph
// names: "12 Turkish soldiers were martyred … in northern Iraq. Six
// soldiers were martyred …" are Turkish.
func soldiersToldBefore(claims []Claim, text string) {
	for i := 1; i < len(claims); i++ {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Victims == nil || !strings.HasSuffix(c.Victims.Side, " military") {
			continue
		}
		f := strings.Fields(strings.ToLower(c.Victims.Text))
		if len(f) == 2 && (f[1] == "others" || f[1] == "more") {
			// "Six soldiers were martyred and two others wounded": the
			// others are of the soldiers told before them.
			if p := &claims[i-1]; p.Kind == KindCasualty && p.Statement == c.Statement && p.Victims != nil &&
				strings.HasSuffix(p.Victims.Side, " military") && soldierNouns[lastWord(strings.ToLower(p.Victims.Text))] {
				c.Victims.Side = p.Victims.Side
			}
			continue
		}
		if len(f) < 2 || !soldierNouns[f[len(f)-1]] || slices.ContainsFunc(f, func(w string) bool { return nationAdjectives[w] != "" || ownerWords[w] }) ||
			sentenceNamesNation(text, c.Span.Start) {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			p := &claims[j]
			if p.Kind != KindCasualty || p.Victims == nil || p.Outcome != c.Outcome || p.Span.End > c.Span.Start ||
				strings.Contains(text[p.Span.End:c.Span.Start], "\n\n") {
				continue
			}
			pf := strings.Fields(strings.ToLower(p.Victims.Text))
			if len(pf) < 2 || !soldierNouns[pf[len(pf)-1]] || !strings.HasSuffix(p.Victims.Side, " military") {
				continue
			}
			c.Victims.Side = p.Victims.Side
			break
		}
	}
}

// oneMoreOfForce gives one soldier or officer of no nation told, in a
// clause joined by "and" right after a nation's soldiers of the same
// sentence, their side: "Three Turkish soldiers were killed and an officer
// was wounded in northern Iraq" (not Iraq's officer, by the place).
func oneMoreOfForce(claims []Claim, text string) {
	for i := 1; i < len(claims); i++ {
		c, p := &claims[i], &claims[i-1]
		if c.Kind != KindCasualty || p.Kind != KindCasualty || c.Victims == nil || p.Victims == nil || c.Statement != p.Statement ||
			!strings.HasSuffix(p.Victims.Side, " military") || c.Victims.Side == p.Victims.Side || !namesNation(p.Victims.Text) ||
			c.Victims.Side != SideUnknown && !strings.HasSuffix(c.Victims.Side, " military") {
			continue
		}
		f := strings.Fields(lowerASCII(c.Victims.Text))
		if len(f) != 2 || f[0] != "a" && f[0] != "an" && f[0] != "one" && f[0] != "another" || !securityHeads[f[1]] {
			continue
		}
		if p.Span.End > c.Span.Start || c.Span.Start > len(text) {
			continue
		}
		between := text[p.Span.End:c.Span.Start]
		if len(between) > 40 || !strings.HasPrefix(strings.TrimLeft(between, " ,"), "and ") || strings.ContainsAny(between, ";.") {
			continue
		}
		c.Victims.Side = p.Victims.Side
	}
}

// ownerWords tie soldiers to an owner told elsewhere ("nine of its
// soldiers").
var ownerWords = wordSet("its their our his her of")

// sentenceNamesNation reports whether the sentence around text[at] names a
// nation or country (capitalised), which may own its soldiers ("Armenia
// said it had lost four servicemen").
func sentenceNamesNation(text string, at int) bool {
	from := strings.LastIndexAny(text[:at], ".\n") + 1
	to := len(text)
	if k := strings.IndexAny(text[at:], ".\n"); k >= 0 {
		to = at + k
	}
	for _, w := range strings.FieldsFunc(text[from:to], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if w[0] >= 'A' && w[0] <= 'Z' && nationAdjectives[strings.ToLower(w)] != "" {
			return true
		}
	}
	return false
}

// soldierNouns name a state's soldiers.
var soldierNouns = wordSet("soldiers troops servicemen servicemembers personnel marines sailors airmen")

// lossesOwner returns the nation whose losses a bare figure starting at
// start tells ("Azeri losses exceeded 1,000 dead", "put Russian losses at
// 3,000"): "<nation> losses" a few words before it in its sentence.
func lossesOwner(lower string, start int) string {
	gap, k := lossesBefore(lower, start)
	if k < 0 {
		return ""
	}
	w, b := wordBefore(gap, k+1)
	if w == "military" || w == "combat" || w == "troop" || w == "army" {
		w, b = wordBefore(gap, b)
	}
	prev, _ := wordBefore(gap, b)
	if n := nationAt(prev, w); n != "Palestinian" {
		return n
	}
	return "" // Palestinian losses are not an army's
}

// lossesBefore returns the text before a figure starting at start, from
// 40 bytes before it, and where " losses " stands in it when it tells the
// figure's losses (in its clause; the quote may start with "losses at"),
// else -1.
func lossesBefore(lower string, start int) (string, int) {
	from := max(0, start-40)
	gap := lower[from:min(start+len("losses "), len(lower))]
	k := strings.LastIndex(gap, " losses ")
	if k < 0 || k > start-from || strings.ContainsAny(gap[k:], ".;,:") {
		return gap, -1
	}
	return gap, k
}

// lossesSide returns the side whose losses a bare figure starting at start
// tells: a nation's army (see lossesOwner), or fighters named before
// "losses" in the possessive ("the insurgents' losses", "the Taliban's
// losses").
func lossesSide(lower string, start int) string {
	if n := lossesOwner(lower, start); n != "" {
		return nationMilitary(n)
	}
	gap, k := lossesBefore(lower, start)
	if k < 0 {
		return ""
	}
	f := strings.Fields(gap[:k])
	if len(f) == 0 {
		return ""
	}
	w := f[len(f)-1]
	owned := false
	for _, suf := range [...]string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, suf) {
			w, owned = strings.TrimSuffix(w, suf), true
			break
		}
	}
	switch {
	case !owned && (w == "rebel" || w == "guerrilla"):
		return SideRebels // "put rebel losses at 200"
	case !owned && (w == "militant" || w == "jihadist"):
		return SideMilitants
	case owned && (w == "attackers" || w == "assailants" || w == "gunmen" || w == "raiders"):
		return SideMilitants // "putting the attackers' losses at six"
	case !owned && namedGroups[w] != "":
		return namedGroups[w] // "put Houthi losses at 1,500"
	case !owned:
		return ""
	case w == "insurgents" || w == "insurgent":
		if jihadistReport(lower) {
			return SideMilitants // a jihadist insurgency's (see secularInsurgents)
		}
		return SideRebels
	case rebelWords[w]:
		return SideRebels
	case militantHeads[w]:
		return SideMilitants
	case namedGroups[w] != "":
		return namedGroups[w]
	}
	return ""
}

// resolveBareSides gives a figure with no victims' noun ("The 19 died") or
// an unknown side the side of another figure of the article with the same
// outcome and value ("killed 19 regime soldiers"). Failing that, a bare
// count ("Dozens more were wounded") takes the side of the figure before
// it, and a bare death toll counts people: Palestinians in reports from
// Gaza and the West Bank, civilians elsewhere.
// otherAttackBefore reports whether the words between the casualty figure
// before claims[i] and it date it by another attack (see
// otherAttackBetween).
func otherAttackBefore(claims []Claim, i int, lower string) bool {
	for p := i - 1; p >= 0; p-- {
		if claims[p].Kind == KindCasualty {
			return otherAttackBetween(lower, claims[p].Span.End, claims[i].Span.Start)
		}
	}
	return false
}

func resolveBareSides(claims []Claim, bareAt map[int]uint8, lower string) {
	// figure is a casualty figure's outcome and value.
	type figure struct {
		outcome string
		value   int
	}
	for i := range claims {
		// "The toll … has risen to 46 martyrs": a death toll of
		// martyrs and no other word is a bare toll.
		c := &claims[i]
		if c.Kind == KindCasualty && c.Victims != nil && c.Victims.Side == SideUnknown && c.Outcome == OutcomeKilled {
			if f := strings.Fields(c.Victims.Text); len(f) == 2 && strings.EqualFold(f[1], "martyrs") && c.Count != nil && c.Count.Value != nil {
				if k, ok := bareAt[i]; !ok || k == bareCount || k == bareSpeaker && speakerNation(lower, c.AttributedTo) == "" {
					if bareAt == nil {
						bareAt = map[int]uint8{}
					}
					bareAt[i] = bareToll
				}
			}
		}
	}
	defer func() {
		// In claim order: a bare count takes the side of the figure
		// before it once that one is resolved, whatever the map's order.
		for i := range claims {
			kind, ok := bareAt[i]
			c := &claims[i]
			if c.Kind == KindCasualty && strings.HasPrefix(c.Quote, "losses ") && c.Victims.Side != SideUnknown {
				// "… and Moscow putting Ukrainian losses at 3,000": the
				// losses' owner, not the side of the figure before.
				if side := lossesSide(lower, c.Span.Start); side != "" {
					c.Victims.Side = side
					continue
				}
			}
			if !ok || c.Victims.Side != SideUnknown {
				continue
			}
			if side := lossesSide(lower, c.Span.Start); side != "" {
				// "It said Azeri losses exceeded 1,000 dead", "put
				// Russian losses at more than 3,000": a nation's losses
				// are its soldiers; "put the insurgents' losses at 25",
				// the insurgents'.
				c.Victims.Side = side
				continue
			}
			if strings.HasPrefix(c.Quote, "losses ") && hasAnySuffix(lower[:c.Span.Start], "its ", "their ", "its own ", "their own ") {
				// "The army put its losses at 12": a force's own.
				if side := speakerForce(c.AttributedTo); side != "" {
					c.Victims.Side = side
					continue
				}
			}
			// "… has made more than 30,000 dead": a war's toll told on its
			// own after the figures of an incident is no part of them.
			warToll := kind == bareCount && c.Scope == ScopeCumulative && i > 0 && claims[i-1].Statement != c.Statement &&
				claims[i-1].Kind == KindCasualty && claims[i-1].Scope != ScopeCumulative
			if warToll {
				kind = bareToll
			}
			switch kind {
			case bareCount:
				if firedOnCivilians(lower, c.Span.Start) {
					// "Security forces opened fire on protesters,
					// killing at least five": the people fired on.
					c.Victims.Side = SideCivilians
					continue
				}
				if p := i - 1; p >= 0 && claims[p].Kind == KindCasualty && claims[p].Statement == c.Statement &&
					claims[p].Victims != nil && claims[p].Victims.Side == SideUnknown {
					// "Four soldiers were martyred and six injured": the
					// soldiers' side, however unknown, not that of a
					// figure told before them.
					continue
				}
				// "Two of the wounded were in critical condition" is
				// a part of the wounded told before, not of the last
				// figure whatever its outcome.
				if part := partOfOutcome(c.Victims.Text); part != "" {
					c.Victims.Side = sideBefore(claims, i, part)
				}
				if c.Victims.Side == SideUnknown {
					c.Victims.Side = sameFigureSide(claims, i)
				}
				if c.Victims.Side == SideUnknown && !otherAttackBefore(claims, i, lower) {
					// (Not "two soldiers were killed …, a day after the
					// attack on the school that left 21 dead".)
					c.Victims.Side = sideBefore(claims, i, "")
				}
			case bareSpeaker:
				if n := speakerNation(lower, c.AttributedTo); n != "" {
					c.Victims.Side = nationMilitary(n)
				}
			case bareToll:
				c.Victims.Side = SideCivilians
				if side := oneSideBefore(claims, i); side != "" && !warToll {
					// "Islamic State militants killed nine federal
					// police … the toll had risen to 10": the dead
					// told before are all of one force.
					c.Victims.Side = side
					break
				}
				if (strings.Contains(c.Quote, "toll") || strings.HasPrefix(c.Quote, "up from")) && mixedTollBefore(claims, i) {
					// "has risen to 53, including 49 gendarmes and four
					// civilians … The toll had stood at 32": the same
					// dead, of more than one side.
					c.Victims.Side = SideUnknown
					break
				}
				// The report is from Gaza or the West Bank up to the
				// toll's paragraph: a roundup that turns to Gaza
				// after a toll elsewhere does not make that toll
				// Palestinians'.
				upTo := len(lower)
				if end := min(c.Span.End, len(lower)); end >= 0 {
					if k := strings.Index(lower[end:], "\n\n"); k >= 0 {
						upTo = end + k
					}
				}
				if palestinianReport(lower[:upTo]) {
					c.Victims.Side = "Palestinians"
				}
			}
		}
		// A bare count with nothing before it ("… kills 16" in a headline)
		// takes the side of the first death toll of the same figure.
		var tolls map[figure]string
		for j := range claims {
			if o := &claims[j]; bareAt[j] == bareToll && o.Count.Value != nil && o.Victims.Side != SideUnknown {
				if tolls == nil {
					tolls = map[figure]string{}
				}
				if k := (figure{o.Outcome, *o.Count.Value}); tolls[k] == "" {
					tolls[k] = o.Victims.Side
				}
			}
		}
		for i := range claims {
			if c := &claims[i]; tolls != nil && bareAt[i] == bareCount && c.Victims.Side == SideUnknown && c.Count.Value != nil {
				if side := tolls[figure{c.Outcome, *c.Count.Value}]; side != "" {
					c.Victims.Side = side
				}
			}
		}
	}()
	// The casualty figures of each outcome and value, in claim order.
	var same map[figure][]int
	for i := range claims {
		if c := &claims[i]; c.Kind == KindCasualty && c.Count.Value != nil {
			if same == nil {
				same = map[figure][]int{}
			}
			k := figure{c.Outcome, *c.Count.Value}
			same[k] = append(same[k], i)
		}
	}
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Victims.Side != SideUnknown || c.Count.Value == nil {
			continue
		}
		best, bestD := "", -1
		for _, j := range same[figure{c.Outcome, *c.Count.Value}] {
			o := &claims[j]
			if j == i || o.Victims.Side == SideUnknown || o.Victims.Side == SidePolice && soldiersNamed(c.Victims.Text) {
				// ("Four soldiers and four police officers were killed":
				// the soldiers are no police.)
				continue
			}
			if kinOf(o, c) {
				// "killed a commander and his bodyguard": the bodyguard's
				// side is no side of the man he guarded.
				continue
			}
			if o.Statement == c.Statement && !strings.HasSuffix(o.Victims.Side, " military") && armedOrCombatant(lastWord(strings.ToLower(c.Victims.Text))) {
				// "A soldier and a civilian were killed", "A rebel and a
				// soldier were killed": the soldier of one statement is
				// no civilian or rebel, however alike the figures.
				continue
			}
			d := distance(o.Span.Start, o.Span.End, c.Span.Start, c.Span.End)
			if bestD < 0 || d < bestD {
				best, bestD = o.Victims.Side, d
			}
		}
		if best != "" {
			c.Victims.Side = best
		}
	}
}

// kinOf reports whether figure o counts the kin or staff of the people of
// figure c, joined to them by "and his", "and her" or "and their" ("a
// commander and his bodyguard").
func kinOf(o, c *Claim) bool {
	for _, p := range [...]string{"his ", "her ", "their "} {
		if strings.HasPrefix(o.Victims.Text, p) && strings.Contains(o.Quote, c.Victims.Text+" and "+o.Victims.Text) {
			return true
		}
	}
	return false
}

// oneSideBefore returns the side of every figure of claims[i]'s outcome
// told before it when they are all of one armed force or the police, or
// "".
func oneSideBefore(claims []Claim, i int) string {
	side := ""
	for j := 0; j < i; j++ {
		o := &claims[j]
		if o.Kind != KindCasualty || o.Outcome != claims[i].Outcome {
			continue
		}
		if o.Victims.Side == SideUnknown || o.Victims.Side == SideCivilians || side != "" && o.Victims.Side != side {
			return ""
		}
		side = o.Victims.Side
	}
	return side
}

// mixedTollBefore reports whether a toll of claim i's outcome told before
// it is of no one side because its breakdown names armed men or several
// sides ("53, including 49 gendarmes and four civilians"): the toll told
// again ("The toll had stood at 32, up from 20") counts the same mixed
// dead.
func mixedTollBefore(claims []Claim, i int) bool {
	for j := 0; j < i; j++ {
		o := &claims[j]
		if o.Kind != KindCasualty || o.Outcome != claims[i].Outcome || o.Scope != ScopeIncident || o.Victims.Side != SideUnknown ||
			o.Count == nil || o.Count.Value == nil {
			continue
		}
		for k := j + 1; k < i; k++ {
			if b := &claims[k]; b.Kind == KindCasualty && b.Span.Start >= o.Span.Start && b.Span.Start-o.Span.End < 60 && b.Outcome == o.Outcome && b.Victims.Side != SideUnknown &&
				b.Count != nil && b.Count.Value != nil && *b.Count.Value < *o.Count.Value {
				return true // a part of it, told beside it
			}
		}
	}
	return false
}

// startsWithQuote reports whether a sentence opens with a quotation mark.
func startsWithQuote(s string) bool {
	return strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "“") || strings.HasPrefix(s, "'") || strings.HasPrefix(s, "‘")
}

// hasQuote reports whether a sentence holds a quotation mark.
func hasQuote(toks []token) bool {
	for _, t := range toks {
		if t.isQuote() && t.w != "'" && t.w != "’" {
			return true
		}
	}
	return false
}

// enemyLosses gives the losses a speaker puts on "the enemy" ("The enemy
// lost up to 60 servicemen", "the enemy's losses amounted to up to 240
// servicemen", a defence ministry said) or on "occupiers" the side of the
// other nation the article names most, never the speaker's own; with no
// other nation, the side stays unknown.
func enemyLosses(claims []Claim, lower string) {
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Victims == nil || c.Span.Start > len(lower) {
			continue
		}
		from := max(0, c.Span.Start-60)
		if k := strings.LastIndexAny(lower[from:c.Span.Start], ".\n"); k >= 0 {
			from += k + 1
		}
		inflicted := strings.HasPrefix(c.Quote, "losses of ") && strings.HasSuffix(lower[from:c.Span.Start], "inflicted ")
		if !hasWord(lower[from:min(c.Span.End, len(lower))], "enemy") && !hasWord(lower[from:min(c.Span.End, len(lower))], "enemy's") &&
			!occupiersWord(c.Victims.Text) && !inflicted {
			// ("its forces had inflicted losses of up to 300
			// servicemen": the losses of those they fought.)
			continue
		}
		who := c.AttributedTo
		for j := i - 1; j >= 0 && who == ""; j-- {
			who = claims[j].AttributedTo // a statement's later paragraph
		}
		own := sourceNation(who)
		if own == "" && occupiersWord(c.Victims.Text) {
			own = speakerNation(lower, who) // "spokesperson Dmytro Lykhovii said Ukrainian forces had killed … occupiers"
		}
		if own == "" || c.Victims.Side != SideUnknown && c.Victims.Side != nationMilitary(own) {
			continue
		}
		c.Victims.Side = enemyMilitary(lower, own)
	}
}

// enemyMilitary returns the forces of the nation other than own that the
// article names most (see otherNation), own's enemy, or SideUnknown.
func enemyMilitary(lower, own string) string {
	if other := otherNation(lower, own); other != "" {
		return nationMilitary(other)
	}
	return SideUnknown
}

// enemyMark is a figure of the enemies of own's force, by index into the
// claims.
type enemyMark struct {
	i   int
	own string
}

// enemySides gives the figures of the soldiers a nation's force killed
// ("Turkey said it had killed 34 soldiers") the side of the other nation
// the article names most, when nothing else gave them one or only the
// killers' own; with no other nation they are of no known side.
func enemySides(claims []Claim, enemies []enemyMark, lower string) {
	for _, e := range enemies {
		if e.i >= len(claims) {
			continue
		}
		c := &claims[e.i]
		if c.Victims == nil || c.Victims.Side != SideUnknown && c.Victims.Side != nationMilitary(e.own) {
			continue
		}
		c.Victims.Side = enemyMilitary(lower, e.own)
	}
}

// occupiersWord reports whether a victims' text ends in a word for the
// enemy's forces ("more than 60 occupiers", "invaders"): the speaker's
// enemy, never its own.
func occupiersWord(victims string) bool {
	words := strings.Fields(lowerASCII(victims))
	if len(words) == 0 {
		return false
	}
	switch strings.Trim(words[len(words)-1], `"”’'`) {
	case "occupiers", "occupier", "invaders", "invader":
		return true
	}
	return false
}

// sourceNation returns the nation a source's words name ("Russian defence
// ministry", "the Ministry of Defence of the Russian Federation"), or "".
func sourceNation(who string) string {
	prev := ""
	for _, w := range strings.Fields(lowerASCII(who)) {
		// ("The U.S. command", "the North Vietnamese command".)
		w = strings.TrimRight(w, ".,")
		if n := nationAt(prev, w); n != "" {
			return n
		}
		prev = w
	}
	return ""
}

// otherNation returns the nation other than own that the text names most
// often, or "" when it names none or two as often.
func otherNation(lower, own string) string {
	counts := map[string]int{}
	prev := ""
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '\'') }) {
		// ("North Vietnamese forces": the two words name the nation.)
		if n := nationAt(prev, w); n != "" && n != own {
			counts[n]++
		}
		prev = w
	}
	return mostCounted(counts)
}

// speakerNation returns the nation the article gives a named speaker:
// the nation adjective in the few words before a mention of the speaker's
// name ("Turkish Foreign Minister Mevlut Cavusoglu"), else a nation in the
// words right after it ("Cavusoglu said Turkey …"), or "".
func speakerNation(lower, who string) string {
	if who == "" {
		return ""
	}
	name := lowerASCII(who)
	if k := strings.LastIndexByte(name, ' '); k >= 0 {
		name = name[k+1:] // the surname
	}
	if len(name) < 3 {
		return ""
	}
	split := func(r rune) bool { return r == ' ' || r == '\n' || r == ',' || r == '"' }
	after := ""
	for off, n := 0, 0; n < 6; n++ {
		k := strings.Index(lower[off:], name)
		if k < 0 {
			break
		}
		at := off + k
		off = at + len(name)
		before := lower[max(at-60, 0):at]
		if k := strings.LastIndexAny(before, ".\n"); k >= 0 {
			before = before[k+1:] // this sentence only
		}
		words := strings.FieldsFunc(before, split)
		for i := len(words) - 1; i >= 0 && i >= len(words)-5; i-- {
			if n := nationAdjectives[strings.TrimSuffix(words[i], "'s")]; n != "" {
				return n
			}
		}
		if after != "" {
			continue
		}
		words = strings.FieldsFunc(lower[off:min(off+40, len(lower))], split)
		for i := 0; i < len(words) && i < 3; i++ {
			if n := nationAdjectives[strings.TrimSuffix(words[i], "'s")]; n != "" {
				after = n
				break
			}
		}
	}
	return after
}

// sportsWords are words that, two or more of them together, tell a report
// of a match.
var sportsWords = []string{"wicket", "innings", " overs", "batsm", "bowlers", "one-day series", "test series", "goalkeeper",
	"half-time", "hat-trick", "semi-final", "quarter-final", "penalty shootout", "touchdown", "grand slam", "world cup",
	"forehand", "backhand", "tiebreak", "tie-break"}

// stateOnDay returns a party as the state it was on the report's day:
// Hanoi governed North Vietnam until the country was reunified on July 2,
// 1976; Russia's forces were the Soviet Union's from the revolution of
// November 1917 to the Union's end in December 1991, and Austria's were
// Austria-Hungary's until the monarchy fell in November 1918.
func stateOnDay(p *Party, published string) *Party {
	if p == nil || published == "" {
		return p
	}
	name := p.Name
	switch {
	case p.Name == "Vietnam" && p.Text == "Hanoi" && published < "1976-07-02":
		name = "North Vietnam"
	case p.Name == "Russia" && published >= "1917-11-08" && published < "1991-12-26":
		name = "Soviet Union"
	case p.Name == "Austria" && published >= "1867-03-30" && published < "1918-11-12":
		name = "Austria-Hungary"
	}
	if name == p.Name {
		return p
	}
	q := *p
	q.Name = name
	return &q
}

// historicDate reports whether an event's date ends three calendar years or
// more before the report's: a background paragraph's war ("the Red Army
// encircled the Sixth Army in the winter of 1942-43"), not the news.
func historicDate(d Date, published string) bool {
	if d.End == nil || len(*d.End) < 4 || len(published) < 4 {
		return false
	}
	y, err1 := strconv.Atoi((*d.End)[:4])
	p, err2 := strconv.Atoi(published[:4])
	return err1 == nil && err2 == nil && y <= p-3
}

// sportsReport reports whether a lower-cased text tells of a match: it
// holds at least two of sportsWords.
func sportsReport(lower string) bool {
	n := 0
	for _, w := range sportsWords {
		if strings.Contains(lower, w) {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// itsFirstPlace returns, for a capture, withdrawal or entry told of "it"
// ("after seizing it", "withdrew from it"), the first place the sentence
// names before the event (not a country nor a dateline's city), or nil.
func itsFirstPlace(s string, ev eventHit, places []placeHit) *Place {
	if ev.Action != ActionCapture && ev.Action != ActionWithdraw && ev.Action != ActionEnter {
		return nil
	}
	rest := strings.TrimLeft(s[min(ev.End, len(s)):], " ")
	for _, p := range []string{"from ", "of ", "into "} {
		rest = strings.TrimPrefix(rest, p)
	}
	if !strings.HasPrefix(rest, "it ") && !strings.HasPrefix(rest, "it,") && !strings.HasPrefix(rest, "it.") && rest != "it" {
		return nil
	}
	for _, h := range places {
		if h.End > ev.Start {
			break
		}
		if isCountry(h.Place.Name) || upperCase(s[h.Start:h.End]) {
			continue
		}
		p := h.Place
		return &p
	}
	return nil
}

// stateForceKeys are the lower-case words one of which a sentence names a
// state's forces by without their nation ("the army", "government
// troops", "Security forces"): only such a sentence needs the article's
// nation for its events.
var stateForceKeys = []string{"army", "government", "regime", "defen", "military", "junta", "troops", "soldiers", "forces",
	"air force", "navy", "commandos", "paratroopers"}

// putAtWords put what a sentence tells at the place after them.
var putAtWords = wordSet("in at near outside across into inside around over")

// reportDayWord reports whether a date expression counts from the day the
// report was written: "today", "tonight", "yesterday", "last night",
// "this morning".
func reportDayWord(expr string) bool {
	e := strings.ToLower(strings.TrimSpace(expr))
	for _, w := range [...]string{"today", "tonight", "yesterday", "last night", "this morning", "this afternoon", "this evening", "earlier today"} {
		if e == w || strings.HasSuffix(e, " "+w) {
			return true
		}
	}
	return false
}

// oneIncidentDay dates the incident figures an article leaves undated by
// the one day its dated incident figures all tell ("A U.S.-led raid …
// killed 90 civilians on Friday … The U.S. military says the operation
// killed 30 Taliban militants"), once a sentence has told that day of its
// own (not in a relative clause about someone: "Gunmen who had killed two
// policemen on Friday stormed …"): a report that dates every incident
// figure it dates to one day
// tells of one incident, and what it goes on to tell without a date is of
// it. Nothing is dated when the article's figures tell two days or more,
// a period, or a day years before publication; nor from a sentence that
// tells what came before ("The killings came a day after gunmen killed
// 146 people") or that dates its source's statement by another's ("Russia
// said on the same day that …") on, as incidentDates stops there; nor
// a figure in a quotation ("After we had eight martyrs, we retaliated"),
// which tells what the speaker looks back on.
func oneIncidentDay(claims []Claim, sents []sentence, hist []sentState, lower, published string) {
	var day *Date
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Scope != ScopeIncident || c.Date.Start == nil {
			continue
		}
		if c.Date.Precision != PrecisionDay || c.Date.End == nil || *c.Date.End != *c.Date.Start || historicDate(c.Date, published) {
			return
		}
		if day == nil {
			day = &c.Date
		} else if *day.Start != *c.Date.Start {
			return
		}
	}
	if day == nil {
		return
	}
	d := clonedDate(*day)
	told, k := false, 0 // told: a sentence before k told the day, none since broke the report
	for c, si := range undatedIncidentFigures(claims, sents) {
		for ; k <= si && k < len(hist); k++ {
			if hist[k].saidElsewhen || tellsEarlier(lower[sents[k].start:sents[k].end]) {
				told = false
				continue
			}
			if o := hist[k].own; o != "" && o == hist[k].expr && k < si {
				if r := ResolveDate(o, published); r.Start != nil && *r.Start == *d.Start && r.Precision == PrecisionDay {
					told = true
				}
			}
		}
		if told && k > si && !hist[si].quoted {
			c.Date = clonedDate(d)
		}
	}
}

// soldiersNamed reports whether a victims' text ends with a noun of
// soldiers ("four soldiers of the Army" ends with the noun before "of").
func soldiersNamed(v string) bool {
	w := strings.Fields(lowerASCII(v))
	if k := slices.Index(w, "of"); k > 0 {
		w = w[:k]
	}
	return len(w) > 0 && securityHeads[w[len(w)-1]] && !policeHeads[w[len(w)-1]]
}

// onlyDayAfter returns the day of the one date of sentence s (besides
// days told from another, "a day earlier") when it comes after the event
// ev, in a clause joined to the event's by ", and", and names a day
// ("yesterday", "on Tuesday").
func onlyDayAfter(s string, ev eventHit, dates []dateHit, published string) (Date, bool) {
	if len(dates) == 0 || dates[0].Start < ev.End || dates[0].Start > len(s) || isDatelineDate(s, dates[0]) ||
		isAnchoredElsewhere(dates[0].Expr) {
		return Date{}, false
	}
	for _, d := range dates[1:] {
		if !isAnchoredElsewhere(d.Expr) {
			return Date{}, false // two days of its own: each clause its own
		}
	}
	between := s[ev.End:dates[0].Start]
	if !strings.Contains(between, ", and ") || strings.ContainsAny(between, ";:") || futureClause(s, dates[0]) {
		return Date{}, false
	}
	d := ResolveDate(dates[0].Expr, published)
	if d.Precision != PrecisionDay || d.Start == nil {
		return Date{}, false
	}
	return d, true
}

// reportTimeOnly reports whether every date a sentence names is the time
// of the report or counted from the deed told before it ("were still
// missing tonight", "reached a patrol base a day later"): such a sentence
// goes on with its source's account, unlike one that dates what it tells
// on its own ("on Saturday", "in 2014").
func reportTimeOnly(dates []dateHit) bool {
	for _, d := range dates {
		switch strings.ToLower(d.Expr) {
		case "today", "tonight", "this morning", "this afternoon", "this evening", "a day later", "the next day", "the following day", "hours later", "later":
		default:
			return false
		}
	}
	return true
}

// pairedSubjectPlace returns the place joined by "and" before a passive
// capture's own ("Sollum and Fort Capuzzo were retaken": Sollum), and
// where its name begins; ok is false when there is none.
func pairedSubjectPlace(s string, ev eventHit) (int, Place, bool) {
	if ev.Place == nil || ev.Place.Text == "" || ev.Start > len(s) {
		return 0, Place{}, false
	}
	trigger := s[ev.Start:min(ev.End, len(s))]
	for _, aux := range [...]string{"was ", "were ", "been "} {
		// "Sollum and Fort Capuzzo were retaken on Dec. 16": the verb
		// after the auxiliary and any adverb.
		if t, ok := strings.CutPrefix(trigger, aux); ok {
			trigger = t
			if j := strings.IndexByte(t, ' '); j > 0 && strings.HasSuffix(t[:j], "ly") {
				trigger = t[j+1:]
			}
		}
	}
	if !hasAnyPrefix(trigger, "retaken", "taken", "captured", "recaptured", "seized", "overrun", "occupied", "reoccupied", "liberated") {
		return 0, Place{}, false
	}
	before := s[:ev.Start]
	if k := passiveBefore(before); k > 0 {
		before = before[:k] // "Sollum and Fort Capuzzo were retaken"
	}
	before = strings.TrimRight(before, " ")
	if !strings.HasSuffix(before, ev.Place.Text) {
		return 0, Place{}, false
	}
	head, ok := strings.CutSuffix(strings.TrimSuffix(before, ev.Place.Text), " and ")
	if !ok {
		return 0, Place{}, false
	}
	// The capitalised words that end head: the name joined by "and".
	k := len(head)
	for k > 0 {
		j := strings.LastIndexByte(head[:k], ' ')
		w := head[j+1 : k]
		if k < len(head) && j > 0 && nameParticleLen(w+" "+head[k+1:]) > 0 {
			k = j // "Mora de Ebro": a particle within the name
			continue
		}
		if w == "" || !isASCIIUpper(w[0]) || strings.ContainsAny(w, ",;:()") {
			break
		}
		k = max(j, 0)
	}
	name := strings.TrimSpace(head[k:])
	if name != "" && !isASCIIUpper(name[0]) {
		_, name, _ = strings.Cut(name, " ") // a particle with no name before it
	}
	p := namedPlace(name)
	if p == nil || isCountry(p.Name) {
		return 0, Place{}, false
	}
	return len(head) - len(name), *p, true
}

// speakerForce returns the side of a source that is an armed force or
// group ("army", "the rebels"), or "".
func speakerForce(who string) string {
	switch side := sideOf(strings.Fields(strings.ToLower(who)), ""); {
	case forceSide(side) || side == SideRebels || side == SideMilitants:
		return side
	}
	return ""
}

// firedOnCivilians reports whether the clause before a bare count starting
// at start tells civilians fired on: "opened fire on protesters, killing
// at least five", "fired into a crowd of demonstrators, killing 12".
func firedOnCivilians(lower string, start int) bool {
	if start > len(lower) || start < 0 {
		return false
	}
	from := max(strings.LastIndexAny(lower[:start], ".\n;")+1, start-160)
	clause := lower[from:start]
	c := strings.LastIndex(clause, ", ")
	if c < 0 {
		return false
	}
	// The figure opens with its verb, or follows it: ", killing at
	// least five".
	after := strings.Fields(clause[c+2:])
	if len(after) == 0 {
		if k := strings.IndexByte(lower[start:], ' '); k < 0 || activeVerbs[lower[start:start+k]] == "" {
			return false
		}
	} else if len(after) > 3 || activeVerbs[after[0]] == "" {
		return false
	}
	clause = clause[:c]
	k := -1
	for _, v := range [...]string{"fire on ", "fire at ", "fired on ", "fired at ", "fired into ", "fire into "} {
		if j := strings.LastIndex(clause, v); j >= 0 && j+len(v) > k {
			k = j + len(v)
		}
	}
	if k < 0 {
		return false
	}
	words := strings.Fields(clause[k:])
	for len(words) > 0 && (words[0] == "the" || words[0] == "a" || words[0] == "an") {
		words = words[1:]
	}
	if len(words) > 2 && (words[0] == "crowd" || words[0] == "crowds" || words[0] == "group" || words[0] == "groups") && words[1] == "of" {
		words = words[2:]
	}
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	head := strings.TrimRight(words[len(words)-1], ",")
	return plainCivilians[head] || head == "crowd" || head == "crowds" || head == "mourners"
}

// pastFigureDay returns the day of a figure told without a year a year
// earlier when it falls after publication: "1,200 people were killed in
// the attack on Oct. 7" told in August is last October's, as the dead of
// a report are of its past (a month and day without a year may otherwise
// be a day to come, as talks set for a date are).
func pastFigureDay(d Date, published string) Date {
	if d.Precision != PrecisionDay || d.Start == nil || d.End == nil || *d.Start != *d.End || hasYear.MatchString(d.Expression) {
		return d
	}
	t, ok1 := parsePublished(*d.Start)
	p, ok2 := parsePublished(published)
	if !ok1 || !ok2 || !t.After(p.AddDate(0, 0, 7)) {
		// (A day or two after it may be a dateline's update.)
		return d
	}
	day := t.AddDate(-1, 0, 0).Format(isoDay)
	d.Start, d.End = &day, &day
	return d
}
