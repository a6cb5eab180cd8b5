package eventlog

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// DefaultURL is the server a client connects to when neither a URL nor
// NATS_URL is given.
const DefaultURL = "nats://127.0.0.1:4222"

// ResolveURL returns url, else $NATS_URL, else DefaultURL.
func ResolveURL(url string) string {
	if url != "" {
		return url
	}
	if env := os.Getenv("NATS_URL"); env != "" {
		return env
	}
	return DefaultURL
}

// Bus is a connection to NATS with its JetStream context: what workers
// receive to publish and consume events.
type Bus struct {
	NC *nats.Conn
	JS jetstream.JetStream
}

// Connect dials url (a nats:// URL or a comma-separated cluster list) as a
// client called name and returns the bus.
func Connect(url, name string) (*Bus, error) {
	nc, err := nats.Connect(url,
		nats.Name(name),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(250*time.Millisecond),
		nats.Timeout(5*time.Second),
	)
	if err != nil {
		return nil, fmt.Errorf("eventlog: connect %s: %w", url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("eventlog: jetstream: %w", err)
	}
	return &Bus{NC: nc, JS: js}, nil
}

// Close drains the connection, waiting for pending publishes to flush.
func (b *Bus) Close() {
	if b == nil || b.NC == nil {
		return
	}
	closed := make(chan struct{})
	b.NC.SetClosedHandler(func(*nats.Conn) { close(closed) })
	if err := b.NC.Drain(); err != nil {
		b.NC.Close()
		return
	}
	select {
	case <-closed:
	case <-time.After(10 * time.Second):
		b.NC.Close()
	}
}

// Ready reports nil when the connection is up and every stream exists.
func (b *Bus) Ready(ctx context.Context) error {
	if !b.NC.IsConnected() {
		return fmt.Errorf("eventlog: not connected")
	}
	for _, name := range []string{StreamArticles, StreamClaims, StreamProjections} {
		if _, err := b.JS.Stream(ctx, name); err != nil {
			return fmt.Errorf("eventlog: stream %s: %w", name, err)
		}
	}
	return nil
}

// ErrNoMessage is returned by LastSeq when the subject holds no message,
// and by Bodies.Body when the stream holds none at that sequence.
var ErrNoMessage = errors.New("eventlog: no message on subject")

// LastSeq returns the stream sequence of the last message on subject in
// stream, or ErrNoMessage (wrapped).
func (b *Bus) LastSeq(ctx context.Context, stream, subject string) (uint64, error) {
	s, err := b.JS.Stream(ctx, stream)
	if err != nil {
		return 0, fmt.Errorf("eventlog: stream %s: %w", stream, err)
	}
	m, err := s.GetLastMsgForSubject(ctx, subject)
	if errors.Is(err, jetstream.ErrMsgNotFound) {
		return 0, fmt.Errorf("%w: %s", ErrNoMessage, subject)
	}
	if err != nil {
		return 0, fmt.Errorf("eventlog: last message on %s: %w", subject, err)
	}
	return m.Sequence, nil
}

// Bodies reads the bodies of messages of one stream by sequence, for
// messages read headers-only (see ReadOptions.HeadersOnly). It looks the
// stream up once; it is not safe for concurrent use.
type Bodies struct {
	bus    *Bus
	stream string
	s      jetstream.Stream
}

// Bodies returns a reader of the bodies of stream's messages.
func (b *Bus) Bodies(stream string) *Bodies { return &Bodies{bus: b, stream: stream} }

// Body returns the body of the message stored at seq. It returns
// ErrNoMessage (wrapped) when there is none.
func (r *Bodies) Body(ctx context.Context, seq uint64) ([]byte, error) {
	if r.s == nil {
		s, err := r.bus.JS.Stream(ctx, r.stream)
		if err != nil {
			return nil, fmt.Errorf("eventlog: stream %s: %w", r.stream, err)
		}
		r.s = s
	}
	m, err := r.s.GetMsg(ctx, seq)
	if errors.Is(err, jetstream.ErrMsgNotFound) {
		return nil, fmt.Errorf("%w: %s #%d", ErrNoMessage, r.stream, seq)
	}
	if err != nil {
		return nil, fmt.Errorf("eventlog: message %s #%d: %w", r.stream, seq, err)
	}
	return m.Data, nil
}
