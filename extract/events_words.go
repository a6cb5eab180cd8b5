package extract

import (
	"unicode"
	"unicode/utf8"
)

// The event and party code reads a few words around a trigger: the
// hedges before it, the auxiliary before a participle, the first word of
// the trigger. These helpers read them without splitting and lower-casing
// the whole text before the trigger.

// fieldTail holds up to four fields read from the end of a text,
// lower-cased, the last field first.
type fieldTail struct {
	n   int
	off [4][2]int // each field's bytes in buf
	buf [128]byte
	// words, when set, holds the fields, in order, instead.
	words []string
}

// word returns the k-th field from the end, lower-cased.
func (t *fieldTail) word(k int) []byte {
	if t.words != nil {
		return []byte(t.words[len(t.words)-1-k])
	}
	return t.buf[t.off[k][0]:t.off[k][1]]
}

// read sets t to the last n (at most four) fields of s, split at the
// bytes where sep holds, lower-cased (lowerASCII). It reports false when
// a byte it reads is not ASCII, or the fields do not fit: the caller then
// splits the text as it otherwise would.
func (t *fieldTail) read(s string, n int, sep func(byte) bool) bool {
	t.n = 0
	used, i := 0, len(s)
	for t.n < n {
		for i > 0 && s[i-1] < utf8.RuneSelf && sep(s[i-1]) {
			i--
		}
		end := i
		for i > 0 && s[i-1] < utf8.RuneSelf && !sep(s[i-1]) {
			i--
		}
		switch {
		case i > 0 && s[i-1] >= utf8.RuneSelf:
			return false
		case end == i:
			return true // the start of s
		case used+end-i > len(t.buf):
			return false
		}
		for k := i; k < end; k++ {
			t.buf[used+k-i] = lowerByte[s[k]]
		}
		t.off[t.n] = [2]int{used, used + end - i}
		used += end - i
		t.n++
	}
	return true
}

// isASCIISpace is unicode.IsSpace for an ASCII byte.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// isHedgeSep separates the words hedged reads: not a letter nor an
// apostrophe (for an ASCII byte).
func isHedgeSep(c byte) bool {
	return !isASCIILetter(c) && c != '\''
}

// nextSpaceField returns the first field of s[i:] as strings.Fields
// splits it, or -1, -1.
func nextSpaceField(s string, i int) (start, end int) {
	start = -1
	for i < len(s) {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		switch space := unicode.IsSpace(r); {
		case space && start >= 0:
			return start, i
		case !space && start < 0:
			start = i
		}
		i += w
	}
	if start < 0 {
		return -1, -1
	}
	return start, len(s)
}

// firstSpaceFields returns the first fields of s, at most len(dst), as
// strings.Fields splits it.
func firstSpaceFields(s string, dst []string) []string {
	n := 0
	for i := 0; n < len(dst); n++ {
		start, end := nextSpaceField(s, i)
		if start < 0 {
			break
		}
		dst[n], i = s[start:end], end
	}
	return dst[:n]
}

// lastSpaceFields returns the last fields of s, at most len(dst), in
// order, as strings.Fields splits it.
func lastSpaceFields(s string, dst []string) []string {
	for k := len(dst) + 1; ; k *= 2 {
		// strings.Fields splits at ASCII white space too, so the tail
		// tailWords returns begins with a field.
		from := tailWords(s, len(s), k)
		n := 0
		for i := from; ; n++ {
			start, end := nextSpaceField(s, i)
			if start < 0 {
				break
			}
			if n >= len(dst) {
				copy(dst, dst[1:])
			}
			dst[min(n, len(dst)-1)], i = s[start:end], end
		}
		if n >= len(dst) || from == 0 {
			return dst[:min(n, len(dst))]
		}
	}
}
