package project

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
	"github.com/claimline/claimline/seeds"
)

// TestBuildIncrementalMidBatch feeds the seed articles and some synthetic
// ones, with their extracted claims, one event at a time, an article's
// event sometimes after some or all of its claims (its stream is read
// apart from the claims'), and builds incrementally after each event, as
// a projector does when a batch takes longer than maxStale: every build
// must be the full build of the same events.
func TestBuildIncrementalMidBatch(t *testing.T) {
	at := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	corpus := append(seeds.All(), seeds.Synthetic(12, 7)...)
	corpus = append(corpus, seeds.Seed{Name: "mogadishu", Published: "2021-06-12", Text: []byte(
		"MOGADISHU - A car bomb killed 14 people and wounded 30 others at a checkpoint in Mogadishu on Saturday, police said.")})
	for _, seed := range []uint64{1, 2, 3} {
		rng := rand.New(rand.NewPCG(seed, 5))
		var events []func(f *Fold) error
		var artSeq, claimSeq uint64
		for _, s := range corpus {
			a, err := ingest.Prepare(s.Text, ingest.Meta{Source: s.Source, Published: s.Published}, 0, at)
			if err != nil {
				t.Fatal(err)
			}
			claims := extract.Extract(a)
			artSeq++
			aseq := artSeq
			article := func(f *Fold) error { f.ApplyArticle(aseq, at, a); return nil }
			// The article's event comes before its claims, or after the
			// first k of them.
			k := -1
			if rng.IntN(2) == 0 {
				k = rng.IntN(len(claims) + 1)
			}
			if k < 0 {
				events = append(events, article)
			}
			for i, c := range claims {
				if i == k {
					events = append(events, article)
				}
				claimSeq++
				cseq := claimSeq
				events = append(events, func(f *Fold) error { return f.ApplyClaim(cseq, at, c) })
			}
			if k == len(claims) {
				events = append(events, article)
			}
		}
		// ref is fed the same events and only ever built in full (Build
		// keeps nothing in the fold), so it stands for a fresh fold.
		live, ref := NewFold(), NewFold()
		restart := rng.IntN(len(events))
		for i, ev := range events {
			if err := ev(live); err != nil {
				t.Fatal(err)
			}
			if err := ev(ref); err != nil {
				t.Fatal(err)
			}
			if i == restart {
				// A projector restarting from its snapshot.
				b, err := live.MarshalSnapshot()
				if err != nil {
					t.Fatal(err)
				}
				live = NewFold()
				if err := live.UnmarshalSnapshot(b); err != nil {
					t.Fatal(err)
				}
			}
			// Build after most events, not all: bursts apply several.
			if rng.IntN(3) == 0 && i != len(events)-1 {
				continue
			}
			cas, tl := live.BuildIncremental()
			wantCas, wantTl := ref.Build()
			if cas.Digest != wantCas.Digest || tl.Digest != wantTl.Digest {
				checkKept(t, &cas, &tl, &wantCas, &wantTl)
				t.Fatalf("seed %d, event %d of %d: incremental digests %s %s, full build %s %s",
					seed, i, len(events), cas.Digest, tl.Digest, wantCas.Digest, wantTl.Digest)
			}
		}
	}
}
