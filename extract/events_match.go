package extract

import (
	"math/bits"
	"regexp"
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// The event and party patterns are short phrases tried at a few word
// starts per sentence. Package regexp pays a fixed price for each such
// try (its backtracker clears a bit vector as long as the pattern times
// the text); the matcher in this file compiles a pattern's syntax tree to
// a chain of closures instead, and backtracks through them directly.
//
// It keeps the semantics of package regexp: alternatives are tried in
// order and the first path that matches wins (leftmost-first), greedy and
// lazy repetition are honoured, \b is an ASCII word boundary, case folding
// is Unicode simple folding, and invalid UTF-8 reads as U+FFFD one byte
// wide.

// matchFunc matches the rest of a pattern at s[i:] and returns where the
// whole match ends, or -1.
type matchFunc func(s string, i int) int

// phraseMatcher is a compiled pattern.
type phraseMatcher struct {
	re *regexp.Regexp
	// m is the pattern compiled to closures; nil when it holds a construct
	// the compiler does not handle, and re is used instead.
	m matchFunc
	// first, when firstOK, marks the ASCII bytes a match can begin with.
	first   [utf8.RuneSelf]bool
	firstOK bool
	// begin says the pattern opens with ^: it can only match at 0.
	begin bool
}

// mustPhraseMatcher compiles expr like regexp.MustCompile.
func mustPhraseMatcher(expr string) *phraseMatcher {
	p := &phraseMatcher{re: regexp.MustCompile(expr)}
	parsed, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return p
	}
	parsed = parsed.Simplify()
	p.m, _ = compileMatch(parsed, matchEnd)
	var set [256]bool
	if nullable, ok := firstBytes(parsed, &set); ok && !nullable {
		p.firstOK = true
		copy(p.first[:], set[:utf8.RuneSelf])
	}
	p.begin = opensWithBegin(parsed)
	return p
}

// compilePattern compiles expr to closures, or reports false.
func compilePattern(expr string) (matchFunc, bool) {
	parsed, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, false
	}
	return compileMatch(parsed.Simplify(), matchEnd)
}

// matchEnd ends every compiled pattern: the match ends where it is.
func matchEnd(s string, i int) int { return i }

// opensWithBegin reports whether every match of re begins with ^.
func opensWithBegin(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpCapture:
		return opensWithBegin(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && opensWithBegin(re.Sub[0])
	case syntax.OpAlternate:
		// "^a|^b": every alternative opens with ^.
		for _, sub := range re.Sub {
			if !opensWithBegin(sub) {
				return false
			}
		}
		return len(re.Sub) > 0
	}
	return false
}

// prefixEnd returns where the match of p, a pattern that opens with ^,
// ends in s, or -1.
func (p *phraseMatcher) prefixEnd(s string) int {
	if p.m != nil {
		return p.m(s, 0)
	}
	if loc := p.re.FindStringIndex(s); loc != nil {
		return loc[1]
	}
	return -1
}

// FindStringIndex is regexp.FindStringIndex.
func (p *phraseMatcher) FindStringIndex(s string) []int {
	if p.m == nil {
		return p.re.FindStringIndex(s)
	}
	if i, e := p.find(s); i >= 0 {
		return []int{i, e}
	}
	return nil
}

// MatchString is regexp.MatchString.
func (p *phraseMatcher) MatchString(s string) bool {
	if p.m == nil {
		return p.re.MatchString(s)
	}
	i, _ := p.find(s)
	return i >= 0
}

// find returns the leftmost-first match of p in s, or -1, -1.
func (p *phraseMatcher) find(s string) (int, int) {
	for i := 0; i <= len(s); i++ {
		if i > 0 && p.begin {
			break
		}
		if p.firstOK && (i == len(s) || s[i] < utf8.RuneSelf && !p.first[s[i]]) {
			continue
		}
		if e := p.m(s, i); e >= 0 {
			return i, e
		}
	}
	return -1, -1
}

