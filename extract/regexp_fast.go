package extract

import (
	"math/bits"
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// wordRegexp is a regular expression whose matches all begin at a word
// boundary (it opens with \b) on an ASCII letter or digit: a party name, an
// event trigger, a locative phrase. Searching a sentence with the whole
// expression runs its automaton at every byte; wordRegexp instead tries
// the expression, anchored, only at the starts of words whose first byte
// can begin a match, and finds exactly the same matches.
type wordRegexp struct {
	re       *regexp.Regexp // the expression as written
	anchored *regexp.Regexp // the same, anchored at its start
	first    [256]bool      // the bytes a match can begin with
	fast     bool           // the expression qualifies for word-start search
	// words, when set, lists (lower-case) every word of ASCII letters a
	// match can begin with; a word start with another word is skipped.
	words map[string]bool
	// prefixes holds lower-cased beginnings, at most prefixLen bytes, one
	// of which every match begins with (nil when they cannot be listed).
	prefixes map[string]bool
	// pairs holds the first two symbols of the prefixes (see
	// symbolPairsOf), a test cheaper than the prefix trie.
	pairs *symbolPairs
	id    int // the index in wordRegexpRegistry
	// span is how many runs of non-space bytes a match may cover at most
	// (windowWords when no smaller bound is known).
	span int
	// follows, when set, is a cheap test of what comes after a word start
	// that every match there passes: false rules the start out.
	follows func(s string, p int) bool
}

// wordRegexpRegistry lists the word-start expressions, so that a sentence
// index can look up at once which of them can begin at each word start.
var wordRegexpRegistry []*wordRegexp

// prefixTable is a trie of the listed beginnings of the word-start
// expressions: walking it along a word start gives the set of expressions
// (bits by id) that can begin there. Bytes are read as one of a few
// symbols (letters, digits, space, some punctuation, anything else), so
// that the children of a node are a set of symbols, a bit each.
type prefixTable struct {
	nodes  []prefixNode
	always uint64 // the expressions without a listing
	ok     bool   // at most 64 expressions, so that a mask holds them all
}

// prefixNode is one node of the trie: the expressions a beginning ending
// here begins, and its children: the symbols that have one (kids) and the
// index of the first, the others following it in the order of their
// symbols. Nodes are small so that the trie stays in the cache.
type prefixNode struct {
	mask  uint64
	kids  uint64
	first int32
}

// child returns the child of node n by symbol sym, or 0 (the root, no
// one's child) when there is none.
func (t *prefixTable) child(n int32, sym uint8) int32 {
	nd := &t.nodes[n]
	bit := uint64(1) << sym
	if nd.kids&bit == 0 {
		return 0
	}
	return nd.first + int32(bits.OnesCount64(nd.kids&(bit-1)))
}

const prefixSymbols = 42

// boundaryMark ends a listed beginning that must be followed by a byte
// that is not a word character (or the end of the text); its trie symbol
// is boundarySymbol.
const (
	boundaryMark   = "\x00"
	boundarySymbol = 41
)

// prefixSymbol maps a lower-cased byte to its trie symbol.
func prefixSymbol(c byte) int {
	switch {
	case c >= 'a' && c <= 'z':
		return int(c - 'a')
	case c >= '0' && c <= '9':
		return 26 + int(c-'0')
	case c == ' ':
		return 36
	case c == '-':
		return 37
	case c == '.':
		return 38
	case c == '\'':
		return 39
	case c == 0:
		return boundarySymbol
	}
	return 40
}

var (
	prefixTableOnce sync.Once
	wordPrefixes    prefixTable
)

// thePrefixTable builds the prefix table on first use, once every
// expression of the package is compiled.
func thePrefixTable() *prefixTable {
	prefixTableOnce.Do(func() {
		t := &wordPrefixes
		if len(wordRegexpRegistry) > 64 {
			return
		}
		// The trie is built with an array of children per node, then
		// laid out breadth first, the children of a node side by side.
		type wideNode struct {
			mask uint64
			next [prefixSymbols]int32
		}
		wide := make([]wideNode, 1, 1024)
		for _, w := range wordRegexpRegistry {
			bit := uint64(1) << w.id
			if w.prefixes == nil {
				t.always |= bit
				continue
			}
			for p := range w.prefixes {
				n := 0
				for k := 0; k < len(p); k++ {
					sym := prefixSymbol(p[k])
					if wide[n].next[sym] == 0 {
						wide = append(wide, wideNode{})
						wide[n].next[sym] = int32(len(wide) - 1)
					}
					n = int(wide[n].next[sym])
				}
				wide[n].mask |= bit
			}
		}
		order := []int32{0}
		t.nodes = make([]prefixNode, len(wide))
		for k := 0; k < len(order); k++ {
			w := &wide[order[k]]
			nd := &t.nodes[k]
			nd.mask, nd.first = w.mask, int32(len(order))
			for sym, c := range w.next {
				if c != 0 {
					nd.kids |= 1 << sym
					order = append(order, c)
				}
			}
		}
		t.ok = true
	})
	return &wordPrefixes
}

// foldedSymbols maps each byte to the trie symbol of its lower case, white
// space to the symbol of a space.
var foldedSymbols = func() (t [256]uint8) {
	for c := range t {
		b := byte(c)
		switch {
		case b >= 'A' && b <= 'Z':
			b += 'a' - 'A'
		case isRESpace(b):
			b = ' '
		}
		t[c] = uint8(prefixSymbol(b))
	}
	return t
}()

// headMask returns the set of expressions one of whose beginnings begins
// s[p:] (ASCII case folded, each run of white space read as one space).
func (t *prefixTable) headMask(s string, p int) uint64 {
	m := t.always
	n := int32(0)
	for i, k := p, 0; k < prefixLen && i < len(s); i++ {
		c := s[i]
		if isRESpace(c) && i > p && isRESpace(s[i-1]) {
			continue
		}
		k++
		n = t.child(n, foldedSymbols[c])
		if n == 0 {
			return m
		}
		m |= t.nodes[n].mask
		if b := t.child(n, boundarySymbol); b != 0 && (i+1 >= len(s) || !isASCIIWord(s[i+1])) {
			m |= t.nodes[b].mask
		}
	}
	return m
}

// mustWordRegexp compiles expr like regexp.MustCompile.
func mustWordRegexp(expr string) *wordRegexp {
	w := &wordRegexp{re: regexp.MustCompile(expr), span: windowWords}
	parsed, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return w
	}
	if n, ok := maxSpaceRuns(parsed); ok && n+1 < windowWords {
		w.span = n + 1
	}
	if !opensWithBoundary(parsed) {
		return w
	}
	nullable, ok := firstBytes(parsed, &w.first)
	if !ok || nullable {
		return w
	}
	for c := range w.first {
		if w.first[c] && !isASCIIWord(byte(c)) {
			return w
		}
	}
	w.anchored = regexp.MustCompile(`^(?:` + expr + `)`)
	w.fast = true
	w.id = len(wordRegexpRegistry)
	wordRegexpRegistry = append(wordRegexpRegistry, w)
	if ps, ok := matchPrefixes(parsed); ok {
		w.prefixes = make(map[string]bool, len(ps))
		for _, p := range ps {
			if p.s == "" {
				w.prefixes = nil
				break
			}
			w.prefixes[p.s] = true
		}
		w.pairs = symbolPairsOf(w.prefixes)
	}
	return w
}

