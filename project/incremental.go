package project

import (
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"reflect"
	"slices"
	"strings"

	"github.com/claimline/claimline/extract"
)

// incState is what BuildIncremental keeps between builds: each article's
// prepared claims and units (until the article changes), and the rendered
// and encoded incidents and entries (for as long as a build still has them).
type incState struct {
	resolve uintptr  // code of the Resolve the caches were made with
	prep    preparer // its camps and resolved dates outlive a build
	uids    uint64   // last uid given to a prepared claim
	gen     uint64   // the current build
	views   map[string]*viewCache
	incs    map[string]*incCache
	evts    map[string]*evtCache
	key     []byte // scratch for cache keys
	// datedEvents are the dated event claims of the previous build, in
	// sortDatedEvents order, and datedArts the articles (views) they are of.
	datedEvents []*pclaim
	datedArts   map[*artView]bool
}

// maxResolveCache bounds the resolved dates kept between builds.
const maxResolveCache = 1 << 16

// viewCache is one article's prepared views: plain, and against its
// anchor when it has one.
type viewCache struct {
	st      *articleState
	rev     uint64
	gen     uint64
	plain   *prepView
	anch    *prepView
	anchDay int32
}

// prepView is an article prepared for a build: its claims, casualty units
// and cumulative reports, and its event claims.
type prepView struct {
	art     *artView
	claims  []*pclaim
	units   []*unit
	cum     []Report
	cumJSON []byte // the cumulative reports, canonical, comma-separated
	dated   []*pclaim
	undated []*pclaim
	need    bool // no publication date, undated claims naming a weekday
}

// incCache is a rendered incident and its timeline entry, both encoded.
type incCache struct {
	gen       uint64
	ord       idOrd
	dated     bool
	start     int32
	inc       Incident
	entry     Entry
	incJSON   []byte
	entryJSON []byte
}

// evtCache is a rendered event entry, encoded.
type evtCache struct {
	gen   uint64
	ord   idOrd
	start int32
	entry Entry
	json  []byte
}

