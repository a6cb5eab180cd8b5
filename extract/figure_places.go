package extract

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"time"
)

// figurePlace returns the place of a casualty figure starting at start in
// sentence s, as placeFor finds it, with three readings of how places are
// written around a figure:
//   - a place named after a source's verb of saying ("wounded seven
//     people, said a resident who fled to Gusau") or in the source's own
//     description ("killing nine pilgrims, a doctor at Najaf's main
//     hospital said") is the source's, not the figure's: the place before
//     the figure is taken instead, if any;
//   - an area a place is said to lie in ("the town of Morales in Cauca
//     province", "Irapuato, in the central state of Guanajuato") gives
//     way to the place;
//   - "between Tyre and Naqoura" is read from its first place;
//   - a capital named by its nation ("in the Somali capital") when no
//     place is named.
func figurePlace(places []placeHit, s string, start int) *Place {
	places = dropPlaces(places, func(h placeHit) bool {
		// "a Tu-134 from Sochi was brought down over the sea", "five of
		// its men from the nearby town of Monguno were killed": where
		// they came from, not where the figure is.
		return h.Start >= 5 && strings.EqualFold(s[h.Start-5:h.Start], "from ") || fromSettlement.MatchString(s[max(0, h.Start-48):h.Start])
	})
	after, before := placesAround(places, s, start, true)
	pick := after
	if after >= 0 && before < 0 && authoritySpeaks(s, places[after]) && writtenAsArea(s, places[after].Place.Text) &&
		saidBetween(s[places[after].End:]) && !saidBetween(s[start:places[after].Start]) {
		// "The death toll rose from 65 as more bodies were recovered,
		// Borno state police commissioner Aderemi Opadokun said": the
		// state its police speak for, not where the figure is.
		return nil
	}
	if after >= 0 && before >= 0 && authoritySpeaks(s, places[after]) && !isCountry(places[before].Place.Name) {
		// "killed six civilians in Sievierodonetsk and wounded eight,
		// Luhansk regional governor Serhiy Haidai said": the place told
		// with the figure, not the region its authorities speak for.
		pick = before
	} else if after >= 0 && sourcePlace(s, start, places[after]) {
		pick = -1
		if before < 0 {
			return nil
		}
	}
	if pick >= 0 && pick == after && places[pick].Start >= start && officeOfPlace(s, places[pick]) {
		// "Among the dead are 57 police officers, including the acting
		// interior minister of Ingushetia": the area a victim's office
		// governs, not where the figure is.
		pick = before
		if pick < 0 {
			return nil
		}
	}
	if pick >= 0 && pick == after && before >= 0 && places[pick].Start >= start && sinceWar(s[start:places[pick].Start]) {
		// "killed 21, with 70 people wounded, in the deadliest attack
		// since fighting over Nagorno-Karabakh erupted": the war's place,
		// not the figure's.
		pick = before
	}
	if pick >= 0 && pick == after && before >= 0 && places[pick].Start >= start && saidBetween(s[start:places[pick].Start]) {
		// "A strike on Beirut's suburbs killed three people, the ministry
		// said, as Israel said it targeted the man behind the attack on
		// Majdal Shams": past the source, another clause's place.
		pick = before
	}
	if pick < 0 {
		pick = before
		if pick >= 0 && issuedIn(s[:places[pick].Start]) {
			// "said in a statement issued in Luanda that 600 refugees
			// had been massacred": where the statement was issued.
			return nil
		}
	}
	if pick >= 0 && pick == before && medicalSeat(s, places[pick], start) {
		// "Hospital sources in Batticaloa said 12 soldiers were killed":
		// where the source sits, not where the soldiers fell.
		return nil
	}
	if pick >= 0 && pick == before && citedSeat(s, places[pick], start) {
		// "Russian newspapers, citing soldiers' relatives in Pskov, said
		// the toll was as high as 84": where the ones cited are.
		return nil
	}
	if pick >= 0 && hospitalPlace(s, places[pick]) {
		// "four of the wounded died at Panzi hospital in Bukavu": where
		// they were treated, not where they were hurt.
		if pick == after && before >= 0 && !hospitalPlace(s, places[before]) {
			pick = before
		} else {
			return nil
		}
	}
	if pick >= 0 && pick == before && frontedSpeechPlace(s, places[pick], start) {
		// "In Moscow, the Foreign Ministry announced that Russian
		// specialists had been killed": where it was announced.
		if after >= 0 && !sourcePlace(s, start, places[after]) {
			pick = after
		} else {
			return nil
		}
	}
	if pick >= 0 && speakerSeat(s, places[pick]) {
		// "killing two officers, the police chief told AP by phone from
		// Peshawar", "citing a military source in Damascus".
		if pick == after && before >= 0 && !speakerSeat(s, places[before]) {
			pick = before
		} else {
			return nil
		}
	}
	if pick >= 0 && acrossClause(s, places[pick], start) {
		// "Bomb wounds 12; three militants killed in Kupwara": the place
		// of the other clause.
		if pick == after && before >= 0 && !acrossClause(s, places[before], start) {
			pick = before
		} else {
			return nil
		}
	}
	if pick >= 0 && seatOfSpeakers(s, &places[pick]) {
		// "a doctor at al-Nour hospital told Reuters the toll had
		// climbed to 62": where the source works.
		return nil
	}
	if pick < 0 {
		if strings.Contains(s, " capital") {
			return capitalPlace(s)
		}
		return nil
	}
	for pick > 0 && (containerAt(s, places, pick) || betweenFirst(s, places[pick-1], places[pick]) || offsetApposition(s, places[pick-1], places[pick]) || capitalOfApposition(s, places[pick-1], places[pick]) ||
		describedAfter(s, places[:pick], places[pick]) || listContinues(s, places[pick-1], places[pick]) || nearApposition(s, places[pick-1], places[pick])) {
		pick--
	}
	for pick+1 < len(places) && (ownsNext(s, places[pick], places[pick+1]) || settlementOf(s, places[pick], places[pick+1])) {
		pick++ // "in Kunduz province's Chahar Dara district", "the western Burkina Faso town of Nouna"
	}
	pl := places[pick].Place
	if p, ok := coordinatedCountry(s, places, pick); ok {
		// "strikes on southern Lebanon and the Bekaa valley killed 22":
		// the country of both.
		return &p
	}
	return &pl
}

// fromSettlement matches the words before a settlement's name that tell
// where people came from: "from the nearby town of ".
var fromSettlement = regexp.MustCompile(`\bfrom\s+the\s+(?:[a-z-]+\s+)?(?:town|village|city|camp)\s+of\s+$`)

// coordinatedCountry returns the country of places[pick] when the place
// is joined by "and" to another of the same country ("southern Lebanon and
// the Bekaa valley", "in Kharkiv and Sumy regions"): a figure told of both
// is of neither alone.
func coordinatedCountry(s string, places []placeHit, pick int) (Place, bool) {
	other := -1
	joined := func(a, b placeHit) bool {
		return a.End <= b.Start && b.Start <= len(s) && joinedByAnd(s[a.End:b.Start])
	}
	switch {
	case pick > 0 && joined(places[pick-1], places[pick]):
		other = pick - 1
	case pick+1 < len(places) && joined(places[pick], places[pick+1]):
		other = pick + 1
	default:
		return Place{}, false
	}
	first := min(pick, other)
	if strings.HasSuffix(strings.ToLower(strings.TrimRight(s[:places[first].Start], " ")), "between") ||
		strings.HasSuffix(strings.ToLower(strings.TrimRight(s[:places[first].Start], " ")), "between the") {
		return Place{}, false // "on the road between Bannu and Miranshah": read from its first place
	}
	c := CountryOf(places[pick].Place)
	if c == "" || c != CountryOf(places[other].Place) {
		return Place{}, false
	}
	p, ok := NormalisePlace(c)
	if !ok {
		return Place{}, false
	}
	p.Text = c
	return p, true
}

// joinedByAnd reports whether the words between two places join them:
// " and ", " and the ".
func joinedByAnd(between string) bool {
	b := strings.ToLower(strings.TrimSpace(between))
	return b == "and" || b == "and the" || b == "and in" || b == "and in the"
}

// sinceWar reports whether s ends in a war named from its start ("since
// fighting over ", "since the war in "): the place after it is the war's.
func sinceWar(s string) bool {
	k := strings.LastIndex(s, "since ")
	if k < 0 {
		return false
	}
	words := strings.Fields(s[k+len("since "):])
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	return len(words) == 2 && (warNouns[words[0]] || words[0] == "clashes") && placeRelations[words[1]] || len(words) == 2 && words[1] == "over" && warNouns[words[0]]
}

