package project

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/extract"
)

// EventSource is the CloudEvents source of projection events.
const EventSource = "claimline/project"

// Projection event types, published on projections.timeline.<entry-id> and
// projections.casualties.<incident-id> when an entry changes.
const (
	EventTypeTimelineEntry = "claimline.projection.timeline.v1"
	EventTypeIncident      = "claimline.projection.casualties.v1"
)

// SnapshotKey is the key of the fold snapshot in the models bucket.
const SnapshotKey = "fold"

// Projector keeps the read models live: it folds the ARTICLES and CLAIMS
// streams into memory, rebuilds the models after each burst of events,
// publishes changed entries on projections.>, and snapshots its state to the
// models bucket so that a restart resumes where it was. Every projector reads
// every event, so several of them converge to the same digests.
type Projector struct {
	Bus *eventlog.Bus
	// Log receives worker events; nil logs nothing.
	Log *zap.Logger
	// Metrics counts applied and parked events; nil counts nothing.
	Metrics *Metrics
	// MaxDeliver is how many deliveries a claim gets before it is parked;
	// 0 means 3.
	MaxDeliver int
	// SnapshotEvery is the snapshot period; 0 means 2 s.
	SnapshotEvery time.Duration
	// OnBuilt, when set, is called after every rebuild of the models with
	// their position and the time the rebuild finished.
	OnBuilt func(at AsOf, done time.Time)
	// ReadOnly keeps the models for this process only: no changes are
	// published on projections.> and no snapshot is stored (serve uses it).
	ReadOnly bool

	mu      sync.RWMutex
	fold    *Fold
	cas     Casualties
	tl      Timeline
	casJSON []byte
	tlJSON  []byte
	pending *pendingEncoding // the current build, until it is encoded
	built   chan struct{}    // closed and replaced at every rebuild

	applyMu sync.Mutex // guards fold while applying
	// lastDirty is when a rebuild was last asked for (Unix ns);
	// claimsBehind, whether the last claim applied had more of its
	// batch behind it.
	lastDirty    atomic.Int64
	claimsBehind atomic.Bool
	builtAt      time.Time // the last build; guarded by applyMu
	dirty        chan struct{}
	snapRev      uint64
}

func (p *Projector) log() *zap.Logger {
	if p.Log == nil {
		return zap.NewNop()
	}
	return p.Log
}

// Run projects until ctx is done, then snapshots and returns nil.
func (p *Projector) Run(ctx context.Context) error {
	p.fold = NewFold()
	p.dirty = make(chan struct{}, 1)
	p.mu.Lock()
	if p.built == nil {
		p.built = make(chan struct{})
	}
	p.mu.Unlock()
	kv, err := p.Bus.JS.KeyValue(ctx, eventlog.BucketModels)
	if err != nil {
		return fmt.Errorf("project: models bucket: %w", err)
	}
	if err := p.restore(ctx, kv); err != nil {
		p.log().Warn("snapshot not usable; replaying from the start", zap.Error(err))
		p.fold = NewFold()
	}
	p.rebuild(ctx)

	articlesDone := make(chan error, 1)
	go func() {
		bodies := p.Bus.Bodies(eventlog.StreamArticles)
		articlesDone <- p.Bus.Follow(ctx, eventlog.StreamArticles,
			eventlog.ReadOptions{StartSeq: p.fold.articlesSeq + 1, HeadersOnly: true},
			func(m jetstream.Msg) error { return p.applyArticle(ctx, bodies, m) })
	}()
	cc, err := p.consumeClaims(ctx)
	if err != nil {
		return err
	}
	defer cc.Stop()

	every := p.SnapshotEvery
	if every <= 0 {
		every = 2 * time.Second
	}
	snap := time.NewTicker(every)
	defer snap.Stop()
	lastSnap := AsOf{}
	// Snapshots are taken in the background, one at a time, and at most a
	// tenth of the time: a large fold takes a while to encode.
	snapDone := make(chan time.Duration, 1)
	snapping := false
	var notBefore time.Time
	for {
		select {
		case <-ctx.Done():
			cc.Drain()
			if articlesDone != nil {
				<-articlesDone
			}
			if snapping {
				<-snapDone
			}
			p.rebuild(context.Background())
			p.snapshot(context.Background(), kv)
			return nil
		case err := <-articlesDone:
			if err != nil {
				return err
			}
			articlesDone = nil
		case <-p.dirty:
			p.rebuildWhole(ctx)
		case <-snap.C:
			if snapping || time.Now().Before(notBefore) {
				continue
			}
			if at := p.position(); at != lastSnap {
				snapping, lastSnap = true, at
				go func() {
					start := time.Now()
					p.snapshot(ctx, kv)
					snapDone <- time.Since(start)
				}()
			}
		case d := <-snapDone:
			snapping = false
			notBefore = time.Now().Add(9 * d)
		}
	}
}

