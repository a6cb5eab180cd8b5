package project

import (
	"cmp"
	"slices"
	"strings"

	"github.com/claimline/claimline/extract"
)

// Timeline is the timeline read model: dated entries (events merged across
// articles, and one entry per casualty incident) and the undated ones kept
// apart. Fields are declared in JSON key order so that its encoding is
// canonical.
type Timeline struct {
	// AsOf is the position of the model in the two streams.
	AsOf AsOf `json:"as_of"`
	// Digest is the hex SHA-256 of the model's canonical JSON without it.
	Digest string `json:"digest,omitempty"`
	// Entries are sorted by date_start, then id.
	Entries []Entry `json:"entries"`
	// Undated holds entries whose date could not be resolved, sorted by
	// their first source (article id, span); their dates are null.
	Undated []Entry `json:"undated"`

	kept *keptEncoding // set by BuildIncremental
}

// Entry is one timeline entry: an event told by one or more articles, or a
// casualty incident of the casualty model (same id).
type Entry struct {
	// Action is the event's action; for a casualty entry, "killed" when
	// anyone was reported killed, else the first outcome reported.
	Action string `json:"action"`
	// Actors are the normalised names of the parties (actors and targets of
	// events, sides of a casualty incident), sorted.
	Actors []string `json:"actors"`
	// DateBasis is "published" or "anchored" as for Incident.DateBasis;
	// empty, and left out, when undated.
	DateBasis string  `json:"date_basis,omitempty"`
	DateEnd   *string `json:"date_end"`
	DateStart *string `json:"date_start"`
	ID        string  `json:"id"`
	// Kind is "event" or "casualty".
	Kind string `json:"kind"`
	// Location lists the normalised place names, sorted, comma-separated.
	Location string `json:"location"`
	// Precision is day, week, month, year or unresolved.
	Precision string `json:"precision"`
	// Sources are the claims behind the entry, sorted by article and span.
	Sources []Source `json:"sources"`
	// Summary is a short generated description.
	Summary string `json:"summary"`
}

// Source is one claim behind a timeline entry.
type Source struct {
	ArticleID    string `json:"article_id"`
	AttributedTo string `json:"attributed_to"`
	Outlet       string `json:"outlet"`
	Quote        string `json:"quote"`
}

// Kinds of timeline entries.
const (
	EntryEvent    = "event"
	EntryCasualty = "casualty"
)

// eventGroup is an event entry under construction.
type eventGroup struct {
	seq    int
	start  int32
	end    int32
	action string
	actors []int32
	places []place
	kinds  groupKinds
	claims []*pclaim
}

// groupKinds are what an event group knows of its claims' actors and
// aircraft beyond their camps and places, for taking more (eventTakes)
// and hosting (hosts).
type groupKinds struct {
	// armed: some actor is a named armed group (namedGroup).
	armed bool
	// craft are the kinds of aircraft its shootdowns name (craftOf).
	craft uint8
	// crossed: it is an entry into a country (crossing).
	crossed bool
	// home are the countries whose own forces some actor is, at home
	// (homeForces).
	home []string
	// quotes are the quotes of its first maxGroupQuotes claims, where one
	// place may be told to lie in another (placedThatDay).
	quotes []string
}

// maxGroupQuotes is how many quotes groupKinds keeps.
const maxGroupQuotes = 8

// add adds what pc tells to the kinds of a group it joins.
func (k *groupKinds) add(pc *pclaim) {
	k.armed = k.armed || (pc.actor >= 0 && !lossTold(pc) && namedGroup(pc))
	k.craft |= craftOf(pc)
	k.crossed = k.crossed || crossing(pc)
	if c := homeForces(pc); c != "" && !lossTold(pc) && !slices.Contains(k.home, c) {
		k.home = append(k.home, c)
	}
	if len(k.quotes) < maxGroupQuotes && pc.place.name != "" {
		k.quotes = append(k.quotes, pc.c.Quote)
	}
}

