package project

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/claimline/claimline/extract"
)

// Casualties is the casualty read model: incidents reconciled across
// articles, totals per side, and the cumulative figures kept apart.
// Fields are declared in JSON key order so that its encoding is canonical.
type Casualties struct {
	// AsOf is the position of the model in the two streams.
	AsOf AsOf `json:"as_of"`
	// Cumulative holds casualty claims of scope "cumulative" ("the war has
	// killed more than 400,000"), sorted by article id and span. They never
	// enter Incidents or Totals.
	Cumulative []Report `json:"cumulative"`
	// Digest is the hex SHA-256 of the model's canonical JSON without it.
	Digest string `json:"digest,omitempty"`
	// Incidents are sorted by date_start (undated last), then id.
	Incidents []Incident `json:"incidents"`
	// Totals sums each incident's best figure per side.
	Totals Totals `json:"totals"`

	kept *keptEncoding // set by BuildIncremental
}

// AsOf is the position a model was built at: the highest claim and article
// stream sequences applied and the latest event time (RFC3339, UTC; empty
// before any event).
type AsOf struct {
	ArticlesSeq uint64 `json:"articles_seq"`
	ClaimsSeq   uint64 `json:"claims_seq"`
	Time        string `json:"time"`
}

// Incident is one casualty incident (place or area, date window, event) as
// told by one or more articles.
type Incident struct {
	// BySide has one row per side (camp) with casualties in the incident,
	// sorted by side.
	BySide []SideFigures `json:"by_side"`
	// DateBasis says what the incident's dates rest on: "published" when
	// at least one of the claims dating it was resolved against its
	// article's publication date (or needs none), "anchored" when all of them
	// were resolved against an anchor inferred for an article without a
	// publication date (see Fold.Build); empty, and left out, when undated.
	DateBasis string `json:"date_basis,omitempty"`
	// DateEnd and DateStart bound the incident (YYYY-MM-DD); both nil for an
	// undated incident.
	DateEnd   *string `json:"date_end"`
	DateStart *string `json:"date_start"`
	// Disputed is true when articles give different figures for a side.
	Disputed bool `json:"disputed"`
	// ID is derived from the incident's reports (deterministic).
	ID string `json:"id"`
	// Killed and Wounded add up the sides' ranges (different sides are
	// different people); each side's range is in BySide.
	Killed Range `json:"killed"`
	// Location lists the normalised place names, sorted, comma-separated.
	Location string `json:"location"`
	// Reports are the claims behind the incident, sorted by article and span.
	Reports []Report `json:"reports"`
	// Summary is a short generated description.
	Summary string `json:"summary"`
	// Wounded is like Killed, for the wounded.
	Wounded Range `json:"wounded"`
}

// Range is a reconciled figure: Low is the lowest figure an article gives,
// High the highest, Best the lowest figure given by at least two articles, or
// else the lowest. A "more than N" counts as N+1. All are nil when no article
// gives a number.
type Range struct {
	Best *int `json:"best"`
	High *int `json:"high"`
	Low  *int `json:"low"`
}

// SideFigures is the killed and wounded range of one side in an incident.
// Side is the most reported normalised side of the camp ("unknown" when no
// report names it).
type SideFigures struct {
	Killed  Range  `json:"killed"`
	Side    string `json:"side"`
	Wounded Range  `json:"wounded"`
}

// Report is one casualty claim behind an incident (or a cumulative figure):
// where it comes from and what it says, to trace every number to its quote.
type Report struct {
	ArticleID    string `json:"article_id"`
	AttributedTo string `json:"attributed_to"`
	ClaimID      string `json:"claim_id"`
	Count        *int   `json:"count"`
	Outcome      string `json:"outcome"`
	Outlet       string `json:"outlet"`
	Qualifier    string `json:"qualifier"`
	Quote        string `json:"quote"`
	Side         string `json:"side"`
}

// Totals sums, per side, the best figure of every incident.
type Totals struct {
	BySide map[string]SideTotal `json:"by_side"`
}

// SideTotal is a side's total killed and wounded (sum of incidents' best).
type SideTotal struct {
	Killed  int `json:"killed"`
	Wounded int `json:"wounded"`
}

// camps groups normalised sides that fight on the same side, so that reports
// naming the same dead differently ("pro-Iran fighters", "fighters aligned
// with Assad") are matched. Sides not listed are camps of their own.
var camps = map[string]int32{
	"turkish military": 1, "turkish soldiers": 1, "turkish forces": 1, "turkish army": 1,

	"syrian government forces": 2, "syrian army": 2, "syrian soldiers": 2, "regime forces": 2,
	"syrian regime forces": 2, "pro-government militia": 2, "pro-government fighters": 2,
	"iranian military": 2, "iranian forces": 2, "pro-iran fighters": 2, "pro-iranian militia": 2,
	"hezbollah": 2,

	"russian military": 3, "russian forces": 3, "russian soldiers": 3,

	"rebels": campRebels, "opposition fighters": campRebels, "syrian opposition": campRebels,
	"turkish-backed forces": campRebels, "jihadists": campRebels,

	"civilians": campCivilians,

	"israeli military": 6,

	"kurdish forces": 7, "sdf": 7,

	// A people named by its demonym ("70 Palestinians") is a population:
	// its dead may be told elsewhere as civilians (see campsKin).
	"palestinians": campPalestinians, "israelis": campIsraelis,

	"militants": campMilitants,
}

// Camps campsKin relates to others.
const (
	campCivilians    = 5
	campRebels       = 4
	campPalestinians = 8
	campIsraelis     = 9
	campMilitants    = 10
	// campGroup is the first camp of an armed group named by the text
	// ("al-Shabaab", "Hamas"); see sideTable.camp.
	campGroup = 2000
)

// wideAreas are places that contain any other place of the region covered.
var wideAreas = map[string]bool{
	"syria": true, "turkey": true, "israel": true, "lebanon": true, "iraq": true,
	"iran": true, "jordan": true, "russia": true,
}

// place is a normalised place and its region.
type place struct {
	name, region string
	// base is the name without the word of an administrative unit
	// ("Kanbalu Township", "Homs province": "Kanbalu", "Homs"): a unit
	// named for a town holds it.
	base string
	wide bool // a country: contains any place of the region covered
	// country is the country the place is or lies in (extract.CountryOf);
	// "" when not known.
	country string
	// unknown: nothing tells where the place lies: neither it nor its
	// region is known to lie in a country ("Let Yet Kone, Depayin
	// Township").
	unknown bool
	// area is the wider area a place named for a part of it lies in, or
	// whose part its region is: "Darfur" for "North Darfur" and for "El
	// Fasher, North Darfur" (see compassArea); "" when none.
	area string
	// spelling is the key of its name's spelling (placeSpelling, without
	// an administrative unit's word; "" when too short to tell): names
	// that transliterate one name otherwise ("Shabqadar" and "Shabqader",
	// "al-Atarib" and "Atareb") share it.
	spelling string
	// consonants is its spelling's skeleton without the marks of its
	// vowels between consonants, when it has at least minLooseConsonants
	// consonants ("" otherwise): a vowel written in one transliteration
	// and not in the other ("Nguetechewe" and "Nguetchewe").
	consonants string
	// regionBase is the region without the word of an administrative
	// unit ("Kanbalu Township": "Kanbalu"): a place in a unit named for a
	// town lies in that town's area.
	regionBase string
	// upper is the region of the place's region when the gazetteer knows
	// it ("Borno" for "Ajilari Cross" in Maiduguri): the place lies in
	// that too.
	upper string
	// joined are the two names a place named by joining them with a
	// hyphen is named for ("Dehiwala-Mount Lavinia": "Dehiwala" and
	// "Mount Lavinia"; see joinedNames), "" when it is not so named.
	joined [2]string
}

func placeOf(p *extract.Place) place {
	if p == nil {
		return place{}
	}
	n := p.Name
	if n == "" {
		n = p.Text
	}
	region, base := p.Region, adminBase(n)
	if owner, rest, ok := splitPossessive(n); ok {
		// "Peshawar's Police Lines", "Burkina Faso's Centre-Nord": a place
		// in the place that owns it, named by the rest.
		base = adminBase(rest)
		if region == "" {
			region = owner
		}
	}
	wide, _ := lookupLower(wideAreas, n)
	area := compassArea(n)
	if area == "" {
		area = compassArea(region)
	}
	country := extract.CountryOf(extract.Place{Name: n, Region: region})
	sp := placeSpelling(base)
	// (A place known by its name alone, "Idlib", is not unknown.)
	unknown := country == "" && extract.CountryOf(extract.Place{Region: n}) == ""
	upper := ""
	if region != "" {
		if r := extract.RegionOf(region); r != region && r != n {
			upper = r
		}
	}
	return place{name: n, region: region, base: base, wide: wide, country: country, unknown: unknown, area: area,
		spelling: sp, consonants: consonantsOf(sp), regionBase: adminBase(region), upper: upper, joined: joinedNames(base, country)}
}

// minLooseConsonants is the fewest consonants a spelling needs to be
// compared without its vowels (see consonantsOf): long names of six
// consonants or more are rare enough to tell one place by them.
const minLooseConsonants = 6

// consonantsOf is a spelling's skeleton (placeSpelling) without the marks
// of vowels between its consonants (a leading vowel kept), or "" when it
// has fewer than minLooseConsonants consonants.
func consonantsOf(spelling string) string {
	if strings.IndexByte(spelling, '.') < 0 {
		return ""
	}
	out := make([]byte, 0, len(spelling))
	n := 0
	for i := 0; i < len(spelling); i++ {
		c := spelling[i]
		if c == '.' || i > 0 && isVowel(c) {
			continue
		}
		if !isVowel(c) {
			n++
		}
		out = append(out, c)
	}
	if n < minLooseConsonants {
		return ""
	}
	return string(out)
}

// minJoinedName is the fewest bytes each name of a hyphen-joined place
// name needs (see joinedNames): shorter ones are articles and particles
// ("Al-", "El-"), or too short to tell a town.
const minJoinedName = 4

// joinedNames splits the name of a place named by joining two names with
// one hyphen, each of capitalised words of at least minJoinedName bytes
// ("Dehiwala-Mount Lavinia", a municipality named for its two towns, the
// second of which is "Mount Lavinia"): a report at either town may be one
// at the joined place. A country so named ("Guinea-Bissau") is no joining
// of two places, nor is a name with a particle ("Sharm el-Sheikh", "Deir
// ez-Zor") or more hyphens ("Port-au-Prince").
func joinedNames(name, country string) [2]string {
	i := strings.IndexByte(name, '-')
	if i < 0 || country == name || strings.IndexByte(name[i+1:], '-') >= 0 {
		return [2]string{}
	}
	first, second := name[:i], name[i+1:]
	if !capitalisedWords(first) || !capitalisedWords(second) {
		return [2]string{}
	}
	return [2]string{first, second}
}

