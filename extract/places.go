package extract

import (
	"cmp"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// placeHit is a place found in a piece of text; Start and End are byte
// offsets into that text.
type placeHit struct {
	Start, End int
	Place      Place
}

// gazetteer indexes gazetteerEntries, then worldGazetteerEntries, by
// lower-cased alias (straight apostrophes; the first entry to give an
// alias keeps it); gazetteerByFirst lists the aliases by their first word,
// longest first, so that a scan tries "Idlib province" before "Idlib".
var gazetteer, gazetteerByFirst, countryNames = buildGazetteer()

func buildGazetteer() (map[string]*gazEntry, map[string][]string, map[string]bool) {
	index := make(map[string]*gazEntry)
	byFirst := make(map[string][]string)
	countries := make(map[string]bool)
	for _, e := range slices.Concat(entryPointers(gazetteerEntries), entryPointers(worldGazetteerEntries)) {
		if e.Country {
			countries[e.Name] = true
		}
		for _, a := range e.Aliases {
			key := strings.ToLower(a)
			if _, dup := index[key]; dup {
				continue
			}
			index[key] = e
			first := firstWordKey(key)
			byFirst[first] = append(byFirst[first], key)
		}
	}
	for _, list := range byFirst {
		sort.Slice(list, func(i, j int) bool {
			if len(list[i]) != len(list[j]) {
				return len(list[i]) > len(list[j])
			}
			return list[i] < list[j]
		})
	}
	return index, byFirst, countries
}

// entryPointers returns pointers to the entries of list.
func entryPointers(list []gazEntry) []*gazEntry {
	out := make([]*gazEntry, len(list))
	for i := range list {
		out[i] = &list[i]
	}
	return out
}

// firstWordKey returns the lower-cased first word of s up to a space.
func firstWordKey(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// ownsCityPart reports whether s, after a place's possessive, opens with a
// part of it: " southern suburbs", " outskirts", " countryside".
func ownsCityPart(s string) bool {
	if len(s) < 2 || s[0] != ' ' {
		return false
	}
	w := strings.ToLower(nextWordSkipping(s[1:], "northern", "southern", "eastern", "western", "central", "old", "outer"))
	return cityParts[w] || w == "countryside" || ownsFacility(s[1:])
}

// ownsFacility reports whether s, after a city's possessive, names a
// building or site in it within three words: "Kabul's Intercontinental
// Hotel", "Mogadishu's main market", "Baghdad's international airport".
func ownsFacility(s string) bool {
	for n := 0; n < 4 && s != ""; n++ {
		w, rest, _ := strings.Cut(s, " ")
		w = strings.TrimRight(w, ",.;:")
		lw := strings.ToLower(w)
		if cityFacilities[lw] {
			// Not a name the word opens ("Sudan's Port Sudan naval
			// base") nor one of its own ("the market of ...").
			return rest == "" || !strings.HasPrefix(rest, "of ") && !(rest[0] >= 'A' && rest[0] <= 'Z')
		}
		if w == "" || !(w[0] >= 'A' && w[0] <= 'Z' || facilityMods[lw]) {
			return false
		}
		s = rest
	}
	return false
}

// cityFacilities are the buildings and sites of a city that a possessive
// city owns as a place ("Kabul's Intercontinental Hotel"); facilityMods
// are the lower-case words that may come between.
var (
	cityFacilities = wordSet("hotel airport market bazaar hospital university stadium prison jail mosque " +
		"church cathedral shrine square port harbour harbor")
	facilityMods = wordSet("main central international biggest largest busiest crowded busy old new military")
)

// matchAlias returns the longest gazetteer alias written at text[i:], with
// its length in text, or "" when none is.
func matchAlias(text string, i int) (string, int) {
	// The common case, an ASCII word, is lower-cased into buf and hashed
	// as it is read, without allocating: the map lookups below convert
	// buf without a copy.
	var buf [48]byte
	h := uint32(fnvOffset)
	j, ascii := i, true
	for j < len(text) {
		if c := text[j]; c < utf8.RuneSelf {
			if !isWordByte(c) && c != '\'' && c != '.' {
				break
			}
			if k := j - i; k < len(buf) {
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf[k] = c
				h = (h ^ uint32(c)) * fnvPrime
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if !(isWordRune(r) || r == '’') {
			break
		}
		ascii = false
		j += size
	}
	if n := j - i; ascii && n <= len(buf) {
		for ; n > 0; n-- {
			if n < j-i {
				h = wordHash(buf[:n])
			}
			if !aliasOpenings.has(h) {
				// Not the first word of an alias: skip the lookup.
			} else if cands := gazetteerByFirst[string(buf[:n])]; cands != nil {
				for _, c := range cands {
					if m, ok := hasFoldPrefix(text[i:], c); ok && wordBoundaryAfter(text, i+m) {
						return c, m
					}
				}
			}
			// "U.S." keeps its dots, "Idlib." at a sentence end loses its
			// own, "Beirut's" its possessive before a part of it ("Beirut's southern
			// suburbs": not "Kharkiv's governor").
			if buf[n-1] != '.' && buf[n-1] != '\'' && !(n == j-i && n >= 3 && buf[n-2] == '\'' && buf[n-1] == 's' && ownsCityPart(text[j:])) {
				break
			}
		}
		return "", 0
	}
	var word string
	word = strings.ToLower(strings.ReplaceAll(text[i:j], "’", "'"))
	for len(word) > 0 {
		if cands := gazetteerByFirst[word]; cands != nil {
			for _, c := range cands {
				if n, ok := hasFoldPrefix(text[i:], c); ok && wordBoundaryAfter(text, i+n) {
					return c, n
				}
			}
		}
		// "U.S." keeps its dots, "Idlib." at a sentence end loses its own.
		if !strings.HasSuffix(word, ".") && !strings.HasSuffix(word, "'") {
			break
		}
		word = word[:len(word)-1]
	}
	return "", 0
}

// aliasOpenings holds the first words of the gazetteer's aliases (the
// keys of gazetteerByFirst).
var aliasOpenings = func() *wordFilter {
	var f wordFilter
	for first := range gazetteerByFirst {
		f.add(first)
	}
	return &f
}()

// hasFoldPrefix reports whether s starts with alias (lower case, straight
// apostrophes) ignoring case and apostrophe style, and the byte length of
// the prefix in s.
func hasFoldPrefix(s, alias string) (int, bool) {
	i := 0
	for _, ar := range alias {
		if i >= len(s) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '’' {
			r = '\''
		}
		if unicode.ToLower(r) != ar {
			return 0, false
		}
		i += size
	}
	return i, true
}

// isCountry reports whether a canonical place name is a country.
func isCountry(name string) bool { return countryNames[name] }

// countryAlias reports whether a name as written is a country's
// ("Congo" for DR Congo).
func countryAlias(written string) bool {
	if isCountry(written) {
		return true
	}
	e, _ := lowerLookup(gazetteer, written)
	return e != nil && e.Country
}

// CountryOf returns the country a place is or lies in, as its name, its
// region and the gazetteer tell (up to three levels: "Kupiansk" in
// "Kharkiv", which is in Ukraine), or "" when none of them says. Regions
// are canonical names or names as written: it looks them up as they are,
// without allocating.
func CountryOf(p Place) string {
	name, region := p.Name, p.Region
	var buf [64]byte
	for range 3 {
		switch {
		case isCountry(name):
			return name
		case region == "":
			return ""
		case isCountry(region):
			return region
		}
		e := gazetteer[string(appendLowerASCII(buf[:0], region))]
		if e == nil {
			return ""
		}
		name, region = e.Name, e.Region
	}
	return ""
}

// RegionOf returns the region the gazetteer gives the place named name
// ("Borno" for "Maiduguri"), "" when it gives none or does not know the
// place. A name the gazetteer holds as written is looked up without
// allocating (it runs for every claim a model prepares); others as
// NormalisePlace reads them.
func RegionOf(name string) string {
	var buf [64]byte
	if e := gazetteer[string(appendLowerASCII(buf[:0], name))]; e != nil {
		return e.Region
	}
	if p, ok := NormalisePlace(name); ok {
		return p.Region
	}
	return ""
}

// directionOf matches "south of the", "15 km east of" just before a place:
// such a place is described by reference to the named one, which is kept.
var directionOf = regexp.MustCompile(`(?i)(?:\b\d+(?:\.\d+)?\s*(?:km|kilometres|kilometers|miles)\s+)?\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?$`)

// findDirectionOf is directionOf.FindStringIndex(before), which it only
// runs when before ends in "of" or "of the" and white space, as every
// match does.
func findDirectionOf(before string) []int {
	i := len(before)
	trimSpace := func() bool {
		j := i
		for i > 0 && isRESpace(before[i-1]) {
			i--
		}
		return i < j
	}
	endsWith := func(w string) bool {
		return i >= len(w) && hasASCIIFoldPrefix(before[i-len(w):], w)
	}
	if !trimSpace() {
		return nil
	}
	if endsWith("the") {
		i -= 3
		if !trimSpace() {
			return nil
		}
	}
	if !endsWith("of") && !endsWith("the") {
		return nil
	}
	// Every match names a direction; (?i) also reads "ſ" as "s".
	if !containsFoldASCII(before, "north") && !containsFoldASCII(before, "south") &&
		!containsFoldASCII(before, "east") && !containsFoldASCII(before, "west") && !strings.Contains(before, "ſ") {
		return nil
	}
	return directionOf.FindStringIndex(before)
}

// fallbackPlace matches a capitalised name after a locative word, for
// places the gazetteer does not know: "in Dnipropetrovsk", "the village of
// Kafr Nabl", "the southern Mexican state of Guerrero", "the Qatari
// capital Doha". The name is its group, which ends the match.
var fallbackPlace = mustWordRegexp(fallbackOpening + fallbackName).
	openingWords(slices.Concat(fallbackLocatives, fallbackAreas, battleFor, []string{"out", "villages", "off"})...).
	followedBy(nameAfterLocative)

// fallbackLocatives come right before a place's name ("in Dnipropetrovsk"),
// fallbackAreas before "of" and its name ("the village of Kafr Nabl"), as
// "out" does ("pushed out of Bamut").
var (
	fallbackLocatives = []string{"in", "near", "nearby", "at", "outside", "into", "from", "around", "toward", "towards", "over", "capital", "above", "overlooking", "between"}
	fallbackAreas     = []string{"town", "village", "city", "area", "district", "province", "region", "neighbourhood", "neighborhood",
		"suburb", "camp", "governorate", "oblast", "state", "port", "county", "township", "island",
		"municipality", "commune", "prefecture", "locality", "fortress", "settlement", "settlements", "enclave", "hamlet", "outskirts", "crest", "resort",
		"oasis", "stronghold", "outpost", "slum", "shantytown", "quarter", "edge", "suburbs", "shores", "shore", "ruins", "centre", "center", "environs",
		// "southeast of Bosaso": the place the direction is from.
		"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)

// battleFor come before "for" and a place fought over: "the battle for
// Debaltseve", "fighting for control of Ramouseh".
var battleFor = []string{"battle", "battles", "fight", "fighting", "struggle"}

// The locative words of fallbackPlace with the white space after them,
// and the name it captures.
var fallbackOpening = `(?:\b(?i:` + strings.Join(fallbackLocatives, "|") + `)\s+|\b(?i:` + strings.Join(battleFor, "|") + `)\s+for\s+(?:(?i:control)\s+of\s+)?|\b(?i:off)\s+(?:the\s+(?:coast|island)\s+of\s+)?|\b(?i:out)\s+of\s+|\b(?i:` + strings.Join(fallbackAreas, "|") + `)\s+of\s+|\b(?i:village|villages)\s+)`

const fallbackName = `((?:(?:al|el|ad|as|ash|ar|an)-)?\p{Lu}[\pL\pN'’-]*(?:\s+(?:(?:de|del|da|do|dos|das|de\s+la|de\s+las|de\s+los)\s+)?(?:(?:al|el|ad|as|ash|ar|an)-)?\p{Lu}[\pL\pN'’-]*){0,3})`

// fallbackMatch and fallbackOpeningMatch are fallbackPlace and its opening
// compiled to closures (see compilePattern), which cost less per try than
// package regexp; fallbackCompiled says both compiled.
var fallbackMatch, fallbackOpeningMatch, fallbackCompiled = func() (matchFunc, matchFunc, bool) {
	whole, ok1 := compilePattern(fallbackOpening + fallbackName)
	opening, ok2 := compilePattern(fallbackOpening)
	return whole, opening, ok1 && ok2
}()

// fallbackNames appends to out the [start, end) of the names fallbackPlace
// captures in the indexed sentence, as fallbackPlace.findAllIn(ix, true)
// gives them. A name can only begin where the white space after its
// locative words ends (it opens with a letter), and the opening's words
// exclude one another, so the name runs from where the opening alone ends
// to where the whole match does.
func fallbackNames(ix *sentIndex, out [][2]int) [][2]int {
	w, s := fallbackPlace, ix.s
	if !fallbackCompiled || !w.fast || ix.exotic {
		for _, m := range w.findAllIn(ix, true) {
			out = append(out, [2]int{m[2], m[3]})
		}
		return out
	}
	pos := 0
	for _, p := range ix.starts {
		if p < pos || !w.candidate(s, p) {
			continue
		}
		if e := fallbackMatch(s[p:], 0); e > 0 {
			out = append(out, [2]int{p + fallbackOpeningMatch(s[p:], 0), p + e})
			pos = p + e
		}
	}
	return out
}

// nameGoesOn reports whether the name that ends at text[end] has as many
// words as fallbackName reads and a capitalised word other than a day's
// or a month's follows it: the name is longer than any place's it reads.
func nameGoesOn(text, name string, end int) bool {
	words := 0
	for f := range strings.FieldsSeq(name) {
		if !nameJoiners[f] {
			words++
		}
	}
	if words < 4 {
		return false
	}
	n := spaceRun(text[end:])
	if n == 0 || end+n >= len(text) || !isASCIIUpper(text[end+n]) {
		return false
	}
	w := text[end+n:]
	if k := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		w = w[:k]
	}
	_, day := lowerLookup(weekdayNames, w)
	_, month := lowerLookup(monthNames, w)
	return !day && !month
}

// nameJoiners are the lower-case words fallbackName reads inside a name
// ("San Juan de los Lagos") besides its capitalised ones.
var nameJoiners = wordSet("de del da do dos das la las los")

// nameAfterLocative reports whether the word at s[p] (a locative word of
// fallbackPlace) is followed, after white space and possibly "of" and
// white space, by what can open a name: an upper-case letter (perhaps not
// ASCII) or a lower-case article such as "al-". Most locative words are
// not ("in the", "at least"), and the test spares the regexp.
func nameAfterLocative(s string, p int) bool {
	e := p
	for e < len(s) && s[e]|0x20 >= 'a' && s[e]|0x20 <= 'z' {
		e++
	}
	q := e + spaceRun(s[e:])
	if q == e || q >= len(s) {
		return false
	}
	if opensName(s[q]) {
		return true
	}
	for _, skip := range [...]string{"for control of", "for", "the coast of", "the island of"} {
		// "the battle for Debaltseve", "off the coast of Lampedusa".
		if strings.HasPrefix(s[q:], skip+" ") {
			e = q + len(skip)
			q = e + spaceRun(s[e:])
			return q < len(s) && opensName(s[q])
		}
	}
	if !strings.HasPrefix(s[q:], "of") {
		return false
	}
	e = q + len("of")
	q = e + spaceRun(s[e:])
	return q > e && q < len(s) && opensName(s[q])
}

// opensName reports whether a name (see fallbackPlace) can begin with c.
func opensName(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf || c == 'a' || c == 'e'
}

// notPlaceWords are capitalised words that start or make up names of
// things other than places.
var notPlaceWords = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "some": true, "many": true,
	"all": true, "both": true, "each": true, "most": true, "several": true, "other": true, "it": true,
	"least": true, // "At Least 30 Dead" in a headline's capitals
	"he":    true, "she": true, "they": true, "we": true, "i": true, "you": true,
	"president": true, "minister": true, "general": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "prime": true, "foreign": true, "defence": true, "defense": true, "state": true,
	"reuters": true, "afp": true, "ap": true, "aa": true, "sana": true, "sohr": true, "interfax": true,
	"tass": true, "cnn": true, "bbc": true, "un": true, "eu": true, "nato": true, "who": true,
	"islamic": true, "hezbollah": true, "hamas": true, "taliban": true, "kremlin": true, "pentagon": true,
	"christmas": true, "easter": true, "ramadan": true, "eid": true,
	// Armed movements named by an adjective: "killed in Maoist ambush".
	"maoist": true, "maoists": true, "naxal": true, "naxalite": true, "islamist": true, "jihadist": true,
}

// adjectiveTails end a hyphened adjective, not a place's name: "Maoist-
// related", "Houthi-controlled", "Iran-backed".
var adjectiveTails = wordSet("related linked backed led controlled held run allied aligned inspired affiliated style")

// notPlaceTails are words that end names of organisations, not places.
var notPlaceTails = map[string]bool{
	"ministry": true, "council": true, "observatory": true, "agency": true, "army": true,
	"forces": true, "force": true, "party": true, "front": true, "brigade": true, "brigades": true,
	"corps": true, "committee": true, "commission": true, "office": true, "department": true,
	"university": true, "news": true, "television": true, "tv": true, "times": true, "post": true,
	"union": true, "nations": true, "organization": true, "organisation": true, "group": true,
	"movement": true, "company": true, "guard": true, "guards": true, "police": true, "government": true,
	"regime": true, "militia": true, "militias": true, "rebels": true, "troops": true, "spokesman": true,
	"court": true, "bank": false,
}

// findPlaces returns the places named in text, in order: gazetteer names
// and aliases, and otherwise capitalised names after in/near/at/outside.
// A place given by reference to another ("south of Damascus", "15 km east
// of Idlib city") is returned with the whole phrase as Text and the
// reference place's name.
func findPlaces(text string) []placeHit {
	if hits, ok := rememberedPlaces(text); ok {
		return hits
	}
	return findPlacesIn(newSentIndex(text))
}

// rememberedPlaces returns the places of text that findEvents looked up,
// if it was the last sentence it did.
func rememberedPlaces(text string) ([]placeHit, bool) {
	lastPlaces.Lock()
	defer lastPlaces.Unlock()
	if lastPlaces.ok && lastPlaces.text == text {
		return lastPlaces.hits, true
	}
	return nil, false
}

// lastPlaces keeps the places of the last sentence findEvents looked up,
// which the caller of findEvents then asks findPlaces for.
var lastPlaces struct {
	sync.Mutex
	ok   bool
	text string
	hits []placeHit
}

// rememberPlaces sets lastPlaces.
func rememberPlaces(text string, hits []placeHit) []placeHit {
	hits = hits[:len(hits):len(hits)] // an append by a caller copies
	lastPlaces.Lock()
	lastPlaces.ok, lastPlaces.text, lastPlaces.hits = true, text, hits
	lastPlaces.Unlock()
	return hits
}

// borderAfter reports whether a country's name is followed by its
// border, the name standing as a modifier: "near the Mali border", "the
// Burkina Faso frontier" (near it, maybe across it, not in it).
func borderAfter(after string) bool {
	return hasASCIIFoldPrefix(after, " border") || hasASCIIFoldPrefix(after, " frontier")
}

// findPlacesIn is findPlaces of an indexed sentence.
func findPlacesIn(ix *sentIndex) []placeHit {
	text := ix.s
	var hits []placeHit
	for pos := 0; pos < len(text); {
		if c := text[pos]; c < utf8.RuneSelf && (!isWordByte(c) || pos > 0 && text[pos-1] < utf8.RuneSelf && isWordByte(text[pos-1])) {
			pos++ // not at the start of a word (the common case, without decoding)
			continue
		}
		r, size := utf8.DecodeRuneInString(text[pos:])
		if !isWordRune(r) || !wordBoundaryBefore(text, pos) {
			pos += size
			continue
		}
		key, n := matchAlias(text, pos)
		if key == "" {
			pos += size
			continue
		}
		start, end := pos, pos+n
		written := text[start:end]
		e := gazetteer[key]
		if (!unicode.IsUpper(r) && !startsLower(e.Aliases, written)) || shoutedAlias(e.Aliases, written) || acronymMiswritten(e.Aliases, written) {
			pos = end
			continue
		}
		if strings.HasSuffix(written, " city") && strings.HasPrefix(text[end:], " of ") {
			pos = end // "the southern Gaza city of Rafah": the city named after it
			continue
		}
		if namesNoPlace(text, start, end) || isCountry(e.Name) && (contingentFrom(text[:start]) || missionAfter(text[end:]) || borderAfter(text[end:])) ||
			connectorTail(text, start) {
			pos = end
			continue
		}
		h := placeHit{Start: start, End: end, Place: Place{Text: written, Name: e.Name, Region: e.Region}}
		if d := findDirectionOf(text[max(0, start-40):start]); d != nil {
			h.Start = max(0, start-40) + d[0]
			h.Place.Text = text[h.Start:end]
		}
		if hits == nil {
			hits = make([]placeHit, 0, 4) // a sentence names few places
		}
		hits = append(hits, h)
		pos = end
	}
	var names [8][2]int
	for _, m := range fallbackNames(ix, names[:0]) {
		start, end := m[0], m[1]
		name := trimPossessive(text[start:end])
		end = start + len(name)
		if k := strings.Index(name, "'s "); k > 0 && !gazetteerKnows(name[:k]) && hasAnyPrefix(text[end:], " district", " neighbourhood", " neighborhood", " quarter", " suburb", " township") {
			// "Lima's Miraflores district": the district a city the
			// gazetteer does not know holds (one it knows is the place:
			// "Monrovia's Sinkor district").
			start += k + len("'s ")
			name = name[k+len("'s "):]
		}
		if !plausibleNameAt(text, start, name) || !wordBoundaryAfter(text, end) || !betweenRoute(text, start) {
			continue
		}
		if namedGroupWord(name) && !gazetteerKnows(name) {
			continue // "killed in Houthi shelling": a side's, not a place
		}
		if _, ok := NormalisePlace(name); !ok && holdingsAfter(text, end) {
			continue // "fired from Croat positions": a side's, not a place
		}
		if shipNamed(text, start) {
			continue
		}
		if numberedBuilding(text, end) {
			continue // "School No. 1 in Beslan": a building, in the place named after it
		}
		if abbreviatedMonth(name, text[end:]) {
			continue // "a ceasefire from Oct. 1": a day, not a place
		}
		if nameGoesOn(text, name, end) {
			continue // "at Ahmadu Bello University Teaching Hospital": more words than a place's name
		}
		if rest := text[end:]; strings.HasPrefix(rest, " wal ") || strings.HasPrefix(rest, " wal-") || strings.HasPrefix(rest, " wa al-") {
			continue // "Jama'at Nusrat al-Islam wal Muslimin": a group's name, joined by "and"
		}
		if p, ok := NormalisePlace(name); ok && isCountry(p.Name) && contingentFrom(text[:start]) {
			continue
		}
		if overlaps(hits, start, end) {
			k := countryEndingName(text, hits, start, end)
			if k < 0 {
				continue
			}
			hits = slices.Delete(hits, k, k+1)
		}
		h := placeHit{Start: start, End: end, Place: Place{Text: name, Name: unitless(name)}}
		if p, ok := NormalisePlace(name); ok {
			h.Place = p
		}
		hits = append(hits, h)
	}
	hits = numberedHills(text, hits)
	hits = featurePlaces(ix, hits)
	hits = prefixedFeatures(text, hits)
	hits = settlementPlaces(text, hits)
	hits = listedSettlements(text, hits)
	hits = campPlaces(text, hits)
	hits = basePlaces(text, hits)
	hits = attackedPlaces(text, hits)
	hits = takenPlaces(text, hits)
	hits = yieldedPlaces(text, hits)
	hits = unitOfPlaces(ix, hits)
	slices.SortStableFunc(hits, func(a, b placeHit) int { return cmp.Compare(a.Start, b.Start) })
	hits = possessivePlaces(text, hits)
	if strings.Contains(text, " of ") {
		// "the Belgrade suburb of Surdulica": the part named after it.
		hits = slices.DeleteFunc(hits, func(h placeHit) bool {
			return !isCountry(h.Place.Name) && partNamedAfter(text, h.Start, h.End, h.Place.Name)
		})
	}
	containedIn(text, hits)
	if strings.Contains(text, ") ") || strings.HasSuffix(text, ")") {
		hits = slices.DeleteFunc(hits, func(h placeHit) bool { return abbreviatedNamePart(text, h.Start, h.End) })
	}
	return hits
}

// numberedHills adds the heights soldiers name by their number ("seized
// Hill 983", "the fight for Hill 875", "Height 250"), replacing a hit of
// the word alone.
func numberedHills(text string, hits []placeHit) []placeHit {
	if !strings.Contains(text, "Hill ") && !strings.Contains(text, "Height ") {
		return hits
	}
	for _, m := range numberedHill.FindAllStringIndex(text, -1) {
		hits = slices.DeleteFunc(hits, func(h placeHit) bool { return h.Start < m[1] && m[0] < h.End })
		name := text[m[0]:m[1]]
		hits = append(hits, placeHit{Start: m[0], End: m[1], Place: Place{Text: name, Name: name}})
	}
	return hits
}

// numberedHill matches a height named by its number.
var numberedHill = regexp.MustCompile(`\b(?:Hill|Height)\s+\d{2,4}[A-Z]?\b`)

// writtenWith is the place name at text[start:end] as written with the
// part of it that it names, a word before or after it: "southern Israel",
// "central Kabul", "the Kherson region" as "Kherson region".
func writtenWith(text string, start, end int) string {
	from, to := start, end
	if w := lastWord(strings.TrimRight(text[:start], " ")); w != "" && start-len(w)-1 >= 0 && text[start-1] == ' ' && partOfPlaceWords[strings.ToLower(w)] {
		from = start - len(w) - 1
	}
	if w := wordAfter(text, end); w != "" && strings.HasPrefix(text[end:], " "+w) && adminAreaNouns[w] && !adminAreaNouns[strings.ToLower(lastWord(text[start:end]))] {
		to = end + 1 + len(w)
	}
	return text[from:to]
}

// placesAsWritten gives each claim's place its text as its sentence
// writes it with the part of it named (see writtenWith): "in southern
// Israel", "in the Kherson region". A place carried from another sentence
// keeps its text.
func placesAsWritten(claims []Claim, sents []sentence, text string) {
	for i := range claims {
		c := &claims[i]
		if c.Location == nil || c.Location.Text == "" {
			continue
		}
		st, ok := sentenceAt(sents, c.Span.Start)
		if !ok {
			continue
		}
		s, core := text[st.start:st.end], c.Location.Text
		for at := range indexAll(s, core) {
			if !wordBoundaryBefore(s, at) || !wordBoundaryAfter(s, at+len(core)) {
				continue
			}
			if w := writtenWith(s, at, at+len(core)); w != core {
				p := *c.Location
				p.Text = w
				c.Location = &p
				break
			}
		}
	}
}

// partOfPlaceWords name a part of a country or city: "southern Israel".
var partOfPlaceWords = wordSet("northern southern eastern western central northeastern northwestern southeastern southwestern " +
	"north-eastern north-western south-eastern south-western northeast northwest southeast southwest")

// connectorTail reports whether the name at text[start:] ends a longer
// name joined by "de", "del", "de los" and the like: "San Juan de los
// Lagos" is no Lagos, "Tlajomulco de Zúñiga" no Zúñiga.
func connectorTail(text string, start int) bool {
	before := text[:start]
	for _, c := range [...]string{" de los ", " de las ", " de la ", " del ", " de ", " dos ", " das ", " do ", " da "} {
		if strings.HasSuffix(before, c) {
			w := strings.TrimRight(before[:len(before)-len(c)], " ")
			w = w[strings.LastIndexAny(w, " \n")+1:]
			r, _ := utf8.DecodeRuneInString(w)
			return unicode.IsUpper(r)
		}
	}
	return false
}

// abbreviatedNamePart reports whether the place at text[start:end] ends
// a body's name given with its initials in brackets: "the Movement for
// Oneness and Jihad in West Africa (MUJWA)", "al Qaeda in the Islamic
// Maghreb (AQIM)".
func abbreviatedNamePart(text string, start, end int) bool {
	rest, ok := strings.CutPrefix(text[end:], " (")
	if !ok {
		return false
	}
	k := strings.IndexByte(rest, ')')
	if k < 2 || k > 8 {
		return false
	}
	for i := 0; i < k; i++ {
		if c := rest[i]; !(c >= 'A' && c <= 'Z' || c == '-') {
			return false
		}
	}
	before := strings.TrimSuffix(strings.TrimRight(text[:start], " "), " the")
	b, ok := strings.CutSuffix(before, " in")
	if !ok {
		return false
	}
	w := lastWord(b)
	return w != "" && isASCIIUpper(w[0])
}

// numberedBuilding reports whether the name before text[end:] ends in
// "No" and a number follows ("School No. 1", "Hospital No 3"): a building
// known by its number, not a place.
func numberedBuilding(text string, end int) bool {
	for _, b := range [...]string{"Base", "Camp", "Post", "Station", "Checkpoint", "Outpost"} {
		// "from Air Base 201 in Agadez": a base known by its number, in
		// the town named after it.
		if strings.HasSuffix(text[:end], b) && end+1 < len(text) && text[end] == ' ' && text[end+1] >= '0' && text[end+1] <= '9' {
			return true
		}
	}
	if !strings.HasSuffix(text[:end], " No") {
		return false
	}
	rest := strings.TrimPrefix(text[end:], ".")
	rest = strings.TrimLeft(rest, " ")
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// contingentFrom reports whether before ends with a force's noun and
// "from", which makes the country after it the force's nation, not a place
// ("two peacekeepers from Chad were killed … near Aguelhok").
func contingentFrom(before string) bool {
	if !hasASCIIFoldSuffix(before, " from ") {
		return false
	}
	rest := before[:len(before)-len(" from ")]
	k := strings.LastIndexByte(rest, ' ')
	return contingentNouns[strings.ToLower(rest[k+1:])]
}

// contingentNouns are the forces a country sends abroad.
var contingentNouns = wordSet("peacekeepers peacekeeper contingent contingents battalion troops soldiers helmets")

// holdingsAfter reports whether the word after text[:end] names a side's
// forces or holdings ("Croat positions", "Tiger lines"), which makes the
// name before it an adjective.
func holdingsAfter(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " ")
	if rest == "" || len(rest) == len(text)-end {
		return false
	}
	w := rest
	if k := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		w = rest[:k]
	}
	return sideHoldings[w]
}

// sideHoldings are the nouns after a side's adjective that tell its forces
// or ground: "Croat positions", "Serb lines".
var sideHoldings = wordSet("positions forces troops lines fighters gunners units artillery guns militia militiamen")

// unitless returns name without a last word that makes it a region
// (regionNouns, in any case: "Plateau State", "Kharkiv Oblast"), unless
// that leaves less than a one-word name.
func unitless(name string) string {
	for _, noun := range regionNouns {
		if n := len(name) - len(noun); n > 0 && strings.EqualFold(name[n:], noun) &&
			strings.IndexByte(name[:n], ' ') < 0 && isASCIIUpper(name[0]) {
			return name[:n]
		}
	}
	return name
}

// containedIn sets the region of a place the gazetteer does not know from
// the text when the next place holds it: "the village of Kwall in Plateau
// state", "Kupiansk in Ukraine's Kharkiv region", "Bassa local government
// area of Plateau State", "Homs, Syria". A place named after a comma holds
// the one before only when it is a country or a province by its name
// ("Kharkiv, Sumy and Zaporizhzhia" are a list).
func containedIn(text string, hits []placeHit) {
	for i := 0; i+1 < len(hits); i++ {
		h, next := &hits[i], &hits[i+1]
		if h.Place.Region != "" || next.Start < h.End || isCountry(h.Place.Name) || unitOfTail(text, next.End) {
			// Known already, a country (in none), or the next name goes
			// on after "of" ("the Democratic Republic of Congo").
			continue
		}
		if i+2 < len(hits) && isCountry(next.Place.Name) && countryOwns(text[next.End:hits[i+2].Start]) {
			// "in Ukraine's northeastern Kharkiv region": the region, not
			// the country it lies in.
			next = &hits[i+2]
		}
		region := heldPlace(&next.Place).Name // "Mozambique's Cabo Delgado" is Cabo Delgado
		if region == "" || strings.EqualFold(h.Place.Name, region) {
			continue
		}
		gap := text[h.End:next.Start]
		if strings.TrimSpace(gap) == "," {
			if isCountry(region) || next.Place.Name != next.Place.Text && strings.HasPrefix(next.Place.Text, next.Place.Name+" ") {
				h.Place.Region = region
			}
			continue
		}
		if containmentGap(gap) {
			h.Place.Region = region
		}
	}
}

// countryOwns reports whether gap, between a country and the next place,
// is the country's possessive and at most two lower-case words: "'s
// northeastern ", "'s war-torn ".
func countryOwns(gap string) bool {
	rest, ok := strings.CutPrefix(gap, "'s ")
	if !ok {
		if rest, ok = strings.CutPrefix(gap, "’s "); !ok {
			return false
		}
	}
	words := strings.Fields(rest)
	if len(words) > 2 {
		return false
	}
	for _, w := range words {
		if w[0] < 'a' || w[0] > 'z' {
			return false
		}
	}
	return true
}

// containmentGap reports whether the words between two places say the
// first lies in the second: "in", or "of" after a word for an area,
// with only articles, positions, words for settlements and areas, a
// country's possessive and a named unit between them besides ("village in
// central Nigeria's", "in the Managil locality of").
func containmentGap(gap string) bool {
	in := false
	area := false
	words := strings.Fields(gap)
	for i, w := range words {
		lw := strings.ToLower(strings.TrimRight(w, ","))
		switch {
		case lw == "in":
			in = true
		case lw == "of" && area:
			in = true
		case lw == "the" || directionWords[lw] || compassCompound(lw):
		case lw == "detention" || lw == "prison" || lw == "internment" || lw == "refugee" || lw == "transit":
			// "the Hola detention camp in the Tana River district".
		case settlementWords[lw]:
			area = true
		case in && isASCIIUpper(w[0]) && i+2 < len(words) && settlementWords[strings.ToLower(words[i+1])] &&
			strings.ToLower(words[i+2]) == "of":
			// A unit between the two ("Wad al-Noura in the Managil
			// locality of Gezira state"): the second holds it too.
		case strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s"):
			if !countryAlias(trimPossessive(strings.TrimRight(w, ","))) {
				return false
			}
		default:
			return false
		}
	}
	return in
}

// compassCompound reports whether w joins direction words with hyphens
// ("northern-central", "north-central").
func compassCompound(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && directionWords[w[:i]] && (directionWords[w[i+1:]] || compassCompound(w[i+1:]))
}

// settlementWords name what a place is in a phrase that puts it in
// another: "the village of Kwall in", "Bassa local government area of".
var settlementWords = wordSet("village villages town towns city community district area county province state " +
	"region governorate oblast municipality locality neighbourhood neighborhood suburb camp local government lga township")

// possessivePlaces adds the places a country is said to have: "Yemen's
// Ras Isa fuel port" is at Ras Isa, "Israel's Ben Gurion airport" at Ben
// Gurion. The name must come before a word of a place (see
// possessedPlaceNouns), so that "Israel's Benjamin Netanyahu" stays a
// person's.
func possessivePlaces(text string, hits []placeHit) []placeHit {
	if !strings.Contains(text, "'s ") && !strings.Contains(text, "’s ") {
		return hits // most sentences hold no possessive
	}
	for from := 0; from < len(text); {
		k := strings.Index(text[from:], "s ")
		if k < 0 {
			break
		}
		at := from + k // the "s" of "'s"
		from = at + 2
		var i int
		switch {
		case at >= 1 && text[at-1] == '\'':
			i = at - 1
		case at >= 3 && text[at-3:at] == "’":
			i = at - 3
		default:
			continue
		}
		w := lastWords(text[:i], 1)
		if len(w) != 1 {
			continue
		}
		cStart := i - len(w[0])
		region := text[cStart:i]
		if !isCountry(w[0]) && countryNations[strings.ToLower(w[0])] == "" {
			// A place below a country owns a place too: "Pattani's Nong
			// Chik district", "Kunduz province's Chahar Dara district".
			h := slices.IndexFunc(hits, func(h placeHit) bool {
				return h.End == i || h.End < i && text[h.End] == ' ' && settlementWords[text[h.End+1:i]]
			})
			if h < 0 {
				// A district read whole with its city's possessive:
				// "Aleppo's Layramoun district", "Baghdad's Karrada
				// district".
				if !slices.ContainsFunc(hits, func(h placeHit) bool { return h.Start == cStart && h.End > i }) {
					continue
				}
				if q, ok := NormalisePlace(w[0]); ok && !isCountry(q.Name) {
					region = q.Name
				} else {
					continue
				}
			} else if isCountry(hits[h].Place.Name) {
				continue
			} else {
				cStart, region = hits[h].Start, hits[h].Place.Name
			}
		}
		start := at + 2
		e, n := start, 0
		for n < 3 && e < len(text) && isASCIIUpper(text[e]) {
			for e < len(text) && (isASCIILetter(text[e]) || text[e] == '-' || text[e] == '\'') {
				e++
			}
			n++
			if e+1 < len(text) && text[e] == ' ' {
				if p := nameParticleLen(text[e+1:]); p > 0 {
					e += 1 + p
					continue
				}
				if isASCIIUpper(text[e+1]) {
					e++
				}
			}
		}
		name := strings.TrimRight(text[start:e], " ")
		end := start + len(name)
		if name == "" || !plausiblePlaceName(name) || nationalityWords[strings.Fields(name)[0]] ||
			isPartyName(name) || !possessedPlaceAfter(text[end:]) {
			continue
		}
		// A name read with the country's possessive ("Israel's Ben
		// Gurion" after "at") is the name alone.
		whole := slices.IndexFunc(hits, func(h placeHit) bool { return h.Start == cStart && h.End >= end })
		if whole < 0 && overlaps(hits, start, end) {
			continue
		}
		p := Place{Text: name, Name: name, Region: region}
		if q, ok := NormalisePlace(name); ok {
			p = q
		}
		if whole >= 0 {
			hits[whole] = placeHit{Start: start, End: end, Place: p}
			continue
		}
		hits = append(hits, placeHit{Start: start, End: end, Place: p})
		slices.SortStableFunc(hits, func(a, b placeHit) int { return cmp.Compare(a.Start, b.Start) })
	}
	return hits
}

// possessedPlaceNouns end a place a country is said to have ("its Ras Isa
// fuel port"); possessedPlaceAfter reports whether s opens, after at most
// two lower-case words, with one.
var possessedPlaceNouns = wordSet("port airport airfield base region province state district city town village county refinery governorate oblast crossing harbour harbor island terminal " +
	"neighbourhood neighborhood suburb area")

func possessedPlaceAfter(s string) bool {
	w := strings.Fields(s[:min(len(s), 40)])
	for j := 0; j < len(w) && j < 3; j++ {
		x := strings.TrimRight(w[j], ".,;:")
		if x == "" || !isASCIILower(x[0]) {
			return false
		}
		if possessedPlaceNouns[x] {
			return true
		}
		if len(x) != len(w[j]) {
			return false
		}
	}
	return false
}

// unitOf matches a named district, province, region or area of a wider
// place: "in the forested Doda district of Jammu and Kashmir", "the
// Ancuabe district of Cabo Delgado", "the Shula district of northwest
// Baghdad", "the Razmak area of North Waziristan".
// Its name is the place; the wider one is where it lies.
var unitOf = regexp.MustCompile(`\bthe\s+(?:[a-z-]+\s+){0,2}?((?:(?:al|el|ad|ar|as|ash|at|az|an)-)?\p{Lu}[\pL'’-]*\s+(?:\p{Lu}[\pL'’-]*\s+){0,2})(?:district|province|region|county|governorate|territory|municipality|prefecture|area)\s+of\s+(?:(?:north|south|east|west)[a-z]*\s+|central\s+)?\p{Lu}`)

// quarterOf matches a named neighbourhood or quarter of a town as unitOf
// does a district: "the al-Jadida neighbourhood of western Mosul". A name
// of people before it ("the Madurese quarter of Sampit", "the Shi'ite
// Muslim neighbourhood of Dasht-e-Barchi") is none (see peopleAdjective).
var quarterOf = regexp.MustCompile(`\bthe\s+(?:[a-z-]+\s+){0,2}?((?:(?:al|el|ad|ar|as|ash|at|az|an)-)?\p{Lu}[\pL'’-]*\s+(?:\p{Lu}[\pL'’-]*\s+){0,2})(?:neighbou?rhood|quarter|suburb)\s+of\s+(?:(?:north|south|east|west)[a-z]*\s+|central\s+)?\p{Lu}`)

// peopleAdjective reports whether the last word of name tells a people or
// a faith rather than a place: "Madurese", "Shi'ite Muslim", "Armenian",
// "Kurdish", "Sunni".
func peopleAdjective(name string) bool {
	w := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
	for _, suffix := range []string{"ese", "ite", "ian", "ish"} {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return faithWords[w]
}

var faithWords = map[string]bool{"muslim": true, "christian": true, "jewish": true, "druze": true, "catholic": true,
	"protestant": true, "orthodox": true, "shia": true, "shiite": true, "sunni": true, "hindu": true, "sikh": true, "buddhist": true,
	"moslem": true, "alawite": true}

// unitOfWords are the words of unitOf for a district, province or region.
var unitOfWords = newWordList("district", "province", "region", "county", "governorate", "territory", "municipality", "prefecture", "area",
	"neighbourhood", "neighborhood", "quarter", "suburb")

// unitOfTail reports whether s[end:] opens as unitOf's match goes on after
// its unit word: white space, "of", white space and an upper-case letter
// (or a byte of a letter that is not ASCII).
func unitOfTail(s string, end int) bool {
	n := spaceRun(s[end:])
	if n == 0 || !strings.HasPrefix(s[end+n:], "of") {
		return false
	}
	end += n + len("of")
	n = spaceRun(s[end:])
	if n > 0 {
		// "of northwest Baghdad": a compass word before the name.
		if w := compassWordAt(s, end+n); w > 0 {
			if m := spaceRun(s[end+n+w:]); m > 0 {
				end, n = end+n+w, m
			}
		}
	}
	return n > 0 && end+n < len(s) && (isASCIIUpper(s[end+n]) || s[end+n] >= utf8.RuneSelf)
}

// compassWordAt returns the length of the lower-case compass word at
// s[at:] ("north", "northwestern", "central"), as unitOf reads it, or 0.
func compassWordAt(s string, at int) int {
	e := at
	for e < len(s) && s[e] >= 'a' && s[e] <= 'z' {
		e++
	}
	w := s[at:e]
	if w == "central" || strings.HasPrefix(w, "north") || strings.HasPrefix(w, "south") || strings.HasPrefix(w, "east") || strings.HasPrefix(w, "west") {
		return e - at
	}
	return 0
}

// unitOfPlaces adds to hits the places unitOf names that no other hit
// covers.
func unitOfPlaces(ix *sentIndex, hits []placeHit) []placeHit {
	text := ix.s
	// Every match has white space before its unit word and "of" and a
	// name after it: a sentence without one is spared the expression,
	// which is slow to fail.
	if !ix.hasWordBetween(unitOfWords, isRESpace, func(s string, _, end int) bool { return unitOfTail(s, end) }) || !strings.Contains(text, " of ") {
		return hits
	}
	hits = appendNamedHitsIf(text, unitOf, hits, false, func(name string) bool {
		// Not "the Christian district of Ashrafiyeh": a community's
		// district, named after it by its faith or people.
		w := strings.ToLower(name)
		return !faithWords[w] && w != "negro"
	})
	if !strings.Contains(text, "quarter") && !strings.Contains(text, "neighbo") && !strings.Contains(text, "suburb") {
		return hits
	}
	return appendNamedHitsIf(text, quarterOf, hits, false, func(name string) bool { return !peopleAdjective(name) })
}

// appendNamedHits adds to hits the names that re's first group captures in
// text (without the white space after them) when they are plausible place
// names that no other hit covers. A hit spans the whole match when whole
// is set ("the Lurio river"), else the name alone.
func appendNamedHits(text string, re *regexp.Regexp, hits []placeHit, whole bool) []placeHit {
	return appendNamedHitsIf(text, re, hits, whole, nil)
}

// appendNamedHitsIf is appendNamedHits keeping only the names keep
// accepts, when keep is set.
func appendNamedHitsIf(text string, re *regexp.Regexp, hits []placeHit, whole bool, keep func(string) bool) []placeHit {
	for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
		start, end := m[2], m[3]
		for end > start && (text[end-1] == ' ' || text[end-1] == '\t' || text[end-1] == '\n') {
			end--
		}
		name := text[start:end]
		if !plausiblePlaceName(name) || overlaps(hits, start, end) || keep != nil && !keep(name) {
			continue
		}
		if namedGroupWord(name) {
			continue // "a Tamil Tiger base": the side's, not a place's name
		}
		if whole && strings.HasPrefix(text[m[1]:], " of ") {
			continue // "the Shi'ite Muslim neighbourhood of Dasht-e-Barchi": the place is named after it
		}
		hitEnd := end
		if whole {
			hitEnd = m[1]
		}
		h := placeHit{Start: start, End: hitEnd, Place: Place{Text: text[start:hitEnd], Name: name}}
		if whole && ownFeature(text[end:hitEnd]) {
			// "the Mosul Dam": the feature, named by the town, is a
			// place of its own.
			h.Place.Name = text[start:hitEnd]
		} else if p, ok := NormalisePlace(name); ok {
			h.Place = p
		}
		hits = append(hits, h)
	}
	return hits
}

// featureWords name a natural feature or landmark after its name: "the
// Lurio river", "the Kuyambana forest", "the Tishreen dam".
// The list only gates featurePlace, which reads the whole words: "zone"
// and "base" stand for "buffer zone" and "air base" ("air" would open
// every "airstrike" and "aircraft").
var featureWords = newWordList(slices.Concat(featureNouns, capitalisedFeatures())...)

// capitalisedFeatures are featureNouns capitalised, but for "Front": a
// capitalised front names a movement ("the National United Front", "the
// Polisario Front"), the front line is written in lower case.
func capitalisedFeatures() []string {
	return slices.DeleteFunc(capitalised(featureNouns), func(w string) bool { return w == "Front" })
}

// featureNouns are the words of featureWords in lower case: a feature's
// word is written so or, as part of its name, with a capital ("the
// Galwan Valley", "the Sinai Peninsula").
var featureNouns = []string{"river", "forest", "desert", "canyon", "valley", "mountains", "hills", "gorge", "plateau", "delta", "basin", "swamp", "marshes",
	"dam", "temple", "tunnel", "bridge", "zone", "base", "airbase", "crossing", "peak", "hill", "peninsula", "neighbourhood", "neighborhood",
	"district", "oilfield", "corridor", "front", "heights", "ridge", "pass", "massif", "highlands", "island", "barracks"}

// capitalised returns words with their first letters capitalised.
func capitalised(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return out
}

// featurePlace matches a named natural feature or landmark after a
// preposition or a verb of taking or hitting and perhaps "the", maybe
// with an adjective: "near the Lurio river", "over the Lomba river",
// "inside al-Anad air base",
// "retreated into the Kuyambana forest", "near the Tishreen dam", "near
// the ancient Ta Muen Thom temple", "seized the strategic al-Watiya air
// base", "recaptured the Tiger Hill peak", "entered the northwestern
// Jolan district", "shelling of the city's Kirovskyi district", "at the
// Muhamalai front line".
var featurePlace = regexp.MustCompile(`\b(?:in|near|at|into|to|across|along|from|around|toward|towards|on|inside|through|over|above|beyond|behind|outside|captured|recaptured|seized|retook|took|overran|stormed|entered|struck|attacked|shelled|bombed|pounded|of)\s+(?:the\s+)?(?:[a-z][a-z-]*(?:'s|’s)?\s+)?((?:(?:al|el|ad|as|ash|ar|an)-)?(?:\p{Lu}[\pL'’-]*\s+){1,3})(?:` + featureAlternation() + `)\b`)

// featureAlternation is the alternation of featurePlace's feature words,
// in lower case and capitalised; "zone" and "base" are read as "buffer
// zone" and "air base".
func featureAlternation() string {
	var alts []string
	for _, w := range slices.Concat(featureNouns, capitalisedFeatures()) {
		switch w {
		case "zone", "Zone":
			w = "buffer\\s+" + w
		case "base", "Base":
			w = "air\\s+" + w
		}
		alts = append(alts, w)
	}
	return strings.Join(alts, "|")
}

// featurePlaces adds to hits the natural features named after "the" (see
// featurePlace) that no other hit covers: the feature's name is the place.
func featurePlaces(ix *sentIndex, hits []placeHit) []placeHit {
	text := ix.s
	// The words of featurePlace, after a space: one pass over the word
	// starts rather than a search of the sentence for each word.
	// featurePlace ends at a word boundary after the feature word, so
	// "damage" and "based" open none; and a feature word opens a match only
	// after a name: the word before it (before "buffer" or "air" for "zone"
	// and "base") has a capital.
	named := func(s string, start, end int) bool {
		if end < len(s) && isASCIIWord(s[end]) {
			return false
		}
		before := s[:start]
		if w := s[start:end]; strings.EqualFold(w, "zone") || strings.EqualFold(w, "base") {
			before = trimRightSpace(before) // and then "buffer" or "air"
			k := len(before)
			for k > 0 && !isRESpace(before[k-1]) {
				k--
			}
			before = before[:k]
		}
		return nameBefore(before)
	}
	if !ix.hasWordBetween(featureWords, func(c byte) bool { return c == ' ' }, named) {
		return hits
	}
	// A town's name before a feature's capitalised word names the feature,
	// a place of its own: "the Mosul Dam" is not Mosul.
	hits = slices.DeleteFunc(hits, func(h placeHit) bool {
		rest, ok := strings.CutPrefix(text[h.End:], " ")
		if !ok {
			return false
		}
		k := 0
		for k < len(rest) && isASCIIWord(rest[k]) {
			k++
		}
		return ownFeature(rest[:k])
	})
	return appendNamedHits(text, featurePlace, hits, true)
}

// ownFeature reports whether a capitalised feature word after a town's
// name makes a place apart from the town ("Dam", "Bridge", "Gorge" and
// "Pass"; a valley is named as its place, "the Galwan Valley").
func ownFeature(w string) bool {
	switch strings.TrimSpace(w) {
	case "Dam", "Bridge", "Gorge", "Pass":
		return true
	}
	return false
}

// trimRightSpace returns s without the white space (as \s reads it) at
// its end.
func trimRightSpace(s string) string {
	for len(s) > 0 && isRESpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// nameBefore reports whether the last word of s, after any white space,
// may be the end of a name: it has a capital letter, or a letter outside
// ASCII, which may be one.
func nameBefore(s string) bool {
	s = trimRightSpace(s)
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		switch {
		case isRESpace(c):
			return false
		case c >= 'A' && c <= 'Z' || c >= 0x80:
			return true
		}
	}
	return false
}

// settlementPlaces adds to hits the names written before a word of a
// settlement, after a locative word or a verb of attacking, that no other
// hit covers: "the attack on Dalori village", "attacked Lukodi camp",
// "in Tse-Adoor village" (not "a Boko Haram camp").
func settlementPlaces(text string, hits []placeHit) []placeHit {
	for _, w := range [...]string{" village", " camp", " hamlet", " refugee camp", " detention camp", " prison camp", " internment camp", " neighbourhood", " neighborhood"} {
		for at := range indexAll(text, w) {
			if e := at + len(w); e < len(text) && isASCIIWord(text[e]) {
				continue
			}
			if strings.HasPrefix(w, " neighbo") && strings.HasPrefix(text[at+len(w):], " of ") {
				continue // "the Shi'ite Muslim neighbourhood of Dasht-e-Barchi": the name after it
			}
			start, words := capitalisedBefore(text, at)
			if words == 0 {
				continue
			}
			before := strings.TrimRight(text[:start], " ")
			lead := lastWord(before)
			if strings.EqualFold(lead, "the") {
				// "raided the Kalma camp", "hit the al-Mazraq camp".
				lead = lastWord(before[:len(before)-len(lead)])
			}
			if !settlementLead[strings.ToLower(lead)] {
				continue
			}
			name := text[start:at]
			if strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s") {
				continue // "bombed Cano's camp": a man's camp, not a place's
			}
			if !plausiblePlaceName(name) || overlaps(hits, start, at) || namedGroups[strings.ToLower(name)] != "" {
				// (Not an armed group's: "attacked the Boko Haram camp".)
				continue
			}
			hits = append(hits, namedHit(name, start, at))
		}
	}
	return hits
}

// listedSettlements adds to hits each name of a list of settlements ("had
// taken the villages of Novigrad and Smilcic", "the towns of Bama, Gwoza
// and Damasak") that no other hit covers.
func listedSettlements(text string, hits []placeHit) []placeHit {
	if !strings.Contains(text, "s of ") {
		return hits
	}
	for _, m := range settlementList.FindAllStringIndex(text, -1) {
		for at := m[1]; ; {
			n := listedName.FindStringSubmatchIndex(text[at:])
			if n == nil {
				break
			}
			start, end := at+n[2], at+n[3]
			if name := text[start:end]; plausiblePlaceName(name) && !overlaps(hits, start, end) && !isPartyName(name) {
				hits = append(hits, namedHit(name, start, end))
			}
			sep := listSeparator.FindStringIndex(text[end:])
			if sep == nil {
				break
			}
			at = end + sep[1]
		}
	}
	return hits
}

// settlementList opens a list of settlements, listedName is a name in it
// and listSeparator what comes between two names.
var (
	settlementList = regexp.MustCompile(`\b(?:villages|towns|cities|hamlets|provinces|districts)\s+of\s+`)
	listedName     = regexp.MustCompile(`^((?:(?:al|el)-)?\p{Lu}[\pL'’-]*(?:\s+\p{Lu}[\pL'’-]*){0,2})`)
	listSeparator  = regexp.MustCompile(`^(?:,\s+(?:and\s+)?|\s+and\s+)`)
)

// capitalisedBefore returns where the run of up to three capitalised
// words (or Arabic-articled names, "al-Mazraq") that ends right before
// text[at] begins, and how many words it has (0 when none).
func capitalisedBefore(text string, at int) (start, words int) {
	start = at
	for words < 3 {
		b := start
		for b > 0 && text[b-1] != ' ' && text[b-1] != '\n' {
			b--
		}
		if b == start || !isASCIIUpper(text[b]) && !arabicArticled(text[b:start]) {
			break
		}
		start, words = b, words+1
		if b == 0 || text[b-1] != ' ' {
			break
		}
		start = b - 1
	}
	for start < at && (text[start] == ' ' || text[start] == '\n') {
		start++
	}
	return start, words
}

// namedHit is the hit of a name found by its context at text[start:end],
// normalised when the gazetteer knows it.
func namedHit(name string, start, end int) placeHit {
	h := placeHit{Start: start, End: end, Place: Place{Text: name, Name: name}}
	if p, ok := NormalisePlace(name); ok {
		h.Place = p
	}
	return h
}

// attackedPlaces adds to hits the capitalised names after an attack's
// noun and "on" that no other hit covers, when a comma, a full stop or
// "in" ends them: "the attack on Damadola, in the Bajaur tribal area",
// "The attack Tuesday on Dak Son, a settlement of 2,000" (not "an attack
// on Boko Haram positions").
func attackedPlaces(text string, hits []placeHit) []placeHit {
	for at := range indexAll(text, " on ") {
		start := at + len(" on ")
		if start >= len(text) || !isASCIIUpper(text[start]) {
			continue
		}
		before := text[:at]
		// (Past the day and time told between: "the attack Tuesday on",
		// "the raid Sunday night on".)
		w := strings.ToLower(lastWord(before))
		for n := 0; n < 2 && (isWeekday(w) || w == "night" || w == "morning" || w == "evening" || w == "afternoon"); n++ {
			before = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(before, " "), lastWord(before)), " ")
			w = strings.ToLower(lastWord(before))
		}
		facility := facilityOnNouns[w]
		if !attackNouns[w] && !facility {
			continue
		}
		if sp := strings.IndexByte(text[start:], ' '); sp > 0 {
			if h := strings.LastIndexByte(text[start:start+sp], '-'); h > 0 && adjectiveTails[text[start+h+1:start+sp]] {
				start += sp + 1 // "the assault on Taliban-held Marjah": the town
				if start >= len(text) || !isASCIIUpper(text[start]) {
					continue
				}
			}
		}
		end, words := start, 0
		for words < 3 && end < len(text) && isASCIIUpper(text[end]) {
			e := end
			for e < len(text) && (isASCIIWord(text[e]) || text[e] == '\'' || text[e] == '-') {
				e++
			}
			end, words = e, words+1
			if e+1 < len(text) && text[e] == ' ' && isASCIIUpper(text[e+1]) {
				end = e + 1
				continue
			}
			break
		}
		name := strings.TrimRight(text[start:end], " ")
		end = start + len(name)
		rest := text[end:]
		if !(strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, " in ") || rest == "" ||
			hasAnyPrefix(rest, " shrine", " mosque", " church", " temple", " synagogue", " market") ||
			facility && hasAnyPrefix(rest, " and ", " on ", " at ", " early ", " late ", " yesterday", " today")) {
			// (Or a shrine or a market so named: "the attack on
			// Shahcheragh shrine".)
			continue
		}
		if strings.ContainsAny(name, "'’") || !plausiblePlaceName(name) || overlaps(hits, start, end) || civilianHeads[strings.ToLower(name)] ||
			calendarWords[strings.ToLower(name)] {
			// (Not an owner: "strikes on Yemen's Houthis"; nor a month:
			// "the attack on Oct. 7".)
			continue
		}
		hits = append(hits, namedHit(name, start, end))
	}
	return hits
}