func partyName(p *extract.Party) string {
	if p == nil {
		return ""
	}
	if p.Name != "" {
		return p.Name
	}
	return p.Text
}

// eventEntries renders the event claims as timeline entries: the dated ones
// merged into event groups, with the undated ones a group hosts (see
// hosts), the other undated ones an entry each (both unsorted).
func eventEntries(arts []*artView, claims [][]*pclaim) (dated, undated []Entry) {
	var datedClaims, undatedClaims []*pclaim
	for ai := range arts {
		for _, pc := range claims[ai] {
			if pc.c.Kind != extract.KindEvent {
				continue
			}
			if pc.dated {
				datedClaims = append(datedClaims, pc)
			} else {
				undatedClaims = append(undatedClaims, pc)
			}
		}
	}
	sortCollectedEvents(datedClaims)
	groups := clusterEvents(datedClaims)
	guests := hostGuests(groups, undatedClaims)
	undated = make([]Entry, 0, len(undatedClaims))
	single := guests[len(groups)]
	for i := range single {
		undated = append(undated, eventEntry(single[i:i+1:i+1], 0, 0, false))
	}
	dated = make([]Entry, len(groups))
	for i, g := range groups {
		claims := g.claims
		if len(guests[i]) > 0 {
			claims = append(slices.Clone(claims), guests[i]...)
		}
		dated[i] = eventEntry(claims, g.start, g.end, true)
	}
	return dated, undated
}

// buildTimeline turns the event entries (of eventEntries) and the casualty
// incidents into the timeline model.
func buildTimeline(dated, undated []Entry, incs []Incident, ins []*incident) Timeline {
	entries := make([]*Entry, 0, len(dated)+len(incs))
	undatedEntries := make([]*Entry, 0, len(undated)+len(incs))
	for i := range dated {
		entries = append(entries, &dated[i])
	}
	for i := range undated {
		undatedEntries = append(undatedEntries, &undated[i])
	}
	casualty := make([]Entry, len(incs))
	for i := range incs {
		casualty[i] = casualtyEntry(&incs[i], ins[i])
		if casualty[i].DateStart == nil {
			undatedEntries = append(undatedEntries, &casualty[i])
		} else {
			entries = append(entries, &casualty[i])
		}
	}
	// Entries are sorted through pointers, then copied once into place.
	slices.SortFunc(entries, func(x, y *Entry) int {
		return cmp.Or(strings.Compare(*x.DateStart, *y.DateStart), strings.Compare(x.ID, y.ID))
	})
	slices.SortFunc(undatedEntries, func(x, y *Entry) int {
		return cmp.Or(strings.Compare(x.Sources[0].ArticleID, y.Sources[0].ArticleID),
			strings.Compare(x.ID, y.ID))
	})
	t := Timeline{Entries: make([]Entry, len(entries)), Undated: make([]Entry, len(undatedEntries))}
	for i, e := range entries {
		t.Entries[i] = *e
	}
	for i, e := range undatedEntries {
		t.Undated[i] = *e
	}
	return t
}

// sortCollectedEvents sorts by compareDatedEvents claims collected in article
// and span order (as prepare lists them): sorting them by window, ties left
// in that order, gives the same order, with keys instead of pointers.
func sortCollectedEvents(dated []*pclaim) {
	type key struct{ start, end, pos int32 }
	keys := make([]key, len(dated))
	for i, pc := range dated {
		keys[i] = key{pc.start, pc.end, int32(i)}
	}
	slices.SortFunc(keys, func(x, y key) int {
		return cmp.Or(cmp.Compare(x.start, y.start), cmp.Compare(x.end, y.end), cmp.Compare(x.pos, y.pos))
	})
	sorted := make([]*pclaim, len(dated))
	for i, k := range keys {
		sorted[i] = dated[k.pos]
	}
	copy(dated, sorted)
}