// capitalisedWords reports whether s is at least minJoinedName bytes of
// words separated by single spaces, each starting with an upper-case
// ASCII letter.
func capitalisedWords(s string) bool {
	if len(s) < minJoinedName {
		return false
	}
	for w := range strings.SplitSeq(s, " ") {
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}

// joinedOf reports whether a place is one of the two names b is named for
// by joining them (see joinedNames).
func (a place) joinedOf(b place) bool {
	return b.joined[0] != "" && (a.name == b.joined[0] || a.name == b.joined[1] || a.base == b.joined[0] || a.base == b.joined[1])
}

// minPlaceSkeleton is the fewest consonants a skeleton needs to tell a
// place in casualty reconciliation, where the incidents it joins must also
// agree on days and camps: three ("Atareb" and "Atarib").
const minPlaceSkeleton = 3

// placeSpelling is the key of a name's spelling (spellingOf, with
// skeletons of minPlaceSkeleton consonants), or "" when the name is too
// short to tell.
func placeSpelling(name string) string {
	k, _ := spellingOf(name, minPlaceSkeleton)
	return k
}

// compassWords name the part of an area ("North Darfur", "Western
// Bahr el Ghazal"), each followed by a space.
var compassWords = [...]string{"North ", "South ", "East ", "West ", "Northern ", "Southern ", "Eastern ",
	"Western ", "Northeast ", "Northwest ", "Southeast ", "Southwest ", "North-East ", "North-West ",
	"South-East ", "South-West "}

// compassArea is the area a name of a part of it names without its compass
// word ("North Darfur": "Darfur", "North Waziristan": "Waziristan"), or
// "". A country so named ("South Sudan") is no part of another.
func compassArea(name string) string {
	for _, w := range compassWords {
		if len(name) > len(w) && strings.HasPrefix(name, w) {
			if extract.CountryOf(extract.Place{Name: name}) == name {
				return ""
			}
			return adminBase(name[len(w):])
		}
	}
	return ""
}

// splitPossessive splits "Mogadishu's Lido" into its owner and the rest.
func splitPossessive(name string) (owner, rest string, ok bool) {
	for _, sep := range [...]string{"'s ", "’s "} {
		if i := strings.Index(name, sep); i > 0 && i+len(sep) < len(name) {
			return name[:i], name[i+len(sep):], true
		}
	}
	return "", "", false
}

// adminUnits are the words that name an administrative unit after its
// name, lower-case, each after a space.
var adminUnits = [...]string{" township", " district", " local government area", " lga", " province",
	" governorate", " state", " region", " county", " municipality", " oblast", " prefecture",
	" department", " locality", " sub-district", " subdistrict", " commune", " tehsil", " city"}

// adminBase is name without a trailing word of an administrative unit, or
// name.
func adminBase(name string) string {
	for _, w := range adminUnits {
		if len(name) > len(w) && strings.EqualFold(name[len(name)-len(w):], w) {
			return name[:len(name)-len(w)]
		}
	}
	return name
}

// lookupLower is m[strings.ToLower(s)], without allocating when s is
// short ASCII.
func lookupLower[V any](m map[string]V, s string) (V, bool) {
	var buf [64]byte
	if len(s) <= len(buf) {
		b := buf[:len(s)]
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c >= utf8.RuneSelf {
				b = nil
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		if b != nil {
			v, ok := m[string(b)]
			return v, ok
		}
	}
	v, ok := m[strings.ToLower(s)]
	return v, ok
}

// compatible reports whether two places can be the same place or area.
func (a place) compatible(b place) bool {
	if a.name == "" || b.name == "" || a.name == b.name || (a.base != "" && a.base == b.base) {
		return true
	}
	// A town, and the place named for it and another by joining their
	// names ("Dehiwala" and "Dehiwala-Mount Lavinia").
	if a.joinedOf(b) || b.joinedOf(a) {
		return true
	}
	// One name spelt two ways, in no two regions or countries.
	if a.spelling != "" && (a.spelling == b.spelling || a.consonants != "" && a.consonants == b.consonants) &&
		(a.region == "" || b.region == "" || a.region == b.region) &&
		(a.country == "" || b.country == "" || a.country == b.country) {
		return true
	}
	if (a.region != "" && (a.region == b.name || a.region == b.base || a.regionBase == b.name)) ||
		(b.region != "" && (b.region == a.name || b.region == a.base || b.regionBase == a.name)) {
		return true
	}
	// A place in a town lies in the town's region too: "Ajilari Cross"
	// in Maiduguri, in Borno.
	if a.upper != "" && (a.upper == b.name || a.upper == b.base) || b.upper != "" && (b.upper == a.name || b.upper == a.base) {
		return true
	}
	// A part of an area, or a place in one, lies in the area: "El Fasher,
	// North Darfur" in "Darfur" (but not in "South Darfur").
	if (a.area != "" && (a.area == b.name || a.area == b.base)) || (b.area != "" && (b.area == a.name || b.area == a.base)) {
		return true
	}
	if a.wide || b.wide {
		return true
	}
	// A country holds any place not known to lie in another country:
	// "12 killed in Nigeria" and "12 killed in Kwall, Plateau state" may
	// be one incident, "in Nigeria" and "in Kharkiv, Ukraine" not.
	if a.country == a.name {
		return b.country == "" || b.country == a.name
	}
	if b.country == b.name {
		return a.country == "" || a.country == b.name
	}
	return false
}

// placesCompatible reports whether every place of a is compatible with
// every place of b: a town joins an incident at that town or its province,
// but two towns of one province stay apart.
func placesCompatible(a, b []place) bool {
	for _, x := range a {
		for _, y := range b {
			if !x.compatible(y) {
				return false
			}
		}
	}
	return true
}

// placesTouch reports whether some place of a is compatible with some place
// of b (or either has none): the looser test for statements of one article
// that follow each other.
func placesTouch(a, b []place) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, x := range a {
		for _, y := range b {
			if x.compatible(y) {
				return true
			}
		}
	}
	return false
}

// placesTouchNarrow is placesTouch, but by a town or area, not a country
// or wide area, when both a and b name one: a statement at one town goes
// on with an incident that names a town only when the two may be one
// place, whatever country the incident also names.
func placesTouchNarrow(a, b []place) bool {
	if !slices.ContainsFunc(a, narrowPlace) || !slices.ContainsFunc(b, narrowPlace) {
		return placesTouch(a, b)
	}
	for _, x := range a {
		for _, y := range b {
			if narrowPlace(x) && narrowPlace(y) && x.compatible(y) {
				return true
			}
		}
	}
	return false
}

// maxPlaces bounds the places an incident remembers for matching.
const maxPlaces = 16

func addPlace(ps []place, p place) []place {
	if p.name == "" || len(ps) >= maxPlaces || slices.Contains(ps, p) {
		return ps
	}
	return append(ps, p)
}

// artView is an active article as the build sees it.
type artView struct {
	id     string
	outlet string
	pub    int32
	hasPub bool
}

// pclaim is an active claim prepared for the build.
type pclaim struct {
	c       *extract.Claim
	art     *artView
	start   int32
	end     int32
	dated   bool
	prec    string
	weekday int
	place   place
	camp    int32 // -1: no side
	actor   int32 // camp of an event's actor; -1: none
	// anchored: the date was resolved against the article's anchor.
	anchored bool
	// uid identifies the prepared claim among all those BuildIncremental
	// prepared for one fold (0 in Build).
	uid uint64
	// group is the live event group of a dated event claim (see recluster).
	group *liveGroup
}

// overlapOK reports whether two date windows (in days) may be one event's:
// they overlap, and both are at most a week wide, or they start on the
// same day and end within a week of each other — "since December" told by
// reports published a few days apart.
func overlapOK(as, ae, bs, be int32) bool {
	if as > be || bs > ae {
		return false
	}
	return (ae-as <= 6 && be-bs <= 6) || (as == bs && ae-be <= 6 && be-ae <= 6)
}

// unit is the casualty claims of one statement of one article.
type unit struct {
	art      *artView
	stmt     int
	pos      int // index in the article's units
	artIndex int // index of the article's units in casualtyBuild.byArticle
	claims   []*pclaim
	start    int32
	end      int32
	dated    bool
	weekday  int
	camps    []int32
	places   []place
	figs     []fig
	// revised: the unit tells a toll brought to a new figure (see
	// revisedToll), which may be dated days after its incident.
	revised bool
	// apart: the unit is dated only as days or weeks from another event
	// ("came days after a suicide bombing ... killed more than 170"), so
	// it tells another incident than the statements around it.
	apart bool
	// sameDay: the unit is dated as "the same day" as another event its
	// article tells (see sameDayAs), so it tells another incident than
	// that one.
	sameDay bool
	inc     *incident
	// For live builds: the uid of its first claim, which names it, and
	// the rendered incident it was the first unit of.
	uid      uint64
	rendered *incCache
	// For live builds: the reconciliation that last had it, what this
	// reconciliation decided for it and what the last recorded one did
	// (see liveReconcile).
	seen     uint64
	cur, rec unitRec
	// s8 is, for live builds, what step 8 decided for the undated
	// incident the unit was in (see joinUndatedByFigure).
	s8 step8Rec
}

// step8Rec is what a live reconciliation's step 8 decided for an undated
// incident, kept in its units: the reconciliation, the incident's first
// unit, and in that first unit, the incident's size and the first unit of
// the dated incident it joined (nil for none).
type step8Rec struct {
	gen   uint64
	first *unit
	n     int32
	to    *unit
}

// fig is a unit's figure for one camp and outcome (its parts added up), as
// stated (see statedValue).
type fig struct {
	camp    int32
	outcome outcomeCode
	value   int
}

// outcomeCode stands for a casualty outcome in the figures reconciliation
// compares and indexes (a small number hashes faster than a string).
type outcomeCode uint8

// codeOf returns the code of a valid outcome (see ValidateClaim).
func codeOf(outcome string) outcomeCode {
	switch outcome {
	case extract.OutcomeKilled:
		return 1
	case extract.OutcomeWounded:
		return 2
	case extract.OutcomeMissing:
		return 3
	case extract.OutcomeCaptured:
		return 4
	case extract.OutcomeNeutralized:
		return 5
	}
	return 0
}

// incident is a casualty incident under construction.
type incident struct {
	seq    int
	start  int32
	end    int32
	dated  bool
	camps  []int32
	places []place
	units  []*unit
	// figs caches articleFigs for the first figsFor units.
	figs    []figKey
	figsFor int
	// For live reconciliations: the figures step 4 sees (nil until made),
	// whether the incident differs from the last reconciliation's, and
	// its place among the kept incidents of step 7 (0: none).
	figs4 []figKey
	n4    int32 // its units when step 4 started
	dirty bool
	kept  int32
}

// campsOverlap reports whether two lists of camps may name the same
// victims: either is empty, or they share a camp or kin camps (see
// campsKin), or one holds victims of no told side (campUnknown), who may
// be any camp's ("a commander ... was killed during Saturday's raid", the
// raid that killed 210 Palestinians).
func campsOverlap(a, b []int32) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, x := range a {
		for _, y := range b {
			if x == y || campsKin(x, y) || x == campUnknown || y == campUnknown {
				return true
			}
		}
	}
	return false
}

// campsKin reports whether two different camps may name the same victims
// as different outlets tell them: a people and civilians ("70
// Palestinians" and "70 people", civilians), and armed groups under the
// generic word and under their name ("30 militants", "30 al-Shabaab
// fighters"; "rebels" and "militants"). Rebels are not kin to every named
// group: in Syria, rebels and the Islamic State fought each other.
func campsKin(x, y int32) bool {
	if x > y {
		x, y = y, x
	}
	switch x {
	case campCivilians:
		return y == campPalestinians || y == campIsraelis
	case campRebels:
		return y == campMilitants
	case campMilitants:
		return y >= campGroup
	}
	return false
}

func campsSubset(a, b []int32) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

func (in *incident) add(u *unit) {
	u.inc = in
	in.units = append(in.units, u)
	if u.dated && !(in.dated && (u.start > in.end || u.end < in.start)) {
		// (A unit dated apart from the incident leaves its days be: a
		// revised toll dated after it, a figure told a day apart.)
		if !in.dated {
			in.start, in.end, in.dated = u.start, u.end, true
		} else {
			in.start, in.end = max(in.start, u.start), min(in.end, u.end)
		}
	}
	for _, c := range u.camps {
		if !slices.Contains(in.camps, c) {
			in.camps = append(in.camps, c)
		}
	}
	for _, p := range u.places {
		in.places = addPlace(in.places, p)
	}
}

// claimValue is the figure a claim counts for: "more than N" is N+1.
func claimValue(c *extract.Claim) (int, bool) {
	v, ok := statedValue(c)
	if ok && c.Count.Qualifier == extract.QualMoreThan {
		v++
	}
	return v, ok
}

// statedValue is the number a claim states, whatever its qualifier: the
// figure reconciliation compares, as "more than 200", "nearly 200" and
// "200" wounded all corroborate a toll of 200.
func statedValue(c *extract.Claim) (int, bool) {
	if c.Count == nil || c.Count.Value == nil {
		return 0, false
	}
	return *c.Count.Value, true
}

// atItsTowns narrows the incidents a unit u follows up (see followsUp),
// when there are several, to the one that names every town or area u
// names ("the toll from the strike on the village of Hroza in Kharkiv
// Oblast has risen to 52": the strike on Hroza, not another in Kharkiv),
// if only one does; else it returns cands.
func atItsTowns(u *unit, cands []*incident) []*incident {
	if len(cands) < 2 || !slices.ContainsFunc(u.places, narrowPlace) {
		return cands
	}
	var found *incident
	for _, in := range cands {
		if namesTowns(in, u) {
			if found != nil {
				return cands
			}
			found = in
		}
	}
	if found == nil {
		return cands
	}
	return append(cands[:0], found)
}

// namesNoOther reports whether a unit names only places that the incident
// in names (by name), a town or area among them.
func namesNoOther(u *unit, in *incident) bool { return placesNamed(u.places, in.places, false) }

// placesNamed reports whether every place of a is named (by name, or by
// its name without an administrative unit's word or an owner's possessive
// when byBase: "Lido" in "Mogadishu's Lido") in b, a town or area among
// them.
func placesNamed(a, b []place, byBase bool) bool {
	if !slices.ContainsFunc(a, narrowPlace) {
		return false
	}
	for _, p := range a {
		if !slices.ContainsFunc(b, func(q place) bool { return q.name == p.name || byBase && p.base != "" && q.base == p.base }) {
			return false
		}
	}
	return true
}

// atPlacesOf reports whether the places a of a unit or incident may be
// those of an incident at places b: compatible, or, when some place
// nothing locates (see unknownPlace) stands in the way (see mayBeAt), a
// names only places b names ("Let Yet Kone", told by an incident at "Let
// Yet Kone, Depayin Township" and in "Sagaing").
func atPlacesOf(a, b []place) bool {
	return placesCompatible(a, b) || placesNamed(a, b, true) && mayBeAt(a, b)
}

// namesTowns reports whether the incident in names every town or area u
// names (by name), countries and wide areas aside.
func namesTowns(in *incident, u *unit) bool {
	for _, p := range u.places {
		if narrowPlace(p) && !sameTown(p, in.places) {
			return false
		}
	}
	return true
}

// narrowPlace reports whether p is a town or area, not a country or wide
// area.
func narrowPlace(p place) bool { return p.name != "" && !p.wide && p.country != p.name }

// daysApart reports whether a date is told only as days or weeks before
// or after another event, unresolved ("days after", "weeks earlier").
func daysApart(d extract.Date) bool {
	if d.Precision != extract.PrecisionUnresolved {
		return false
	}
	e := strings.ToLower(d.Expression)
	n, rest, ok := strings.Cut(e, " ")
	return ok && (n == "days" || n == "weeks") && (rest == "after" || rest == "before" || rest == "later" || rest == "earlier")
}

// sameDayAs reports whether a date is told as the day of another event
// ("on the same day", "that same day"): a report so dated tells another
// incident than the one it is dated by ("On the same day, armed bandits
// burned a bus").
func sameDayAs(d extract.Date) bool {
	e := d.Expression
	for i := 0; i+len("same day") <= len(e); i++ {
		if (e[i] == 's' || e[i] == 'S') && strings.EqualFold(e[i:i+len("same day")], "same day") {
			return true
		}
	}
	return false
}

