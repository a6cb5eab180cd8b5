package project

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/claimline/claimline/extract"
)

// groupsOf describes groups (their days, actors, places and claims in the
// order they joined), sorted by their first claim.
func groupsOf(groups [][]*pclaim, windows map[*pclaim][2]int32, extra func(first *pclaim) string) string {
	slices.SortFunc(groups, func(x, y []*pclaim) int { return compareDatedEvents(x[0], y[0]) })
	var b strings.Builder
	for _, g := range groups {
		w := windows[g[0]]
		fmt.Fprintf(&b, "%d-%d %s:", w[0], w[1], extra(g[0]))
		for _, pc := range g {
			b.WriteString(" " + pc.c.ID)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestReclusterAsClusterEvents adds, removes and replaces articles' dated
// event claims at random, dense in time, and checks after every step that
// the groups recluster keeps are those clusterEvents makes from scratch,
// that the groups it says it made and dropped add up to those in use, and
// that it swept at most a third of the claims over the steps.
func TestReclusterAsClusterEvents(t *testing.T) {
	places := []place{{}, {name: "Idlib"}, {name: "Saraqib", region: "Idlib"}, {name: "Aleppo"},
		{name: "Syria", wide: true}, {name: "Kafr Nabl", region: "Idlib"},
		{name: "Saraqeb"}, {name: "Abu al-Duhur Air Base", unknown: true}} // spelled alike; an installation
	actions := []string{extract.ActionStrike, extract.ActionCapture, extract.ActionShootdown, extract.ActionCeasefire}
	fallbacks := reclusterStats.fallbacks.Load()
	for seed := uint64(1); seed <= 6; seed++ {
		rng := rand.New(rand.NewPCG(seed, 3))
		arts := map[string][]*pclaim{}
		var ids []string
		var list []*pclaim
		live := map[*liveGroup]bool{}
		n := 0
		newArticle := func(id string) []*pclaim {
			art := &artView{id: id}
			day := int32(18000 + rng.IntN(120))
			var pcs []*pclaim
			for k := 0; k < 1+rng.IntN(6); k++ {
				n++
				start := day + int32(rng.IntN(3))
				end := start
				switch rng.IntN(6) {
				case 0:
					end = start + int32(rng.IntN(7))
				case 1:
					start = 18000 + 30*int32(rng.IntN(4)) // a month
					end = start + 29
				}
				pcs = append(pcs, &pclaim{
					c:   &extract.Claim{ID: fmt.Sprintf("c%05d", n), Action: actions[rng.IntN(len(actions))], Span: extract.Span{Start: k * 10, End: k*10 + 5}},
					art: art, start: start, end: end, dated: true,
					actor: int32(rng.IntN(4)) - 1, place: places[rng.IntN(len(places))],
				})
			}
			return pcs
		}
		sweptBefore, claims := reclusterStats.swept.Load(), 0
		for step := 0; step < 400; step++ {
			var added, removed []*pclaim
			drop := func(id string) {
				gone := arts[id]
				delete(arts, id)
				ids = slices.DeleteFunc(ids, func(x string) bool { return x == id })
				for _, x := range list {
					if slices.Contains(gone, x) {
						removed = append(removed, x)
					}
				}
			}
			switch r := rng.IntN(10); {
			case r < 6 || len(ids) < 5:
				id := fmt.Sprintf("a%04d", step)
				arts[id] = newArticle(id)
				ids = append(ids, id)
				added = append(added, arts[id]...)
			case r < 8:
				drop(ids[rng.IntN(len(ids))])
			default: // re-extracted: the same article, new claims
				id := ids[rng.IntN(len(ids))]
				drop(id)
				arts[id] = newArticle(id)
				ids = append(ids, id)
				added = append(added, arts[id]...)
			}
			kept := slices.DeleteFunc(slices.Clone(list), func(x *pclaim) bool { return slices.Contains(removed, x) })
			list = mergeSorted(kept, added, compareDatedEvents)
			made, gone := recluster(list, added, removed)
			for _, g := range gone {
				if !live[g] {
					t.Fatalf("seed %d step %d: a group dropped that was not in use", seed, step)
				}
				delete(live, g)
				g.live = false
			}
			for _, g := range made {
				live[g] = true
				g.live = true
			}
			claims += len(list)
			// What recluster keeps.
			windows := map[*pclaim][2]int32{}
			var got [][]*pclaim
			inUse := map[*liveGroup]bool{}
			for _, x := range list {
				g := x.group
				if g == nil || !live[g] {
					t.Fatalf("seed %d step %d: claim %s has no group in use", seed, step, x.c.ID)
				}
				if !inUse[g] {
					inUse[g] = true
					got = append(got, g.claims)
					windows[g.claims[0]] = [2]int32{g.start, g.end}
				}
			}
			if len(inUse) != len(live) {
				t.Fatalf("seed %d step %d: %d groups in use, made and dropped say %d", seed, step, len(inUse), len(live))
			}
			gotS := groupsOf(got, windows, func(first *pclaim) string {
				return fmt.Sprint(first.group.actors, first.group.places)
			})
			// What clusterEvents makes.
			var want [][]*pclaim
			wantInfo := map[*pclaim]string{}
			for _, g := range clusterEvents(slices.Clone(list)) {
				want = append(want, g.claims)
				windows[g.claims[0]] = [2]int32{g.start, g.end}
				wantInfo[g.claims[0]] = fmt.Sprint(g.actors, g.places)
			}
			wantS := groupsOf(want, windows, func(first *pclaim) string { return wantInfo[first] })
			if gotS != wantS {
				t.Fatalf("seed %d step %d: groups\n%s\nwant\n%s", seed, step, gotS, wantS)
			}
		}
		// Claims are dense in time here: a change sweeps a fair share.
		if swept := reclusterStats.swept.Load() - sweptBefore; swept*3 > int64(claims) {
			t.Errorf("seed %d: swept %d claims over the steps, of %d: not incremental", seed, swept, claims)
		} else {
			t.Logf("seed %d: swept %d claims over the steps, of %d", seed, swept, claims)
		}
	}
	if n := reclusterStats.fallbacks.Load() - fallbacks; n != 0 {
		t.Errorf("%d reclusterings fell back to clustering everything", n)
	}
}

// TestMergeSortedAsMerge holds mergeSorted and mergeInPlace to a plain
// two-way merge in which, among equals, kept things come first.
func TestMergeSortedAsMerge(t *testing.T) {
	type v struct{ key, id int }
	compare := func(x, y *v) int { return x.key - y.key }
	rng := rand.New(rand.NewPCG(5, 5))
	for round := 0; round < 500; round++ {
		var kept, added []*v
		for i := 0; i < rng.IntN(40); i++ {
			kept = append(kept, &v{rng.IntN(20), i})
		}
		slices.SortStableFunc(kept, compare)
		for i := 0; i < rng.IntN(8); i++ {
			added = append(added, &v{rng.IntN(22) - 1, 100 + i})
		}
		slices.SortStableFunc(added, compare)
		var want []*v
		i, j := 0, 0
		for i < len(kept) && j < len(added) {
			if compare(added[j], kept[i]) < 0 {
				want = append(want, added[j])
				j++
			} else {
				want = append(want, kept[i])
				i++
			}
		}
		want = append(append(want, kept[i:]...), added[j:]...)
		same := func(x, y *v) bool { return x.key == y.key && (x.id < 100) == (y.id < 100) }
		got := mergeSorted(kept, slices.Clone(added), compare)
		if !slices.EqualFunc(got, want, same) {
			t.Fatalf("round %d: merged %v, want %v", round, got, want)
		}
		// In place: into a copy of kept with room to spare or without.
		into := slices.Grow(slices.Clone(kept), rng.IntN(2)*len(added))
		if got := mergeInPlace(into, slices.Clone(added), compare); !slices.EqualFunc(got, want, same) {
			t.Fatalf("round %d: merged in place %v, want %v", round, got, want)
		}
	}
}

// TestDropSorted drops random things, some equal in order to others, from
// sorted lists.
func TestDropSorted(t *testing.T) {
	type v struct{ key, id int }
	compare := func(x, y *v) int { return x.key - y.key }
	rng := rand.New(rand.NewPCG(6, 6))
	for round := 0; round < 500; round++ {
		var list, drop []*v
		for i := 0; i < rng.IntN(40); i++ {
			list = append(list, &v{rng.IntN(10), i})
		}
		slices.SortStableFunc(list, compare)
		var want []*v
		for _, x := range list {
			if rng.IntN(4) == 0 {
				drop = append(drop, x)
			} else {
				want = append(want, x)
			}
		}
		drop = append(drop, &v{3, -1}) // not in the list
		rng.Shuffle(len(drop), func(i, j int) { drop[i], drop[j] = drop[j], drop[i] })
		if got := dropSorted(list, drop, compare); !slices.Equal(got, want) && len(want)+len(got) > 0 {
			t.Fatalf("round %d: %v without %v gave %v, want %v", round, list, drop, got, want)
		}
	}
}

// TestReclusterFallback gives recluster groups that cannot have come from
// a clustering (a claim far from the others in a group) and checks that
// it notices, clusters everything again as clusterEvents does, and drops
// every group it had.
func TestReclusterFallback(t *testing.T) {
	var list []*pclaim
	for i := 0; i < 60; i++ {
		art := &artView{id: fmt.Sprintf("a%03d", i)}
		for k := 0; k < 2; k++ {
			day := int32(18000 + 2*i)
			list = append(list, &pclaim{c: &extract.Claim{ID: fmt.Sprintf("c%03d-%d", i, k), Action: extract.ActionStrike,
				Span: extract.Span{Start: k, End: k + 1}}, art: art, start: day, end: day, dated: true, actor: -1})
		}
	}
	slices.SortFunc(list, compareDatedEvents)
	live := map[*liveGroup]bool{}
	made, _ := recluster(list, list, nil)
	for _, g := range made {
		g.live, live[g] = true, true
	}
	// The group of the first claims takes a claim of the last day.
	o, z := list[0].group, list[len(list)-1]
	if len(z.group.claims) < 2 || z.group == o {
		t.Fatal("the claims of the last day should share a group of their own")
	}
	o.claims = append(o.claims, z)
	z.group = o
	before := reclusterStats.fallbacks.Load()
	removed := []*pclaim{list[0]}
	list = list[1:]
	made, gone := recluster(list, nil, removed)
	if reclusterStats.fallbacks.Load() != before+1 {
		t.Fatal("recluster did not notice groups that no clustering makes")
	}
	for _, g := range gone {
		delete(live, g)
	}
	if len(live) != 0 {
		t.Errorf("%d groups in use before were not dropped", len(live))
	}
	got := map[string]bool{}
	for _, g := range made {
		ids := ""
		for _, c := range g.claims {
			if c.group != g {
				t.Fatalf("claim %s is not in the group made with it", c.c.ID)
			}
			ids += c.c.ID + " "
		}
		got[ids] = true
	}
	want := clusterEvents(slices.Clone(list))
	for _, g := range want {
		ids := ""
		for _, c := range g.claims {
			ids += c.c.ID + " "
		}
		if !got[ids] {
			t.Errorf("group %q missing", ids)
		}
	}
	if len(want) != len(made) {
		t.Errorf("%d groups made, want %d", len(made), len(want))
	}
}
