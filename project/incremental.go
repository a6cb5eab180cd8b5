package project

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"reflect"
	"slices"
	"strings"

	"github.com/claimline/claimline/extract"
)

// incState is what BuildIncremental keeps between builds: each article's
// prepared claims and units (until the article changes), the rendered and
// encoded incidents and entries, and the previous build's incidents and
// entries in model order, so that a build sorts only what is new to it and
// merges it into that order.
type incState struct {
	resolve uintptr  // code of the Resolve the caches were made with
	prep    preparer // its camps and resolved dates outlive a build
	uids    uint64   // last uid given to a prepared claim
	gen     uint64   // the current build
	// The articles with claims, sorted, and their views.
	ids    []string
	vcs    []*viewCache
	prev   *liveBuild             // the previous build
	arena  incArena               // lends incidents to reconciliations
	perArt [][]*unit              // the units of each view, for reconcile
	live   liveReconcile          // takes decisions of the last reconciliation again
	incs   map[uint64][]*incCache // by the hash of their claims' uids
	key    []uint64               // scratch for incident keys
	// The dated event claims and dated casualty units of the previous
	// build, in the orders clustering and reconciliation take them.
	datedEvents ordered[*pclaim] // slot 0
	datedUnits  ordered[*unit]   // slot 1
	// hosts are the event groups that host undated event claims.
	hosts liveHosts
	// The previous build's incidents and timeline entries, in model order.
	incOrder     []*incCache
	datedOrder   []*item
	undatedOrder []*item
	// The previous build's incidents and entries by id, to tell which of
	// the new ones changed.
	incByID   map[string]*incCache
	entryByID map[string]*item
	// sideSums are the totals by side of the incidents in the models.
	sideSums   map[string]*sideSum
	sinceSweep int
	// Room to encode in: scratch for the casualty side of a build,
	// evScratch for its event entries (made meanwhile).
	scratch, evScratch []byte
}

// maxResolveCache bounds the resolved dates kept between builds.
const maxResolveCache = 1 << 16

// sweepEvery is how many builds pass between two sweeps of the caches.
const sweepEvery = 16

// viewCache is one article's prepared views: plain, and against its
// anchor when it has one.
type viewCache struct {
	st      *articleState
	rev     uint64
	plain   *prepView
	anch    *prepView
	anchDay int32
}

// prepView is an article prepared for a build: its claims, casualty units
// and cumulative reports, its dated event claims, and the rendered entries
// of its undated event claims.
type prepView struct {
	art     *artView
	claims  []*pclaim
	units   []*unit
	cum     []Report
	cumJSON []byte // the cumulative reports, canonical, comma-separated
	dated   []*pclaim
	undated []*item
	// undatedClaims are the undated event claims, one for each of undated.
	undatedClaims []*pclaim
	// datedUnits are the units with a date.
	datedUnits []*unit
	need       bool // no publication date, undated claims naming a weekday
	// weekdayUndated: an undated unit names a weekday.
	weekdayUndated bool
	// listed says which orders (see ordered) list its things.
	listed [2]bool
}

// item is a rendered timeline entry and its canonical JSON, with what the
// timeline is sorted by.
type item struct {
	gen   uint64 // the last build that used it (incidents)
	live  bool   // in the models of the last build
	start int32  // first day, for a dated entry
	ord   idOrd
	first string // article of the first source, for an undated entry
	entry Entry
	json  []byte
}

// incCache is a rendered incident, encoded, and its timeline entry.
type incCache struct {
	item
	key     []uint64 // its units, each by the uid of its first claim
	dated   bool
	inc     Incident
	incJSON []byte
}

// liveBuild is a build of both models whose contents and canonical
// encodings are filled in on demand (see encode): the models' positions and
// totals, and the ordered incidents and entries they are made of.
type liveBuild struct {
	cas   Casualties
	tl    Timeline
	views []*prepView
	incs  []*incCache
	// addedIncs are the incidents the previous build did not have;
	// droppedIncs, those it had and this one has not.
	addedIncs, droppedIncs []*incCache
	dated                  []*item
	undated                []*item
	// changes are the incidents and entries whose canonical JSON is new
	// or differs from the previous build's.
	casChanges []changedItem
	tlChanges  []changedItem
}