// symbolPairs is a set of pairs of trie symbols.
type symbolPairs [prefixSymbols*prefixSymbols/64 + 1]uint64

func (p *symbolPairs) add(a, b uint8) {
	n := int(a)*prefixSymbols + int(b)
	p[n/64] |= 1 << (n % 64)
}

// has reports whether the pair of the folded bytes a, b is in the set.
func (p *symbolPairs) has(a, b byte) bool {
	n := int(foldedSymbols[a])*prefixSymbols + int(foldedSymbols[b])
	return p[n/64]&(1<<(n%64)) != 0
}

// symbolPairsOf returns the pairs of symbols the listed beginnings open
// with, any second symbol standing for a beginning of one byte or one
// that ends the word (boundaryMark); nil when one of them is empty.
func symbolPairsOf(prefixes map[string]bool) *symbolPairs {
	if prefixes == nil {
		return nil
	}
	var p symbolPairs
	for x := range prefixes {
		if x == "" {
			return nil
		}
		a := uint8(prefixSymbol(x[0]))
		if len(x) == 1 || x[1] == boundaryMark[0] {
			for b := range uint8(prefixSymbols) {
				p.add(a, b)
			}
			continue
		}
		p.add(a, uint8(prefixSymbol(x[1])))
	}
	return &p
}

