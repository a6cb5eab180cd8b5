package extract

import "strings"

// token is a word, number or punctuation mark of a sentence: [s, e) are
// byte offsets into the sentence and w is its ASCII-lower-cased text.
type token struct {
	s, e int
	w    string // lower-cased
	orig string // as written
	cap  bool   // starts with an upper-case letter
	num  bool   // starts with a digit
	word bool   // a word or number, not punctuation
	cls  uint8  // the word classes of w (see wordClasses)
}

// Word classes, which the rules ask of most tokens, many times: tokenize
// looks them up once per token.
const (
	clsNumberish  uint8 = 1 << iota // may start a count (see numberish)
	clsVictimHead                   // isVictimHead
	clsNPStop                       // in npStops
	clsVerb                         // in activeVerbs or passiveVerbs
	clsReport                       // in reportVerbs
)

// wordClasses maps the lower-cased words that belong to a class (other
// than a number in digits) to their classes; a word it does not list
// belongs to none.
var wordClasses = func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(w string) {
		var c uint8
		if _, ok := wordValue(w); ok || vagueWords[w] {
			c |= clsNumberish
		}
		if isVictimHead(w) {
			c |= clsVictimHead
		}
		if npStops[w] {
			c |= clsNPStop
		}
		if activeVerbs[w] != "" || passiveVerbs[w] != "" {
			c |= clsVerb
		}
		if reportVerbs[w] {
			c |= clsReport
		}
		if c != 0 {
			m[w] = c
		}
	}
	for _, set := range []map[string]bool{vagueWords, victimHeads, npStops, reportVerbs} {
		for w := range set {
			add(w)
		}
	}
	for _, set := range []map[string]string{nationAdjectives, activeVerbs, passiveVerbs} {
		for w := range set {
			add(w)
		}
	}
	for w := range unitWords {
		add(w)
	}
	for t := range tensWords {
		add(t)
		for u := range unitWords {
			add(t + "-" + u) // "twenty-three"
		}
	}
	return m
}()

// wordClassTable is wordClasses, for tokenize.
var wordClassTable = newWordTable(wordClasses)

// tokenClasses returns the word classes of a word or number token w.
func tokenClasses(w string, num bool) uint8 {
	if num {
		if _, _, ok := digitsValue(w); ok {
			return clsNumberish
		}
		return 0
	}
	return wordClassTable.get(w)
}

// victimHead reports whether the token can be the head noun of a victims'
// group (isVictimHead).
func (t token) victimHead() bool { return t.cls&clsVictimHead != 0 }

// reportVerb reports whether the token is a reporting verb (reportVerbs).
func (t token) reportVerb() bool { return t.cls&clsReport != 0 }