// BuildIncremental builds both read models like Build, byte for byte (the
// same digests), at a cost that follows what changed since the previous
// call: the articles that did not change keep their prepared claims and
// units, incidents and entries whose claims are the same keep their
// rendering and canonical encoding and their place in the models' order.
// Event clustering sweeps again only around what changed, and
// reconciliation takes the previous call's decisions again where nothing
// they depend on changed (see liveReconcile); both still pass over every
// claim once.
//
// The models' canonical JSON is kept with them.
// They share memory with the fold's caches: callers must not modify them.
// Resolve must not change between calls except to be set before the first;
// a different function discards the caches.
func (f *Fold) BuildIncremental() (Casualties, Timeline) {
	lb := f.buildLive()
	lb.encode()
	return lb.cas, lb.tl
}

// buildLive is BuildIncremental up to the order of the incidents and
// entries; encode then fills the models and makes their encodings.
func (f *Fold) buildLive() *liveBuild {
	st := f.incState()
	ids, vcs, changed := f.articleViews(st)
	if p := st.prev; p != nil && !changed {
		// No article's claims or metadata changed (a new article without
		// claims yet, say): the models are the previous ones at the new
		// position.
		at := f.asOf()
		return &liveBuild{cas: Casualties{AsOf: at, Totals: p.cas.Totals}, tl: Timeline{AsOf: at},
			views: p.views, incs: p.incs, dated: p.dated, undated: p.undated}
	}
	st.gen++
	views := make([]*prepView, len(vcs))
	need := false
	for i, vc := range vcs {
		views[i] = vc.plain
		need = need || vc.plain.need
	}
	// The event entries do not depend on the casualty model: they are
	// clustered and rendered meanwhile, once the views are final (both
	// read the camps prepare gave).
	var events chan eventItems
	renderEvents := func() {
		events = make(chan eventItems, 1)
		go func() { events <- st.eventItems(views) }()
	}
	if !need {
		renderEvents()
	}
	b := st.reconcile(views)
	if need {
		if anchors := f.anchors(b.joins); len(anchors) > 0 {
			for i, id := range ids {
				if day, ok := anchors[id]; ok && !views[i].art.hasPub {
					views[i] = st.anchored(id, vcs[i], day)
				}
			}
			b = st.reconcile(views)
		}
		renderEvents()
	}
	lb := &liveBuild{views: views}
	st.casualties(lb, b, f.asOf())
	st.timeline(lb, <-events)
	if st.sinceSweep++; st.sinceSweep >= sweepEvery {
		st.sweep()
	}
	st.prev = lb
	return lb
}

func (f *Fold) incState() *incState {
	var code uintptr
	if f.Resolve != nil {
		code = reflect.ValueOf(f.Resolve).Pointer()
	}
	if f.inc == nil || f.inc.resolve != code {
		f.inc = &incState{resolve: code, gen: 1, incs: map[uint64][]*incCache{},
			incByID: map[string]*incCache{}, entryByID: map[string]*item{}, sideSums: map[string]*sideSum{}}
		f.inc.prep = preparer{resolve: f.resolver(), cache: map[resolveKey]extract.Date{}, sides: &sideTable{}}
		f.inc.datedUnits.slot = 1
	}
	if len(f.inc.prep.cache) > maxResolveCache {
		f.inc.prep.cache = map[resolveKey]extract.Date{}
	}
	return f.inc
}