// facilityOnNouns are the works an attack hits on an island or a hill
// named after "on": "the Japanese bases on Wotje and Maloelap".
var facilityOnNouns = wordSet("bases base airfield airfields airstrip airstrips positions garrison garrisons installations defences defenses batteries")

// settlementLead are the words before a settlement's name that make it a
// place: locative words and verbs of attacking.
var settlementLead = wordSet("in on at near into from outside attacked raided stormed struck overran shelled bombed entered hit targeted")

// campPlaces adds to hits the bases named "Camp" and a capitalised name
// that no other hit covers: "the perimeter of Camp Bastion in Helmand".
func campPlaces(text string, hits []placeHit) []placeHit {
	for at := range indexAll(text, "Camp ") {
		if at > 0 && text[at-1] != ' ' {
			continue
		}
		e := at + len("Camp ")
		if e >= len(text) || !isASCIIUpper(text[e]) {
			continue
		}
		for e < len(text) && (isASCIIWord(text[e]) || text[e] == '-') {
			e++
		}
		if overlaps(hits, at, e) {
			continue
		}
		name := text[at:e]
		hits = append(hits, placeHit{Start: at, End: e, Place: Place{Text: name, Name: name}})
	}
	return hits
}

// namedBase matches a base or garrison named by its place: "the Sunjuwan
// Military Station", "the Safer base", "the Ballykelly army camp".
var namedBase = regexp.MustCompile(`\bthe\s+((?:(?:al|el)-)?\p{Lu}[\pL-]*(?:\s+(?:Military|Army|Air|Naval|Marine|Police))?)\s+(?:(?:[Mm]ilitary|[Aa]rmy|[Aa]ir|[Nn]aval|[Mm]arine|[Pp]olice)\s+)?(?:[Bb]ase|[Ss]tation|[Cc]antonment|[Gg]arrison|[Aa]irbase|[Cc]amp)\b`)