// apartAtNoPlace reports whether u is dated as the day of another event
// (see sameDayAs) and names no place: nothing tells which incident of the
// day it is, but it is not the one it is dated by.
func apartAtNoPlace(u *unit) bool { return u.sameDay && len(u.places) == 0 }

// toldApart reports whether an article tells incidents a and b apart: a
// unit of one is dated as the day of another event (see sameDayAs) and
// follows, in its article, a unit of the other ("killing 53 people. On
// the same day, armed bandits burned a bus").
func (b *casualtyBuild) toldApart(x, y *incident) bool {
	after := func(x, y *incident) bool {
		for _, u := range x.units {
			if u.sameDay && u.pos > 0 && b.byArticleUnits(u)[u.pos-1].inc == y {
				return true
			}
		}
		return false
	}
	return after(x, y) || after(y, x)
}

// apartOnly reports whether the incident is made only of units dated as
// the day of another event naming no place (see apartAtNoPlace): it joins
// another incident only by a figure they give alike.
func (in *incident) apartOnly() bool {
	return len(in.places) == 0 && !slices.ContainsFunc(in.units, func(u *unit) bool { return !apartAtNoPlace(u) })
}

// newUnit groups claims (one article, one statement) into a unit.
func newUnit(art *artView, stmt int, claims []*pclaim) *unit {
	u := &unit{art: art, stmt: stmt, claims: claims, weekday: -1}
	for _, pc := range claims {
		if pc.dated && !u.dated {
			u.start, u.end, u.dated = pc.start, pc.end, true
		}
		if u.weekday < 0 && pc.weekday >= 0 {
			u.weekday = pc.weekday
		}
		if pc.camp >= 0 && !slices.Contains(u.camps, pc.camp) {
			u.camps = append(u.camps, pc.camp)
		}
		u.places = addPlace(u.places, pc.place)
		u.revised = u.revised || revisedToll(pc.c.Quote)
		u.apart = u.apart || daysApart(pc.c.Date)
		u.sameDay = u.sameDay || sameDayAs(pc.c.Date)
	}
	slices.Sort(u.camps)
	for _, pc := range claims {
		v, ok := statedValue(pc.c)
		if !ok {
			continue
		}
		camp := pc.camp
		if camp < 0 && len(u.camps) == 1 {
			camp = u.camps[0]
		}
		oc := codeOf(pc.c.Outcome)
		i := slices.IndexFunc(u.figs, func(f fig) bool { return f.camp == camp && f.outcome == oc })
		if i < 0 {
			u.figs = append(u.figs, fig{camp: camp, outcome: oc, value: v})
		} else {
			u.figs[i].value += v
		}
	}
	return u
}

// tellsRestOf reports whether unit u, dated as the statement prev of
// its article right before it, gives the outcomes of the same toll prev
// left out: its camps are prev's, its places touch prev's (see
// placesTouch) and it gives figures only of outcomes prev gives none of
// ("killed at least 134 Fulani herders" in Mali, then "Fifty-five people
// were wounded" placed at the region named between them), though the
// incident prev joined names a town u's place is not known to lie near.
func tellsRestOf(u, prev *unit) bool {
	if len(u.figs) == 0 || len(prev.figs) == 0 || u.start != prev.start || u.end != prev.end ||
		!slices.Equal(u.camps, prev.camps) || !placesTouch(u.places, prev.places) {
		return false
	}
	return !slices.ContainsFunc(u.figs, func(f fig) bool {
		return slices.ContainsFunc(prev.figs, func(g fig) bool { return g.outcome == f.outcome })
	})
}

// partOfToll reports whether unit u, of the article whose units are
// arts, tells a part of a toll the same article gave before for incident
// in: the incident's first unit of the article gives a number killed, and
// the statements right after it, u among them, give numbers killed that
// add up to it exactly ("strikes killed 12 pro-Iran fighters ... seven in
// the Kisweh area ... five were also killed in Ezra": one raid at two
// places).
func partOfToll(arts []*unit, u *unit, in *incident) bool {
	head := slices.IndexFunc(arts[:u.pos], func(o *unit) bool { return o.inc == in })
	if head < 0 {
		return false
	}
	toll, sum := killedIn(arts[head]), 0
	for k := head + 1; k < len(arts) && toll > 0; k++ {
		n := killedIn(arts[k])
		if n == 0 || k < u.pos && arts[k].inc != in {
			return false
		}
		if sum += n; sum >= toll {
			return sum == toll && k >= u.pos
		}
	}
	return false
}

// killedIn is the number a unit gives killed, over its camps.
func killedIn(u *unit) int {
	n := 0
	for _, f := range u.figs {
		if f.outcome == codeOf(extract.OutcomeKilled) {
			n += f.value
		}
	}
	return n
}

// inWindow reports whether a dated incident may be what an undated unit of
// an article speaks of: not after the article's publication and at most
// windowDays(u) days before it, when the publication date is known.
func inWindow(u *unit, in *incident) bool {
	if !in.dated {
		return false
	}
	if !u.art.hasPub {
		return true
	}
	return in.start <= u.art.pub && in.start >= u.art.pub-windowDays(u)
}

// Windows of undated units, in days before their article's publication.
const (
	windowBefore      = 14
	apartWindowBefore = 42
)

// windowDays is how many days before its article's publication an
// incident an undated unit speaks of may start: windowBefore, or
// apartWindowBefore for a unit told as days or weeks from another event
// ("came less than three weeks after a bombing at the same station killed
// 75 people"), which tells an earlier incident than the article's.
func windowDays(u *unit) int32 {
	if u.apart {
		return apartWindowBefore
	}
	return windowBefore
}

// figKey is a camp, outcome and figure.
type figKey struct {
	camp    int32
	outcome outcomeCode
	value   int
}

// articleFigs returns, for one incident, each article's figure per camp and
// outcome: the maximum over its units (parts of a unit are already added up).
func (in *incident) articleFigs() []figKey {
	if in.figs != nil && in.figsFor == len(in.units) {
		return in.figs
	}
	in.figs, in.figsFor = appendFigs(nil, in.units), len(in.units)
	return in.figs
}