// articleViews returns the ids of the articles with claims, sorted, and
// their views: kept from the previous build but for the articles the fold
// changed since (all of them the first time). changed is false when the
// list and the views are those of the previous build.
func (f *Fold) articleViews(st *incState) (ids []string, vcs []*viewCache, changed bool) {
	active := func(a *articleState) bool { return !a.retracted && len(a.claims) > 0 }
	if st.ids == nil {
		changed = true
		st.ids = make([]string, 0, len(f.articles))
		for id, a := range f.articles {
			if active(a) {
				st.ids = append(st.ids, id)
			}
		}
		slices.Sort(st.ids)
		st.vcs = make([]*viewCache, len(st.ids))
		for i, id := range st.ids {
			st.vcs[i] = st.viewOf(nil, id, f.articles[id])
		}
	} else {
		for _, a := range f.changed {
			i, found := slices.BinarySearch(st.ids, a.id)
			switch {
			case f.articles[a.id] != a || !active(a):
				if found {
					st.ids, st.vcs = slices.Delete(st.ids, i, i+1), slices.Delete(st.vcs, i, i+1)
					changed = true
				}
			case found:
				vc := st.viewOf(st.vcs[i], a.id, a)
				changed = changed || vc != st.vcs[i]
				st.vcs[i] = vc
			default:
				st.ids, st.vcs = slices.Insert(st.ids, i, a.id), slices.Insert(st.vcs, i, st.viewOf(nil, a.id, a))
				changed = true
			}
		}
	}
	clear(f.changed)
	f.changed = f.changed[:0]
	return st.ids, st.vcs, changed
}

// viewOf returns the article's cached views (vc, nil when none), preparing
// its plain view again when the article changed.
func (st *incState) viewOf(vc *viewCache, id string, a *articleState) *viewCache {
	if vc == nil || vc.st != a || vc.rev != a.rev {
		vc = &viewCache{st: a, rev: a.rev}
		vc.plain = st.prepareView(id, a, 0, false)
	}
	return vc
}

// anchored returns the article's view re-resolved against anchor.
func (st *incState) anchored(id string, vc *viewCache, anchor int32) *prepView {
	if vc.anch == nil || vc.anchDay != anchor {
		vc.anch, vc.anchDay = st.prepareView(id, vc.st, anchor, true), anchor
	}
	return vc.anch
}

func (st *incState) prepareView(id string, a *articleState, anchor int32, anchored bool) *prepView {
	v := &prepView{}
	v.art, v.claims, v.need = st.prep.article(id, a, anchor, anchored)
	for _, pc := range v.claims {
		st.uids++
		pc.uid = st.uids
		if pc.c.Kind != extract.KindEvent {
			continue
		}
		if pc.dated {
			v.dated = append(v.dated, pc)
			continue
		}
		it := &item{entry: eventEntry([]*pclaim{pc}, 0, 0, false)}
		it.ord = idOrderOf(it.entry.ID)
		it.first = it.entry.Sources[0].ArticleID
		it.json = encodeWith(&st.scratch, func(e *encoder) { e.entry(&it.entry) })
		v.undated = append(v.undated, it)
		v.undatedClaims = append(v.undatedClaims, pc)
	}
	var cum []*pclaim
	v.units, cum = articleUnits(v.art, v.claims)
	for _, u := range v.units {
		u.uid = u.claims[0].uid
		if u.dated {
			v.datedUnits = append(v.datedUnits, u)
		} else if u.weekday >= 0 {
			v.weekdayUndated = true
		}
	}
	if len(cum) > 0 {
		v.cumJSON = encodeWith(&st.scratch, func(e *encoder) {
			for i, pc := range cum {
				r := report(pc)
				v.cum = append(v.cum, r)
				if i > 0 {
					e.raw(",")
				}
				e.report(&r)
			}
		})
	}
	return v
}

// reconcile reconciles the units of the views, with their dated units
// kept in order across builds.
func (st *incState) reconcile(views []*prepView) *casualtyBuild {
	perArt := slices.Grow(st.perArt[:0], len(views))[:len(views)]
	for i, v := range views {
		perArt[i] = v.units
	}
	clearTail(st.perArt, len(views))
	st.perArt = perArt
	upd := st.datedUnits.update(views, func(v *prepView) []*unit { return v.datedUnits },
		func(u *unit) *artView { return u.art }, compareDatedUnits)
	dated := upd.list
	if dated == nil {
		dated = []*unit{} // none, rather than unsorted
	}
	st.live.prepare(views, upd.removedViews)
	return reconcileSorted(perArt, dated, &st.arena, &st.live)
}

