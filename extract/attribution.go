package extract

import "strings"

// attrHit is an attribution found in a sentence: who the sentence says
// made the statement, and where the reporting verb is (a byte offset into
// the sentence). pronoun marks "he said", "it said", "the statement said":
// the caller resolves it to the last named source.
type attrHit struct {
	pos     int
	who     string
	pronoun bool
}

var (
	reportVerbs = wordSet("said says say reported reports announced announces told stated " +
		"added claimed claims confirmed confirms noted wrote tweeted posted estimated " +
		"reiterated replied insisted warned alleged")
	subjectAux = wordSet("has had have also reportedly later earlier previously would " +
		"was were had separately further")
	// Words that end a subject when reading back from the reporting verb.
	subjectStops = wordSet("that which who whom whose where while but because although " +
		"though if when after as since")
	pronounSubjects = wordSet("he she it they we i")
	// Definite descriptions that point back to the last named source.
	backReferences = wordSet("statement report spokesman spokeswoman spokesperson official " +
		"ministry agency source sources communique")
	nameConnectors = wordSet("for of and the al al- de bin ibn el")
)

// findAttributions returns the attributions of a sentence in order.
func findAttributions(toks []token, s string, out []attrHit) []attrHit {
	out = out[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.w == "according" && i+1 < len(toks) && toks[i+1].w == "to":
			if who, pr := phraseAfter(toks, s, i+2); who != "" {
				out = append(out, attrHit{pos: t.s, who: who, pronoun: pr})
			}
		case t.w == "citing":
			if who, pr := phraseAfter(toks, s, i+1); who != "" {
				out = append(out, attrHit{pos: t.s, who: who, pronoun: pr})
			}
		case t.reportVerb():
			if t.w == "claimed" && i+2 < len(toks) && toks[i+2].w == "lives" {
				continue
			}
			if who, pr, ok := subjectBefore(toks, s, i); ok {
				out = append(out, attrHit{pos: t.s, who: who, pronoun: pr})
				continue
			}
			if i > 0 && (toks[i-1].w == "," || toks[i-1].isQuote()) {
				if who, pr := phraseAfter(toks, s, i+1); who != "" && (toks[i+1].cap || toks[i+1].w == "the" || pr) {
					out = append(out, attrHit{pos: t.s, who: who, pronoun: pr})
					continue
				}
				if who, pr, ok := appositiveSubject(toks, s, i-1); ok {
					out = append(out, attrHit{pos: t.s, who: who, pronoun: pr})
				}
			}
		}
	}
	return out
}

// subjectBefore reads the subject of the reporting verb at toks[v]
// backwards to the start of its clause.
func subjectBefore(toks []token, s string, v int) (string, bool, bool) {
	k := v - 1
	for k >= 0 && subjectAux[toks[k].w] {
		k--
	}
	end := k
	for k >= 0 {
		t := toks[k]
		if !t.word && t.w != "(" && t.w != ")" && t.w != "-" && t.w != "." && t.w != "&" {
			break
		}
		if subjectStops[t.w] {
			break
		}
		k--
	}
	first := k + 1
	if first > end || end-first >= 12 {
		return "", false, false
	}
	return cleanSource(toks[first : end+1])
}

// appositiveSubject handles "X, an opposition war monitoring group, said":
// comma is the index of the comma before the verb.
func appositiveSubject(toks []token, s string, comma int) (string, bool, bool) {
	k := comma - 1
	for k >= 0 && toks[k].w != "," {
		k--
	}
	if k < 0 || k+1 >= comma {
		return "", false, false
	}
	if w := toks[k+1].w; w != "a" && w != "an" && w != "the" {
		return "", false, false
	}
	return subjectBefore(toks, s, k+1)
}

// phraseAfter reads a source named after "according to", "citing" or an
// inverted "said".
func phraseAfter(toks []token, s string, i int) (string, bool) {
	j := i
	for j < len(toks) && j-i < 14 {
		t := toks[j]
		if !t.word && t.w != "(" && t.w != ")" && t.w != "-" && t.w != "&" {
			break
		}
		if j > i && (t.w == "in" || t.w == "on" || t.w == "at" || t.w == "that" || t.w == "during" ||
			t.w == "after" || t.w == "adding" || t.w == "saying" || t.w == "who" || t.w == "which") {
			break
		}
		j++
	}
	if j == i {
		return "", false
	}
	who, pr, _ := cleanSource(toks[i:j])
	return who, pr
}

// cleanSource turns the words naming a source into a name: pronouns are
// flagged, leading articles and "-based" descriptors and parentheses are
// dropped, and a title before a name is dropped for the name ("Observatory
// head Rami Abdel Rahman" → "Rami Abdel Rahman").
func cleanSource(toks []token) (string, bool, bool) {
	// Drop parenthesised parts.
	var buf [32]token
	words := buf[:0]
	depth := 0
	for _, t := range toks {
		switch t.w {
		case "(":
			depth++
			continue
		case ")":
			if depth > 0 {
				depth--
			}
			continue
		}
		if depth == 0 && t.word {
			words = append(words, t)
		}
	}
	for len(words) > 0 && (words[0].w == "the" || words[0].w == "a" || words[0].w == "an" ||
		strings.HasSuffix(words[0].w, "-based") || words[0].w == "meanwhile") {
		words = words[1:]
	}
	if len(words) == 0 {
		return "", false, false
	}
	if len(words) == 1 && pronounSubjects[words[0].w] {
		return "", true, true
	}
	if len(words) == 1 && backReferences[words[0].w] && len(toks) > 1 && toks[0].w == "the" {
		return "", true, true
	}
	// A trailing run of capitalised words is the name when lower-case words
	// come before it.
	last := len(words) - 1
	if words[last].cap || words[last].num {
		k := last
		for k > 0 && (words[k-1].cap || nameConnectors[words[k-1].w] && k-2 >= 0 && words[k-2].cap) {
			k--
		}
		for k < last && nameConnectors[words[k].w] {
			k++
		}
		if k > 0 {
			words = words[k:]
		}
	}
	n := len(words) - 1
	for _, t := range words {
		n += len(t.orig)
	}
	var b strings.Builder
	b.Grow(n)
	for i, t := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.orig)
	}
	return b.String(), false, true
}
