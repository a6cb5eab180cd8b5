package project

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	fastjson "github.com/goccy/go-json"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
)

// ErrUndecodable marks an event whose envelope or data cannot be read.
var ErrUndecodable = errors.New("project: undecodable event")

// ApplyMsg folds one message of the ARTICLES or CLAIMS stream into f. It
// returns ErrUndecodable or ErrInvalidClaim (wrapped) for an event the fold
// cannot accept; f is then unchanged but for the stream position.
func ApplyMsg(f *Fold, stream string, seq uint64, at time.Time, body []byte) error {
	if stream == eventlog.StreamClaims {
		return applyClaimMsg(f, seq, at, body)
	}
	env, err := decodeEnvelope(body)
	if err != nil {
		f.skip(stream, seq, at)
		return fmt.Errorf("%w: %v", ErrUndecodable, err)
	}
	switch env.Type {
	case ingest.EventTypeIngested:
		a, err := decodeArticle(env)
		if err != nil {
			f.skip(stream, seq, at)
			return fmt.Errorf("%w: %v", ErrUndecodable, err)
		}
		f.ApplyArticle(seq, at, a)
	case ingest.EventTypeCorrected:
		var c ingest.Correction
		if err := fastjson.Unmarshal(env.Data, &c); err != nil {
			f.skip(stream, seq, at)
			return fmt.Errorf("%w: correction: %v", ErrUndecodable, err)
		}
		f.ApplyCorrection(seq, at, c)
	case ingest.EventTypeRetracted:
		var r ingest.Retraction
		if err := fastjson.Unmarshal(env.Data, &r); err != nil {
			f.skip(stream, seq, at)
			return fmt.Errorf("%w: retraction: %v", ErrUndecodable, err)
		}
		f.ApplyRetraction(seq, at, r)
	case extract.EventTypeCasualty, extract.EventTypeEvent:
		var c extract.Claim
		if err := fastjson.Unmarshal(env.Data, &c); err != nil {
			f.skip(stream, seq, at)
			return fmt.Errorf("%w: claim: %v", ErrUndecodable, err)
		}
		return f.ApplyClaim(seq, at, c)
	default:
		f.skip(stream, seq, at)
		return fmt.Errorf("%w: unknown event type %q", ErrUndecodable, env.Type)
	}
	return nil
}

// articleMsg is an ARTICLES message as the fold takes it: from the
// metadata headers ingest writes (see ingest.MetaFromHeaders) when they say
// all the fold needs, else from its body.
type articleMsg struct {
	meta    ingest.EventMeta
	headers bool
	body    []byte
}

// readArticleMsg reads an ARTICLES message that may have been delivered
// headers-only (see eventlog.ReadOptions.HeadersOnly), reading its body
// from the stream only when its headers do not say enough.
func readArticleMsg(ctx context.Context, bodies *eventlog.Bodies, m jetstream.Msg, seq uint64) (articleMsg, error) {
	meta, ok := ingest.MetaFromHeaders(m.Headers())
	switch {
	case ok && (meta.Type == ingest.EventTypeIngested || meta.Type == ingest.EventTypeCorrected || meta.Type == ingest.EventTypeRetracted):
		return articleMsg{meta: meta, headers: true}, nil
	case len(m.Data()) > 0:
		return articleMsg{body: m.Data()}, nil
	}
	body, err := bodies.Body(ctx, seq)
	return articleMsg{body: body}, err
}

// apply folds the message stored at seq at time at. It returns the errors
// of ApplyMsg.
func (a articleMsg) apply(f *Fold, seq uint64, at time.Time) error {
	if !a.headers {
		return ApplyMsg(f, eventlog.StreamArticles, seq, at, a.body)
	}
	switch m := a.meta; m.Type {
	case ingest.EventTypeIngested:
		f.ApplyArticle(seq, at, ingest.Article{ID: m.ArticleID, Source: m.Source, Published: m.Published})
	case ingest.EventTypeCorrected:
		f.ApplyCorrection(seq, at, ingest.Correction{ArticleID: m.ArticleID, Source: m.Source, Published: m.Published})
	default:
		f.ApplyRetraction(seq, at, ingest.Retraction{ArticleID: m.ArticleID})
	}
	return nil
}