// baseNouns are the nouns namedBase ends with, in lower case: a sentence
// that holds none is spared its regexp.
var baseNouns = []string{"base", "station", "cantonment", "garrison", "camp"}

// baseMods are the words that may come between a base's place and its
// noun.
var baseMods = wordSet("military army air naval marine police")

// basePlaces adds to hits the place that names a base, in a sentence that
// names no other place, where the gazetteer knows no such place and it
// names no side or nation ("the Sunjuwan Military Station").
func basePlaces(text string, hits []placeHit) []placeHit {
	if len(hits) > 0 || !strings.Contains(text, "the ") || !slices.ContainsFunc(baseNouns, func(n string) bool { return containsFoldASCII(text, n) }) {
		return hits // a sentence that names a place tells where the base is
	}
	for _, m := range namedBase.FindAllStringSubmatchIndex(text, -1) {
		start, end := m[2], m[3]
		name := text[start:end]
		if k := strings.LastIndexByte(name, ' '); k > 0 && baseMods[strings.ToLower(name[k+1:])] {
			name = name[:k] // "the Sunjuwan Military Station"
			end = start + k
		}
		if overlaps(hits, start, end) || notPlaceWords[strings.ToLower(strings.Fields(name)[0])] || baseMods[strings.ToLower(name)] || findParties(name) != nil {
			continue
		}
		if _, ok := NormalisePlace(name); ok {
			continue // a known place is a hit of its own, if anything
		}
		hits = append(hits, placeHit{Start: start, End: end, Place: Place{Text: name, Name: name}})
	}
	return hits
}

