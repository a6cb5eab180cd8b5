package eventlog_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/eventlog/eventlogtest"
)

func claimMsgs(prefix string, n int) []*nats.Msg {
	msgs := make([]*nats.Msg, n)
	for i := range msgs {
		m := nats.NewMsg("claims.casualty.killed")
		m.Data = []byte(fmt.Sprintf(`{"n":%d}`, i))
		m.Header.Set(nats.MsgIdHdr, fmt.Sprintf("%s-%d", prefix, i))
		msgs[i] = m
	}
	return msgs
}

func TestPublishBatchIsAtomic(t *testing.T) {
	env := eventlogtest.Start(t, eventlog.StreamsConfig{})
	ctx := context.Background()
	ack, err := env.Bus.PublishBatch(ctx, claimMsgs("a", 5))
	if err != nil {
		t.Fatal(err)
	}
	if ack.Sequence != 5 || env.State(t, eventlog.StreamClaims).Msgs != 5 {
		t.Fatalf("ack seq %d, %d stored; want 5 and 5", ack.Sequence, env.State(t, eventlog.StreamClaims).Msgs)
	}
	// The same batch again (a redelivered article) stores nothing.
	if _, err := env.Bus.PublishBatch(ctx, claimMsgs("a", 5)); !errors.Is(err, eventlog.ErrBatchDuplicate) {
		t.Fatalf("second publish error = %v, want ErrBatchDuplicate", err)
	}
	// A batch holding one stored id is rejected whole: no partial write.
	mixed := append(claimMsgs("b", 3), claimMsgs("a", 1)...)
	if _, err := env.Bus.PublishBatch(ctx, mixed); err == nil {
		t.Fatal("a batch with a stored id was accepted")
	}
	if got := env.State(t, eventlog.StreamClaims).Msgs; got != 5 {
		t.Fatalf("%d messages stored after rejected batches, want 5", got)
	}
	if _, err := env.Bus.PublishBatch(ctx, claimMsgs("c", eventlog.MaxBatch+1)); !errors.Is(err, eventlog.ErrBatchTooLarge) {
		t.Fatalf("oversized batch error = %v, want ErrBatchTooLarge", err)
	}
}

// BenchmarkClaimsPublish compares storing an article's claims (20) as one
// atomic batch against 20 synchronous publishes, on the embedded server with
// sync-before-ack: the batch costs about one sync.
func BenchmarkClaimsPublish(b *testing.B) {
	for _, mode := range []string{"batch", "async", "one-by-one"} {
		b.Run(mode, func(b *testing.B) {
			env := eventlogtest.Start(b, eventlog.StreamsConfig{})
			ctx := context.Background()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				msgs := claimMsgs(fmt.Sprintf("%s-%d", mode, i), 20)
				switch mode {
				case "batch":
					if _, err := env.Bus.PublishBatch(ctx, msgs); err != nil {
						b.Fatal(err)
					}
					continue
				case "async":
					for _, m := range msgs {
						if _, err := env.Bus.JS.PublishMsgAsync(m); err != nil {
							b.Fatal(err)
						}
					}
					<-env.Bus.JS.PublishAsyncComplete()
					continue
				}
				for _, m := range msgs {
					if _, err := env.Bus.JS.PublishMsg(ctx, m); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// BenchmarkBatchSize measures the cost of one atomic batch by its size: a
// fixed cost per batch (the server stages it) and little per message.
func BenchmarkBatchSize(b *testing.B) {
	for _, n := range []int{1, 20, 200, 1000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			env := eventlogtest.Start(b, eventlog.StreamsConfig{})
			ctx := context.Background()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := env.Bus.PublishBatch(ctx, claimMsgs(fmt.Sprintf("x%d", i), n)); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "msgs/s")
		})
	}
}

// TestEndsBatch reads back two batches and a lone publish: only the last
// message of each batch, and the lone one, end a batch.
func TestEndsBatch(t *testing.T) {
	env := eventlogtest.Start(t, eventlog.StreamsConfig{})
	ctx := context.Background()
	for _, p := range []string{"a", "b"} {
		if _, err := env.Bus.PublishBatch(ctx, claimMsgs(p, 3)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := env.Bus.JS.PublishMsg(ctx, claimMsgs("c", 1)[0]); err != nil {
		t.Fatal(err)
	}
	var ends []bool
	err := env.Bus.ReadAll(ctx, eventlog.StreamClaims, eventlog.ReadOptions{}, func(m jetstream.Msg) error {
		ends = append(ends, eventlog.EndsBatch(m.Headers()))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []bool{false, false, true, false, false, true, true}; fmt.Sprint(ends) != fmt.Sprint(want) {
		t.Fatalf("ends of batch %v, want %v", ends, want)
	}
}
