package project_test

import (
	"context"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/eventlog/eventlogtest"
	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
	"github.com/claimline/claimline/project"
	"github.com/claimline/claimline/seeds"
)

// BenchmarkReplayStreams stores 600 synthetic articles and their claims
// (about 6,500) on an embedded server, as `claimline bench --quick` does,
// then measures, per iteration, a raw ordered-consumer read of CLAIMS and a
// replay of both streams into a Fold with both models built. It reports
// both rates and their ratio, and the time of the raw read, of reading and
// folding both streams, and of building the models.
func BenchmarkReplayStreams(b *testing.B) {
	env := eventlogtest.Start(b, eventlog.StreamsConfig{})
	ctx := context.Background()
	corpus := seeds.Synthetic(600, 1)
	inputs := make([]ingest.Input, len(corpus))
	for i, s := range corpus {
		inputs[i] = ingest.Input{Name: s.Name, Raw: s.Text, Meta: ingest.Meta{Source: s.Source, Published: s.Published}}
	}
	in := &ingest.Ingester{Bus: env.Bus}
	if _, err := in.IngestAll(ctx, inputs); err != nil {
		b.Fatal(err)
	}
	for _, input := range inputs {
		a, err := ingest.Prepare(input.Raw, input.Meta, 0, time.Now())
		if err != nil {
			b.Fatal(err)
		}
		if err := extract.Publish(ctx, env.Bus, extract.Extract(a), time.Now()); err != nil {
			b.Fatal(err)
		}
	}
	var raw, read, replay time.Duration
	var claims uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		claims = 0
		start := time.Now()
		err := env.Bus.ReadAll(ctx, eventlog.StreamClaims, eventlog.ReadOptions{}, func(jetstream.Msg) error {
			claims++
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		raw += time.Since(start)
		start = time.Now()
		f, _, err := project.Replay(ctx, env.Bus, project.ReplayOptions{})
		if err != nil {
			b.Fatal(err)
		}
		read += time.Since(start)
		f.Build()
		replay += time.Since(start)
	}
	n := float64(claims) * float64(b.N)
	b.ReportMetric(n/raw.Seconds(), "raw-claims/s")
	b.ReportMetric(n/replay.Seconds(), "replay-claims/s")
	b.ReportMetric(raw.Seconds()/replay.Seconds(), "ratio")
	b.ReportMetric(float64(raw.Milliseconds())/float64(b.N), "raw-ms")
	b.ReportMetric(float64(read.Milliseconds())/float64(b.N), "read-ms")
	b.ReportMetric(float64((replay-read).Milliseconds())/float64(b.N), "build-ms")
}