// ordered keeps things of the views (dated units, dated event claims) in
// an order across builds.
type ordered[T any] struct {
	list  []T
	views map[*artView]*prepView // the views of list, by their article
	slot  int                    // its flag in prepView.listed
}

// orderUpdate is the new order of an update and what changed.
type orderUpdate[T any] struct {
	list []T
	// added (sorted) are the things of the views new to the update;
	// removed (in the previous order), those of the views gone.
	added, removed           []T
	addedViews, removedViews []*prepView
}

// update returns the things of views in order: those of the previous
// update whose views are still in use, merged with the sorted things (of)
// of the views new to it.
func (o *ordered[T]) update(views []*prepView, of func(*prepView) []T, art func(T) *artView, compare func(x, y T) int) orderUpdate[T] {
	var u orderUpdate[T]
	if o.views == nil {
		o.views = map[*artView]*prepView{}
	}
	present := 0
	for _, v := range views {
		if v.listed[o.slot] {
			present++
			continue
		}
		u.addedViews = append(u.addedViews, v)
		u.added = append(u.added, of(v)...)
	}
	kept := o.list
	if present < len(o.views) {
		cur := make(map[*artView]bool, len(views))
		for _, v := range views {
			cur[v.art] = true
		}
		gone := map[*artView]bool{}
		for a, v := range o.views {
			if !cur[a] {
				u.removedViews = append(u.removedViews, v)
				gone[a] = true
				delete(o.views, a)
				v.listed[o.slot] = false
			}
		}
		// The list is the order's own (a build reads it only while it
		// runs): it is filtered and merged into in place.
		kept = o.list[:0]
		for _, x := range o.list {
			if gone[art(x)] {
				u.removed = append(u.removed, x)
			} else {
				kept = append(kept, x)
			}
		}
		clearTail(o.list, len(kept))
	}
	for _, v := range u.addedViews {
		o.views[v.art] = v
		v.listed[o.slot] = true
	}
	o.list = mergeInPlace(kept, u.added, compare)
	u.list = o.list
	return u
}

// mergeInPlace is mergeSorted into kept's own array (grown when it has no
// room): the kept things after the last added one move up once, from the
// back, by blocks found by binary search.
func mergeInPlace[T any](kept, added []T, compare func(x, y T) int) []T {
	if len(added) == 0 {
		return kept
	}
	slices.SortFunc(added, compare)
	n := len(kept)
	out := slices.Grow(kept, len(added))[:n+len(added)]
	i, k := n, len(out) // kept[:i] not yet moved; out[k:] final
	for j := len(added) - 1; j >= 0; j-- {
		a := added[j]
		// The first of kept[:i] after a: a goes after those not after it.
		p, _ := slices.BinarySearchFunc(out[:i], a, func(x, a T) int {
			if compare(a, x) < 0 {
				return 1
			}
			return -1
		})
		k -= i - p
		copy(out[k:], out[p:i])
		i = p
		k--
		out[k] = a
	}
	return out
}

// mergeSorted sorts added and merges it into kept, which is sorted; kept
// itself is returned when nothing is added. Each added thing goes after the
// kept ones not after it, found by binary search: few are added to many.
func mergeSorted[T any](kept, added []T, compare func(x, y T) int) []T {
	if len(added) == 0 {
		return kept
	}
	slices.SortFunc(added, compare)
	out := make([]T, 0, len(kept)+len(added))
	i := 0
	for _, a := range added {
		// The first kept thing after a, from i on.
		n, _ := slices.BinarySearchFunc(kept[i:], a, func(k, a T) int {
			if compare(a, k) < 0 {
				return 1
			}
			return -1
		})
		out = append(append(out, kept[i:i+n]...), a)
		i += n
	}
	return append(out, kept[i:]...)
}

