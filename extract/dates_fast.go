package extract

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// The date expressions findDates looks for are a grammar of a few hundred
// words ("early on Monday, February 3, 2020", "in the past two weeks").
// Written as one regular expression it costs about two microseconds per
// byte of text (an NFA over thousands of states, with Unicode case
// folding); this file matches the same grammar with a small backtracking
// matcher over the string that tries it only where a date can start.
//
// The matcher keeps the semantics of the regular expression it replaces:
// alternatives are tried in order and the first that matches wins
// (leftmost-first), optional parts are greedy, \b is an ASCII word
// boundary, \s is [\t\n\f\r ], and case-insensitive words also match the
// two non-ASCII letters that fold to ASCII ones (ſ for s, K for k).

// maxEnds bounds the end positions one grammar node reports for a start.
const maxEnds = 16

// endSet holds the positions where a node's match can end, in priority
// order, without repeats.
type endSet struct {
	n int
	e [maxEnds]int
}

func (s *endSet) add(i int) {
	for k := 0; k < s.n; k++ {
		if s.e[k] == i {
			return
		}
	}
	if s.n < maxEnds {
		s.e[s.n] = i
		s.n++
	}
}

// dscratch holds the end sets of the sequences being matched, as a stack,
// so that matching does not allocate.
type dscratch struct {
	sets []endSet
	top  int
	res  endSet
}

// dscratchPool keeps scratch stacks between calls.
var dscratchPool = sync.Pool{New: func() any { return &dscratch{sets: make([]endSet, 32)} }}

// dnode is one node of the date grammar.
type dnode interface {
	// ends adds to out where a match of the node starting at s[i:] can
	// end.
	ends(m *dscratch, s string, i int, out *endSet)
	// first marks the bytes a non-empty match can start with and reports
	// whether the node can match the empty string.
	first(set *[256]bool) bool
}

// csLit is a case-sensitive literal.
type csLit string

func (l csLit) ends(m *dscratch, s string, i int, out *endSet) {
	if len(s)-i >= len(l) && s[i:i+len(l)] == string(l) {
		out.add(i + len(l))
	}
}

func (l csLit) first(set *[256]bool) bool {
	if len(l) == 0 {
		return true
	}
	set[l[0]] = true
	return false
}

// ciLit is a case-insensitive literal of lower-case ASCII letters and
// other bytes.
type ciLit string

func (l ciLit) ends(m *dscratch, s string, i int, out *endSet) {
	if j, ok := foldPrefix(s, i, string(l)); ok {
		out.add(j)
	}
}

func (l ciLit) first(set *[256]bool) bool {
	if len(l) == 0 {
		return true
	}
	c := l[0]
	set[c] = true
	if c >= 'a' && c <= 'z' {
		set[c-'a'+'A'] = true
	}
	switch c {
	case 's':
		set[0xC5] = true // ſ
	case 'k':
		set[0xE2] = true // K
	}
	return false
}

// foldPrefix matches the lower-case pattern p at s[i:] ignoring case, and
// returns where the match ends.
func foldPrefix(s string, i int, p string) (int, bool) {
	for k := 0; k < len(p); k++ {
		if i >= len(s) {
			return 0, false
		}
		c, pc := s[i], p[k]
		switch {
		case c == pc:
			i++
		case pc >= 'a' && pc <= 'z' && c == pc-'a'+'A':
			i++
		case pc == 's' && c == 0xC5 && i+1 < len(s) && s[i+1] == 0xBF: // U+017F
			i += 2
		case pc == 'k' && c == 0xE2 && i+2 < len(s) && s[i+1] == 0x84 && s[i+2] == 0xAA: // U+212A
			i += 3
		default:
			return 0, false
		}
	}
	return i, true
}

// byteRange matches one byte in [lo, hi].
type byteRange struct{ lo, hi byte }

func (r byteRange) ends(m *dscratch, s string, i int, out *endSet) {
	if i < len(s) && s[i] >= r.lo && s[i] <= r.hi {
		out.add(i + 1)
	}
}