func (p *Projector) consumeClaims(ctx context.Context) (jetstream.ConsumeContext, error) {
	maxDeliver := p.MaxDeliver
	if maxDeliver <= 0 {
		maxDeliver = 3
	}
	// An ephemeral consumer per projector, from its snapshot's position:
	// every projector sees every claim; the server removes the consumer once
	// the projector is gone.
	cfg := jetstream.ConsumerConfig{
		Description:       "claimline projector",
		AckPolicy:         jetstream.AckExplicitPolicy,
		AckWait:           10 * time.Second,
		MaxDeliver:        maxDeliver,
		MaxAckPending:     10000,
		InactiveThreshold: time.Minute,
		DeliverPolicy:     jetstream.DeliverAllPolicy,
	}
	if seq := p.fold.claimsSeq; seq > 0 {
		cfg.DeliverPolicy = jetstream.DeliverByStartSequencePolicy
		cfg.OptStartSeq = seq + 1
	}
	cons, err := p.Bus.JS.CreateConsumer(ctx, eventlog.StreamClaims, cfg)
	if err != nil {
		return nil, fmt.Errorf("project: claims consumer: %w", err)
	}
	cc, err := cons.Consume(func(m jetstream.Msg) { p.handleClaim(ctx, m, maxDeliver) },
		jetstream.PullMaxMessages(2048),
		jetstream.ConsumeErrHandler(func(_ jetstream.ConsumeContext, err error) {
			if ctx.Err() == nil && !errors.Is(err, jetstream.ErrNoHeartbeat) {
				p.log().Debug("consume", zap.Error(err))
			}
		}))
	if err != nil {
		return nil, fmt.Errorf("project: consume claims: %w", err)
	}
	return cc, nil
}

// handleClaim is the one place where a fold error becomes a retry or a
// park: a claim the fold rejects is retried until MaxDeliver deliveries,
// then parked on the dead-letter subject, counted, and terminated.
func (p *Projector) handleClaim(ctx context.Context, m jetstream.Msg, maxDeliver int) {
	md, err := m.Metadata()
	if err != nil {
		_ = m.Term()
		return
	}
	// A batch (an article's claims) is built once it is all applied.
	end := eventlog.EndsBatch(m.Headers())
	p.applyMu.Lock()
	p.claimsBehind.Store(!end)
	before := p.fold.claimsSeq
	err = ApplyMsg(p.fold, eventlog.StreamClaims, md.Sequence.Stream, md.Timestamp, m.Data())
	if err != nil && int(md.NumDelivered) < maxDeliver {
		p.fold.claimsSeq = before // not applied yet: will be seen again
		p.applyMu.Unlock()
		p.Metrics.event("retry")
		_ = m.NakWithDelay(100 * time.Millisecond)
		return
	}
	p.applyMu.Unlock()
	if err != nil {
		p.log().Error("claim parked", zap.String("subject", m.Subject()),
			zap.Uint64("seq", md.Sequence.Stream), zap.Uint64("deliveries", md.NumDelivered), zap.Error(err))
		p.park(ctx, m, md, err)
		p.Metrics.event("parked")
		_ = m.Term()
		p.markDirty()
		return
	}
	p.Metrics.event("applied")
	_ = m.Ack()
	if end {
		p.applied(0)
	} else {
		p.applied(1)
	}
}

