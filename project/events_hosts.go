package project

import (
	"slices"
)

// hosts reports whether an event group (its action, first day, actor camps
// and places) is what an undated event claim speaks of: an action that
// happens once at a place or lasts (lastingAction), at the town or area
// the group names (sameTown), by a compatible actor, begun within the two
// weeks before the claim's article was published. "Moscow said it had
// captured Avdiivka after Ukrainian forces retreated from the town" tells
// the withdrawal that other reports date. Of the groups that host a claim,
// the one begun last takes it (the first made of those begun that day).
func hosts(action string, start int32, actors []int32, places []place, kinds groupKinds, pc *pclaim) bool {
	return groupAction(pc.c.Action) == action && lastingAction(action) && pc.art.hasPub &&
		start <= pc.art.pub && start >= pc.art.pub-14 &&
		(pc.actor < 0 || len(actors) == 0 || actorAmong(pc, actors, kinds.armed) || homeKin(pc, kinds)) && sameTown(pc.place, places)
}

// hostKey indexes event groups and undated event claims by action and by
// the name (its spellingKey) or base of a place: a group hosts only claims
// that share one of its keys (see sameTown).
type hostKey struct {
	action, name string
	base         bool
}

// groupKeys calls fn with the keys of a group of an action with places.
func groupKeys(action string, places []place, fn func(hostKey)) {
	if !lastingAction(action) {
		return
	}
	for _, y := range places {
		fn(hostKey{action, spellingKey(y.name), false})
		if y.base != "" {
			fn(hostKey{action, y.base, true})
		}
	}
}

// guestKeys calls fn with the keys under which an undated claim looks for
// its host.
func guestKeys(pc *pclaim, fn func(hostKey)) {
	if !lastingAction(pc.c.Action) || pc.place.name == "" {
		return
	}
	a := groupAction(pc.c.Action)
	fn(hostKey{a, spellingKey(pc.place.name), false})
	if pc.place.base != "" {
		fn(hostKey{a, pc.place.base, true})
	}
}

// hostGuests gives each event group (of clusterEvents) the undated event
// claims it hosts (see hosts), in the order of undated; the last slice
// holds the claims no group hosts.
func hostGuests(groups []*eventGroup, undated []*pclaim) [][]*pclaim {
	out := make([][]*pclaim, len(groups)+1)
	index := map[hostKey][]int{}
	for k, g := range groups {
		groupKeys(g.action, g.places, func(key hostKey) {
			if l := index[key]; len(l) == 0 || l[len(l)-1] != k {
				index[key] = append(l, k)
			}
		})
	}
	for _, pc := range undated {
		host := -1
		guestKeys(pc, func(key hostKey) {
			for _, k := range index[key] {
				g := groups[k]
				if hosts(g.action, g.start, g.actors, g.places, g.kinds, pc) &&
					(host < 0 || g.start > groups[host].start || (g.start == groups[host].start && k < host)) {
					host = k
				}
			}
		})
		if host < 0 {
			host = len(groups)
		}
		out[host] = append(out[host], pc)
	}
	return out
}

// liveHosts is which live event group hosts which undated event claim,
// kept from one live build to the next.
type liveHosts struct {
	groups map[hostKey][]*liveGroup
	guests map[hostKey][]*pclaim
	host   map[*pclaim]*liveGroup
	item   map[*pclaim]*item // the rendered entry of each undated claim
}

func (h *liveHosts) init() {
	if h.groups == nil {
		h.groups, h.guests = map[hostKey][]*liveGroup{}, map[hostKey][]*pclaim{}
		h.host, h.item = map[*pclaim]*liveGroup{}, map[*pclaim]*item{}
	}
}

func (h *liveHosts) addGroup(g *liveGroup) {
	groupKeys(groupAction(g.claims[0].c.Action), g.places, func(key hostKey) {
		if l := h.groups[key]; len(l) == 0 || l[len(l)-1] != g {
			h.groups[key] = append(l, g)
		}
	})
}

func (h *liveHosts) dropGroup(g *liveGroup) {
	groupKeys(groupAction(g.claims[0].c.Action), g.places, func(key hostKey) { dropKeyed(h.groups, key, g) })
}

