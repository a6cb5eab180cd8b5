package extract

import "strings"

// notOwnEvent reports whether the trigger at sentence[start:end] tells no
// event of the report's own: one a picture shows ("a map showing vessels
// encircling the island", "footage of the strike was shared"), one told
// as background in a relative clause with "since" ("the Taliban, who have
// stepped up attacks since ending a ceasefire, denied"), or a push back
// told as the time of something else ("until the intruders had been
// pushed back").
func notOwnEvent(s string, start, end int, action string) bool {
	before := s[tailWords(s, start, 6):start]
	if mediaShown(before, s[start:end]) {
		return true
	}
	if action == ActionWithdraw && pushBackAsTime(before, s[start:end]) {
		return true
	}
	if action == ActionStrike && progressiveSpan(s, start, end) {
		return true
	}
	return sinceRelative(s, start, end) || perfectRelative(s, start)
}

// progressiveSpan reports whether a strike told in the perfect
// progressive runs over a span of time: "had been pounding it with
// artillery for weeks", "have been shelling the town for months": a
// campaign's background, not a blow of the report.
func progressiveSpan(s string, start, end int) bool {
	if !strings.HasSuffix(s[:start], " been ") || !strings.HasSuffix(strings.ToLower(firstWordOf(s[start:end])), "ing") {
		return false
	}
	after := s[end:]
	if k := strings.IndexAny(after, ",;."); k >= 0 {
		after = after[:k]
	}
	return containsAny(after, []string{" for days", " for weeks", " for months", " for years", " since "})
}

// perfectRelative reports whether the trigger opens a relative clause in
// the perfect that tells what a party named has been doing: "The RSF,
// which has besieged El Fasher for months, denied", "the militia, who
// have long shelled the port". A clause in the past perfect ("who had
// captured the town on Monday") may tell an event of the report.
func perfectRelative(s string, start int) bool {
	before := s[tailWords(s, start, 4):start]
	for _, p := range []string{", which has ", ", which have ", ", who have ", ", who has "} {
		if k := strings.LastIndex(before, p); k >= 0 {
			mid := before[k+len(p):]
			return mid == "" || mid == "long " || mid == "repeatedly " || mid == "also "
		}
	}
	return false
}

// mediaWords are the nouns of pictures and recordings.
var mediaWords = wordSet("footage video videos map maps image images photo photos photograph photographs picture pictures clip clips imagery")

// mediaShown reports whether the words before a trigger make it what a
// picture shows: "footage of the strike", "video showing the jet firing a
// missile", "images it said showed warships encircling".
func mediaShown(before, trigger string) bool {
	w := lastWords(before, 6)
	if len(w) == 0 {
		return false
	}
	// "footage of the strike", "a video of the attack".
	n := len(w)
	k := n - 1
	if k >= 0 && (strings.EqualFold(w[k], "the") || strings.EqualFold(w[k], "an") || strings.EqualFold(w[k], "a")) {
		k--
	}
	if k >= 1 && strings.EqualFold(w[k], "of") && mediaWords[strings.ToLower(w[k-1])] {
		return true
	}
	// "showing the jet firing", "showed warships encircling": the
	// trigger is an -ing form after a verb of showing.
	if !strings.HasSuffix(strings.ToLower(firstWordOf(trigger)), "ing") {
		return false
	}
	for i := n - 1; i >= 0 && i >= n-5; i-- {
		switch strings.ToLower(strings.Trim(w[i], ",")) {
		case "showing", "showed", "shows", "show", "depicting", "depicted", "depicts":
			return true
		}
		if strings.HasSuffix(w[i], ",") {
			break
		}
	}
	return false
}

// pushBackAsTime reports whether a push back is told in a clause of time
// or condition: "ruled out talks until the intruders had been pushed
// back", "held the ridge before they were pushed back".
func pushBackAsTime(before, trigger string) bool {
	t := strings.ToLower(trigger)
	if !strings.Contains(t, "pushed back") && !strings.Contains(t, "driven back") && !strings.Contains(t, "beaten back") {
		return false
	}
	w := lastWords(before, 5)
	for i := len(w) - 1; i >= 0; i-- {
		switch strings.ToLower(w[i]) {
		case "until", "till", "before", "unless", "once":
			return true
		}
		if strings.ContainsAny(w[i], ",;") {
			return false
		}
	}
	return false
}

// sinceRelative reports whether the trigger lies in a relative clause of
// the present perfect that holds "since": "The Pakistani Taliban, who
// have stepped up attacks since ending a ceasefire in November, denied
// involvement": the clause tells the background, not the news. An event
// inside the since clause itself is told for itself.
func sinceRelative(s string, start, end int) bool {
	lo := strings.LastIndex(s[:start], ", who ")
	if k := strings.LastIndex(s[:start], ", which "); k > lo {
		lo = k
	}
	if lo < 0 || strings.ContainsAny(s[lo+2:start], ",;") {
		return false
	}
	rest := s[lo+2:]
	rest = rest[strings.IndexByte(rest, ' ')+1:]
	if !hasAnyPrefix(rest, "have ", "has ", "had ") {
		return false
	}
	// "which has lost positions since the alliance launched its
	// offensive on October 27": an event dated inside the since clause
	// is told for itself.
	if strings.Contains(s[lo:start], " since ") {
		return false
	}
	after := s[end:]
	if k := strings.IndexAny(after, ",;."); k >= 0 {
		after = after[:k]
	}
	return strings.Contains(after, " since ")
}