func (p *Projector) park(ctx context.Context, m jetstream.Msg, md *jetstream.MsgMetadata, cause error) {
	dl := nats.NewMsg(eventlog.SubjectDeadLetter)
	dl.Data = m.Data()
	dl.Header.Set("Claimline-Worker", "project")
	dl.Header.Set("Claimline-Subject", m.Subject())
	dl.Header.Set("Claimline-Stream-Seq", fmt.Sprint(md.Sequence.Stream))
	dl.Header.Set("Claimline-Error", cause.Error())
	if _, err := p.Bus.JS.PublishMsg(ctx, dl); err != nil {
		p.log().Error("dead-letter publish", zap.Error(err))
	}
}

// applyArticle folds an ARTICLES message read headers-only. A body it
// needs and cannot read yet (the server is away) is asked for again until
// ctx is done: an article is never skipped for want of it.
func (p *Projector) applyArticle(ctx context.Context, bodies *eventlog.Bodies, m jetstream.Msg) error {
	md, err := m.Metadata()
	if err != nil {
		return err
	}
	seq := md.Sequence.Stream
	a, err := readArticleMsg(ctx, bodies, m, seq)
	for err != nil {
		p.log().Warn("article event body", zap.Uint64("seq", seq), zap.Error(err))
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
		a, err = readArticleMsg(ctx, bodies, m, seq)
	}
	p.applyMu.Lock()
	err = a.apply(p.fold, seq, md.Timestamp)
	p.applyMu.Unlock()
	if err != nil {
		p.log().Warn("article event skipped", zap.String("subject", m.Subject()), zap.Error(err))
		p.Metrics.event("skipped")
	}
	// While claims are arriving, the last of them asks for the rebuild.
	pending := md.NumPending
	if p.claimsBehind.Load() {
		pending++
	}
	p.applied(pending)
	return nil
}

// maxStale is how long the models may go without a rebuild while events
// keep arriving.
const maxStale = 250 * time.Millisecond

// applied asks for a rebuild after an event was applied, when nothing is
// pending behind it (no more articles, the rest of a claims batch), or when
// the last request is maxStale old.
func (p *Projector) applied(pending uint64) {
	now := time.Now().UnixNano()
	if pending == 0 || now-p.lastDirty.Load() >= int64(maxStale) {
		p.lastDirty.Store(now)
		p.markDirty()
	}
}

func (p *Projector) markDirty() {
	select {
	case p.dirty <- struct{}{}:
	default:
	}
}

func (p *Projector) position() AsOf {
	p.applyMu.Lock()
	defer p.applyMu.Unlock()
	return p.fold.asOf()
}

// rebuild builds the models from the fold incrementally (only what the
// events since the last rebuild changed is prepared, rendered and sorted
// again), swaps them in, and publishes the incidents and entries that
// changed. The models' contents, canonical JSON and digests are filled in
// by the first read after a rebuild (see encoded), so a burst of rebuilds
// that nobody reads costs no copying or encoding.
func (p *Projector) rebuild(ctx context.Context) {
	p.applyMu.Lock()
	p.build(ctx)
}

// rebuildWhole is rebuild unless the fold holds part of a claims batch and
// the models are not maxStale old: the batch's last claim asks again.
func (p *Projector) rebuildWhole(ctx context.Context) {
	p.applyMu.Lock()
	if p.claimsBehind.Load() && time.Since(p.builtAt) < maxStale {
		p.applyMu.Unlock()
		return
	}
	p.build(ctx)
}