// arabicArticled reports whether a word opens with an Arabic article
// joined to a capitalised name: "al-Mazraq", "el-Fasher".
func arabicArticled(w string) bool {
	for _, a := range [...]string{"al-", "el-"} {
		if len(w) > len(a) && strings.HasPrefix(w, a) && isASCIIUpper(w[len(a)]) {
			return true
		}
	}
	return false
}

// takenPlace matches a capitalised name right after a verb of taking: the
// place taken ("retake Mahas", "overran Djibasso").
var takenPlace = regexp.MustCompile(`\b` + takenPattern)

// takenPattern is the verbs (and nouns) of taking and the name after them,
// the name as the group.
const takenPattern = `(?:captured|captures|capture|seized|seizes|seize|retook|retake|retakes|recaptured|recapture|recaptures|overran|overrun|overruns|reoccupied|reoccupies|reoccupy|(?:capture|recapture|seizure|fall|liberation|siege|control)\s+of)\s+((?:(?:al|el)-)?\p{Lu}[\pL-]*(?:\s+(?:(?:al|el|ad|ash)-)?\p{Lu}[\pL-]*){0,2})`

// takenPlaceAt is takenPlace anchored at a verb, and takenStems the
// beginnings of its verbs.
var (
	takenPlaceAt = regexp.MustCompile(`^` + takenPattern)
	takenStems   = []string{"captur", "seiz", "retook", "retak", "recaptur", "overr", "reoccup", "fall of", "liberation of", "siege of", "control of"}
)