func (h *liveHosts) addGuest(pc *pclaim, it *item) {
	h.item[pc] = it
	guestKeys(pc, func(key hostKey) { h.guests[key] = append(h.guests[key], pc) })
}

func (h *liveHosts) dropGuest(pc *pclaim) {
	delete(h.item, pc)
	guestKeys(pc, func(key hostKey) { dropKeyed(h.guests, key, pc) })
}

// dropKeyed takes x out of m's list under key, and the key out of m when
// its list is left empty.
func dropKeyed[T comparable](m map[hostKey][]T, key hostKey, x T) {
	if l := slices.DeleteFunc(m[key], func(y T) bool { return y == x }); len(l) > 0 {
		m[key] = l
	} else {
		delete(m, key)
	}
}

// best is the live group that hosts pc, as hostGuests would choose it (the
// first made is the one whose first claim comes first), or nil.
func (h *liveHosts) best(pc *pclaim) *liveGroup {
	var host *liveGroup
	guestKeys(pc, func(key hostKey) {
		for _, g := range h.groups[key] {
			if hosts(groupAction(g.claims[0].c.Action), g.start, g.actors, g.places, g.kinds, pc) &&
				(host == nil || g.start > host.start ||
					(g.start == host.start && compareDatedEvents(g.claims[0], host.claims[0]) < 0)) {
				host = g
			}
		}
	})
	return host
}

// rehost brings the hosts of the undated event claims up to date after a
// reclustering made and dropped groups and articles' views came and went:
// it moves undated entries into and out of the undated list (ev), and
// returns the live groups, neither made nor gone (marked not live
// already), whose guests changed.
func (h *liveHosts) rehost(made, gone []*liveGroup, removedViews, addedViews []*prepView, ev *eventItems) (changed []*liveGroup) {
	h.init()
	var cands []*pclaim
	seen := map[*pclaim]bool{}
	cand := func(pc *pclaim) {
		if !seen[pc] {
			seen[pc] = true
			cands = append(cands, pc)
		}
	}
	dirty := map[*liveGroup]bool{}
	unhost := func(pc *pclaim) {
		if g := h.host[pc]; g != nil {
			g.guests = slices.DeleteFunc(g.guests, func(x *pclaim) bool { return x == pc })
			if !dirty[g] {
				dirty[g] = true
				changed = append(changed, g)
			}
			delete(h.host, pc)
		}
	}
	for _, v := range removedViews {
		for i, pc := range v.undatedClaims {
			unhost(pc)
			if it := v.undated[i]; it.live {
				it.live = false
				ev.dropUndated = append(ev.dropUndated, it)
			}
			h.dropGuest(pc)
		}
	}
	for _, g := range gone {
		h.dropGroup(g)
		for _, pc := range g.guests {
			if h.host[pc] == g {
				delete(h.host, pc)
				cand(pc)
			}
		}
		g.guests = nil
	}
	for _, v := range addedViews {
		for i, pc := range v.undatedClaims {
			h.addGuest(pc, v.undated[i])
			cand(pc)
		}
	}
	for _, g := range made {
		h.addGroup(g)
		groupKeys(groupAction(g.claims[0].c.Action), g.places, func(key hostKey) {
			for _, pc := range h.guests[key] {
				cand(pc)
			}
		})
	}
	for _, pc := range cands {
		it := h.item[pc]
		if it == nil {
			continue
		}
		best := h.best(pc)
		if old := h.host[pc]; best != old {
			unhost(pc)
			if best != nil {
				best.guests = append(best.guests, pc)
				h.host[pc] = best
				if !dirty[best] {
					dirty[best] = true
					changed = append(changed, best)
				}
			}
		}
		switch {
		case best == nil && !it.live:
			it.live = true
			ev.addUndated = append(ev.addUndated, it)
		case best != nil && it.live:
			it.live = false
			ev.dropUndated = append(ev.dropUndated, it)
		}
	}
	// Made groups are rendered anyway, gone ones dropped (neither is live).
	return slices.DeleteFunc(changed, func(g *liveGroup) bool { return !g.live })
}