// compareDatedEvents is the order in which clusterEvents takes dated event
// claims: by window, then article and span.
func compareDatedEvents(x, y *pclaim) int {
	if c := cmp.Or(cmp.Compare(x.start, y.start), cmp.Compare(x.end, y.end)); c != 0 {
		return c
	}
	return compareInArticles(x, y)
}

// lastingAction reports whether an action happens once at a place (a
// capture, an entry, a withdrawal) or lasts for days (a siege, an
// offensive, a ceasefire, talks), where strikes, shootdowns, deployments and
// statements recur from one day to the next.
func lastingAction(action string) bool {
	switch action {
	case extract.ActionCapture, extract.ActionEnter, extract.ActionWithdraw, extract.ActionSiege,
		extract.ActionOffensive, extract.ActionCeasefire, extract.ActionTalks:
		return true
	}
	return false
}

// groupAction is the action under which an event claim is grouped with
// others: an entry into a town is grouped with its capture ("troops
// entered Mekelle", "the army took Mekelle"), which outlets tell of the
// same day in either words; the rest each under their own.
func groupAction(action string) string {
	if action == extract.ActionEnter {
		return extract.ActionCapture
	}
	return action
}

// eventTakes reports whether a dated event claim (taken in the order of
// compareDatedEvents) joins an event group with days start..end, actor
// camps, places and kinds: the same action (the caller's) by overlapping
// actors (or kin ones, actorAmong) at compatible places (or the same
// places spelled otherwise, spelledAlike, or one a report locates in the
// other, placedThatDay), on overlapping days (overlapOK); downings of
// different kinds of aircraft (craftOf), and an entry into a country and
// events at a town (crossing), stay apart. Reports a day apart stay apart:
// an entry's days are the days all its sources give.
func eventTakes(pc *pclaim, start, end int32, actors []int32, places []place, kinds groupKinds) bool {
	if pc.actor >= 0 && len(actors) > 0 && !lossTold(pc) && !actorAmong(pc, actors, kinds.armed) &&
		!homeKin(pc, kinds) && !agreedAt(pc, places) && !takenThatDay(pc, start, end, places, kinds.quotes) {
		return false
	}
	if c := craftOf(pc); c != 0 && kinds.craft != 0 && c&kinds.craft == 0 {
		return false
	}
	if crossing(pc) != kinds.crossed && (narrowPlace(pc.place) || slices.ContainsFunc(places, narrowPlace)) {
		return false
	}
	if pc.place.name != "" {
		for _, y := range places {
			if !pc.place.compatible(y) && !spelledAlike(pc.place, y) && !installationThatDay(pc, start, end, actors, y) &&
				!placedThatDay(pc, start, end, y, kinds.quotes) && !launchedThatDay(pc, start, end, actors, y) {
				return false
			}
		}
	}
	return overlapOK(pc.start, pc.end, start, end)
}

// lossWords tell an aircraft's downing as a loss or in the passive, where
// the side a report names may be the one that lost it ("Russia says it has
// lost two planes", "Russian bloggers said the aircraft had been brought
// down by friendly fire").
var lossWords = []string{" lost ", " losing ", " loss of ", " been shot down", " was shot down", " were shot down",
	" been brought down", " was brought down", " were brought down", " been downed", " was downed", " were downed"}

// lossTold reports whether a shootdown claim tells the downing as a loss or
// in the passive (lossWords): its actor may be the side that lost the
// aircraft, so it neither keeps it from another report of the downing nor
// counts as the actor of the event it joins.
func lossTold(pc *pclaim) bool {
	if pc.c.Action != extract.ActionShootdown {
		return false
	}
	for _, w := range lossWords {
		if strings.Contains(pc.c.Quote, w) {
			return true
		}
	}
	return false
}

// Kinds of aircraft a shootdown names (craftOf).
const (
	craftPlane uint8 = 1 << iota
	craftHelicopter
	craftDrone
)