// appendFigs appends to out each article's figure per camp and outcome
// over units (see articleFigs).
func appendFigs(out []figKey, units []*unit) []figKey {
	// Incidents have few figures: small slices, searched in full.
	type best struct {
		art     *artView
		camp    int32
		outcome outcomeCode
		value   int
	}
	var buf [8]best
	bests := buf[:0]
	for _, u := range units {
		for _, f := range u.figs {
			i := slices.IndexFunc(bests, func(b best) bool {
				return b.art == u.art && b.camp == f.camp && b.outcome == f.outcome
			})
			switch {
			case i < 0:
				bests = append(bests, best{u.art, f.camp, f.outcome, f.value})
			case f.value > bests[i].value:
				bests[i].value = f.value
			}
		}
	}
	if out == nil {
		out = make([]figKey, 0, len(bests))
	}
	for _, b := range bests {
		if k := (figKey{b.camp, b.outcome, b.value}); !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// casualtyBuild reconciles the casualty claims of one build.
type casualtyBuild struct {
	units     []*unit
	dated     []*unit // the dated units in compareDatedUnits order, when given
	slab      []incident
	arena     *incArena // lends the incidents of live builds; nil: slab
	byArticle [][]*unit
	incidents []*incident
	// joins are the weekday joins of units of articles without a
	// publication date to day incidents dated by other articles: the
	// evidence anchors are drawn from.
	joins []weekdayJoin
	// undatedArts are the indexes in byArticle of the articles with an
	// undated unit: the only ones steps 3, 5 and 6 can change.
	undatedArts []int
	// mixedArts are those that also have a dated unit, and joinedArts
	// those of the units step 4 joined to an incident: in a live
	// reconciliation, the only ones steps 3 and 5 can change.
	mixedArts, joinedArts []int
	// live follows the reconciliation of a live build (nil otherwise).
	live *liveReconcile
}

// weekdayJoin is an undated unit that joined the incident of a day by its
// weekday.
type weekdayJoin struct {
	u   *unit
	day int32
}

// datedByOther reports whether a dated unit of another article than art
// dates the incident.
func (in *incident) datedByOther(art *artView) bool {
	for _, u := range in.units {
		if u.dated && u.art != art {
			return true
		}
	}
	return false
}

func (b *casualtyBuild) newIncident(u *unit) *incident {
	var in *incident
	if b.arena != nil {
		in = b.arena.get()
		in.seq = len(b.incidents)
	} else {
		// Incidents are allocated in blocks.
		if len(b.slab) == cap(b.slab) {
			b.slab = make([]incident, 0, 256)
		}
		b.slab = append(b.slab, incident{seq: len(b.incidents)})
		in = &b.slab[len(b.slab)-1]
	}
	b.incidents = append(b.incidents, in)
	in.start, in.end, in.dated = u.start, u.end, u.dated
	in.units = append(in.units, u)
	// add's result for a first unit: its camps and places are already
	// without repeats.
	in.camps = append(in.camps, u.camps...)
	in.places = append(in.places, u.places...)
	u.inc = in
	return in
}

// byArticleUnits returns the units of u's article, in statement order.
func (b *casualtyBuild) byArticleUnits(u *unit) []*unit { return b.byArticle[u.artIndex] }

// compareDatedUnits is the order in which dated units are reconciled.
func compareDatedUnits(x, y *unit) int {
	return cmp.Or(cmp.Compare(x.start, y.start), cmp.Compare(x.end, y.end),
		strings.Compare(x.art.id, y.art.id), cmp.Compare(x.stmt, y.stmt))
}

// reconcile assigns every unit to an incident.
func (b *casualtyBuild) reconcile() {
	// 1. Dated units cluster in date order; active incidents indexed by camp.
	dated := b.dated
	if dated == nil {
		dated = make([]*unit, 0, len(b.units))
		for _, u := range b.units {
			if u.dated {
				dated = append(dated, u)
			}
		}
		slices.SortFunc(dated, compareDatedUnits)
	}
	active := map[int32][]*incident{}
	prune := func(list []*incident, day int32) []*incident {
		out := list[:0]
		for _, in := range list {
			if in.end >= day {
				out = append(out, in)
			}
		}
		clear(list[len(out):])
		return out
	}
	var all []*incident
	// recent are the incidents that end at most a day before the unit
	// starts, or after (see corroboratedNear).
	var recent []*incident
	for _, u := range dated {
		var found *incident
		// A statement that follows one of the same article about the same
		// days and camps continues its story, even at another place ("seven
		// killed near Kisweh ... five also killed in Ezra") when the two
		// touch by a town or area, not only by the country the incident
		// names (see placesTouchNarrow); one that names no place, or only
		// places the incident names, a town among them, continues it
		// whatever its camps ("killing 13 U.S. troops ... 60 Afghans were
		// killed and 143 wounded ... 28 Taliban members were also among
		// the dead").
		var prevInc *incident
		if u.pos > 0 && u.sameDay {
			// Dated as the day of the event told before it: another
			// incident.
			prevInc = b.byArticleUnits(u)[u.pos-1].inc
		} else if u.pos > 0 {
			if prev := b.byArticleUnits(u)[u.pos-1]; prev.inc != nil && prev.dated &&
				overlapOK(u.start, u.end, prev.inc.start, prev.inc.end) && len(u.camps) > 0 &&
				(len(u.places) == 0 || namesNoOther(u, prev.inc) || campsOverlap(u.camps, prev.inc.camps) && placesTouchNarrow(u.places, prev.inc.places) ||
					partOfToll(b.byArticleUnits(u), u, prev.inc) || tellsRestOf(u, prev)) {
				found = prev.inc
				for _, c := range u.camps {
					if !slices.Contains(found.camps, c) {
						active[c] = append(active[c], found)
					}
				}
				found.add(u)
				u.cur.step = 1
				continue
			}
		}
		try := func(list []*incident) {
			if apartAtNoPlace(u) {
				return
			}
			for _, in := range list {
				if found != nil && in.seq >= found.seq || in == prevInc || in.apartOnly() {
					continue
				}
				if overlapOK(u.start, u.end, in.start, in.end) && campsOverlap(u.camps, in.camps) &&
					atPlacesOf(u.places, in.places) {
					found = in
				}
			}
		}
		// Incidents stay listed for revisedBefore days after they end, for
		// the revised tolls that come after them.
		keepFrom := u.start - revisedBefore
		if len(u.camps) == 0 {
			all = prune(all, keepFrom)
			try(all)
		} else {
			for _, c := range u.camps {
				active[c] = prune(active[c], keepFrom)
				try(active[c])
			}
			for c, list := range active {
				if c >= 0 && !slices.Contains(u.camps, c) && slices.ContainsFunc(u.camps, func(k int32) bool { return campsKin(c, k) }) {
					active[c] = prune(list, keepFrom)
					try(active[c])
				}
			}
			active[-1] = prune(active[-1], keepFrom)
			try(active[-1])
			// Victims of no told side may be any camp's (see
			// campsOverlap).
			if !slices.Contains(u.camps, campUnknown) {
				active[campUnknown] = prune(active[campUnknown], keepFrom)
				try(active[campUnknown])
			}
		}
		if found == nil && u.revised && len(u.places) > 0 {
			found = revisedIncident(u, all, active)
		}
		if found == nil && u.revised && len(u.places) == 0 && len(u.figs) > 0 {
			found = revisedTollAtNoPlace(u, all)
		}
		if found == nil && len(u.figs) > 0 && len(u.camps) > 0 && slices.ContainsFunc(u.places, unknownPlace) {
			found = corroboratedAtUnknown(u, active)
		}
		if found == nil && len(u.figs) > 0 {
			recent = prune(recent, u.start-1)
			found = corroboratedNear(u, recent)
		}
		if found == nil {
			found = b.newIncident(u)
			u.cur.step = 1
			all, recent = append(all, found), append(recent, found)
			if len(u.camps) == 0 {
				active[-1] = append(active[-1], found)
			}
			for _, c := range u.camps {
				active[c] = append(active[c], found)
			}
			continue
		}
		for _, c := range u.camps {
			if !slices.Contains(found.camps, c) {
				active[c] = append(active[c], found)
			}
		}
		found.add(u)
		u.cur.step = 1
	}
	b.mergeDated()
	if b.live != nil {
		b.live.afterStep1(b)
	}

	// 2. Undated units naming a weekday join the one day incident that
	// agrees on weekday, place and camps.
	type wk struct {
		wd   int
		camp int32
	}
	type dk struct {
		day  int32
		camp int32
	}
	byWeekday := map[wk][]*incident{}
	byDay := map[dk][]*incident{}
	weekdays := (b.live == nil || !b.live.active) &&
		slices.ContainsFunc(b.units, func(u *unit) bool { return u.inc == nil && u.weekday >= 0 })
	for _, in := range b.incidents {
		if weekdays && in.dated && in.start == in.end {
			byDay[dk{in.start, -2}] = append(byDay[dk{in.start, -2}], in)
			for _, c := range in.camps {
				byDay[dk{in.start, c}] = append(byDay[dk{in.start, c}], in)
			}
			if len(in.camps) == 0 {
				byDay[dk{in.start, -1}] = append(byDay[dk{in.start, -1}], in)
			}
			wd := int(weekdayOf(in.start))
			byWeekday[wk{wd, -2}] = append(byWeekday[wk{wd, -2}], in)
			for _, c := range in.camps {
				byWeekday[wk{wd, c}] = append(byWeekday[wk{wd, c}], in)
			}
			if len(in.camps) == 0 {
				byWeekday[wk{wd, -1}] = append(byWeekday[wk{wd, -1}], in)
			}
		}
	}
	var cands []*incident
	for _, u := range b.units {
		if !weekdays {
			break
		}
		if u.inc != nil || u.weekday < 0 {
			continue
		}
		cands = cands[:0]
		consider := func(list []*incident) {
			for _, in := range list {
				if !slices.Contains(cands, in) && inWindow(u, in) &&
					campsOverlap(u.camps, in.camps) && placesCompatible(u.places, in.places) {
					cands = append(cands, in)
				}
			}
		}
		if u.art.hasPub {
			// Only the days of that weekday in the 14 days before publication.
			for day := u.art.pub - 14; day <= u.art.pub; day++ {
				if int(weekdayOf(day)) != u.weekday {
					continue
				}
				if len(u.camps) == 0 {
					consider(byDay[dk{day, -2}])
					continue
				}
				for _, c := range u.camps {
					consider(byDay[dk{day, c}])
				}
				consider(byDay[dk{day, -1}])
			}
		} else if len(u.camps) == 0 {
			consider(byWeekday[wk{u.weekday, -2}])
		} else {
			for _, c := range u.camps {
				consider(byWeekday[wk{u.weekday, c}])
			}
			consider(byWeekday[wk{u.weekday, -1}])
		}
		if len(cands) > 1 {
			cands = corroborated(u, cands)
		}
		if len(cands) == 1 {
			if !u.art.hasPub && cands[0].datedByOther(u.art) {
				b.joins = append(b.joins, weekdayJoin{u: u, day: cands[0].start})
			}
			b.join(cands[0], u, 2)
		}
	}

	// 3. Undated units next to a unit of the same article that joined a
	// dated incident follow it when the incident's camps include theirs.
	if b.live != nil && b.live.active {
		// No undated unit has joined an incident yet: only the articles
		// with a dated unit have neighbours to follow.
		b.joinNeighbours(3, b.mixedArts)
		b.live.afterNeighbours(b, 3)
	} else {
		b.joinNeighbours(3, b.undatedArts)
	}

	// 4. Undated units without a weekday join the one dated incident whose
	// figure for the same camp and outcome they corroborate.
	if b.live != nil && b.live.active {
		b.live.joinByFigure(b)
	} else {
		b.joinByFigure(cands)
	}

	// 5. Their neighbours follow them.
	if b.live != nil && b.live.active {
		slices.Sort(b.joinedArts)
		b.joinNeighbours(5, mergeArts(b.mixedArts, slices.Compact(b.joinedArts)))
	} else {
		b.joinNeighbours(5, b.undatedArts)
	}

	// 6. The rest are undated incidents: adjacent units of one article with
	// overlapping camps and compatible places are one incident.
	undatedFrom := len(b.incidents)
	for _, ai := range b.undatedArts {
		var cur *incident
		for _, u := range b.byArticle[ai] {
			if u.inc != nil {
				cur = nil
				continue
			}
			if cur != nil && campsOverlap(u.camps, cur.camps) && placesTouch(u.places, cur.places) {
				cur.add(u)
			} else {
				cur = b.newIncident(u)
			}
			u.cur.step, u.cur.to = 6, cur.units[0]
		}
	}
	if b.live != nil {
		b.live.afterStep6(b, b.incidents[undatedFrom:])
	}

	// 7. Undated incidents that give no figure at all ("Russian specialists
	// were killed", told by several outlets) are one incident across
	// articles when their camps overlap, their places are compatible and
	// their articles were published within a week of each other (or have no
	// date). Incidents with figures never merge without a date: equal
	// numbers may be different events.
	b.mergeBareUndated()

	// 8. Undated incidents with figures join the one dated incident that
	// gives one of their figures now that step 4 and 5 joined units to it.
	b.joinUndatedByFigure()
}

// joinUndatedByFigure is step 8 of reconcile: an undated incident of one
// article that gives a figure, none of whose units names a weekday, joins
// the one dated incident in the window of its first unit (see inWindow),
// agreeing on camps and places, for which an article gives one of its
// figures (its camp and outcome; any camp's for a figure of an unnamed
// side) — the figures as step 8 finds them, those of the units steps 4 and
// 5 joined included: "the toll rose to 54", told without a place, joins
// the rally bombing of Sunday once another outlet's "killed 54 people and
// wounded nearly 200" joined it by its 200 wounded. The decisions are all
// made before any incident joins, and made afresh in a live
// reconciliation.
func (b *casualtyBuild) joinUndatedByFigure() {
	// Incidents with a unit naming a weekday are left: no day incident
	// of that weekday took it at step 2.
	joins := func(in *incident) bool {
		return !in.dated && in.units[0].cur.step == 6 && !slices.ContainsFunc(in.units, func(u *unit) bool { return u.weekday >= 0 })
	}
	if !slices.ContainsFunc(b.incidents, func(in *incident) bool {
		return joins(in) && slices.ContainsFunc(in.units, func(u *unit) bool { return len(u.figs) > 0 })
	}) {
		return
	}
	// The dated incidents by the figures their units give, in order of
	// start (articleFigs tells which articles give them); made when a
	// decision is first made afresh.
	var byFigure map[outcomeValue][]*incident
	index := func() {
		byFigure = b.arena.step8Index()
		for _, in := range b.incidents {
			if !in.dated {
				continue
			}
			for _, u := range in.units {
				for _, f := range u.figs {
					key := figureKey(f.outcome, f.value)
					if l := byFigure[key]; len(l) == 0 || l[len(l)-1] != in {
						byFigure[key] = append(l, in)
					}
				}
			}
		}
		for _, list := range byFigure {
			slices.SortFunc(list, compareStarts)
		}
	}
	decide := func(in *incident) *incident {
		if byFigure == nil {
			index()
		}
		u := in.units[0]
		var found *incident
		many := false
		for _, v := range in.units {
			for _, f := range v.figs {
				if f.camp < 0 && len(v.camps) > 0 {
					continue
				}
				for _, d := range startingBefore(byFigure[figureKey(f.outcome, f.value)], u, incidentStart) {
					if d == found || !inWindow(u, d) || !campsOverlap(in.camps, d.camps) || !placesCompatible(in.places, d.places) {
						continue
					}
					figs := d.articleFigs()
					if !slices.ContainsFunc(figs, func(k figKey) bool {
						return k.outcome == f.outcome && k.value == f.value && (f.camp < 0 || k.camp == f.camp)
					}) {
						continue
					}
					if found != nil {
						many = true
					}
					found = d
				}
			}
		}
		if many {
			return nil
		}
		if found == nil {
			found = b.tollInTown(in)
		}
		return found
	}
	type move struct{ from, to *incident }
	var moves []move
	lr := b.live
	for _, in := range b.incidents {
		if !joins(in) {
			continue
		}
		var to *incident
		if t, ok := lr.step8Again(in); ok {
			if t != nil {
				to = t.inc
			}
		} else {
			to = decide(in)
		}
		if lr != nil {
			f := in.units[0]
			for _, u := range in.units {
				u.s8.gen, u.s8.first = lr.gen, f
			}
			f.s8.n, f.s8.to = int32(len(in.units)), nil
			if to != nil {
				f.s8.to = to.units[0]
			}
		}
		if to != nil {
			moves = append(moves, move{in, to})
		}
	}
	if len(moves) == 0 {
		return
	}
	// The units keep what step 6 decided for them (see unitRec): a live
	// reconciliation compares its step 6 incidents with the last one's.
	for _, m := range moves {
		for _, u := range m.from.units {
			m.to.add(u)
		}
		m.from.units = m.from.units[:0] // its room serves the next reconciliation
	}
	b.incidents = slices.DeleteFunc(b.incidents, func(in *incident) bool { return len(in.units) == 0 })
	for i, in := range b.incidents {
		in.seq = i
	}
}

// unknownPlace reports whether nothing tells where p lies (see place).
func unknownPlace(p place) bool { return p.unknown }

// mayBeAt reports whether every place of a may be, or lie in, every place
// of b: compatible, or either unknown (see unknownPlace).
func mayBeAt(a, b []place) bool {
	for _, x := range a {
		for _, y := range b {
			if !x.compatible(y) && !unknownPlace(x) && !unknownPlace(y) {
				return false
			}
		}
	}
	return true
}

// corroboratedAtUnknown is the one incident a dated unit u at a place
// nothing locates (see unknownPlace), which joined none at step 1, is
// found to be by its figure: an incident of overlapping days and camps,
// whose places u's may lie in (see mayBeAt), that an article gives one of
// u's figures for (its camp and outcome). nil when none or more than one.
// active are the incidents step 1 keeps by camp.
func corroboratedAtUnknown(u *unit, active map[int32][]*incident) *incident {
	var found *incident
	for _, c := range u.camps {
		for _, in := range active[c] {
			if in == found || !overlapOK(u.start, u.end, in.start, in.end) || !mayBeAt(u.places, in.places) {
				continue
			}
			figs := in.articleFigs()
			if !slices.ContainsFunc(u.figs, func(f fig) bool {
				return f.camp >= 0 && slices.Contains(figs, figKey(f))
			}) {
				continue
			}
			if found != nil {
				return nil
			}
			found = in
		}
	}
	return found
}

// minNearFigure is the least figure that corroborates a report told a
// day apart from an incident, or of no told side (see corroboratedNear):
// smaller ones are too common to tell one incident.
const minNearFigure = 5

// corroboratedNear is the one incident a dated unit u at a place, which
// joined none at step 1, is found to be by a figure it gives, though told
// a day apart from it or of no told side: an incident of at most a week
// at places compatible with u's, starting at most a day after u ends and
// ending at most a day before u starts, whose camps overlap u's (any, for
// victims of no told side), for which an article gives one of u's figures
// of at least minNearFigure (for its camp or a kin camp, and outcome; any
// camp's for a figure of no told side). "86 martyrs" in Maghazi on December 25 are the
// 86 killed there late on the 24th; "21 dead" in Bogota, the 21 killed in
// the bombing there that day. nil when none or more than one. list are
// the incidents step 1 made that end at most a day before u starts, or
// after.
func corroboratedNear(u *unit, list []*incident) *incident {
	anyCamp := len(u.camps) == 1 && u.camps[0] == campUnknown
	placeless, least := len(u.places) == 0, minNearFigure
	if placeless {
		least = minMassFigure
	}
	var found *incident
	for _, in := range list {
		if in == found || !in.dated || in.start > u.end+1 || in.end < u.start-1 || in.end-in.start > 6 ||
			len(in.places) == 0 && !placeless || !anyCamp && !campsOverlap(u.camps, in.camps) || !atPlacesOf(u.places, in.places) {
			continue
		}
		figs := in.articleFigs()
		if !slices.ContainsFunc(u.figs, func(f fig) bool {
			return f.value >= least && slices.ContainsFunc(figs, func(k figKey) bool {
				return k.outcome == f.outcome && k.value == f.value &&
					(k.camp == f.camp || campsKin(k.camp, f.camp) || f.camp < 0 || f.camp == campUnknown || placeless && k.camp == campUnknown)
			})
		}) {
			continue
		}
		if found != nil {
			return nil
		}
		found = in
	}
	return found
}

// mergeDated ends step 1: an incident that agrees with an earlier one on
// days (see overlapOK), camps and places merges into the first such one,
// as the two may come to agree only once other units joined them ("13 U.S.
// troops" and "60 Afghans" killed at Kabul airport on Thursday, told
// before "150 people wounded" there joined the first). Places agree when
// one incident's may be the other's (see atPlacesOf), or when a place
// nothing locates stands in the way and the two give a figure of a named
// camp alike (as corroboratedAtUnknown joins a unit, whichever came
// first).
func (b *casualtyBuild) mergeDated() {
	if len(b.incidents) < 2 {
		return
	}
	// The incidents kept, by start: lists of entries chained from head
	// (an entry whose incident starts on another day since is stale).
	type entry struct {
		in   *incident
		next int32 // index of the next entry of the day + 1; 0: none
	}
	head := newDayHeads(b.incidents) // day -> index of its first entry + 1
	entries := make([]entry, 0, len(b.incidents))
	index := func(in *incident) {
		entries = append(entries, entry{in, head.get(in.start)})
		head.set(in.start, int32(len(entries)))
	}
	kept := b.incidents[:0]
	for _, in := range b.incidents {
		// Windows of one day to a week overlap a kept one starting at
		// most 6 days before; wider ones only one of the same start.
		lo, hi := in.start-6, in.end
		if in.end-in.start > 6 {
			lo, hi = in.start, in.start
		}
		var into *incident
		apart := in.apartOnly()
		for day := lo; day <= hi; day++ {
			for e := head.get(day); e != 0; e = entries[e-1].next {
				k := entries[e-1].in
				if k.start == day && (into == nil || k.seq < into.seq) &&
					overlapOK(in.start, in.end, k.start, k.end) && campsOverlap(in.camps, k.camps) &&
					(!apart && !k.apartOnly() && (atPlacesOf(in.places, k.places) || atPlacesOf(k.places, in.places)) ||
						mayBeAt(in.places, k.places) && shareFigure(in, k)) && !b.toldApart(in, k) {
					into = k
				}
			}
		}
		if into == nil && in.start == in.end {
			next := func(e int32) (*incident, int32) { return entries[e-1].in, entries[e-1].next }
			into = sameDayToll(in, head.get(in.start), next)
			if into == nil {
				into = weekToll(in, func(day int32) int32 { return head.get(day) }, next)
			}
			if into == nil {
				into = monthToll(in, func(day int32) int32 { return head.get(day) }, next)
			}
		}
		if into == nil {
			in.seq = len(kept)
			kept = append(kept, in)
			index(in)
			continue
		}
		start := into.start
		for _, u := range in.units {
			into.add(u)
		}
		if into.start != start {
			index(into)
		}
	}
	clear(b.incidents[len(kept):])
	b.incidents = kept
}

// tollInTown is the one dated incident an undated incident in of one
// article, which no figure joins, is found to be at step 8 by its toll
// and place: in is told at a place whose region is a town or area, not
// a country, the incident names (a quarter of a town: "Haï El Djilali" in
// Bentalha; a village of a province the incident is told at), the
// incident is in the window of in's first unit (see inWindow), their
// camps overlap and they give tolls alike (see tollsAlike: "98 dead" and
// the 85, 200 and 256 killed in Bentalha). nil when none or more than
// one.
func (b *casualtyBuild) tollInTown(in *incident) *incident {
	towns := false
	for _, p := range in.places {
		if narrowPlace(p) && p.region != "" {
			towns = true
		}
	}
	if !towns {
		return nil
	}
	u := in.units[0]
	var figs []figKey
	var found *incident
	for _, d := range b.incidents {
		if !d.dated || d == in || !inWindow(u, d) || !campsOverlap(in.camps, d.camps) ||
			!slices.ContainsFunc(in.places, func(p place) bool {
				return narrowPlace(p) && p.region != "" && slices.ContainsFunc(d.places, func(q place) bool {
					return narrowPlace(q) && q.name == p.region
				})
			}) {
			continue
		}
		if figs == nil {
			figs = appendFigs(nil, in.units)
		}
		if !tollsAlike(figs, d.articleFigs()) {
			continue
		}
		if found != nil {
			return nil
		}
		found = d
	}
	return found
}

// minMassFigure is the least toll by which two incidents of one day, a
// place nothing locates standing between them, are told to be one (see
// sameDayToll): tolls that high are rare enough on one day.
const minMassFigure = 20

// maxTollRatio bounds how far apart two outlets' tolls of one incident
// told on its day may be (the first count and the revised one, the
// police's and a hospital's).
const maxTollRatio = 4

// sameDayToll is the one incident kept on in's day (the entries chained
// from e, by next) that in is found to be by its toll, though a place
// nothing locates (see unknownPlace) stands between them and no figure is
// given alike: both last that one day, their camps overlap, their places
// may be one (see mayBeAt), one of them holds a revised toll (see
// revisedToll: its first figures were told otherwise) or they give tolls
// within a quarter of each other (see tollsClose: "35 Sikh villagers" in
// Kashmir and "Thirty-six Sikhs" in a village of it), and each gives,
// for one camp (or victims of no told side) and outcome, a toll of at
// least minMassFigure within maxTollRatio of the other's. "80 people" killed in a market in Khan Bani
// Saad on Friday and the toll of Friday's bombing in Diyala province
// that "rose to 115". nil when none or more than one.
func sameDayToll(in *incident, e int32, next func(e int32) (*incident, int32)) *incident {
	var p tollPick
	for e != 0 {
		k, n := next(e)
		e = n
		if k == p.found || k.start != in.start || k.end != in.end || !campsOverlap(in.camps, k.camps) || !mayBeAt(in.places, k.places) {
			continue
		}
		if !revisedIn(in) && !revisedIn(k) && !tollsClose(in, k) {
			continue
		}
		if p.offer(in, k) {
			return nil
		}
	}
	return p.found
}

// tollsClose reports whether an article of a and one of b give, for one
// camp (or victims of no told side) and outcome, tolls of at least
// minMassFigure within a quarter of each other (35 and 36 Sikhs killed):
// two outlets' first counts of one attack, though neither tells its toll
// as revised (see sameDayToll).
func tollsClose(a, b *incident) bool {
	return tollsWithin(a.articleFigs(), b.articleFigs(), 5, 4)
}

// tollPick finds the one incident whose toll is alike an incident's (see
// sameDayToll and weekToll).
type tollPick struct {
	figs  []figKey // the incident's figures, read on the first offer
	found *incident
}

// offer takes k as in's match when their tolls are alike (see
// tollsAlike). It reports true when the search must end with none: in
// gives no toll of minMassFigure or more, or a second incident matches.
func (p *tollPick) offer(in, k *incident) bool {
	if p.figs == nil {
		p.figs = in.articleFigs()
		if !slices.ContainsFunc(p.figs, func(f figKey) bool { return f.value >= minMassFigure }) {
			return true
		}
	}
	if !tollsAlike(p.figs, k.articleFigs()) {
		return false
	}
	if p.found != nil {
		return true
	}
	p.found = k
	return false
}

// tollsAlike reports whether figs and kf give, for one camp (or victims
// of no told side) and outcome, tolls of at least minMassFigure within
// maxTollRatio of each other.
func tollsAlike(figs, kf []figKey) bool {
	return tollsWithin(figs, kf, maxTollRatio, 1)
}

// tollsWithin reports whether figs and kf give, for one camp (or victims
// of no told side) and outcome, tolls of at least minMassFigure whose
// ratio is at most num/den.
func tollsWithin(figs, kf []figKey, num, den int) bool {
	return slices.ContainsFunc(figs, func(f figKey) bool {
		return f.value >= minMassFigure && slices.ContainsFunc(kf, func(g figKey) bool {
			return g.outcome == f.outcome && g.value >= minMassFigure && campsAgree(f.camp, g.camp) &&
				den*max(f.value, g.value) <= num*min(f.value, g.value)
		})
	})
}

// campsAgree reports whether two figures' camps may be one: the same, or
// either of no told side.
func campsAgree(a, b int32) bool {
	return a == b || a == campUnknown || b == campUnknown
}

// weekToll is the one incident kept that a one-day incident in is found
// to be by its toll, as sameDayToll finds one of its day, when the other
// is a revised toll dated only to a window of days up to a week holding
// in's day ("the death toll from last week's rebel attack on a train has
// climbed to 252", and the 171 killed on the Friday of that week): the
// kept incident starts in the 6 days before in's, ends on in's day or
// after, lasts at most a week, holds a revised toll (see revisedToll) and
// no other day incident's units, its camps overlap in's, their places may
// be one (see mayBeAt) and they give tolls alike (see tollsAlike). heads
// gives the first entry of the incidents kept that start on a day, next
// an entry's incident and the next entry of its day. nil when none or
// more than one.
func weekToll(in *incident, heads func(day int32) int32, next func(e int32) (*incident, int32)) *incident {
	var p tollPick
	for day := in.start - 6; day < in.start; day++ {
		for e := heads(day); e != 0; {
			k, n := next(e)
			e = n
			if k == p.found || k.start != day || k.end < in.start || k.end-k.start > 6 ||
				!campsOverlap(in.camps, k.camps) || !mayBeAt(in.places, k.places) || !weekRevised(k) {
				continue
			}
			if p.offer(in, k) {
				return nil
			}
		}
	}
	return p.found
}

// maxMonthWindow is the widest window of days, a month's, a revised toll
// dated only to it may be told for an incident of one of its days (see
// monthToll).
const maxMonthWindow = 31

// monthToll is the one incident kept that a one-day incident in is found
// to be by its toll, as weekToll finds one, when the other is a revised
// toll dated only to a window wider than a week and up to a month holding
// in's day, told at a town ("MSF has raised the number of people killed
// in the US air strike on its trauma centre in Kunduz last month to 30",
// and the 22 killed at the Kunduz hospital on the third of that month):
// the kept incident starts in the maxMonthWindow days before in's or on
// it, ends on in's day or after, holds a revised toll and no other day
// incident's units (see weekRevised), names a town or area all of whose
// places are compatible with in's (see placesCompatible), its camps
// overlap in's and its toll rises from one of in's (see tollRisesFrom).
// heads and next are weekToll's. nil when none or more than one.
func monthToll(in *incident, heads func(day int32) int32, next func(e int32) (*incident, int32)) *incident {
	var found *incident
	var figs []figKey
	for day := in.start - maxMonthWindow; day <= in.start; day++ {
		for e := heads(day); e != 0; {
			k, n := next(e)
			e = n
			if k == found || k.start != day || k.end < in.start || k.end-k.start <= 6 || k.end-k.start >= maxMonthWindow ||
				!slices.ContainsFunc(k.places, narrowPlace) || !campsOverlap(in.camps, k.camps) ||
				!placesCompatible(k.places, in.places) || !weekRevised(k) {
				continue
			}
			if figs == nil {
				figs = in.articleFigs()
			}
			if !tollRisesFrom(k.articleFigs(), figs) {
				continue
			}
			if found != nil {
				return nil
			}
			found = k
		}
	}
	return found
}

// tollRisesFrom reports whether revised gives, for one camp (or victims
// of no told side) and outcome, a toll of at least minMassFigure that
// rises from one of at least minNearFigure figs give, by at most
// maxTollRatio times (a revised toll of 30 dead and the first count of 9
// or 19).
func tollRisesFrom(revised, figs []figKey) bool {
	return slices.ContainsFunc(revised, func(f figKey) bool {
		return f.value >= minMassFigure && slices.ContainsFunc(figs, func(g figKey) bool {
			return g.outcome == f.outcome && g.value >= minNearFigure && g.value <= f.value &&
				campsAgree(f.camp, g.camp) && f.value <= maxTollRatio*g.value
		})
	})
}

// weekRevised reports whether the incident is told only by units dated to
// its window of days, one of which tells a revised toll (see weekToll).
func weekRevised(in *incident) bool {
	return revisedIn(in) && !slices.ContainsFunc(in.units, func(u *unit) bool { return u.start == u.end })
}

// revisedIn reports whether a unit of in tells a revised toll.
func revisedIn(in *incident) bool {
	return slices.ContainsFunc(in.units, func(u *unit) bool { return u.revised })
}

// shareFigure reports whether an article of a and one of b give the same
// figure for a named camp and outcome.
func shareFigure(a, b *incident) bool {
	fb := b.articleFigs()
	return slices.ContainsFunc(a.articleFigs(), func(k figKey) bool {
		return k.camp >= 0 && slices.ContainsFunc(fb, func(j figKey) bool {
			return j.outcome == k.outcome && j.value == k.value && j.camp >= 0 && campsAgree(j.camp, k.camp)
		})
	})
}

// dayHeads maps the days incidents start on to an int32: a slice over
// their span when it is under maxDaySpan days, else a map.
type dayHeads struct {
	first int32
	slots []int32
	m     map[int32]int32
}

const maxDaySpan = 1 << 16

func newDayHeads(incs []*incident) dayHeads {
	lo, hi := incs[0].start, incs[0].start
	for _, in := range incs {
		lo, hi = min(lo, in.start), max(hi, in.start)
	}
	if int64(hi)-int64(lo) < maxDaySpan {
		return dayHeads{first: lo, slots: make([]int32, hi-lo+1)}
	}
	return dayHeads{m: make(map[int32]int32, len(incs))}
}

func (h *dayHeads) get(day int32) int32 {
	if h.m != nil {
		return h.m[day]
	}
	if i := int64(day) - int64(h.first); i >= 0 && i < int64(len(h.slots)) {
		return h.slots[i]
	}
	return 0
}

// set sets day's value (a day outside the slice's span turns it into a
// map).
func (h *dayHeads) set(day, v int32) {
	if h.m == nil {
		if i := int64(day) - int64(h.first); i >= 0 && i < int64(len(h.slots)) {
			h.slots[i] = v
			return
		}
		h.m = make(map[int32]int32, len(h.slots))
		for i, x := range h.slots {
			if x != 0 {
				h.m[h.first+int32(i)] = x
			}
		}
	}
	h.m[day] = v
}

// revisedBefore is how many days before a revised toll's date its
// incident may have happened.
const revisedBefore = 7

// revisedIncident is the one dated incident a revised toll u at a place
// revises: an incident of at most a week that ended in the revisedBefore
// days before u starts, with a place compatible with u's and camps
// overlapping u's ("the toll from the bombing of the Peshawar mosque rose
// to 100 on Tuesday", the bombing told on Monday). nil when none or more
// than one. lists are the incidents step 1 keeps active (all, for u
// without camps; else by camp, -1 for incidents without one).
func revisedIncident(u *unit, all []*incident, active map[int32][]*incident) *incident {
	var found *incident
	ok := true
	// Victims of no told side ("has risen to 86 martyrs") may be any
	// camp's.
	anyCamp := len(u.camps) == 1 && u.camps[0] == campUnknown
	consider := func(list []*incident) {
		for _, in := range list {
			if in == found || !in.dated || in.end >= u.start || in.end < u.start-revisedBefore || in.end-in.start > 6 ||
				len(in.places) == 0 || !anyCamp && !campsOverlap(u.camps, in.camps) || !atPlacesOf(u.places, in.places) {
				continue
			}
			if found != nil {
				ok = false
				return
			}
			found = in
		}
	}
	switch {
	case len(u.camps) == 0, anyCamp:
		consider(all)
	default:
		for c, list := range active {
			if c >= 0 && slices.ContainsFunc(u.camps, func(k int32) bool { return k == c || campsKin(c, k) }) {
				consider(list)
			}
		}
		consider(active[-1])
	}
	if !ok {
		return nil
	}
	return found
}

// joinByFigure is step 4 of reconcile: each undated unit without a weekday
// that gives a figure joins the one dated incident that is in its window
// (see inWindow), agrees on camps and places, and has an article giving
// the same figure for the same camp and outcome (any camp's, for a figure
// of an unnamed side) — the incidents' figures as they stand when the step
// starts, not as units join them. A unit at a place whose figure no such
// incident gives joins the one incident it follows up (see followsUp), or,
// when no incident in its window is at a place compatible with its, the one
// incident without a place whose toll it revises (see revisesUnplaced). A
// unit at a place nothing locates may give a named camp's figure at the
// incident's places (see figureAt). The dated incidents are indexed by the
// outcomes and values of those figures, each list in order of start, so
// that a unit of an article with a publication date looks only at the
// incidents giving its figure that start in its window before it (see
// windowDays).
func (b *casualtyBuild) joinByFigure(cands []*incident) {
	if !slices.ContainsFunc(b.units, func(u *unit) bool { return u.inc == nil && u.weekday < 0 && len(u.figs) > 0 }) {
		return
	}
	// The dated incidents with their figures as the step finds them.
	type datedFigs struct {
		in   *incident
		figs []figKey
		arts int // the articles telling it (see tellingArticles)
	}
	var dated []datedFigs
	for _, in := range b.incidents {
		if in.dated {
			dated = append(dated, datedFigs{in, in.articleFigs(), tellingArticles(in.units)})
		}
	}
	slices.SortFunc(dated, func(x, y datedFigs) int { return compareStarts(x.in, y.in) })
	byFigure := map[outcomeValue][]datedFigs{}
	for _, d := range dated {
		for i, k := range d.figs {
			if slices.ContainsFunc(d.figs[:i], func(j figKey) bool { return j.outcome == k.outcome && j.value == k.value }) {
				continue // listed under this figure already
			}
			key := figureKey(k.outcome, k.value)
			byFigure[key] = append(byFigure[key], d)
		}
	}
	datedStart := func(d datedFigs) int32 { return d.in.start }
	for _, u := range b.units {
		if u.inc != nil || u.weekday >= 0 || len(u.figs) == 0 {
			continue
		}
		cands = cands[:0]
		for _, f := range u.figs {
			if f.camp < 0 && len(u.camps) > 0 {
				continue
			}
			for _, d := range startingBefore(byFigure[figureKey(f.outcome, f.value)], u, datedStart) {
				if in := d.in; (f.camp < 0 || slices.Contains(d.figs, figKey(f))) && !slices.Contains(cands, in) &&
					inWindow(u, in) && campsOverlap(u.camps, in.camps) && figureAt(u, in, f.camp >= 0) {
					cands = append(cands, in)
				}
			}
		}
		if len(cands) == 0 && len(u.places) > 0 {
			// A revised toll, or a report at a town, whose figure no
			// incident gives ("has risen to 274"): the one incident it
			// follows up (see followsUp).
			window := startingBefore(dated, u, datedStart)
			for _, d := range window {
				if followsUp(u, d.in) {
					cands = append(cands, d.in)
				}
			}
			cands = atItsTowns(u, cands)
			if len(cands) == 0 {
				// No incident at a place it may be: the one that names
				// no place and whose toll it revises (see revisesUnplaced).
				for _, d := range window {
					if revisesUnplaced(u, d.in, d.figs) {
						cands = append(cands, d.in)
					}
				}
			}
		}
		if len(cands) == 0 && len(u.places) == 0 && u.revised {
			// A revised toll told at no place ("the death toll from an
			// airstrike on a prison rose to 87"): the one incident whose
			// toll it revises (see revisesToll).
			for _, d := range startingBefore(dated, u, datedStart) {
				if revisesToll(u, d.in, d.figs, d.arts) {
					cands = append(cands, d.in)
				}
			}
		}
		if len(cands) == 1 {
			b.join(cands[0], u, 4)
		}
	}
}

// revisedTollAtNoPlace is the one incident a dated revised toll u told at
// no place revises, as joinByFigure finds one for an undated toll (see
// revisesToll): an incident of at most a week that ended in the
// revisedBefore days before u starts ("the toll from an attack on a
// displaced persons' camp rose to at least 42 on Saturday", and the 37
// killed at Alindao on Thursday). nil when none or more than one. all are
// the incidents step 1 made.
func revisedTollAtNoPlace(u *unit, all []*incident) *incident {
	var found *incident
	for _, in := range all {
		if in == found || !in.dated || in.end >= u.start || in.end < u.start-revisedBefore || in.end-in.start > 6 ||
			!revisesToll(u, in, in.articleFigs(), tellingArticles(in.units)) {
			continue
		}
		if found != nil {
			return nil
		}
		found = in
	}
	return found
}

// minTollArticles is the fewest articles an incident needs for a revised
// toll told at no place to revise its toll (see revisesToll).
const minTollArticles = 2

// tellingArticles counts the articles of units, up to minTollArticles+1.
func tellingArticles(units []*unit) int {
	var arts [minTollArticles]*artView
	n := 0
	for _, u := range units {
		if !slices.Contains(arts[:n], u.art) {
			if n == len(arts) {
				return n + 1
			}
			arts[n] = u.art
			n++
		}
	}
	return n
}

// revisesToll reports whether an undated revised toll u told at no place
// (see revisedToll) may revise the toll of the dated incident in: in is
// in u's window (see inWindow), its camps overlap u's (any, for victims
// of no told side), and an article of in gives, for the outcome and camp
// of one of u's figures (or victims of no told side), a toll of at least
// minMassFigure below u's and within maxTollRatio of it (figs, as step 4
// found them): "rose to 87", and the 70 killed at the prison the day
// before. Matched by its magnitude alone, u takes only an incident at
// least minTollArticles articles tell (arts, as step 4 found them), not
// one told by a single report. joinByFigure joins u to such an incident
// when it is the only one.
func revisesToll(u *unit, in *incident, figs []figKey, arts int) bool {
	if !u.revised || len(u.places) > 0 || !in.dated || arts < minTollArticles || !inWindow(u, in) ||
		!campsOverlap(u.camps, in.camps) && !(len(u.camps) == 1 && u.camps[0] == campUnknown) {
		return false
	}
	for _, f := range u.figs {
		if f.value < minMassFigure {
			continue
		}
		if slices.ContainsFunc(figs, func(k figKey) bool {
			return k.outcome == f.outcome && campsAgree(k.camp, f.camp) &&
				k.value >= minMassFigure && k.value < f.value && f.value <= maxTollRatio*k.value
		}) {
			return true
		}
	}
	return false
}

// figureAt reports whether an undated unit u that gives a figure of the
// incident in (for a named camp, when named) may tell it at its places:
// they are compatible with in's, or, for a figure of a named camp, u is at
// a place nothing locates (see unknownPlace) that may lie in in's places
// (see mayBeAt): "a bombing at the same station killed 75 people", told
// at Nyanya, and the 75 killed in Abuja (as corroboratedAtUnknown joins
// dated units); or u names only places in names, a town among them
// ("100 people killed in the village of Bekuji", and the 100 killed at
// Bekoji, Bekuji and in the Bulen district nothing puts it in).
func figureAt(u *unit, in *incident, named bool) bool {
	return placesCompatible(u.places, in.places) ||
		named && slices.ContainsFunc(u.places, unknownPlace) && mayBeAt(u.places, in.places) ||
		len(u.places) > 0 && namesNoOther(u, in)
}

// startingBefore returns the part of list, sorted by start, that starts
// in the windowDays(u) days before the publication of u's article, or all
// of list when it has no publication date (see inWindow).
func startingBefore[T any](list []T, u *unit, start func(T) int32) []T {
	if !u.art.hasPub {
		return list
	}
	byStart := func(x T, day int32) int { return cmp.Compare(start(x), day) }
	lo, _ := slices.BinarySearchFunc(list, u.art.pub-windowDays(u), byStart)
	hi, _ := slices.BinarySearchFunc(list[lo:], u.art.pub+1, byStart)
	return list[lo : lo+hi]
}

func incidentStart(in *incident) int32 { return in.start }

// followsUp reports whether an undated unit u at a place may follow up
// the dated incident in, though no article of in gives u's figure: in is
// in u's window (see inWindow) at a place compatible with u's, with camps
// overlapping (victims of no told side, "80 martyrs", may be any camp's),
// and either u revises a toll (see revisedToll: "has risen to
// 274"; at a place nothing locates, which in names, its places may also
// be in's otherwise (see atPlacesOf): "the toll of the carnage in Nellie
// rose to 1,383", and the massacre at "Nellie, Nowgong" and in
// "Nowgong, Assam"), or in started on the day u's article was published or the two
// days before at the very town or area u names ("killed more than 100 in
// Homs", told the day after Thursday's attack on Homs), unless u is dated
// only as days or weeks from another event (see daysApart). Bare countries
// and wide areas name no town.
func followsUp(u *unit, in *incident) bool {
	if len(in.places) == 0 || !inWindow(u, in) || !placesCompatible(u.places, in.places) && !(u.revised && atPlacesOf(u.places, in.places)) ||
		!campsOverlap(u.camps, in.camps) && !(len(u.camps) == 1 && u.camps[0] == campUnknown) {
		return false
	}
	if u.revised {
		return true
	}
	// A unit told as days or weeks from another event tells an earlier
	// incident than the article's ("came two days after a shell hit a
	// trolleybus stop in Donetsk, killing 13"), not the recent one at its
	// town.
	if u.apart || !u.art.hasPub || in.start < u.art.pub-2 {
		return false
	}
	for _, p := range u.places {
		if p.wide || p.country == p.name || !slices.ContainsFunc(in.places, func(q place) bool { return q.name == p.name || (p.base != "" && q.base == p.base) }) {
			return false
		}
	}
	return true
}

// revisesUnplaced reports whether a revised toll u at a place (see
// revisedToll) may revise the toll of the dated incident in that names no
// place, told before the place was ("two car bombs killed eight people on
// Saturday", then "the toll from the bombing at Zobe junction has risen to
// 121"): in is in u's window (see inWindow), its camps overlap u's, and
// an article of in gives a lower figure (figs, as step 4 found them) for
// the camp and outcome of one of u's. joinByFigure looks at such incidents
// only when no incident at a place compatible with u's is in its window.
func revisesUnplaced(u *unit, in *incident, figs []figKey) bool {
	if !u.revised || len(in.places) > 0 || !inWindow(u, in) || !campsOverlap(u.camps, in.camps) {
		return false
	}
	for _, f := range u.figs {
		if slices.ContainsFunc(figs, func(k figKey) bool { return k.camp == f.camp && k.outcome == f.outcome && k.value < f.value }) {
			return true
		}
	}
	return false
}

// compareStarts orders dated incidents by start, then as they were made.
func compareStarts(x, y *incident) int {
	return cmp.Or(cmp.Compare(x.start, y.start), cmp.Compare(x.seq, y.seq))
}

// join adds an undated unit to a dated incident at a step of reconcile.
func (b *casualtyBuild) join(in *incident, u *unit, step uint8) {
	in.add(u)
	u.cur.step, u.cur.to = step, in.units[0]
	if step == 4 {
		b.joinedArts = append(b.joinedArts, u.artIndex)
	}
}

// mergeArts merges two sorted lists of article indexes without repeats.
func mergeArts(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || (i < len(a) && a[i] < b[j]):
			out = append(out, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i, j = i+1, j+1
		}
	}
	return out
}

// mergeBareUndated is step 7 of reconcile.
//
// Each bare incident merges into the first kept one (in the order they were
// kept) that it may join. Kept incidents are indexed by the earliest
// publication date of their articles, so that only those published within
// a week are looked at; those without any publication date are looked at
// always, and every kept one when the incident has no publication date.
// keptInc is an incident step 7 of reconcile keeps: others may merge
// into it.
type keptInc struct {
	in       *incident
	lo, hi   int32 // earliest and latest publication of its articles
	pub      bool  // some article has a publication date
	index    int   // order in which it was kept
	bucketLo int32 // the lo it is indexed under
}

// keptArena lends the keptIncs of the reconciliations of live builds, in
// blocks, used again by the next reconciliation.
type keptArena struct {
	blocks [][]keptInc
	used   int
}

// get lends a keptInc set to k.
func (a *keptArena) get(k keptInc) *keptInc {
	if a.used == len(a.blocks)*arenaBlock {
		a.blocks = append(a.blocks, make([]keptInc, arenaBlock))
	}
	p := &a.blocks[a.used/arenaBlock][a.used%arenaBlock]
	a.used++
	*p = k
	return p
}

func (b *casualtyBuild) mergeBareUndated() {
	bare := func(in *incident) bool {
		if in.dated {
			return false
		}
		for _, u := range in.units {
			if len(u.figs) > 0 {
				return false
			}
		}
		return true
	}
	pubs := func(in *incident) (lo, hi int32, ok bool) {
		for _, u := range in.units {
			if !u.art.hasPub {
				continue
			}
			if !ok {
				lo, hi, ok = u.art.pub, u.art.pub, true
				continue
			}
			lo, hi = min(lo, u.art.pub), max(hi, u.art.pub)
		}
		return lo, hi, ok
	}
	var kept []*keptInc
	var noPub []*keptInc // kept ones without a publication date
	// byLo indexes the kept ones with a publication date by lo, once a
	// decision needs it: a live reconciliation takes most decisions again.
	var byLo map[int32][]*keptInc
	index := func(k *keptInc) {
		if byLo != nil {
			byLo[k.bucketLo] = append(byLo[k.bucketLo], k)
		}
	}
	merged := false
	for _, in := range b.incidents {
		if !bare(in) {
			continue
		}
		lo, hi, ok := pubs(in)
		// near: every pair of articles, one of each, published within a
		// week of each other (or without a date).
		fits := func(k *keptInc) bool {
			return (!ok || !k.pub || (k.lo >= hi-7 && k.hi <= lo+7)) &&
				campsOverlap(in.camps, k.in.camps) && placesTouch(in.places, k.in.places)
		}
		var into *keptInc
		consider := func(k *keptInc) {
			if (into == nil || k.index < into.index) && fits(k) {
				into = k
			}
		}
		first := in.units[0]
		replayed := false
		if to, same := b.live.mergeOf(in, first, lo, hi); same {
			// The same decision as the last reconciliation's.
			if to == first {
				replayed = true
			} else if k := kept[to.inc.kept-1]; fits(k) {
				into, replayed = k, true
			}
		}
		switch {
		case replayed:
		case !ok:
			for _, k := range kept {
				if fits(k) {
					into = k
					break
				}
			}
		default:
			for _, k := range noPub {
				if !k.pub {
					consider(k)
				}
			}
			if byLo == nil {
				byLo = map[int32][]*keptInc{}
				for _, k := range kept {
					if k.pub {
						index(k)
					}
				}
			}
			for day := hi - 7; day <= lo+7; day++ {
				for _, k := range byLo[day] {
					if k.bucketLo == day {
						consider(k)
					}
				}
			}
		}
		if b.live != nil {
			to := first
			if into != nil {
				to = into.in.units[0]
			}
			b.live.merged(in, first, to, ok, lo, replayed)
		}
		if into == nil {
			k := keptInc{in: in, lo: lo, hi: hi, pub: ok, index: len(kept), bucketLo: lo}
			var kp *keptInc
			if b.arena != nil {
				kp = b.arena.kept.get(k)
			} else {
				kp = new(keptInc)
				*kp = k
			}
			kept = append(kept, kp)
			in.kept = int32(len(kept))
			if ok {
				index(kp)
			} else {
				noPub = append(noPub, kp)
			}
			continue
		}
		for _, u := range in.units {
			into.in.add(u)
		}
		in.units = in.units[:0] // its room serves the next reconciliation
		merged = true
		if ok {
			wasPub := into.pub
			if !wasPub {
				into.lo, into.hi, into.pub = lo, hi, true
			} else {
				into.lo, into.hi = min(into.lo, lo), max(into.hi, hi)
			}
			// Entries under an older lo are skipped by their bucketLo.
			if !wasPub || into.bucketLo != into.lo {
				into.bucketLo = into.lo
				index(into)
			}
		}
	}
	if !merged {
		return
	}
	b.incidents = slices.DeleteFunc(b.incidents, func(in *incident) bool { return len(in.units) == 0 })
	for i, in := range b.incidents {
		in.seq = i
	}
}

// corroborated keeps the candidates for which one of u's figures equals an
// article's figure for the same camp and outcome.
func corroborated(u *unit, cands []*incident) []*incident {
	out := cands[:0:0]
	for _, in := range cands {
		figs := in.articleFigs()
		for _, f := range u.figs {
			if f.camp >= 0 && slices.Contains(figs, figKey(f)) {
				out = append(out, in)
				break
			}
		}
	}
	return out
}

// yearTally reports whether a casualty claim is a year's tally: dated to
// a window of a year or more, at no place or at a country ("Violence
// between Dogon and Fulani communities killed some 500 people in Mali
// last year"), a war's figure however its scope was read, no incident's.
func yearTally(pc *pclaim) bool {
	return pc.dated && pc.end-pc.start >= 364 && (pc.place.name == "" || pc.place.country == pc.place.name || pc.place.wide)
}

// articleUnits groups an article's casualty claims of scope incident into
// its units (one per statement, in statement order) and returns its
// cumulative claims apart, both in span order.
func articleUnits(art *artView, claims []*pclaim) (units []*unit, cumulative []*pclaim) {
	var group []*pclaim
	for _, pc := range claims {
		if pc.c.Kind != extract.KindCasualty {
			continue
		}
		if pc.c.Scope == extract.ScopeCumulative || yearTally(pc) {
			cumulative = append(cumulative, pc)
			continue
		}
		group = append(group, pc)
	}
	slices.SortStableFunc(group, func(x, y *pclaim) int { return cmp.Compare(x.c.Statement, y.c.Statement) })
	for i := 0; i < len(group); {
		j := i + 1
		for j < len(group) && group[j].c.Statement == group[i].c.Statement {
			j++
		}
		u := newUnit(art, group[i].c.Statement, group[i:j:j])
		u.pos = len(units)
		units = append(units, u)
		i = j
	}
	return units, cumulative
}

// reconcileUnits assigns the units of the articles (in article order; each
// article's units as articleUnits made them) to incidents. Units left from
// an earlier reconciliation are reset first.
func reconcileUnits(perArt [][]*unit) *casualtyBuild { return reconcileSorted(perArt, nil, nil, nil) }

// incArena lends incidents to the reconciliations of live builds: those of
// one reconciliation, and their slices, are used again by the next, when
// nothing refers to them any more (rendered incidents are copies).
type incArena struct {
	blocks [][]incident
	used   int
	// The slices of the last reconciliation, whose room the next one
	// uses again.
	units       []*unit
	byArticle   [][]*unit
	incidents   []*incident
	undatedArts []int
	mixedArts   []int
	kept        keptArena
	// The index of step 8 (joinUndatedByFigure), cleared and filled
	// again: its lists keep their room.
	byFigure map[outcomeValue][]*incident
}

// outcomeValue is a figure's outcome and value, whatever its camp, as
// one word (a map key of the fast kind).
type outcomeValue uint64

func figureKey(outcome outcomeCode, value int) outcomeValue {
	return outcomeValue(uint64(outcome)<<56 | uint64(uint32(value)))
}

// step8Index returns the index of joinUndatedByFigure, empty: a new one
// without an arena, else the arena's, cleared (its lists keep their room
// unless there came to be too many).
func (a *incArena) step8Index() map[outcomeValue][]*incident {
	if a == nil {
		return map[outcomeValue][]*incident{}
	}
	if a.byFigure == nil || len(a.byFigure) > 1<<12 {
		a.byFigure = map[outcomeValue][]*incident{}
	}
	for k, l := range a.byFigure {
		clear(l)
		a.byFigure[k] = l[:0]
	}
	return a.byFigure
}

const arenaBlock = 256

// reset takes back every incident lent.
func (a *incArena) reset() { a.used, a.kept.used = 0, 0 }

// clearTail zeroes what s holds from n on, so that it is not kept alive
// by the room a slice reusing s's array has past its length.
func clearTail[T any](s []T, n int) {
	if n < len(s) {
		clear(s[n:])
	}
}

// get lends an incident, zero but for the capacity of its slices.
func (a *incArena) get() *incident {
	if a.used == len(a.blocks)*arenaBlock {
		a.blocks = append(a.blocks, make([]incident, arenaBlock))
	}
	in := &a.blocks[a.used/arenaBlock][a.used%arenaBlock]
	a.used++
	*in = incident{camps: in.camps[:0], places: in.places[:0], units: in.units[:0]}
	return in
}

// reconcileSorted is reconcileUnits given the dated units of the articles
// already sorted by compareDatedUnits (nil sorts them), an arena to take
// the incidents from (nil allocates them) and, for a live build, what
// follows the live reconciliations (nil: none).
func reconcileSorted(perArt [][]*unit, dated []*unit, arena *incArena, live *liveReconcile) *casualtyBuild {
	n := 0
	for _, units := range perArt {
		n += len(units)
	}
	b := &casualtyBuild{dated: dated, arena: arena, live: live}
	if arena != nil {
		arena.reset()
		b.units, b.byArticle, b.incidents = arena.units[:0], arena.byArticle[:0], arena.incidents[:0]
		b.undatedArts, b.mixedArts = arena.undatedArts[:0], arena.mixedArts[:0]
	} else {
		b.units, b.byArticle = make([]*unit, 0, n), make([][]*unit, 0, len(perArt))
	}
	var gen uint64
	if live != nil {
		gen = live.begin()
	}
	for _, units := range perArt {
		if len(units) == 0 {
			continue
		}
		undated, dated := false, false
		for _, u := range units {
			u.inc = nil
			u.artIndex = len(b.byArticle)
			u.seen, u.cur = gen, unitRec{}
			undated = undated || !u.dated
			dated = dated || u.dated
		}
		if undated {
			b.undatedArts = append(b.undatedArts, len(b.byArticle))
			if dated {
				b.mixedArts = append(b.mixedArts, len(b.byArticle))
			}
		}
		b.units = append(b.units, units...)
		b.byArticle = append(b.byArticle, units)
	}
	b.reconcile()
	if live != nil {
		live.record(b)
	}
	if arena != nil {
		// What the slices held past their new length is not kept alive.
		clearTail(arena.units, len(b.units))
		clearTail(arena.byArticle, len(b.byArticle))
		arena.units, arena.byArticle, arena.incidents = b.units, b.byArticle, b.incidents
		arena.undatedArts, arena.mixedArts = b.undatedArts, b.mixedArts
	}
	return b
}

// buildCasualties turns the prepared claims into the casualty model.
//
// With joinsOnly it stops after reconciliation and returns only the weekday
// joins (the first pass of anchoring).
func buildCasualties(arts []*artView, claims [][]*pclaim, sides *sideTable, joinsOnly bool) (Casualties, []*incident, []weekdayJoin) {
	m := Casualties{Cumulative: []Report{}, Incidents: []Incident{}, Totals: Totals{BySide: map[string]SideTotal{}}}
	perArt := make([][]*unit, len(arts))
	for ai, art := range arts {
		var cum []*pclaim
		perArt[ai], cum = articleUnits(art, claims[ai])
		for _, pc := range cum {
			m.Cumulative = append(m.Cumulative, report(pc))
		}
	}
	b := reconcileUnits(perArt)
	if joinsOnly {
		return m, nil, b.joins
	}

	for _, in := range b.incidents {
		inc := in.model(sides)
		for _, s := range inc.BySide {
			t := m.Totals.BySide[s.Side]
			if s.Killed.Best != nil {
				t.Killed += *s.Killed.Best
			}
			if s.Wounded.Best != nil {
				t.Wounded += *s.Wounded.Best
			}
			m.Totals.BySide[s.Side] = t
		}
		m.Incidents = append(m.Incidents, inc)
	}
	order := make([]int, len(m.Incidents))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(x, y int) int { return compareDated(&m.Incidents[x], &m.Incidents[y]) })
	sorted := make([]Incident, len(order))
	sortedIn := make([]*incident, len(order))
	for i, k := range order {
		sorted[i] = m.Incidents[k]
		sortedIn[i] = b.incidents[k]
	}
	m.Incidents = sorted
	return m, sortedIn, b.joins
}