// BuildIncremental builds both read models like Build, byte for byte (the
// same digests), at a cost that follows what changed since the previous
// call: the articles that did not change keep their prepared claims and
// units, and incidents and entries whose claims are the same keep their
// rendering and canonical encoding. Reconciliation still runs over every
// claim, so a call still costs O(n) plus a sort of the dated claims.
//
// The models' canonical JSON is kept with them (see Casualties.encodeKept).
// They share memory with the fold's caches: callers must not modify them.
// Resolve must not change between calls except to be set before the first;
// a different function discards the caches.
func (f *Fold) BuildIncremental() (Casualties, Timeline) {
	st := f.incState()
	st.gen++
	ids := make([]string, 0, len(f.articles))
	for id, a := range f.articles {
		if !a.retracted && len(a.claims) > 0 {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	vcs := make([]*viewCache, len(ids))
	views := make([]*prepView, len(ids))
	need := false
	for i, id := range ids {
		vcs[i] = st.viewOf(id, f.articles[id])
		views[i] = vcs[i].plain
		need = need || views[i].need
	}
	b := reconcileViews(views)
	if need {
		if anchors := f.anchors(b.joins); len(anchors) > 0 {
			for i, id := range ids {
				if day, ok := anchors[id]; ok && !views[i].art.hasPub {
					views[i] = st.anchored(id, vcs[i], day)
				}
			}
			b = reconcileViews(views)
		}
	}
	asOf := f.asOf()
	cas, incs := st.casualties(views, b, asOf)
	tl := st.timeline(views, incs, asOf)
	st.sweep()
	return cas, tl
}

func (f *Fold) incState() *incState {
	var code uintptr
	if f.Resolve != nil {
		code = reflect.ValueOf(f.Resolve).Pointer()
	}
	if f.inc == nil || f.inc.resolve != code {
		f.inc = &incState{resolve: code, views: map[string]*viewCache{}, incs: map[string]*incCache{},
			evts: map[string]*evtCache{}}
		f.inc.prep = preparer{resolve: f.resolver(), cache: map[resolveKey]extract.Date{}, sides: &sideTable{}}
	}
	if len(f.inc.prep.cache) > maxResolveCache {
		f.inc.prep.cache = map[resolveKey]extract.Date{}
	}
	return f.inc
}

// viewOf returns the article's cached views, preparing its plain view again
// when the article changed.
func (st *incState) viewOf(id string, a *articleState) *viewCache {
	vc := st.views[id]
	if vc == nil || vc.st != a || vc.rev != a.rev {
		vc = &viewCache{st: a, rev: a.rev}
		vc.plain = st.prepareView(id, a, 0, false)
		st.views[id] = vc
	}
	vc.gen = st.gen
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
		if pc.c.Kind == extract.KindEvent {
			if pc.dated {
				v.dated = append(v.dated, pc)
			} else {
				v.undated = append(v.undated, pc)
			}
		}
	}
	var cum []*pclaim
	v.units, cum = articleUnits(v.art, v.claims)
	e := &encoder{}
	for i, pc := range cum {
		r := report(pc)
		v.cum = append(v.cum, r)
		if i > 0 {
			e.raw(",")
		}
		e.report(&r)
	}
	v.cumJSON = e.buf
	return v
}

func reconcileViews(views []*prepView) *casualtyBuild {
	perArt := make([][]*unit, len(views))
	for i, v := range views {
		perArt[i] = v.units
	}
	return reconcileUnits(perArt)
}

// claimsKey appends the uids of claims to the scratch key.
func (st *incState) claimsKey(claims []*pclaim) {
	for _, pc := range claims {
		st.key = binary.LittleEndian.AppendUint64(st.key, pc.uid)
	}
}

// casualties renders the casualty model from a reconciliation, reusing the
// incidents whose units are made of the same prepared claims.
func (st *incState) casualties(views []*prepView, b *casualtyBuild, asOf AsOf) (Casualties, []*incCache) {
	m := Casualties{AsOf: asOf, Cumulative: []Report{}, Incidents: make([]Incident, 0, len(b.incidents)),
		Totals: Totals{BySide: map[string]SideTotal{}}}
	list := make([]*incCache, len(b.incidents))
	for i, in := range b.incidents {
		st.key = st.key[:0]
		for _, u := range in.units {
			st.claimsKey(u.claims)
			st.key = binary.LittleEndian.AppendUint64(st.key, 0)
		}
		ce := st.incs[string(st.key)]
		if ce == nil {
			ce = &incCache{dated: in.dated, start: in.start, inc: in.model(st.prep.sides)}
			ce.ord = idOrderOf(ce.inc.ID)
			ce.entry = casualtyEntry(&ce.inc, in)
			e := &encoder{}
			e.incident(&ce.inc)
			ce.incJSON = e.buf
			e = &encoder{}
			e.entry(&ce.entry)
			ce.entryJSON = e.buf
			st.incs[string(st.key)] = ce
		}
		ce.gen = st.gen
		list[i] = ce
		for _, s := range ce.inc.BySide {
			t := m.Totals.BySide[s.Side]
			if s.Killed.Best != nil {
				t.Killed += *s.Killed.Best
			}
			if s.Wounded.Best != nil {
				t.Wounded += *s.Wounded.Best
			}
			m.Totals.BySide[s.Side] = t
		}
	}
	slices.SortFunc(list, func(x, y *incCache) int {
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
	})

	size := 256
	for _, v := range views {
		size += len(v.cumJSON) + 1
	}
	for _, ce := range list {
		size += len(ce.incJSON) + 1
	}
	var marks []itemMark
	e := &encoder{buf: make([]byte, 0, size), marks: &marks}
	e.raw(`{"as_of":`)
	e.asOf(asOf)
	e.raw(`,"cumulative":[`)
	first := true
	for _, v := range views {
		m.Cumulative = append(m.Cumulative, v.cum...)
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
	for i, ce := range list {
		if i > 0 {
			e.raw(",")
		}
		start := len(e.buf)
		e.buf = append(e.buf, ce.incJSON...)
		e.mark(ce.inc.ID, start)
		m.Incidents = append(m.Incidents, ce.inc)
	}
	e.raw(`],"totals":{"by_side":`)
	appendSideTotals(e, m.Totals.BySide)
	e.raw("}}")
	m.Digest = e.fillDigest(head, rest)
	m.kept = &keptEncoding{json: e.buf, marks: marks}
	return m, list
}

// timeline renders the timeline model from the views and the incidents
// rendered by casualties, reusing the event entries made of the same
// prepared claims.
func (st *incState) timeline(views []*prepView, incs []*incCache, asOf AsOf) Timeline {
	type item struct {
		start int32
		ord   idOrd
		id    string
		first string // article of the first source
		entry *Entry
		json  []byte
	}
	var undated []item
	var entries []item
	dated := st.sortedDatedEvents(views)
	for _, v := range views {
		for _, pc := range v.undated {
			st.key = append(st.key[:0], 'u')
			st.claimsKey([]*pclaim{pc})
			ce := st.event(func() Entry { return eventEntry([]*pclaim{pc}, 0, 0, false) })
			undated = append(undated, item{ord: ce.ord, id: ce.entry.ID, first: ce.entry.Sources[0].ArticleID,
				entry: &ce.entry, json: ce.json})
		}
	}
	for _, g := range clusterEvents(dated, st.prep.sides) {
		st.key = append(st.key[:0], 'd')
		st.claimsKey(g.claims)
		ce := st.event(func() Entry { return eventEntry(g.claims, g.start, g.end, true) })
		ce.start = g.start
		entries = append(entries, item{start: g.start, ord: ce.ord, id: ce.entry.ID, entry: &ce.entry, json: ce.json})
	}
	for _, ce := range incs {
		it := item{start: ce.start, ord: ce.ord, id: ce.entry.ID, entry: &ce.entry, json: ce.entryJSON}
		if ce.dated {
			entries = append(entries, it)
		} else {
			it.first = ce.entry.Sources[0].ArticleID
			undated = append(undated, it)
		}
	}
	slices.SortFunc(entries, func(x, y item) int {
		return cmp.Or(cmp.Compare(x.start, y.start), compareIDs(x.ord, x.id, y.ord, y.id))
	})
	slices.SortFunc(undated, func(x, y item) int {
		return cmp.Or(strings.Compare(x.first, y.first), compareIDs(x.ord, x.id, y.ord, y.id))
	})

	t := Timeline{AsOf: asOf, Entries: make([]Entry, len(entries)), Undated: make([]Entry, len(undated))}
	size := 256
	for _, l := range [2][]item{entries, undated} {
		for _, it := range l {
			size += len(it.json) + 1
		}
	}
	var marks []itemMark
	e := &encoder{buf: make([]byte, 0, size), marks: &marks}
	e.raw(`{"as_of":`)
	e.asOf(asOf)
	head, rest := e.digestSlot()
	for k, l := range [2][]item{entries, undated} {
		out := t.Entries
		if k == 0 {
			e.raw(`,"entries":[`)
		} else {
			e.raw(`],"undated":[`)
			out = t.Undated
		}
		for i, it := range l {
			if i > 0 {
				e.raw(",")
			}
			start := len(e.buf)
			e.buf = append(e.buf, it.json...)
			e.mark(it.id, start)
			out[i] = *it.entry
		}
	}
	e.raw("]}")
	t.Digest = e.fillDigest(head, rest)
	t.kept = &keptEncoding{json: e.buf, marks: marks}
	return t
}

// sortedDatedEvents returns the dated event claims of the views in
// sortDatedEvents order: those of the previous build whose views are still
// in use, merged with the sorted claims of the views new to this build.
func (st *incState) sortedDatedEvents(views []*prepView) []*pclaim {
	cur := make(map[*artView]bool, len(views))
	var added []*pclaim
	for _, v := range views {
		cur[v.art] = true
		if !st.datedArts[v.art] {
			added = append(added, v.dated...)
		}
	}
	kept := make([]*pclaim, 0, len(st.datedEvents)+len(added))
	for _, pc := range st.datedEvents {
		if cur[pc.art] {
			kept = append(kept, pc)
		}
	}
	sortDatedEvents(added)
	out := make([]*pclaim, 0, len(kept)+len(added))
	i, j := 0, 0
	for i < len(kept) && j < len(added) {
		if compareDatedEvents(added[j], kept[i]) < 0 {
			out = append(out, added[j])
			j++
		} else {
			out = append(out, kept[i])
			i++
		}
	}
	out = append(append(out, kept[i:]...), added[j:]...)
	st.datedEvents, st.datedArts = out, cur
	return out
}

// event returns the cached event entry under the scratch key, rendering it
// with render when there is none.
func (st *incState) event(render func() Entry) *evtCache {
	ce := st.evts[string(st.key)]
	if ce == nil {
		ce = &evtCache{entry: render()}
		ce.ord = idOrderOf(ce.entry.ID)
		e := &encoder{}
		e.entry(&ce.entry)
		ce.json = e.buf
		st.evts[string(st.key)] = ce
	}
	ce.gen = st.gen
	return ce
}

// sweep drops what the current build did not use.
func (st *incState) sweep() {
	for k, ce := range st.incs {
		if ce.gen != st.gen {
			delete(st.incs, k)
		}
	}
	for k, ce := range st.evts {
		if ce.gen != st.gen {
			delete(st.evts, k)
		}
	}
	for k, vc := range st.views {
		if vc.gen != st.gen {
			delete(st.views, k)
		}
	}
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
