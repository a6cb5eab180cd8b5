package extract_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
)

// A downstream service that wants only casualty claims reads
// claims.casualty.> with its own durable consumer, decodes the CloudEvents
// envelope, and acknowledges each claim once it has used it.
func Example_downstreamConsumer() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	// An embedded server stands in for your NATS cluster here.
	dir, _ := os.MkdirTemp("", "claimline-example")
	defer os.RemoveAll(dir)
	srv, err := eventlog.StartServer(eventlog.ServerConfig{DataDir: dir, Listen: "127.0.0.1:-1"})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer srv.Shutdown()
	bus, _ := eventlog.Connect(srv.ClientURL(), "example")
	defer bus.Close()
	_ = eventlog.EnsureStreams(ctx, bus.JS, eventlog.StreamsConfig{})

	// Upstream: an article is ingested and an extract worker runs.
	in := &ingest.Ingester{Bus: bus}
	_, _ = in.Ingest(ctx, ingest.Input{Name: "wire", Raw: []byte(
		"KHARKIV - A Russian missile strike killed seven civilians and wounded 12 others on Monday, the regional governor said.")})
	worker := &extract.Worker{Bus: bus}
	go func() { _ = worker.Run(ctx) }()

	// Downstream: only casualty claims.
	cons, err := bus.JS.CreateOrUpdateConsumer(ctx, eventlog.StreamClaims, jetstream.ConsumerConfig{
		Durable:        "casualty-alerts",
		FilterSubjects: []string{"claims.casualty.>"},
		AckPolicy:      jetstream.AckExplicitPolicy,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	var lines []string
	for len(lines) < 2 {
		m, err := cons.Next(jetstream.FetchMaxWait(10 * time.Second))
		if err != nil {
			fmt.Println(err)
			return
		}
		env, err := eventlog.DecodeEnvelope(m.Data())
		if err != nil {
			_ = m.Term() // not a claim: never retry it
			continue
		}
		var c extract.Claim
		_ = json.Unmarshal(env.Data, &c)
		lines = append(lines, fmt.Sprintf("%s %s %d %s (%s)", m.Subject(), env.Type, *c.Count.Value, c.Victims.Side, c.AttributedTo))
		_ = m.Ack()
	}
	slices.Sort(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	// Output:
	// claims.casualty.killed claimline.claim.casualty.v1 7 civilians (regional governor)
	// claims.casualty.wounded claimline.claim.casualty.v1 12 civilians (regional governor)
}