// lowerASCII lower-cases the ASCII letters of s, keeping every byte offset.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// appendLowerASCII appends s to buf with its ASCII letters lower-cased.
func appendLowerASCII(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// tokenize splits a sentence (and its lower-cased copy) into tokens,
// appending to buf. Curly quotes and dashes are punctuation; apostrophes
// and hyphens inside words, and separators inside numbers ("2,200"), are
// part of the token.
// nounDeterminers before one of verbNouns make it a noun: "the massacre".
var nounDeterminers = wordSet("the a an this that its their his her")

// verbNouns are the verbs of the rules that are also nouns of the deed.
var verbNouns = wordSet("massacre massacres killing killings slaughter murder murders capture kidnapping abduction")

func tokenize(s, lower string, buf []token) []token {
	buf = buf[:0]
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' {
			i++
			continue
		}
		// A lower-case letter or a digit can only start a word.
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			if n := spaceLen(s, i, len(s)); n > 0 {
				i += n
				continue
			}
			if n := punctLen(s, i); n > 0 {
				buf = append(buf, token{s: i, e: i + n, w: lower[i : i+n], orig: s[i : i+n]})
				i += n
				continue
			}
			if n := abbrevLen(s, i); n > 0 {
				// "U.S.", "U.N.": one word, its final dot dropped from w but
				// kept in the span ("u.s").
				w := strings.TrimSuffix(lower[i:i+n], ".")
				buf = append(buf, token{s: i, e: i + n, w: w, orig: s[i : i+n], cap: true, word: true, cls: tokenClasses(w, false)})
				i += n
				continue
			}
		}
		j := i
		digit := c >= '0' && c <= '9'
		for j < len(s) {
			if asciiAlnum[s[j]] || s[j] >= 0x80 && isTokByte(s, j) {
				j++
				continue
			}
			// Joiners inside a word or a number.
			d := s[j]
			if (d == '-' || d == '\'') && j+1 < len(s) && isTokByte(s, j+1) && j > i {
				j++
				continue
			}
			if digit && (d == ',' || d == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
				j++
				continue
			}
			if d == 0xe2 && j+3 < len(s) && s[j+1] == 0x80 && s[j+2] == 0x99 && isTokByte(s, j+3) && j > i {
				j += 3 // ’ as an apostrophe: country’s
				continue
			}
			break
		}
		if j == i {
			j = i + 1
		}
		w := lower[i:j]
		if w == "roll" && len(buf) > 0 && buf[len(buf)-1].w == "death" {
			w = "toll" // "the death roll rose to 76": the rules read one word
		}
		cls := tokenClasses(w, digit)
		if cls&clsVerb != 0 && len(buf) > 0 && nounDeterminers[buf[len(buf)-1].w] && verbNouns[w] {
			cls &^= clsVerb // "witnesses to the massacre", "the killing": a noun
		}
		buf = append(buf, token{s: i, e: j, w: w, orig: s[i:j], cap: c >= 'A' && c <= 'Z', num: digit, word: true,
			cls: cls})
		i = j
	}
	return buf
}

// abbrevLen returns the byte length of an upper-case abbreviation of
// single letters and dots at s[i] ("U.S.", "U.N.", "U.K."), or 0. The
// sentence must go on with a space and a word after it, so that an
// abbreviation ending a sentence keeps its full stop.
func abbrevLen(s string, i int) int {
	j := i
	for j+1 < len(s) && s[j] >= 'A' && s[j] <= 'Z' && s[j+1] == '.' {
		if j > i && s[j-1] != '.' {
			return 0
		}
		j += 2
	}
	if j-i < 4 || j < len(s) && (s[j] >= 'A' && s[j] <= 'Z' || s[j] >= 'a' && s[j] <= 'z') {
		return 0
	}
	if i > 0 && isTokByte(s, i-1) {
		return 0
	}
	if j+1 < len(s) && s[j] == ' ' && (s[j+1] >= 'a' && s[j+1] <= 'z' || s[j+1] >= 'A' && s[j+1] <= 'Z') {
		return j - i
	}
	return 0
}

// asciiAlnum marks the ASCII letters and digits.
var asciiAlnum = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// isTokByte reports whether s[i] belongs to a word: an ASCII letter or
// digit, or a byte of a non-ASCII letter.
func isTokByte(s string, i int) bool {
	c := s[i]
	if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
		return true
	}
	return c >= 0x80 && punctLen(s, i) == 0 && spaceLen(s, i, len(s)) == 0
}

// punctLen returns the byte length of a punctuation mark at s[i], or 0.
func punctLen(s string, i int) int {
	c := s[i]
	if c < 0x80 {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			return 0
		}
		return 1
	}
	if c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 {
		switch s[i+2] {
		case 0x9c, 0x9d, 0x98, 0x99, 0x93, 0x94, 0xa6: // “ ” ‘ ’ – — …
			return 3
		}
	}
	if c == 0xc2 && i+1 < len(s) && (s[i+1] == 0xab || s[i+1] == 0xbb) { // « »
		return 2
	}
	return 0
}

// isQuote reports whether a token is a quotation mark.
func (t token) isQuote() bool {
	switch t.w {
	case `"`, `'`, "“", "”", "‘", "’", "«", "»":
		return true
	}
	return false
}

