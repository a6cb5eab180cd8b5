package project

import (
	"slices"
	"sync/atomic"
)

// unitRec is what one reconciliation decided for a unit: the step of
// reconcile that gave it its incident and the first unit of that incident
// (for step 6, of the undated incident it started or joined, which step 8
// may then move into a dated incident), and, for a
// unit that is the first of an incident, the incident's size and start at
// the end of its step and what step 7 did with it.
type unitRec struct {
	gen   uint64 // the reconciliation (set when recorded)
	step  uint8
	to    *unit
	n     int32 // first unit of a step 1 or step 6 incident: its size then
	start int32 // first unit of a step 1 incident: its start
	// merge is, for the first unit of an incident step 7 looked at, the
	// first unit of the incident it merged into (itself when kept).
	merge *unit
}

// liveReconcile makes the reconciliation of a live build cost what changed
// since the last one instead of what there is: where nothing a decision
// depends on changed, the decision of the last reconciliation is taken
// again instead of searched for.
//
// Each step of reconcile looks only at incidents near a unit in time: step
// 4 at dated incidents that start in the 14 days (42 for a unit told as
// days or weeks from another event: see windowDays) before the
// publication of the unit's article, step 7 at bare incidents whose
// articles were
// published within a week. So, step by step, the live reconciliation marks
// the days where an incident differs from the last reconciliation's (is
// new, gone, or has other units) and takes a unit's decision again only
// when it is not new and no day it looks at is marked; every other
// decision is made as in a full reconciliation, and where it differs, its
// days are marked in turn. Step 1 and the steps local to an article (3, 5
// and 6) run in full. Every decision's effect is applied, so the incidents
// are those of a full reconciliation; TestBuildIncrementalEqualsBuild holds
// it to that.
//
// A unit of an article without a publication date may join a dated
// incident of any time: its step 4 decision is always made afresh. Step 7
// looks at every kept incident of such articles: while there are any (in
// this reconciliation or the last), its decisions are all made afresh.
// Builds with an undated unit naming a weekday (step 2) reconcile in full.
type liveReconcile struct {
	gen, prevGen uint64
	// active: decisions may be taken again this time; step7, those of
	// step 7 too. allPub: every article of the last reconciliation had a
	// publication date.
	active, step7, allPub bool
	// removed are the views of the last reconciliation not in this one.
	removed []*prepView
	// firsts are the first units of the last reconciliation's step 1
	// incidents.
	firsts []*unit
	// starts are the days on which a dated incident that differs from
	// the last reconciliation's starts (or started); pubs, the
	// publication days of the articles of undated incidents that differ.
	starts, pubs days
	// dated are the dated incidents by start (step 4, made on demand).
	dated []*incident
}

// liveReconcileStats count, for tests, the live reconciliations that took
// decisions again, and the decisions of steps 4 and 7 taken again and made.
var liveReconcileStats struct{ active, taken, made atomic.Int64 }

// days is a sorted set of days.
type days []int32

func (d *days) add(day int32) {
	if i, found := slices.BinarySearch(*d, day); !found {
		*d = slices.Insert(*d, i, day)
	}
}

// any reports whether a day of d lies in [lo, hi].
func (d days) any(lo, hi int32) bool {
	i, _ := slices.BinarySearch(d, lo)
	return i < len(d) && d[i] <= hi
}

// prepare readies the reconciliation of views; removed are the views of the
// last one gone since.
func (lr *liveReconcile) prepare(views, removed []*prepView) {
	lr.removed = removed
	lr.active = lr.prevGen != 0
	allPub := true
	for _, v := range views {
		allPub = allPub && v.art.hasPub
		if v.weekdayUndated {
			lr.active = false
		}
	}
	lr.step7 = lr.active && allPub && lr.allPub
	lr.allPub = allPub
}

// begin starts a reconciliation and returns its number.
func (lr *liveReconcile) begin() uint64 {
	if lr.active {
		liveReconcileStats.active.Add(1)
	}
	lr.gen++
	lr.starts, lr.pubs, lr.dated = lr.starts[:0], lr.pubs[:0], nil
	return lr.gen
}

// existed reports whether the last reconciliation decided for u.
func (lr *liveReconcile) existed(u *unit) bool { return u.rec.gen == lr.prevGen }

// firstOfIncident reports whether u is the first unit of an incident of
// this reconciliation.
func (lr *liveReconcile) firstOfIncident(u *unit) bool {
	return u.seen == lr.gen && u.inc != nil && u.inc.units[0] == u
}

// same reports whether an incident step (1 or 6) made has the units the
// incident with the same first unit had at that step the last time.
func (lr *liveReconcile) same(in *incident, step uint8) bool {
	f := in.units[0]
	if !lr.existed(f) || f.rec.step != step || f.rec.to != f || f.rec.n != int32(len(in.units)) {
		return false
	}
	for _, u := range in.units[1:] {
		if !lr.existed(u) || u.rec.step != step || u.rec.to != f {
			return false
		}
	}
	return true
}

