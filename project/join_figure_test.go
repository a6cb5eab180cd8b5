package project

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/claimline/claimline/extract"
)

// joinByFigureSpec is step 4 of reconcile as first written: the figures
// the units ask for are indexed over every dated incident before any unit
// joins. joinByFigure must do the same.
func (b *casualtyBuild) joinByFigureSpec() {
	var cands []*incident
	type ov struct {
		outcome outcomeCode
		value   int
	}
	wanted := map[figKey]bool{}
	wantedValues := map[ov]bool{}
	for _, u := range b.units {
		if u.inc != nil || u.weekday >= 0 {
			continue
		}
		for _, f := range u.figs {
			if f.camp < 0 && len(u.camps) > 0 {
				continue
			}
			wanted[figKey(f)] = true
			wantedValues[ov{f.outcome, f.value}] = true
		}
	}
	byFig := map[figKey][]*incident{}
	for _, in := range b.incidents {
		if len(wanted) == 0 {
			break
		}
		if !in.dated || !slices.ContainsFunc(in.units, func(u *unit) bool {
			return slices.ContainsFunc(u.figs, func(f fig) bool { return wantedValues[ov{f.outcome, f.value}] })
		}) {
			continue
		}
		for _, k := range in.articleFigs() {
			if wanted[k] {
				byFig[k] = append(byFig[k], in)
			}
			// Figures of an unnamed side match any camp's.
			anyKey := figKey{camp: -1, outcome: k.outcome, value: k.value}
			if !wanted[anyKey] {
				continue
			}
			if l := byFig[anyKey]; len(l) == 0 || l[len(l)-1] != in {
				byFig[anyKey] = append(l, in)
			}
		}
	}
	for _, list := range byFig {
		slices.SortFunc(list, func(x, y *incident) int { return cmp.Compare(x.seq, y.seq) })
	}
	// The figures of the incidents before any unit joins.
	figs := map[*incident][]figKey{}
	arts := map[*incident]int{}
	for _, in := range b.incidents {
		figs[in] = slices.Clone(in.articleFigs())
		arts[in] = tellingArticles(in.units)
	}
	for _, u := range b.units {
		if u.inc != nil || u.weekday >= 0 {
			continue
		}
		cands = cands[:0]
		for _, f := range u.figs {
			if f.camp < 0 && len(u.camps) > 0 {
				continue
			}
			for _, in := range byFig[figKey(f)] {
				if !slices.Contains(cands, in) && inWindow(u, in) &&
					campsOverlap(u.camps, in.camps) && figureAt(u, in, f.camp >= 0) {
					cands = append(cands, in)
				}
			}
		}
		if len(cands) == 0 && len(u.places) > 0 && len(u.figs) > 0 {
			// A unit at a place that follows up an incident (the
			// figure-less are left to step 7).
			for _, in := range b.incidents {
				if in.dated && followsUp(u, in) {
					cands = append(cands, in)
				}
			}
			if len(cands) > 1 {
				// The one naming its towns, if only one does.
				var at []*incident
				for _, in := range cands {
					if namesTowns(in, u) {
						at = append(at, in)
					}
				}
				if len(at) == 1 && slices.ContainsFunc(u.places, narrowPlace) {
					cands = at
				}
			}
			if len(cands) == 0 {
				// A revised toll of an incident told without a place.
				for _, in := range b.incidents {
					if in.dated && revisesUnplaced(u, in, figs[in]) {
						cands = append(cands, in)
					}
				}
			}
		}
		if len(cands) == 0 && len(u.places) == 0 && u.revised {
			// A revised toll at no place.
			for _, in := range b.incidents {
				if revisesToll(u, in, figs[in], arts[in]) {
					cands = append(cands, in)
				}
			}
		}
		if len(cands) == 1 {
			cands[0].add(u)
		}
	}
}

// randomStep4 makes a build as step 4 finds it: dated incidents of one to
// three dated units, and undated units without a weekday, all with random
// camps, places, figures, revised tolls and publication dates (some
// articles without).
func randomStep4(rng *rand.Rand, n int) *casualtyBuild {
	places := []place{{}, {name: "Idlib"}, {name: "Saraqib", region: "Idlib"}, {name: "Aleppo"},
		{name: "Syria", wide: true}}
	outcomes := []outcomeCode{codeOf("killed"), codeOf("wounded")}
	b := &casualtyBuild{}
	newUnitOf := func(art *artView, stmt int) *unit {
		u := &unit{art: art, stmt: stmt, weekday: -1}
		for range rng.IntN(3) {
			if c := int32(rng.IntN(4)); !slices.Contains(u.camps, c) {
				u.camps = append(u.camps, c)
			}
		}
		if p := places[rng.IntN(len(places))]; p.name != "" {
			u.places = []place{p}
		}
		for range rng.IntN(3) {
			camp := int32(-1)
			if len(u.camps) > 0 && rng.IntN(3) > 0 {
				camp = u.camps[rng.IntN(len(u.camps))]
			}
			u.figs = append(u.figs, fig{camp: camp, outcome: outcomes[rng.IntN(2)], value: 1 + rng.IntN(4)})
		}
		u.revised = rng.IntN(4) == 0
		b.units = append(b.units, u)
		return u
	}
	for i := 0; i < n; i++ {
		art := &artView{id: fmt.Sprintf("a%04d", i), pub: int32(18000 + rng.IntN(40)), hasPub: rng.IntN(8) > 0}
		if rng.IntN(2) == 0 {
			in := &incident{seq: len(b.incidents)}
			day := int32(18000 - 5 + rng.IntN(50))
			for k := 0; k < 1+rng.IntN(3); k++ {
				u := newUnitOf(art, k)
				u.dated, u.start, u.end = true, day, day+int32(rng.IntN(2))
				in.add(u)
			}
			b.incidents = append(b.incidents, in)
			continue
		}
		for k := 0; k < 1+rng.IntN(2); k++ {
			newUnitOf(art, k)
		}
	}
	return b
}