// saidBetween reports whether a verb of saying is in s.
func saidBetween(s string) bool {
	return strings.Contains(s, " said") || strings.Contains(s, " says") || strings.Contains(s, " told ")
}

// sourcePlace reports whether a place named after a figure starting at
// start belongs to the figure's source: a verb of saying comes between
// them, or the place is in the description of a source that says it
// ("a doctor at Najaf's main hospital said", "a hospital source in Blida
// said").
func sourcePlace(s string, start int, h placeHit) bool {
	if hasAnyPrefix(strings.ToLower(s[h.End:]), sourceBodies...) {
		return false // "according to the Gaza health ministry": the place's own authorities
	}
	if w := lastWords(s[:h.Start], 3); len(w) > 0 && strings.EqualFold(w[len(w)-1], "in") {
		for _, x := range w {
			if x = strings.ToLower(x); x == "health" || x == "ministry" || x == "authorities" || x == "government" {
				return false // "according to the Ministry of Health in Gaza"
			}
		}
	}
	between := s[start:h.Start]
	for _, v := range [...]string{" said", " says", " told ", "according to "} {
		if k := strings.Index(between, v); k >= 0 {
			// Not what the source added of another figure, nor another
			// clause: "the ministry said, adding that 97 had been killed in
			// Lebanon", "said the ICRC, and rescuers were searching near
			// Khor Angar".
			rest := between[k+len(v):]
			if parentheticalSaid(rest) {
				// "Four Afghan soldiers were also wounded, NATO said, in
				// the assault on the outpost near Wanat": the sentence
				// goes on past its source.
				return false
			}
			for _, w := range [...]string{" that ", "adding", "saying", " and ", " while ", " but ", " as "} {
				if strings.Contains(rest, w) {
					return false
				}
			}
			return true
		}
	}
	// The clause the place is in, from the comma before it.
	from := strings.LastIndexByte(between, ',')
	if from < 0 {
		return false
	}
	clause := strings.ToLower(between[from:])
	if !hasAnyPrefix(strings.TrimLeft(clause, ", \"”’'"), "a ", "an ", "the ", "one ", "doctors ", "medics ", "officials ", "sources ", "witnesses ", "residents ", "nurses ") {
		// (Plural sources need no article: "doctors at Baragwanath
		// Hospital said".)
		return false
	}
	found := false
	for _, w := range [...]string{"doctor", "hospital", "medic", "official", "source", "spokesman", "spokeswoman", "witness", "resident", "nurse"} {
		if strings.Contains(clause, w) {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	// The description runs from the comma to the verb: "a doctor at
	// Najaf's main hospital said", not "a hospital in the town of Gwoza
	// on Saturday, emergency officials said".
	rest := s[h.End:min(len(s), h.End+40)]
	for _, v := range [...]string{" said", " says", " told"} {
		if k := strings.Index(rest, v); k >= 0 {
			d := rest[:k]
			if strings.HasPrefix(d, ", the ") && strings.HasSuffix(d, ",") {
				d = "" // an apposition: "a hospital in Bahir Dar, the regional capital, said"
			}
			return !strings.ContainsAny(d, ",;.")
		}
	}
	return false
}

// citedSeat reports whether a place before a figure starting at start is
// told in the source a "citing" aside names ("newspapers, citing
// relatives in Pskov, said"), the aside closing before the figure.
func citedSeat(s string, h placeHit, start int) bool {
	if h.End > start || start > len(s) {
		return false
	}
	pre := s[:h.Start]
	c := strings.LastIndex(pre, "citing ")
	if c < 0 || strings.ContainsAny(pre[c:], ",;") {
		return false
	}
	return strings.IndexByte(s[h.End:start], ',') >= 0
}

// medicalSeat reports whether a place before a figure starting at start is
// the seat of the medical source that tells it: "Hospital sources in
// Batticaloa said 12 soldiers", "Health officials in Kirkuk say nine
// policemen", "doctors at Mulago told reporters that 14".
func medicalSeat(s string, h placeHit, start int) bool {
	if h.End > start || start > len(s) {
		return false
	}
	gap := lowerASCII(s[h.End:start])
	if len(gap) > 48 || strings.Contains(gap, ". ") || strings.Contains(gap, ";") {
		return false
	}
	if w := wordAfter(gap, 0); !reportVerbs[w] {
		return false
	}
	before := lowerASCII(s[:h.Start])
	if k := strings.LastIndexAny(before, ",;:.\"“"); k >= 0 {
		before = before[k+1:]
	}
	if !strings.HasSuffix(before, " in ") && !strings.HasSuffix(before, " at ") || len(before) > 48 {
		return false
	}
	for _, w := range [...]string{"hospital", "doctor", "medic", "health", "nurse", "morgue", "mortuary", "physician"} {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// parentheticalSaid reports whether the words after a verb of saying
// close a parenthetical source and go on with the figure's clause: ", in
// the assault on", ", near the border", ", when gunmen opened fire" (not
// ", in a statement", ", in an interview with").
func parentheticalSaid(rest string) bool {
	r, ok := strings.CutPrefix(rest, ", ")
	if !ok {
		return false
	}
	w, tail, _ := strings.Cut(r, " ")
	switch w {
	case "in", "at", "near", "during", "when", "outside":
	default:
		return false
	}
	return !hasAnyPrefix(tail, "a ", "an ", "his ", "her ", "their ", "its ", "remarks", "comments", "reply", "response")
}

// movedToEnds end the words before a place the hurt were taken to:
// "evacuated to", "flown to the", "airlifted to the city of".
var movedToEnds = func() []string {
	var out []string
	for _, v := range []string{"evacuated to ", "airlifted to ", "flown to ", "transferred to "} {
		out = append(out, v, v+"the ")
		for _, kind := range []string{"city of ", "town of ", "capital, ", "capital ", "provincial capital, ", "provincial capital "} {
			out = append(out, v+"the "+kind, v+"the regional "+kind)
		}
	}
	return out
}()

// hospitalPlace reports whether a place is where the hurt were taken or
// died of their wounds: "died at Panzi hospital in Bukavu", "were flown
// to Mulago hospital in Kampala", "died of their wounds in hospital in
// Safed" (not "a strike on a hospital in Gaza City").
func hospitalPlace(s string, h placeHit) bool {
	before := strings.ToLower(s[max(0, h.Start-48):h.Start])
	for _, v := range movedToEnds {
		if strings.HasSuffix(before, v) {
			// "Five soldiers were wounded and evacuated to Ouagadougou",
			// "had been flown to the city of Cucuta".
			return true
		}
	}
	if !mentionsHospital(before) && !strings.HasPrefix(strings.ToLower(s[h.End:min(len(s), h.End+10)]), " hospital") &&
		!strings.HasSuffix(strings.ToLower(h.Place.Text), "hospital") {
		return false
	}
	for _, v := range [...]string{"died", "flown", "taken", "rushed", "treated", "wounds", "admitted", "evacuated", "airlifted"} {
		if strings.Contains(before, v) {
			return true
		}
	}
	// "the bodies … had been brought to the hospital in Zadar", not
	// "61 bodies were brought to hospitals in the Gaza Strip": the
	// hospitals of the whole area the toll is of.
	return strings.Contains(before, "brought") && !strings.Contains(before, "hospitals")
}

// issuedIn reports whether the text before a place ends in words telling
// where a statement was made: "said in a statement issued in", "told
// reporters in", "speaking in".
func issuedIn(before string) bool {
	return endsWithAnyFold(before, issuedSuffixes)
}

// issuedSuffixes end the words before a place a statement was made at
// (see issuedIn): the venues of a statement (venueSuffixes) it shares with
// events' places, and "statement in", "speaking in".
var issuedSuffixes = slices.Concat(statementVenues, []string{"statement in ", "speaking in "})

// endsWithAnyFold reports whether s ends with one of suffixes, in any
// case.
func endsWithAnyFold(s string, suffixes []string) bool {
	for _, p := range suffixes {
		if len(s) >= len(p) && strings.EqualFold(s[len(s)-len(p):], p) {
			return true
		}
	}
	return false
}

// authoritySpeaks reports whether a place names the authorities that
// speak right after it: "Luhansk regional governor Serhiy Haidai said".
func authoritySpeaks(s string, h placeHit) bool {
	if headOfPlaceSpeaks(s, h) {
		return true
	}
	rest := s[h.End:min(len(s), h.End+60)]
	return hasAnyPrefix(strings.ToLower(rest), sourceBodies...) && saidWithin(rest, len(rest))
}

// saidWithin reports whether one of the first n words of rest is a verb
// of saying ("said", "told").
// frontedSpeechPlace reports whether h opens s, after at most one word,
// as where a government spoke of events elsewhere: "In Moscow, the
// Foreign Ministry announced that Russian specialists have been killed in
// a northern Syrian province". The place is a capital, the speaker a
// national body, a verb of saying comes before the figure at start, and
// the figure's clause tells a place of its own (a recognised one, or "in
// a northern province"). "In Kirkuk, health officials said a bomb killed
// five people" is a figure of Kirkuk.
func frontedSpeechPlace(s string, h placeHit, start int) bool {
	if h.End >= start || h.Start > 24 || !strings.HasPrefix(s[h.End:], ",") || !capitals[h.Place.Name] && !capitals[h.Place.Text] {
		return false
	}
	lead := strings.Fields(strings.ToLower(strings.ReplaceAll(s[:h.Start], ",", " ")))
	if len(lead) == 0 || len(lead) > 2 || lead[len(lead)-1] != "in" {
		return false
	}
	speaker := lowerASCII(s[h.End:start])
	if !containsAny(speaker, nationalBodies) || !saidWithin(s[h.End:start], 8) {
		return false
	}
	rest := lowerASCII(s[start:])
	for _, in := range [...]string{" in a ", " in the ", " in an "} {
		k := strings.Index(rest, in)
		if k < 0 {
			continue
		}
		for i, w := range strings.Fields(rest[k+len(in):]) {
			if i >= 4 {
				break
			}
			if unnamedPlaceNouns[strings.TrimRight(w, ",.;")] {
				return true
			}
		}
	}
	return false
}

// unnamedPlaceNouns are the nouns of a place told without its name: "in
// a northern Syrian province", "in the south of the country".
// ("In the city" is the capital again.)
var unnamedPlaceNouns = map[string]bool{"province": true, "region": true, "district": true, "state": true,
	"north": true, "south": true, "east": true, "west": true, "border": true}

// nationalBodies are words of a government's voice: "the Foreign
// Ministry", "the State Department", "the Kremlin".
var nationalBodies = []string{"ministry", "department", "government", "kremlin", "pentagon", "president", "cabinet"}

func saidWithin(rest string, n int) bool {
	for i, w := range strings.Fields(rest) {
		if i >= n {
			break
		}
		w = strings.ToLower(strings.TrimRight(w, ",.;"))
		if reportVerbs[w] || w == "told" {
			return true
		}
	}
	return false
}

// sourceBodies are the words after a place that make it the seat of the
// authorities that speak for it ("the Gaza health ministry"), whose
// figures are of the place.
var sourceBodies = []string{" health", " ministry", " authorities", " officials", " police", " government", " governor",
	" council", " administration", " civil defence", " civil defense", " provincial", " regional", " local", " state ", " interior"}

// containedBefore reports whether place b, right after place a, is an area
// a lies in: "Kalau in North Kivu", "Morales in Cauca province", "Irapuato,
// in the central state of Guanajuato", or an area of it ("Wegel Tena in
// Ethiopia's Amhara region": Ethiopia's Amhara).
func containedBefore(s string, a, b placeHit) bool {
	if a.End > b.Start || b.Start > len(s) || isCountry(a.Place.Name) {
		return false // (a country lies in no province: "Puerto Jordan in the eastern province of Arauca")
	}
	gap := s[a.End:b.Start]
	if a.Place.Region != "" && strings.EqualFold(a.Place.Region, b.Place.Name) && len(gap) <= 40 &&
		!strings.Contains(gap, ". ") && !strings.Contains(gap, " and ") && gazetteerRegion(a.Place.Name, b.Place.Name) {
		// "Wegel Tena in Ethiopia's Amhara region": the gazetteer puts
		// the town in the region.
		return true
	}
	if gap == "'s " || gap == "’s " {
		// "Ethiopia's Amhara region" after "Wegel Tena in": the area is
		// of the country, which is itself the town's area.
		return isCountry(a.Place.Name)
	}
	gap = strings.TrimLeft(gap, ", ")
	if w, rest, ok := strings.Cut(gap, " "); ok && settlementWords[w] {
		if strings.HasPrefix(rest, "in ") {
			gap = rest // "Foduma Koloram village in Gubio district"
		} else if k := strings.Index(rest, " in "); k > 0 && k < 40 && lowerWords(rest[:k]) && !coordinated(rest[:k]) {
			gap = rest[k+1:] // "Lukodi camp for the internally displaced in Bungatira sub-county"
		}
	}
	if !strings.HasPrefix(gap, "in ") {
		return false
	}
	if subUnitGap(gap) {
		return true
	}
	words := strings.Fields(gap[len("in "):])
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			if c := w[i]; !(c >= 'a' && c <= 'z' || c == '-') {
				return false
			}
		}
	}
	return true
}

// listContinues reports whether place b goes on a list of places that a
// opens or continues ("in the villages of Divoselo, Citluk and Pocitelj",
// "on Nazran and the villages of Karabulak and Sleptsovskaya", "in
// Skabrnja and the neighbouring village of Nadin"): a figure
// told of the list is at its first place. Not a place and the area it
// lies in ("Bunia, Ituri province"), nor countries.
func listContinues(s string, a, b placeHit) bool {
	if a.End > b.Start || b.Start > len(s) || isCountry(a.Place.Name) || isCountry(b.Place.Name) ||
		strings.EqualFold(a.Place.Region, b.Place.Name) || writtenAsArea(s, b.Place.Text) {
		return false
	}
	gap := s[a.End:b.Start]
	return gap == ", " || gap == " and " || gap == ", and " || listGap.MatchString(gap)
}

// listGap joins two places of a list by a settlement's noun: " and the
// villages of ", " and the neighbouring village of ".
var listGap = regexp.MustCompile(`^,?\s+and\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:villages?|towns?|hamlets?)\s+of\s+$`)

// coordinated reports whether the words of s join two things ("district
// and in Cizre": not an area the district lies in).
func coordinated(s string) bool {
	for _, w := range strings.Fields(s) {
		if w == "and" || w == "or" {
			return true
		}
	}
	return false
}

// offsetApposition reports whether place b, right after place a, tells
// where a lies by a direction from another place: "the town of Hawija,
// 55 km (35 miles) west of Kirkuk", "Bungatira, about 17km north of Gulu
// town". The place is a, not the one the distance is from.
func offsetApposition(s string, a, b placeHit) bool {
	if a.End > b.Start || b.Start > len(s) || !referenceHit(b) {
		return false
	}
	gap := s[a.End:b.Start]
	if w, rest, ok := strings.Cut(strings.TrimPrefix(gap, " "), ","); ok && gap[0] == ' ' && (settlementWords[w] || adminAreaNouns[w] || w == "sub-county") {
		gap = "," + rest // "Bungatira sub-county, about 17km north of Gulu"
	}
	gap, ok := strings.CutPrefix(gap, ",")
	if !ok {
		return false
	}
	for _, w := range strings.Fields(gap) {
		w = strings.Trim(w, "()")
		if w == "" || w[0] >= '0' && w[0] <= '9' {
			continue
		}
		switch strings.ToLower(w) {
		case "about", "some", "around", "roughly", "nearly", "almost", "just", "km", "kilometres", "kilometers", "miles", "mi":
		default:
			return false
		}
	}
	return true
}

// nearApposition reports whether place b, right after place a, tells
// what a lies near: "strikes on the town of Douma near Damascus", "Arbin,
// outside Damascus". The place is a, not the city it is near.
func nearApposition(s string, a, b placeHit) bool {
	if a.End > b.Start || b.Start > len(s) {
		return false
	}
	switch strings.TrimPrefix(s[a.End:b.Start], ",") {
	case " near ", " outside ", " on the outskirts of ", " just outside ", " close to ":
		// ("in the Negev near Beer Ora": a region, the town in it.)
		return !isCountry(a.Place.Name) && !isCountry(b.Place.Name) && !strings.HasSuffix(s[:a.Start], "the ") && !writtenAsArea(s, a.Place.Text)
	}
	return false
}

// capitalOfApposition reports whether place b, right after place a, is
// the area a is the capital of: "El Fasher, the capital of North Darfur",
// "Goma, the provincial capital of North Kivu". The place is a.
func capitalOfApposition(s string, a, b placeHit) bool {
	if a.End > b.Start || b.Start > len(s) {
		return false
	}
	gap := strings.ToLower(s[a.End:b.Start])
	gap, ok := strings.CutPrefix(gap, ", ")
	if !ok {
		return false
	}
	gap = strings.TrimPrefix(gap, "the ")
	for _, w := range [...]string{"provincial ", "regional ", "state ", "district ", "administrative "} {
		gap = strings.TrimPrefix(gap, w)
	}
	return gap == "capital of " || gap == "capital of the "
}

// describedAfter reports whether place b is named in the description set
// after an earlier place of the sentence: "El Billar, a hamlet on the
// Caguan river in Cartagena del Chaira municipality, Caqueta province",
// "Vallipunam, a village near Mullaitivu town".
func describedAfter(s string, before []placeHit, b placeHit) bool {
	for _, a := range before {
		if a.End > b.Start || b.Start > len(s) || b.Start-a.End > 120 {
			continue
		}
		gap := s[a.End:b.Start]
		rest, ok := strings.CutPrefix(gap, ", a ")
		if !ok {
			rest, ok = strings.CutPrefix(gap, ", an ")
		}
		if !ok || strings.Contains(gap, ". ") || strings.Contains(gap, ";") || saidBetween(gap) {
			continue
		}
		words := strings.Fields(rest)
		for k := 0; k < len(words) && k < 3; k++ {
			if w := strings.TrimRight(words[k], ","); settlementWords[w] || w == "hamlet" || w == "settlement" {
				return true
			}
		}
	}
	return false
}

// referenceHit reports whether a place hit names a place by a direction
// from another ("west of Kirkuk", "75 miles north of Saigon").
func referenceHit(h placeHit) bool {
	t := h.Place.Text
	if !strings.Contains(t, " of ") || t == "" {
		return false
	}
	if t[0] >= '0' && t[0] <= '9' {
		return true
	}
	return compassWordAt(strings.ToLower(t[:min(len(t), 16)]), 0) > 0
}

// lowerWords reports whether s is lower-case words and spaces only.
func lowerWords(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c == ' ' || c == '-') {
			return false
		}
	}
	return true
}

