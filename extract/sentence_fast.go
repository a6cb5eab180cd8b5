package extract

import "strings"

// sentIndex is what the pattern searches of one sentence share, computed
// once and when first needed: the sentence lower-cased, the letter pairs it
// holds (to rule out keywords without searching for them), its word starts
// and which patterns can begin at each.
type sentIndex struct {
	s, lower string
	pairs    [26*26/64 + 1]uint64
	// starts are the offsets where a word of ASCII letters or digits
	// begins (the previous byte is not one).
	starts []int
	// heads holds, for each start, the word-start expressions that can
	// begin there (see prefixTable); nil when the table is not usable.
	heads               []uint64
	headsBuf            []uint64 // the memory of heads, kept by reset
	anyHead             uint64   // the union of heads
	lowered, headsReady bool
	exotic              bool // exoticFold(s)
}

// newSentIndex indexes s.
func newSentIndex(s string) *sentIndex {
	ix := &sentIndex{}
	ix.reset(s)
	return ix
}

// reset indexes s anew, keeping the memory of the starts and heads of the
// sentence indexed before, so that one index can serve the sentences of an
// article one after the other.
func (ix *sentIndex) reset(s string) {
	starts, heads := ix.starts[:0], ix.headsBuf[:0]
	if cap(starts) == 0 {
		starts = make([]int, 0, len(s)/5+1)
	}
	*ix = sentIndex{s: s, exotic: exoticFold(s), headsBuf: heads}
	// wordByte is not 0 exactly for the bytes isASCIIWord holds of; one
	// table lookup a byte, the last one remembered.
	inWord := false
	for p := 0; p < len(s); p++ {
		w := wordByte[s[p]] != 0
		if w && !inWord {
			starts = append(starts, p)
		}
		inWord = w
	}
	ix.starts = starts
}

// release drops the index's references to its sentence, keeping its
// memory for the next.
func (ix *sentIndex) release() {
	ix.s, ix.lower = "", ""
}

// lowerCase fills in lower and pairs.
func (ix *sentIndex) lowerCase() {
	if ix.lowered {
		return
	}
	ix.lowered = true
	s := ix.s
	if strings.Contains(s, "\u212a") || strings.Contains(s, "\u0130") {
		// The two letters whose lower case is (or holds) an ASCII letter.
		ix.lower = strings.ToLower(s)
	} else {
		ix.lower = lowerASCII(s)
	}
	l := ix.lower
	for i := 0; i+1 < len(l); i++ {
		a, b := l[i], l[i+1]
		if a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' {
			n := int(a-'a')*26 + int(b-'a')
			ix.pairs[n/64] |= 1 << (n % 64)
		}
	}
}

// startHeads returns heads, filling it in on first use.
func (ix *sentIndex) startHeads() []uint64 {
	if ix.headsReady {
		return ix.heads
	}
	ix.headsReady = true
	if t := thePrefixTable(); t.ok && !ix.exotic {
		ix.heads = append(ix.headsBuf[:0], make([]uint64, len(ix.starts))...)
		ix.headsBuf = ix.heads
		for k, p := range ix.starts {
			ix.heads[k] = t.headMask(ix.s, p)
			ix.anyHead |= ix.heads[k]
		}
	}
	return ix.heads
}

// cannotMatch reports whether the heads, if already filled in, show that
// no word start can begin w.
func (ix *sentIndex) cannotMatch(w *wordRegexp) bool {
	return ix.headsReady && ix.heads != nil && w.fast && ix.anyHead&(1<<w.id) == 0
}

// contains reports whether the lower-cased sentence contains key.
func (ix *sentIndex) contains(key string) bool {
	ix.lowerCase()
	for i := 0; i+1 < len(key); i++ {
		a, b := key[i], key[i+1]
		if a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' {
			n := int(a-'a')*26 + int(b-'a')
			if ix.pairs[n/64]&(1<<(n%64)) == 0 {
				return false
			}
		}
	}
	return strings.Contains(ix.lower, key)
}

// containsAny reports whether the lower-cased sentence contains one of
// keys; no keys means yes.
func (ix *sentIndex) containsAny(keys []string) bool {
	if len(keys) == 0 {
		return true
	}
	for _, k := range keys {
		if ix.contains(k) {
			return true
		}
	}
	return false
}

// tailWords returns where the last n runs of non-space bytes of s[:end]
// begin: right after a space, or 0. A pattern anchored at the end ($) that
// spans no more than n such runs and opens with \b or a word matches
// s[tailWords(s, end, n):end] as it matches s[:end], at a fraction of the
// cost.
func tailWords(s string, end, n int) int {
	if end > len(s) {
		end = len(s)
	}
	runs := 0
	for i := end; i > 0; i-- {
		if !isRESpace(s[i-1]) && (i == end || isRESpace(s[i])) {
			runs++
		}
		if isRESpace(s[i-1]) && i < end && !isRESpace(s[i]) && runs == n {
			return i
		}
	}
	return 0
}

// wordList is a list of ASCII words indexed by their first byte, which
// rules out most words of a sentence at one look.
type wordList struct {
	byFirst [256][]string
}

func newWordList(words ...string) *wordList {
	l := &wordList{}
	for _, w := range words {
		l.byFirst[w[0]] = append(l.byFirst[w[0]], w)
	}
	return l
}

// hasWordBetween reports whether one of the words of l (matched as
// written and as the beginning of the word there) opens a word of the
// sentence right after a byte for which before holds and, when after is
// not nil, after(s, start, end) holds of where the word starts and ends
// in the sentence s.
// before must reject ASCII word bytes: then every place a word can match
// is one of starts.
func (ix *sentIndex) hasWordBetween(l *wordList, before func(byte) bool, after func(s string, start, end int) bool) bool {
	s := ix.s
	for _, p := range ix.starts {
		words := l.byFirst[s[p]]
		if len(words) == 0 || p == 0 || !before(s[p-1]) {
			continue
		}
		for _, w := range words {
			if strings.HasPrefix(s[p:], w) && (after == nil || after(s, p, p+len(w))) {
				return true
			}
		}
	}
	return false
}