// decodeEnvelope is eventlog.DecodeEnvelope with the faster decoder of
// replay: articles carry their whole text, twice.
func decodeEnvelope(body []byte) (eventlog.Envelope, error) {
	var e eventlog.Envelope
	if err := fastjson.Unmarshal(body, &e); err != nil {
		return eventlog.Envelope{}, fmt.Errorf("%w: %v", eventlog.ErrBadEnvelope, err)
	}
	if e.SpecVersion == "" || e.ID == "" || e.Type == "" || len(e.Data) == 0 {
		return eventlog.Envelope{}, fmt.Errorf("%w: missing specversion, id, type or data", eventlog.ErrBadEnvelope)
	}
	return e, nil
}

// decodeArticle is ingest.DecodeArticle with the faster decoder.
func decodeArticle(env eventlog.Envelope) (ingest.Article, error) {
	var a ingest.Article
	if err := fastjson.Unmarshal(env.Data, &a); err != nil {
		return a, fmt.Errorf("ingest: decode article: %w", err)
	}
	if a.ID == "" || a.Text == "" {
		return a, errors.New("ingest: article event without id or text")
	}
	return a, nil
}

// decodedClaim is a CLAIMS message on its way through parallel decoding.
type decodedClaim struct {
	seq   uint64
	at    time.Time
	body  []byte
	claim extract.Claim
	err   error
}

// claimEnvelope is a claim event decoded in one pass.
type claimEnvelope struct {
	SpecVersion string        `json:"specversion"`
	ID          string        `json:"id"`
	Type        string        `json:"type"`
	Data        extract.Claim `json:"data"`
}

// applyClaimMsg decodes a CLAIMS message in one pass (the hot path of
// replay) and applies it.
func applyClaimMsg(f *Fold, seq uint64, at time.Time, body []byte) error {
	c, err := decodeClaim(body)
	if err != nil {
		f.skip(eventlog.StreamClaims, seq, at)
		return err
	}
	return f.ApplyClaim(seq, at, c)
}

// decodeClaim reads the claim out of a CLAIMS message. It returns
// ErrUndecodable (wrapped) for anything that is not a claim event.
func decodeClaim(body []byte) (extract.Claim, error) {
	var env claimEnvelope
	if err := fastjson.Unmarshal(body, &env); err != nil {
		return extract.Claim{}, fmt.Errorf("%w: %v", ErrUndecodable, err)
	}
	if env.SpecVersion == "" || env.ID == "" {
		return extract.Claim{}, fmt.Errorf("%w: not a CloudEvents envelope", ErrUndecodable)
	}
	if env.Type != extract.EventTypeCasualty && env.Type != extract.EventTypeEvent {
		return extract.Claim{}, fmt.Errorf("%w: unknown event type %q on the claims stream", ErrUndecodable, env.Type)
	}
	return env.Data, nil
}

// skip advances the stream position past an event that was not applied.
func (f *Fold) skip(stream string, seq uint64, at time.Time) {
	if stream == eventlog.StreamArticles {
		f.seenArticle(seq, at)
		return
	}
	if seq > f.claimsSeq {
		f.claimsSeq = seq
	}
	f.seenTime(at)
}

// ReplayOptions bounds a replay. The zero value replays everything stored
// when the replay starts.
type ReplayOptions struct {
	// AsOf, when set, folds only events stored at or before it: what was
	// known at that time.
	AsOf time.Time
	// ArticlesSeq and ClaimsSeq, when non-zero, stop each stream at that
	// sequence (to compare with a model built up to there).
	ArticlesSeq, ClaimsSeq uint64
	// Progress, when set, is called after every applied event with the
	// count done and the total to do.
	Progress func(done, total uint64)
}

// errStop ends a stream read early.
var errStop = errors.New("stop")

