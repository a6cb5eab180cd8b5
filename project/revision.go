package project

import "strings"

// revisionVerbs carry a toll to a new figure ("the toll rose to 21", "has
// risen to 274", "revised the death toll to 84", "now stands at 168").
var revisionVerbs = map[string]bool{
	"rose": true, "risen": true, "rises": true, "rising": true, "climbed": true, "climbs": true,
	"climbing": true, "increased": true, "increases": true, "jumped": true, "soared": true,
	"surged": true, "mounted": true, "revised": true, "raised": true, "updated": true,
	"reached": true, "stands": true, "stood": true,
}

// revisedToll reports whether quote tells a toll brought to a new figure: a
// word of revisionVerbs, then "to" or "at" within the next four words
// ("rose overnight to", "revised the toll to", "stands at"), or any
// number of words on when the verb's object is the toll ("revised the
// death toll from a suicide bombing ... to 84"); "reached" right before a
// figure; or, in a quote opening with the toll its verb was told before,
// "to" right before a figure ("number of people killed in ... last month
// to 30"). Such a figure speaks of an incident told before,
// which may have happened days before the revision is dated.
func revisedToll(quote string) bool {
	verb := -1 // index of the last revision verb among the words read
	reached := false
	// object: the verb's object is a toll ("raised the number of people
	// killed in ... to 30"): "to" may come any number of words on.
	object := false
	// opening: the quote opens with a toll, its verb left before it
	// ("number of people killed in ... last month to 30", of "MSF has
	// raised the number ..."); to, the index of the last "to" read.
	opening, to := false, -2
	n := 0 // words read
	for i := 0; i < len(quote); {
		for i < len(quote) && !isWordByte(quote[i]) {
			i++
		}
		j := i
		for j < len(quote) && isWordByte(quote[j]) {
			j++
		}
		if j == i {
			break
		}
		w := quote[i:j]
		i = j
		switch {
		case verb >= 0 && (n-verb <= 4 || object) && (strings.EqualFold(w, "to") || strings.EqualFold(w, "at")):
			return true
		case verb >= 0 && n-verb <= 3 && tollNouns[asciiLower(w)]:
			object = true
		case reached && n-verb == 1 && w[0] >= '0' && w[0] <= '9':
			// "the toll had reached 104".
			return true
		case opening && to == n-1 && w[0] >= '0' && w[0] <= '9':
			return true
		}
		if n == 0 && tollNouns[asciiLower(w)] {
			opening = true
		}
		if strings.EqualFold(w, "to") {
			to = n
		}
		if len(w) <= 9 && revisionVerbs[asciiLower(w)] {
			verb, reached, object = n, strings.EqualFold(w, "reached"), false
		}
		n++
	}
	return false
}

// tollNouns name a toll as a revision verb's object ("raised the number
// of people killed", "revised its toll").
var tollNouns = map[string]bool{"number": true, "toll": true, "tally": true, "count": true}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c >= 0x80
}

// asciiLower lower-cases a short ASCII word without allocating when it is
// lower-case already.
func asciiLower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}
