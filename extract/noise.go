package extract

import (
	"regexp"
	"strings"
)

// Page noise is recognised line by line and skipped, never deleted: spans
// stay byte offsets into the article's text. The patterns describe kinds of
// noise found on news pages, not the strings of particular articles.
var (
	// Photo captions: "… /Reuters Photo", "… 2020. (AP)", "(AFP)".
	reCaption = regexp.MustCompile(`(?i)(?:/\s*[\w .&-]{1,40}\bphotos?|\((?:ap|aa|afp|reuters|epa|getty(?: images)?|anadolu|dpa|xinhua|sana|upi|ansa|efe|irna|tass)\))\s*$|^(?:file )?photos?\s*:`)
	// Comment and search widgets, share bars, vote counters.
	reWidget = regexp.MustCompile(`(?i)^(?:(?:total )?comments?\b.{0,40}|comments? about this (?:article|story)|please fill (?:in )?the fields? below\.?|\*?\s*code confirming note|search for keyword\.?|share this (?:article|story)|leave a (?:comment|reply)|(?:\(\d+\)\s*)+|related (?:articles|news|stories):?|read more:?.{0,60}|advertisement)$`)
	// Header line " date 2020-02-06 …": the prefix is metadata; the rest of
	// the line is noise when short and article text otherwise.
	reHeaderDate = regexp.MustCompile(`^\s*date \d{4}-\d{2}-\d{2}\b\s*`)
	// Timestamps and bylines: "Updated 12:32, 07-Feb-2020", "Published: …".
	reStamp = regexp.MustCompile(`(?i)^(?:(?:last )?updated|published|posted|modified)\b[: ]+.{0,40}\d`)
	// Source lines: "Source: TRTWorld and agencies", "Source(s): Reuters",
	// "Zaman Al Wasl with Agencies", "(Translated from El Nacional)".
	reSource = regexp.MustCompile(`(?i)^(?:sources?(?:\(s\))?\s*:.*|.{0,60}\b(?:with|and) agencies\.?|\(?(?:reporting|writing|editing) by .*|\(?(?:translated|translation) (?:from|by) .{1,80})$`)
)

// headerPrefixLen returns how many bytes of a line are a " date YYYY-MM-DD"
// header prefix, and whether the rest of the line is article text. A header
// line holding only the date and a section name ("Fast News") is noise as a
// whole.
func headerPrefixLen(line string) (n int, restIsText bool) {
	if !strings.HasPrefix(line[spaceRun(line):], "date ") {
		return 0, true // the header's first word is missing: no regexp
	}
	loc := reHeaderDate.FindStringIndex(line)
	if loc == nil {
		return 0, true
	}
	rest := strings.TrimSpace(line[loc[1]:])
	if len(strings.Fields(rest)) <= 4 && !strings.ContainsAny(rest, ".,;:!?") {
		return len(line), false
	}
	return loc[1], true
}

// isNoiseLine reports whether a whole line is page furniture rather than
// article text.
func isNoiseLine(line string) bool {
	t := strings.TrimSpace(strings.ReplaceAll(line, "\u00a0", " "))
	if t == "" {
		return true
	}
	// Cheap guards first: most lines are paragraphs of article text.
	if isCaption(t) {
		return true
	}
	if len(t) <= 120 && (widgetShaped(t) && reWidget.MatchString(t) || stampShaped(t) && reStamp.MatchString(t)) {
		return true
	}
	if sourceShaped(t) && reSource.MatchString(t) {
		return true
	}
	return isBareName(t)
}

// isCaption reports whether reCaption matches a line (trimmed). Each of
// its forms is seen at one end of the line: a credit ending in "photo" or
// "photos", a bracketed agency at the end, "Photo:" or "File photo:" at the
// start. A line that ends in a bracket is read from its last "(" on.
func isCaption(t string) bool {
	if hasASCIIFoldPrefix(t, "photo") || hasASCIIFoldPrefix(t, "file photo") ||
		hasASCIIFoldSuffix(t, "photo") || hasASCIIFoldSuffix(t, "photos") || strings.HasSuffix(t, "ſ") {
		return reCaption.MatchString(t)
	}
	if strings.HasSuffix(t, ")") {
		return reCaption.MatchString(t[max(strings.LastIndexByte(t, '('), 0):])
	}
	return false
}

// hasASCIIFoldSuffix reports whether s ends with the lower-case ASCII word
// w in any case.
func hasASCIIFoldSuffix(s, w string) bool {
	return len(s) >= len(w) && hasASCIIFoldPrefix(s[len(s)-len(w):], w)
}

// widgetShaped reports whether a line opens with a byte a match of
// reWidget opens with: one of its words' first letters (or "ſ", which
// (?i) reads as "s"), "*" or "(".
func widgetShaped(t string) bool {
	switch t[0] | 0x20 {
	case 't', 'c', 'p', 's', 'l', 'r', 'a':
		return true
	}
	return t[0] == '*' || t[0] == '(' || t[0] == 0xc5
}

// stampShaped reports whether a line opens with the first letter of one
// of reStamp's words.
func stampShaped(t string) bool {
	switch t[0] | 0x20 {
	case 'l', 'u', 'p', 'm':
		return true
	}
	return false
}

// containsFoldASCII reports whether s holds needle (lower-case ASCII) with
// the ASCII letters of s taken in either case, without copying s.
func containsFoldASCII(s, needle string) bool {
	if needle == "" {
		return true
	}
	first := needle[0]
	for i := 0; i+len(needle) <= len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != first {
			continue
		}
		j := 1
		for ; j < len(needle); j++ {
			d := s[i+j]
			if d >= 'A' && d <= 'Z' {
				d += 'a' - 'A'
			}
			if d != needle[j] {
				break
			}
		}
		if j == len(needle) {
			return true
		}
	}
	return false
}

// sourceShaped reports whether a line may be a source line: it has the
// shape every line reSource matches has, opening with "source", or (after
// an optional bracket) with "reporting", "writing" or "editing" and " by ",
// or ending with "agencies" (and perhaps a full stop). (?i) also reads "ſ"
// as "s", which only "source" and "agencies" hold, at the line's ends; such
// a line is taken for a source line only if it also holds "source",
// "agencies" or " by " in ASCII letters.
func sourceShaped(t string) bool {
	u := strings.TrimPrefix(t, "(")
	if hasASCIIFoldPrefix(u, "reporting") || hasASCIIFoldPrefix(u, "writing") || hasASCIIFoldPrefix(u, "editing") ||
		hasASCIIFoldPrefix(u, "translated") || hasASCIIFoldPrefix(u, "translation") {
		return true
	}
	u = strings.TrimSuffix(t, ".")
	if hasASCIIFoldPrefix(t, "source") || hasASCIIFoldSuffix(u, "agencies") {
		return true
	}
	return (strings.HasPrefix(t, "ſ") || strings.HasSuffix(u, "ſ")) &&
		(containsFoldASCII(t, "source") || containsFoldASCII(t, "agencies") || containsFoldASCII(t, " by "))
}

// isBareName reports whether a line is a bare name such as an outlet's
// ("CGTN", "Zaman Al Wasl"): at most four words, each capitalised, with no
// digits or punctuation. Subheadings are written in sentence case ("Regime
// offensive") and are kept.
func isBareName(t string) bool {
	if len(t) > 48 {
		return false
	}
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		c := w[0]
		if c < 'A' || c > 'Z' {
			return false
		}
		for i := 0; i < len(w); i++ {
			b := w[i]
			if !(b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b == '-' || b == '\'') {
				return false
			}
		}
	}
	return true
}
