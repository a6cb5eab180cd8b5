package extract

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"go.uber.org/zap"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/ingest"
)

// EventSource is the CloudEvents source of claim events.
const EventSource = "claimline/extract"

// DefaultDurable is the name of the extract workers' shared durable consumer.
const DefaultDurable = "extract"

// ErrTerminal marks an article the worker can never extract (an event it
// cannot decode): it is parked, not retried.
var ErrTerminal = errors.New("extract: terminal")

// Worker consumes ingested articles and publishes their claims. Workers in
// several processes share one durable consumer and so share the work.
type Worker struct {
	Bus *eventlog.Bus
	// Log receives worker events; nil logs nothing.
	Log *zap.Logger
	// Metrics counts claims and articles; nil counts nothing.
	Metrics *Metrics
	// Durable is the consumer name; "" means DefaultDurable.
	Durable string
	// MaxAckPending bounds articles in flight; 0 means 256.
	MaxAckPending int
	// MaxDeliver is how often an article is tried before it is parked;
	// 0 means 5.
	MaxDeliver int
	// StartSeq is the first ARTICLES sequence a newly created durable
	// delivers; 0 means the start of the stream.
	StartSeq uint64
}

// Consumer creates or updates the worker's durable consumer on ARTICLES.
func (w *Worker) Consumer(ctx context.Context) (jetstream.Consumer, error) {
	durable := w.Durable
	if durable == "" {
		durable = DefaultDurable
	}
	maxPending := w.MaxAckPending
	if maxPending <= 0 {
		maxPending = 256
	}
	maxDeliver := w.MaxDeliver
	if maxDeliver <= 0 {
		maxDeliver = 5
	}
	deliver := jetstream.DeliverAllPolicy
	if w.StartSeq > 0 {
		deliver = jetstream.DeliverByStartSequencePolicy
	}
	cons, err := w.Bus.JS.CreateOrUpdateConsumer(ctx, eventlog.StreamArticles, jetstream.ConsumerConfig{
		Durable:       durable,
		Description:   "claimline extract workers",
		FilterSubject: "articles.ingested.>",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       30 * time.Second,
		MaxAckPending: maxPending,
		MaxDeliver:    maxDeliver,
		DeliverPolicy: deliver,
		OptStartSeq:   w.StartSeq,
	})
	if err != nil {
		return nil, fmt.Errorf("extract: consumer: %w", err)
	}
	return cons, nil
}

// Run consumes articles until ctx is done, then drains within a bounded
// time and returns nil.
func (w *Worker) Run(ctx context.Context) error {
	cons, err := w.Consumer(ctx)
	if err != nil {
		return err
	}
	log := w.log()
	cc, err := cons.Consume(func(m jetstream.Msg) { w.handle(ctx, m) },
		jetstream.PullMaxMessages(64),
		jetstream.ConsumeErrHandler(func(_ jetstream.ConsumeContext, err error) {
			if ctx.Err() == nil && !errors.Is(err, jetstream.ErrNoHeartbeat) {
				log.Debug("consume", zap.Error(err))
			}
		}))
	if err != nil {
		return fmt.Errorf("extract: consume: %w", err)
	}
	<-ctx.Done()
	cc.Drain()
	select {
	case <-cc.Closed():
	case <-time.After(10 * time.Second):
		cc.Stop()
	}
	return nil
}

func (w *Worker) log() *zap.Logger {
	if w.Log == nil {
		return zap.NewNop()
	}
	return w.Log
}

// handle extracts one article and acknowledges it once its claims are
// stored. The one place where errors become Nak or Term.
func (w *Worker) handle(ctx context.Context, m jetstream.Msg) {
	n, err := w.process(ctx, m.Data())
	log := w.log()
	switch {
	case err == nil:
		if err := m.DoubleAck(ctx); err != nil {
			log.Warn("ack", zap.Error(err))
		}
		w.Metrics.article("ok", n)
	case errors.Is(err, ErrTerminal):
		log.Error("article parked", zap.String("subject", m.Subject()), zap.Error(err))
		w.park(ctx, m, err)
		_ = m.Term()
		w.Metrics.article("parked", 0)
	default:
		log.Warn("article will be retried", zap.String("subject", m.Subject()), zap.Error(err))
		_ = m.NakWithDelay(time.Second)
		w.Metrics.article("retry", 0)
	}
}