// exoticFold reports whether s holds one of the two non-ASCII letters that
// case-insensitive matching folds to ASCII ones (ſ to s, K to k): a match
// may then begin on a byte that is not an ASCII letter.
func exoticFold(s string) bool {
	return strings.Contains(s, "ſ") || strings.Contains(s, "\u212a")
}

// candidate reports whether a match may begin at s[p].
func (w *wordRegexp) candidate(s string, p int) bool {
	if !w.first[s[p]] || p > 0 && isASCIIWord(s[p-1]) {
		return false
	}
	if w.pairs != nil && p+1 < len(s) && !w.pairs.has(s[p], s[p+1]) {
		return false
	}
	// What must follow is asked before the prefix trie is walked: it is
	// cheap, and rules out more than the opening words.
	if w.follows != nil && !w.follows(s, p) {
		return false
	}
	if w.prefixes != nil {
		if t := thePrefixTable(); t.ok {
			// One walk of the trie instead of a map lookup per length.
			if t.headMask(s, p)&(1<<w.id) == 0 {
				return false
			}
		} else if !w.hasPrefix(s, p) {
			return false
		}
	}
	return w.opensWithWord(s, p)
}

// opensWithWord reports whether the word at s[p] is one of w.words, if
// they are set.
func (w *wordRegexp) opensWithWord(s string, p int) bool {
	if w.words == nil {
		return true
	}
	e := p
	for e < len(s) && e-p < 16 && (s[e]|0x20 >= 'a' && s[e]|0x20 <= 'z') {
		e++
	}
	var buf [16]byte
	for k := p; k < e; k++ {
		buf[k-p] = s[k] | 0x20
	}
	return w.words[string(buf[:e-p])]
}

// hasPrefix reports whether one of w.prefixes begins s[p:] (ASCII case
// folded, each run of white space read as one space).
func (w *wordRegexp) hasPrefix(s string, p int) bool {
	var buf [prefixLen + 1]byte
	k := 0
	for i := p; k < prefixLen && i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case isRESpace(c):
			if i > p && isRESpace(s[i-1]) {
				continue // a run of spaces reads as one
			}
			c = ' '
		}
		buf[k] = c
		k++
		if w.prefixes[string(buf[:k])] {
			return true
		}
		if i+1 >= len(s) || !isASCIIWord(s[i+1]) {
			buf[k] = boundaryMark[0]
			if w.prefixes[string(buf[:k+1])] {
				return true
			}
		}
	}
	return false
}

// prefixLen is how many bytes of a match's beginning wordRegexp lists.
const prefixLen = 8

// maxPrefixes bounds the beginnings listed for one expression.
const maxPrefixes = 4000

// rePrefix is a lower-cased beginning of a match; open means that what
// follows it is not listed (any continuation), else that the expression
// part it was read from ends there.
type rePrefix struct {
	s    string
	open bool
}

