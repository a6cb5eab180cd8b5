package project

import (
	"bytes"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
)

// streamResolve resolves the expressions the random streams use: "on
// <weekday>" is the latest such day on or before published, "last week" the
// week before published's, anything else is unresolved.
func streamResolve(expr, published string) extract.Date {
	d := extract.Date{Precision: extract.PrecisionUnresolved, Expression: expr}
	if w, ok := strings.CutPrefix(expr, "on "); ok {
		d.Weekday = w
	}
	pub, ok := parseDay(published)
	if !ok {
		return d
	}
	set := func(s, e int32, prec string) extract.Date {
		ss, es := formatDay(s), formatDay(e)
		d.Start, d.End, d.Precision = &ss, &es, prec
		return d
	}
	if wd := parseWeekday(d.Weekday); wd >= 0 {
		day := pub
		for int(weekdayOf(day)) != wd {
			day--
		}
		return set(day, day, extract.PrecisionDay)
	}
	if expr == "last week" {
		s := pub - int32(weekdayOf(pub)) - 7
		return set(s, s+6, extract.PrecisionWeek)
	}
	return d
}

// randomStream makes a stream of stream events over a few weeks, dense
// enough for incidents and events to merge across articles: articles with
// and without a publication date, dated, weekday-only and undated claims of
// both kinds, cumulative figures, known and unknown sides, corrections of
// dates and outlets, retractions, and newer (and older) extractor versions
// re-extracting an article.
type randomStream struct {
	rng      *rand.Rand
	places   []*extract.Place
	articles []ingest.Article
	pubs     map[string]string // article id: effective publication date
	artSeq   uint64
	claimSeq uint64
	at       time.Time
	claimN   int
	// days is how many days the dates and publications spread over
	// (from day 18300); allPub gives every article a publication date;
	// dense draws places, sides and figures from a few, more reports
	// without a figure, and no claim with a weekday alone.
	days          int
	allPub, dense bool
	// counts of the kinds of steps made
	retractions, corrections, reextractions int
}

func newRandomStream(seed uint64) *randomStream {
	rs := &randomStream{rng: rand.New(rand.NewPCG(seed, 11)), pubs: map[string]string{},
		at: time.Date(2020, 2, 1, 0, 0, 0, 0, time.UTC), days: 40}
	for _, r := range []string{"Idlib", "Aleppo", "Daraa"} {
		rs.places = append(rs.places, &extract.Place{Text: r + " province", Name: r})
		for i := 0; i < 3; i++ {
			n := fmt.Sprintf("%s town %d", r, i)
			rs.places = append(rs.places, &extract.Place{Text: n, Name: n, Region: r})
		}
	}
	rs.places = append(rs.places, &extract.Place{Text: "Syria", Name: "Syria"})
	return rs
}

var (
	rsSides    = []string{"Turkish military", "Syrian government forces", "pro-government militia", "rebels", "civilians", "ISIS", "Local Guards", "militants", "Palestinians", "unknown", ""}
	rsActors   = []string{"Turkey", "Syrian government forces", "Russia", "rebels"}
	rsActions  = []string{extract.ActionCapture, extract.ActionStrike, extract.ActionShootdown, extract.ActionStatement}
	rsOutcomes = []string{extract.OutcomeKilled, extract.OutcomeKilled, extract.OutcomeWounded, extract.OutcomeCaptured}
	rsQuals    = []string{extract.QualExact, extract.QualExact, extract.QualAtLeast, extract.QualMoreThan, extract.QualAbout}
	rsOutlets  = []string{"Reuters", "AP", "AFP", "SANA", "Al Jazeera"}
	rsWeekdays = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
)

// step is one burst of events applied to a fold.
type step func(f *Fold) error