func compareDated(x, y *Incident) int {
	switch {
	case x.DateStart == nil && y.DateStart != nil:
		return 1
	case x.DateStart != nil && y.DateStart == nil:
		return -1
	case x.DateStart != nil && *x.DateStart != *y.DateStart:
		return strings.Compare(*x.DateStart, *y.DateStart)
	}
	return strings.Compare(x.ID, y.ID)
}

func report(pc *pclaim) Report {
	c := pc.c
	r := Report{
		ArticleID:    c.ArticleID,
		AttributedTo: c.AttributedTo,
		ClaimID:      c.ID,
		Outcome:      c.Outcome,
		Outlet:       pc.art.outlet,
		Quote:        c.Quote,
	}
	if c.Count != nil {
		r.Count = c.Count.Value
		r.Qualifier = c.Count.Qualifier
	}
	if c.Victims != nil {
		r.Side = c.Victims.Side
	}
	return r
}

// campUnknown is the camp of victims whose side the text does not tell.
const campUnknown = 999

// sideTable names camps: known sides map to their camp, others get a camp
// of their own for the length of one build.
type sideTable struct {
	extra map[string]int32
}

// number gives a prepared claim the camps of its victims and, for an
// event, of its actor.
func (t *sideTable) number(pc *pclaim) {
	c := pc.c
	if c.Victims != nil {
		pc.camp = t.camp(c.Victims.Side)
	}
	if c.Kind == extract.KindEvent {
		pc.actor = t.camp(partyName(c.Actor))
	}
}