// afterStep1 notes the size of the step 1 incidents and marks the start of
// those that differ from the last reconciliation's, and of those gone.
func (lr *liveReconcile) afterStep1(b *casualtyBuild) {
	for _, in := range b.incidents {
		f := in.units[0]
		f.cur.n, f.cur.start = int32(len(in.units)), in.start
		for _, u := range in.units {
			u.cur.to = f
		}
	}
	if !lr.active {
		return
	}
	for _, in := range b.incidents {
		if lr.same(in, 1) {
			continue
		}
		in.dirty = true
		lr.starts.add(in.start)
		for _, u := range in.units {
			if lr.existed(u) && u.rec.step == 1 {
				lr.starts.add(u.rec.to.rec.start)
			}
		}
	}
	for _, f := range lr.firsts {
		if !lr.firstOfIncident(f) {
			lr.starts.add(f.rec.start)
		}
	}
	// The units of the articles gone leave the incidents they joined.
	for _, v := range lr.removed {
		for _, u := range v.units {
			if u.rec.gen != lr.prevGen {
				continue
			}
			switch {
			case u.rec.step >= 2 && u.rec.step <= 5:
				lr.starts.add(u.rec.to.rec.start)
			case u.rec.step == 6:
				lr.pubs.add(u.art.pub)
			}
		}
	}
}

// afterNeighbours marks the start of the incidents that undated units
// joined at a step of joinNeighbours, or left, unlike the last time: units
// of the articles with a dated unit, as at step 3 no other unit can join.
func (lr *liveReconcile) afterNeighbours(b *casualtyBuild, step uint8) {
	if !lr.active {
		return
	}
	for _, ai := range b.mixedArts {
		for _, u := range b.byArticle[ai] {
			if u.dated {
				continue
			}
			lr.compareJoin(u, step)
		}
	}
}

// compareJoin marks the start of the incident u joined at step, and of the
// one it joined at that step the last time, when the two differ.
func (lr *liveReconcile) compareJoin(u *unit, step uint8) {
	var now, was *unit
	if u.cur.step == step {
		now = u.cur.to
	}
	if lr.existed(u) && u.rec.step == step {
		was = u.rec.to
	}
	if now == was {
		return
	}
	if now != nil {
		lr.starts.add(u.inc.start)
	}
	if was != nil {
		lr.starts.add(was.rec.start)
	}
}

// joinByFigure is step 4 of reconcile (see casualtyBuild.joinByFigure),
// taking again the decisions no marked day can change.
func (lr *liveReconcile) joinByFigure(b *casualtyBuild) {
	for _, in := range b.incidents {
		in.n4 = int32(len(in.units))
	}
	for _, u := range b.units {
		if u.inc != nil || u.weekday >= 0 || len(u.figs) == 0 {
			continue
		}
		if u.art.hasPub && lr.existed(u) && u.rec.step >= 4 && !lr.starts.any(u.art.pub-windowDays(u), u.art.pub) {
			if u.rec.step != 4 {
				continue // it joined no incident at step 4 the last time
			}
			if t := u.rec.to; lr.firstOfIncident(t) {
				liveReconcileStats.taken.Add(1)
				b.join(t.inc, u, 4)
				continue
			}
		}
		liveReconcileStats.made.Add(1)
		if in := lr.figureIncident(b, u); in != nil {
			b.join(in, u, 4)
		}
		lr.compareJoin(u, 4)
	}
}

// figureIncident is the one dated incident u joins at step 4, or nil: of
// those that start in its window before its article's publication (any,
// when it has none), the
// ones with an article giving one of u's figures (for its camp and
// outcome; any camp's for a figure of an unnamed side) as the step found
// them, and agreeing on camps and places (see figureAt).
func (lr *liveReconcile) figureIncident(b *casualtyBuild, u *unit) *incident {
	if lr.dated == nil {
		lr.dated = slices.Clone(b.incidents)
		slices.SortFunc(lr.dated, compareStarts)
	}
	window := startingBefore(lr.dated, u, incidentStart)
	var found *incident
	for _, in := range window {
		if !in.dated {
			continue
		}
		figs := in.stepFourFigs()
		match, named := false, false
		for _, f := range u.figs {
			if f.camp < 0 && len(u.camps) > 0 {
				continue
			}
			if slices.ContainsFunc(figs, func(k figKey) bool { return k.outcome == f.outcome && k.value == f.value }) &&
				(f.camp < 0 || slices.Contains(figs, figKey(f))) {
				match, named = true, named || f.camp >= 0
			}
		}
		if !match || !inWindow(u, in) || !campsOverlap(u.camps, in.camps) || !figureAt(u, in, named) {
			continue
		}
		if found != nil {
			return nil // more than one
		}
		found = in
	}
	if found != nil {
		return found
	}
	if len(u.places) == 0 {
		if !u.revised {
			return nil
		}
		// A revised toll told at no place: the one incident whose toll
		// it revises (see revisesToll).
		for _, in := range window {
			if !revisesToll(u, in, in.stepFourFigs(), tellingArticles(in.units[:in.n4])) {
				continue
			}
			if found != nil {
				return nil
			}
			found = in
		}
		return found
	}
	// No incident gives the figure of this unit at a place: the one
	// incident it follows up (see joinByFigure).
	var ups []*incident
	for _, in := range window {
		if in.dated && followsUp(u, in) {
			ups = append(ups, in)
		}
	}
	switch ups = atItsTowns(u, ups); len(ups) {
	case 0:
	case 1:
		return ups[0]
	default:
		return nil
	}
	// None at a place it may be: the one incident without a place whose
	// toll it revises (see revisesUnplaced).
	for _, in := range window {
		if !in.dated || !revisesUnplaced(u, in, in.stepFourFigs()) {
			continue
		}
		if found != nil {
			return nil
		}
		found = in
	}
	return found
}