// claims makes the claims of one extraction of an article.
func (rs *randomStream) claims(artID, pub, extractor string) []extract.Claim {
	rng := rs.rng
	_, hasPub := parseDay(pub)
	n := 2 + rng.IntN(9)
	stmt := 1
	var out []extract.Claim
	for k := 0; k < n; k++ {
		if rng.IntN(3) > 0 {
			stmt++
		}
		rs.claimN++
		c := extract.Claim{ID: fmt.Sprintf("c%06d", rs.claimN), ArticleID: artID, Extractor: extractor,
			Span: extract.Span{Start: k * 50, End: k*50 + 30 + rng.IntN(5)}, Statement: stmt}
		// One quote in five tells a revised toll (see revisedToll).
		if q := rng.IntN(40); q < 8 {
			c.Quote = fmt.Sprintf("the toll rose to %d", q)
		} else {
			c.Quote = fmt.Sprintf("quote %d", q)
		}
		if rng.IntN(8) > 0 {
			c.Location = rs.places[rng.IntN(len(rs.places))]
			if rs.dense {
				c.Location = rs.places[rng.IntN(4)] // a province and its towns
			}
		}
		if rng.IntN(6) == 0 {
			c.AttributedTo = "Syrian Observatory for Human Rights"
		}
		switch r := rng.IntN(20); {
		case r < 10 && hasPub:
			c.Date = streamResolve("on "+rsWeekdays[rng.IntN(7)], pub)
		case r < 12 && hasPub:
			c.Date = streamResolve("last week", pub)
		case r < 13:
			d := int32(18300 + rng.IntN(rs.days))
			s := formatDay(d)
			c.Date = extract.Date{Start: &s, End: &s, Precision: extract.PrecisionDay, Expression: "on " + s}
		case r < 17:
			// Weekday only: unresolved here (no publication date), or
			// written without a resolvable date.
			w := rsWeekdays[rng.IntN(7)]
			if rs.dense {
				c.Date = extract.Date{Precision: extract.PrecisionUnresolved, Expression: "that day"}
			} else if hasPub && rng.IntN(2) == 0 {
				c.Date = extract.Date{Precision: extract.PrecisionUnresolved, Expression: "that " + w, Weekday: w}
			} else {
				c.Date = streamResolve("on "+w, "")
			}
		default:
			c.Date = extract.Date{Precision: extract.PrecisionUnresolved}
		}
		if rng.IntN(10) < 6 {
			c.Kind = extract.KindCasualty
			c.Outcome = rsOutcomes[rng.IntN(len(rsOutcomes))]
			v := 1 + rng.IntN(12)
			if rs.dense {
				v = 1 + rng.IntN(3)
			}
			c.Count = &extract.Count{Value: &v, Qualifier: rsQuals[rng.IntN(len(rsQuals))]}
			if rng.IntN(15) == 0 || (rs.dense && rng.IntN(3) == 0) {
				c.Count = &extract.Count{Qualifier: extract.QualUnknown}
			}
			side := rsSides[rng.IntN(len(rsSides))]
			if rs.dense {
				side = rsSides[4+rng.IntN(4)]
			}
			c.Victims = &extract.Group{Text: side, Side: side}
			c.Scope = extract.ScopeIncident
			if rng.IntN(10) == 0 {
				c.Scope = extract.ScopeCumulative
			}
		} else {
			c.Kind = extract.KindEvent
			c.Action = rsActions[rng.IntN(len(rsActions))]
			a := rsActors[rng.IntN(len(rsActors))]
			c.Actor = &extract.Party{Text: a, Name: a}
			if rng.IntN(2) == 0 {
				c.Target = &extract.Party{Text: "the town", Name: "town"}
			}
		}
		out = append(out, c)
	}
	return out
}

// applyClaims returns a step applying claims, each at the next sequence.
func (rs *randomStream) applyClaims(claims []extract.Claim) step {
	first := rs.claimSeq + 1
	rs.claimSeq += uint64(len(claims))
	at := rs.tick()
	return func(f *Fold) error {
		for i, c := range claims {
			if err := f.ApplyClaim(first+uint64(i), at, c); err != nil {
				return err
			}
		}
		return nil
	}
}

func (rs *randomStream) tick() time.Time {
	rs.at = rs.at.Add(time.Second)
	return rs.at
}

// play applies the next step of the stream (step i) to live and returns
// steps with it.
func (rs *randomStream) play(t *testing.T, i int, live *Fold, steps []step) []step {
	t.Helper()
	s := rs.next()
	if err := s(live); err != nil {
		t.Fatalf("step %d: %v", i, err)
	}
	return append(steps, s)
}

// checkKinds fails when the stream made no step of some kind.
func (rs *randomStream) checkKinds(t *testing.T) {
	t.Helper()
	if rs.retractions == 0 || rs.corrections == 0 || rs.reextractions == 0 {
		t.Errorf("%d retractions, %d corrections, %d re-extractions: the stream misses a kind of step",
			rs.retractions, rs.corrections, rs.reextractions)
	}
}