func (r byteRange) first(set *[256]bool) bool {
	for c := int(r.lo); c <= int(r.hi); c++ {
		set[c] = true
	}
	return false
}

// spaces matches a run of \s, at least min long, and only the longest
// run: every use in the grammar is followed by something that cannot start
// with a space, so shorter runs could never lead to a match.
type spaces struct{ min int }

func (w spaces) ends(m *dscratch, s string, i int, out *endSet) {
	j := i
	for j < len(s) && isRESpace(s[j]) {
		j++
	}
	if j-i >= w.min {
		out.add(j)
	}
}

func (w spaces) first(set *[256]bool) bool {
	for _, c := range []byte{'\t', '\n', '\f', '\r', ' '} {
		set[c] = true
	}
	return w.min == 0
}

func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// wordBound is \b: an ASCII word boundary.
type wordBound struct{}

func (wordBound) ends(m *dscratch, s string, i int, out *endSet) {
	if asciiBoundary(s, i) {
		out.add(i)
	}
}

func (wordBound) first(*[256]bool) bool { return true }

// asciiBoundary reports whether \b holds at s[i].
func asciiBoundary(s string, i int) bool {
	before := i > 0 && i-1 < len(s) && isASCIIWord(s[i-1])
	after := i < len(s) && isASCIIWord(s[i])
	return before != after
}

func isASCIIWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// seqNode matches its parts one after the other.
type seqNode []dnode

func (q seqNode) ends(m *dscratch, s string, i int, out *endSet) {
	if len(q) == 0 {
		out.add(i)
		return
	}
	if m.top+2 > len(m.sets) {
		m.sets = append(m.sets, make([]endSet, len(m.sets)+2)...)
	}
	cur, next := &m.sets[m.top], &m.sets[m.top+1]
	m.top += 2
	defer func() { m.top -= 2 }()
	cur.n, cur.e[0] = 1, i
	for pi, part := range q {
		if pi == len(q)-1 {
			next = out // the last part adds straight to out
		} else {
			next.n = 0
		}
		for k := 0; k < cur.n; k++ {
			part.ends(m, s, cur.e[k], next)
		}
		if next == out {
			return
		}
		if next.n == 0 {
			return
		}
		cur, next = next, cur
	}
}

func (q seqNode) first(set *[256]bool) bool {
	for _, part := range q {
		if !part.first(set) {
			return false
		}
	}
	return true
}

// altNode tries its alternatives in order, skipping those that cannot
// start with the byte at hand.
type altNode struct {
	alts     []dnode
	starts   [][4]uint64 // the bytes each alternative can start with
	nullable []bool      // whether it can match the empty string
}

func newAlt(alts []dnode) *altNode {
	a := &altNode{alts: alts, starts: make([][4]uint64, len(alts)), nullable: make([]bool, len(alts))}
	for k, x := range alts {
		var set [256]bool
		a.nullable[k] = x.first(&set)
		for c, ok := range set {
			if ok {
				a.starts[k][c/64] |= 1 << (c % 64)
			}
		}
	}
	return a
}

func (a *altNode) ends(m *dscratch, s string, i int, out *endSet) {
	for k, alt := range a.alts {
		if !a.nullable[k] && (i >= len(s) || a.starts[k][s[i]/64]&(1<<(s[i]%64)) == 0) {
			continue
		}
		alt.ends(m, s, i, out)
	}
}

func (a *altNode) first(set *[256]bool) bool {
	nullable := false
	for _, alt := range a.alts {
		if alt.first(set) {
			nullable = true
		}
	}
	return nullable
}

// optNode is a greedy optional part.
type optNode struct{ x dnode }

func (o optNode) ends(m *dscratch, s string, i int, out *endSet) {
	o.x.ends(m, s, i, out)
	out.add(i)
}

func (o optNode) first(set *[256]bool) bool {
	o.x.first(set)
	return true
}