// craftWords name the kinds of aircraft, in lower case.
var craftWords = []struct {
	word string
	kind uint8
}{
	{"plane", craftPlane}, {"jet", craftPlane}, {"aircraft", craftPlane}, {"bomber", craftPlane},
	{"fighter", craftPlane}, {"airliner", craftPlane},
	{"helicopter", craftHelicopter}, {"chopper", craftHelicopter},
	{"drone", craftDrone}, {"uav", craftDrone}, {"unmanned", craftDrone},
}

// craftOf is the kinds of aircraft a shootdown claim's quote names (0 for
// another action, or none named): reports of one downing name one kind
// ("an A-50 early warning aircraft", "the plane"), where "eight drones
// launched by Russia overnight" are other downings that day. A quote
// naming several kinds ("an unmanned aircraft") joins any of them.
func craftOf(pc *pclaim) uint8 {
	if pc.c.Action != extract.ActionShootdown {
		return 0
	}
	var k uint8
	for _, w := range craftWords {
		if k&w.kind == 0 && containsFoldASCII(pc.c.Quote, w.word) {
			k |= w.kind
		}
	}
	return k
}

// containsFoldASCII reports whether s contains lower (in lower case),
// ignoring ASCII case.
func containsFoldASCII(s, lower string) bool {
	for i := 0; i+len(lower) <= len(s); i++ {
		if equalFoldASCII(s[i:i+len(lower)], lower) {
			return true
		}
	}
	return false
}

// actorAmong reports whether an event claim's actor camp is one of
// actors (of a group, armed when one of them is a named armed group), or
// names one of them generically: outlets call a named armed group by the
// generic word ("Shiite rebels had overrun al-Annad", "Houthi fighters
// seized al-Anad"), so "rebels" and "militants" are kin to any named armed
// group (not a state's forces) and to each other as an event's actor, where
// casualty sides are stricter (campsKin).
func actorAmong(pc *pclaim, actors []int32, armed bool) bool {
	if slices.Contains(actors, pc.actor) {
		return true
	}
	generic := slices.ContainsFunc(actors, genericCamp)
	switch {
	case genericCamp(pc.actor):
		return armed || generic
	case generic:
		return namedGroup(pc)
	}
	return false
}

// genericForces are the normalised actors that name a state's forces
// without naming the state ("government forces", "the army"), in lower
// case.
var genericForces = map[string]bool{
	"government": true, "government forces": true, "government troops": true, "the government": true,
	"army": true, "the army": true, "military": true, "the military": true, "security forces": true,
	"pro-government militia": true, "pro-government fighters": true, "pro-government forces": true,
}

// forcesWords end the name of a state's forces after the state's demonym
// ("Syrian government", "Iraqi army").
var forcesWords = []string{" government", " army", " military", " forces", " troops", " soldiers"}

// homeForces is the country whose own forces an event claim's actor is,
// fighting at home: a state's forces named generically ("government
// forces", "the army", "pro-government forces"), by the country ("Rwanda")
// or by its demonym ("Syrian government") at a town or area of that
// country; "" for any other actor, or a place of no known country.
func homeForces(pc *pclaim) string {
	country := pc.place.country
	if pc.actor < 0 || country == "" || !narrowPlace(pc.place) {
		return ""
	}
	n := partyName(pc.c.Actor)
	if genericForces[strings.ToLower(n)] || n == country {
		return country
	}
	// The words of the forces, as many as there are ("Syrian government
	// forces"), then the demonym.
	for cut := true; cut; {
		cut = false
		for _, w := range forcesWords {
			if d, ok := strings.CutSuffix(n, w); ok {
				n, cut = d, true
				break
			}
		}
		if cut && !strings.Contains(n, " ") && demonymOf(n, country) {
			return country
		}
	}
	return ""
}

// demonymEndings end a demonym after its country's name (demonymOf).
var demonymEndings = map[string]bool{
	"": true, "n": true, "an": true, "ian": true, "i": true, "ese": true, "lese": true, "olese": true,
	"ish": true, "ean": true, "ien": true, "ic": true,
}

