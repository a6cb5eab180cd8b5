package project

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
	"github.com/claimline/claimline/seeds"
)

// synthetic is a deterministic stream of articles and claims.
type synthetic struct {
	articles []ingest.Article
	claims   []extract.Claim
}

var (
	synthOnce sync.Once
	synth1M   synthetic
)

// genSynthetic builds n claims over n/10 articles spread over about two and
// a half years: casualty claims (some cumulative, some undated, some with a
// weekday only), statements of several parts, and events, over 48 places in
// 8 regions and a mix of known and unknown sides.
func genSynthetic(n int) synthetic {
	rng := rand.New(rand.NewPCG(42, 7))
	regions := []string{"Idlib", "Aleppo", "Daraa", "Rif Dimashq", "Hama", "Homs", "Latakia", "Deir ez-Zor"}
	var places []*extract.Place
	for _, r := range regions {
		places = append(places, &extract.Place{Text: r + " province", Name: r})
		for i := 0; i < 5; i++ {
			name := fmt.Sprintf("%s town %d", r, i)
			places = append(places, &extract.Place{Text: name, Name: name, Region: r})
		}
	}
	places = append(places, &extract.Place{Text: "Syria", Name: "Syria"})
	sides := []string{"Turkish military", "Syrian government forces", "pro-government militia", "Iranian military",
		"Russian military", "rebels", "civilians", "Kurdish forces", "ISIS", ""}
	actors := []string{"Turkey", "Syrian government forces", "Russia", "Israel", "rebels", "United Nations"}
	actions := []string{extract.ActionCapture, extract.ActionEnter, extract.ActionStrike, extract.ActionShootdown,
		extract.ActionDeploy, extract.ActionStatement, extract.ActionTalks, extract.ActionSiege}
	outcomes := []string{extract.OutcomeKilled, extract.OutcomeKilled, extract.OutcomeKilled, extract.OutcomeWounded,
		extract.OutcomeCaptured}
	quals := []string{extract.QualExact, extract.QualExact, extract.QualAtLeast, extract.QualMoreThan, extract.QualAbout}
	outlets := make([]string, 20)
	for i := range outlets {
		outlets[i] = fmt.Sprintf("Outlet %d", i)
	}
	quotes := make([]string, 64)
	for i := range quotes {
		quotes[i] = fmt.Sprintf("strikes on the area killed %d people, a monitoring group said on the day", i)
	}
	weekdays := []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	base := int32(18000) // 2019-04-14
	days := map[int32]*string{}
	dayStr := func(d int32) *string {
		s, ok := days[d]
		if !ok {
			v := formatDay(d)
			s = &v
			days[d] = s
		}
		return s
	}
	values := make([]*int, 200)
	for i := range values {
		v := i
		values[i] = &v
	}
	const perArticle = 10
	s := synthetic{articles: make([]ingest.Article, 0, n/perArticle+1), claims: make([]extract.Claim, 0, n)}
	for a := 0; len(s.claims) < n; a++ {
		pub := base + int32(rng.IntN(900))
		art := ingest.Article{ID: fmt.Sprintf("art-%07d", a), Source: outlets[rng.IntN(len(outlets))], Published: formatDay(pub)}
		s.articles = append(s.articles, art)
		stmt := 1
		for k := 0; k < perArticle && len(s.claims) < n; k++ {
			if rng.IntN(3) > 0 {
				stmt++
			}
			c := extract.Claim{ArticleID: art.ID, Extractor: "claimline-rules@1.0.0", Span: extract.Span{Start: k * 100, End: k*100 + 70},
				Quote: quotes[rng.IntN(len(quotes))], Statement: stmt}
			c.ID = fmt.Sprintf("%s-%02d", art.ID, k)
			if r := rng.IntN(10); r < 8 {
				c.Location = places[rng.IntN(len(places))]
			}
			switch r := rng.IntN(20); {
			case r < 14:
				d := pub - int32(rng.IntN(10))
				c.Date = extract.Date{Start: dayStr(d), End: dayStr(d), Precision: extract.PrecisionDay, Expression: "on " + weekdays[weekdayOf(d)]}
			case r < 15:
				d := pub - int32(weekdayOf(pub)) - 7
				c.Date = extract.Date{Start: dayStr(d), End: dayStr(d + 6), Precision: extract.PrecisionWeek, Expression: "last week"}
			case r < 18:
				c.Date = extract.Date{Precision: extract.PrecisionUnresolved, Expression: "on a day", Weekday: weekdays[rng.IntN(7)]}
			default:
				c.Date = extract.Date{Precision: extract.PrecisionUnresolved}
			}
			if rng.IntN(10) < 6 {
				c.Kind = extract.KindCasualty
				c.Outcome = outcomes[rng.IntN(len(outcomes))]
				c.Count = &extract.Count{Value: values[1+rng.IntN(60)], Qualifier: quals[rng.IntN(len(quals))]}
				if rng.IntN(20) == 0 {
					c.Count = &extract.Count{Qualifier: extract.QualUnknown}
				}
				side := sides[rng.IntN(len(sides))]
				c.Victims = &extract.Group{Text: side, Side: side}
				c.Scope = extract.ScopeIncident
				if rng.IntN(10) == 0 {
					c.Scope = extract.ScopeCumulative
				}
			} else {
				c.Kind = extract.KindEvent
				c.Action = actions[rng.IntN(len(actions))]
				c.Actor = &extract.Party{Text: actors[rng.IntN(len(actors))]}
				c.Actor.Name = c.Actor.Text
				if rng.IntN(2) == 0 {
					c.Target = &extract.Party{Text: "the town", Name: "town"}
				}
			}
			s.claims = append(s.claims, c)
		}
	}
	return s
}

