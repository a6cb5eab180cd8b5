package extract

import (
	"bytes"
	"iter"
	"math/bits"
	"sort"
	"strings"
)

// ruleScan is what the event and party rules share of one sentence: for
// each word start the rules that can begin there, and, once a rule's keys
// are asked for, the sentence lower-cased. It holds no pointer into
// itself, so that it can live on the stack.
type ruleScan struct {
	ix *sentIndex
	// exotic says the sentence holds a letter that case folding takes
	// for an ASCII one (see exoticFold): the rules are then searched with
	// package regexp.
	exotic bool
	// any holds the rules (by eventBit and partyBit) that can begin at
	// some word start.
	any uint64
	// byRule holds for each rule the indexes of ix.starts it can begin
	// at, as bits, when there are at most 64 starts; heads holds for
	// each start the rules that can begin there when there are more.
	byRule [64]uint64
	heads  []uint64
	// The sentence lower-cased as sentIndex.lowerCase does it, once
	// needed: lowerBuf[:lowerLen], or lowerHeap when longer.
	// sameOffsets says that it is byte for byte the sentence, each ASCII
	// capital lower-cased (lowerASCII).
	lowered     bool
	lowerLen    int
	lowerHeap   []byte
	sameOffsets bool
	lowerBuf    [320]byte
}

// Each event and party rule has an index, its bit in the head masks: the
// event rules first, then the party rules.
func eventIndex(i int) int { return i }
func partyIndex(i int) int { return len(eventRules) + i }

func eventBit(i int) uint64 { return 1 << eventIndex(i) }
func partyBit(i int) uint64 { return 1 << partyIndex(i) }

// The head masks are read off a word start's first word: the run of
// ASCII word bytes there, lower-cased. Every match of a rule begins with
// one of the rule's listed beginnings (wordRegexp.prefixes), whose bytes
// are the text's, lower-cased, with a space for a run of white space: a
// beginning with a non-word byte after some word bytes names the first
// word exactly ("the " gives "the"), and one of word bytes only names how
// the first word begins ("escalat"). The first eight bytes of a word,
// packed into an integer, find both. A first word followed by white space
// may also say how the next word begins ("the regi"): common first words
// ("the", "a", "to") are then told apart by it.

// wordKey packs the lower-cased first eight bytes of a word, the first
// byte highest. No word byte is 0, so words of different lengths differ.
type wordKey uint64

// headWord is what a first word says of the rules that can begin with it.
type headWord struct {
	// mask holds the rules that can begin with it whatever follows.
	mask uint64
	// next lists rules that can begin with it only when, after the white
	// space that follows it, the text begins with one of rests
	// (lower-cased, a space for a run of white space, boundaryMark for a
	// word boundary).
	next []nextWords
}

type nextWords struct {
	bit   uint64
	rests []string
}

// headWords maps the key of a whole first word of at most seven bytes,
// or of the first eight bytes of a longer one, to what it says.
var headWords headTable

// shortOpen lists the beginnings of fewer than eight word bytes that do
// not name the whole first word: a word that begins with key (len bytes)
// can begin mask.
var shortOpen []struct {
	key  wordKey
	len  int
	mask uint64
}

// alwaysHead holds the rules whose beginnings are not listed.
var alwaysHead uint64

// shortOpenFirst marks the first bytes of the shortOpen beginnings.
var shortOpenFirst [256]bool

// shortOpenMasks maps each shortOpen key to the rules it can begin: a
// rule may list hundreds of them ("[a-z]{2}" in its opening).
var shortOpenMasks = map[wordKey]uint64{}

func init() {
	if len(eventRules)+len(partyRules) > 64 {
		panic("extract: more event and party rules than head mask bits")
	}
	// For each first word and rule, the rests after it, or nil when the
	// rule can begin with the word whatever follows.
	type wordRule struct {
		key wordKey
		bit uint64
	}
	rests := map[wordRule]map[string]bool{}
	var order []wordRule
	mark := func(w *wordRegexp, bit uint64) {
		if !w.fast || w.prefixes == nil {
			alwaysHead |= bit
			return
		}
		for p := range w.prefixes {
			j := 0
			for j < len(p) && isASCIIWord(p[j]) {
				j++
			}
			if j == 0 {
				continue // it cannot begin at a word start
			}
			key := packWord(p[:min(j, 8)])
			if j == len(p) && j < 8 {
				shortOpenFirst[p[0]] = true
				shortOpenMasks[key] |= bit
				shortOpen = append(shortOpen, struct {
					key  wordKey
					len  int
					mask uint64
				}{key, j, bit})
				continue
			}
			wr := wordRule{key, bit}
			r, seen := rests[wr]
			if !seen {
				order = append(order, wr)
				r = map[string]bool{}
			}
			switch {
			case r == nil:
			case j < len(p)-1 && p[j] == ' ':
				r[p[j+1:]] = true
			default:
				r = nil
			}
			rests[wr] = r
		}
	}
	for i, r := range eventRules {
		mark(r.Re, eventBit(i))
	}
	for i, r := range partyRules {
		mark(r.Re, partyBit(i))
	}
	words := map[wordKey]*headWord{}
	for _, wr := range order {
		h := words[wr.key]
		if h == nil {
			h = &headWord{}
			words[wr.key] = h
		}
		if rests[wr] == nil {
			h.mask |= wr.bit
			continue
		}
		list := make([]string, 0, len(rests[wr]))
		for r := range rests[wr] {
			list = append(list, r)
		}
		sort.Strings(list)
		h.next = append(h.next, nextWords{wr.bit, list})
	}
	headWords = newHeadTable(words)
}

