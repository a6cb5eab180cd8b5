package extract

import (
	"bytes"
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
	// MaxAckPending bounds articles in flight; 0 means 1024.
	MaxAckPending int
	// MaxDeliver is how often an article is tried before it is parked;
	// 0 means 5.
	MaxDeliver int
	// StartSeq is the first ARTICLES sequence a newly created durable
	// delivers; 0 means the start of the stream.
	StartSeq uint64
	// AckWait is how long the server waits for an article's
	// acknowledgement before it delivers the article again; 0 means 10s.
	// While a long article is extracted the worker tells the server, a
	// few times per AckWait, that the work goes on.
	AckWait time.Duration
}

// DefaultAckWait is the AckWait of a Worker that sets none.
const DefaultAckWait = 10 * time.Second

func (w *Worker) ackWait() time.Duration {
	if w.AckWait > 0 {
		return w.AckWait
	}
	return DefaultAckWait
}

// Consumer creates or updates the worker's durable consumer on ARTICLES.
func (w *Worker) Consumer(ctx context.Context) (jetstream.Consumer, error) {
	durable := w.Durable
	if durable == "" {
		durable = DefaultDurable
	}
	maxPending := w.MaxAckPending
	if maxPending <= 0 {
		maxPending = 1024
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
		AckWait:       w.ackWait(),
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
	// Few articles wait unread in a worker (here and in the client's
	// buffer), so that workers sharing the consumer share the work to its
	// end; the articles a worker has read wait in its groups instead.
	inbox := make(chan jetstream.Msg, prefetch)
	cc, err := cons.Consume(func(m jetstream.Msg) {
		select {
		case inbox <- m:
		case <-ctx.Done():
			_ = m.Nak()
		}
	},
		jetstream.PullMaxMessages(prefetch),
		jetstream.ConsumeErrHandler(func(_ jetstream.ConsumeContext, err error) {
			if ctx.Err() == nil && !errors.Is(err, jetstream.ErrNoHeartbeat) {
				log.Debug("consume", zap.Error(err))
			}
		}))
	if err != nil {
		return fmt.Errorf("extract: consume: %w", err)
	}
	// A group's claims are stored while the next group is extracted: the
	// worker's core keeps reading while the server syncs to disk. The
	// channel is unbuffered: a group is handed over only when the store is
	// free, and until then it grows.
	toStore := make(chan []extracted)
	stored := make(chan struct{})
	go func() {
		defer close(stored)
		for items := range toStore {
			w.storeGroup(context.WithoutCancel(ctx), items)
		}
	}()
	var group []extracted
	claims := 0
	// more is whether the server held more articles for the consumer when
	// it delivered the last one.
	more := false
	// add extracts m into the group; a group that would pass
	// eventlog.MaxBatch claims is stored first, when the store is free.
	add := func(m jetstream.Msg) {
		if md, err := m.Metadata(); err == nil {
			more = md.NumPending > 0
		}
		it := w.extractMsg(m)
		if len(group) > 0 && (claims+len(it.claims) > eventlog.MaxBatch || len(group) >= maxGroup) {
			toStore <- group
			group, claims = nil, 0
		}
		group = append(group, it)
		claims += len(it.claims)
	}
	linger := time.NewTimer(lingerFor)
	linger.Stop()
	for {
		if len(group) > 0 && len(group) < maxGroup && ctx.Err() == nil {
			// While articles are waiting, the group grows: fewer, larger
			// batches cost the server less.
			select {
			case m := <-inbox:
				add(m)
				continue
			default:
			}
			if more {
				// More are on their way: wait a moment for them rather
				// than store a small batch.
				linger.Reset(lingerFor)
				select {
				case m := <-inbox:
					add(m)
					linger.Stop()
					continue
				case <-linger.C:
				}
			}
		}
		// No article waiting: the group is stored as soon as the store is
		// free, and what arrives meanwhile joins it.
		var send chan<- []extracted
		if len(group) > 0 {
			send = toStore
		}
		select {
		case <-ctx.Done():
			cc.Stop()
			if len(group) > 0 {
				toStore <- group
			}
			close(toStore)
			<-stored
			// Articles fetched but not handled are redelivered elsewhere
			// after AckWait; tell the server now instead.
			for {
				select {
				case m := <-inbox:
					_ = m.Nak()
				default:
					return nil
				}
			}
		case send <- group:
			group, claims = nil, 0
		case m := <-inbox:
			add(m)
		}
	}
}

// maxGroup is the most articles in a group.
const maxGroup = 256

// lingerFor is how long a worker waits for the articles the server holds
// for it before it stores a group.
const lingerFor = 2 * time.Millisecond

// prefetch is how many articles a worker asks for ahead of those it
// extracts.
const prefetch = 32

func (w *Worker) log() *zap.Logger {
	if w.Log == nil {
		return zap.NewNop()
	}
	return w.Log
}

// extracted is one article of a group on its way through the worker.
type extracted struct {
	msg    jetstream.Msg
	claims []Claim
	err    error
}

// extractMsg extracts the article of m. Groups of articles extracted this
// way are stored by storeGroup, all their claims in one atomic batch — one
// sync to disk for the lot — and acknowledged: an article that can never
// be read is parked and terminated, a failure to store is retried.
func (w *Worker) extractMsg(m jetstream.Msg) extracted {
	defer keepAlive(m, w.ackWait())()
	claims, err := w.extract(m.Data())
	return extracted{msg: m, claims: claims, err: err}
}

// longArticle is the size of an article event from which extracting it
// may take a good part of a second or more (news copy is a few kB).
const longArticle = 64 << 10

// keepAlive tells the server every quarter of ackWait that m is still being
// worked on, until the returned stop is called, when m is a long article;
// for others it does nothing.
func keepAlive(m jetstream.Msg, ackWait time.Duration) (stop func()) {
	if len(m.Data()) < longArticle {
		return func() {}
	}
	done := make(chan struct{})
	go func() {
		tick := time.NewTicker(ackWait / 4)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				_ = m.InProgress()
			}
		}
	}()
	return func() { close(done) }
}