// build is rebuild with applyMu held, which it releases.
func (p *Projector) build(ctx context.Context) {
	start := time.Now()
	lb := p.fold.buildLive()
	p.builtAt = time.Now()
	p.applyMu.Unlock()
	p.Metrics.rebuilt(p.builtAt.Sub(start))
	p.mu.Lock()
	p.cas, p.tl, p.casJSON, p.tlJSON = lb.cas, lb.tl, nil, nil
	p.pending = &pendingEncoding{lb: lb}
	close(p.built)
	p.built = make(chan struct{})
	p.mu.Unlock()
	if p.OnBuilt != nil {
		p.OnBuilt(lb.cas.AsOf, time.Now())
	}
	if !p.ReadOnly && ctx.Err() == nil {
		p.publishChanges(lb.casChanges, lb.tlChanges)
	}
}

// pendingEncoding is a build whose canonical JSON is made once, by the
// first reader that needs it.
type pendingEncoding struct {
	once sync.Once
	lb   *liveBuild
}

// encoded fills the current models and makes their canonical JSON and
// digests if that is not done yet.
func (p *Projector) encoded() {
	p.mu.RLock()
	pe := p.pending
	p.mu.RUnlock()
	if pe == nil {
		return
	}
	pe.once.Do(pe.lb.encode)
	p.mu.Lock()
	if p.pending == pe {
		p.cas, p.tl = pe.lb.cas, pe.lb.tl
		p.casJSON, p.tlJSON = pe.lb.cas.kept.json, pe.lb.tl.kept.json
		p.pending = nil
	}
	p.mu.Unlock()
}

// publishChanges publishes every incident and entry whose canonical JSON
// differs from the previous build's (or is new).
func (p *Projector) publishChanges(cas, tl []changedItem) {
	at := time.Now()
	pub := func(subject, typ, id string, body []byte) {
		env, err := eventlog.NewEnvelope("", EventSource, typ, id, at, json.RawMessage(body))
		if err != nil {
			return
		}
		m, err := env.Msg(subject)
		if err != nil {
			return
		}
		if _, err := p.Bus.JS.PublishMsgAsync(m); err != nil {
			p.log().Debug("publish projection", zap.Error(err))
		}
	}
	for _, ch := range cas {
		pub("projections.casualties."+ch.id, EventTypeIncident, ch.id, ch.body)
	}
	for _, ch := range tl {
		pub("projections.timeline."+ch.id, EventTypeTimelineEntry, ch.id, ch.body)
	}
}

// snapshotDoc is what is stored under SnapshotKey: the fold state (gzip),
// and the digests of the models it builds.
type snapshotDoc struct {
	AsOf             AsOf   `json:"as_of"`
	CasualtiesDigest string `json:"casualties_digest"`
	TimelineDigest   string `json:"timeline_digest"`
	State            []byte `json:"state"`
}

func (p *Projector) snapshot(ctx context.Context, kv jetstream.KeyValue) {
	if p.ReadOnly {
		return
	}
	// Only the copy holds the fold; encoding it does not.
	p.applyMu.Lock()
	snap := p.fold.snapshotState()
	at := p.fold.asOf()
	p.applyMu.Unlock()
	state, err := snap.marshal()
	if err != nil {
		p.log().Error("snapshot", zap.Error(err))
		return
	}
	p.encoded()
	p.mu.RLock()
	doc := snapshotDoc{AsOf: at, CasualtiesDigest: p.cas.Digest, TimelineDigest: p.tl.Digest}
	if p.cas.AsOf != at {
		doc.CasualtiesDigest, doc.TimelineDigest = "", ""
	}
	p.mu.RUnlock()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	_, _ = zw.Write(state)
	_ = zw.Close()
	doc.State = buf.Bytes()
	body, err := json.Marshal(doc)
	if err != nil {
		return
	}
	// Another projector may have written a newer snapshot: keep the newest.
	if cur, err := kv.Get(ctx, SnapshotKey); err == nil {
		var other snapshotDoc
		if json.Unmarshal(cur.Value(), &other) == nil &&
			other.AsOf.ClaimsSeq >= at.ClaimsSeq && other.AsOf.ArticlesSeq >= at.ArticlesSeq && cur.Revision() != p.snapRev {
			return
		}
	}
	rev, err := kv.Put(ctx, SnapshotKey, body)
	if err != nil {
		p.log().Warn("snapshot not stored", zap.Int("bytes", len(body)), zap.Error(err))
		return
	}
	p.snapRev = rev
}

