package project

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// mergeBareUndatedSpec is step 7 of reconcile as it reads: every kept
// incident is looked at for every bare one. mergeBareUndated must do the
// same.
func (b *casualtyBuild) mergeBareUndatedSpec() {
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
	near := func(x, y *incident) bool {
		for _, u := range x.units {
			for _, v := range y.units {
				if u.art.hasPub && v.art.hasPub && (u.art.pub-v.art.pub > 7 || v.art.pub-u.art.pub > 7) {
					return false
				}
			}
		}
		return true
	}
	var kept []*incident
	for _, in := range b.incidents {
		if !bare(in) {
			continue
		}
		var into *incident
		for _, k := range kept {
			if campsOverlap(in.camps, k.camps) && placesTouch(in.places, k.places) && near(in, k) {
				into = k
				break
			}
		}
		if into == nil {
			kept = append(kept, in)
			continue
		}
		for _, u := range in.units {
			into.add(u)
		}
		in.units = nil
	}
	b.incidents = slices.DeleteFunc(b.incidents, func(in *incident) bool { return len(in.units) == 0 })
	for i, in := range b.incidents {
		in.seq = i
	}
}

// randomUndated makes the undated incidents of a build after step 6: one
// per article and statement group, some with figures, some of articles
// without a publication date.
func randomUndated(rng *rand.Rand, n int) *casualtyBuild {
	places := []place{{}, {name: "Idlib"}, {name: "Saraqib", region: "Idlib"}, {name: "Aleppo"},
		{name: "Syria", wide: true}, {name: "Kafr Nabl", region: "Idlib"}}
	b := &casualtyBuild{}
	for i := 0; i < n; i++ {
		art := &artView{id: fmt.Sprintf("a%04d", i), pub: int32(18000 + rng.IntN(40)), hasPub: rng.IntN(10) > 0}
		in := &incident{seq: len(b.incidents)}
		for k := 0; k < 1+rng.IntN(2); k++ {
			u := &unit{art: art, stmt: k, weekday: -1}
			if rng.IntN(3) > 0 {
				u.camps = []int32{int32(1 + rng.IntN(4))}
			}
			if p := places[rng.IntN(len(places))]; p.name != "" {
				u.places = []place{p}
			}
			if rng.IntN(6) == 0 {
				u.figs = []fig{{camp: 1, outcome: codeOf("killed"), value: 3}}
			}
			in.add(u)
		}
		b.incidents = append(b.incidents, in)
	}
	return b
}

func TestMergeBareUndatedAsSpec(t *testing.T) {
	for seed := uint64(0); seed < 300; seed++ {
		n := 1 + int(seed%60)
		got := randomUndated(rand.New(rand.NewPCG(seed, 1)), n)
		want := randomUndated(rand.New(rand.NewPCG(seed, 1)), n)
		got.mergeBareUndated()
		want.mergeBareUndatedSpec()
		if g, w := membership(got), membership(want); g != w {
			t.Fatalf("seed %d: merged\n%s\nwant\n%s", seed, g, w)
		}
	}
}

// membership lists each incident's units (article and statement) in order,
// with its camps and places.
func membership(b *casualtyBuild) string {
	s := ""
	for _, in := range b.incidents {
		s += fmt.Sprintf("%d:", in.seq)
		for _, u := range in.units {
			s += fmt.Sprintf(" %s/%d", u.art.id, u.stmt)
		}
		s += fmt.Sprintf(" camps %v places %v\n", in.camps, in.places)
	}
	return s
}
