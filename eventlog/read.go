package eventlog

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// ReadOptions selects what ReadAll and Follow deliver.
type ReadOptions struct {
	// Subjects filters the stream; empty means every subject.
	Subjects []string
	// StartSeq is the first stream sequence to deliver; 0 means the start.
	StartSeq uint64
	// StartTime delivers from the first message at or after it, when set.
	StartTime time.Time
	// HeadersOnly delivers each message's headers without its body.
	HeadersOnly bool
}

func (o ReadOptions) ordered() jetstream.OrderedConsumerConfig {
	cfg := jetstream.OrderedConsumerConfig{
		FilterSubjects: o.Subjects,
		DeliverPolicy:  jetstream.DeliverAllPolicy,
		HeadersOnly:    o.HeadersOnly,
	}
	switch {
	case o.StartSeq > 1:
		cfg.DeliverPolicy = jetstream.DeliverByStartSequencePolicy
		cfg.OptStartSeq = o.StartSeq
	case !o.StartTime.IsZero():
		cfg.DeliverPolicy = jetstream.DeliverByStartTimePolicy
		t := o.StartTime
		cfg.OptStartTime = &t
	}
	return cfg
}

// ReadAll delivers, in stream order, every message of stream that matches
// opts and was stored when ReadAll started, then returns. It reads with an
// ordered consumer, so nothing is acknowledged and nothing is left behind on
// the server. An error from fn stops the read and is returned.
func (b *Bus) ReadAll(ctx context.Context, stream string, opts ReadOptions, fn func(jetstream.Msg) error) error {
	return b.ReadAllMeta(ctx, stream, opts, func(m jetstream.Msg, _ *jetstream.MsgMetadata) error { return fn(m) })
}

// ReadAllMeta is ReadAll giving fn each message's metadata too, read once.
func (b *Bus) ReadAllMeta(ctx context.Context, stream string, opts ReadOptions, fn func(jetstream.Msg, *jetstream.MsgMetadata) error) error {
	cons, err := b.JS.OrderedConsumer(ctx, stream, opts.ordered())
	if err != nil {
		return fmt.Errorf("eventlog: read %s: %w", stream, err)
	}
	info, err := cons.Info(ctx)
	if err != nil {
		return fmt.Errorf("eventlog: read %s: %w", stream, err)
	}
	if info.NumPending == 0 {
		return nil
	}
	it, err := cons.Messages(jetstream.PullMaxMessages(4096))
	if err != nil {
		return fmt.Errorf("eventlog: read %s: %w", stream, err)
	}
	defer it.Stop()
	stop := context.AfterFunc(ctx, it.Stop)
	defer stop()
	for {
		m, err := it.Next()
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("eventlog: read %s: %w", stream, err)
		}
		md, err := m.Metadata()
		if err != nil {
			return fmt.Errorf("eventlog: read %s: %w", stream, err)
		}
		if err := fn(m, md); err != nil {
			return err
		}
		if md.NumPending == 0 {
			return nil
		}
	}
}

// Follow delivers messages of stream matching opts, in order, until ctx is
// done (then it returns nil) or fn returns an error. If the server closes
// the subscription (a restart, a lost connection), Follow resumes after the
// last message it delivered.
func (b *Bus) Follow(ctx context.Context, stream string, opts ReadOptions, fn func(jetstream.Msg) error) error {
	for {
		last, err := b.follow(ctx, stream, opts, fn)
		if ctx.Err() != nil {
			return nil
		}
		if errors.Is(err, errCallback) {
			return errors.Unwrap(err)
		}
		if last > 0 {
			opts.StartSeq, opts.StartTime = last+1, time.Time{}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// errCallback wraps an error returned by Follow's callback.
var errCallback = errors.New("eventlog: callback")

type callbackError struct{ err error }

func (e callbackError) Error() string        { return e.err.Error() }
func (e callbackError) Is(target error) bool { return target == errCallback }
func (e callbackError) Unwrap() error        { return e.err }

// follow reads until the iterator ends; it returns the last stream
// sequence delivered.
func (b *Bus) follow(ctx context.Context, stream string, opts ReadOptions, fn func(jetstream.Msg) error) (uint64, error) {
	var last uint64
	cons, err := b.JS.OrderedConsumer(ctx, stream, opts.ordered())
	if err != nil {
		return last, fmt.Errorf("eventlog: follow %s: %w", stream, err)
	}
	it, err := cons.Messages()
	if err != nil {
		return last, fmt.Errorf("eventlog: follow %s: %w", stream, err)
	}
	defer it.Stop()
	stop := context.AfterFunc(ctx, it.Stop)
	defer stop()
	for {
		m, err := it.Next()
		if err != nil {
			return last, fmt.Errorf("eventlog: follow %s: %w", stream, err)
		}
		if err := fn(m); err != nil {
			return last, callbackError{err}
		}
		if md, err := m.Metadata(); err == nil {
			last = md.Sequence.Stream
		}
	}
}