// packWord returns the key of w, at most eight bytes.
func packWord(w string) wordKey {
	var k wordKey
	for i := 0; i < len(w); i++ {
		k = k<<8 | wordKey(w[i])
	}
	return k
}

// beginsWith reports whether the listed beginning rest (see nextWords)
// begins s[i:].
func beginsWith(s string, i int, rest string) bool {
	for k := 0; k < len(rest); k++ {
		q := rest[k]
		switch {
		case q == boundaryMark[0]:
			return i >= len(s) || !isASCIIWord(s[i])
		case i >= len(s):
			return false
		case q == ' ':
			if !isRESpace(s[i]) {
				return false
			}
			for i < len(s) && isRESpace(s[i]) {
				i++
			}
			continue
		case lowerByte[s[i]] != q:
			return false
		}
		i++
	}
	return true
}

// headTable is a hash table from word keys to what they say, by open
// addressing.
type headTable struct {
	keys  []wordKey
	words []*headWord
	shift uint
}

func newHeadTable(m map[wordKey]*headWord) headTable {
	bits := uint(4)
	for 1<<bits < 2*len(m) {
		bits++
	}
	t := headTable{keys: make([]wordKey, 1<<bits), words: make([]*headWord, 1<<bits), shift: 64 - bits}
	for k, w := range m {
		i := t.slot(k)
		for t.keys[i] != 0 {
			i = (i + 1) & (len(t.keys) - 1)
		}
		t.keys[i], t.words[i] = k, w
	}
	return t
}

func (t *headTable) slot(k wordKey) int {
	return int(uint64(k) * 0x9E3779B97F4A7C15 >> t.shift)
}

// get returns what k says, nil when nothing.
func (t *headTable) get(k wordKey) *headWord {
	for i := t.slot(k); ; i = (i + 1) & (len(t.keys) - 1) {
		switch t.keys[i] {
		case k:
			return t.words[i]
		case 0:
			return nil
		}
	}
}

// newRuleScan scans the sentence of ix.
func newRuleScan(ix *sentIndex) *ruleScan {
	sc := &ruleScan{}
	sc.scan(ix)
	return sc
}

// scan sets sc to scan the sentence of ix.
func (sc *ruleScan) scan(ix *sentIndex) {
	sc.ix = ix
	sc.startHeads()
}

// lower returns the lower-cased sentence.
func (sc *ruleScan) lower() []byte {
	if !sc.lowered {
		sc.lowerCase()
	}
	if sc.lowerHeap != nil {
		return sc.lowerHeap
	}
	return sc.lowerBuf[:sc.lowerLen]
}

// lowerCase fills in the lower-cased sentence.
func (sc *ruleScan) lowerCase() {
	sc.lowered = true
	s := sc.ix.s
	if strings.Contains(s, "\u212a") || strings.Contains(s, "\u0130") {
		// The two letters whose lower case is (or holds) an ASCII letter:
		// see sentIndex.lowerCase.
		sc.lowerHeap = []byte(strings.ToLower(s))
		return
	}
	sc.sameOffsets = true
	lower := sc.lowerBuf[:0]
	if len(s) <= len(sc.lowerBuf) {
		sc.lowerLen = len(s)
		lower = sc.lowerBuf[:len(s)]
	} else {
		sc.lowerHeap = make([]byte, len(s))
		lower = sc.lowerHeap
	}
	for i := 0; i < len(s); i++ {
		lower[i] = lowerByte[s[i]]
	}
}

// lowerByte lower-cases an ASCII capital and keeps any other byte.
var lowerByte = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// wordByte is lowerByte for the ASCII word bytes (isASCIIWord), 0 for the
// rest.
var wordByte = func() (t [256]byte) {
	for c := range t {
		if isASCIIWord(byte(c)) {
			t[c] = lowerByte[c]
		}
	}
	return t
}()

