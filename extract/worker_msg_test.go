package extract

import (
	"bytes"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/claimline/claimline/ingest"
)

// TestClaimMsgsAsEnvelopes checks that the messages claimMsgs writes are
// those eventlog's envelopes give, byte for byte, for the claims of the
// seeds and the development sets and for claims with strings JSON
// escapes.
func TestClaimMsgsAsEnvelopes(t *testing.T) {
	var claims []Claim
	for _, s := range casualtySeeds {
		claims = append(claims, Extract(casualtySeed(t, s.file, s.published))...)
	}
	paths, _ := filepath.Glob("testdata/devset/*.jsonl")
	for _, p := range paths {
		for i, it := range loadDevsetFile(t, p) {
			a := ingest.Article{ID: fmt.Sprintf("%s-%d", filepath.Base(p), i), Text: it.Text, Published: it.Published}
			claims = append(claims, Extract(a)...)
		}
	}
	t.Logf("%d claims", len(claims))
	if len(claims) < 100 {
		t.Fatalf("only %d claims", len(claims))
	}
	odd := claims[0]
	for _, s := range []string{`a "quoted" <b> & \ back`, "tab\tnew\nline\x01", "bad \xff utf-8", "line\u2028sep", "naïve – “curly”", ""} {
		c := odd
		c.ArticleID, c.Quote, c.AttributedTo = s, s, s
		c.ID = "id " + s
		claims = append(claims, c)
	}
	for _, now := range []time.Time{time.Date(2020, 2, 6, 10, 30, 0, 123456789, time.FixedZone("x", 3600)), time.Unix(1e9, 0)} {
		got, err := claimMsgs(claims, now)
		if err != nil {
			t.Fatal(err)
		}
		var want [][]byte
		seen := map[string]bool{}
		for _, c := range claims {
			if seen[c.ID] {
				continue
			}
			seen[c.ID] = true
			m, err := envelopeMsg(c, now)
			if err != nil {
				t.Fatal(err)
			}
			if k := len(want); k >= len(got) || got[k].Subject != m.Subject || !reflect.DeepEqual(got[k].Header, m.Header) {
				t.Fatalf("message %d: subject or headers differ", k)
			}
			want = append(want, m.Data)
		}
		if len(got) != len(want) {
			t.Fatalf("%d messages, want %d", len(got), len(want))
		}
		for k := range want {
			if !bytes.Equal(got[k].Data, want[k]) {
				t.Fatalf("message %d:\n got %s\nwant %s", k, got[k].Data, want[k])
			}
		}
	}
}