// Count qualifiers as written before a number.
var qualifierPhrases = []struct {
	words []string
	qual  string
}{
	{[]string{"no", "more", "than"}, QualUpTo},
	{[]string{"not", "more", "than"}, QualUpTo},
	{[]string{"not", "fewer", "than"}, QualAtLeast},
	{[]string{"not", "less", "than"}, QualAtLeast},
	{[]string{"a", "maximum", "of"}, QualUpTo},
	{[]string{"more", "than"}, QualMoreThan},
	{[]string{"upwards", "of"}, QualMoreThan},
	{[]string{"in", "excess", "of"}, QualMoreThan},
	{[]string{"just", "over"}, QualMoreThan},
	{[]string{"over"}, QualMoreThan},
	{[]string{"above"}, QualMoreThan},
	{[]string{"past"}, QualMoreThan},
	{[]string{"exceeded"}, QualMoreThan}, // "Azeri losses exceeded 1,000 dead"
	{[]string{"exceeding"}, QualMoreThan},
	{[]string{"exceeds"}, QualMoreThan},
	{[]string{"surpassed"}, QualMoreThan},
	{[]string{"topped"}, QualMoreThan},
	{[]string{"at", "least"}, QualAtLeast},
	{[]string{"no", "fewer", "than"}, QualAtLeast},
	{[]string{"no", "less", "than"}, QualAtLeast},
	{[]string{"a", "minimum", "of"}, QualAtLeast},
	{[]string{"up", "to"}, QualUpTo},
	{[]string{"as", "many", "as"}, QualUpTo},
	{[]string{"as", "high", "as"}, QualUpTo},
	{[]string{"fewer", "than"}, QualUpTo},
	{[]string{"less", "than"}, QualUpTo},
	{[]string{"at", "most"}, QualUpTo},
	{[]string{"nearly"}, QualAbout},
	{[]string{"almost"}, QualAbout},
	{[]string{"about"}, QualAbout},
	{[]string{"around"}, QualAbout},
	{[]string{"some"}, QualAbout},
	{[]string{"approximately"}, QualAbout},
	{[]string{"roughly"}, QualAbout},
	{[]string{"close", "to"}, QualAbout},
	{[]string{"an", "estimated"}, QualAbout},
	{[]string{"estimated"}, QualAbout},
	{[]string{"perhaps"}, QualAbout},
	{[]string{"possibly"}, QualAbout},
}

// qualifiersByLast lists the indexes of qualifierPhrases by the last word
// of each phrase, in order.
var qualifiersByLast = func() map[string][]int {
	m := map[string][]int{}
	for k, q := range qualifierPhrases {
		last := q.words[len(q.words)-1]
		m[last] = append(m[last], k)
	}
	return m
}()

// qualifierBefore returns the qualifier written just before toks[i] and the
// index of its first token, or QualExact and i.
func qualifierBefore(toks []token, i int) (string, int) {
	if i == 0 {
		return QualExact, i
	}
	// Only the phrases ending in the word before toks[i] can match; they
	// are tried in the order of qualifierPhrases.
	for _, k := range qualifiersByLast[toks[i-1].w] {
		q := qualifierPhrases[k]
		n := len(q.words)
		if i-n < 0 {
			continue
		}
		ok := true
		for j, w := range q.words {
			if toks[i-n+j].w != w {
				ok = false
				break
			}
		}
		if ok {
			return q.qual, i - n
		}
	}
	return QualExact, i
}

// Number words. Vague quantities ("dozens", "hundreds", "scores",
// "several") have no value: such a count is recorded with a nil value and
// qualifier "unknown", never a guessed lower bound, so that no figure enters
// a tally unless the text states it.
var (
	unitWords = map[string]int{
		"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
		"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
		"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
		"seventeen": 17, "eighteen": 18, "nineteen": 19,
	}
	tensWords = map[string]int{
		"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
		"seventy": 70, "eighty": 80, "ninety": 90,
	}
	scaleWords = map[string]int{"hundred": 100, "thousand": 1000, "million": 1000000}
	vagueWords = map[string]bool{
		"dozens": true, "hundreds": true, "thousands": true, "scores": true,
		"several": true, "tens": true, "millions": true,
	}
)

// countHit is a number read at the start of a noun phrase.
type countHit struct {
	value   int
	vague   bool   // dozens, hundreds, several …: no value
	article bool   // "a", "an": one, if a singular victim noun follows
	ordinal bool   // "a third": one more of the group named before
	qual    string // set when the number itself implies one ("a dozen")
	next    int    // index of the first token after the number
}

