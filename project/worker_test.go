package project_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/eventlog/eventlogtest"
	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
	"github.com/claimline/claimline/project"
	"github.com/claimline/claimline/seeds"
)

// pipeline is a real embedded server with an extract worker running.
type pipeline struct {
	env *eventlogtest.Env
	in  *ingest.Ingester
}

func startPipeline(t *testing.T) *pipeline {
	t.Helper()
	env := eventlogtest.Start(t, eventlog.StreamsConfig{})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	w := &extract.Worker{Bus: env.Connect("extract")}
	go func() { done <- w.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })
	return &pipeline{env: env, in: &ingest.Ingester{Bus: env.Bus}}
}

// runProjector starts a projector on its own connection; the returned stop
// cancels it and waits for it to finish (it snapshots on the way out).
func (p *pipeline) runProjector(t *testing.T, name string) (*project.Projector, func()) {
	t.Helper()
	return p.runProjectorWith(t, &project.Projector{Bus: p.env.Connect(name), SnapshotEvery: 50 * time.Millisecond})
}

func (p *pipeline) runProjectorWith(t *testing.T, pr *project.Projector) (*project.Projector, func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- pr.Run(ctx) }()
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		if err := <-done; err != nil {
			t.Errorf("projector: %v", err)
		}
	}
	t.Cleanup(stop)
	return pr, stop
}

func (p *pipeline) ingestSeeds(t *testing.T) map[string]string {
	t.Helper()
	ids := map[string]string{}
	for _, s := range seeds.All() {
		res, err := p.in.Ingest(context.Background(), ingest.Input{Name: s.Name, Raw: s.Text,
			Meta: ingest.Meta{Source: s.Source, Published: s.Published}})
		if err != nil || res.Status == ingest.StatusRejected {
			t.Fatalf("ingest %s: %+v %v", s.Name, res, err)
		}
		ids[s.Name[:3]] = res.ID
	}
	return ids
}

func (p *pipeline) ingestText(t *testing.T, text, published string) string {
	t.Helper()
	res, err := p.in.Ingest(context.Background(), ingest.Input{Name: "text", Raw: []byte(text), Meta: ingest.Meta{Published: published}})
	if err != nil || res.Status != ingest.StatusNew {
		t.Fatalf("ingest: %+v %v", res, err)
	}
	return res.ID
}

// settled waits until the extract consumer is idle and the projector's
// models cover every stored article and claim.
func (p *pipeline) settled(t *testing.T, prs ...*project.Projector) {
	t.Helper()
	ctx := context.Background()
	eventlogtest.Eventually(t, 30*time.Second, "pipeline to settle", func() bool {
		cons, err := p.env.Bus.JS.Consumer(ctx, eventlog.StreamArticles, extract.DefaultDurable)
		if err != nil {
			return false
		}
		info, err := cons.Info(ctx)
		if err != nil || info.NumPending != 0 || info.NumAckPending != 0 {
			return false
		}
		if info.AckFloor.Consumer != info.Delivered.Consumer {
			// An article put back for a retry (a publish that failed
			// under load is naked with a delay) is neither pending nor
			// awaiting its ack until it is delivered again.
			return false
		}
		// The consumer's pending count may not yet count an article
		// stored a moment ago: the last ingested article must have been
		// delivered too.
		s, err := p.env.Bus.JS.Stream(ctx, eventlog.StreamArticles)
		if err != nil {
			return false
		}
		last, err := s.GetLastMsgForSubject(ctx, "articles.ingested.>")
		if err == nil && info.Delivered.Stream < last.Sequence {
			return false
		}
		if err != nil && !errors.Is(err, jetstream.ErrMsgNotFound) {
			return false
		}
		claims, articles := p.env.State(t, eventlog.StreamClaims).LastSeq, p.env.State(t, eventlog.StreamArticles).LastSeq
		for _, pr := range prs {
			cas, _ := pr.Models()
			if cas.AsOf.ClaimsSeq != claims || cas.AsOf.ArticlesSeq != articles {
				return false
			}
		}
		return true
	})
}

func replayDigests(t *testing.T, bus *eventlog.Bus, opts project.ReplayOptions) (string, string) {
	t.Helper()
	cas, tl := replayModels(t, bus, opts)
	return cas.Digest, tl.Digest
}

func replayModels(t *testing.T, bus *eventlog.Bus, opts project.ReplayOptions) (project.Casualties, project.Timeline) {
	t.Helper()
	f, _, err := project.Replay(context.Background(), bus, opts)
	if err != nil {
		t.Fatal(err)
	}
	return f.Build()
}

