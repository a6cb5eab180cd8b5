package extract

import (
	"regexp"
	"slices"
	"strings"
)

// listedPlaceEvents gives each further place a strike or a capture names
// in a list after its own ("bombed the Kelanitissa power station on the
// outskirts of Colombo and an army base at Thallady", "bombed and strafed
// enemy concentrations around Dras and Kargil", "had attacked Cameroonian
// positions at Idabato and Jabane") an event of its own, of the same
// action, actor, target and date: wire copy lists the targets of one raid
// or the villages of one advance in one sentence, and each is a place
// the timeline keeps. A place joined by more than a list's words (a
// relation, "near", "south of", "towards"; a clause; a part, "including")
// is left alone, as are countries.
func listedPlaceEvents(claims []Claim, sents []sentence, text string) []Claim {
	n := len(claims)
	for i := 0; i < n; i++ {
		c := claims[i]
		if c.Kind != KindEvent || c.Action != ActionStrike && c.Action != ActionCapture || c.Location == nil {
			continue
		}
		st, ok := sentenceAt(sents, c.Span.Start)
		if !ok || st.end > len(text) {
			continue
		}
		s := text[st.start:st.end]
		hits := findPlaces(s)
		at := slices.IndexFunc(hits, func(h placeHit) bool { return h.Place.Name == c.Location.Name && st.start+h.Start >= c.Span.Start })
		prevEnd := -1
		if at >= 0 {
			prevEnd = hits[at].End
		} else if from := max(0, c.Span.Start-st.start); c.Location.Text != "" && from <= len(s) {
			// A place no gazetteer entry gives, as the event read it.
			if k := strings.Index(s[from:], c.Location.Text); k >= 0 {
				prevEnd = from + k + len(c.Location.Text)
			}
		}
		if prevEnd < 0 {
			continue
		}
		if at >= 0 && strings.HasSuffix(strings.ToLower(strings.TrimRight(s[:hits[at].Start], " ")), " between") {
			continue // "Fighting raged between Juba and Bor", "on the road between Juba and Pibor": one place between two
		}
		for {
			j := listJoin.FindStringIndex(s[prevEnd:])
			comma := false
			if j == nil {
				// "bombed Aleppo, Idlib and Hama": a place between commas
				// is one of the list when another follows it.
				if j = commaJoin.FindStringIndex(s[prevEnd:]); j == nil {
					break
				}
				comma = true
			}
			from := prevEnd + j[1]
			h, ok := placeAtStart(s, from, hits, nounJoin.MatchString(s[prevEnd:from]))
			if ok && comma && (!slices.ContainsFunc(hits, func(g placeHit) bool { return g.Start == h.Start }) || !listGoesOn(s[h.End:])) {
				break
			}
			if !ok || isCountry(h.Place.Name) || h.Place.Name == c.Location.Name || hasEventAt(claims, c.Action, h.Place.Name) {
				break
			}
			d := c
			loc := h.Place
			d.Location = &loc
			if c.Target != nil && c.Target.Name == c.Location.Name {
				d.Target = &Party{Text: loc.Text, Name: loc.Name} // the place taken
			}
			d.Span = Span{Start: c.Span.Start, End: st.start + h.End}
			if d.Span.End <= c.Span.End {
				d.Span = Span{Start: st.start + h.Start, End: st.start + h.End}
			}
			d.Quote = text[d.Span.Start:d.Span.End]
			claims = append(claims, d)
			prevEnd = h.End
		}
	}
	return claims
}

// listJoin matches the words between two places of one list: a comma or
// "and", and perhaps the noun of the second place ("and an army base at",
// ", and the nearby village of"), with no verb, relation or part between.
var listJoin = regexp.MustCompile(`^(?:\s*,)?\s+(?:and|or|as well as)\s+(?:(?:at|in|on)\s+)?(?:(?:the|an?|another|two|three|several)\s+)?(?:(?:nearby|neighbouring|neighboring|small|key|main|strategic|rebel-held|government-held|army|military|air|naval|police|border|frontier|coastal|hilltop|mountain|fortified|village|town|city|port|base|camp|post|outpost|positions?|airfield|airport|airbase|garrison|district|neighbou?rhood|suburb|refinery|station|depot|bridge|barracks|headquarters|compound)\s+){0,3}(?:(?:of|at|in|near)\s+)?`)

// commaJoin matches a comma between two places of a list.
var commaJoin = regexp.MustCompile(`^\s*,\s+`)

// listGoesOn reports whether the text after a place goes on with the list:
// a comma or "and", then another word.
func listGoesOn(after string) bool {
	return strings.HasPrefix(after, ", ") || strings.HasPrefix(after, " and ") || strings.HasPrefix(after, " or ")
}