// demonymOf reports whether a word is the demonym of a country: a word of
// the country's name, without its final vowel, and an ending of
// demonymEndings ("Syrian", "Syria"; "Iraqi", "Iraq"; "Congolese", "DR
// Congo"; "Somali", "Somalia"), or the beginning of one ("Afghan",
// "Afghanistan").
func demonymOf(word, country string) bool {
	word = strings.ToLower(word)
	for _, w := range strings.Fields(strings.ToLower(country)) {
		if len(w) < 4 {
			continue
		}
		stem := w
		if strings.ContainsRune("aeiouy", rune(w[len(w)-1])) {
			stem = w[:len(w)-1]
		}
		if rest, ok := strings.CutPrefix(word, stem); ok && len(stem) >= 3 && demonymEndings[rest] {
			return true
		}
		if len(word) >= 5 && strings.HasPrefix(w, word) {
			return true
		}
	}
	return false
}

// homeKin reports whether an event claim's actor and an event group's are
// one state's forces at home (homeForces): outlets name a government's
// forces by the state, its government, its army or only as "government
// forces" ("Army units withdrew from Tadmur", "pro-government forces had
// withdrawn from the city"), as they call a named armed group "rebels"
// (actorAmong). Only for an event that happens once at a place or lasts
// (lastingAction): strikes are many a day, by either side, and "the
// army" that strikes a town may be the invader's.
func homeKin(pc *pclaim, kinds groupKinds) bool {
	if !lastingAction(pc.c.Action) {
		return false
	}
	c := homeForces(pc)
	return c != "" && slices.Contains(kinds.home, c)
}

// genericCamp reports whether a camp is the generic word for armed groups
// ("rebels", "militants").
func genericCamp(c int32) bool { return c == campRebels || c == campMilitants }

// namedGroup reports whether an event claim's actor is a named armed group
// ("Houthis", "M23"): of an armed group's camp (see armedGroup), and
// neither a country ("Mali") nor a state's army ("Sudanese army").
func namedGroup(pc *pclaim) bool {
	if pc.actor < campGroup {
		return false
	}
	n := partyName(pc.c.Actor)
	return !strings.HasSuffix(n, " army") && extract.CountryOf(extract.Place{Name: n}) != n
}

// installationThatDay reports whether pc and an event group of the same
// day by the same actor may tell one event, one at a town and the other at
// an installation nothing locates (see installation): "Haftar's army
// struck Tripoli's airport" and "the LNA struck Mitiga International
// Airport" the same day.
func installationThatDay(pc *pclaim, start, end int32, actors []int32, y place) bool {
	return pc.start == pc.end && start == end && pc.start == start && pc.actor >= 0 && slices.Contains(actors, pc.actor) &&
		((installation(pc.place) && narrowPlace(y) && !installation(y)) || (installation(y) && narrowPlace(pc.place) && !installation(pc.place)))
}

// placedThatDay reports whether pc and an event group of the same day,
// at places neither holds (compatible), may tell one event at one place: a
// report's quote tells that one of the two places lies in the other
// (locatedIn): "overrunning Sheberghan in northern Jowzjan province" and
// "the Taliban took over Shibirghan"; "Houthi positions at al-Dulaimi air
// base in Sana'a" and "Saudi warplanes pounded Sanaa's airport". Two
// places a report names side by side ("struck Kharkiv and Izium") are not
// one.
func placedThatDay(pc *pclaim, start, end int32, y place, quotes []string) bool {
	if pc.start != pc.end || start != end || pc.start != start || pc.place.name == "" || y.name == "" {
		return false
	}
	if locatedIn(pc.c.Quote, pc.place.name, y.name) || locatedIn(pc.c.Quote, y.name, pc.place.name) {
		return true
	}
	for _, q := range quotes {
		if locatedIn(q, pc.place.name, y.name) || locatedIn(q, y.name, pc.place.name) {
			return true
		}
	}
	return false
}