func (t *sideTable) camp(side string) int32 {
	switch side {
	case "":
		return -1
	case extract.SideUnknown:
		return campUnknown
	}
	if c, ok := lookupLower(camps, side); ok {
		return c
	}
	if c, ok := lookupLower(t.extra, side); ok {
		return c
	}
	if t.extra == nil {
		t.extra = map[string]int32{}
	}
	c := int32(1000 + len(t.extra))
	if armedGroup(side) {
		c += campGroup - 1000
	}
	t.extra[strings.ToLower(side)] = c
	return c
}

// armedGroup reports whether a side outside the camps table names an armed
// group ("al-Shabaab", "Islamic State", "M23"), not a state's forces
// ("Somali military", "government forces"), nor a people, nor a role
// ("police", "pro-government militia").
func armedGroup(side string) bool {
	switch side {
	case extract.SideCivilians, extract.SidePolice, extract.SideProGovMilitia, extract.SideGovernment, extract.SideUnknown:
		return false
	}
	return !strings.HasSuffix(side, " military") && !strings.HasSuffix(side, " forces") && !strings.HasSuffix(side, " government") &&
		!strings.HasSuffix(side, " police") && !strings.HasSuffix(side, " civilians")
}

// shortID is a stable id from a prefix and a key.
func shortID(prefix, key string) string {
	h := sha256.Sum256([]byte(key))
	var buf [32]byte
	return string(hex.AppendEncode(append(buf[:0], prefix...), h[:8]))
}