// stepFourFigs is articleFigs of the incident's units when step 4 started.
func (in *incident) stepFourFigs() []figKey {
	if in.figs4 == nil {
		in.figs4 = appendFigs(nil, in.units[:in.n4])
	}
	return in.figs4
}

// afterStep6 notes the size of the undated incidents step 6 made and marks
// the publication day of the articles whose undated incidents differ from
// the last reconciliation's.
func (lr *liveReconcile) afterStep6(b *casualtyBuild, made []*incident) {
	for _, in := range made {
		in.units[0].cur.n = int32(len(in.units))
	}
	if !lr.active {
		return
	}
	for _, in := range made {
		if !lr.same(in, 6) {
			in.dirty = true
			lr.pubs.add(in.units[0].art.pub)
		}
	}
	// Incidents of step 6 gone: a unit of one now has an earlier step.
	for _, ai := range b.undatedArts {
		for _, u := range b.byArticle[ai] {
			if lr.existed(u) && u.rec.step == 6 && u.cur.step != 6 {
				lr.pubs.add(u.art.pub)
			}
		}
	}
}

// mergeOf returns the decision step 7 took the last time for the bare
// incident in (first is its first unit, lo and hi the publication days of
// its articles) and whether it may be taken again: the first unit of the
// kept incident it merged into, or first when it was kept.
func (lr *liveReconcile) mergeOf(in *incident, first *unit, lo, hi int32) (*unit, bool) {
	if lr == nil || !lr.step7 || in.dirty || !lr.existed(first) || lr.pubs.any(lo-15, hi+15) {
		return nil, false
	}
	to := first.rec.merge
	switch {
	case to == nil:
		return nil, false
	case to == first:
		return to, true
	}
	return to, lr.firstOfIncident(to) && to.inc.kept > 0
}

// merged notes what step 7 did with the bare incident in (first is its
// first unit; to, the first unit of the kept incident it merged into, or
// first; replayed, whether that was the last time's decision taken again)
// and marks its publication day when that differs from the last time.
func (lr *liveReconcile) merged(in *incident, first, to *unit, pub bool, lo int32, replayed bool) {
	first.cur.merge = to
	if !lr.step7 {
		return
	}
	if replayed {
		liveReconcileStats.taken.Add(1)
		return
	}
	liveReconcileStats.made.Add(1)
	if in.dirty || !pub {
		return
	}
	if !lr.existed(first) || first.rec.merge != to {
		lr.pubs.add(lo)
	}
}

// record keeps this reconciliation's decisions for the next.
func (lr *liveReconcile) record(b *casualtyBuild) {
	lr.firsts = lr.firsts[:0]
	for _, u := range b.units {
		u.rec = u.cur
		u.rec.gen = lr.gen
		if u.cur.step == 1 && u.cur.to == u {
			lr.firsts = append(lr.firsts, u)
		}
	}
	lr.prevGen = lr.gen
	lr.removed = nil
}

// step8Again returns the first unit of the dated incident step 8 joined
// the undated incident in to the last time (nil for none), when that
// decision holds again: in has the units it had then, its article has a
// publication date, no day of its first unit's window before it (see
// windowDays) is marked (so the dated incidents that may take it are as
// they were at step 8, the last time), and that incident's first unit
// still heads an incident.
func (lr *liveReconcile) step8Again(in *incident) (*unit, bool) {
	if lr == nil || !lr.active {
		return nil, false
	}
	f := in.units[0]
	if !f.art.hasPub || f.s8.gen != lr.prevGen || f.s8.first != f || f.s8.n != int32(len(in.units)) {
		return nil, false
	}
	for _, u := range in.units[1:] {
		if u.s8.gen != lr.prevGen || u.s8.first != f {
			return nil, false
		}
	}
	if lr.starts.any(f.art.pub-windowDays(f), f.art.pub) {
		return nil, false
	}
	if t := f.s8.to; t != nil && (!lr.firstOfIncident(t) || !t.inc.dated) {
		return nil, false
	}
	return f.s8.to, true
}
