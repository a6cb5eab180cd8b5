package ingest_test

import (
	"context"
	"testing"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/eventlog/eventlogtest"
	"github.com/claimline/claimline/ingest"
)

// TestArticleEventsCarryMeta reads the ARTICLES stream headers-only after
// an ingest, a correction and a retraction: each event's headers say its
// type, article, outlet and publication date; a value that cannot travel
// in a header leaves them out, so that readers fall back to the body.
func TestArticleEventsCarryMeta(t *testing.T) {
	ctx := context.Background()
	env := eventlogtest.Start(t, eventlog.StreamsConfig{})
	in := &ingest.Ingester{Bus: env.Bus}
	res, err := in.Ingest(ctx, ingest.Input{Name: "a", Raw: []byte("Shelling killed three civilians on Tuesday, officials said.\n"),
		Meta: ingest.Meta{Source: "Reuters", Published: "2020-02-06"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := in.Correct(ctx, ingest.Correction{ArticleID: res.ID, Published: "2020-02-07"}); err != nil {
		t.Fatal(err)
	}
	if _, err := in.Correct(ctx, ingest.Correction{ArticleID: res.ID, Source: "Two\nLines"}); err != nil {
		t.Fatal(err)
	}
	if _, err := in.Retract(ctx, ingest.Retraction{ArticleID: res.ID, Reason: "test"}); err != nil {
		t.Fatal(err)
	}
	want := []struct {
		meta ingest.EventMeta
		ok   bool
	}{
		{ingest.EventMeta{Type: ingest.EventTypeIngested, ArticleID: res.ID, Source: "Reuters", Published: "2020-02-06"}, true},
		{ingest.EventMeta{Type: ingest.EventTypeCorrected, ArticleID: res.ID, Published: "2020-02-07"}, true},
		{ingest.EventMeta{}, false},
		{ingest.EventMeta{Type: ingest.EventTypeRetracted, ArticleID: res.ID}, true},
	}
	i := 0
	err = env.Bus.ReadAll(ctx, eventlog.StreamArticles, eventlog.ReadOptions{HeadersOnly: true}, func(m jetstream.Msg) error {
		if len(m.Data()) != 0 {
			t.Errorf("event %d: a headers-only read delivered %d bytes of body", i, len(m.Data()))
		}
		got, ok := ingest.MetaFromHeaders(m.Headers())
		if i < len(want) && (got != want[i].meta || ok != want[i].ok) {
			t.Errorf("event %d: MetaFromHeaders = %+v, %v; want %+v, %v", i, got, ok, want[i].meta, want[i].ok)
		}
		i++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if i != len(want) {
		t.Fatalf("read %d events, want %d", i, len(want))
	}
}
