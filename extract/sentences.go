package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/neurosnap/sentences"
	"github.com/neurosnap/sentences/data"
)

// sentence is one sentence of an article: [start, end) are byte offsets into
// the article's text, para is the index of the paragraph (line) it is in.
type sentence struct {
	start, end int
	para       int
}

// sentenceAt returns the sentence (of sents, in text order) that holds
// byte at, and whether one does.
func sentenceAt(sents []sentence, at int) (sentence, bool) {
	k := sentenceIndex(sents, at)
	if k == len(sents) || sents[k].start > at {
		return sentence{}, false
	}
	return sents[k], true
}

// sentenceIndex returns the index of the first sentence of sents (in text
// order) that ends after byte at: the one that holds it, if any does.
func sentenceIndex(sents []sentence, at int) int {
	k, _ := slices.BinarySearchFunc(sents, at, func(st sentence, at int) int { return cmp.Compare(st.end, at+1) })
	return k
}

// abbreviations are the words that a full stop does not end a sentence
// after ("Jan.", "Gen.", "U.S."): the abbreviation list of the Punkt English
// model shipped with github.com/neurosnap/sentences, lower-case and without
// the final stop. The Punkt tokenizer itself is not used for splitting: it
// runs at ~6 MB/s and joins headline lines to the next paragraph, while
// splitting lines first and applying the model's abbreviations is an order
// of magnitude faster and keeps byte offsets exact.
var abbreviations = loadAbbreviations()

func loadAbbreviations() map[string]bool {
	m := map[string]bool{
		"sgt": true, "gov": true, "no": true, "mt": true, "rep": true, "sen": true,
		"gens": true, "maj": true, "capt": true, "cpl": true, "pvt": true, "rev": true,
		// Months as news agencies shorten them before a day: "on Mar. 5".
		"jan": true, "feb": true, "mar": true, "apr": true, "aug": true, "oct": true, "nov": true, "dec": true,
		"sept": true, "approx": true, "est": true, "govt": true, "dept": true, "brig": true,
	}
	if b, err := data.Asset("data/english.json"); err == nil {
		if st, err := sentences.LoadTraining(b); err == nil {
			for w := range st.AbbrevTypes {
				m[w] = true
			}
		}
	}
	return m
}

// splitSentences splits text into sentences, skipping page noise. Every
// non-blank line is a paragraph; sentences never cross a line break.
func splitSentences(text string) []sentence {
	out := make([]sentence, 0, len(text)/120+1)
	para := 0
	for ls := 0; ls < len(text); {
		le := ls
		for le < len(text) && text[le] != '\n' {
			le++
		}
		line := text[ls:le]
		next := le + 1
		if isBlank(line) {
			ls = next
			continue
		}
		off, keep := headerPrefixLen(line)
		if keep && !isNoiseLine(line[off:]) {
			out = splitLine(text, ls+off, le, para, out)
		}
		para++
		ls = next
	}
	return out
}

// splitLine appends the sentences of text[start:end] (one line) to out.
func splitLine(text string, start, end, para int, out []sentence) []sentence {
	s := start
	for i := start; i < end; i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		// Runs of terminal punctuation and closing quotes or brackets.
		for j < end {
			if text[j] == '.' || text[j] == '!' || text[j] == '?' || text[j] == '"' || text[j] == '\'' || text[j] == ')' {
				j++
				continue
			}
			if n := closingQuoteLen(text, j, end); n > 0 {
				j += n
				continue
			}
			break
		}
		k, ws := skipSpace(text, j, end)
		if !ws || k >= end {
			continue
		}
		if !startsSentence(text, k, end) {
			continue
		}
		if c == '.' && j == i+1 && isAbbreviation(text, s, i) {
			continue
		}
		out = appendTrimmed(out, text, s, j, para)
		s = k
		i = k - 1
	}
	return appendTrimmed(out, text, s, end, para)
}