// yieldedPlaces adds to hits the capitalised name (of up to three words)
// right before "surrendered to" or "fell to" forces that no other hit
// covers: the place that gave itself up ("Nazareth surrendered to Israeli
// troops"), which no gazetteer need know.
func yieldedPlaces(text string, hits []placeHit) []placeHit {
	for _, verb := range [...]string{" surrendered to ", " fell to "} {
		for at := range indexAll(text, verb) {
			if !forcesAfter.MatchString(text[at+len(verb)-1:]) {
				continue
			}
			start, words := capitalisedBefore(text, at)
			name := text[start:at]
			if words == 0 || !plausiblePlaceName(name) || nationalityWords[strings.Fields(name)[0]] || isPartyName(name) || overlaps(hits, start, at) {
				continue
			}
			hits = append(hits, namedHit(name, start, at))
		}
	}
	return hits
}

// takenNames returns where the names of takenPlace's matches in text are,
// found from the words its verbs begin with: the expression runs only
// there, anchored (TestTakenNamesMatchRegexp holds it to takenPlace).
func takenNames(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); i++ {
		if i > 0 && isASCIIWord(text[i-1]) || !hasAnyPrefix(text[i:], takenStems...) {
			continue
		}
		m := takenPlaceAt.FindStringSubmatchIndex(text[i:])
		if m == nil {
			continue
		}
		out = append(out, [2]int{i + m[2], i + m[3]})
		i += m[1] - 1
	}
	return out
}