// compileMatch compiles re followed by next. It reports false for
// constructs it does not handle.
func compileMatch(re *syntax.Regexp, next matchFunc) (matchFunc, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return next, true
	case syntax.OpLiteral:
		return literalMatch(re.Rune, re.Flags&syntax.FoldCase != 0, next)
	case syntax.OpCharClass:
		c := newRuneClass(re.Rune)
		return func(s string, i int) int {
			if w := c.width(s, i); w > 0 {
				return next(s, i+w)
			}
			return -1
		}, true
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		nl := re.Op == syntax.OpAnyChar
		return func(s string, i int) int {
			if i >= len(s) || s[i] == '\n' && !nl {
				return -1
			}
			_, w := utf8.DecodeRuneInString(s[i:])
			return next(s, i+w)
		}, true
	case syntax.OpBeginText:
		return func(s string, i int) int {
			if i != 0 {
				return -1
			}
			return next(s, i)
		}, true
	case syntax.OpEndText:
		return func(s string, i int) int {
			if i != len(s) {
				return -1
			}
			return next(s, i)
		}, true
	case syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		want := re.Op == syntax.OpWordBoundary
		return func(s string, i int) int {
			if asciiBoundary(s, i) != want {
				return -1
			}
			return next(s, i)
		}, true
	case syntax.OpCapture:
		return compileMatch(re.Sub[0], next)
	case syntax.OpConcat:
		m := next
		for k := len(re.Sub) - 1; k >= 0; k-- {
			var ok bool
			if m, ok = compileMatch(re.Sub[k], m); !ok {
				return nil, false
			}
		}
		return m, true
	case syntax.OpAlternate:
		return alternateMatch(re.Sub, next)
	case syntax.OpQuest:
		sub, ok := compileMatch(re.Sub[0], next)
		if !ok {
			return nil, false
		}
		if re.Flags&syntax.NonGreedy != 0 {
			return func(s string, i int) int {
				if e := next(s, i); e >= 0 {
					return e
				}
				return sub(s, i)
			}, true
		}
		return func(s string, i int) int {
			if e := sub(s, i); e >= 0 {
				return e
			}
			return next(s, i)
		}, true
	case syntax.OpStar, syntax.OpPlus:
		return repeatMatch(re, next)
	}
	return nil, false
}

// literalMatch matches the runes lit, folding case when fold is set.
func literalMatch(lit []rune, fold bool, next matchFunc) (matchFunc, bool) {
	for _, r := range lit {
		if r == utf8.RuneError {
			return nil, false // it would also match invalid bytes
		}
	}
	if !fold {
		text := string(lit)
		return func(s string, i int) int {
			if len(s)-i < len(text) || s[i:i+len(text)] != text {
				return -1
			}
			return next(s, i+len(text))
		}, true
	}
	slow := func(s string, i int) int {
		for _, r := range lit {
			if i >= len(s) {
				return -1
			}
			c := s[i]
			if c < utf8.RuneSelf && r < utf8.RuneSelf {
				if c != byte(r) && !(isASCIILetter(c) && c|0x20 == byte(r)|0x20) {
					return -1
				}
				i++
				continue
			}
			got, w := utf8.DecodeRuneInString(s[i:])
			if !foldEqual(got, r) {
				return -1
			}
			i += w
		}
		return next(s, i)
	}
	// An ASCII literal: each byte of the text, with 0x20 set when the
	// literal's is a letter, is the literal's lower-cased byte, or it is
	// the first byte of a rune that folds to an ASCII letter (ſ, K).
	low, set := make([]byte, len(lit)), make([]byte, len(lit))
	for k, r := range lit {
		if r >= utf8.RuneSelf {
			return slow, true
		}
		low[k] = lowerByte[r]
		if isASCIILetter(byte(r)) {
			set[k] = 0x20
		}
	}
	return func(s string, i int) int {
		if len(s)-i < len(low) {
			return -1
		}
		t := s[i : i+len(low)]
		for k := range low {
			if t[k]|set[k] != low[k] {
				if t[k] >= utf8.RuneSelf {
					return slow(s, i)
				}
				return -1
			}
		}
		return next(s, i+len(low))
	}, true
}

