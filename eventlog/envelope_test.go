package eventlog_test

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/claimline/claimline/eventlog"
)

// TestEnvelopeMsgBodyIsJSONMarshal holds the envelope's own encoder to
// encoding/json: every field escaped as json.Marshal escapes it, the data
// as it compacts it.
func TestEnvelopeMsgBodyIsJSONMarshal(t *testing.T) {
	type article struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	}
	odd := "a \"quoted\" <b>&</b> \\ tab\t line\n\u2028 ünïcödé \x01 \xff"
	times := []time.Time{
		time.Date(2020, 2, 27, 18, 5, 0, 0, time.UTC),
		time.Date(2026, 12, 5, 20, 53, 22, 123456789, time.FixedZone("x", 3*3600)),
		{},
	}
	for _, at := range times {
		// Each character encoding/json escapes, alone in a plain string.
		ids := []string{"", "abc-123", odd}
		for _, c := range []string{"<", ">", "&", "\"", "\\", "\n", "\x1f", "\x7f", "é", "\u2028", "\u2029", "\xff"} {
			ids = append(ids, "id "+c+" x")
		}
		for _, id := range ids {
			for _, subject := range []string{"", "art-1", odd} {
				for _, data := range []any{
					article{ID: "x", Text: odd},
					map[string]any{"n": 3, "list": []int{1, 2}},
					"plain",
				} {
					env, err := eventlog.NewEnvelope(id, odd, "articles.ingested", subject, at, data)
					if err != nil {
						t.Fatal(err)
					}
					want, err := json.Marshal(env)
					if err != nil {
						t.Fatal(err)
					}
					msg, err := env.Msg("articles.ingested.x")
					if err != nil {
						t.Fatal(err)
					}
					if !bytes.Equal(msg.Data, want) {
						t.Fatalf("id %q subject %q at %v:\n got %s\nwant %s", id, subject, at, msg.Data, want)
					}
					if _, err := eventlog.DecodeEnvelope(msg.Data); err != nil {
						t.Fatalf("own body does not decode: %v", err)
					}
				}
			}
		}
	}
	// An envelope made by hand, its data not compact, is compacted as
	// encoding/json compacts it.
	env := eventlog.Envelope{SpecVersion: "1.0", ID: "x", Source: "s", Type: "t", Time: times[0],
		DataContentType: "application/json", Data: json.RawMessage("{ \"a\" : \"<b>\" }")}
	want, _ := json.Marshal(env)
	msg, err := env.Msg("s")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(msg.Data, want) {
		t.Fatalf("hand-made envelope:\n got %s\nwant %s", msg.Data, want)
	}
	// A time json.Marshal refuses is refused.
	bad, err := eventlog.NewEnvelope("x", "s", "t", "", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), 1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bad.Msg("s"); err == nil {
		t.Fatal("an envelope of the year 10000 encoded")
	}
}