func TestJoinByFigureAsSpec(t *testing.T) {
	joined := 0
	for seed := uint64(0); seed < 400; seed++ {
		n := 1 + int(seed%80)
		got := randomStep4(rand.New(rand.NewPCG(seed, 4)), n)
		want := randomStep4(rand.New(rand.NewPCG(seed, 4)), n)
		before := membership(got)
		got.joinByFigure(nil)
		want.joinByFigureSpec()
		g, w := membership(got), membership(want)
		if g != w {
			t.Fatalf("seed %d: joined\n%s\nwant\n%s", seed, g, w)
		}
		if g != before {
			joined++
		}
	}
	if joined < 100 {
		t.Errorf("units joined an incident in only %d of 400 builds: the builds do not exercise step 4", joined)
	}
}

// TestFollowsUpRevisedAtNamedVillage checks that a revised toll at a
// village nothing locates follows up the incident that names the village
// beside places that locate it, while a report that revises no toll, and
// a revised toll at a village the incident does not name, do not.
func TestFollowsUpRevisedAtNamedVillage(t *testing.T) {
	p := func(name, region string) place { return placeOf(&extract.Place{Name: name, Region: region}) }
	art := &artView{id: "a", pub: 100, hasPub: true}
	in := &incident{dated: true, start: 98, end: 98, camps: []int32{campCivilians},
		places: []place{p("Nellie", "Nowgong"), p("Nowgong", "Assam")}}
	tests := []struct {
		name    string
		places  []place
		revised bool
		want    bool
	}{
		{"revised at the named village", []place{p("Nellie", "")}, true, true},
		{"not revised", []place{p("Nellie", "")}, false, false},
		{"revised at another village", []place{p("Jagiroad", "")}, true, false},
		{"revised at the district", []place{p("Nowgong", "Assam")}, true, true},
	}
	for _, tt := range tests {
		u := &unit{art: art, camps: []int32{campCivilians}, places: tt.places, revised: tt.revised,
			figs: []fig{{camp: campCivilians, outcome: 1, value: 1383}}}
		if got := followsUp(u, in); got != tt.want {
			t.Errorf("%s: followsUp = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestRevisesToll checks which dated incidents an undated revised toll
// told at no place may revise: one in its window, told by two articles or
// more, with a lower toll of its camp and outcome, of at least
// minMassFigure and within maxTollRatio.
func TestRevisesToll(t *testing.T) {
	art := &artView{id: "a", pub: 100, hasPub: true}
	in := &incident{dated: true, start: 99, end: 99, camps: []int32{campCivilians}}
	figs := []figKey{{campCivilians, 1, 70}, {campCivilians, 2, 200}}
	tests := []struct {
		name    string
		value   int
		camp    int32
		places  []place
		revised bool
		figs    []figKey
		start   int32
		want    bool
	}{
		{"rose from 70 to 87", 87, campCivilians, nil, true, figs, 99, true},
		{"not revised", 87, campCivilians, nil, false, figs, 99, false},
		{"at a place", 87, campCivilians, []place{placeOf(&extract.Place{Name: "Saada"})}, true, figs, 99, false},
		{"lower than the incident's", 60, campCivilians, nil, true, figs, 99, false},
		{"too far above", 300, campCivilians, nil, true, figs, 99, false},
		{"another camp", 87, campMilitants, nil, true, figs, 99, false},
		{"no told side", 87, campUnknown, nil, true, figs, 99, true},
		{"small tolls", 12, campCivilians, nil, true, []figKey{{campCivilians, 1, 8}}, 99, false},
		{"out of its window", 87, campCivilians, nil, true, figs, 101, false},
	}
	for _, tt := range tests {
		u := &unit{art: art, camps: []int32{tt.camp}, places: tt.places, revised: tt.revised,
			figs: []fig{{camp: tt.camp, outcome: 1, value: tt.value}}}
		in.start, in.end = tt.start, tt.start
		if got := revisesToll(u, in, tt.figs, 2); got != tt.want {
			t.Errorf("%s: revisesToll = %v, want %v", tt.name, got, tt.want)
		}
	}
	// An incident a single article tells is not taken by magnitude alone.
	u := &unit{art: art, camps: []int32{campCivilians}, revised: true, figs: []fig{{camp: campCivilians, outcome: 1, value: 87}}}
	in.start, in.end = 99, 99
	if revisesToll(u, in, figs, 1) {
		t.Errorf("revisesToll took an incident one article tells")
	}
}
