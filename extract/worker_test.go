package extract_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/eventlog/eventlogtest"
	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
	"github.com/claimline/claimline/seeds"
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

// runUntil runs workers until the consumer is idle and cond holds (within
// limit), then stops them and fails the test if any of them failed.
func runUntil(t *testing.T, bus *eventlog.Bus, limit time.Duration, what string, cond func() bool, workers ...*extract.Worker) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, len(workers))
	for _, w := range workers {
		go func() { done <- w.Run(ctx) }()
	}
	eventlogtest.Eventually(t, limit, what, func() bool { return consumerIdle(t, bus) && cond() })
	cancel()
	for range workers {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
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

	runUntil(t, env.Bus, 15*time.Second, "both articles acknowledged and stored", func() bool {
		return env.State(t, eventlog.StreamClaims).Msgs >= want
	}, w)
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
	runUntil(t, env.Bus, 20*time.Second, "every article extracted", func() bool {
		return env.State(t, eventlog.StreamClaims).Msgs == uint64(want)
	}, &extract.Worker{Bus: env.Connect("w1"), MaxAckPending: 1}, &extract.Worker{Bus: env.Connect("w2"), MaxAckPending: 1})
}

// TestWorkerGroupsArticlesIntoAtomicBatches ingests a backlog of articles
// and checks that one worker stores every claim once, each article's claims
// in one atomic batch, batches of many articles but of at most
// eventlog.MaxBatch claims.
func TestWorkerGroupsArticlesIntoAtomicBatches(t *testing.T) {
	env := eventlogtest.Start(t, eventlog.StreamsConfig{})
	in := &ingest.Ingester{Bus: env.Bus}
	ctx := context.Background()
	corpus := seeds.Synthetic(240, 3)
	inputs := make([]ingest.Input, len(corpus))
	wantArticle := map[string]int{}
	want := 0
	for i, s := range corpus {
		inputs[i] = ingest.Input{Name: s.Name, Raw: s.Text, Meta: ingest.Meta{Source: s.Source, Published: s.Published}}
		a, err := ingest.Prepare(s.Text, inputs[i].Meta, 0, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		n := len(extract.Extract(a))
		wantArticle[a.ID] = n
		want += n
	}
	if want <= 2*eventlog.MaxBatch {
		t.Fatalf("only %d claims: too few to fill batches", want)
	}
	if _, err := in.IngestAll(ctx, inputs); err != nil {
		t.Fatal(err)
	}
	runUntil(t, env.Bus, 60*time.Second, "every article extracted", func() bool {
		return env.State(t, eventlog.StreamClaims).Msgs >= uint64(want)
	}, &extract.Worker{Bus: env.Connect("w")})
	batchOf := map[string]string{} // article → batch
	batchSize := map[string]int{}  // batch → claims
	articles := map[string]int{}   // article → claims
	inBatch := map[string]map[string]bool{}
	err := env.Bus.ReadAll(ctx, eventlog.StreamClaims, eventlog.ReadOptions{}, func(m jetstream.Msg) error {
		env, err := eventlog.DecodeEnvelope(m.Data())
		if err != nil {
			return err
		}
		batch := m.Headers().Get("Nats-Batch-Id")
		if batch == "" {
			return fmt.Errorf("claim %s stored outside an atomic batch", env.ID)
		}
		if b, ok := batchOf[env.Subject]; ok && b != batch {
			return fmt.Errorf("article %s has claims in batches %s and %s", env.Subject, b, batch)
		}
		batchOf[env.Subject] = batch
		batchSize[batch]++
		articles[env.Subject]++
		if inBatch[batch] == nil {
			inBatch[batch] = map[string]bool{}
		}
		inBatch[batch][env.Subject] = true
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for id, n := range wantArticle {
		if articles[id] != n {
			t.Fatalf("article %s: %d claims stored, want %d", id, articles[id], n)
		}
	}
	most := 0
	for b, n := range batchSize {
		if n > eventlog.MaxBatch {
			t.Fatalf("batch %s holds %d claims, more than %d", b, n, eventlog.MaxBatch)
		}
		most = max(most, len(inBatch[b]))
	}
	t.Logf("%d claims of %d articles in %d batches, at most %d articles in one", want, len(corpus), len(batchSize), most)
	if most < 10 {
		t.Fatalf("at most %d articles in a batch: the backlog was not grouped", most)
	}
}

// TestWorkerKeepsLongArticleAlive checks that an article that takes longer
// than AckWait to extract (about 1 MiB of one run-on sentence, which takes
// two seconds or more, against an AckWait of one second) is delivered once:
// the worker tells the server every quarter of AckWait that the work goes
// on, so no second delivery is extracted meanwhile. (With an AckWait of
// 500ms, a loaded machine under the race detector could starve the worker
// of a tick for half a second.)
func TestWorkerKeepsLongArticleAlive(t *testing.T) {
	env := eventlogtest.Start(t, eventlog.StreamsConfig{})
	ctx := context.Background()
	unit := "Turkish forces captured "
	text := strings.Repeat(unit, ingest.DefaultMaxBytes/len(unit)-1) + "Saraqeb."
	meta := ingest.Meta{Published: "2020-02-06"}
	if res, err := (&ingest.Ingester{Bus: env.Bus}).Ingest(ctx, ingest.Input{Name: "long", Raw: []byte(text), Meta: meta}); err != nil || res.Status != ingest.StatusNew {
		t.Fatalf("ingest: %+v, %v", res, err)
	}
	a, err := ingest.Prepare([]byte(text), meta, 0, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	want := uint64(len(extract.Extract(a)))
	if want == 0 {
		t.Fatal("the long article gives no claims")
	}

	runUntil(t, env.Bus, 120*time.Second, "the long article acknowledged and its claims stored", func() bool {
		return env.State(t, eventlog.StreamClaims).Msgs >= want
	}, &extract.Worker{Bus: env.Bus, AckWait: time.Second})
	cons, err := env.Bus.JS.Consumer(ctx, eventlog.StreamArticles, extract.DefaultDurable)
	if err != nil {
		t.Fatal(err)
	}
	info, err := cons.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.Delivered.Consumer != 1 {
		t.Errorf("the article was delivered %d times, want once", info.Delivered.Consumer)
	}
	if got := env.State(t, eventlog.StreamClaims).Msgs; got != want {
		t.Errorf("CLAIMS holds %d messages, want %d", got, want)
	}
}