// keyHash hashes a cache key (a list of uids).
func keyHash(key []uint64) uint64 {
	h := uint64(14695981039346656037)
	for _, k := range key {
		h = (h ^ k) * 1099511628211
		h ^= h >> 29
	}
	return h
}

// incident returns the rendered incident made of in's units, rendering it
// when there is none.
func (st *incState) incident(in *incident) *incCache {
	// Most incidents are made of the same units as the one their first
	// unit was first of in the previous build.
	first := in.units[0]
	if ce := first.rendered; ce != nil && len(ce.key) == len(in.units) {
		same := true
		for i, u := range in.units {
			if u.uid != ce.key[i] {
				same = false
				break
			}
		}
		if same {
			return ce
		}
	}
	// A unit is the claims of one statement of one prepared view: the uid
	// of its first claim names it.
	st.key = st.key[:0]
	for _, u := range in.units {
		st.key = append(st.key, u.uid)
	}
	h := keyHash(st.key)
	for _, ce := range st.incs[h] {
		if slices.Equal(ce.key, st.key) {
			first.rendered = ce
			return ce
		}
	}
	ce := &incCache{key: slices.Clone(st.key), dated: in.dated, inc: in.model(st.prep.sides)}
	ce.start = in.start
	ce.ord = idOrderOf(ce.inc.ID)
	ce.entry = casualtyEntry(&ce.inc, in)
	if !in.dated {
		ce.first = ce.entry.Sources[0].ArticleID
	}
	ce.incJSON = encodeWith(&st.scratch, func(e *encoder) { e.incident(&ce.inc) })
	ce.json = encodeWith(&st.scratch, func(e *encoder) { e.entry(&ce.entry) })
	st.incs[h] = append(st.incs[h], ce)
	first.rendered = ce
	return ce
}

func compareIncidents(x, y *incCache) int {
	switch {
	case x.dated != y.dated:
		if x.dated {
			return -1
		}
		return 1
	case x.dated && x.start != y.start:
		return cmp.Compare(x.start, y.start)
	}
	return compareIDs(x.ord, x.inc.ID, y.ord, y.inc.ID)
}

func compareDatedItems(x, y *item) int {
	return cmp.Or(cmp.Compare(x.start, y.start), compareIDs(x.ord, x.entry.ID, y.ord, y.entry.ID))
}

func compareUndatedItems(x, y *item) int {
	return cmp.Or(strings.Compare(x.first, y.first), compareIDs(x.ord, x.entry.ID, y.ord, y.entry.ID))
}

// dropSorted returns list (sorted by compare) without the things of drop,
// each found by binary search: few are dropped from many. Things of drop
// not in list are ignored.
func dropSorted[T comparable](list, drop []T, compare func(x, y T) int) []T {
	if len(drop) == 0 {
		return list
	}
	at := make([]int, 0, len(drop))
	for _, d := range drop {
		i, _ := slices.BinarySearchFunc(list, d, compare)
		for i < len(list) && list[i] != d && compare(list[i], d) == 0 {
			i++
		}
		if i < len(list) && list[i] == d {
			at = append(at, i)
		}
	}
	slices.Sort(at)
	at = slices.Compact(at)
	out := make([]T, 0, len(list)-len(at))
	next := 0
	for _, i := range at {
		out = append(out, list[next:i]...)
		next = i + 1
	}
	return append(out, list[next:]...)
}

// mergeOrder returns the items of prev that keep says are still in use,
// in their order, merged with added (items new to this build, sorted
// here), and the items of prev no longer in use.
func mergeOrder[T any](prev, added []T, keep func(T) bool, compare func(x, y T) int) (out, dropped []T) {
	kept := make([]T, 0, len(prev))
	for _, x := range prev {
		if keep(x) {
			kept = append(kept, x)
		} else {
			dropped = append(dropped, x)
		}
	}
	return mergeSorted(kept, added, compare), dropped
}