// sameAsReplay fails unless the live models are those a replay of the log
// builds, logging where their canonical JSON first differs.
func sameAsReplay(t *testing.T, bus *eventlog.Bus, cas project.Casualties, tl project.Timeline) {
	t.Helper()
	rc, rt := replayModels(t, bus, project.ReplayOptions{})
	if rc.Digest == cas.Digest && rt.Digest == tl.Digest {
		return
	}
	for _, m := range [][2]any{{cas, rc}, {tl, rt}} {
		live, err := project.Canonical(m[0])
		if err != nil {
			t.Fatal(err)
		}
		replayed, err := project.Canonical(m[1])
		if err != nil {
			t.Fatal(err)
		}
		if i := firstDifference(live, replayed); i >= 0 {
			t.Errorf("live and replayed models differ at byte %d:\nlive:     %s\nreplayed: %s",
				i, excerpt(live, i), excerpt(replayed, i))
		}
	}
	t.Fatalf("replay digests %s %s != live %s %s", rc.Digest, rt.Digest, cas.Digest, tl.Digest)
}

func firstDifference(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	if len(a) != len(b) {
		return min(len(a), len(b))
	}
	return -1
}

func excerpt(b []byte, i int) string {
	return string(b[max(0, i-300):min(len(b), i+300)])
}

func TestLiveModelsEqualReplayAcrossRestart(t *testing.T) {
	p := startPipeline(t)
	pr, stop := p.runProjector(t, "project-1")
	p.ingestSeeds(t)
	p.settled(t, pr)
	cas, tl := pr.Models()
	if len(cas.Incidents) == 0 || len(tl.Entries) == 0 {
		t.Fatalf("empty models: %d incidents, %d entries", len(cas.Incidents), len(tl.Entries))
	}
	sameAsReplay(t, p.env.Bus, cas, tl)
	stop()

	// A new projector resumes from the snapshot with the same models.
	pr2, _ := p.runProjector(t, "project-2")
	p.settled(t, pr2)
	cas2, tl2 := pr2.Models()
	if cas2.Digest != cas.Digest || tl2.Digest != tl.Digest {
		t.Fatalf("after restart digests %s %s, want %s %s", cas2.Digest, tl2.Digest, cas.Digest, tl.Digest)
	}

	// A new article changes the models, and replay still agrees.
	p.ingestText(t, "MOGADISHU - A car bomb killed 14 people and wounded 30 others at a checkpoint in Mogadishu on Saturday, police said.", "2021-06-12")
	p.settled(t, pr2)
	cas3, tl3 := pr2.Models()
	if cas3.Digest == cas.Digest || tl3.Digest == tl.Digest {
		t.Fatal("a new article did not change the models")
	}
	sameAsReplay(t, p.env.Bus, cas3, tl3)
	rep, err := project.Audit(context.Background(), p.env.Bus)
	if err != nil {
		t.Fatal(err)
	}
	eventlogtest.Eventually(t, 10*time.Second, "audit to pass on the latest snapshot", func() bool {
		rep, err = project.Audit(context.Background(), p.env.Bus)
		return err == nil && rep.OK() && rep.AsOf.ClaimsSeq == cas3.AsOf.ClaimsSeq
	})
	if rep.Claims == 0 {
		t.Fatal("audit checked no claims")
	}
}

func TestTwoProjectorsConverge(t *testing.T) {
	p := startPipeline(t)
	a, _ := p.runProjector(t, "a")
	b, _ := p.runProjector(t, "b")
	p.ingestSeeds(t)
	p.settled(t, a, b)
	ca, ta := a.Models()
	cb, tb := b.Models()
	if ca.Digest != cb.Digest || ta.Digest != tb.Digest {
		t.Fatalf("projectors disagree: %s/%s vs %s/%s", ca.Digest, ta.Digest, cb.Digest, tb.Digest)
	}
}

