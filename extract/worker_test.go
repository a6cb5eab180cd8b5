package extract_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/eventlog/eventlogtest"
	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
)

// consumerIdle reports whether the extract consumer has delivered and had
// acknowledged everything.
func consumerIdle(t *testing.T, bus *eventlog.Bus) bool {
	cons, err := bus.JS.Consumer(context.Background(), eventlog.StreamArticles, extract.DefaultDurable)
	if err != nil {
		return false
	}
	info, err := cons.Info(context.Background())
	return err == nil && info.NumPending == 0 && info.NumAckPending == 0 && info.NumRedelivered == 0
}

func TestWorkerRedeliveryAfterCrashStoresNoDuplicates(t *testing.T) {
	env := eventlogtest.Start(t, eventlog.StreamsConfig{})
	in := &ingest.Ingester{Bus: env.Bus}
	ctx := context.Background()
	text := "KYIV - A Russian missile strike killed seven civilians and wounded 12 others in Kharkiv on Monday, the regional governor said."
	res, err := in.Ingest(ctx, ingest.Input{Name: "a", Raw: []byte(text), Meta: ingest.Meta{Published: "2023-05-10"}})
	if err != nil || res.Status != ingest.StatusNew {
		t.Fatalf("ingest: %+v, %v", res, err)
	}
	a, err := ingest.Prepare([]byte(text), ingest.Meta{Published: "2023-05-10"}, 0, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	claims := extract.Extract(a)
	if len(claims) < 2 {
		t.Fatalf("want at least 2 claims from %q, got %d", text, len(claims))
	}
	// A worker published the claims and crashed before acknowledging the
	// article: the article is still pending on the consumer.
	w := &extract.Worker{Bus: env.Bus}
	if _, err := w.Consumer(ctx); err != nil {
		t.Fatal(err)
	}
	if err := extract.Publish(ctx, env.Bus, claims, time.Now()); err != nil {
		t.Fatal(err)
	}
	if got := env.State(t, eventlog.StreamClaims).Msgs; got != uint64(len(claims)) {
		t.Fatalf("CLAIMS holds %d messages after the first publish, want %d", got, len(claims))
	}

	// A second article arrives meanwhile: the worker may take both in one
	// group, whose batch the server rejects for the stored claims; the new
	// article's claims must still be stored.
	text2 := "GAZA - An Israeli air strike killed 11 people, including four children, in Rafah overnight, health officials said."
	if _, err := in.Ingest(ctx, ingest.Input{Name: "b", Raw: []byte(text2), Meta: ingest.Meta{Published: "2024-03-02"}}); err != nil {
		t.Fatal(err)
	}
	b, _ := ingest.Prepare([]byte(text2), ingest.Meta{Published: "2024-03-02"}, 0, time.Now())
	want := uint64(len(claims) + len(extract.Extract(b)))

	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- w.Run(runCtx) }()
	eventlogtest.Eventually(t, 15*time.Second, "both articles acknowledged and stored", func() bool {
		return consumerIdle(t, env.Bus) && env.State(t, eventlog.StreamClaims).Msgs >= want
	})
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got := env.State(t, eventlog.StreamClaims).Msgs; got != want {
		t.Fatalf("CLAIMS holds %d messages after redelivery, want %d (no duplicates, nothing lost)", got, want)
	}
}

func TestTwoWorkersShareTheWork(t *testing.T) {
	env := eventlogtest.Start(t, eventlog.StreamsConfig{})
	in := &ingest.Ingester{Bus: env.Bus}
	ctx := context.Background()
	want := 0
	for i := range 20 {
		text := fmt.Sprintf("An air strike killed %d fighters near the village of Kafr %d on Sunday, a monitor said.", i+2, i)
		a, _ := ingest.Prepare([]byte(text), ingest.Meta{}, 0, time.Now())
		want += len(extract.Extract(a))
		if _, err := in.Ingest(ctx, ingest.Input{Name: fmt.Sprint(i), Raw: []byte(text)}); err != nil {
			t.Fatal(err)
		}
	}
	if want < 20 {
		t.Fatalf("want at least one claim per article, got %d for 20", want)
	}
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan error, 2)
	for _, name := range []string{"w1", "w2"} {
		w := &extract.Worker{Bus: env.Connect(name), MaxAckPending: 1}
		go func() { done <- w.Run(runCtx) }()
	}
	eventlogtest.Eventually(t, 20*time.Second, "every article extracted", func() bool {
		return consumerIdle(t, env.Bus) && env.State(t, eventlog.StreamClaims).Msgs == uint64(want)
	})
	cancel()
	for range 2 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}