// matchPrefixes lists the beginnings of the matches of re, up to
// prefixLen bytes, lower-cased.
func matchPrefixes(re *syntax.Regexp) ([]rePrefix, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary,
		syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
		return []rePrefix{{}}, true
	case syntax.OpLiteral:
		var b []byte
		for _, r := range re.Rune {
			switch {
			case r < utf8.RuneSelf:
				b = append(b, byte(unicode.ToLower(r)))
			case re.Flags&syntax.FoldCase == 0:
				b = utf8.AppendRune(b, r)
			default:
				return []rePrefix{{s: string(b), open: true}}, true
			}
			if len(b) >= prefixLen {
				return []rePrefix{{s: string(b[:prefixLen]), open: true}}, true
			}
		}
		return []rePrefix{{s: string(b)}}, true
	case syntax.OpCharClass:
		if isSpaceClass(re) {
			return []rePrefix{{s: " "}}, true
		}
		seen := map[byte]bool{}
		var out []rePrefix
		for k := 0; k+1 < len(re.Rune); k += 2 {
			lo, hi := re.Rune[k], re.Rune[k+1]
			if lo == hi && (lo == 'ſ' || lo == '\u212a') {
				continue // see markRune
			}
			if hi-lo > 30 {
				return []rePrefix{{open: true}}, true
			}
			for r := lo; r <= hi; r++ {
				if r >= utf8.RuneSelf {
					// A few non-ASCII characters ("’"): their bytes.
					out = append(out, rePrefix{s: string(r)})
					continue
				}
				c := byte(unicode.ToLower(r))
				if !seen[c] {
					seen[c] = true
					out = append(out, rePrefix{s: string([]byte{c})})
				}
			}
		}
		return out, true
	case syntax.OpCapture:
		return matchPrefixes(re.Sub[0])
	case syntax.OpQuest:
		ps, ok := matchPrefixes(re.Sub[0])
		return append(ps, rePrefix{}), ok
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		if isSpaceClass(re.Sub[0]) && re.Op != syntax.OpRepeat {
			// A run of spaces reads as one space (see hasPrefix).
			if re.Op == syntax.OpStar {
				return []rePrefix{{s: " "}, {}}, true
			}
			return []rePrefix{{s: " "}}, true
		}
		ps, ok := matchPrefixes(re.Sub[0])
		for k := range ps {
			ps[k].open = true
		}
		if re.Op == syntax.OpStar || re.Op == syntax.OpRepeat && re.Min == 0 {
			ps = append(ps, rePrefix{})
		}
		return ps, ok
	case syntax.OpAlternate:
		var out []rePrefix
		for _, sub := range re.Sub {
			ps, ok := matchPrefixes(sub)
			if !ok {
				return nil, false
			}
			out = append(out, ps...)
			if len(out) > maxPrefixes {
				return nil, false
			}
		}
		return out, true
	case syntax.OpConcat:
		cur := []rePrefix{{}}
		for _, sub := range re.Sub {
			if sub.Op == syntax.OpWordBoundary {
				// After a word character, \b says the next byte is not
				// one: boundaryMark, which ends the listing.
				for k, a := range cur {
					if !a.open && a.s != "" && len(a.s) < prefixLen && isASCIIWord(a.s[len(a.s)-1]) {
						cur[k] = rePrefix{s: a.s + boundaryMark, open: true}
					}
				}
				continue
			}
			ps, ok := matchPrefixes(sub)
			if !ok {
				return nil, false
			}
			var next []rePrefix
			for _, a := range cur {
				if a.open || len(a.s) >= prefixLen {
					next = append(next, a)
					continue
				}
				for _, b := range ps {
					c := rePrefix{s: a.s + b.s, open: b.open}
					if len(c.s) >= prefixLen {
						c = rePrefix{s: c.s[:prefixLen], open: true}
					}
					next = append(next, c)
				}
			}
			if len(next) > maxPrefixes {
				return nil, false
			}
			cur = dedupePrefixes(next)
		}
		return cur, true
	}
	return nil, false
}

// isSpaceClass reports whether re is \s, [\t\n\f\r ].
func isSpaceClass(re *syntax.Regexp) bool {
	if re.Op != syntax.OpCharClass {
		return false
	}
	want := []rune{'\t', '\n', '\f', '\r', ' ', ' '}
	if len(re.Rune) != len(want) {
		return false
	}
	for k := range want {
		if re.Rune[k] != want[k] {
			return false
		}
	}
	return true
}

