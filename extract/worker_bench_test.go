package extract

import (
	"testing"
	"time"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/ingest"
)

// seedEvents returns the seed articles as the worker receives them: the
// bodies of their articles.ingested events.
func seedEvents(b *testing.B) (bodies [][]byte, n int64) {
	for _, s := range casualtySeeds {
		a := casualtySeed(b, s.file, s.published)
		env, err := eventlog.NewEnvelope(a.ID, ingest.EventSource, ingest.EventTypeIngested, a.ID, time.Unix(1e9, 0), a)
		if err != nil {
			b.Fatal(err)
		}
		m, err := env.Msg(eventlog.ArticleIngestedSubject(a.ID))
		if err != nil {
			b.Fatal(err)
		}
		bodies = append(bodies, m.Data)
		n += int64(len(a.Text))
	}
	return bodies, n
}

// BenchmarkWorkerDecode measures decoding the seed articles' events.
func BenchmarkWorkerDecode(b *testing.B) {
	bodies, n := seedEvents(b)
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, body := range bodies {
			env, err := eventlog.DecodeEnvelope(body)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := ingest.DecodeArticle(env); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkClaimMessages measures encoding the seed articles' claims into
// the messages the worker publishes.
func BenchmarkClaimMessages(b *testing.B) {
	var claims [][]Claim
	var n int64
	for _, s := range casualtySeeds {
		a := casualtySeed(b, s.file, s.published)
		claims = append(claims, Extract(a))
		n += int64(len(a.Text))
	}
	now := time.Unix(1e9, 0)
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, cs := range claims {
			if _, err := claimMsgs(cs, now); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkArticleEventDecode measures reading events as the ingester
// writes them (raw text beside the normalised one) the plain way and with
// decodeArticleEvent.
func BenchmarkArticleEventDecode(b *testing.B) {
	bodies := articleEvents(b)
	var n int64
	for _, body := range bodies {
		n += int64(len(body))
	}
	b.Run("plain", func(b *testing.B) {
		b.SetBytes(n)
		b.ReportAllocs()
		for b.Loop() {
			for _, body := range bodies {
				if _, err := decodePlain(body); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("fast", func(b *testing.B) {
		b.SetBytes(n)
		b.ReportAllocs()
		for b.Loop() {
			for _, body := range bodies {
				if _, ok := decodeArticleEvent(body); !ok {
					b.Fatal("refused")
				}
			}
		}
	})
}