// casualties renders the casualty model from a reconciliation, reusing the
// incidents whose units are made of the same prepared claims.
func (st *incState) casualties(lb *liveBuild, b *casualtyBuild, asOf AsOf) {
	m := Casualties{AsOf: asOf}
	var added []*incCache
	for _, in := range b.incidents {
		ce := st.incident(in)
		ce.gen = st.gen
		if !ce.live {
			added = append(added, ce)
		}
	}
	list, dropped := mergeOrder(st.incOrder, added, func(ce *incCache) bool { return ce.gen == st.gen }, compareIncidents)
	st.incOrder, lb.addedIncs, lb.droppedIncs = list, added, dropped
	for _, ce := range dropped {
		ce.live = false
		st.count(ce, -1)
	}
	for _, ce := range added {
		ce.live = true
		st.count(ce, 1)
		if old := st.incByID[ce.inc.ID]; old == nil || !bytes.Equal(old.incJSON, ce.incJSON) {
			lb.casChanges = append(lb.casChanges, changedItem{id: ce.inc.ID, body: ce.incJSON})
		}
		st.incByID[ce.inc.ID] = ce
	}
	for _, ce := range dropped {
		if st.incByID[ce.inc.ID] == ce {
			delete(st.incByID, ce.inc.ID)
		}
	}
	m.Totals.BySide = make(map[string]SideTotal, len(st.sideSums))
	for side, ss := range st.sideSums {
		m.Totals.BySide[side] = ss.total
	}
	lb.cas, lb.incs = m, list
}

// sideSum is a side's total over the incidents in the models, and how
// many of their rows name the side.
type sideSum struct {
	total SideTotal
	rows  int
}

// count adds an incident's figures to the totals by side (sign 1), or takes
// them away (-1): the totals follow the incidents that come and go instead
// of being summed over every incident at every build.
func (st *incState) count(ce *incCache, sign int) {
	for _, s := range ce.inc.BySide {
		ss := st.sideSums[s.Side]
		if ss == nil {
			ss = &sideSum{}
			st.sideSums[s.Side] = ss
		}
		ss.rows += sign
		if s.Killed.Best != nil {
			ss.total.Killed += sign * *s.Killed.Best
		}
		if s.Wounded.Best != nil {
			ss.total.Wounded += sign * *s.Wounded.Best
		}
		if ss.rows == 0 {
			delete(st.sideSums, s.Side)
		}
	}
}

// eventItems are the event entries of a build that the previous build did
// not have.
type eventItems struct{ addDated, addUndated, dropDated, dropUndated []*item }

// eventItems brings the event groups up to date with the views (see
// recluster), renders the groups made, and marks the event entries the
// build adds and drops.
func (st *incState) eventItems(views []*prepView) (ev eventItems) {
	u := st.datedEvents.update(views, func(v *prepView) []*pclaim { return v.dated },
		func(pc *pclaim) *artView { return pc.art }, compareDatedEvents)
	made, gone := recluster(u.list, u.added, u.removed)
	// The undated entries of views gone and new are dropped and added as
	// hosting decides.
	for _, g := range gone {
		g.live = false
		ev.dropDated = append(ev.dropDated, &g.item)
	}
	changed := st.hosts.rehost(made, gone, u.removedViews, u.addedViews, &ev)
	// A group whose guests changed is rendered again, as a new group of
	// the same claims.
	for _, g := range changed {
		n := &liveGroup{start: g.start, end: g.end, actors: g.actors, places: g.places, kinds: g.kinds, claims: g.claims, guests: g.guests}
		for _, c := range n.claims {
			c.group = n
		}
		for _, pc := range n.guests {
			st.hosts.host[pc] = n
		}
		st.hosts.dropGroup(g)
		st.hosts.addGroup(n)
		g.live = false
		g.guests = nil
		ev.dropDated = append(ev.dropDated, &g.item)
		made = append(made, n)
	}
	for _, g := range made {
		claims := slices.Clone(g.claims)
		claims = append(claims, g.guests...)
		g.item = item{live: true, start: g.start, entry: eventEntry(claims, g.start, g.end, true)}
		g.ord = idOrderOf(g.entry.ID)
		g.json = encodeWith(&st.evScratch, func(e *encoder) { e.entry(&g.entry) })
		ev.addDated = append(ev.addDated, &g.item)
	}
	return ev
}