// dedupePrefixes drops repeated beginnings, keeping the first.
func dedupePrefixes(ps []rePrefix) []rePrefix {
	seen := make(map[rePrefix]bool, len(ps))
	out := ps[:0]
	for _, p := range ps {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

// openingWords sets the words every match of w begins with (see
// wordRegexp.words), and returns w.
func (w *wordRegexp) openingWords(words ...string) *wordRegexp {
	w.words = make(map[string]bool, len(words))
	for _, x := range words {
		w.words[x] = true
	}
	return w
}

// followedBy sets w.follows, and returns w.
func (w *wordRegexp) followedBy(f func(s string, p int) bool) *wordRegexp {
	w.follows = f
	return w
}

// FindAllStringIndex is regexp.FindAllStringIndex(s, -1).
func (w *wordRegexp) FindAllStringIndex(s string) [][]int {
	return w.findAll(s, nil, nil, false, exoticFold(s))
}

// FindAllStringSubmatchIndex is regexp.FindAllStringSubmatchIndex(s, -1).
func (w *wordRegexp) FindAllStringSubmatchIndex(s string) [][]int {
	return w.findAll(s, nil, nil, true, exoticFold(s))
}

// findAllIn is FindAllStringIndex (or, with sub, FindAllStringSubmatchIndex)
// of the indexed sentence.
func (w *wordRegexp) findAllIn(ix *sentIndex, sub bool) [][]int {
	var heads []uint64
	if w.words == nil || ix.headsReady {
		// An expression with opening words is tested by them at each
		// start: the heads are worth reading only when already there.
		heads = ix.startHeads()
	}
	return w.findAll(ix.s, ix.starts, heads, sub, ix.exotic)
}

// findAll searches s, trying only the word starts (all when starts is
// nil) that can begin a match; heads, when set, holds for each start the
// expressions that can begin there (see prefixTable). exotic is
// exoticFold(s).
func (w *wordRegexp) findAll(s string, starts []int, heads []uint64, sub, exotic bool) [][]int {
	if !w.fast || exotic {
		if sub {
			return w.re.FindAllStringSubmatchIndex(s, -1)
		}
		return w.re.FindAllStringIndex(s, -1)
	}
	var out [][]int
	pos := 0
	try := func(p int) {
		var loc []int
		if sub {
			loc = w.anchored.FindStringSubmatchIndex(s[p:spanWindow(s, p, w.span)])
		} else {
			loc = w.anchored.FindStringIndex(s[p:spanWindow(s, p, w.span)])
		}
		if loc == nil || loc[1] == 0 {
			return
		}
		for k := range loc {
			if loc[k] >= 0 {
				loc[k] += p
			}
		}
		out = append(out, loc)
		pos = loc[1]
	}
	switch {
	case heads != nil:
		for k, p := range starts {
			if heads[k]&(1<<w.id) != 0 && p >= pos && w.first[s[p]] && (w.follows == nil || w.follows(s, p)) && w.opensWithWord(s, p) {
				try(p)
			}
		}
	case starts != nil:
		for _, p := range starts {
			if p >= pos && w.candidate(s, p) {
				try(p)
			}
		}
	default:
		for p := 0; p < len(s); p++ {
			if p >= pos && w.candidate(s, p) {
				try(p)
			}
		}
	}
	return out
}

// MatchString is regexp.MatchString.
func (w *wordRegexp) MatchString(s string) bool {
	if !w.fast || exoticFold(s) {
		return w.re.MatchString(s)
	}
	for p := 0; p < len(s); p++ {
		if w.candidate(s, p) && w.anchored.MatchString(s[p:spanWindow(s, p, w.span)]) {
			return true
		}
	}
	return false
}

// windowWords is how many words from its start a match may span. The
// expressions searched this way are phrases of at most a dozen words.
const windowWords = 24

// wordWindow returns where the text an anchored match at s[p:] may read
// ends: before the white space that follows the windowWords-th run of
// non-space bytes, or at the end of s. The regexp engine's cost grows with
// the length of its input even when the match is short; a match that fits
// is found the same in the window as in the whole text, since the window
// ends where the text goes on with a space (a word boundary either way).
func wordWindow(s string, p int) int {
	return spanWindow(s, p, windowWords)
}

// spanWindow is wordWindow for a match that covers at most n runs of
// non-space bytes.
func spanWindow(s string, p, n int) int {
	words := 0
	for i := p; i < len(s); i++ {
		if isRESpace(s[i]) && i > p && !isRESpace(s[i-1]) {
			words++
			if words == n {
				return i
			}
		}
	}
	return len(s)
}

// opensWithBoundary reports whether every match of re begins with \b.
func opensWithBoundary(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpWordBoundary:
		return true
	case syntax.OpCapture:
		return opensWithBoundary(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && opensWithBoundary(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !opensWithBoundary(sub) {
				return false
			}
		}
		return len(re.Sub) > 0
	}
	return false
}

// firstBytes marks in set the bytes a match of re can begin with, and
// reports whether re can match the empty string; ok is false when it
// cannot tell (an assertion other than \b, any character).
func firstBytes(re *syntax.Regexp, set *[256]bool) (nullable, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpWordBoundary:
		return true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true, true
		}
		markRune(re.Rune[0], re.Flags&syntax.FoldCase != 0, set)
		return false, true
	case syntax.OpCharClass:
		for k := 0; k+1 < len(re.Rune); k += 2 {
			lo, hi := re.Rune[k], re.Rune[k+1]
			if lo == hi && (lo == 'ſ' || lo == '\u212a') {
				continue // see markRune
			}
			if hi >= utf8.RuneSelf {
				return false, false
			}
			for r := lo; r <= hi; r++ {
				set[byte(r)] = true
			}
		}
		return false, true
	case syntax.OpCapture:
		return firstBytes(re.Sub[0], set)
	case syntax.OpQuest, syntax.OpStar:
		_, ok := firstBytes(re.Sub[0], set)
		return true, ok
	case syntax.OpPlus:
		return firstBytes(re.Sub[0], set)
	case syntax.OpRepeat:
		n, ok := firstBytes(re.Sub[0], set)
		return n || re.Min == 0, ok
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			n, ok := firstBytes(sub, set)
			if !ok {
				return false, false
			}
			if !n {
				return false, true
			}
		}
		return true, true
	case syntax.OpAlternate:
		nullable := false
		for _, sub := range re.Sub {
			n, ok := firstBytes(sub, set)
			if !ok {
				return false, false
			}
			nullable = nullable || n
		}
		return nullable, true
	}
	return false, false
}