// betweenFirst reports whether place b follows place a as "between a and
// b" ("on the road between Tyre and Naqoura").
func betweenFirst(s string, a, b placeHit) bool {
	if a.End > b.Start || s[a.End:b.Start] != " and " {
		return false
	}
	before := strings.TrimRight(s[:a.Start], " ")
	for _, w := range [...]string{"between", "between the towns of", "between the cities of", "between the villages of"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// containerAt reports whether places[i] is an area the place before it
// lies in (see containedBefore), or an area of such an area ("Kalau in
// North Kivu's Beni territory", "Hlukhiv in Ukraine's northeastern Sumy
// region", "Azizabad, in Herat province's Shindand district").
func containerAt(s string, places []placeHit, i int) bool {
	for ; i > 0; i-- {
		if containedBefore(s, places[i-1], places[i]) {
			return true
		}
		if g := s[places[i-1].End:max(places[i].Start, places[i-1].End)]; g != "'s " && g != "’s " && !countryOwnsArea(places[i-1], g) && !ownsNext(s, places[i-1], places[i]) {
			return false
		}
	}
	return false
}

// warPlace reports whether a country named with a possessive is where a
// war is rather than its government: "in Syria's conflict", "Cameroon's
// anglophone conflict has killed", not "Russia's war in Ukraine".
func warPlace(s string, p *placeHit) bool {
	if !isCountry(p.Place.Name) {
		return false
	}
	after := s[p.End:]
	if !strings.HasPrefix(after, "'s ") && !strings.HasPrefix(after, "’s ") {
		return false
	}
	words := strings.Fields(after[strings.IndexByte(after, ' ')+1 : min(len(after), 60)])
	for j := 0; j < len(words) && j < 3; j++ {
		w := strings.TrimRight(words[j], ".,;:")
		if !isASCIILower(w[0]) {
			return false
		}
		if warNouns[w] {
			return len(w) == len(words[j]) && (j+1 >= len(words) || !placeRelations[words[j+1]])
		}
	}
	return false
}

// warNouns name a war or its violence; placeRelations after one put it
// elsewhere ("Russia's war in Ukraine", "Israel's war on Gaza").
var (
	warNouns       = wordSet("war conflict insurgency fighting violence crisis unrest")
	placeRelations = wordSet("in on against with")
)

// namesPlaceAgain reports whether a sentence (lower-cased) names again the
// place told before: "near the town's main square", "on the port city's
// southern outskirts", "14 bodies had been recovered there" (not "there
// were").
func namesPlaceAgain(lower string) bool {
	for at := range indexAll(lower, "the ") {
		if at > 0 && isASCIIWord(lower[at-1]) {
			continue
		}
		rest := lower[at+len("the "):]
		rest = strings.TrimPrefix(rest, "port ")
		for _, n := range [...]string{"town", "village", "city", "camp"} {
			if strings.HasPrefix(rest, n) && len(rest) > len(n) && !isASCIIWord(rest[len(n)]) {
				return true
			}
		}
	}
	for at := range indexAll(lower, " there") {
		e := at + len(" there")
		if e < len(lower) && isASCIIWord(lower[e]) {
			continue
		}
		next := strings.Fields(lower[e:min(len(lower), e+12)])
		if len(next) > 0 && (existential[strings.TrimRight(next[0], ".,")] || strings.HasPrefix(lower[e:], "'s") || strings.HasPrefix(lower[e:], "’s")) {
			continue
		}
		return true
	}
	return false
}

// existential are the verbs after an existential "there" ("there were no
// casualties").
var existential = wordSet("is are was were has have had will would could may might be been")

// datelinePlaces gives the figures of the headline and the lead of an
// article that places none of its claims the city of its dateline ("MOGADISHU (Reuters) - A car bomb
// exploded near a busy junction ..., killing at least nine people"): the
// report is of that city. Not a regional hub's dateline (a Beirut
// dateline tells of Syria as often as of Lebanon), not a lead that points
// elsewhere ("in the northwest", "in a border province"), and not a
// cumulative toll, which is the war's.
func datelinePlaces(claims []Claim, text string, dl dateline) {
	if len(claims) == 0 {
		return
	}
	for i := range claims {
		if l := claims[i].Location; l != nil && !isCountry(l.Name) {
			return // (an event "in New Zealand" names none)
		}
	}
	p, body, lead, end := dl.place, dl.body, dl.lead, dl.end
	if !dl.ok || hubDatelines[strings.ToLower(p.Text)] {
		return
	}
	country := CountryOf(p)
	lower := strings.ToLower(lead[end:])
	for _, w := range [...]string{"north", "south", "east", "west", "province", "region", "state", "border", "district", "village", "town", "city", "capital"} {
		for at := range indexAll(lower, w) {
			if at > 0 && isASCIIWord(lower[at-1]) {
				continue // ("at least" points nowhere)
			}
			if before := lastWords(lower[:at], 2); len(before) > 0 && (before[len(before)-1] == "this" || len(before) == 2 && before[0] == "this") {
				continue // "this gold-mining town": the dateline's
			}
			if directionWords[w] && !capitals[p.Name] && ownCountryAfter(lower[at:], country) {
				continue // "BESLAN, Russia … in southern Russia": where the town is
			}
			return
		}
	}
	// The figures of the headline and of the dateline's paragraph: later
	// ones may tell of the war at large.
	leadEnd := len(text) - len(body) + len(lead)
	for i := range claims {
		if c := &claims[i]; c.Kind == KindCasualty && c.Scope != ScopeCumulative && c.Span.Start < leadEnd {
			q := p
			c.Location = &q
		}
	}
}

// dateline is an article's dateline as datelinePlace reads it, read once
// for the rules that place claims by it.
type dateline struct {
	place Place
	body  string
	lead  string
	end   int
	ok    bool
}

// readDateline reads text's dateline (see datelinePlace).
func readDateline(text string) dateline {
	var d dateline
	d.place, d.body, d.lead, d.end, d.ok = datelinePlace(text)
	return d
}

// datelinePlace returns the city of an article's dateline as a place
// (its Text the city as written), the body after the headline, the
// dateline's paragraph and where the dateline ends in it; ok is false when
// the article opens with no dateline of a city the gazetteer places in a
// country (or, not knowing it, one the dateline names).
func datelinePlace(text string) (p Place, body, lead string, end int, ok bool) {
	body = text
	if opensWithHeadline(text) {
		_, body, _ = strings.Cut(text, "\n\n")
	}
	body = strings.TrimLeft(body, "\n ")
	if by, rest, found := strings.Cut(body, "\n"); found && byline(by) {
		body = strings.TrimLeft(rest, "\n ") // "By our Staff Reporter"
	}
	lead, _, _ = strings.Cut(body, "\n")
	end = datelineEnd(lead)
	cityEnd := strings.IndexAny(lead, ",(")
	if end == 0 {
		// A dateline of no agency: "MOGADISHU - The government has …".
		end, cityEnd = plainDatelineEnd(lead)
	}
	if end == 0 || cityEnd <= 0 || cityEnd > end {
		return Place{}, body, lead, 0, false
	}
	city := strings.TrimSpace(lead[:cityEnd])
	for i := 0; i < len(city); i++ {
		if c := city[i]; !(c >= 'A' && c <= 'Z' || c == ' ' || c == '-' || c == '\'') {
			return Place{}, body, lead, 0, false // an upper-case city name
		}
	}
	p, ok = NormalisePlace(city)
	if !ok {
		// "CHRISTCHURCH, New Zealand (AP)": a city the gazetteer does not
		// know, in the country its dateline names.
		p, ok = datelineTown(city, lead[cityEnd:end])
	}
	if !ok || isCountry(p.Name) || CountryOf(p) == "" {
		return Place{}, body, lead, 0, false // (a city, in a country: not "MIDDLE EAST")
	}
	p.Text = city
	return p, body, lead, end, true
}

// herePlaces gives a claim that no place, only the dateline's country, or
// a sea or region of no country places, told "here" ("after two hours of talks in a tent pitched on a
// captured airfield here", "A bomb exploded here today"), the city of the
// article's dateline: wire copy's "here" is where it was filed from. A
// hub's dateline counts too, as "here" is the hub itself. A cumulative
// toll keeps its place.
func herePlaces(claims []Claim, sents []sentence, text string, dl dateline) {
	if !dl.ok || !strings.Contains(text, " here") && !strings.Contains(text, " this ") {
		return
	}
	p := dl.place
	for i := range claims {
		c := &claims[i]
		if c.Scope == ScopeCumulative {
			continue
		}
		st, found := sentenceAt(sents, c.Span.Start)
		if !found || st.end > len(text) {
			continue
		}
		if c.Kind == KindCasualty && thisTownOf(text[st.start:st.end], c.Location) {
			// "in this northern Galilee town": the dateline's town, of
			// which the words before it tell the area.
			q := p
			c.Location = &q
			continue
		}
		if c.Location != nil && !isCountry(c.Location.Name) && (CountryOf(*c.Location) != "" || !knownPlace(c.Location)) {
			continue // (a known sea or region of no country gives way; a village the gazetteer does not know stays)
		}
		if !saysHere(text[st.start:st.end]) {
			continue
		}
		if c.Location != nil && isCountry(c.Location.Name) && c.Location.Name != CountryOf(p) {
			continue
		}
		q := p
		c.Location = &q
	}
}

// thisTown matches a wire report's name for the town it is filed from:
// "in this northern Galilee town", "outside this Eastern Cape industrial
// town", "in this border village", with up to four words between.
var thisTown = regexp.MustCompile(`\b(?:in|at|near|outside|of|on)\s+this\s+((?:[\w'-]+\s+){0,4}?)(?:town|city|village|capital|port|hamlet)\b`)

// thisTownOf reports whether a sentence names the dateline's town as "this
// … town", and loc, a casualty figure's place, is none, a country, or an
// area named among the words before "town" ("Galilee" in "this northern
// Galilee town").
func thisTownOf(s string, loc *Place) bool {
	m := thisTown.FindStringSubmatchIndex(s)
	if m == nil {
		return false
	}
	if loc == nil || isCountry(loc.Name) {
		return true
	}
	words := s[m[2]:m[3]]
	return loc.Text != "" && strings.Contains(words, loc.Text) || strings.Contains(words, loc.Name)
}

// saysHere reports whether a sentence says "here" of where something
// happened: "here" as a word not followed by "and there", "is" or "are"
// ("here is what we know"), not after a verb of telling ("monitored here")
// and not where people were taken to or came from ("flown to hospitals
// here").
func saysHere(s string) bool {
	for at := range wholeWordsAt(s, "here", func(c byte) bool { return isLetter(rune(c)) || c == '\'' }) {
		after := strings.TrimLeft(s[at+len("here"):], " ")
		if strings.HasPrefix(after, "and there") || strings.HasPrefix(after, "is ") || strings.HasPrefix(after, "are ") {
			continue
		}
		before := lastWords(s[:at], 4)
		if len(before) > 0 && hereOfTelling[strings.ToLower(before[len(before)-1])] {
			continue // "in a broadcast monitored here": where it was heard
		}
		if slices.ContainsFunc(before, func(w string) bool { return w == "to" || w == "from" }) {
			continue // "flown to hospitals here": where the wounded went
		}
		return true
	}
	return false
}

// hereOfTelling are the verbs after which "here" is where a report was
// heard or given, not where its deed was done.
var hereOfTelling = wordSet("monitored received reported announced said published quoted heard released issued " +
	"broadcast told disclosed learned learnt briefed")

// byline reports whether a line is a byline: "By our Staff Reporter",
// "By Ahmed Rashid".
func byline(line string) bool {
	line = strings.TrimSpace(line)
	return strings.HasPrefix(line, "By ") && len(line) < 60 && !strings.ContainsAny(line, ".:;")
}

// plainDatelineEnd returns where a dateline of no agency's name that opens
// lead ends (after its dash or colon) and where its upper-case city ends,
// or zeros: "MOGADISHU - ", "KABUL, Aug 24 — ", "PESHAWAR, Sept 23: ".
func plainDatelineEnd(lead string) (end, cityEnd int) {
	head := lead[:min(len(lead), 40)]
	if k := strings.Index(head, ": "); k > 0 {
		cityEnd = k
		if c := strings.IndexByte(head[:k], ','); c > 0 {
			cityEnd = c
			if date := head[c+1 : k]; len(date) > 16 || !strings.ContainsAny(date, "0123456789") {
				cityEnd = 0 // ("BEIRUT, the capital: ", not a day)
			}
		}
		if cityEnd >= 3 && strings.ToUpper(head[:cityEnd]) == head[:cityEnd] {
			return k + 2, cityEnd
		}
	}
	for _, d := range [...]string{" - ", " – ", " — "} {
		k := strings.Index(head, d)
		if k <= 0 {
			continue
		}
		cityEnd = k
		if c := strings.IndexByte(head[:k], ','); c > 0 {
			cityEnd = c // ("KABUL, Aug 24 - ")
		}
		if cityEnd < 3 || strings.ToUpper(head[:cityEnd]) != head[:cityEnd] {
			return 0, 0
		}
		return k + len(d), cityEnd
	}
	return 0, 0
}

// ownCountryAfter reports whether the compass word that opens s
// ("southern", "north-east") is followed by the country named country
// ("southern russia"); s is lower case.
func ownCountryAfter(s, country string) bool {
	country = strings.ToLower(country)
	e := 0
	for e < len(s) && (s[e] >= 'a' && s[e] <= 'z' || s[e] == '-') {
		e++
	}
	return country != "" && e < len(s) && s[e] == ' ' && hasASCIIFoldPrefix(s[e+1:], country) &&
		(e+1+len(country) == len(s) || !isASCIIWord(s[e+1+len(country)]))
}

// datelineTown returns the town of an upper-case dateline city the
// gazetteer does not know, placed in the country the rest of its dateline
// names (", New Zealand (AP) -"), and whether it names one.
func datelineTown(city, rest string) (Place, bool) {
	rest, ok := strings.CutPrefix(rest, ",")
	if !ok {
		return Place{}, false
	}
	country := strings.TrimSpace(rest)
	if k := strings.IndexAny(country, ",("); k >= 0 {
		country = strings.TrimSpace(country[:k])
	}
	c, ok := NormalisePlace(country)
	if !ok || !isCountry(c.Name) {
		return Place{}, false
	}
	words := strings.Fields(strings.ToLower(city))
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	name := strings.Join(words, " ")
	return Place{Text: city, Name: name, Region: c.Name}, true
}

// hubDatelines are the cities whose datelines report on other places:
// regional news hubs, and the seats of governments and of the bodies that
// speak for a war told elsewhere.
var hubDatelines = wordSet("beirut nairobi dakar cairo dubai bangkok abidjan johannesburg amman istanbul " +
	"london washington geneva paris brussels moscow kyiv kiev jerusalem tehran")

// ownsNext reports whether place b is written as a part of place a right
// before it: "Kunduz province's Chahar Dara district".
func ownsNext(s string, a, b placeHit) bool {
	if a.End > b.Start || b.Start > len(s) || !strings.EqualFold(b.Place.Region, a.Place.Name) {
		return false
	}
	gap := s[a.End:b.Start]
	if g, ok := strings.CutSuffix(gap, "'s "); ok {
		gap = g
	} else if g, ok := strings.CutSuffix(gap, "’s "); ok {
		gap = g
	} else {
		return false
	}
	return gap == "" || gap[0] == ' ' && settlementWords[gap[1:]]
}

// settlementOf reports whether place b is a settlement of place a named
// right after it: "the western Burkina Faso town of Nouna".
func settlementOf(s string, a, b placeHit) bool {
	if a.End > b.Start || b.Start > len(s) {
		return false
	}
	switch strings.ToLower(s[a.End:b.Start]) {
	case " town of ", " village of ", " city of ":
		// (Not an area the settlement is of: "Chattisinghpura village of
		// Anantnag district".)
		return !adminAreaNouns[wordAfter(s, b.End)]
	}
	return false
}

// countryWidePlaces gives a figure told of the whole country ("Across the
// country, more than 4,000 people were killed", "nationwide") that has no
// place the country the article's other figures are in.
func countryWidePlaces(claims []Claim, sents []sentence, lower string) {
	country := ""
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Location != nil {
			continue
		}
		st, ok := sentenceAt(sents, c.Span.Start)
		if !ok {
			continue
		}
		lower := lower[st.start:st.end]
		if !strings.Contains(lower, "across the country") && !strings.Contains(lower, "nationwide") &&
			!strings.Contains(lower, "throughout the country") {
			continue
		}
		if country == "" {
			for j := range claims {
				if o := &claims[j]; o.Location != nil {
					if country = CountryOf(*o.Location); country != "" {
						break
					}
				}
			}
			if country == "" {
				return
			}
		}
		p := Place{Text: country, Name: country}
		c.Location = &p
	}
}

// warTollPlaces gives a cumulative toll that no place places ("More than
// 35,000 people have died in the conflict since 1964") the country the
// article's other figures are in, when they are all in one, or else the
// one country the article names.
func warTollPlaces(claims []Claim, text string) {
	country := ""
	need := false
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty {
			continue
		}
		if c.Location == nil {
			need = need || c.Scope == ScopeCumulative
			continue
		}
		k := CountryOf(*c.Location)
		if k == "" {
			continue
		}
		if country != "" && k != country {
			return
		}
		country = k
	}
	if !need {
		return
	}
	if country == "" {
		for _, h := range findPlaces(text) {
			if !isCountry(h.Place.Name) || initialsBeforeNoun(text, h.Start, h.End) {
				continue
			}
			if country != "" && h.Place.Name != country {
				return
			}
			country = h.Place.Name
		}
		if country == "" {
			return
		}
	}
	for i := range claims {
		if c := &claims[i]; c.Kind == KindCasualty && c.Location == nil && c.Scope == ScopeCumulative {
			p := Place{Text: country, Name: country}
			c.Location = &p
		}
	}
}