// timeline renders the timeline model from the views and the incidents
// rendered by casualties, reusing the event entries made of the same
// prepared claims.
func (st *incState) timeline(lb *liveBuild, ev eventItems) {
	addDated, addUndated := ev.addDated, ev.addUndated
	dropDated, dropUndated := ev.dropDated, ev.dropUndated
	// An incident's entry is new to the timeline when the incident is new
	// to the casualty model, and gone from it when the incident is.
	for _, ce := range lb.addedIncs {
		if ce.dated {
			addDated = append(addDated, &ce.item)
		} else {
			addUndated = append(addUndated, &ce.item)
		}
	}
	for _, ce := range lb.droppedIncs {
		if ce.dated {
			dropDated = append(dropDated, &ce.item)
		} else {
			dropUndated = append(dropUndated, &ce.item)
		}
	}
	lb.dated = mergeSorted(dropSorted(st.datedOrder, dropDated, compareDatedItems), addDated, compareDatedItems)
	lb.undated = mergeSorted(dropSorted(st.undatedOrder, dropUndated, compareUndatedItems), addUndated, compareUndatedItems)
	st.datedOrder, st.undatedOrder = lb.dated, lb.undated
	for _, l := range [2][]*item{addDated, addUndated} {
		for _, it := range l {
			if old := st.entryByID[it.entry.ID]; old == nil || !bytes.Equal(old.json, it.json) {
				lb.tlChanges = append(lb.tlChanges, changedItem{id: it.entry.ID, body: it.json})
			}
			st.entryByID[it.entry.ID] = it
		}
	}
	for _, l := range [2][]*item{dropDated, dropUndated} {
		for _, it := range l {
			if st.entryByID[it.entry.ID] == it {
				delete(st.entryByID, it.entry.ID)
			}
		}
	}
	lb.tl = Timeline{AsOf: lb.cas.AsOf}
}

// fill copies the cumulative reports, incidents and entries into the
// models; a build leaves that to its first reader, with the encoding.
func (lb *liveBuild) fill() {
	m := &lb.cas
	m.Cumulative = []Report{}
	for _, v := range lb.views {
		m.Cumulative = append(m.Cumulative, v.cum...)
	}
	m.Incidents = make([]Incident, len(lb.incs))
	for i, ce := range lb.incs {
		m.Incidents[i] = ce.inc
	}
	t := &lb.tl
	t.Entries, t.Undated = make([]Entry, len(lb.dated)), make([]Entry, len(lb.undated))
	for i, it := range lb.dated {
		t.Entries[i] = it.entry
	}
	for i, it := range lb.undated {
		t.Undated[i] = it.entry
	}
}

// sweep drops the rendered incidents the current build did not use.
func (st *incState) sweep() {
	st.sinceSweep = 0
	sweepCache(st.incs, func(ce *incCache) bool { return ce.gen != st.gen })
}

// sweepCache deletes from a cache (lists by key hash) the entries stale
// reports.
func sweepCache[T any](m map[uint64][]*T, stale func(*T) bool) {
	for h, list := range m {
		if list = slices.DeleteFunc(list, stale); len(list) == 0 {
			delete(m, h)
		} else {
			m[h] = list
		}
	}
}

// encode fills both models, makes their canonical JSON, keeps it with
// them and sets their digests; the two are encoded
// side by side.
func (lb *liveBuild) encode() {
	lb.fill()
	done := make(chan struct{})
	go func() {
		lb.encodeTimeline()
		close(done)
	}()
	lb.encodeCasualties()
	<-done
}