// crossing reports whether pc tells an entry into a country ("officials
// had crossed into Iran", "troops entered Georgia"): a border crossed, not
// a town taken, so it joins no capture of, or entry into, a town on that
// day, nor they it.
func crossing(pc *pclaim) bool {
	return pc.c.Action == extract.ActionEnter && pc.place.name != "" && pc.place.country == pc.place.name
}

// onceThatDay reports whether pc tells, on one day and at no place, an
// event that happens once at a place on a day (a capture or entry, a
// ceasefire or talks), which the report tells of one side
// ("The MNDAA seized the Kokang capital yesterday") and another report of
// the other ("Myanmar's army lost Laukkai"): it joins the one group that
// day that takes it whatever its actor (onlyThatDay). Downings are not
// such: each side downs the other's aircraft, often on one day.
func onceThatDay(pc *pclaim) bool {
	if pc.place.name != "" || pc.start != pc.end || pc.actor < 0 {
		return false
	}
	switch groupAction(pc.c.Action) {
	case extract.ActionCapture, extract.ActionCeasefire, extract.ActionTalks:
		return true
	}
	return false
}

// onlyThatDay is the one group of groups of pc's one day that takes pc
// (takes), or nil when none or several do.
func onlyThatDay[G interface{ day() (int32, int32) }](pc *pclaim, groups []G, takes func(G) bool) G {
	var only, zero G
	n := 0
	for _, g := range groups {
		if s, e := g.day(); s == pc.start && e == pc.start && takes(g) {
			only = g
			n++
		}
	}
	if n != 1 {
		return zero
	}
	return only
}

func (g *eventGroup) day() (int32, int32) { return g.start, g.end }

// launchedThatDay reports whether pc and an event group of the same day
// by the same actor may tell one offensive at two places of one country:
// an offensive is told by the town it set out from or took first, or by
// its goal ("Haftar launched his offensive on the capital, capturing
// Gharyan", "Haftar ordered his army to advance on Tripoli"), and an
// actor launches one a day in a country.
func launchedThatDay(pc *pclaim, start, end int32, actors []int32, y place) bool {
	return pc.c.Action == extract.ActionOffensive && pc.start == pc.end && start == end && pc.start == start &&
		pc.actor >= 0 && slices.Contains(actors, pc.actor) && narrowPlace(pc.place) && narrowPlace(y) &&
		pc.place.country != "" && pc.place.country == y.country
}

// takenThatDay reports whether pc tells the capture of, or an entry
// into, a town or area that an event group of the same day names too: a
// town falls once on a day, and outlets name either the victor or an ally
// fighting beside it ("Malian troops and their Wagner allies entered
// Kidal", "the army took Kidal"), or read the side that lost it as the
// actor, so actors do not tell two such reports apart. A capture on
// another day, as a recapture by the other side, stays apart.
func takenThatDay(pc *pclaim, start, end int32, places []place, quotes []string) bool {
	return groupAction(pc.c.Action) == extract.ActionCapture && pc.start == pc.end && start == end &&
		pc.start == start && (sameTown(pc.place, places) || namesTown(pc, places, quotes))
}

// namesTown reports whether pc, or an event group with places and quotes,
// is placed in a country only and its quote names the other's town or
// area in that country: the report's place is the country where its quote
// names the town ("French and Malian forces retook control of Diabaly on
// Monday", placed in Mali, and "soldiers entered Diabaly on Monday").
func namesTown(pc *pclaim, places []place, quotes []string) bool {
	p := pc.place
	switch {
	case p.name == "":
		return false
	case p.country == p.name:
		for _, y := range places {
			if narrowPlace(y) && (y.country == "" || y.country == p.name) {
				if i, _ := findName(pc.c.Quote, y.name); i >= 0 {
					return true
				}
			}
		}
	case narrowPlace(p):
		for _, y := range places {
			if y.name != "" && y.country == y.name && (p.country == "" || p.country == y.name) {
				for _, q := range quotes {
					if i, _ := findName(q, p.name); i >= 0 {
						return true
					}
				}
			}
		}
	}
	return false
}

