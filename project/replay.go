package project

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

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
	env, err := eventlog.DecodeEnvelope(body)
	if err != nil {
		f.skip(stream, seq, at)
		return fmt.Errorf("%w: %v", ErrUndecodable, err)
	}
	switch env.Type {
	case ingest.EventTypeIngested:
		a, err := ingest.DecodeArticle(env)
		if err != nil {
			f.skip(stream, seq, at)
			return fmt.Errorf("%w: %v", ErrUndecodable, err)
		}
		f.ApplyArticle(seq, at, a)
	case ingest.EventTypeCorrected:
		var c ingest.Correction
		if err := json.Unmarshal(env.Data, &c); err != nil {
			f.skip(stream, seq, at)
			return fmt.Errorf("%w: correction: %v", ErrUndecodable, err)
		}
		f.ApplyCorrection(seq, at, c)
	case ingest.EventTypeRetracted:
		var r ingest.Retraction
		if err := json.Unmarshal(env.Data, &r); err != nil {
			f.skip(stream, seq, at)
			return fmt.Errorf("%w: retraction: %v", ErrUndecodable, err)
		}
		f.ApplyRetraction(seq, at, r)
	case extract.EventTypeCasualty, extract.EventTypeEvent:
		var c extract.Claim
		if err := json.Unmarshal(env.Data, &c); err != nil {
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
func Replay(ctx context.Context, bus *eventlog.Bus, opts ReplayOptions) (*Fold, int, error) {
	f := NewFold()
	var total, done uint64
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
	}
	rejected := 0
	for _, name := range []string{eventlog.StreamArticles, eventlog.StreamClaims} {
		limit := opts.ArticlesSeq
		if name == eventlog.StreamClaims {
			limit = opts.ClaimsSeq
		}
		err := bus.ReadAll(ctx, name, eventlog.ReadOptions{}, func(m jetstream.Msg) error {
			md, err := m.Metadata()
			if err != nil {
				return err
			}
			seq := md.Sequence.Stream
			if (limit > 0 && seq > limit) || (!opts.AsOf.IsZero() && md.Timestamp.After(opts.AsOf)) {
				return errStop
			}
			if ApplyMsg(f, name, seq, md.Timestamp, m.Data()) != nil {
				rejected++
			}
			done++
			if opts.Progress != nil {
				opts.Progress(done, total)
			}
			return nil
		})
		if err != nil && !errors.Is(err, errStop) {
			return nil, 0, err
		}
	}
	return f, rejected, nil
}