// Grammar builders.
func seq(parts ...dnode) dnode { return seqNode(parts) }
func alt(alts ...dnode) dnode  { return newAlt(alts) }
func opt(parts ...dnode) dnode { return optNode{seq(parts...)} }

// csWords and ciWords are alternations of literals, in order.
func csWords(ws ...string) dnode {
	a := make([]dnode, len(ws))
	for i, w := range ws {
		a[i] = csLit(w)
	}
	return newAlt(a)
}

func ciWords(ws ...string) dnode {
	a := make([]dnode, len(ws))
	for i, w := range ws {
		a[i] = ciLit(w)
	}
	return newAlt(a)
}

var (
	gWS0   = spaces{0}
	gWS1   = spaces{1}
	gB     = wordBound{}
	gDigit = byteRange{'0', '9'}
	// reWeekday, reMonthFul, reMonthAbb, reMonth, reDay, reYear.
	gWeekday  = csWords("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
	gMonthFul = csWords("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
	gMonthAbb = seq(csWords("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"), opt(csLit(".")))
	gMonth    = alt(gMonthFul, gMonthAbb)
	gDay      = seq(alt(seq(byteRange{'1', '2'}, gDigit), seq(csLit("3"), byteRange{'0', '1'}), seq(opt(csLit("0")), byteRange{'1', '9'})),
		opt(csWords("st", "nd", "rd", "th")))
	gYear = alt(seq(csLit("1"), byteRange{'8', '9'}, gDigit, gDigit), seq(csLit("20"), gDigit, gDigit))
	// (?:,?\s+reYear)?
	gOptYear = opt(opt(csLit(",")), gWS1, gYear)
	// (?i:...) numbers of units: reNumWord.
	gNumWord = alt(seq(gDigit, opt(gDigit, opt(gDigit))),
		ciWords("a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"),
		seq(ciLit("a"), gWS1, ciLit("few")), ciLit("several"), seq(ciLit("a"), gWS1, ciLit("couple"), gWS1, ciLit("of")))
	// (?:early\s+|late\s+)?on\s+ (case-insensitive).
	gEarlyOn = seq(opt(alt(seq(ciLit("early"), gWS1), seq(ciLit("late"), gWS1))), ciLit("on"), gWS1)
	// (?i:(?:early\s+|late\s+)?on\s+|since\s+|by\s+|until\s+)
	gOnSince = alt(gEarlyOn, seq(ciLit("since"), gWS1), seq(ciLit("by"), gWS1), seq(ciLit("until"), gWS1))
	gRangeOp = seq(gWS0, alt(csLit("or"), csLit("and"), csLit("to"), csLit("-"), csLit("–")), gWS0)
	// "of 2021", "of the year", "of this year".
	gOfYear   = seq(gWS1, ciLit("of"), gWS1, alt(gYear, seq(ciWords("the", "this"), gWS1, ciLit("year"))))
	gEarlyMid = seq(alt(ciLit("early"), ciLit("late"), seq(ciLit("mid"), opt(csLit("-")))), gWS0)
	// The same, case-sensitive, as it is before a bare year.
	gEarlyMidCS = seq(alt(csLit("early"), csLit("late"), seq(csLit("mid"), opt(csLit("-")))), gWS0)
)

// dateAlternatives are the date forms in the order they are tried at each
// position, with the kind of core every match of each holds; see
// findDates.
var dateAlternatives = []struct {
	core coreKind
	node dnode
}{
	// ISO dates and "07-Feb-2020".
	{coreYear, seq(gB, gYear, csLit("-"), byteRange{'0', '1'}, gDigit, csLit("-"), byteRange{'0', '3'}, gDigit, gB)},
	{coreMonth, seq(gB, gDay, csLit("-"), gMonthAbb, csLit("-"), gYear, gB)},
	// Ranges: "March 5 or March 6", "February 5-6", "5 and 6 March".
	{coreMonth, seq(gB, opt(gEarlyOn), gMonth, gWS1, gDay, gRangeOp, opt(gMonth, gWS1), gDay, gOptYear, gB)},
	{coreMonth, seq(gB, opt(gEarlyOn), gDay, gRangeOp, gDay, gWS1, gMonth, gOptYear, gB)},
	// "Monday, February 3, 2020", "On February 6", "Jan. 12", "3 February 2020".
	{coreMonth, seq(gB, opt(gOnSince), opt(gWeekday, opt(csLit(",")), gWS1), gMonth, gWS1, gDay, gOptYear, gB)},
	{coreMonth, seq(gB, opt(gOnSince), opt(gWeekday, opt(csLit(",")), gWS1), opt(csLit("the"), gWS1), gDay, gWS1, opt(csLit("of"), gWS1), gMonth, gOptYear, gB)},
	// Weekday ranges: "on Monday and Tuesday", "between Friday and Saturday".
	{coreWord, seq(gB, opt(alt(seq(ciWords("between", "from"), gWS1), gEarlyOn)),
		gWeekday, gWS1, ciWords("and", "to", "through", "or"), gWS1, gWeekday,
		opt(gWS1, ciWords("morning", "afternoon", "evening", "night")), gB)},
	// Weekdays: "early on Thursday", "on Sunday night", "last Monday".
	{coreWord, seq(gB, opt(alt(
		seq(ciWords("early", "late"), gWS1, ciLit("on"), gWS1),
		seq(ciWords("on", "last", "next", "this", "since", "by", "until"), gWS1))),
		gWeekday, opt(gWS1, ciWords("morning", "afternoon", "evening", "night")), gB)},
	// Month ranges: "from July to September", "between January and March 2020".
	{coreMonth, seq(gB, ciWords("between", "from"), gWS1, gMonthFul, gWS1, ciWords("and", "to", "through", "until"), gWS1, gMonthFul, gOptYear, gB)},
	// Months: "in January", "since December", "January 2020", "early January".
	{coreMonth, seq(gB, opt(ciWords("since", "by", "until", "from"), gWS1), opt(ciLit("the"), gWS1),
		ciWords("beginning", "start", "end", "middle"), gWS1, ciLit("of"), gWS1, gMonthFul, gOptYear, gB)},
	{coreMonth, seq(gB, alt(
		seq(ciWords("in", "since", "by", "until", "during", "from", "last", "this", "next"), gWS1, opt(gEarlyMid)),
		gEarlyMid), gMonthFul, gOptYear, gB)},
	{coreMonth, seq(gB, opt(alt(seq(csLit("in"), gWS1), seq(csLit("since"), gWS1))), gMonthFul, opt(csLit(",")), gWS1, gYear, gB)},
	// Years: "in 2018", "since 2011", "a 2018 deal".
	{coreYear, seq(gB, ciWords("in", "since", "by", "until", "during"), gWS1, opt(gEarlyMidCS), gYear, gB)},
	{coreYear, seq(gB, ciWords("a", "an", "the", "of", "from", "between", "and", "to"), gWS1, gYear, gB)},
	// Relative phrases.
	{coreWord, seq(gB, alt(
		// "in the first half of 2021", "the first six months of the
		// year", "in the first quarter" (not "the first half of the match").
		seq(opt(ciWords("in", "during", "over"), gWS1), ciLit("the"), gWS1, ciLit("first"), gWS1, alt(
			seq(ciLit("quarter"), opt(gOfYear)),
			seq(alt(ciLit("half"), seq(ciWords("three", "six"), gWS1, ciLit("months"))), gOfYear))),
		seq(ciLit("since"), gWS1, ciLit("the"), gWS1, ciWords("start", "beginning"), gWS1, ciLit("of"), gWS1,
			ciWords("the", "this"), gWS1, ciWords("week", "month", "year")),
		seq(ciLit("earlier"), gWS1, alt(ciLit("today"), seq(ciLit("this"), gWS1, ciWords("week", "month", "year")))),
		seq(ciLit("earlier"), gWS1, ciLit("in"), gWS1, ciLit("the"), gWS1, ciWords("week", "month")),
		seq(ciLit("later"), gWS1, alt(ciLit("today"), seq(ciLit("this"), gWS1, ciWords("week", "month", "year")))),
		seq(ciWords("early", "late"), gWS1, ciWords("last", "this", "next"), gWS1, ciWords("week", "month", "year")),
		seq(ciWords("last", "this", "next", "past"), gWS1, ciWords("week", "month", "year", "weekend")),
		seq(ciWords("over", "at", "during"), gWS1, ciLit("the"), gWS1, ciLit("weekend")),
		seq(opt(ciWords("in", "over", "during", "within"), gWS1), ciLit("the"), gWS1, ciWords("past", "last", "previous"), gWS1, gNumWord, gWS1, ciWords("days", "weeks", "months", "years", "hours")),
		seq(opt(ciWords("in", "over", "during", "within"), gWS1), ciLit("the"), gWS1, ciWords("past", "last", "previous"), gWS1, ciWords("day", "week", "month", "year")),
		seq(ciWords("in", "after", "during", "over"), gWS1, gNumWord, gWS1, ciLit("days"), gWS1, ciLit("of"), gWS1, ciWords(daysOfWords...)),
		seq(gNumWord, gWS1, alt(seq(ciLit("day"), opt(ciLit("s"))), seq(ciLit("week"), opt(ciLit("s"))), seq(ciLit("month"), opt(ciLit("s"))), seq(ciLit("year"), opt(ciLit("s")))),
			gWS1, ciWords("ago", "earlier", "before", "later")),
		seq(opt(ciWords("on", "that"), gWS1), opt(ciLit("the"), gWS1), ciWords("same", "previous", "following"), gWS1, ciWords("day", "night", "morning", "week", "period")),
		seq(opt(ciWords("on", "that"), gWS1), ciLit("the"), gWS1, ciLit("next"), gWS1, ciWords("day", "night", "morning")),
		seq(ciLit("the"), gWS1, ciLit("day"), gWS1, ciWords("before", "after")),
		seq(ciWords("earlier", "later"), gWS1, ciWords("in", "on"), gWS1, ciLit("the"), gWS1, ciLit("day")),
		seq(ciWords("hours", "minutes", "days", "weeks", "moments"), gWS1, ciWords("after", "before", "later", "earlier")),
		ciWords("today", "tonight", "yesterday", "overnight"),
		seq(ciLit("last"), gWS1, ciLit("night")),
		seq(ciLit("this"), gWS1, ciWords("morning", "afternoon", "evening")),
		seq(ciLit("christmas"), gWS1, ciWords("day", "eve")),
		seq(ciLit("new"), gWS1, ciLit("year's"), gWS1, ciWords("day", "eve")),
		seq(ciLit("boxing"), gWS1, ciLit("day")),
	), gB)},
}

// dateWords holds the words of the date grammar's literals, lower-cased.
// Every word a date expression opens with is one, but for early, late and
// mid, which may run into a month name ("midJanuary").
var dateWords = func() map[string]bool {
	words := map[string]bool{}
	var walk func(n dnode)
	walk = func(n dnode) {
		switch n := n.(type) {
		case csLit:
			words[strings.ToLower(string(n))] = true
		case ciLit:
			words[string(n)] = true
		case seqNode:
			for _, x := range n {
				walk(x)
			}
		case *altNode:
			for _, x := range n.alts {
				walk(x)
			}
		case optNode:
			walk(n.x)
		}
	}
	for _, a := range dateAlternatives {
		walk(a.node)
	}
	return words
}()

// mayOpenDate reports whether a date expression may begin at text[p], a
// word boundary: the word of ASCII letters there is one of dateWords, or
// begins with early, late or mid. Other bytes (digits, non-ASCII letters,
// which case folding may read as ASCII ones) are left to the matcher.
func mayOpenDate(text string, p int) bool {
	e := p
	for e < len(text) && (text[e]|0x20 >= 'a' && text[e]|0x20 <= 'z') {
		e++
	}
	if e == p || e < len(text) && text[e] >= utf8.RuneSelf {
		return true
	}
	for _, w := range [...]string{"early", "late", "mid"} {
		if hasASCIIFoldPrefix(text[p:e], w) {
			return true
		}
	}
	var buf [16]byte
	return e-p <= len(buf) && dateWords[string(appendLowerASCII(buf[:0], text[p:e]))]
}

// dateFirst[i] marks the bytes alternative i can start with; dateAnyFirst
// is their union.
var dateFirst, dateAnyFirst = func() ([][256]bool, [256]bool) {
	sets := make([][256]bool, len(dateAlternatives))
	var any [256]bool
	for i, a := range dateAlternatives {
		a.node.first(&sets[i])
		for c := range sets[i] {
			if sets[i][c] {
				any[c] = true
			}
		}
	}
	return sets, any
}()

// Every date expression contains a core: a month name (capitalised), a
// year (18xx, 19xx, 20xx), or one of the words day, night, morning,
// afternoon, evening, week, month, year, hour, minute, moment, period in any case
// ("Thursday", "yesterday", "weekend", "overnight"); every match of a date
// form holds a core of the kind the form gives (dateAlternatives). No more
// than six words come before the first core of that kind ("within the
// previous a couple of months", "since Monday, the 3rd of February"); the
// matcher only tries a form at positions a few words before such a core.
const maxWordsBeforeCore = 8

// coreKind is the kind of a core.
type coreKind uint8

const (
	coreYear coreKind = iota
	coreMonth
	coreWord
	coreKinds
)

// dateCore is a core found in a text: its offset and kind.
type dateCore struct {
	at   int
	kind coreKind
}

// daysOfWords are the fighting that "in three days of …" counts the
// days of: a span ending on the report's day.
var daysOfWords = []string{"fighting", "clashes", "shelling", "battles", "bombardment", "hostilities", "combat", "rioting", "violence", "unrest"}

// dateCoreWords are the lower-case core words by their first letter.
var dateCoreWords = [256][]string{
	'd': {"day"}, 'n': {"night"}, 'm': {"morning", "month", "minute", "moment"},
	'a': {"afternoon"}, 'e': {"evening"}, 'w': {"week"}, 'y': {"year"}, 'h': {"hour", "half"},
	'p': {"period"}, 'q': {"quarter"}, 'c': {"christmas"},
}

// monthPrefixes are the first three letters of the month names, which
// are also their abbreviations.
var monthPrefixes = [256][]string{
	'J': {"Jan", "Jun", "Jul"}, 'F': {"Feb"}, 'M': {"Mar", "May"}, 'A': {"Apr", "Aug"},
	'S': {"Sep"}, 'O': {"Oct"}, 'N': {"Nov"}, 'D': {"Dec"},
}

// coreOpenings holds the first two bytes of every core as it may be
// written (see dateCores): a position whose two bytes are not among them
// starts none. coreFirst holds the first bytes.
var coreOpenings, coreFirst = func() (*bytePairs, *[256]bool) {
	var p bytePairs
	var first [256]bool
	add := func(a, b byte) {
		p.add(a, b)
		first[a] = true
	}
	for c, words := range dateCoreWords {
		for _, w := range words {
			for _, a := range []byte{w[0], w[0] - 'a' + 'A'} {
				for _, b := range []byte{w[1], w[1] - 'a' + 'A'} {
					add(a, b)
				}
			}
		}
		for _, mp := range monthPrefixes[c] {
			add(mp[0], mp[1])
		}
	}
	for _, y := range []string{"18", "19", "20"} {
		add(y[0], y[1])
	}
	return &p, &first
}()

// bytePairs is a set of pairs of bytes.
type bytePairs [256 * 256 / 64]uint64

func (p *bytePairs) add(a, b byte) {
	n := int(a)<<8 | int(b)
	p[n/64] |= 1 << (n % 64)
}

func (p *bytePairs) has(a, b byte) bool {
	n := int(a)<<8 | int(b)
	return p[n/64]&(1<<(n%64)) != 0
}

// dateCores appends to out the cores of text, in order.
func dateCores(text string, out []dateCore) []dateCore {
	// Every core is at least three bytes long.
	for i := 0; i+2 < len(text); i++ {
		if !coreFirst[text[i]] || !coreOpenings.has(text[i], text[i+1]) {
			continue
		}
		c := text[i]
		switch {
		case c >= '0' && c <= '9':
			if i+3 < len(text) && isDigit(text[i+2]) && isDigit(text[i+3]) &&
				(c == '1' && (text[i+1] == '8' || text[i+1] == '9') || c == '2' && text[i+1] == '0') {
				out = append(out, dateCore{i, coreYear})
			}
			continue
		case c >= 'A' && c <= 'Z':
			for _, mp := range monthPrefixes[c] {
				if strings.HasPrefix(text[i:], mp) {
					out = append(out, dateCore{i, coreMonth})
					break
				}
			}
		}
		for _, w := range dateCoreWords[c|0x20] {
			if hasASCIIFoldPrefix(text[i:], w) {
				out = append(out, dateCore{i, coreWord})
				break
			}
		}
	}
	return out
}

// hasASCIIFoldPrefix reports whether s starts with the lower-case ASCII
// word w in any case.
func hasASCIIFoldPrefix(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if s[k]|0x20 != w[k] {
			return false
		}
	}
	return true
}

// earliestStart returns the smallest p such that at most limit runs of
// non-space bytes start in text[p:to], a run cut at p included. The count
// only grows as p moves back, so that it is at most limit exactly for p at
// or after the one returned.
func earliestStart(text string, to, limit int) int {
	inner := 0 // the runs starting in text[p+1:to]
	for p := to - 1; p >= 0; p-- {
		if p+1 < to && isRESpace(text[p]) && !isRESpace(text[p+1]) {
			inner++
		}
		n := inner
		if !isRESpace(text[p]) {
			n++
		}
		if n > limit {
			return p + 1
		}
	}
	return 0
}

// matchDates returns the [start, end) spans of the date expressions in
// text, leftmost first and without overlaps, as a regular expression
// alternation of dateAlternatives would find them.
func matchDates(text string, out [][2]int) [][2]int {
	var buf [32]dateCore
	cores := dateCores(text, buf[:0])
	if len(cores) == 0 {
		return out
	}
	filter := !strings.Contains(text, "\u212a")
	m := dscratchPool.Get().(*dscratch)
	defer dscratchPool.Put(m)
	m.top = 0
	// For each kind, next indexes the first core of that kind at or after
	// p, and from is its earliestStart once computed (-1 before).
	var next, from [coreKinds]int
	for k := range from {
		from[k] = -1
	}
	for p := 0; p < len(text); p++ {
		c := text[p]
		if !dateAnyFirst[c] || !asciiBoundary(text, p) {
			continue
		}
		var near [coreKinds]bool // a core of the kind is close enough after p
		if filter {
			left, any := false, false
			for k := range next {
				for next[k] < len(cores) && (cores[next[k]].at < p || cores[next[k]].kind != coreKind(k)) {
					next[k]++
					from[k] = -1
				}
				if next[k] == len(cores) {
					continue
				}
				left = true
				if from[k] < 0 {
					from[k] = earliestStart(text, cores[next[k]].at, maxWordsBeforeCore)
				}
				near[k] = p >= from[k]
				any = any || near[k]
			}
			if !left {
				break
			}
			if !any {
				continue // more than maxWordsBeforeCore words before every core
			}
			if !mayOpenDate(text, p) {
				continue
			}
		}
		for k, a := range dateAlternatives {
			if !dateFirst[k][c] || filter && !near[a.core] {
				continue
			}
			es := &m.res
			es.n = 0
			if a.node.ends(m, text, p, es); es.n > 0 && es.e[0] > p {
				out = append(out, [2]int{p, es.e[0]})
				p = es.e[0] - 1
				break
			}
		}
	}
	return out
}
