package eventlog

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/google/uuid"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Atomic batch headers (nats-server 2.12+).
const (
	hdrBatchID     = "Nats-Batch-Id"
	hdrBatchSeq    = "Nats-Batch-Sequence"
	hdrBatchCommit = "Nats-Batch-Commit"
)

// MaxBatch is the most messages PublishBatch sends in one atomic batch (the
// server's default limit is 1000).
const MaxBatch = 1000

// ErrBatchDuplicate is returned by PublishBatch when the server rejected the
// batch because it holds a message id already stored: the batch was
// published before (a redelivery), and nothing new was written.
var ErrBatchDuplicate = errors.New("eventlog: batch already published")

// ErrBatchTooLarge is returned by PublishBatch for more than MaxBatch messages.
var ErrBatchTooLarge = errors.New("eventlog: batch too large")

// PublishBatch publishes msgs to one stream as a single atomic batch: the
// server stores all of them or none, with one sync to disk for the lot. All
// messages must go to subjects of the same stream. It returns the ack of the
// commit, ErrBatchDuplicate when the batch was already stored, or
// ErrBatchTooLarge.
func (b *Bus) PublishBatch(ctx context.Context, msgs []*nats.Msg) (*jetstream.PubAck, error) {
	switch n := len(msgs); {
	case n == 0:
		return nil, nil
	case n > MaxBatch:
		return nil, fmt.Errorf("%w: %d messages (max %d)", ErrBatchTooLarge, n, MaxBatch)
	}
	id := uuid.NewString()
	for i, m := range msgs {
		if m.Header == nil {
			m.Header = nats.Header{}
		}
		m.Header.Set(hdrBatchID, id)
		m.Header.Set(hdrBatchSeq, strconv.Itoa(i+1))
		if i < len(msgs)-1 {
			// Intermediate messages need no reply: the commit's ack (or
			// error) speaks for the whole batch.
			if err := b.NC.PublishMsg(m); err != nil {
				return nil, fmt.Errorf("eventlog: batch publish: %w", err)
			}
			continue
		}
		m.Header.Set(hdrBatchCommit, "1")
	}
	ack, err := b.JS.PublishMsg(ctx, msgs[len(msgs)-1])
	if err != nil {
		var apiErr *jetstream.APIError
		if errors.As(err, &apiErr) && apiErr.ErrorCode == jetstream.ErrorCode(10201) {
			return nil, fmt.Errorf("%w: %v", ErrBatchDuplicate, err)
		}
		return nil, fmt.Errorf("eventlog: batch commit: %w", err)
	}
	return ack, nil
}

// EndsBatch reports whether a stored message with headers h is the last of
// the atomic batch it was published in, or was not published in one: a
// reader that has applied it has seen whole batches.
func EndsBatch(h nats.Header) bool {
	return h.Get(hdrBatchID) == "" || h.Get(hdrBatchCommit) != ""
}
