package extract

import (
	"regexp"
	"regexp/syntax"
	"strings"
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
}

// mustWordRegexp compiles expr like regexp.MustCompile.
func mustWordRegexp(expr string) *wordRegexp {
	w := &wordRegexp{re: regexp.MustCompile(expr)}
	parsed, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return w
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
	return w
}

// exoticFold reports whether s holds one of the two non-ASCII letters that
// case-insensitive matching folds to ASCII ones (ſ to s, K to k): a match
// may then begin on a byte that is not an ASCII letter.
func exoticFold(s string) bool {
	return strings.Contains(s, "ſ") || strings.Contains(s, "\u212a")
}

// candidate reports whether a match may begin at s[p].
func (w *wordRegexp) candidate(s string, p int) bool {
	return w.first[s[p]] && (p == 0 || !isASCIIWord(s[p-1]))
}

// FindAllStringIndex is regexp.FindAllStringIndex(s, -1).
func (w *wordRegexp) FindAllStringIndex(s string) [][]int {
	if !w.fast || exoticFold(s) {
		return w.re.FindAllStringIndex(s, -1)
	}
	var out [][]int
	for p := 0; p < len(s); p++ {
		if !w.candidate(s, p) {
			continue
		}
		loc := w.anchored.FindStringIndex(s[p:wordWindow(s, p)])
		if loc == nil || loc[1] == 0 {
			continue
		}
		out = append(out, []int{p, p + loc[1]})
		p += loc[1] - 1
	}
	return out
}

// FindAllStringSubmatchIndex is regexp.FindAllStringSubmatchIndex(s, -1).
func (w *wordRegexp) FindAllStringSubmatchIndex(s string) [][]int {
	if !w.fast || exoticFold(s) {
		return w.re.FindAllStringSubmatchIndex(s, -1)
	}
	var out [][]int
	for p := 0; p < len(s); p++ {
		if !w.candidate(s, p) {
			continue
		}
		loc := w.anchored.FindStringSubmatchIndex(s[p:wordWindow(s, p)])
		if loc == nil || loc[1] == 0 {
			continue
		}
		for k := range loc {
			if loc[k] >= 0 {
				loc[k] += p
			}
		}
		out = append(out, loc)
		p = loc[1] - 1
	}
	return out
}

// MatchString is regexp.MatchString.
func (w *wordRegexp) MatchString(s string) bool {
	if !w.fast || exoticFold(s) {
		return w.re.MatchString(s)
	}
	for p := 0; p < len(s); p++ {
		if w.candidate(s, p) && w.anchored.MatchString(s[p:wordWindow(s, p)]) {
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
	words := 0
	for i := p; i < len(s); i++ {
		if isRESpace(s[i]) && i > p && !isRESpace(s[i-1]) {
			words++
			if words == windowWords {
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