// initialsBeforeNoun reports whether text[start:end] is a country's
// initials standing before a lower-case noun ("U.S. troops", "U.S.
// officials"): whose, not where.
func initialsBeforeNoun(text string, start, end int) bool {
	if end-start < 3 || text[end-1] != '.' || strings.Count(text[start:end], ".") < 2 {
		return false
	}
	return end+1 < len(text) && text[end] == ' ' && text[end+1] >= 'a' && text[end+1] <= 'z'
}

// gazetteerRegion reports whether the gazetteer puts the place named name
// in region, or does not know the place (its region is then the text's):
// "the North Caucasus region of Ingushetia" does not put the Caucasus in
// Ingushetia.
func gazetteerRegion(name, region string) bool {
	e, ok := NormalisePlace(name)
	return !ok || strings.EqualFold(e.Region, region)
}

// incidentOpeners are the words by which the sentence after a lead tells
// where the incident it reported happened ("The killings took place …
// in the village of Karma", "The attack … targeted the base at
// Semuliki", "stormed the weekly market in Goronyo").
var incidentOpeners = []string{"took place", "happened", "occurred", "struck", "targeted", "stormed",
	"the attack", "the killings", "the ambush", "the massacre", "the victims", "the raid", "the bombing"}

// leadPlaceLater gives the figures of the headline and the lead that a
// country, or no place, places the town or village the next paragraph
// opens by telling the incident at ("Around 60 civilians were killed in
// northern Burkina Faso … The killings took place on Thursday in the
// village of Karma"): a place below country level, not a source's, and
// not a country. A lead figure placed in an area that sentence names too
// ("in Sokoto … the weekly market in Goronyo …, Sokoto state police
// said") takes it as well. Cumulative tolls keep their place.
func leadPlaceLater(claims []Claim, sents []sentence, text string) {
	if len(claims) == 0 || len(sents) < 2 {
		return
	}
	// The lead is the first body paragraph: the one after the headline's.
	leadPara := sents[0].para
	if opensWithHeadline(text) {
		leadPara++
	}
	next := -1
	leadEnd := -1
	for k, st := range sents {
		if st.para == leadPara {
			leadEnd = st.end
		}
		if st.para == leadPara+1 {
			next = k
			break
		}
		if st.para > leadPara+1 {
			break
		}
	}
	if leadEnd < 0 {
		return
	}
	headlinePlaceFromLead(claims, sents, text, leadPara)
	headlineAreaToLeadTown(claims, sents, text, leadPara)
	if next < 0 {
		return
	}
	s := text[sents[next].start:sents[next].end]
	ls := strings.ToLower(s)
	opener := -1
	for _, w := range incidentOpeners {
		if at := strings.Index(ls, w); at >= 0 && (opener < 0 || at < opener) {
			opener = at
		}
	}
	// Without words of the incident, the sentence may still go on with
	// the lead ("The men were returning from a patrol when rebels opened
	// fire near the village of Mukram"): it then places only the lead's
	// figures that no town places, by a village or town it names (weak).
	weak := opener < 0
	if weak {
		if opensOtherStory(ls) || opensWithPronoun(ls) || !containsAny(ls, fightWords) {
			return // ("Elections are due in Beni next month.")
		}
		// A sentence with figures of its own tells another incident
		// ("Two days later, gunmen killed a village chief in Babessi"),
		// unless it adds to the lead's ("were also wounded").
		if !carriesPlace(ls) && (containsAny(ls, otherIncidentWords) ||
			slices.ContainsFunc(claims, func(c Claim) bool {
				return c.Kind == KindCasualty && c.Span.Start >= sents[next].start && c.Span.Start < sents[next].end
			})) {
			return
		}
		opener = 0
	}
	var place *Place
	townPart := false // a place named as a town's part ("the Dar es Salaam neighbourhood")
	for _, h := range findPlaces(s) {
		if !isCountry(h.Place.Name) && whereItHappened(s[h.End:]) {
			// "A doctor at the hospital in Finote Selam, where the
			// strike took place, said": the incident's town.
			p := h.Place
			place = &p
			break
		}
		if h.Start < opener || isCountry(h.Place.Name) || countryAlias(s[h.Start:h.End]) {
			continue
		}
		if sourcePlace(s, h.Start, h) || authoritySpeaks(s, h) || weak && (hospitalPlace(s, h) || seatOfSpeakers(s, &h) || referenceHit(h) || speakerSeat(s, h)) {
			break
		}
		if weak && (writtenAsArea(s, h.Place.Text) || capitals[h.Place.Name]) {
			break
		}
		p := h.Place
		place = &p
		townPart = possessedPlaceAfter(s[h.End:])
		break
	}
	if place == nil {
		return
	}
	names := findPlaces(s)
	leadStart := leadEnd
	if k := paraStart(sents, leadPara); k >= 0 {
		leadStart = sents[k].start
	}
	// (The headline's "in Baghdad" is the wider reading of the lead's
	// "southwest of Baghdad".)
	leadText := text[leadStart:leadEnd]
	for i := range claims {
		c := &claims[i]
		if c.Kind != KindCasualty || c.Scope == ScopeCumulative || c.Span.Start >= leadEnd {
			continue
		}
		if loc := c.Location; loc != nil && !isCountry(loc.Name) && !countryAlias(loc.Text) &&
			(weak || !slices.ContainsFunc(names, func(h placeHit) bool { return h.Place.Name == loc.Name })) &&
			!onlyNearIn(leadText, loc.Text) && !(writtenAsArea(leadText, loc.Text) && !writtenAsArea(s, place.Text)) {
			// (A district or province the lead names gives way to the
			// village or town: "in Joh I Rong district" before "at the
			// mosque in Ban Ai Payae".)
			continue
		}
		if loc := c.Location; loc != nil {
			// (Not a town of another country: "the massacre … came at a
			// time when the militia's leaders were being received in
			// Nairobi".)
			if a, b := CountryOf(*loc), CountryOf(*place); a != "" && b != "" && a != b && !townPart {
				continue
			}
		}
		c.Location = townWithin(*place, c.Location)
	}
}