func (lb *liveBuild) encodeCasualties() {
	m := &lb.cas
	size := 256
	for _, v := range lb.views {
		size += len(v.cumJSON) + 1
	}
	for _, ce := range lb.incs {
		size += len(ce.incJSON) + 1
	}
	e := &encoder{buf: make([]byte, 0, size)}
	e.raw(`{"as_of":`)
	e.asOf(m.AsOf)
	e.raw(`,"cumulative":[`)
	first := true
	for _, v := range lb.views {
		if len(v.cumJSON) == 0 {
			continue
		}
		if !first {
			e.raw(",")
		}
		first = false
		e.buf = append(e.buf, v.cumJSON...)
	}
	e.raw("]")
	head, rest := e.digestSlot()
	e.raw(`,"incidents":[`)
	for i, ce := range lb.incs {
		if i > 0 {
			e.raw(",")
		}
		e.buf = append(e.buf, ce.incJSON...)
	}
	e.raw(`],"totals":{"by_side":`)
	appendSideTotals(e, m.Totals.BySide)
	e.raw("}}")
	m.Digest = e.fillDigest(head, rest)
	m.kept = &keptEncoding{json: e.buf}
}

func (lb *liveBuild) encodeTimeline() {
	t := &lb.tl
	size := 256
	for _, l := range [2][]*item{lb.dated, lb.undated} {
		for _, it := range l {
			size += len(it.json) + 1
		}
	}
	e := &encoder{buf: make([]byte, 0, size)}
	e.raw(`{"as_of":`)
	e.asOf(t.AsOf)
	head, rest := e.digestSlot()
	for k, l := range [2][]*item{lb.dated, lb.undated} {
		if k == 0 {
			e.raw(`,"entries":[`)
		} else {
			e.raw(`],"undated":[`)
		}
		for i, it := range l {
			if i > 0 {
				e.raw(",")
			}
			e.buf = append(e.buf, it.json...)
		}
	}
	e.raw("]}")
	t.Digest = e.fillDigest(head, rest)
	t.kept = &keptEncoding{json: e.buf}
}

// digestSlot appends the digest field with room for a digest (filled by
// fillDigest) and returns where the model's JSON before it ends and where
// the JSON after it starts.
func (e *encoder) digestSlot() (head, rest int) {
	head = len(e.buf)
	e.raw(`,"digest":"`)
	e.buf = append(e.buf, make([]byte, 2*sha256.Size)...)
	e.raw(`"`)
	return head, len(e.buf)
}

// fillDigest writes into the digest slot the hex SHA-256 of the model's
// canonical JSON without its digest field (the buffer before head and from
// rest on), and returns it.
func (e *encoder) fillDigest(head, rest int) string {
	h := sha256.New()
	h.Write(e.buf[:head])
	h.Write(e.buf[rest:])
	var s [sha256.Size]byte
	slot := e.buf[rest-1-2*sha256.Size : rest-1]
	hex.Encode(slot, h.Sum(s[:0]))
	return string(slot)
}

// idOrd is an id made by shortID as a number in the order of the ids: its
// prefix's rank and its 16 hex digits.
type idOrd struct {
	ok   bool
	rank uint8
	n    uint64
}

// idOrderOf reads an "evt-" or "inc-" id of 16 lower-case hex digits; ok is
// false for any other.
func idOrderOf(id string) idOrd {
	var o idOrd
	switch {
	case len(id) != 20:
		return o
	case strings.HasPrefix(id, "evt-"):
		o.rank = 0
	case strings.HasPrefix(id, "inc-"):
		o.rank = 1
	default:
		return o
	}
	for i := 4; i < len(id); i++ {
		c := id[i]
		switch {
		case c >= '0' && c <= '9':
			o.n = o.n<<4 | uint64(c-'0')
		case c >= 'a' && c <= 'f':
			o.n = o.n<<4 | uint64(c-'a'+10)
		default:
			return idOrd{}
		}
	}
	o.ok = true
	return o
}

// compareIDs orders ids as strings.Compare does, by their numbers when
// both have one.
func compareIDs(xo idOrd, x string, yo idOrd, y string) int {
	if xo.ok && yo.ok {
		return cmp.Or(cmp.Compare(xo.rank, yo.rank), cmp.Compare(xo.n, yo.n))
	}
	return strings.Compare(x, y)
}