// next returns the next step of the stream.
func (rs *randomStream) next() step {
	rng := rs.rng
	r := rng.IntN(100)
	switch {
	case len(rs.articles) > 5 && r < 5:
		// A retraction.
		id := rs.articles[rng.IntN(len(rs.articles))].ID
		rs.retractions++
		rs.artSeq++
		seq, at := rs.artSeq, rs.tick()
		return func(f *Fold) error {
			f.ApplyRetraction(seq, at, ingest.Retraction{ArticleID: id})
			return nil
		}
	case len(rs.articles) > 5 && r < 11:
		// A correction of the publication date and/or outlet.
		a := rs.articles[rng.IntN(len(rs.articles))]
		c := ingest.Correction{ArticleID: a.ID}
		rs.corrections++
		if rng.IntN(3) > 0 {
			c.Published = formatDay(int32(18300 + rng.IntN(rs.days)))
			rs.pubs[a.ID] = c.Published
		}
		if rng.IntN(2) == 0 {
			c.Source = rsOutlets[rng.IntN(len(rsOutlets))]
		}
		rs.artSeq++
		seq, at := rs.artSeq, rs.tick()
		return func(f *Fold) error {
			f.ApplyCorrection(seq, at, c)
			return nil
		}
	case len(rs.articles) > 5 && r < 17:
		// A re-extraction, mostly by a newer extractor.
		a := rs.articles[rng.IntN(len(rs.articles))]
		rs.reextractions++
		ver := []string{"claimline-rules@1.1.0", "claimline-rules@1.2.0", "claimline-rules@0.9.0"}[rng.IntN(3)]
		return rs.applyClaims(rs.claims(a.ID, rs.pubs[a.ID], ver))
	case len(rs.articles) > 5 && r < 20:
		// Claims redelivered: a no-op.
		a := rs.articles[rng.IntN(len(rs.articles))]
		return func(f *Fold) error {
			f.ApplyArticle(0, time.Time{}, a)
			return nil
		}
	}
	// A new article and its claims, together or apart.
	a := ingest.Article{ID: fmt.Sprintf("art-%04d", len(rs.articles)), Source: rsOutlets[rng.IntN(len(rsOutlets))]}
	if rs.allPub || rng.IntN(6) > 0 {
		a.Published = formatDay(int32(18300 + rng.IntN(rs.days)))
	}
	rs.articles = append(rs.articles, a)
	rs.pubs[a.ID] = a.Published
	rs.artSeq++
	seq, at := rs.artSeq, rs.tick()
	claims := rs.applyClaims(rs.claims(a.ID, a.Published, "claimline-rules@1.0.0"))
	if rng.IntN(4) == 0 {
		// Claims first: the article event comes later in its own stream.
		return func(f *Fold) error {
			if err := claims(f); err != nil {
				return err
			}
			f.ApplyArticle(seq, at, a)
			return nil
		}
	}
	return func(f *Fold) error {
		f.ApplyArticle(seq, at, a)
		return claims(f)
	}
}

// TestBuildIncrementalEqualsBuild interleaves random steps with incremental
// builds and checks after every step that the models are those of a full
// Build of a fresh fold fed the same steps: same digests, same canonical
// JSON, kept encodings equal to the models' canonical JSON.
func TestBuildIncrementalEqualsBuild(t *testing.T) {
	tests := []struct {
		name      string
		giveSeed  uint64
		giveSteps int
	}{
		{name: "seed 1", giveSeed: 1, giveSteps: 320},
		{name: "seed 2", giveSeed: 2, giveSteps: 320},
		{name: "seed 3", giveSeed: 3, giveSteps: 320},
	}
	anchored := false
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := newRandomStream(tt.giveSeed)
			live := &Fold{Resolve: streamResolve}
			var steps []step
			for i := 0; i < tt.giveSteps; i++ {
				steps = rs.play(t, i, live, steps)
				// Build only after some steps, as bursts do.
				if i%3 == 1 && i != tt.giveSteps-1 {
					continue
				}
				cas, tl, wantCas, wantTl := buildAsFresh(t, i, live, steps)
				if i%40 == 0 || i == tt.giveSteps-1 {
					checkKept(t, &cas, &tl, &wantCas, &wantTl)
				}
				if cas.Digest == "" || tl.Digest == "" {
					t.Fatal("a model without digest")
				}
				for _, in := range cas.Incidents {
					anchored = anchored || in.DateBasis == BasisAnchored
				}
			}
			cas, _ := live.BuildIncremental()
			if len(cas.Incidents) < 50 {
				t.Errorf("only %d incidents: the stream is too thin to test anything", len(cas.Incidents))
			}
			rs.checkKinds(t)
		})
	}
	if !anchored {
		t.Error("no incident was ever anchored: the streams do not exercise anchoring")
	}
}