// takenPlaces adds to hits the names taken (see takenPlace) that no other
// hit covers and that name no party, nation or thing owned ("captured
// Russian soldiers", "seized Hamas commanders", "took Putin's").
func takenPlaces(text string, hits []placeHit) []placeHit {
	if !slices.ContainsFunc(takenStems, func(stem string) bool { return strings.Contains(text, stem) }) {
		return hits
	}
	for _, m := range takenNames(text) {
		start, end := m[0], m[1]
		name := text[start:end]
		if sinceTheEventOf(text[:start]) {
			continue // "since the fall of Saddam Hussein": a time, and no place
		}
		if strings.HasPrefix(text[end:], "'") || strings.HasPrefix(text[end:], "’") || !plausiblePlaceName(name) ||
			nationalityWords[strings.Fields(name)[0]] || isPartyName(name) || overlaps(hits, start, end) {
			continue
		}
		hits = append(hits, namedHit(name, start, end))
	}
	return hits
}

// sinceTheEventOf reports whether before ends "since the <noun> of": "since
// the fall of Saddam Hussein" tells a time, not a place taken.
func sinceTheEventOf(before string) bool {
	b, ok := strings.CutSuffix(strings.TrimRight(before, " "), " of")
	if !ok {
		return false
	}
	if k := strings.LastIndexByte(b, ' '); k >= 0 {
		return hasASCIIFoldSuffix(strings.TrimRight(b[:k], " "), "since the")
	}
	return false
}