// townWithin is the town a later sentence names for a figure placed
// before in a wider place (wider): when the gazetteer does not know the
// town, the wider place is its region ("on the outskirts of Nigeria's
// capital … The blast at Nyanya": Nyanya, in Abuja).
func townWithin(town Place, wider *Place) *Place {
	if wider != nil && town.Region == "" && wider.Name != "" && wider.Name != town.Name && !isCountry(town.Name) {
		if _, known := NormalisePlace(town.Name); !known {
			town.Region = wider.Name
		}
	}
	return &town
}

// fightWords tell of an attack or fighting: a sentence that goes on with
// the lead's incident has one ("opened fire", "came under fire",
// "overran", "in the assault on the outpost").
var fightWords = []string{"fire", "attack", "ambush", "assault", "overr", "storm", "raid", "fight", "clash", "bomb",
	"shell", "struck", "explo", "gunmen", "landmine", "strike"}

// otherIncidentWords tell killing or wounding: a sentence with them tells
// an incident of its own.
var otherIncidentWords = []string{" killed", " killing", " wounded", " died", " dead", " injured"}

// writtenAsArea reports whether text names the place written name as a
// district, province, state or region: "in Joh I Rong district", "central
// Chhattisgarh state", "the northern district of Mullaitivu", "Hama
// province".
func writtenAsArea(text, name string) bool {
	if name == "" {
		return false
	}
	if w := lastWord(name); adminAreaNouns[strings.ToLower(w)] && w != name {
		return true
	}
	for at := range indexAll(text, name) {
		if e := at + len(name); adminAreaNouns[wordAfter(text, e)] && (e == len(text) || text[e] == ' ') {
			return true
		}
		if e := at + len(name); strings.HasPrefix(text[e:], " Local Government Area") || strings.HasPrefix(text[e:], " LGA") {
			return true // "Kajuru Local Government Area"
		}
		before := strings.TrimRight(text[:at], " ")
		if b, ok := strings.CutSuffix(before, " of"); ok && adminAreaNouns[lastWord(b)] {
			return true
		}
	}
	return false
}

