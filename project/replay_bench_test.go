package project

import (
	"testing"
	"time"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
	"github.com/claimline/claimline/seeds"
)

// BenchmarkApplyMsg measures decoding a claim event and applying it: the
// per-message cost of replay on top of reading the stream.
func BenchmarkApplyMsg(b *testing.B) {
	var bodies [][]byte
	for _, s := range seeds.All() {
		a, err := ingest.Prepare(s.Text, ingest.Meta{Published: s.Published, Source: s.Source}, 0, time.Unix(0, 0))
		if err != nil {
			b.Fatal(err)
		}
		for _, c := range extract.Extract(a) {
			env, err := eventlog.NewEnvelope(c.ID, extract.EventSource, extract.EventType(c), c.ArticleID, time.Unix(0, 0), c)
			if err != nil {
				b.Fatal(err)
			}
			m, _ := env.Msg(extract.Subject(c))
			bodies = append(bodies, m.Data)
		}
	}
	benchApply(b, eventlog.StreamClaims, bodies, "claims/s")
}

// BenchmarkApplyArticleMsg measures decoding an ingested-article event and
// applying it: the per-message cost of replaying the ARTICLES stream.
func BenchmarkApplyArticleMsg(b *testing.B) {
	var bodies [][]byte
	for _, s := range seeds.All() {
		a, err := ingest.Prepare(s.Text, ingest.Meta{Published: s.Published, Source: s.Source}, 0, time.Unix(0, 0))
		if err != nil {
			b.Fatal(err)
		}
		env, err := eventlog.NewEnvelope(a.ID, ingest.EventSource, ingest.EventTypeIngested, a.ID, a.IngestedAt, a)
		if err != nil {
			b.Fatal(err)
		}
		m, _ := env.Msg(eventlog.ArticleIngestedSubject(a.ID))
		bodies = append(bodies, m.Data)
	}
	benchApply(b, eventlog.StreamArticles, bodies, "articles/s")
}

// benchApply applies bodies, as messages of stream, over and over to a
// fold that starts afresh at each round, and reports the rate as unit.
func benchApply(b *testing.B, stream string, bodies [][]byte, unit string) {
	b.ReportAllocs()
	b.ResetTimer()
	f := NewFold()
	for i := 0; i < b.N; i++ {
		if i%len(bodies) == 0 {
			f = NewFold()
		}
		if err := ApplyMsg(f, stream, uint64(i+1), time.Unix(0, 0), bodies[i%len(bodies)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), unit)
}