// agreedAt reports whether pc is a ceasefire or talks at a town or area an
// event group names too: such an event has several parties, and one outlet
// names one of them as its actor ("Myanmar's junta agreed a ceasefire"),
// another the other party or the mediator ("China said"), so its actors do
// not tell two reports apart.
func agreedAt(pc *pclaim, places []place) bool {
	switch pc.c.Action {
	case extract.ActionCeasefire, extract.ActionTalks:
		return sameTown(pc.place, places)
	}
	return false
}

// sameTown reports whether p is a town or area (not a country) that one of
// places names too, in its spelling or another (spelledAlike).
func sameTown(p place, places []place) bool {
	if !narrowPlace(p) {
		return false
	}
	for _, y := range places {
		if y.name == p.name || (p.base != "" && y.base == p.base) || spelledAlike(p, y) {
			return true
		}
	}
	return false
}

// eventWindow is the days of an event group with days start..end once it
// takes a claim with days ps..pe: the days they share.
func eventWindow(start, end, ps, pe int32) (int32, int32) {
	return max(start, ps), min(end, pe)
}

// eventGroupOpen reports whether an event group ending on day end may still
// take a claim starting on day start (eventTakes).
func eventGroupOpen(end, start int32) bool {
	return end >= start
}

// clusterEvents merges dated event claims (sorted by compareDatedEvents) into
// event groups: each claim joins the first group, in the order they were
// made, that takes it (eventTakes), else starts one.
func clusterEvents(dated []*pclaim) []*eventGroup {
	var groups []*eventGroup
	var slab []eventGroup // groups are allocated in blocks
	groupOf := make([]int32, len(dated))
	active := map[string][]*eventGroup{}
	for i, pc := range dated {
		list := active[groupAction(pc.c.Action)]
		kept := list[:0]
		for _, g := range list {
			if eventGroupOpen(g.end, pc.start) {
				kept = append(kept, g)
			}
		}
		clear(list[len(kept):])
		var found *eventGroup
		for _, g := range kept {
			if eventTakes(pc, g.start, g.end, g.actors, g.places, g.kinds) {
				found = g
				break
			}
		}
		if found == nil && onceThatDay(pc) {
			found = onlyThatDay(pc, kept, func(g *eventGroup) bool {
				return eventTakes(pc, g.start, g.end, nil, g.places, g.kinds)
			})
		}
		if found == nil {
			if len(slab) == cap(slab) {
				slab = make([]eventGroup, 0, min(256, len(dated)-i))
			}
			slab = append(slab, eventGroup{seq: len(groups), start: pc.start, end: pc.end, action: groupAction(pc.c.Action)})
			found = &slab[len(slab)-1]
			groups = append(groups, found)
			kept = append(kept, found)
		} else {
			found.start, found.end = eventWindow(found.start, found.end, pc.start, pc.end)
		}
		active[groupAction(pc.c.Action)] = kept
		groupOf[i] = int32(found.seq)
		if pc.actor >= 0 && !slices.Contains(found.actors, pc.actor) && !lossTold(pc) {
			found.actors = append(found.actors, pc.actor)
		}
		found.kinds.add(pc)
		found.places = addPlace(found.places, pc.place)
	}
	// Each group's claims, in the order taken, share one backing array.
	ends := make([]int32, len(groups)+1)
	for _, g := range groupOf {
		ends[g+1]++
	}
	for k := range groups {
		ends[k+1] += ends[k]
	}
	all := make([]*pclaim, len(dated))
	for k, g := range groups {
		g.claims = all[ends[k]:ends[k]:ends[k+1]]
	}
	for i, pc := range dated {
		g := groups[groupOf[i]]
		g.claims = append(g.claims, pc)
	}
	return groups
}