// adminAreaNouns name an administrative area above a town.
var adminAreaNouns = wordSet("district province state region county governorate oblast prefecture division territory")

// paraStart returns the index of the first sentence of paragraph para,
// or -1.
func paraStart(sents []sentence, para int) int {
	return slices.IndexFunc(sents, func(st sentence) bool { return st.para == para })
}

// headlinePlaceFromLead gives a figure of the headline that only a
// country, or no place, places ("Two foreign journalists killed in Sierra
// Leone ambush") the first town or village the lead's first sentence
// names, when no source speaks for it ("… ambushed their convoy near
// Rogberi Junction, about 90 km east of Freetown, the government said").
func headlinePlaceFromLead(claims []Claim, sents []sentence, text string, leadPara int) {
	if !opensWithHeadline(text) {
		return
	}
	headEnd := sents[0].end
	lead := paraStart(sents, leadPara)
	if lead < 0 {
		return
	}
	// The headline's figures that only a country, or no place, places.
	needs := func(c *Claim) bool {
		if c.Kind != KindCasualty || c.Scope == ScopeCumulative || c.Span.Start >= headEnd {
			return false
		}
		loc := c.Location
		return loc == nil || isCountry(loc.Name) || countryAlias(loc.Text)
	}
	wanted := false
	for i := range claims {
		wanted = wanted || needs(&claims[i])
	}
	if !wanted {
		return
	}
	s := text[sents[lead].start:sents[lead].end]
	var place *Place
	for _, h := range findPlaces(s) {
		if isCountry(h.Place.Name) || countryAlias(s[h.Start:h.End]) || sourcePlace(s, 0, h) || authoritySpeaks(s, h) || hospitalPlace(s, h) {
			continue
		}
		if h.Start < 40 && strings.IndexAny(s[:h.Start], "(—-") < 0 {
			continue // the dateline's city
		}
		p := h.Place
		place = &p
		break
	}
	if place == nil {
		return
	}
	for i := range claims {
		if c := &claims[i]; needs(c) {
			q := *place
			c.Location = &q
		}
	}
}

