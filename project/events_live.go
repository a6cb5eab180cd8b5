package project

import (
	"slices"
	"sync/atomic"
)

// liveGroup is an event group kept from one live build to the next, with
// its rendered entry. It is made and grown as clusterEvents makes and grows
// an eventGroup.
type liveGroup struct {
	item
	start  int32
	end    int32
	actors []int32
	places []place
	kinds  groupKinds
	claims []*pclaim // in the order they joined (clustering order)
	// guests are the undated event claims it hosts (see liveHosts).
	guests []*pclaim
	// While reclustering: the group of the previous clustering this one
	// may turn out to be, and whether an old group was involved.
	origin  *liveGroup
	touched bool
	reused  bool
	dead    bool // made and gone again within one reclustering
}

func (g *liveGroup) add(pc *pclaim) {
	if len(g.claims) == 0 {
		g.start, g.end = pc.start, pc.end
	} else {
		g.start, g.end = eventWindow(g.start, g.end, pc.start, pc.end)
	}
	if pc.actor >= 0 && !slices.Contains(g.actors, pc.actor) && !lossTold(pc) {
		g.actors = append(g.actors, pc.actor)
	}
	g.places = addPlace(g.places, pc.place)
	g.kinds.add(pc)
	g.claims = append(g.claims, pc)
}

func (g *liveGroup) day() (int32, int32) { return g.start, g.end }

// takes reports whether clusterEvents would put pc into g.
func (g *liveGroup) takes(pc *pclaim) bool {
	return eventTakes(pc, g.start, g.end, g.actors, g.places, g.kinds)
}

// lookback is how many days before a claim's first day the groups it may
// join were started: a group's days lie within those of the claim that
// started it, and clustering joins only groups whose days overlap the
// claim's, within a week (longer spans join only spans that start on the
// same day).
const lookback = 6

// reclusterStats count, for tests, the claims reclusterings swept and the
// reclusterings that found the previous clustering inconsistent and
// clustered everything again (there should be none).
var reclusterStats struct{ swept, fallbacks atomic.Int64 }

// recluster brings the groups of the dated event claims up to date after
// claims were added and removed, as clusterEvents would group list (sorted
// by compareDatedEvents), and returns the groups it made and those gone.
// added are the claims of list new to it, sorted; removed are the claims
// gone from the previous list, in its order. Every claim of list not in
// added is in the group the previous call (or a clustering from scratch)
// put it in.
//
// Clustering is a sweep in date order in which a claim joins the first
// group, in the order they were made, that takes it, and only groups made
// less than a week before it (lookback) can. So a change is swept again
// from the first changed claim, starting from the groups as they were
// before it, until a claim is reached more than lookback days after every
// claim whose group came out differently: from there on the previous
// groups are the sweep's, and it stops. Changes far apart are swept apart.
func recluster(list, added, removed []*pclaim) (made, gone []*liveGroup) {
	var touched []*liveGroup
	touch := func(g *liveGroup) {
		if g != nil && !g.touched {
			g.touched = true
			touched = append(touched, g)
		}
	}
	var newGroups []*liveGroup
	active := map[string][]*liveGroup{}
	ai, ri, from := 0, 0, 0
	consistent := true
	for consistent && (ai < len(added) || ri < len(removed)) {
		// The first change not swept yet.
		k0 := (*pclaim)(nil)
		if ai < len(added) {
			k0 = added[ai]
		}
		if ri < len(removed) && (k0 == nil || compareDatedEvents(removed[ri], k0) < 0) {
			k0 = removed[ri]
		}
		p := from + lowerBound(list[from:], k0)
		i0 := p
		for i0 > 0 && list[i0-1].start >= k0.start-lookback {
			i0--
		}
		// The groups started in the lookback, as they were before k0.
		clear(active)
		newGroups = newGroups[:0]
		for _, x := range list[i0:p] {
			if o := x.group; o != nil && o.claims[0] == x {
				c := &liveGroup{origin: o}
				for _, y := range o.claims {
					if compareDatedEvents(y, k0) >= 0 {
						break
					}
					c.add(y)
				}
				touch(o)
				newGroups = append(newGroups, c)
				a := groupAction(x.c.Action)
				active[a] = append(active[a], c)
			}
		}
		// Sweep from k0 until the groups agree with the previous ones.
		diff := k0.start
		q := p
		for ; ; q++ {
			for ri < len(removed) && (q == len(list) || compareDatedEvents(removed[ri], list[q]) < 0) {
				r := removed[ri]
				diff = max(diff, r.start)
				touch(r.group)
				r.group = nil
				ri++
			}
			if q == len(list) || (q > p && list[q].start > diff+lookback) {
				break
			}
			x := list[q]
			a := groupAction(x.c.Action)
			act := active[a]
			kept := act[:0]
			for _, g := range act {
				if eventGroupOpen(g.end, x.start) {
					kept = append(kept, g)
				}
			}
			clear(act[len(kept):])
			var found *liveGroup
			for _, g := range kept {
				if g.takes(x) {
					found = g
					break
				}
			}
			if found == nil && onceThatDay(x) {
				found = onlyThatDay(x, kept, func(g *liveGroup) bool {
					return eventTakes(x, g.start, g.end, nil, g.places, g.kinds)
				})
			}
			old := x.group
			if found == nil {
				found = &liveGroup{}
				if old != nil && old.claims[0] == x {
					found.origin = old
				}
				newGroups = append(newGroups, found)
				kept = append(kept, found)
			}
			active[a] = kept
			if found.origin == nil || found.origin != old {
				diff = max(diff, x.start)
			}
			touch(old)
			found.add(x)
		}
		reclusterStats.swept.Add(int64(q - p))
		for ai < len(added) && (q == len(list) || compareDatedEvents(added[ai], list[q]) < 0) {
			ai++
		}
		from = q
		// Splice: a group equal to its origin so far is its origin, which
		// goes on past q as before; the others are new.
		for _, n := range newGroups {
			if o := n.origin; o != nil && len(o.claims) >= len(n.claims) && slices.Equal(o.claims[:len(n.claims)], n.claims) &&
				(len(o.claims) == len(n.claims) || (q < len(list) && compareDatedEvents(o.claims[len(n.claims)], list[q]) >= 0)) {
				o.reused = true
				continue
			}
			for _, c := range n.claims {
				c.group = n
			}
			n.origin = nil
			made = append(made, n)
		}
		for _, o := range touched {
			if !o.reused {
				// A gone group's claims all went elsewhere.
				for _, c := range o.claims {
					if c.group == o {
						consistent = false
					}
				}
				if o.live {
					gone = append(gone, o)
				} else {
					o.dead = true // made by an earlier sweep of this call
				}
			}
			o.touched, o.reused = false, false
		}
		touched = touched[:0]
	}
	if !consistent {
		// Everything that was in the models goes; everything is made again.
		reclusterStats.fallbacks.Add(1)
		for _, g := range gone {
			g.touched = true
		}
		for _, l := range [2][]*pclaim{list, removed[ri:]} {
			for _, x := range l {
				if g := x.group; g != nil && g.live && !g.touched {
					g.touched = true
					gone = append(gone, g)
				}
				x.group = nil
			}
		}
		for _, g := range gone {
			g.touched = false
		}
		made, _ = recluster(list, list, nil)
		return made, gone
	}
	return slices.DeleteFunc(made, func(g *liveGroup) bool { return g.dead }), gone
}

// lowerBound is the index of the first claim of list not before k.
func lowerBound(list []*pclaim, k *pclaim) int {
	i, _ := slices.BinarySearchFunc(list, k, compareDatedEvents)
	return i
}