// partNamedAfter reports whether the place named at text[start:end] only
// tells whose part the place named after it is: "the Belgrade suburb of
// Surdulica", "the Baghdad district of Karrada" (a place the gazetteer
// knows in the first, or a suburb it does not know); not "the Paloquemao
// district of Bogota", whose part is named first.
func partNamedAfter(text string, start, end int, name string) bool {
	rest := text[end:]
	k := strings.Index(rest[:min(len(rest), 16)], " of ")
	if k < 0 || !hasAnyPrefix(rest, " suburb of ", " suburbs of ", " district of ", " neighbourhood of ", " neighborhood of ", " quarter of ") ||
		!hasASCIIFoldSuffix(text[:start], "the ") {
		return false
	}
	after := rest[k+len(" of "):]
	e := 0
	for n := 0; n < 3 && e < len(after) && isASCIIUpper(after[e]); n++ {
		for e < len(after) && (isASCIILetter(after[e]) || after[e] == '-') {
			e++
		}
		if e+1 < len(after) && after[e] == ' ' && isASCIIUpper(after[e+1]) {
			e++
		}
	}
	if e == 0 {
		return false
	}
	// (A suburb is mostly told after its city, a district or quarter
	// before it: only one the gazetteer knows in the first is its part.)
	p, ok := NormalisePlace(strings.TrimRight(after[:e], " "))
	return ok && RegionOf(p.Name) == name || !ok && hasAnyPrefix(rest, " suburb of ", " suburbs of ")
}

// namesNoPlace reports whether the place name at text[start:end] names a
// people or a gang rather than where something happened: "ethnic Amhara
// villagers", "the Sinaloa cartel", "the Jalisco New Generation cartel".
func namesNoPlace(text string, start, end int) bool {
	before := strings.TrimRight(text[:start], " ")
	if len(before) < start && hasASCIIFoldSuffix(before, "ethnic") && (len(before) == len("ethnic") || !isWordByte(before[len(before)-len("ethnic")-1])) {
		return true
	}
	if shipNamed(text, start) {
		return true
	}
	after := text[end:]
	return hasASCIIFoldPrefix(after, " cartel") || hasASCIIFoldPrefix(after, " new generation") || opensOrgName(after) ||
		surnameSpeaks(before, after) || givenNameSpeaks(after)
}

// shipNamed reports whether the name at text[start:] follows a ship's
// kind: "the Israeli destroyer Eilat", "the cruiser Moskva" name ships.
func shipNamed(text string, start int) bool {
	w := lastWord(text[:start])
	return shipNouns[strings.ToLower(w)] && !strings.HasSuffix(w, "s")
}

// missionAfter reports whether a country's name is that of its mission
// abroad ("the U.S. Embassy", "the French consulate"), which is not where
// the embassy is.
func missionAfter(after string) bool {
	return hasASCIIFoldPrefix(after, " embassy") || hasASCIIFoldPrefix(after, " consulate") || hasASCIIFoldPrefix(after, " ambassador")
}

// givenNameSpeaks reports whether the text after a place's name is a
// surname and a verb of saying, which makes the name a person's given name:
// "Security Minister Salif Traore said" (Salif is also a port in Yemen).
func givenNameSpeaks(after string) bool {
	rest, ok := strings.CutPrefix(after, " ")
	if !ok {
		return false
	}
	k := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' })
	if k < 3 {
		return false
	}
	surname := rest[:k]
	return opensWithSaying(rest[k:]) && personName(surname) && !speakerBodies[strings.ToLower(surname)]
}

// speakerBodies are the words after a place's name that make it a body
// that speaks, not a person: "Kharkiv Governor said", "Gaza Police said".
var speakerBodies = wordSet("governor governorate ministry police council authorities officials official radio army " +
	"command commander spokesman spokeswoman media agency hospital hospitals health state region mayor municipality " +
	"prosecutor prosecutors court office department administration government emergency rescue services")

// surnameSpeaks reports whether a place's name is the surname of a
// person who speaks: after a capitalised given name that is no place,
// nation or part of a place's name, and before a verb of saying
// ("police spokesman Abdifatah Aden told Reuters").
func surnameSpeaks(before, after string) bool {
	if !opensWithSaying(after) || len(before) == 0 || !strings.HasSuffix(before+" ", " ") {
		return false
	}
	return personName(before[strings.LastIndexByte(before, ' ')+1:])
}

// opensWithSaying reports whether s opens with a verb of saying: " said",
// " told ", " says", " tells ", " added".
func opensWithSaying(s string) bool {
	return hasAnyPrefix(s, " told ", " said", " says", " tells ", " added")
}

// personName reports whether w may be a person's given name or surname
// beside a place's: capitalised, not in capitals, and no place, nation or
// word of a place's name.
func personName(w string) bool {
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' || upperCase(w) {
		return false
	}
	lower := strings.ToLower(w)
	_, place := gazetteer[lower]
	return !place && nationAdjectives[lower] == "" && !placeNameWords[lower]
}

// placeNameWords open the names of places as words of their own ("North
// Waziristan", "Port Sudan", "Saint-Louis").
var placeNameWords = wordSet("north south east west northern southern eastern western central upper lower " +
	"greater new old port fort saint st san santa al el the")

// opensOrgName reports whether the text after a place's name goes on with
// the words of an armed group's name: "Kosovo Liberation Army" (not
// "Kosovo Police said").
func opensOrgName(after string) bool {
	rest, ok := strings.CutPrefix(after, " Liberation ")
	return ok && (strings.HasPrefix(rest, "Army") || strings.HasPrefix(rest, "Front") || strings.HasPrefix(rest, "Movement"))
}

// shoutedAlias reports whether written is in capitals where the gazetteer
// spelling is not ("SANA" is a news agency, not Sanaa).
func shoutedAlias(aliases []string, written string) bool {
	if len(written) < 3 || !upperCase(written) {
		return false
	}
	for _, a := range aliases {
		if a == written {
			return false
		}
	}
	return true
}

// plausibleNameAt is plausiblePlaceName of a name at text[start:], which
// may open with a capitalised "An" or "A" inside a sentence, after a word
// in lower case: a name's first word ("the northern edge of An Loc", "in
// A Luoi"), not an article.
func plausibleNameAt(text string, start int, name string) bool {
	if plausiblePlaceName(name) {
		return true
	}
	if !strings.HasPrefix(name, "An ") && !strings.HasPrefix(name, "A ") {
		return false
	}
	w := lastWord(text[:start])
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && plausiblePlaceName(name[strings.IndexByte(name, ' ')+1:])
}

// abbreviatedMonth reports whether name is a month's abbreviation before
// a day's number: "Oct. 1", "Sept 30".
func abbreviatedMonth(name, after string) bool {
	if _, ok := lowerLookup(monthAbbrevs, name); !ok {
		return false
	}
	after = strings.TrimPrefix(after, ".")
	return len(after) > 1 && after[0] == ' ' && after[1] >= '0' && after[1] <= '9'
}

// acronymMiswritten reports whether written matches, in another case, an
// alias that is an acronym in mixed case ("LoC", the Line of Control):
// "An Loc" names a town, not the line.
func acronymMiswritten(aliases []string, written string) bool {
	for _, a := range aliases {
		if a != written && strings.EqualFold(a, written) && innerCapital(a) {
			return !upperCase(written)
		}
	}
	return false
}

// innerCapital reports whether a capital letter follows a lower-case one
// in a word of s ("LoC", "McAllen"; not "al-Kiswah", whose capital
// opens a word after the hyphen).
func innerCapital(s string) bool {
	lower := false
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r) && lower:
			return true
		case !unicode.IsLetter(r):
			lower = false
		}
	}
	return false
}

// startsLower reports whether the alias as written in the gazetteer starts
// with a lower-case letter ("al-Kiswah"), so lower case is expected.
func startsLower(aliases []string, written string) bool {
	for _, a := range aliases {
		if strings.EqualFold(a, written) {
			r, _ := utf8.DecodeRuneInString(a)
			return unicode.IsLower(r)
		}
	}
	return false
}

func wordBoundaryBefore(text string, i int) bool {
	if i <= 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !isWordRune(r)
}