func (w *Worker) park(ctx context.Context, m jetstream.Msg, cause error) {
	dl := nats.NewMsg(eventlog.SubjectDeadLetter)
	dl.Data = m.Data()
	dl.Header.Set("Claimline-Worker", "extract")
	dl.Header.Set("Claimline-Subject", m.Subject())
	dl.Header.Set("Claimline-Error", cause.Error())
	if _, err := w.Bus.JS.PublishMsg(ctx, dl); err != nil {
		w.log().Error("dead-letter publish", zap.Error(err))
	}
}

// process decodes an article event, extracts its claims and publishes them
// as one atomic batch. It returns the number of claims, an ErrTerminal error
// for an event it can never read, or a retryable error.
func (w *Worker) process(ctx context.Context, body []byte) (int, error) {
	env, err := eventlog.DecodeEnvelope(body)
	if err != nil {
		return 0, fmt.Errorf("%w: %v", ErrTerminal, err)
	}
	a, err := ingest.DecodeArticle(env)
	if err != nil {
		return 0, fmt.Errorf("%w: %v", ErrTerminal, err)
	}
	claims := Extract(a)
	if err := Publish(ctx, w.Bus, claims, time.Now()); err != nil {
		return 0, err
	}
	return len(claims), nil
}

// Subject is the subject a claim is published on:
// claims.casualty.<outcome> or claims.event.<action>.
func Subject(c Claim) string {
	if c.Kind == KindCasualty {
		return "claims.casualty." + c.Outcome
	}
	return "claims.event." + c.Action
}

// EventType is the versioned CloudEvents type of a claim.
func EventType(c Claim) string {
	if c.Kind == KindCasualty {
		return EventTypeCasualty
	}
	return EventTypeEvent
}

// Publish stores the claims of one article: one atomic batch (split only
// past eventlog.MaxBatch claims), every message with Nats-Msg-Id = claim id.
// A batch already stored (a redelivered article) is not stored again.
func Publish(ctx context.Context, bus *eventlog.Bus, claims []Claim, now time.Time) error {
	seen := make(map[string]bool, len(claims))
	msgs := make([]*nats.Msg, 0, len(claims))
	for _, c := range claims {
		if seen[c.ID] {
			continue
		}
		seen[c.ID] = true
		env, err := eventlog.NewEnvelope(c.ID, EventSource, EventType(c), c.ArticleID, now, c)
		if err != nil {
			return fmt.Errorf("%w: %v", ErrTerminal, err)
		}
		m, err := env.Msg(Subject(c))
		if err != nil {
			return fmt.Errorf("%w: %v", ErrTerminal, err)
		}
		msgs = append(msgs, m)
	}
	for len(msgs) > 0 {
		n := min(len(msgs), eventlog.MaxBatch)
		if _, err := bus.PublishBatch(ctx, msgs[:n]); err != nil && !errors.Is(err, eventlog.ErrBatchDuplicate) {
			return fmt.Errorf("extract: publish claims: %w", err)
		}
		msgs = msgs[n:]
	}
	return nil
}

// Metrics counts the extract worker's work. A nil *Metrics counts nothing.
type Metrics struct {
	articles *prometheus.CounterVec
	claims   prometheus.Counter
}

// NewMetrics registers claimline_extract_articles_total{result} and
// claimline_extract_claims_total with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		articles: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "claimline_extract_articles_total",
			Help: "Articles handled by extract workers, by result (ok, retry, parked).",
		}, []string{"result"}),
		claims: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "claimline_extract_claims_total",
			Help: "Claims published by extract workers.",
		}),
	}
	reg.MustRegister(m.articles, m.claims)
	return m
}

func (m *Metrics) article(result string, claims int) {
	if m == nil {
		return
	}
	m.articles.WithLabelValues(result).Inc()
	m.claims.Add(float64(claims))
}
