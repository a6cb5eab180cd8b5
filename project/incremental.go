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
		return strings.Compare(x.inc.ID, y.inc.ID)
	})

	head := &encoder{}
	head.raw(`{"as_of":`)
	head.asOf(asOf)
	head.raw(`,"cumulative":[`)
	first := true
	for _, v := range views {
		m.Cumulative = append(m.Cumulative, v.cum...)
		if len(v.cumJSON) == 0 {
			continue
		}
		if !first {
			head.raw(",")
		}
		first = false
		head.buf = append(head.buf, v.cumJSON...)
	}
	head.raw("]")

	size := 64
	for _, ce := range list {
		size += len(ce.incJSON) + 1
	}
	var marks []itemMark
	rest := &encoder{buf: make([]byte, 0, size), marks: &marks}
	rest.raw(`,"incidents":[`)
	for i, ce := range list {
		if i > 0 {
			rest.raw(",")
		}
		start := len(rest.buf)
		rest.buf = append(rest.buf, ce.incJSON...)
		rest.mark(ce.inc.ID, start)
		m.Incidents = append(m.Incidents, ce.inc)
	}
	rest.raw(`],"totals":{"by_side":`)
	appendSideTotals(rest, m.Totals.BySide)
	rest.raw("}}")
	m.Digest = digestOf(head.buf, rest.buf)
	m.kept = keep(head.buf, m.Digest, rest.buf, marks)
	return m, list
}

// timeline renders the timeline model from the views and the incidents
// rendered by casualties, reusing the event entries made of the same
// prepared claims.
func (st *incState) timeline(views []*prepView, incs []*incCache, asOf AsOf) Timeline {
	type item struct {
		start int32
		id    string
		first string // article of the first source
		entry *Entry
		json  []byte
	}
	var dated []*pclaim
	var undated []item
	var entries []item
	for _, v := range views {
		dated = append(dated, v.dated...)
		for _, pc := range v.undated {
			st.key = append(st.key[:0], 'u')
			st.claimsKey([]*pclaim{pc})
			ce := st.event(func() Entry { return eventEntry([]*pclaim{pc}, 0, 0, false) })
			undated = append(undated, item{id: ce.entry.ID, first: ce.entry.Sources[0].ArticleID,
				entry: &ce.entry, json: ce.json})
		}
	}
	sortDatedEvents(dated)
	for _, g := range clusterEvents(dated, st.prep.sides) {
		st.key = append(st.key[:0], 'd')
		st.claimsKey(g.claims)
		ce := st.event(func() Entry { return eventEntry(g.claims, g.start, g.end, true) })
		ce.start = g.start
		entries = append(entries, item{start: g.start, id: ce.entry.ID, entry: &ce.entry, json: ce.json})
	}
	for _, ce := range incs {
		it := item{start: ce.start, id: ce.entry.ID, entry: &ce.entry, json: ce.entryJSON}
		if ce.dated {
			entries = append(entries, it)
		} else {
			it.first = ce.entry.Sources[0].ArticleID
			undated = append(undated, it)
		}
	}
	slices.SortFunc(entries, func(x, y item) int { return cmp.Or(cmp.Compare(x.start, y.start), strings.Compare(x.id, y.id)) })
	slices.SortFunc(undated, func(x, y item) int { return cmp.Or(strings.Compare(x.first, y.first), strings.Compare(x.id, y.id)) })

	t := Timeline{AsOf: asOf, Entries: make([]Entry, len(entries)), Undated: make([]Entry, len(undated))}
	head := &encoder{}
	head.raw(`{"as_of":`)
	head.asOf(asOf)
	size := 64
	for _, l := range [2][]item{entries, undated} {
		for _, it := range l {
			size += len(it.json) + 1
		}
	}
	var marks []itemMark
	rest := &encoder{buf: make([]byte, 0, size), marks: &marks}
	for k, l := range [2][]item{entries, undated} {
		out := t.Entries
		if k == 0 {
			rest.raw(`,"entries":[`)
		} else {
			rest.raw(`],"undated":[`)
			out = t.Undated
		}
		for i, it := range l {
			if i > 0 {
				rest.raw(",")
			}
			start := len(rest.buf)
			rest.buf = append(rest.buf, it.json...)
			rest.mark(it.id, start)
			out[i] = *it.entry
		}
	}
	rest.raw("]}")
	t.Digest = digestOf(head.buf, rest.buf)
	t.kept = keep(head.buf, t.Digest, rest.buf, marks)
	return t
}

// event returns the cached event entry under the scratch key, rendering it
// with render when there is none.
func (st *incState) event(render func() Entry) *evtCache {
	ce := st.evts[string(st.key)]
	if ce == nil {
		ce = &evtCache{entry: render()}
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

// digestOf is the hex SHA-256 of a model's canonical JSON without its
// digest: head (up to where the digest goes) then rest.
func digestOf(head, rest []byte) string {
	h := sha256.New()
	h.Write(head)
	h.Write(rest)
	var s [sha256.Size]byte
	return hex.EncodeToString(h.Sum(s[:0]))
}

// keep assembles a model's canonical JSON with its digest from head and
// rest, with the marks of rest's items moved to their place.
func keep(head []byte, digest string, rest []byte, marks []itemMark) *keptEncoding {
	b := make([]byte, 0, len(head)+len(digest)+16+len(rest))
	b = append(b, head...)
	b = append(b, `,"digest":`...)
	b = appendJSONString(b, digest)
	off := len(b)
	b = append(b, rest...)
	for i := range marks {
		marks[i].start += off
		marks[i].end += off
	}
	return &keptEncoding{json: b, marks: marks}
}