// eventEntry renders an event entry from its claims.
func eventEntry(claims []*pclaim, start, end int32, dated bool) Entry {
	slices.SortFunc(claims, compareInArticles)
	first := claims[0]
	e := Entry{Action: first.c.Action, Kind: EntryEvent, Sources: make([]Source, 0, len(claims)),
		Precision: extract.PrecisionUnresolved}
	minID := ""
	// Actors and place names are gathered on the stack (for few claims).
	var actorBuf, nameBuf [4]string
	actors, names := actorBuf[:0], nameBuf[:0]
	for _, pc := range claims {
		if minID == "" || pc.c.ID < minID {
			minID = pc.c.ID
		}
		if pc.c.Action == extract.ActionCapture {
			e.Action = pc.c.Action // taken, not only entered, by some account
		}
		for _, p := range [2]*extract.Party{pc.c.Actor, pc.c.Target} {
			if n := partyName(p); n != "" && !slices.Contains(actors, n) {
				actors = append(actors, n)
			}
		}
		if pc.place.name != "" && !slices.Contains(names, pc.place.name) {
			names = append(names, pc.place.name)
		}
		e.Sources = append(e.Sources, Source{ArticleID: pc.art.id, AttributedTo: pc.c.AttributedTo,
			Outlet: pc.art.outlet, Quote: pc.c.Quote})
	}
	slices.Sort(actors)
	e.Actors = append(make([]string, 0, len(actors)), actors...)
	slices.Sort(names)
	e.Location = strings.Join(names, ", ")
	e.ID = shortID("evt-", minID)
	if dated {
		e.DateStart, e.DateEnd = formatDays(start, end)
		e.Precision = precisionOf(start, end, claims)
		e.DateBasis = dateBasis(claims)
	}
	// "actor action: target" or "actor action (location)", in one
	// concatenation.
	who, space, sep, what, closing := partyName(first.c.Actor), "", "", "", ""
	if who != "" {
		space = " "
	}
	switch {
	case first.c.Target != nil && first.c.Target.Text != "":
		sep, what = ": ", first.c.Target.Text
	case first.c.Target != nil && first.c.Target.Name != "":
		sep, what = ": ", first.c.Target.Name
	case e.Location != "":
		sep, what, closing = " (", e.Location, ")"
	}
	e.Summary = who + space + e.Action + sep + what + closing
	return e
}

// precisionOf is the precision of a window: day for one day, else the
// precision of a claim dated exactly to it, else by its width.
func precisionOf(start, end int32, claims []*pclaim) string {
	if start == end {
		return extract.PrecisionDay
	}
	for _, pc := range claims {
		if pc.dated && pc.start == start && pc.end == end && pc.prec != "" {
			return pc.prec
		}
	}
	switch w := end - start; {
	case w <= 6:
		return extract.PrecisionWeek
	case w <= 30:
		return extract.PrecisionMonth
	}
	return extract.PrecisionYear
}

// casualtyEntry renders a casualty incident as a timeline entry.
func casualtyEntry(inc *Incident, in *incident) Entry {
	e := Entry{Actors: []string{}, DateBasis: inc.DateBasis, DateStart: inc.DateStart, DateEnd: inc.DateEnd, ID: inc.ID,
		Kind: EntryCasualty, Location: inc.Location, Precision: extract.PrecisionUnresolved,
		Sources: make([]Source, 0, len(inc.Reports)), Summary: inc.Summary}
	for _, s := range inc.BySide {
		e.Actors = append(e.Actors, s.Side)
	}
	for _, r := range inc.Reports {
		switch {
		case r.Outcome == extract.OutcomeKilled:
			e.Action = r.Outcome
		case e.Action != extract.OutcomeKilled && (e.Action == "" || r.Outcome < e.Action):
			e.Action = r.Outcome
		}
		e.Sources = append(e.Sources, Source{ArticleID: r.ArticleID, AttributedTo: r.AttributedTo,
			Outlet: r.Outlet, Quote: r.Quote})
	}
	if in.dated {
		var claims []*pclaim
		for _, u := range in.units {
			claims = append(claims, u.claims...)
		}
		e.Precision = precisionOf(in.start, in.end, claims)
	}
	return e
}
