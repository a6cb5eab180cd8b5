package ingest_test

import (
	"context"
	"encoding/json"
	"strconv"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/ingest"
	"github.com/claimline/claimline/seeds"
)

// BenchmarkIngestAllLazy ingests 2,000 synthetic articles per iteration
// (each iteration's made new by a line of its own) into a server with the
// default fsync, as `claimline bench --lazy-sync` does, beside async
// publishes of the same article events to a scratch stream. It reports
// both rates and their ratio.
func BenchmarkIngestAllLazy(b *testing.B) {
	srv, err := eventlog.StartServer(eventlog.ServerConfig{DataDir: b.TempDir(), Listen: "127.0.0.1:-1", LazySync: true})
	if err != nil {
		b.Fatal(err)
	}
	defer srv.Shutdown()
	bus, err := eventlog.Connect(srv.ClientURL(), "bench")
	if err != nil {
		b.Fatal(err)
	}
	defer bus.Close()
	ctx := context.Background()
	if err := eventlog.EnsureStreams(ctx, bus.JS, eventlog.StreamsConfig{}); err != nil {
		b.Fatal(err)
	}
	if _, err := bus.JS.CreateOrUpdateStream(ctx, jetstream.StreamConfig{Name: "RAW", Subjects: []string{"raw.>"}, Storage: jetstream.FileStorage}); err != nil {
		b.Fatal(err)
	}
	corpus := seeds.Synthetic(2000, 1)
	in := &ingest.Ingester{Bus: bus}
	var raw, ing time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		inputs := make([]ingest.Input, len(corpus))
		payloads := make([][]byte, len(corpus))
		for k, s := range corpus {
			text := append([]byte("Run "+strconv.Itoa(i)+".\n"), s.Text...)
			inputs[k] = ingest.Input{Name: s.Name, Raw: text, Meta: ingest.Meta{Source: s.Source, Published: s.Published}}
			a, err := ingest.Prepare(text, inputs[k].Meta, 0, time.Now())
			if err != nil {
				b.Fatal(err)
			}
			env, err := eventlog.NewEnvelope(a.ID, ingest.EventSource, ingest.EventTypeIngested, a.ID, a.IngestedAt, a)
			if err != nil {
				b.Fatal(err)
			}
			payloads[k], _ = json.Marshal(env)
		}
		b.StartTimer()
		start := time.Now()
		for k, p := range payloads {
			if _, err := bus.JS.PublishAsync("raw."+strconv.Itoa(i)+"."+strconv.Itoa(k), p); err != nil {
				b.Fatal(err)
			}
		}
		<-bus.JS.PublishAsyncComplete()
		raw += time.Since(start)
		start = time.Now()
		results, err := in.IngestAll(ctx, inputs)
		if err != nil {
			b.Fatal(err)
		}
		ing += time.Since(start)
		for _, r := range results {
			if r.Status != ingest.StatusNew {
				b.Fatalf("%s: %s %s", r.Input, r.Status, r.Reason)
			}
		}
	}
	n := float64(len(corpus) * b.N)
	b.ReportMetric(n/raw.Seconds(), "raw-msgs/s")
	b.ReportMetric(n/ing.Seconds(), "ingest-articles/s")
	b.ReportMetric(raw.Seconds()/ing.Seconds(), "ratio")
}