// model renders an incident.
func (in *incident) model(sides *sideTable) Incident {
	inc := Incident{BySide: []SideFigures{}, Reports: []Report{}}
	var all []*pclaim
	for _, u := range in.units {
		all = append(all, u.claims...)
	}
	slices.SortFunc(all, compareInArticles)
	minID := ""
	var names []string
	for _, pc := range all {
		inc.Reports = append(inc.Reports, report(pc))
		if minID == "" || pc.c.ID < minID {
			minID = pc.c.ID
		}
		if pc.place.name != "" && !slices.Contains(names, pc.place.name) {
			names = append(names, pc.place.name)
		}
	}
	slices.Sort(names)
	inc.Location = strings.Join(names, ", ")
	inc.ID = shortID("inc-", minID)
	if in.dated {
		inc.DateStart, inc.DateEnd = formatDays(in.start, in.end)
		inc.DateBasis = dateBasis(all)
	}

	// Effective camp of each claim: its own, else its unit's or incident's
	// only camp, else unknown (-1).
	campOf := func(u *unit, pc *pclaim) int32 {
		switch {
		case pc.camp >= 0:
			return pc.camp
		case len(u.camps) == 1:
			return u.camps[0]
		case len(in.camps) == 1:
			return in.camps[0]
		}
		return -1
	}
	type ak struct {
		camp    int32
		outcome string
		art     *artView
	}
	type so struct {
		camp    int32
		outcome string
	}
	perArt := map[ak]int{}
	// The source of each article's largest figure, and the figures its
	// other sources give (see otherSourceFigures).
	maxSrc := map[ak]string{}
	type srcFig struct {
		key    ak
		source string
		value  int
	}
	var others []srcFig
	parts := tollParts(in.units)
	labels := map[int32]map[string]int{}
	var campList []int32
	for _, u := range in.units {
		sums := map[so]int{}
		for _, pc := range u.claims {
			camp := campOf(u, pc)
			if !slices.Contains(campList, camp) {
				campList = append(campList, camp)
			}
			if pc.c.Victims != nil && pc.c.Victims.Side != "" {
				if labels[camp] == nil {
					labels[camp] = map[string]int{}
				}
				labels[camp][pc.c.Victims.Side]++
			}
			if v, ok := claimValue(pc.c); ok {
				sums[so{camp, pc.c.Outcome}] += v
			}
		}
		src := unitSource(u)
		for k, v := range sums {
			key := ak{k.camp, k.outcome, u.art}
			if old, ok := perArt[key]; !ok || v > old {
				perArt[key], maxSrc[key] = v, src
			}
			if !parts[u] {
				others = append(others, srcFig{key, src, v})
			}
		}
	}
	values := map[so][]int{}
	type av struct {
		key   ak
		value int
	}
	given := map[av]bool{}
	for k, v := range perArt {
		given[av{k, v}] = true
		values[so{k.camp, k.outcome}] = append(values[so{k.camp, k.outcome}], v)
	}
	// An article that cites two sources for one camp's losses gives a
	// range, not the larger figure: "the RSF said it had killed more
	// than 300 soldiers; the army said it had lost 11".
	for _, o := range others {
		if o.source == "" || maxSrc[o.key] == "" || sameSourceName(o.source, maxSrc[o.key]) || o.value >= perArt[o.key] || given[av{o.key, o.value}] {
			continue
		}
		given[av{o.key, o.value}] = true
		values[so{o.key.camp, o.key.outcome}] = append(values[so{o.key.camp, o.key.outcome}], o.value)
	}
	for _, camp := range campList {
		label := "unknown"
		n := 0
		for side, k := range labels[camp] {
			if k > n || (k == n && side < label) {
				label, n = side, k
			}
		}
		row := SideFigures{Side: label}
		var d1, d2 bool
		row.Killed, d1 = reconcileRange(values[so{camp, extract.OutcomeKilled}])
		row.Wounded, d2 = reconcileRange(values[so{camp, extract.OutcomeWounded}])
		inc.Disputed = inc.Disputed || d1 || d2
		// Two camps that end up with the same label share one row.
		if i := slices.IndexFunc(inc.BySide, func(s SideFigures) bool { return s.Side == label }); i >= 0 {
			inc.BySide[i].Killed = addRange(inc.BySide[i].Killed, row.Killed)
			inc.BySide[i].Wounded = addRange(inc.BySide[i].Wounded, row.Wounded)
			continue
		}
		inc.BySide = append(inc.BySide, row)
	}
	slices.SortFunc(inc.BySide, func(x, y SideFigures) int { return strings.Compare(x.Side, y.Side) })
	for _, s := range inc.BySide {
		inc.Killed = addRange(inc.Killed, s.Killed)
		inc.Wounded = addRange(inc.Wounded, s.Wounded)
	}
	inc.Summary = incidentSummary(&inc)
	return inc
}

