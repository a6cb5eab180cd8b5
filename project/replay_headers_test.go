package project_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/eventlog/eventlogtest"
	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
	"github.com/claimline/claimline/project"
	"github.com/claimline/claimline/seeds"
)

// TestReplayArticlesWithoutMetaHeaders stores the seed articles, a
// correction and a retraction twice: through the Ingester, whose events
// carry the metadata headers replay reads instead of the text, and as
// events without them (as stored before the headers were written), whose
// bodies replay must read. Both replays give the same models, and so do
// projectors following each stream.
func TestReplayArticlesWithoutMetaHeaders(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	var models [2]struct {
		cas project.Casualties
		tl  project.Timeline
	}
	for i, withHeaders := range []bool{true, false} {
		env := eventlogtest.Start(t, eventlog.StreamsConfig{})
		in := &ingest.Ingester{Bus: env.Bus, Now: func() time.Time { return now }}
		var ids []string
		for _, s := range seeds.All() {
			a, err := ingest.Prepare(s.Text, ingest.Meta{Source: s.Source, Published: s.Published}, 0, now)
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, a.ID)
			if withHeaders {
				if _, err := in.Ingest(ctx, ingest.Input{Name: s.Name, Raw: s.Text, Meta: ingest.Meta{Source: s.Source, Published: s.Published}}); err != nil {
					t.Fatal(err)
				}
			} else {
				publishBare(t, env.Bus, eventlog.ArticleIngestedSubject(a.ID), ingest.EventTypeIngested, a.ID, a.ID, a)
			}
			if err := extract.Publish(ctx, env.Bus, extract.Extract(a), now); err != nil {
				t.Fatal(err)
			}
		}
		corr := ingest.Correction{ArticleID: ids[4], Published: "2020-03-08", Source: "Corrected Wire", At: now}
		retr := ingest.Retraction{ArticleID: ids[2], Reason: "test", At: now}
		if withHeaders {
			if _, err := in.Correct(ctx, corr); err != nil {
				t.Fatal(err)
			}
			if _, err := in.Retract(ctx, retr); err != nil {
				t.Fatal(err)
			}
		} else {
			publishBare(t, env.Bus, eventlog.ArticleCorrectedSubject(corr.ArticleID), ingest.EventTypeCorrected, "", corr.ArticleID, corr)
			publishBare(t, env.Bus, eventlog.ArticleRetractedSubject(retr.ArticleID), ingest.EventTypeRetracted, "retracted:"+retr.ArticleID, retr.ArticleID, retr)
		}
		f, rejected, err := project.Replay(ctx, env.Bus, project.ReplayOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if rejected != 0 {
			t.Fatalf("headers %v: %d events rejected", withHeaders, rejected)
		}
		models[i].cas, models[i].tl = f.Build()
		// A projector follows ARTICLES the same way and agrees.
		pr := &project.Projector{Bus: env.Connect("project"), ReadOnly: true}
		pctx, cancel := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() { done <- pr.Run(pctx) }()
		claims, articles := env.State(t, eventlog.StreamClaims).LastSeq, env.State(t, eventlog.StreamArticles).LastSeq
		eventlogtest.Eventually(t, 30*time.Second, "projector to catch up", func() bool {
			cas, _ := pr.Models()
			return cas.AsOf.ClaimsSeq == claims && cas.AsOf.ArticlesSeq == articles
		})
		cancel()
		if err := <-done; err != nil {
			t.Fatalf("headers %v: projector: %v", withHeaders, err)
		}
		if live, _ := pr.Models(); !reflect.DeepEqual(live.Incidents, models[i].cas.Incidents) {
			t.Errorf("headers %v: the projector's incidents differ from replay's", withHeaders)
		}
		outlets := map[string]bool{}
		for _, in := range models[i].cas.Incidents {
			for _, r := range in.Reports {
				outlets[r.Outlet] = true
				if r.ArticleID == retr.ArticleID {
					t.Errorf("headers %v: a report of the retracted article is in the model", withHeaders)
				}
			}
		}
		if !outlets["Corrected Wire"] {
			t.Errorf("headers %v: no report from the corrected outlet; outlets %v", withHeaders, outlets)
		}
	}
	if !reflect.DeepEqual(models[0].cas.Incidents, models[1].cas.Incidents) ||
		!reflect.DeepEqual(models[0].tl.Entries, models[1].tl.Entries) {
		t.Error("replays of events with and without metadata headers differ")
	}
}

// publishBare publishes an article event as its envelope alone, without
// the metadata headers.
func publishBare(t *testing.T, bus *eventlog.Bus, subject, typ, id, articleID string, data any) {
	t.Helper()
	env, err := eventlog.NewEnvelope(id, ingest.EventSource, typ, articleID, time.Now(), data)
	if err != nil {
		t.Fatal(err)
	}
	msg, err := env.Msg(subject)
	if err != nil {
		t.Fatal(err)
	}
	if msg.Header.Get(ingest.HeaderArticleID) != "" {
		t.Fatal("a bare event has the metadata headers")
	}
	if _, err := bus.JS.PublishMsg(context.Background(), msg); err != nil {
		t.Fatal(err)
	}
}