func wordBoundaryAfter(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return !isWordRune(r)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' }

func overlaps(hits []placeHit, start, end int) bool {
	for _, h := range hits {
		if start < h.End && h.Start < end {
			return true
		}
	}
	return false
}

// trimPossessive drops a trailing "'s" and any trailing hyphen or quote.
func trimPossessive(s string) string {
	for _, suf := range []string{"'s", "’s"} {
		s = strings.TrimSuffix(s, suf)
	}
	return strings.TrimRight(s, "-'’")
}

// positionWords open names of regions ("Lower Shabelle", "North
// Kivu") and are no names on their own.
var positionWords = wordSet("upper lower middle north south east west northern southern eastern western central")

// plausiblePlaceName rejects capitalised names that are months, weekdays,
// nationalities, titles or organisations, and position words alone.
func plausiblePlaceName(name string) bool {
	// The words are read one by one and looked up lower-cased without
	// building strings (see lowerLookup): this runs on every candidate
	// place.
	n, last := 0, ""
	for w := range strings.FieldsSeq(name) {
		if n == 0 {
			if v, _ := lowerLookup(notPlaceWords, strings.TrimSuffix(w, ".")); v {
				if a, _ := lowerLookup(agencyAcronyms, w); !a || upperCase(w) {
					return false // ("AP" is the agency, "Ap Bac" a hamlet)
				}
			}
		}
		if v, _ := lowerLookup(headlineVerbs, w); v {
			return false // a headline's capitals: "Insurgents Claim Attack Is Contained", "Troops Withdraw Toward Tejeria"
		}
		if v, _ := lowerLookup(officeWords, w); v {
			return false // a speaker's office: "Capital City Police Officer Muhammad Ijaz Khan"
		}
		n, last = n+1, w
		// ("Tuesday's Communist bombing": a day's, not a place.)
		bare := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if _, ok := lowerLookup(monthNames, bare); ok {
			return false
		}
		if _, ok := lowerLookup(weekdayNames, bare); ok {
			return false
		}
		if _, ok := lowerLookup(nationalities, w); ok {
			return false
		}
		if peoplesCompound(w) {
			return false // "Muslim-Christian violence", "Serb-Croat fighting"
		}
		if len(w) >= 2 && upperCase(w) {
			if e, _ := lowerLookup(gazetteer, w); e == nil {
				return false // acronyms are organisations more often than places
			}
		}
	}
	if n == 0 {
		return false
	}
	if v, _ := lowerLookup(notPlaceTails, last); v {
		return false
	}
	if h := strings.LastIndexByte(last, '-'); h > 0 && adjectiveTails[last[h+1:]] {
		return false // "in Maoist-related violence", "in Houthi-controlled territory"
	}
	if n == 1 {
		if v, _ := lowerLookup(positionWords, strings.TrimSuffix(last, ".")); v {
			return false // "in Middle and Lower Shabelle": the name is after the list
		}
	}
	return utf8.RuneCountInString(name) >= 3
}

// officeWords name a person's office, which no place's name holds.
var officeWords = wordSet("officer officers spokesman spokeswoman spokesperson minister commissioner inspector superintendent secretary")

// headlineVerbs are words no place's name holds that a headline writes
// in capitals among names: verbs and prepositions of its sentence.
var headlineVerbs = wordSet("is are was were has have had toward towards says claims turns into after " +
	"during amid amidst against since following despite before without with kills killed")

// agencyAcronyms are the words of notPlaceWords that name an agency only
// when written in capitals.
var agencyAcronyms = wordSet("afp ap aa sana sohr")

// peoplesCompound reports whether w joins peoples or faiths by hyphens
// ("Muslim-Christian", "Hindu-Muslim", "Serb-Croat"): no place.
func peoplesCompound(w string) bool {
	if !strings.Contains(w, "-") {
		return false
	}
	for part := range strings.SplitSeq(w, "-") {
		_, nat := lowerLookup(nationalities, part)
		_, faith := lowerLookup(faithWords, part)
		if !nat && !faith {
			return false
		}
	}
	return true
}

// lowerLookup returns m[strings.ToLower(w)], building no string for an
// ASCII word of up to 32 bytes.
func lowerLookup[V any](m map[string]V, w string) (V, bool) {
	var buf [32]byte
	if len(w) <= len(buf) {
		n := 0
		for n < len(w) && w[n] < utf8.RuneSelf {
			buf[n] = lowerByte[w[n]]
			n++
		}
		if n == len(w) {
			v, ok := m[string(buf[:n])]
			return v, ok
		}
	}
	v, ok := m[strings.ToLower(w)]
	return v, ok
}

// upperCase reports whether strings.ToUpper(w) == w, building no string
// for an ASCII word.
func upperCase(w string) bool {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			return strings.ToUpper(w) == w
		case c >= 'a' && c <= 'z':
			return false
		}
	}
	return true
}

// placeTrims are words around a place name that NormalisePlace ignores.
var (
	placePrefixes = []string{"the ", "province of ", "city of ", "town of ", "village of ", "area of ", "region of ", "governorate of ", "outskirts of "}
	placeSuffixes = []string{" province", " governorate", " region", " area", " city", " town", " village", " district", " countryside", " oblast"}
)

// NormalisePlace returns the gazetteer entry for a place as written
// ("Deraa" → Daraa), and false when the gazetteer does not know it. It
// accepts the common wrappings of a name: "the town of Saraqeb", "Daraa
// province", "Idlib's".
func NormalisePlace(text string) (Place, bool) {
	key := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(text, "’", "'")), " "))
	key = trimPossessive(key)
	if e, ok := gazetteer[key]; ok {
		return Place{Text: text, Name: e.Name, Region: e.Region}, true
	}
	for changed := true; changed; {
		changed = false
		for _, p := range placePrefixes {
			if strings.HasPrefix(key, p) {
				key, changed = key[len(p):], true
			}
		}
		for _, s := range placeSuffixes {
			if strings.HasSuffix(key, s) {
				if e, ok := gazetteer[key]; ok {
					return Place{Text: text, Name: e.Name, Region: e.Region}, true
				}
				key, changed = key[:len(key)-len(s)], true
			}
		}
		if e, ok := gazetteer[key]; ok {
			return Place{Text: text, Name: e.Name, Region: e.Region}, true
		}
	}
	return Place{}, false
}

// countryEndingName returns the index of the hit that is a country's name
// ending the settlement's name at text[start:end], named after "the town
// of" or the like ("the town of Puerto Jordan in Arauca province" is not
// Jordan), or -1 when no such hit alone overlaps the name.
func countryEndingName(text string, hits []placeHit, start, end int) int {
	k := -1
	for i, h := range hits {
		if h.End <= start || h.Start >= end {
			continue
		}
		if k >= 0 || h.Start <= start || h.End != end || !isCountry(h.Place.Name) || text[h.Start-1] != ' ' {
			return -1
		}
		k = i
	}
	if k < 0 {
		return -1
	}
	before, ok := strings.CutSuffix(text[:start], " of ")
	if !ok || !settlementWords[strings.ToLower(lastWord(before))] {
		return -1
	}
	return k
}

// subUnitGap reports whether the words between a place and an area after
// it name a unit of the area the place lies in: "in the West Gojjam zone
// of" (Finote Selam … Amhara region), "in the Ngoketunjia division of",
// "in south Kashmir's" (Tral … Pulwama district).
func subUnitGap(gap string) bool {
	rest, ok := strings.CutPrefix(gap, "in ")
	if !ok {
		return false
	}
	words := strings.Fields(rest)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	last := words[len(words)-1]
	if p := trimPossessive(last); p != last {
		// "in south Kashmir's": the possessive of a place the gazetteer
		// knows, after at most a direction.
		for _, w := range words[:len(words)-1] {
			if lw := strings.ToLower(w); !directionWords[lw] && !compassCompound(lw) && lw != "the" {
				return false
			}
		}
		_, known := NormalisePlace(p)
		return known
	}
	// "in the West Gojjam zone of": capitalised names, then a word for a
	// unit and "of", perhaps with directions after ("of northern").
	i := 0
	if strings.EqualFold(words[0], "the") {
		i++
	}
	names := 0
	for i < len(words) && isASCIIUpper(words[i][0]) {
		names++
		i++
	}
	if names == 0 || names > 3 || i+1 >= len(words) || !subUnitWords[strings.ToLower(words[i])] || words[i+1] != "of" {
		return false
	}
	for _, w := range words[i+2:] {
		if lw := strings.ToLower(w); !directionWords[lw] && !compassCompound(lw) {
			return false
		}
	}
	return true
}

// subUnitWords name the units within a region or province a town is said
// to lie in.
var subUnitWords = wordSet("zone division district county municipality locality township sub-county department commune prefecture subdistrict")

// betweenRoute reports, of a name the fallback found at text[start:],
// that it is not after "between" or that "between" tells a route: "on the
// road between Zemio and Mboki", not "clashes between Fulani and Tiv".
func betweenRoute(text string, start int) bool {
	before, ok := strings.CutSuffix(text[:start], "between ")
	if !ok {
		return true
	}
	switch strings.ToLower(lastWord(strings.TrimRight(before, " "))) {
	case "road", "highway", "route", "track", "stretch", "border", "frontier", "line", "way":
		return true
	}
	return false
}

// prefixedFeatures adds to hits the lakes and mountains named with their
// feature word first ("on Lake Kivu", "the shores of Lake Albert", "Mount
// Elgon") that no other hit covers.
func prefixedFeatures(text string, hits []placeHit) []placeHit {
	for _, prefix := range [...]string{"Lake ", "Mount "} {
		for from := 0; ; {
			k := strings.Index(text[from:], prefix)
			if k < 0 {
				break
			}
			start := from + k
			from = start + len(prefix)
			if start > 0 && isWordByte(text[start-1]) || from >= len(text) || !isASCIIUpper(text[from]) {
				continue
			}
			end := from
			for end < len(text) && (isASCIILetter(text[end]) || text[end] == '-' || text[end] == '\'') {
				end++
			}
			if end-from < 3 || overlaps(hits, start, end) {
				continue
			}
			name := text[start:end]
			h := placeHit{Start: start, End: end, Place: Place{Text: name, Name: name}}
			if p, ok := NormalisePlace(name); ok {
				h.Place = p
			}
			hits = append(hits, h)
		}
	}
	return hits
}

// namedGroupWord reports whether name, lower-cased, or its plural is an
// armed group's name (see namedGroups): "Houthi", "Hamas". It builds no
// string.
func namedGroupWord(name string) bool {
	var buf [33]byte
	if len(name) >= len(buf) {
		return false
	}
	b := buf[:0]
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	if namedGroups[string(b)] != "" {
		return true
	}
	return namedGroups[string(append(b, 's'))] != ""
}

// gazetteerKnows reports whether the gazetteer holds a place of the name.
func gazetteerKnows(name string) bool {
	_, ok := NormalisePlace(name)
	return ok
}