// nounJoin matches a join that names the next place's kind ("and the
// nearby village of", "and an army base at"): a name after it is a
// place's.
var nounJoin = regexp.MustCompile(`(?:village|town|city|port|base|camp|post|outpost|positions?|airfield|airport|airbase|garrison|district|suburb|neighbou?rhood)\s+(?:of|at|in|near)\s+$`)

// hasEventAt reports whether claims hold an event of action at the place
// named name.
func hasEventAt(claims []Claim, action, name string) bool {
	for i := range claims {
		if c := &claims[i]; c.Kind == KindEvent && c.Action == action && c.Location != nil && c.Location.Name == name {
			return true
		}
	}
	return false
}

// placeAtStart returns the place named at s[from:]: a place hits found
// there, or else a capitalised name ("Kargil", "al-Tuwayna") that names
// no organisation, nation or armed group.
func placeAtStart(s string, from int, hits []placeHit, nounJoin bool) (placeHit, bool) {
	for _, h := range hits {
		if h.Start == from {
			if strings.Contains(h.Place.Text, " of ") || h.Place.Text != "" && h.Place.Text[0] >= '0' && h.Place.Text[0] <= '9' {
				return placeHit{}, false // "south of Kirkuk": a bearing, not another place
			}
			return h, true
		}
	}
	m := capitalName.FindString(s[from:])
	if m == "" {
		return placeHit{}, false
	}
	after := strings.TrimLeft(s[from+len(m):], " ")
	if strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") || strings.HasPrefix(after, "said") ||
		strings.HasPrefix(after, "told") || strings.HasPrefix(after, "says") {
		return placeHit{}, false // a person or a group: "Avakov said", "Sassou's Cobra militia"
	}
	words := strings.Fields(m)
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, "'’"))
		_, day := weekdayNames[lw]
		if notPlaceTails[lw] || nationAdjectives[lw] != "" || notListedNames[lw] || monthOf(lw) != 0 || day || strings.HasSuffix(lw, "-backed") {
			return placeHit{}, false
		}
	}
	if !nounJoin && len(words) > 1 || len(findParties(m)) > 0 {
		return placeHit{}, false // a name of two words after a bare "and" is most often a person's
	}
	p, ok := NormalisePlace(m)
	if !ok {
		p = Place{Text: m, Name: m}
	}
	p.Text = m
	return placeHit{Start: from, End: from + len(m), Place: p}, true
}

// notListedNames are capitalised words that name no place after "and",
// besides days and months: titles, agencies and peoples.
var notListedNames = wordSet("president prime pm minister " +
	"general gen col colonel maj major capt captain lt lieutenant sgt mr mrs ms dr reuters ap afp upi tass " +
	"communist communists allied allies shi'ite sunni serb serbs croat croats muslim muslims christian")

// capitalName matches a capitalised name of one to three words.
var capitalName = regexp.MustCompile(`^(?:(?:al|el|ad|as|ash|an|ar)-)?[A-Z][\p{L}'’-]+(?:\s+(?:(?:al|el)-)?[A-Z][\p{L}'’-]+){0,2}`)

// stateForceActors gives an event with no actor, or the generic
// "government", whose sentence opens with a state's forces named by their
// arm alone ("Air force Mustangs strafed rebel positions", "Navy gunboats
// shelled the coastal town", "Jet fighters pounded militant hideouts",
// "Marines landed at the oil port") the one state the article's events
// name as an actor: a report of one government's campaign calls its
// forces by their arm. With no state, or two, it gives none.
func stateForceActors(claims []Claim) {
	state := ""
	for _, c := range claims {
		if c.Kind != KindEvent || c.Actor == nil || !isCountry(c.Actor.Name) {
			continue
		}
		if state != "" && state != c.Actor.Name {
			return
		}
		state = c.Actor.Name
	}
	if state == "" {
		return
	}
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindEvent || c.Actor != nil && c.Actor.Name != "government" {
			continue
		}
		if m := stateArmOpening.FindString(c.Quote); m != "" {
			c.Actor = &Party{Text: strings.TrimSpace(m), Name: state}
		}
	}
}

// stateArmOpening matches a sentence that opens with a state's arm named
// alone: "Air force Mustangs", "Navy gunboats", "Jet fighters",
// "Warplanes", "Marines", "Government troops".
var stateArmOpening = regexp.MustCompile(`^(?:The\s+)?(?:(?:Air\s+force|Navy|Naval|Army|Government|Federal|Jet|Helicopter)\s+(?:[A-Z][\w-]*\s+)?(?:jets?|fighters?|fighter-bombers|bombers|planes|aircraft|warplanes|gunships|helicopters|gunboats|ships|warships|troops|units|artillery|forces|Mustangs|Skyhawks|Mirages|MiGs)|Warplanes|Fighter\s+jets|Jet\s+fighters|Helicopter\s+gunships|Gunships|Gunboats|Marines|Paratroop(?:er)?s)\b`)