// Replay folds the ARTICLES and CLAIMS streams from the start into a fresh
// Fold with ordered consumers, and returns it with the number of events it
// could not apply. It reads only; nothing is acknowledged or written.
//
// The two streams are read at once. Articles are applied in stream order as
// they arrive; claims are decoded in parallel meanwhile and applied by one
// goroutine once every article is (the fold does not depend on the order
// claims arrive in).
func Replay(ctx context.Context, bus *eventlog.Bus, opts ReplayOptions) (*Fold, int, error) {
	f := NewFold()
	var total, articleMsgs, claimMsgs, done uint64
	for _, name := range []string{eventlog.StreamArticles, eventlog.StreamClaims} {
		s, err := bus.JS.Stream(ctx, name)
		if err != nil {
			return nil, 0, fmt.Errorf("project: replay: %w", err)
		}
		info, err := s.Info(ctx)
		if err != nil {
			return nil, 0, fmt.Errorf("project: replay: %w", err)
		}
		total += info.State.Msgs
		if name == eventlog.StreamClaims {
			claimMsgs = info.State.Msgs
		} else {
			articleMsgs = info.State.Msgs
		}
	}
	// Most events are ingested articles and claims, each with its own
	// id: the fold's maps are made once, to size.
	f.reserve(int(min(articleMsgs, 1<<20)), int(min(claimMsgs, 1<<22)))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	rejected := 0
	progress := func() {
		done++
		if opts.Progress != nil {
			opts.Progress(done, total)
		}
	}
	within := func(limit uint64, md *jetstream.MsgMetadata) bool {
		return (limit == 0 || md.Sequence.Stream <= limit) && (opts.AsOf.IsZero() || !md.Timestamp.After(opts.AsOf))
	}
	articlesRead := make(chan error, 1)
	bodies := bus.Bodies(eventlog.StreamArticles)
	go func() {
		// Articles are read headers-only: the fold needs their metadata,
		// not their text.
		err := bus.ReadAllMeta(ctx, eventlog.StreamArticles, eventlog.ReadOptions{HeadersOnly: true}, func(m jetstream.Msg, md *jetstream.MsgMetadata) error {
			if !within(opts.ArticlesSeq, md) {
				return errStop
			}
			a, err := readArticleMsg(ctx, bodies, m, md.Sequence.Stream)
			if err != nil {
				return err
			}
			if a.apply(f, md.Sequence.Stream, md.Timestamp) != nil {
				rejected++
			}
			progress()
			return nil
		})
		if errors.Is(err, errStop) {
			err = nil
		}
		if err != nil {
			cancel()
		}
		articlesRead <- err
	}()

	const batchSize = 256
	// decoded holds every batch of the stream, so that decoding goes on
	// while the articles are still being applied.
	decoded := make(chan []decodedClaim, claimMsgs/batchSize+2)
	batches := make(chan []decodedClaim, 4)
	// Applied batches come back to the reader, to be filled again.
	free := make(chan []decodedClaim, 8)
	var wg sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)-1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for batch := range batches {
				for i := range batch {
					batch[i].claim, batch[i].err = decodeClaim(batch[i].body)
				}
				decoded <- batch
			}
		}()
	}
	applied := make(chan error, 1)
	go func() {
		err := <-articlesRead
		for batch := range decoded {
			if err != nil {
				continue
			}
			for _, d := range batch {
				if d.err == nil {
					d.err = f.ApplyClaim(d.seq, d.at, d.claim)
				} else {
					f.skip(eventlog.StreamClaims, d.seq, d.at)
				}
				if d.err != nil {
					rejected++
				}
				progress()
			}
			clear(batch)
			select {
			case free <- batch[:0]:
			default:
			}
		}
		applied <- err
	}()
	batch := make([]decodedClaim, 0, batchSize)
	err := bus.ReadAllMeta(ctx, eventlog.StreamClaims, eventlog.ReadOptions{}, func(m jetstream.Msg, md *jetstream.MsgMetadata) error {
		if !within(opts.ClaimsSeq, md) {
			return errStop
		}
		batch = append(batch, decodedClaim{seq: md.Sequence.Stream, at: md.Timestamp, body: m.Data()})
		if len(batch) == batchSize {
			batches <- batch
			select {
			case batch = <-free:
			default:
				batch = make([]decodedClaim, 0, batchSize)
			}
		}
		return nil
	})
	if len(batch) > 0 {
		batches <- batch
	}
	close(batches)
	wg.Wait()
	close(decoded)
	if aerr := <-applied; aerr != nil {
		return nil, 0, aerr
	}
	if err != nil && !errors.Is(err, errStop) {
		return nil, 0, err
	}
	return f, rejected, nil
}