// storeGroup stores the claims of an extracted group, cut at article
// boundaries into batches the server takes, and settles its messages.
func (w *Worker) storeGroup(ctx context.Context, items []extracted) {
	for len(items) > 0 {
		n, size := 0, 0
		for n < len(items) && (n == 0 || size+len(items[n].claims) <= eventlog.MaxBatch) {
			size += len(items[n].claims)
			n++
		}
		w.store(ctx, items[:n])
		items = items[n:]
	}
}

// store publishes the claims of items as one atomic batch and settles each
// article's message: the one place where errors become Ack, Nak or Term.
func (w *Worker) store(ctx context.Context, items []extracted) {
	log := w.log()
	var claims []Claim
	for _, it := range items {
		if it.err == nil {
			claims = append(claims, it.claims...)
		}
	}
	err := Publish(ctx, w.Bus, claims, time.Now())
	if errors.Is(err, eventlog.ErrBatchDuplicate) && len(items) > 1 {
		// Some article of the group was stored before (a redelivery):
		// store each article on its own, so the new ones are not lost.
		err = nil
		for i := range items {
			if items[i].err == nil {
				if perr := Publish(ctx, w.Bus, items[i].claims, time.Now()); perr != nil && !errors.Is(perr, eventlog.ErrBatchDuplicate) {
					items[i].err = perr
				}
			}
		}
	} else if errors.Is(err, eventlog.ErrBatchDuplicate) {
		err = nil
	}
	for _, it := range items {
		switch e := it.err; {
		case e == nil && err != nil:
			e = err
			fallthrough
		case e != nil && !errors.Is(e, ErrTerminal):
			log.Warn("article will be retried", zap.String("subject", it.msg.Subject()), zap.Error(e))
			_ = it.msg.NakWithDelay(time.Second)
			w.Metrics.article("retry", 0)
		case e != nil:
			log.Error("article parked", zap.String("subject", it.msg.Subject()), zap.Error(e))
			w.park(ctx, it.msg, e)
			_ = it.msg.Term()
			w.Metrics.article("parked", 0)
		default:
			if aerr := it.msg.Ack(); aerr != nil {
				log.Warn("ack", zap.Error(aerr))
			}
			w.Metrics.article("ok", len(it.claims))
		}
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

// extract decodes an article event and extracts its claims. It returns an
// ErrTerminal error for an event it can never read.
func (w *Worker) extract(body []byte) ([]Claim, error) {
	if a, ok := decodeArticleEvent(body); ok {
		return Extract(a), nil
	}
	env, err := eventlog.DecodeEnvelope(body)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrTerminal, err)
	}
	a, err := ingest.DecodeArticle(env)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrTerminal, err)
	}
	return Extract(a), nil
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