// nearCity reports whether the text before a place ends in "near" and
// perhaps a city's description: "near the northern city of ", "near ".
func nearCity(before string) bool {
	if strings.HasSuffix(before, "near ") {
		return true
	}
	b, ok := strings.CutSuffix(before, " city of ")
	if !ok {
		return false
	}
	// (Only "near the city of" and one adjective fit in the window.)
	return strings.Contains(b, "near the ")
}

// onlyNearIn reports whether the text names the place written name only
// as what an incident was near: "outside an army base southwest of
// Baghdad", "on the outskirts of" is no reading of it; "10 km north of
// Baghdad", "outside Baghdad".
func onlyNearIn(text, name string) bool {
	if name == "" {
		return false
	}
	if k := strings.LastIndex(name, " of "); k > 0 && findDirectionOf(strings.ToLower(name[:k+len(" of ")])) != nil {
		return true // the place as the figure took it: "west of Mosul"
	}
	found := false
	for at := range indexAll(text, name) {
		before := strings.ToLower(text[max(0, at-24):at])
		if strings.HasSuffix(before, "outside ") || strings.HasSuffix(before, "outskirts of ") || findDirectionOf(before) != nil ||
			nearCity(before) {
			found = true
			continue
		}
		return false
	}
	return found
}

// mentionsHospital reports whether s (lower case) names a place where the
// hurt are treated: a hospital, a medical centre, a clinic.
func mentionsHospital(s string) bool {
	return strings.Contains(s, "hospital") || strings.Contains(s, "medical cent") || strings.Contains(s, "clinic") ||
		strings.Contains(s, "infirmary")
}

// speakerSeat reports whether a place is where the source of a figure
// sits or speaks from, as the clause it is in says ("Hanoi radio said"
// too): "said a senior
// military official in Bamenda", "citing a military source in Damascus",
// "according to a hospital source in Niono", "a government spokesman in
// Bamako confirmed", "told AP by phone from Peshawar".
func speakerSeat(s string, h placeHit) bool {
	if h.End <= len(s) && stationSpeaks(s[h.End:], false) {
		return true // "…, Hanoi radio said": the city of the broadcaster
	}
	if h.Start > len(s) || h.Start < 6 {
		return false
	}
	before := lowerASCII(s[max(0, h.Start-80):h.Start])
	if k := strings.LastIndexAny(before, ",;:.\"“”("); k >= 0 {
		before = before[k+1:]
	}
	if b, ok := strings.CutSuffix(before, " from "); ok {
		// "told Reuters by telephone from Mueda", "speaking by phone
		// from Peshawar".
		return strings.HasSuffix(b, "phone") || strings.HasSuffix(b, "telephone") || strings.HasSuffix(b, "speaking")
	}
	clause, ok := strings.CutSuffix(before, " in ")
	if !ok {
		return false
	}
	// The speaker is the last words before "in": "a senior military
	// official", "a hospital source".
	w := lastWord(clause)
	if !seatSpeakerNouns[w] {
		return false
	}
	for _, v := range [...]string{"said ", "says ", "told ", "citing ", "according to ", "quoting "} {
		if strings.Contains(clause, v) {
			return true
		}
	}
	// "a government spokesman in Bamako confirmed the attack": a verb
	// of saying right after the place.
	v := wordAfter(lowerASCII(s[h.End:min(len(s), h.End+24)]), 0)
	return reportVerbs[v] || v == "told" || v == "confirmed"
}

// seatSpeakerNouns are the sources whose seat a place after "in" may be.
var seatSpeakerNouns = wordSet("official officials source sources spokesman spokeswoman spokesperson commander officer ministry command " +
	"correspondent journalist journalists reporter reporters diplomats doctor doctors medic medics groups exiles")

// headOfPlaceSpeaks reports whether a place is the area whose head speaks
// for the figure: "wounding three residents, the head of the
// Dnipropetrovsk region said".
func headOfPlaceSpeaks(s string, h placeHit) bool {
	if h.Start > len(s) || h.End > len(s) {
		return false
	}
	before := lowerASCII(s[max(0, h.Start-24):h.Start])
	if !strings.HasSuffix(before, "head of the ") && !strings.HasSuffix(before, "head of ") &&
		!strings.HasSuffix(before, "governor of ") && !strings.HasSuffix(before, "governor of the ") &&
		!strings.HasSuffix(before, "mayor of ") {
		return false
	}
	return saidWithin(s[h.End:min(len(s), h.End+40)], 4)
}