func (sc *ruleScan) startHeads() {
	s, starts := sc.ix.s, sc.ix.starts
	if sc.exotic = exoticFold(s); sc.exotic {
		// A match may begin where the listed beginnings do not say.
		sc.any = ^uint64(0)
		return
	}
	if len(starts) > 64 {
		sc.heads = make([]uint64, len(starts))
		for k, p := range starts {
			sc.heads[k] = headMask(s, p)
			sc.any |= sc.heads[k]
		}
		return
	}
	for k, p := range starts {
		m := headMask(s, p)
		sc.any |= m
		for ; m != 0; m &= m - 1 {
			sc.byRule[bits.TrailingZeros64(m)] |= 1 << k
		}
	}
}

// canBegin reports whether rule can begin at ix.starts[k].
func (sc *ruleScan) canBegin(rule, k int) bool {
	switch {
	case sc.exotic:
		return true
	case sc.heads != nil:
		return sc.heads[k]>>rule&1 != 0
	}
	return sc.byRule[rule]>>k&1 != 0
}

// nextStart returns the first index of ix.starts from k on where rule
// can begin, or -1.
func (sc *ruleScan) nextStart(rule, k int) int {
	if sc.heads == nil && !sc.exotic {
		if k >= 64 {
			return -1
		}
		if set := sc.byRule[rule] >> k; set != 0 {
			return k + bits.TrailingZeros64(set)
		}
		return -1
	}
	for ; k < len(sc.ix.starts); k++ {
		if sc.canBegin(rule, k) {
			return k
		}
	}
	return -1
}

// headMask returns the rules that can begin at the word start s[p].
func headMask(s string, p int) uint64 {
	first := wordByte[s[p]]
	var k wordKey
	n := 0
	for end := min(len(s), p+8); p < end; p++ {
		c := wordByte[s[p]]
		if c == 0 {
			break
		}
		k = k<<8 | wordKey(c)
		n++
	}
	m := alwaysHead
	if h := headWords.get(k); h != nil {
		m |= h.mask
		// The next word, after the white space that ends this one.
		if i := p; len(h.next) > 0 && i < len(s) && isRESpace(s[i]) {
			for i < len(s) && isRESpace(s[i]) {
				i++
			}
			for _, nw := range h.next {
				if m&nw.bit != 0 {
					continue
				}
				for _, rest := range nw.rests {
					if beginsWith(s, i, rest) {
						m |= nw.bit
						break
					}
				}
			}
		}
	}
	if shortOpenFirst[first] {
		// The word's beginnings of one to seven bytes (a key has no zero
		// byte, so keys of different lengths never collide).
		for l := 1; l <= n && l < 8; l++ {
			m |= shortOpenMasks[k>>(8*(n-l))]
		}
	}
	return m
}

// contains reports whether the lower-cased sentence contains key.
func (sc *ruleScan) contains(key string) bool {
	return bytes.Contains(sc.lower(), []byte(key))
}

// keysHold reports whether the lower-cased sentence contains one of keys
// (no keys: yes), looking first in the matches found, which mostly hold
// one: a key is ASCII or a rune that has no case, so a key in the
// lower-cased text of a match is in the lower-cased sentence.
func (sc *ruleScan) keysHold(keys []string, found [][2]int) bool {
	if len(keys) == 0 {
		return true
	}
	for _, m := range found {
		text := sc.ix.s[m[0]:m[1]]
		for _, k := range keys {
			if containsFold(text, k) {
				return true
			}
		}
	}
	return sc.containsAny(keys)
}

// indexAll yields the index of each occurrence of sub in s, from the
// left, each search starting after the occurrence before.
func indexAll(s, sub string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for off := 0; ; {
			k := strings.Index(s[off:], sub)
			if k < 0 || !yield(off+k) {
				return
			}
			off += k + len(sub)
		}
	}
}

// containsFold reports whether lowerASCII(s) contains key, a lower-case
// key.
func containsFold(s, key string) bool { return indexFold(s, key) >= 0 }

// indexFold is strings.Index of lowerASCII(s) and key, a lower-case key.
func indexFold(s, key string) int {
	if len(key) == 0 {
		return 0
	}
	for i := 0; i+len(key) <= len(s); i++ {
		if lowerByte[s[i]] != key[0] {
			continue
		}
		k := 1
		for k < len(key) && lowerByte[s[i+k]] == key[k] {
			k++
		}
		if k == len(key) {
			return i
		}
	}
	return -1
}

// containsAny reports whether the lower-cased sentence contains one of
// keys; no keys means yes.
func (sc *ruleScan) containsAny(keys []string) bool {
	if len(keys) == 0 {
		return true
	}
	for _, k := range keys {
		if sc.contains(k) {
			return true
		}
	}
	return false
}