func (p *Projector) restore(ctx context.Context, kv jetstream.KeyValue) error {
	e, err := kv.Get(ctx, SnapshotKey)
	if errors.Is(err, jetstream.ErrKeyNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	doc, state, err := decodeSnapshot(e.Value())
	if err != nil {
		return err
	}
	f := NewFold()
	if err := f.UnmarshalSnapshot(state); err != nil {
		return err
	}
	p.fold = f
	p.log().Info("resumed from snapshot", zap.Uint64("claims_seq", doc.AsOf.ClaimsSeq),
		zap.Uint64("articles_seq", doc.AsOf.ArticlesSeq))
	return nil
}

func decodeSnapshot(b []byte) (snapshotDoc, []byte, error) {
	var doc snapshotDoc
	if err := json.Unmarshal(b, &doc); err != nil {
		return doc, nil, fmt.Errorf("project: snapshot: %w", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(doc.State))
	if err != nil {
		return doc, nil, fmt.Errorf("project: snapshot: %w", err)
	}
	state, err := io.ReadAll(zr)
	if err != nil {
		return doc, nil, fmt.Errorf("project: snapshot: %w", err)
	}
	return doc, state, nil
}

// Models returns the current models. They share memory with the
// projector's caches: read them, do not modify them.
func (p *Projector) Models() (Casualties, Timeline) {
	p.encoded()
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.cas, p.tl
}

// WaitBuilt returns a channel closed at the next rebuild of the models.
func (p *Projector) WaitBuilt() <-chan struct{} {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.built == nil {
		p.built = make(chan struct{})
	}
	return p.built
}

// TimelineJSON is the timeline as canonical JSON.
func (p *Projector) TimelineJSON() ([]byte, error) {
	p.encoded()
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.tlJSON == nil {
		return nil, errors.New("project: models not built yet")
	}
	return p.tlJSON, nil
}

// CasualtiesJSON is the casualty model as canonical JSON.
func (p *Projector) CasualtiesJSON() ([]byte, error) {
	p.encoded()
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.casJSON == nil {
		return nil, errors.New("project: models not built yet")
	}
	return p.casJSON, nil
}

// ClaimsJSON lists the claims the models are built from, optionally only
// of one kind and one article.
func (p *Projector) ClaimsJSON(kind, article string) ([]byte, error) {
	p.applyMu.Lock()
	claims := p.fold.Claims(kind, article)
	p.applyMu.Unlock()
	if claims == nil {
		claims = []extract.Claim{}
	}
	return json.Marshal(map[string]any{"claims": claims})
}

// Metrics counts the projector's work. A nil *Metrics counts nothing.
type Metrics struct {
	events  *prometheus.CounterVec
	rebuild prometheus.Histogram
}

// NewMetrics registers claimline_project_events_total{result} with reg
// (result is applied, retry, parked or skipped), and
// claimline_project_rebuild_seconds, the time each rebuild of the models
// takes (the fold's lock held, before any encoding).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		events: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "claimline_project_events_total",
			Help: "Events handled by the projector, by result (applied, retry, parked, skipped).",
		}, []string{"result"}),
		rebuild: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "claimline_project_rebuild_seconds",
			Help:    "Time each rebuild of the read models takes.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14), // 0.5 ms to 4 s
		}),
	}
	for _, r := range []string{"applied", "retry", "parked", "skipped"} {
		m.events.WithLabelValues(r)
	}
	reg.MustRegister(m.events, m.rebuild)
	return m
}

func (m *Metrics) rebuilt(took time.Duration) {
	if m == nil {
		return
	}
	m.rebuild.Observe(took.Seconds())
}

func (m *Metrics) event(result string) {
	if m == nil {
		return
	}
	m.events.WithLabelValues(result).Inc()
}