// BenchmarkFold1M applies a synthetic stream of 1,000,000 claims (and their
// articles) to a fresh Fold and builds both models once, digests included.
// Run it with -benchtime=1x.
func BenchmarkFold1M(b *testing.B) {
	synthOnce.Do(func() { synth1M = genSynthetic(1_000_000) })
	s := synth1M
	at := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	b.ResetTimer()
	var incidents, entries int
	for i := 0; i < b.N; i++ {
		f := NewFold()
		for k, a := range s.articles {
			f.ApplyArticle(uint64(k+1), at, a)
		}
		for k, c := range s.claims {
			if err := f.ApplyClaim(uint64(k+1), at, c); err != nil {
				b.Fatal(err)
			}
		}
		cas, tl := f.Build()
		incidents, entries = len(cas.Incidents), len(tl.Entries)+len(tl.Undated)
	}
	b.ReportMetric(float64(len(s.claims))*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
	b.ReportMetric(float64(incidents), "incidents")
	b.ReportMetric(float64(entries), "entries")
}

// BenchmarkBuildSeeds builds both models of the seed fixture.
func BenchmarkBuildSeeds(b *testing.B) {
	f := seedFold(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f.Build()
	}
}

// BenchmarkRebuildAfterArticle measures the live projector's rebuild after
// one more article: a fold of about 20,000 synthetic claims is built once,
// then each iteration applies the next article's claims (about 10) and
// rebuilds both models: "full" with Build and the models' canonical JSON,
// "incremental" with BuildIncremental (digests and JSON included), "live"
// as Projector.rebuild does (JSON and digests left to the first read).
func BenchmarkRebuildAfterArticle(b *testing.B) {
	s := genSynthetic(20_000 + 10_000)
	for _, bm := range []struct {
		name    string
		rebuild func(f *Fold)
	}{
		{"full", func(f *Fold) {
			cas, tl := f.Build()
			appendCasualties(&encoder{}, &cas, true)
			appendTimeline(&encoder{}, &tl, true)
		}},
		{"incremental", func(f *Fold) { f.BuildIncremental() }},
		{"live", func(f *Fold) { f.buildLive() }},
	} {
		b.Run(bm.name, func(b *testing.B) {
			benchRebuild(b, s, 20_000, bm.rebuild)
		})
	}
}

func benchRebuild(b *testing.B, s synthetic, base int, rebuild func(f *Fold)) {
	at := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	f := NewFold()
	for k, a := range s.articles {
		f.ApplyArticle(uint64(k+1), at, a)
	}
	next := 0
	// applyArticle applies the claims of the next article of the stream
	// (the generator emits each article's claims together).
	applyArticle := func() {
		if next == len(s.claims) {
			b.Fatal("synthetic stream exhausted; make it longer")
		}
		id := s.claims[next].ArticleID
		for ; next < len(s.claims) && s.claims[next].ArticleID == id; next++ {
			if err := f.ApplyClaim(uint64(next+1), at, s.claims[next]); err != nil {
				b.Fatal(err)
			}
		}
	}
	for next < base {
		applyArticle()
	}
	rebuild(f)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		applyArticle()
		rebuild(f)
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/rebuild")
}

// BenchmarkBuildCorpus builds both models, digests included, from scratch
// over the claims extracted from 600 synthetic articles (about 6,500
// claims: the corpus of `claimline bench --quick`).
func BenchmarkBuildCorpus(b *testing.B) {
	f := NewFold()
	at := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	var n int
	for i, s := range seeds.Synthetic(600, 1) {
		a, err := ingest.Prepare(s.Text, ingest.Meta{Source: s.Source, Published: s.Published}, 0, at)
		if err != nil {
			b.Fatal(err)
		}
		f.ApplyArticle(uint64(i+1), at, a)
		for _, c := range extract.Extract(a) {
			n++
			if err := f.ApplyClaim(uint64(n), at, c); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f.Build()
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
}

// BenchmarkRebuildCorpusArticle measures the live projector's rebuild after
// one more article on the models of the claims extracted from 4,000
// synthetic articles (about 43,000 claims, what `claimline bench` ends its
// latency phase with).
func BenchmarkRebuildCorpusArticle(b *testing.B) {
	const base = 4000
	f, apply := corpusFold(b, base+b.N)
	for i := 0; i < base; i++ {
		apply(i)
	}
	f.buildLive()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		apply(base + i)
		b.StartTimer()
		f.buildLive()
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/rebuild")
}

// corpusFold returns a fold and a function that applies the i-th of n
// synthetic articles and the claims extracted from it.
func corpusFold(b *testing.B, n int) (*Fold, func(i int)) {
	at := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	corpus := seeds.Synthetic(n, 1)
	f := NewFold()
	seq := uint64(0)
	return f, func(i int) {
		s := corpus[i]
		a, err := ingest.Prepare(s.Text, ingest.Meta{Source: s.Source, Published: s.Published}, 0, at)
		if err != nil {
			b.Fatal(err)
		}
		f.ApplyArticle(uint64(i+1), at, a)
		for _, c := range extract.Extract(a) {
			seq++
			if err := f.ApplyClaim(seq, at, c); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkReconcileCorpus reconciles the casualty units of the claims
// extracted from 4,000 synthetic articles (about 7,000 units), as every
// live rebuild does.
func BenchmarkReconcileCorpus(b *testing.B) {
	const n = 4000
	f, apply := corpusFold(b, n)
	for i := 0; i < n; i++ {
		apply(i)
	}
	f.buildLive()
	st := f.inc
	views := make([]*prepView, len(st.vcs))
	for i, vc := range st.vcs {
		views[i] = vc.plain
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		st.reconcile(views)
	}
}