func isASCIILetter(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z'
}

// foldEqual reports whether a and b are equal under simple case folding.
func foldEqual(a, b rune) bool {
	if a == b {
		return true
	}
	for f := unicode.SimpleFold(b); f != b; f = unicode.SimpleFold(f) {
		if f == a {
			return true
		}
	}
	return false
}

// runeClass is a character class: a table for ASCII, the ranges for the
// rest.
type runeClass struct {
	ascii  [utf8.RuneSelf]bool
	ranges []rune // pairs lo, hi of runes from utf8.RuneSelf on
	// asciiOnly says the class holds no rune of utf8.RuneSelf or above,
	// so that every rune it matches is one byte.
	asciiOnly bool
}

func newRuneClass(ranges []rune) *runeClass {
	c := &runeClass{}
	for k := 0; k+1 < len(ranges); k += 2 {
		lo, hi := ranges[k], ranges[k+1]
		for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
			c.ascii[r] = true
		}
		if hi >= utf8.RuneSelf {
			c.ranges = append(c.ranges, max(lo, utf8.RuneSelf), hi)
		}
	}
	c.asciiOnly = len(c.ranges) == 0
	return c
}

// width returns the width of the rune at s[i] when the class holds it,
// else 0.
func (c *runeClass) width(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if s[i] < utf8.RuneSelf {
		if c.ascii[s[i]] {
			return 1
		}
		return 0
	}
	if c.asciiOnly {
		return 0
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	for k := 0; k < len(c.ranges); k += 2 {
		if c.ranges[k] <= r && r <= c.ranges[k+1] {
			return w
		}
	}
	return 0
}

// alternateMatch tries each of subs, followed by next, in order. An
// alternative that cannot begin with an ASCII byte is not tried there.
func alternateMatch(subs []*syntax.Regexp, next matchFunc) (matchFunc, bool) {
	type alt struct {
		m       matchFunc
		first   [utf8.RuneSelf]bool
		firstOK bool
	}
	alts := make([]alt, len(subs))
	for k, sub := range subs {
		m, ok := compileMatch(sub, next)
		if !ok {
			return nil, false
		}
		alts[k].m = m
		var set [256]bool
		if nullable, ok := firstBytes(sub, &set); ok && !nullable {
			alts[k].firstOK = true
			copy(alts[k].first[:], set[:utf8.RuneSelf])
		}
	}
	if len(alts) <= 4 || len(alts) > 64 {
		return func(s string, i int) int {
			ascii := i < len(s) && s[i] < utf8.RuneSelf
			for k := range alts {
				a := &alts[k]
				if a.firstOK && (i >= len(s) || ascii && !a.first[s[i]]) {
					continue
				}
				if e := a.m(s, i); e >= 0 {
					return e
				}
			}
			return -1
		}, true
	}
	// Longer alternations look up which alternatives can begin with the
	// byte at hand: the bits of byByte (by alternative) for an ASCII byte,
	// all for another, those that can match empty text at its end.
	var byByte [utf8.RuneSelf]uint64
	var all, atEnd uint64
	for k := range alts {
		all |= 1 << k
		if !alts[k].firstOK {
			atEnd |= 1 << k
		}
		for c := range byByte {
			if !alts[k].firstOK || alts[k].first[c] {
				byByte[c] |= 1 << k
			}
		}
	}
	return func(s string, i int) int {
		try := all
		switch {
		case i >= len(s):
			try = atEnd
		case s[i] < utf8.RuneSelf:
			try = byByte[s[i]]
		}
		for ; try != 0; try &= try - 1 {
			if e := alts[bits.TrailingZeros64(try)].m(s, i); e >= 0 {
				return e
			}
		}
		return -1
	}, true
}

// repeatMatch compiles x* and x+, greedy or lazy.
func repeatMatch(re *syntax.Regexp, next matchFunc) (matchFunc, bool) {
	sub := re.Sub[0]
	if matchesEmpty(sub) {
		return nil, false // an empty repetition would loop
	}
	min := 0
	if re.Op == syntax.OpPlus {
		min = 1
	}
	lazy := re.Flags&syntax.NonGreedy != 0
	if sub.Op == syntax.OpCharClass {
		if c := newRuneClass(sub.Rune); c.asciiOnly {
			return byteRunMatch(c, min, lazy, next), true
		}
	}
	// loop matches the repetition at s[i:] once at least min copies are
	// behind; body is one more copy followed by loop.
	var loop matchFunc
	body, ok := compileMatch(sub, func(s string, i int) int { return loop(s, i) })
	if !ok {
		return nil, false
	}
	if lazy {
		loop = func(s string, i int) int {
			if e := next(s, i); e >= 0 {
				return e
			}
			return body(s, i)
		}
	} else {
		loop = func(s string, i int) int {
			if e := body(s, i); e >= 0 {
				return e
			}
			return next(s, i)
		}
	}
	if min == 1 {
		return body, true
	}
	return loop, true
}

// matchesEmpty reports whether re may match the empty string (when in
// doubt, that it may).
func matchesEmpty(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune) == 0
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return false
	case syntax.OpCapture, syntax.OpPlus:
		return matchesEmpty(re.Sub[0])
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !matchesEmpty(sub) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if matchesEmpty(sub) {
				return true
			}
		}
		return false
	}
	return true
}