// officeOfPlace reports whether a place follows an office it is the area
// of: "the interior minister of Ingushetia", "the governor of the
// province", "the mayor of Sanaa".
func officeOfPlace(s string, h placeHit) bool {
	if h.Start > len(s) {
		return false
	}
	before := lowerASCII(s[max(0, h.Start-24):h.Start])
	before = strings.TrimSuffix(before, "the ")
	if !strings.HasSuffix(before, " of ") {
		return false
	}
	w, _ := wordBefore(before, len(before)-len(" of "))
	return placeOffices[w]
}

// placeOffices are the offices held over an area: "minister of",
// "governor of".
var placeOffices = wordSet("minister governor mayor president premier prefect chief")

// acrossClause reports whether a semicolon or a clause of contrast parts
// a place from the figure starting at start: "Grenade wounds 12; three
// militants killed in Kupwara" tells two incidents.
func acrossClause(s string, h placeHit, start int) bool {
	if h.End <= start {
		return h.End <= len(s) && start <= len(s) && partsClauses(s[h.End:start])
	}
	return h.Start <= len(s) && start <= h.Start && partsClauses(s[start:h.Start])
}

// partsClauses reports whether the words between a place and a figure
// part two clauses: a semicolon, or ", while" and ", whereas" ("A strike
// in Gaza City killed eight people, while four others were killed in
// Khan Younis").
func partsClauses(between string) bool {
	return strings.IndexByte(between, ';') >= 0 || strings.Contains(between, ", while ") || strings.Contains(between, ", whereas ")
}

// headlineAreaToLeadTown gives a figure of the headline placed in an area
// ("Helmand bazaar bomb kills six", "in Sumy region") the place of the
// same figure in the lead when that place lies in the area ("in
// Helmand's Nad Ali district", "the town of Hlukhiv in the Sumy region"):
// the headline names the incident's place more widely.
func headlineAreaToLeadTown(claims []Claim, sents []sentence, text string, leadPara int) {
	if !opensWithHeadline(text) {
		return
	}
	headEnd := sents[0].end
	leadStart, leadEnd := -1, -1
	for _, st := range sents {
		if st.para == leadPara {
			if leadStart < 0 {
				leadStart = st.start
			}
			leadEnd = st.end
		}
	}
	if leadStart < 0 {
		return
	}
	for i := range claims {
		h := &claims[i]
		if h.Kind != KindCasualty || h.Span.Start >= headEnd || h.Scope == ScopeCumulative || h.Location == nil ||
			isCountry(h.Location.Name) || h.Count.Value == nil {
			continue
		}
		area := h.Location
		for j := range claims {
			c := &claims[j]
			if c.Kind != KindCasualty || c.Span.Start < leadStart || c.Span.Start >= leadEnd || c.Location == nil ||
				c.Outcome != h.Outcome || c.Count.Value == nil || *c.Count.Value != *h.Count.Value {
				continue
			}
			if q := c.Location; q.Name != area.Name && liesIn(*q, *area, text) {
				p := *q
				h.Location = &p
			}
			break
		}
	}
}

// liesIn reports whether place q lies in the area a, as the gazetteer or
// the text says: q's region is a ("Hlukhiv", in Sumy), or q is written as
// a's part ("Helmand's Nad Ali"), and the text names a as an area or its
// owner ("Sumy region", "Helmand's").
func liesIn(q, a Place, text string) bool {
	if a.Name == "" || !strings.EqualFold(q.Region, a.Name) && !hasAnyPrefix(q.Text, a.Name+"'s ", a.Name+"’s ") {
		return false
	}
	return writtenAsArea(text, a.Text) || writtenAsArea(text, a.Name) || strings.Contains(text, a.Name+"'s ") || strings.Contains(text, a.Name+"’s ")
}

// countryOwnsArea reports whether gap, after place a, makes the place
// after it an area of the country a: "Ukraine's northeastern ".
func countryOwnsArea(a placeHit, gap string) bool {
	return isCountry(a.Place.Name) && countryOwns(gap)
}

// whereItHappened reports whether the words after a place say the
// incident happened there: ", where the strike took place", ", where the
// attack happened".
func whereItHappened(after string) bool {
	a, ok := strings.CutPrefix(strings.ToLower(after), ", where the ")
	if !ok {
		return false
	}
	noun, rest, _ := strings.Cut(a, " ")
	if !attackNouns[noun] && noun != "blast" && noun != "explosion" && noun != "massacre" && noun != "ambush" && noun != "incident" {
		return false
	}
	for _, v := range [...]string{"took place", "happened", "occurred", "hit", "struck"} {
		if strings.HasPrefix(rest, v) {
			return true
		}
	}
	return false
}

// placeInSpan returns the first place of places told within s[start:end],
// or nil.
func placeInSpan(places []placeHit, start, end int) *Place {
	for _, p := range places {
		if p.Start >= start && p.End <= end {
			pl := p.Place
			return &pl
		}
	}
	return nil
}

// namesOther reports whether a word of s after its first is capitalised:
// "five at the Casa Nostra pizzeria" names a place of its own.
func namesOther(s string) bool {
	f := strings.Fields(s)
	for _, w := range f[min(1, len(f)):] {
		if w[0] >= 'A' && w[0] <= 'Z' {
			return true
		}
	}
	return false
}

// carriedPlaces gives a casualty figure whose sentence names no place, and
// that no rule before placed, the place of the casualty figure before it
// in the article ("Two soldiers were wounded" after "killed 12 villagers
// in Kadawa" tells of the same attack), unless
//   - a sentence between them names another place ("Fighting also raged in
//     Bambari": which of the two the figure is of, the text does not say),
//     or the figure's own sentence does when it holds the one before too;
//   - the two figures' days are both known and more than three days apart;
//   - the figure's sentence turns to another incident ("Separately, …", "in
//     a similar attack").
//
// sentPlaces are the places found in each sentence (see placesOfSentence).
func carriedPlaces(claims []Claim, sents []sentence, sentPlaces [][]placeHit, text string) {
	order := make([]int, 0, len(claims))
	for i := range claims {
		if claims[i].Kind == KindCasualty {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(claims[a].Span.Start, claims[b].Span.Start) })
	otherBetween := func(name string, from, to int) bool {
		if from == to {
			// In one sentence, "15 people were killed in Kabul, five
			// at the Casa Nostra pizzeria and two in Herat": the
			// sentence's own places.
			from--
			to++
		}
		for k := from + 1; k < to && k < len(sents); k++ {
			// (A sentence that told nothing has its places looked up
			// only now: "Troops were sent from Damaturu".)
			for _, h := range placesOfSentence(sentPlaces, sents, text, k) {
				if h.Place.Name != name {
					return true
				}
			}
		}
		return false
	}
	var last *Place
	var lastDate *string
	lastSent := -1
	for _, i := range order {
		c := &claims[i]
		at := sentenceIndex(sents, c.Span.Start)
		if c.Location == nil {
			if last != nil && !otherBetween(last.Name, lastSent, at) && at < len(sents) && !otherDay(lastDate, c.Date.Start) &&
				!otherIncidentSentence(strings.ToLower(text[sents[at].start:sents[at].end])) {
				p := *last
				c.Location = &p
			}
			continue
		}
		last, lastSent, lastDate = c.Location, at, c.Date.Start
	}
}

// placesOfSentence returns the places of sents[si]: those found when it
// told figures or events (sentPlaces), or else those found now, kept in
// sentPlaces for the next caller.
func placesOfSentence(sentPlaces [][]placeHit, sents []sentence, text string, si int) []placeHit {
	if si < len(sentPlaces) && sentPlaces[si] != nil {
		return sentPlaces[si]
	}
	hits := findPlaces(text[sents[si].start:sents[si].end])
	if si < len(sentPlaces) {
		if hits == nil {
			hits = []placeHit{} // looked up, none found
		}
		sentPlaces[si] = hits
	}
	return hits
}

// otherDay reports whether two figures' days are both known and more than
// three days apart: "Sixteen people were killed … in November" is not of
// the attack of May told before.
func otherDay(a, b *string) bool {
	if a == nil || b == nil {
		return false
	}
	ta, errA := time.Parse(time.DateOnly, *a)
	tb, errB := time.Parse(time.DateOnly, *b)
	if errA != nil || errB != nil {
		return false
	}
	d := ta.Sub(tb)
	return d > 72*time.Hour || d < -72*time.Hour
}

// otherIncidentSentence reports whether a sentence (lower-cased) tells of
// another incident than the one before it: "Separately, …", "in a similar
// attack", "in a separate raid".
func otherIncidentSentence(lower string) bool {
	return opensOtherStory(lower) ||
		containsAny(lower, []string{"a similar ", "a separate ", "another attack", "an earlier ", "a previous ", "a later "})
}