// buildAsFresh builds the models of live incrementally and those of a fresh
// fold (with live's Resolve) fed steps, and fails at step i when their
// digests differ.
func buildAsFresh(t *testing.T, i int, live *Fold, steps []step) (cas Casualties, tl Timeline, wantCas Casualties, wantTl Timeline) {
	t.Helper()
	cas, tl = live.BuildIncremental()
	fresh := &Fold{Resolve: live.Resolve}
	for _, s := range steps {
		if err := s(fresh); err != nil {
			t.Fatal(err)
		}
	}
	wantCas, wantTl = fresh.Build()
	if cas.Digest != wantCas.Digest || tl.Digest != wantTl.Digest {
		t.Fatalf("step %d: incremental digests %s %s, full build %s %s",
			i, cas.Digest, tl.Digest, wantCas.Digest, wantTl.Digest)
	}
	return cas, tl, wantCas, wantTl
}

// checkKept checks the incremental models and their kept encodings against
// the full build's canonical JSON.
func checkKept(t *testing.T, cas *Casualties, tl *Timeline, wantCas *Casualties, wantTl *Timeline) {
	t.Helper()
	for _, c := range []struct {
		name string
		got  any
		kept *keptEncoding
		want any
	}{
		{"casualties", cas, cas.kept, wantCas},
		{"timeline", tl, tl.kept, wantTl},
	} {
		got, err := Canonical(c.got)
		if err != nil {
			t.Fatal(err)
		}
		want, err := Canonical(c.want)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: canonical JSON differs from the full build's", c.name)
		}
		if c.kept == nil || !bytes.Equal(c.kept.json, want) {
			t.Errorf("%s: kept JSON differs from the full build's canonical JSON", c.name)
		}
	}
}

// TestCompareIDs checks that ids compare by their numbers as they do as
// strings.
func TestCompareIDs(t *testing.T) {
	tests := []struct {
		name   string
		giveX  string
		giveY  string
		wantOK bool
	}{
		{name: "events", giveX: "evt-00ff00ff00ff00ff", giveY: "evt-0f00000000000000", wantOK: true},
		{name: "event before incident", giveX: "inc-0000000000000000", giveY: "evt-ffffffffffffffff", wantOK: true},
		{name: "equal", giveX: "inc-a1b2c3d4e5f60718", giveY: "inc-a1b2c3d4e5f60718", wantOK: true},
		{name: "not hex", giveX: "inc-a1b2c3d4e5f6071z", giveY: "inc-a1b2c3d4e5f60718"},
		{name: "other prefix", giveX: "abc-a1b2c3d4e5f60718", giveY: "inc-a1b2c3d4e5f60718"},
		{name: "short", giveX: "inc-1", giveY: "inc-0000000000000002"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			xo := idOrderOf(tt.giveX)
			if xo.ok != tt.wantOK {
				t.Errorf("idOrderOf(%q).ok = %v, want %v", tt.giveX, xo.ok, tt.wantOK)
			}
			for _, c := range [][2]string{{tt.giveX, tt.giveY}, {tt.giveY, tt.giveX}} {
				a, b := idOrderOf(c[0]), idOrderOf(c[1])
				if got, want := compareIDs(a, c[0], b, c[1]), strings.Compare(c[0], c[1]); got != want {
					t.Errorf("compareIDs(%q, %q) = %d, want %d", c[0], c[1], got, want)
				}
			}
		})
	}
}

// TestLiveBuildChanges checks that the changes a build lists are exactly
// the incidents and entries whose canonical JSON is new or differs from
// the previous build's, each with that JSON.
func TestLiveBuildChanges(t *testing.T) {
	rs := newRandomStream(7)
	f := &Fold{Resolve: streamResolve}
	prevCas, prevTl := map[string]string{}, map[string]string{}
	changes := 0
	for i := 0; i < 240; i++ {
		if err := rs.next()(f); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		if i%2 == 1 {
			continue
		}
		lb := f.buildLive()
		lb.encode()
		curCas := itemsJSON(t, lb.cas.Incidents)
		curTl := itemsJSON(t, append(slices.Clone(lb.tl.Entries), lb.tl.Undated...))
		for _, c := range []struct {
			name      string
			got       []changedItem
			prev, cur map[string]string
		}{
			{"casualties", lb.casChanges, prevCas, curCas},
			{"timeline", lb.tlChanges, prevTl, curTl},
		} {
			want := map[string]string{}
			for id, b := range c.cur {
				if c.prev[id] != b {
					want[id] = b
				}
			}
			if got := changeSet(c.got); !maps.Equal(got, want) {
				t.Fatalf("step %d: %s: build lists %d changes, the models differ in %d", i, c.name, len(got), len(want))
			}
			changes += len(c.got)
		}
		prevCas, prevTl = curCas, curTl
	}
	if changes < 100 {
		t.Errorf("only %d changes in the whole stream: too thin to test anything", changes)
	}
}

