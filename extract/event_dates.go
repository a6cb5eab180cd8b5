package extract

import (
	"regexp"
	"strings"
)

// clauseBreak matches where one clause of a sentence ends and the next
// begins: punctuation and the subordinators that introduce another event
// ("... confirmed the operation after 34 soldiers died last week").
var clauseBreak = regexp.MustCompile(`[,;:]\s|\s[–—-]\s|(?i)\s(?:after|before|while|as|which|when|where|who|following|since\s+the)\s`)

// isAnchoredElsewhere reports whether a date expression is relative to
// another event ("hours after", "the same day") rather than to the
// publication date: such an expression does not date an event by itself.
func isAnchoredElsewhere(expr string) bool {
	return resUnanchored.MatchString(normaliseDateExpr(expr))
}

// eventDate picks the date expression that dates an event stated in a
// sentence: a date in the same clause as the event (nearest first), or one
// that opens the sentence ("On February 6, ... forces entered ..."). It
// reports false when the sentence gives none; the caller may then carry the
// date of the preceding sentence, as news copy does ("Turkish-backed forces
// captured seven towns on Sunday. The report came hours after Turkey shot
// down two warplanes").
func eventDate(sentence string, ev eventHit, dates []dateHit) (dateHit, bool) {
	if len(dates) == 0 || ev.Start < 0 || ev.Start > len(sentence) {
		return dateHit{}, false
	}
	cStart, cEnd := 0, len(sentence)
	for _, b := range clauseBreak.FindAllStringIndex(sentence, -1) {
		if b[1] <= ev.Start {
			cStart = b[1]
		} else if b[0] >= ev.End && b[0] < cEnd {
			cEnd = b[0]
			break
		}
	}
	opening := ""
	if first := strings.IndexAny(sentence, ",;"); first > 0 {
		opening = sentence[:first]
	}
	best, found, bestDist := dateHit{}, false, 0
	for _, d := range dates {
		if isAnchoredElsewhere(d.Expr) {
			continue
		}
		inClause := d.Start >= cStart && d.End <= cEnd
		opens := opening != "" && d.End <= len(opening) && strings.TrimSpace(sentence[:d.Start]) == ""
		if !inClause && !opens {
			continue
		}
		dist := 0
		switch {
		case d.End <= ev.Start:
			dist = ev.Start - d.End
		case d.Start >= ev.End:
			dist = d.Start - ev.End
		}
		if opens && !inClause {
			dist += len(sentence) // only when the clause has none of its own
		}
		if !found || dist < bestDist {
			best, found, bestDist = d, true, dist
		}
	}
	return best, found
}