func TestMalformedClaimIsParked(t *testing.T) {
	p := startPipeline(t)
	reg := prometheus.NewRegistry()
	pr, _ := p.runProjectorWith(t, &project.Projector{Bus: p.env.Connect("project"), Metrics: project.NewMetrics(reg)})
	ctx := context.Background()
	dl, err := p.env.Bus.NC.SubscribeSync(eventlog.SubjectDeadLetter)
	if err != nil {
		t.Fatal(err)
	}
	// A hand-published claim with a valid envelope and an invalid claim.
	bad := extract.Claim{ID: "bad", Kind: "casualty", Outcome: "exploded", Span: extract.Span{Start: 5, End: 1}}
	envl, err := eventlog.NewEnvelope("bad-claim", "test", extract.EventTypeCasualty, "x", time.Now(), bad)
	if err != nil {
		t.Fatal(err)
	}
	m, _ := envl.Msg("claims.casualty.killed")
	if _, err := p.env.Bus.JS.PublishMsg(ctx, m); err != nil {
		t.Fatal(err)
	}
	// And one that is not even JSON.
	if _, err := p.env.Bus.JS.PublishMsg(ctx, &nats.Msg{Subject: "claims.casualty.killed", Data: []byte("{oops")}); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		msg, err := dl.NextMsg(15 * time.Second)
		if err != nil {
			t.Fatalf("no dead letter: %v", err)
		}
		if msg.Header.Get("Claimline-Error") == "" || msg.Header.Get("Claimline-Worker") != "project" {
			t.Fatalf("dead letter headers = %v", msg.Header)
		}
	}
	// The models keep updating.
	p.ingestText(t, "Gunmen killed nine villagers in an attack on Kaduna state on Friday, police said.", "2022-01-08")
	p.settled(t, pr)
	cas, _ := pr.Models()
	found := false
	for _, in := range cas.Incidents {
		if in.Killed.Best != nil && *in.Killed.Best == 9 {
			found = true
		}
	}
	if !found {
		t.Fatalf("the article after the poison claims is not in the models: %+v", cas.Incidents)
	}
	if got := counter(t, reg, "claimline_project_events_total", "parked"); got != 2 {
		t.Errorf("parked counter = %v, want 2", got)
	}
	// Every rebuild is timed: the models were built at least at the start
	// and after the article.
	if n, sum := histogram(t, reg, "claimline_project_rebuild_seconds"); n < 2 || sum <= 0 {
		t.Errorf("rebuild histogram: %d observations, %v s in all; want 2 or more, taking some time", n, sum)
	}
}

// histogram reads the count and sum of a histogram without labels from
// reg (0 and 0 if it is missing).
func histogram(t *testing.T, reg *prometheus.Registry, name string) (uint64, float64) {
	t.Helper()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() == name && len(f.GetMetric()) == 1 {
			h := f.GetMetric()[0].GetHistogram()
			return h.GetSampleCount(), h.GetSampleSum()
		}
	}
	return 0, 0
}

// counter reads a counter with the label result=value from reg.
func counter(t *testing.T, reg *prometheus.Registry, name, result string) float64 {
	t.Helper()
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() != name {
			continue
		}
		for _, m := range f.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "result" && l.GetValue() == result {
					return m.GetCounter().GetValue()
				}
			}
		}
	}
	return -1
}

// TestProjectorBuildsWholeArticles checks that the live projector rebuilds
// once an article's claims have all arrived, not after the first of them:
// every build's claims position is the last claim of an article.
func TestProjectorBuildsWholeArticles(t *testing.T) {
	p := startPipeline(t)
	var mu sync.Mutex
	var built []uint64
	pr, _ := p.runProjectorWith(t, &project.Projector{Bus: p.env.Connect("project"), ReadOnly: true,
		OnBuilt: func(at project.AsOf, _ time.Time) {
			mu.Lock()
			built = append(built, at.ClaimsSeq)
			mu.Unlock()
		}})
	for i, s := range seeds.Synthetic(12, 3) {
		p.ingestText(t, string(s.Text), s.Published)
		if i%3 == 2 {
			p.settled(t, pr)
		}
	}
	p.settled(t, pr)
	// The last claim of each article, in stream order.
	ends := map[uint64]bool{0: true}
	var prevSeq uint64
	prevArticle := ""
	err := p.env.Bus.ReadAll(context.Background(), eventlog.StreamClaims, eventlog.ReadOptions{}, func(m jetstream.Msg) error {
		md, err := m.Metadata()
		if err != nil {
			return err
		}
		env, err := eventlog.DecodeEnvelope(m.Data())
		if err != nil {
			return err
		}
		if prevArticle != "" && env.Subject != prevArticle {
			ends[prevSeq] = true
		}
		prevSeq, prevArticle = md.Sequence.Stream, env.Subject
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	ends[prevSeq] = true
	if len(ends) < 10 {
		t.Fatalf("only %d articles with claims: too few to tell", len(ends)-1)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, seq := range built {
		if !ends[seq] {
			t.Errorf("a build at claim %d, inside an article's claims (builds at %v)", seq, built)
		}
	}
}