// byteRunMatch repeats a class of one-byte runes: it reads the whole run
// once, then tries next after each length in priority order.
func byteRunMatch(c *runeClass, min int, lazy bool, next matchFunc) matchFunc {
	return func(s string, i int) int {
		j := i
		if lazy {
			if min == 1 {
				if j >= len(s) || s[j] >= utf8.RuneSelf || !c.ascii[s[j]] {
					return -1
				}
				j++
			}
			for {
				if e := next(s, j); e >= 0 {
					return e
				}
				if j >= len(s) || s[j] >= utf8.RuneSelf || !c.ascii[s[j]] {
					return -1
				}
				j++
			}
		}
		for j < len(s) && s[j] < utf8.RuneSelf && c.ascii[s[j]] {
			j++
		}
		for ; j >= i+min; j-- {
			if e := next(s, j); e >= 0 {
				return e
			}
		}
		return -1
	}
}

func init() {
	for i := range eventRules {
		r := &eventRules[i]
		r.match = compileWord(r.Re)
		r.notEvent, r.notEventBefore = notEvent[r.Action], notEventBefore[r.Action]
	}
	for i := range partyRules {
		r := &partyRules[i]
		r.match = compileWord(r.Re)
		r.keys = partyKeys[r.Name]
	}
}

// String returns the source text of the pattern.
func (p *phraseMatcher) String() string { return p.re.String() }

// compileWord compiles the expression of w, or returns nil.
func compileWord(w *wordRegexp) matchFunc {
	m, _ := compilePattern(w.re.String())
	return m
}

// findPhrases appends to out the matches w.findAllIn(sc.ix, false) finds,
// found by m, the closures compiled from w: it tries the word starts where
// the heads allow rule, each at the same text.
func findPhrases(w *wordRegexp, m matchFunc, sc *ruleScan, rule int, out [][2]int) [][2]int {
	s := sc.ix.s
	if m == nil || !w.fast || sc.exotic {
		for _, loc := range w.findAllIn(sc.ix, false) {
			out = append(out, [2]int{loc[0], loc[1]})
		}
		return out
	}
	pos := 0
	for k := sc.nextStart(rule, 0); k >= 0; k = sc.nextStart(rule, k+1) {
		p := sc.ix.starts[k]
		if p < pos || !w.first[s[p]] || w.words != nil && !w.candidate(s, p) {
			continue
		}
		// A match of the windowed text (see spanWindow) is the match of
		// the whole rest of the sentence, and the closures, unlike
		// package regexp, pay nothing for the length of their text.
		if e := m(s[p:], 0); e > 0 {
			out = append(out, [2]int{p, p + e})
			pos = p + e
		}
	}
	return out
}