// markRune marks the first byte of r, and of the runes it folds to when
// fold is set. The non-ASCII folds of ASCII letters are left out: texts
// holding them are searched with the whole expression (see exoticFold).
func markRune(r rune, fold bool, set *[256]bool) {
	mark := func(r rune) {
		var buf [utf8.UTFMax]byte
		utf8.EncodeRune(buf[:], r)
		set[buf[0]] = true
	}
	mark(r)
	if !fold {
		return
	}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if r < utf8.RuneSelf && f >= utf8.RuneSelf {
			continue
		}
		mark(f)
	}
}

// maxSpaceRuns returns an upper bound on how many runs of white space
// (isRESpace bytes) a match of re holds, and false when there is none or
// re holds an end anchor (a match that ends where a window is cut may not
// end there in the whole text). A match that starts on a non-space byte
// and holds n such runs covers at most n+1 runs of non-space bytes, so
// the regexp finds it the same in spanWindow(s, p, n+1) as in s[p:].
func maxSpaceRuns(re *syntax.Regexp) (int, bool) {
	switch re.Op {
	case syntax.OpNoMatch, syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpBeginText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0, true
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			if r < 0x80 && isRESpace(byte(r)) {
				n++
			}
		}
		return n, true
	case syntax.OpCharClass:
		if classHasSpace(re) {
			return 1, true
		}
		return 0, true
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1, true
	case syntax.OpCapture, syntax.OpQuest:
		return maxSpaceRuns(re.Sub[0])
	case syntax.OpConcat, syntax.OpAlternate:
		total := 0
		for _, sub := range re.Sub {
			n, ok := maxSpaceRuns(sub)
			if !ok {
				return 0, false
			}
			if re.Op == syntax.OpConcat {
				total += n
			} else {
				total = max(total, n)
			}
		}
		return total, true
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		n, ok := maxSpaceRuns(re.Sub[0])
		switch {
		case !ok:
			return 0, false
		case n == 0:
			return 0, true
		case onlySpace(re.Sub[0]):
			// A repeated white space byte is one run.
			return 1, true
		case re.Op == syntax.OpRepeat && re.Max >= 0:
			return n * re.Max, true
		}
		return 0, false
	}
	return 0, false
}

// classHasSpace reports whether the character class re holds a white
// space byte.
func classHasSpace(re *syntax.Regexp) bool {
	for k := 0; k+1 < len(re.Rune); k += 2 {
		for _, c := range []rune{'\t', '\n', '\f', '\r', ' '} {
			if re.Rune[k] <= c && c <= re.Rune[k+1] {
				return true
			}
		}
	}
	return false
}

// onlySpace reports whether re matches a single white space byte and
// nothing else.
func onlySpace(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return false
		}
		for k := 0; k+1 < len(re.Rune); k += 2 {
			for c := re.Rune[k]; c <= re.Rune[k+1]; c++ {
				if c >= 0x80 || !isRESpace(byte(c)) {
					return false
				}
			}
		}
		return true
	case syntax.OpLiteral:
		return len(re.Rune) == 1 && re.Rune[0] < 0x80 && isRESpace(byte(re.Rune[0]))
	}
	return false
}