// appendTrimmed appends text[s:e] without surrounding white space, if any
// text is left.
func appendTrimmed(out []sentence, text string, s, e, para int) []sentence {
	for s < e {
		if n := spaceLen(text, s, e); n > 0 {
			s += n
			continue
		}
		break
	}
	for e > s {
		if text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == '\r' {
			e--
			continue
		}
		if e-2 >= s && text[e-2] == 0xc2 && text[e-1] == 0xa0 {
			e -= 2
			continue
		}
		break
	}
	for e-s > maxSentence {
		// A run-on "sentence" (a list without full stops, a page without
		// punctuation) is read in pieces: the rules look around each
		// match within its sentence, so their cost grows with its square.
		cut := pieceEnd(text, s, s+maxSentence)
		out = appendTrimmed(out, text, s, cut, para)
		s = cut
		for s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r') {
			s++
		}
	}
	if e > s {
		out = append(out, sentence{start: s, end: e, para: para})
	}
	return out
}

// maxSentence is the longest sentence, in bytes, the rules read whole;
// longer ones are cut into pieces by pieceEnd. Sentences of news copy
// rarely pass 400 bytes.
const maxSentence = 1000

// pieceEnd returns where to end a piece of text that begins at s and may
// not pass limit: after the last semicolon, else the last comma, else
// before the last space in the second half of the piece, else at limit
// (moved back to the start of a UTF-8 sequence).
func pieceEnd(text string, s, limit int) int {
	half := s + (limit-s)/2
	for _, sep := range []string{"; ", ", ", " "} {
		if i := strings.LastIndex(text[half:limit], sep); i >= 0 {
			if sep == " " {
				return half + i
			}
			return half + i + 1
		}
	}
	for limit > s+1 && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// isAbbreviation reports whether the word ending at the full stop at dot
// (a word that starts at or after from) is an abbreviation or an initial.
func isAbbreviation(text string, from, dot int) bool {
	b := dot
	for b > from {
		c := text[b-1]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' {
			b--
			continue
		}
		break
	}
	w := text[b:dot]
	if w == "" {
		return false
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true // an initial: "J. Smith"
	}
	var buf [16]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbreviations[string(buf[:len(w)])]
}

// startsSentence reports whether a sentence may start at text[k]: an
// upper-case letter, a digit, an opening quote or bracket.
func startsSentence(text string, k, end int) bool {
	c := text[k]
	switch {
	case c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '"', c == '\'', c == '(', c == '[':
		return true
	case c == 0xe2 && k+2 < end && text[k+1] == 0x80 && (text[k+2] == 0x9c || text[k+2] == 0x98):
		return true // “ ‘
	}
	return false
}

// closingQuoteLen returns the length of a closing curly quote at text[i]
// (” or ’), or 0.
func closingQuoteLen(text string, i, end int) int {
	if i+2 < end+1 && i+2 < len(text) && text[i] == 0xe2 && text[i+1] == 0x80 && (text[i+2] == 0x9d || text[i+2] == 0x99) {
		return 3
	}
	return 0
}

// skipSpace skips white space (including no-break spaces) from i and
// reports whether there was any.
func skipSpace(text string, i, end int) (int, bool) {
	k := i
	for k < end {
		n := spaceLen(text, k, end)
		if n == 0 {
			break
		}
		k += n
	}
	return k, k > i
}

// spaceLen returns the byte length of the white space at text[i], or 0.
func spaceLen(text string, i, end int) int {
	switch c := text[i]; {
	case c == ' ' || c == '\t' || c == '\r' || c == '\n':
		return 1
	case c == 0xc2 && i+1 < end && text[i+1] == 0xa0:
		return 2
	}
	return 0
}

// isBlank reports whether a line holds only white space.
func isBlank(line string) bool {
	for i := 0; i < len(line); {
		n := spaceLen(line, i, len(line))
		if n == 0 {
			return false
		}
		i += n
	}
	return true
}