func changeSet(items []changedItem) map[string]string {
	m := make(map[string]string, len(items))
	for _, it := range items {
		m[it.id] = string(it.body)
	}
	return m
}

// TestLiveReconcileEqualsBuild is TestBuildIncrementalEqualsBuild on
// streams where live reconciliations may take the last one's decisions
// again (every article has a publication date, no claim names a weekday
// alone) and dates spread over many weeks, so that most decisions are
// taken again and the others are made afresh: the models must still be
// those of a full build after every step.
func TestLiveReconcileEqualsBuild(t *testing.T) {
	tests := []struct {
		name       string
		giveSeed   uint64
		giveDays   int
		giveSteps  int
		giveAllPub bool
	}{
		{name: "a year", giveSeed: 4, giveDays: 365, giveSteps: 400, giveAllPub: true},
		{name: "three months", giveSeed: 5, giveDays: 90, giveSteps: 400, giveAllPub: true},
		{name: "two years", giveSeed: 6, giveDays: 730, giveSteps: 400, giveAllPub: true},
		{name: "some articles without a date", giveSeed: 7, giveDays: 365, giveSteps: 300},
	}
	active, taken, made := liveReconcileStats.active.Load(), liveReconcileStats.taken.Load(), liveReconcileStats.made.Load()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := newRandomStream(tt.giveSeed)
			rs.days, rs.allPub, rs.dense = tt.giveDays, tt.giveAllPub, true
			live := &Fold{Resolve: streamResolve}
			var steps []step
			for i := 0; i < tt.giveSteps; i++ {
				steps = rs.play(t, i, live, steps)
				buildAsFresh(t, i, live, steps)
			}
			rs.checkKinds(t)
		})
	}
	active, taken, made = liveReconcileStats.active.Load()-active, liveReconcileStats.taken.Load()-taken, liveReconcileStats.made.Load()-made
	t.Logf("%d live reconciliations took decisions again: %d decisions taken again, %d made", active, taken, made)
	if active < 500 || taken < 1000 || made < 1000 {
		t.Errorf("%d live reconciliations took decisions again: %d decisions taken again, %d made: the streams do not exercise them",
			active, taken, made)
	}
}

// TestLiveReconcileDevsets replays each reconciliation development set as
// one stream, article by article, and checks that the live build after
// each article holds the incidents (ids and reports) of a full build of
// the same articles and claims.
func TestLiveReconcileDevsets(t *testing.T) {
	at := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	incidents := func(c Casualties) string {
		var b strings.Builder
		for _, in := range c.Incidents {
			b.WriteString(in.ID + ":")
			for _, r := range in.Reports {
				b.WriteString(r.ClaimID + ",")
			}
			b.WriteString("|")
		}
		return b.String()
	}
	for _, path := range []string{"testdata/reconcile.jsonl", "testdata/reconcile2.jsonl", "testdata/reconcile3.jsonl", "testdata/reconcile4.jsonl", "testdata/reconcile5.jsonl"} {
		live := NewFold()
		var arts []ingest.Article
		var claims []extract.Claim
		var seq uint64
		for _, cl := range loadDevset(t, path) {
			for _, a := range cl.Articles {
				p, err := ingest.Prepare([]byte(a.Text), ingest.Meta{Source: a.Outlet, Published: a.Published}, 0, at)
				if err != nil {
					t.Fatal(err)
				}
				seq++
				live.ApplyArticle(seq, at, p)
				arts = append(arts, p)
				for _, c := range extract.Extract(p) {
					seq++
					if err := live.ApplyClaim(seq, at, c); err != nil {
						t.Fatal(err)
					}
					claims = append(claims, c)
				}
				got, _ := live.BuildIncremental()
				fresh := NewFold()
				for i, x := range arts {
					fresh.ApplyArticle(uint64(i+1), at, x)
				}
				for i, c := range claims {
					if err := fresh.ApplyClaim(uint64(i+1), at, c); err != nil {
						t.Fatal(err)
					}
				}
				if want, _ := fresh.Build(); incidents(got) != incidents(want) {
					t.Fatalf("%s, after %s: the live build's incidents are not the full build's", path, a.ID)
				}
			}
		}
	}
}