// wordValue returns the value of a spelled-out number below 100
// ("seven", "twenty-three").
func wordValue(w string) (int, bool) {
	if v, ok := unitWords[w]; ok {
		return v, true
	}
	if v, ok := tensWords[w]; ok {
		return v, true
	}
	if k := strings.IndexByte(w, '-'); k > 0 {
		t, ok1 := tensWords[w[:k]]
		u, ok2 := unitWords[w[k+1:]]
		if ok1 && ok2 && u > 0 && u < 10 {
			return t + u, true
		}
	}
	return 0, false
}

// digitsValue parses "13", "2,200", "1.5" (the latter only with a scale
// word after it); it returns false on anything else or on overflow.
func digitsValue(w string) (int, int, bool) {
	v, frac, scale := 0, 0, 0
	seenDot := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= '0' && c <= '9':
			if seenDot {
				frac = frac*10 + int(c-'0')
				scale++
				if scale > 3 {
					return 0, 0, false
				}
				continue
			}
			v = v*10 + int(c-'0')
			if v > 1e9 {
				return 0, 0, false
			}
		case c == ',' && !seenDot:
		case c == '.' && !seenDot:
			seenDot = true
		default:
			return 0, 0, false
		}
	}
	if !seenDot {
		return v, -1, true
	}
	for ; scale < 3; scale++ {
		frac *= 10
	}
	return v, frac, true // frac in thousandths
}

// parseCount reads a number starting at toks[i].
func parseCount(toks []token, i int) (countHit, bool) {
	t := toks[i]
	if !t.word {
		return countHit{}, false
	}
	next := func(k int) string {
		if k < len(toks) {
			return toks[k].w
		}
		return ""
	}
	switch {
	case t.num:
		v, frac, ok := digitsValue(t.w)
		if !ok {
			return countHit{}, false
		}
		h := countHit{value: v, next: i + 1}
		if sc, ok := scaleWords[next(i+1)]; ok && sc >= 1000 {
			h.value = v * sc
			if frac >= 0 {
				h.value += frac * sc / 1000
			}
			h.next = i + 2
		} else if frac >= 0 {
			return countHit{}, false // a decimal is not a head count
		}
		return withRange(toks, i, bracketedFigures(toks, h)), true
	case t.w == "a" || t.w == "an" || t.w == "another":
		switch next(i + 1) {
		case "dozen":
			if i > 0 && toks[i-1].w == "half" {
				// "half a dozen adults".
				return countHit{value: 6, qual: QualAbout, next: i + 2}, true
			}
			return countHit{value: 12, qual: QualAbout, next: i + 2}, true
		case "hundred", "thousand", "million":
			h := countHit{value: scaleWords[next(i+1)], qual: QualAbout, next: i + 2}
			if t.w == "a" && i > 0 && toks[i-1].w == "half" && next(i+1) != "hundred" {
				// "more than half a million people".
				h.value /= 2
			}
			if next(i+1) == "hundred" {
				h = hundredAnd(toks, h)
			}
			return h, true
		case "couple":
			if t.w == "a" && next(i+2) == "of" {
				// "a couple of soldiers": a few, not a couple.
				return countHit{vague: true, next: i + 3}, true
			}
		case "large":
			if t.w == "a" && next(i+2) == "number" {
				// "a large number of soldiers": a vague count.
				return countHit{vague: true, next: i + 3}, true
			}
		case "number":
			if t.w == "a" && next(i+2) == "of" && i > 0 && toks[i-1].w != "the" {
				// "a number of soldiers had been killed": a vague count.
				return countHit{vague: true, next: i + 2}, true
			}
		case "unspecified", "undisclosed", "unknown", "unconfirmed", "undetermined":
			if t.w == "an" && next(i+2) == "number" && next(i+3) == "of" {
				// "killed an unspecified number of resistance fighters".
				return countHit{vague: true, next: i + 3}, true
			}
		case "second", "third", "fourth", "fifth":
			if t.w == "a" {
				// "killed two fans and wounded a third": one more.
				return countHit{value: 1, article: true, ordinal: true, next: i + 2}, true
			}
		}
		return countHit{value: 1, article: true, next: i + 1}, true
	case t.w == "large" && next(i+1) == "numbers":
		// "large numbers of fighters".
		return countHit{vague: true, next: i + 2}, true
	case vagueWords[t.w]:
		h := countHit{vague: true, next: i + 1}
		if next(i+1) == "dozen" {
			// "several dozen".
			h.next = i + 2
		}
		// "hundreds of thousands", "tens of thousands"
		if next(i+1) == "of" && (next(i+2) == "thousands" || next(i+2) == "millions") {
			h.next = i + 3
		}
		return h, true
	}
	v, ok := wordValue(t.w)
	if !ok {
		return countHit{}, false
	}
	h := countHit{value: v, next: i + 1}
	if next(i+1) == "dozen" {
		return countHit{value: v * 12, qual: QualAbout, next: i + 2}, true
	}
	if sc, ok := scaleWords[next(i+1)]; ok {
		h.value = v * sc
		h.next = i + 2
		if sc == 100 {
			if sc2, ok := scaleWords[next(i+2)]; ok && sc2 > 100 {
				h.value *= sc2
				h.next = i + 3
			} else {
				h = hundredAnd(toks, h)
			}
		}
	}
	return withRange(toks, i, bracketedFigures(toks, h)), true
}