// Date bases of incidents and entries.
const (
	BasisPublished = "published"
	BasisAnchored  = "anchored"
)

// dateBasis is BasisAnchored when every dated claim rests on an anchor,
// else BasisPublished.
func dateBasis(claims []*pclaim) string {
	for _, pc := range claims {
		if pc.dated && !pc.anchored {
			return BasisPublished
		}
	}
	return BasisAnchored
}

// unitSource is who a unit's figures are attributed to, lower-cased: the
// first claim's source (the parts of a statement share it).
func unitSource(u *unit) string {
	for _, pc := range u.claims {
		if pc.c.AttributedTo != "" {
			return strings.ToLower(pc.c.AttributedTo)
		}
	}
	return ""
}

// sameSourceName reports whether two lower-cased sources are one: the
// same words, or the words of one within the other ("observatory" and
// "syrian observatory for human rights").
func sameSourceName(a, b string) bool {
	return a == b || strings.Contains(a, b) || strings.Contains(b, a)
}

// tollParts marks the units of an incident that are the parts of a toll
// their article gives just before them (see partOfToll): "killed 12 …
// seven in the Kisweh area … five in Ezra" gives 12, not 7 or 5 beside it.
func tollParts(units []*unit) map[*unit]bool {
	var parts map[*unit]bool
	byArt := map[*artView][]*unit{}
	for _, u := range units {
		byArt[u.art] = append(byArt[u.art], u)
	}
	for _, us := range byArt {
		if len(us) < 3 {
			continue
		}
		slices.SortFunc(us, func(x, y *unit) int { return cmp.Compare(x.pos, y.pos) })
		for i := range us {
			toll, sum := killedIn(us[i]), 0
			for j := i + 1; j < len(us) && toll > 0 && us[j].pos == us[j-1].pos+1; j++ {
				n := killedIn(us[j])
				if n == 0 {
					break
				}
				if sum += n; sum >= toll {
					if sum == toll {
						if parts == nil {
							parts = map[*unit]bool{}
						}
						for _, p := range us[i+1 : j+1] {
							parts[p] = true
						}
					}
					break
				}
			}
		}
	}
	return parts
}

// reconcileRange reduces articles' figures to low, best and high, and says
// whether they conflict.
func reconcileRange(vals []int) (Range, bool) {
	if len(vals) == 0 {
		return Range{}, false
	}
	slices.Sort(vals)
	low, high := vals[0], vals[len(vals)-1]
	best := low
	for i := 1; i < len(vals); i++ {
		if vals[i] == vals[i-1] {
			best = vals[i]
			break
		}
	}
	return Range{Best: &best, High: &high, Low: &low}, low != high
}

func addRange(a, b Range) Range {
	add := func(x, y *int) *int {
		switch {
		case x == nil:
			return y
		case y == nil:
			return x
		}
		s := *x + *y
		return &s
	}
	return Range{Best: add(a.Best, b.Best), High: add(a.High, b.High), Low: add(a.Low, b.Low)}
}

// incidentSummary is e.g. "Syrian government forces: 19 killed (Syrian
// Observatory for Human Rights)".
func incidentSummary(inc *Incident) string {
	var parts []string
	for _, s := range inc.BySide {
		var figs []string
		if f := rangeText(s.Killed); f != "" {
			figs = append(figs, f+" killed")
		}
		if f := rangeText(s.Wounded); f != "" {
			figs = append(figs, f+" wounded")
		}
		if len(figs) == 0 {
			figs = append(figs, "casualties, number unknown")
		}
		parts = append(parts, s.Side+": "+strings.Join(figs, ", "))
	}
	var who []string
	for _, r := range inc.Reports {
		w := r.AttributedTo
		if w == "" {
			w = r.Outlet
		}
		if w != "" && !slices.Contains(who, w) {
			who = append(who, w)
		}
	}
	return strings.Join(parts, "; ") + attribution(who)
}

// attribution renders up to two sources: " (A, B +3 more)".
func attribution(who []string) string {
	if len(who) == 0 {
		return ""
	}
	slices.Sort(who)
	s := who[0]
	if len(who) > 1 {
		s += ", " + who[1]
	}
	if len(who) > 2 {
		s += " +" + itoa(len(who)-2) + " more"
	}
	return " (" + s + ")"
}

func rangeText(r Range) string {
	switch {
	case r.Best == nil:
		return ""
	case *r.Low == *r.High:
		return itoa(*r.Best)
	}
	return itoa(*r.Low) + "–" + itoa(*r.High)
}

// joinNeighbours lets undated units follow an adjacent unit of the same
// article into its dated incident, when the incident's camps include theirs
// or, at step 5, they give a figure and name only places the incident
// names, a town among them (another side's dead of the same attack: "15
// militants were killed" at the Grozny market the incident of 137 dead is
// told at; see namesNoOther; at step 3 a live reconciliation does not
// take such joins again as a full one makes them), the
// places are compatible and a weekday they name agrees; not a unit
// dated only as days or weeks from another event (see daysApart), nor a
// unit next to such a one only (the two tell different incidents), nor a
// revised toll at a town the incident does not name (it names the incident
// it revises: see atItsTowns), nor a figure at a town into the background
// an incident of a month or more at no town tells (see backgroundOf), nor
// into an incident a year or more before the article (see historyOf).
func (b *casualtyBuild) joinNeighbours(step uint8, arts []int) {
	for _, ai := range arts {
		units := b.byArticle[ai]
		if len(units) < 2 {
			continue // no neighbours
		}
		for changed := true; changed; {
			changed = false
			for pass := 0; pass < 2; pass++ {
				for k := range units {
					i := k
					if pass == 1 {
						i = len(units) - 1 - k
					}
					u := units[i]
					if u.inc != nil || u.apart {
						continue
					}
					for _, j := range [2]int{i - 1, i + 1} {
						if j < 0 || j >= len(units) || units[j].inc == nil || units[j].apart {
							continue
						}
						in := units[j].inc
						if !in.dated || !campsSubset(u.camps, in.camps) && !(step == 5 && len(u.figs) > 0 && namesNoOther(u, in)) || !placesTouch(u.places, in.places) ||
							u.revised && !namesTowns(in, u) || backgroundOf(u, in) || historyOf(u, in) {
							continue
						}
						if u.weekday >= 0 && in.start == in.end && int(weekdayOf(in.start)) != u.weekday {
							continue
						}
						b.join(in, u, step)
						changed = true
						break
					}
				}
			}
		}
	}
}

// historyOf reports whether the incident in ended a year or more before
// the publication of the article of the undated unit u next to it: "The
// army maintains that 28 attackers died … the bloodiest attack since the
// raid on Monte Chingolo in December 1975" does not put the 28 in 1975.
func historyOf(u *unit, in *incident) bool {
	return u.art.hasPub && in.end < u.art.pub-365
}

// backgroundOf reports whether the incident in, next to an undated unit
// u, is background to it: u gives a figure at a town or area, and in,
// which names none, lasts more than a week ("More than 100 people have
// been killed in the village of Bekuji ... Sixteen people were killed in a
// similar attack in the zone in November").
func backgroundOf(u *unit, in *incident) bool {
	return len(u.figs) > 0 && in.end-in.start > 6 && slices.ContainsFunc(u.places, narrowPlace) &&
		!slices.ContainsFunc(in.places, narrowPlace)
}