// Publish stores claims as one atomic batch (split only past
// eventlog.MaxBatch claims), every message with Nats-Msg-Id = claim id, so a
// crash never leaves half an article's claims. It returns
// eventlog.ErrBatchDuplicate when the batch holds a claim already stored (a
// redelivered article): then nothing of that batch was stored again.
func Publish(ctx context.Context, bus *eventlog.Bus, claims []Claim, now time.Time) error {
	msgs, err := claimMsgs(claims, now)
	if err != nil {
		return err
	}
	for len(msgs) > 0 {
		n := min(len(msgs), eventlog.MaxBatch)
		if _, err := bus.PublishBatch(ctx, msgs[:n]); err != nil {
			if errors.Is(err, eventlog.ErrBatchDuplicate) {
				return err
			}
			return fmt.Errorf("extract: publish claims: %w", err)
		}
		msgs = msgs[n:]
	}
	return nil
}

// claimMsgs returns the messages carrying claims, one per claim id, in
// order.
func claimMsgs(claims []Claim, now time.Time) ([]*nats.Msg, error) {
	seen := make(map[string]bool, len(claims))
	msgs := make([]*nats.Msg, 0, len(claims))
	// The time of every envelope, as its JSON encoding writes it.
	at, timeErr := now.UTC().MarshalJSON()
	var buf []byte
	for i := range claims {
		c := &claims[i]
		if seen[c.ID] {
			continue
		}
		seen[c.ID] = true
		if c.ID == "" || timeErr != nil {
			m, err := envelopeMsg(*c, now)
			if err != nil {
				return nil, err
			}
			msgs = append(msgs, m)
			continue
		}
		var m *nats.Msg
		m, buf = claimMsg(c, at, buf)
		msgs = append(msgs, m)
	}
	return msgs, nil
}

// envelopeMsg returns the message carrying claim c, through eventlog.
func envelopeMsg(c Claim, now time.Time) (*nats.Msg, error) {
	env, err := eventlog.NewEnvelope(c.ID, EventSource, EventType(c), c.ArticleID, now, c)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrTerminal, err)
	}
	m, err := env.Msg(Subject(c))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrTerminal, err)
	}
	return m, nil
}

// claimMsg is envelopeMsg for a claim with an id, at a time encoded as
// at: it writes the bytes the JSON encoding of the envelope gives,
// directly (see appendClaimJSON), in buf, which it returns for the next
// message.
func claimMsg(c *Claim, at, buf []byte) (*nats.Msg, []byte) {
	typ := EventType(*c)
	b := append(buf[:0], `{"specversion":`...)
	b = appendJSONString(b, eventlog.SpecVersion)
	b = append(b, `,"id":`...)
	b = appendJSONString(b, c.ID)
	b = append(b, `,"source":`...)
	b = appendJSONString(b, EventSource)
	b = append(b, `,"type":`...)
	b = appendJSONString(b, typ)
	b = append(b, `,"time":`...)
	b = append(b, at...)
	if c.ArticleID != "" {
		b = append(b, `,"subject":`...)
		b = appendJSONString(b, c.ArticleID)
	}
	b = append(b, `,"datacontenttype":"application/json","dataschema":`...)
	b = appendJSONString(b, schemaURIs[typ])
	b = append(b, `,"data":`...)
	b = appendClaimJSON(b, c)
	b = append(b, '}')
	// The headers eventlog.Envelope.Msg sets, their values in one array.
	vals := &[2]string{c.ID, typ}
	m := &nats.Msg{
		Subject: Subject(*c),
		Header:  nats.Header{nats.MsgIdHdr: vals[0:1:1], eventlog.HeaderType: vals[1:2:2]},
		Data:    bytes.Clone(b),
	}
	return m, b
}

// schemaURIs are the dataschema of the claim event types.
var schemaURIs = map[string]string{
	EventTypeCasualty: eventlog.SchemaURI(EventTypeCasualty),
	EventTypeEvent:    eventlog.SchemaURI(EventTypeEvent),
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