// hundredAnd reads the rest of a number of hundreds told in words ("one
// hundred and sixty", "a hundred and twenty-five") after the count h of
// the hundreds, and the same number in figures in brackets after it, as
// official French and African communiqués write it ("about a hundred and
// sixty (160) terrorists").
func hundredAnd(toks []token, h countHit) countHit {
	k := h.next
	if k+1 < len(toks) && toks[k].w == "and" {
		if v, ok := wordValue(toks[k+1].w); ok && v > 0 && v < 100 {
			h.value += v
			h.next = k + 2
		}
	}
	return bracketedFigures(toks, h)
}

// bracketedFigures skips the figures in brackets that repeat a number
// told in words ("twenty-five (25) fighters").
func bracketedFigures(toks []token, h countHit) countHit {
	k := h.next
	if k+2 < len(toks) && toks[k].w == "(" && toks[k+2].w == ")" {
		if toks[k+1].num {
			if v, frac, ok := digitsValue(toks[k+1].w); ok && frac < 0 && v == h.value {
				h.next = k + 3
			}
		} else if v, ok := wordValue(toks[k+1].w); ok && v == h.value {
			h.next = k + 3 // "25 (twenty-five) fighters"
		}
	}
	return h
}

// withRange widens the count h read at toks[i] over a range ("70 to 80
// bodies", "between 70 and 80", "five or six soldiers"). A range is
// recorded by its low bound with the qualifier at_least, so that a tally
// never takes more than the text states; a range after "from" is left
// alone ("rose from 20 to 35" is a toll of 35).
func withRange(toks []token, i int, h countHit) countHit {
	k := h.next
	if k+1 >= len(toks) || h.qual != "" || i > 0 && toks[i-1].w == "from" {
		return h
	}
	switch w := toks[k].w; {
	case w == "to" || w == "or" || w == "-" || w == "–":
	case w == "and" && i > 0 && toks[i-1].w == "between":
	default:
		return h
	}
	m := k + 1
	t := toks[m]
	var hi int
	next := m + 1
	switch {
	case t.num:
		v, frac, ok := digitsValue(t.w)
		if !ok || frac >= 0 {
			return h
		}
		hi = v
		if m+1 < len(toks) {
			if sc, ok := scaleWords[toks[m+1].w]; ok && sc >= 1000 {
				hi, next = v*sc, m+2
			}
		}
	default:
		v, ok := wordValue(t.w)
		if !ok {
			return h
		}
		hi = v
	}
	if hi <= h.value || hi > 20*max(h.value, 1) {
		return h
	}
	h.next = next
	h.qual = QualAtLeast
	return h
}

// calendarWords are month names (and their abbreviations) around which a
// number is a day or a year, not a count.
var calendarWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
}
