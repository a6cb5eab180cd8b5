package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/ingest"
	"github.com/claimline/claimline/seeds"
)

// decodePlain is how the worker read an event before decodeArticleEvent,
// and still reads the events that refuses.
func decodePlain(body []byte) (ingest.Article, error) {
	env, err := eventlog.DecodeEnvelope(body)
	if err != nil {
		return ingest.Article{}, err
	}
	return ingest.DecodeArticle(env)
}

// checkDecodeAsPlain fails t if decodeArticleEvent takes body and reads
// it otherwise than the plain decoders (Raw aside). It reports whether
// the fast decoder took it.
func checkDecodeAsPlain(t testing.TB, body []byte) bool {
	t.Helper()
	got, ok := decodeArticleEvent(body)
	if !ok {
		return false
	}
	want, err := decodePlain(body)
	if err != nil {
		t.Fatalf("fast decoder took an event the plain one refuses (%v):\n%q", err, body)
	}
	want.Raw = ""
	if got != want || !got.IngestedAt.Equal(want.IngestedAt) {
		t.Fatalf("fast decoder read\n%#v\nplain decoders read\n%#v\nfrom %q", got, want, body)
	}
	return true
}

// articleEvents returns the bodies of articles.ingested events as the
// ingester writes them: the synthetic bench corpus (with raw text), the
// seeds and the development sets.
func articleEvents(t testing.TB) [][]byte {
	t.Helper()
	var arts []ingest.Article
	for i, s := range seeds.Synthetic(200, 7) {
		a, err := ingest.Prepare([]byte(s.Text), ingest.Meta{Source: s.Source, Published: s.Published}, 0, time.Unix(1e9, int64(i)*1234567))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	for _, s := range casualtySeeds {
		a := casualtySeed(t, s.file, s.published)
		a.Raw, a.Title, a.URL = a.Text, "A <b>title</b> & more", "https://example.org/a?b=1&c=2"
		arts = append(arts, a)
	}
	paths, _ := filepath.Glob("testdata/devset/*.jsonl")
	for _, p := range paths {
		tt, ok := t.(*testing.T)
		if !ok {
			break
		}
		for i, it := range loadDevsetFile(tt, p) {
			arts = append(arts, ingest.Article{ID: fmt.Sprintf("%s-%d", filepath.Base(p), i), Text: it.Text, Published: it.Published, Raw: it.Text})
		}
	}
	var bodies [][]byte
	for _, a := range arts {
		env, err := eventlog.NewEnvelope(a.ID, ingest.EventSource, ingest.EventTypeIngested, a.ID, a.IngestedAt, a)
		if err != nil {
			t.Fatal(err)
		}
		m, err := env.Msg(eventlog.ArticleIngestedSubject(a.ID))
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, m.Data)
	}
	return bodies
}

// TestDecodeArticleEventAsPlain checks that the fast decoder takes the
// events the ingester writes and reads them as the plain decoders do.
func TestDecodeArticleEventAsPlain(t *testing.T) {
	bodies := articleEvents(t)
	for _, body := range bodies {
		if !checkDecodeAsPlain(t, body) {
			t.Fatalf("fast decoder refused an ingester's event:\n%.300s", body)
		}
	}
	t.Logf("%d events", len(bodies))
}

// decodeEdgeCases are event bodies around what the fast decoder refuses.
var decodeEdgeCases = []string{
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"t"}}`,
	` { "specversion" : "1.0" , "id" : "x" , "type" : "claimline.article.ingested.v1" , "data" : { "id" : "a" , "text" : "t" } } ` + "\n",
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"t"}} x`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"t"}}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"t",}}`,
	`{"specversion":"1.0","ID":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"t"}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"Id":"a","text":"t"}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"t","id":"b"}}`,
	`{"specversion":"1.0","id":"x","id":"y","type":"claimline.article.ingested.v1","data":{"id":"a","text":"t"}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"t"},"extra":1}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v2","data":{"id":"a","text":"t"}}`,
	`{"specversion":"","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"t"}}`,
	`{"specversion":"1.0","id":"","type":"claimline.article.ingested.v1","data":{"id":"a","text":"t"}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"","text":"t"}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":""}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":null}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1"}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"t","title":null}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"t","title":5}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","time":null,"data":{"id":"a","text":"t"}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","time":"2020-02-06T10:30:00.5+01:00","data":{"id":"a","text":"t","ingested_at":"2020-02-06T10:30:00Z"}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","time":"2020-02-06","data":{"id":"a","text":"t"}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"t","ingested_at":"2020-13-06T10:30:00Z"}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"t","ingested_at":"2020-02-06T10:30:00\u005a"}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"a\"b\\c\/d\be\ff\ng\rh\ti\u00e9j\u2028k\u003cl\u0000m\uFFFDn"}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"\ud83d\ude00"}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"\ud83d"}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"\u12"}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"\x"}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"a` + "\x01" + `b"}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"a` + "\xff" + `b"}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"a` + "\xed\xa0\x80" + `b"}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"naïve – “curly” ` + "\u2028" + `"}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","te\u0078t":"t"}}`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"t"`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"t`,
	`{"specversion":"1.0","id":"x","type":"claimline.article.ingested.v1","data":{"id":"a","text":"t\`,
	`[]`,
	``,
	`{}`,
	`null`,
}

// TestDecodeArticleEventEdges checks the fast decoder against the plain
// ones on edge cases, and that it takes the plain ones among them.
func TestDecodeArticleEventEdges(t *testing.T) {
	took := 0
	for _, c := range decodeEdgeCases {
		if checkDecodeAsPlain(t, []byte(c)) {
			took++
		}
	}
	for _, i := range []int{0, 1, 21, 25, 33} {
		if _, ok := decodeArticleEvent([]byte(decodeEdgeCases[i])); !ok {
			t.Errorf("fast decoder refused %s", decodeEdgeCases[i])
		}
	}
	t.Logf("took %d of %d", took, len(decodeEdgeCases))
}

// TestDecodeArticleEventMutations holds the fast decoder to the plain
// ones on ingester events with random edits: bytes of JSON syntax,
// escapes, invalid UTF-8 and key case put in, taken out or replaced.
func TestDecodeArticleEventMutations(t *testing.T) {
	bodies := articleEvents(t)
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{`"`, `\`, `{`, `}`, `[`, `]`, `:`, `,`, ` `, "\n", "\t", `\u`, `\ud83d`, `\u00e9`, `\n`, `\"`,
		`null`, `1`, `0`, `D`, `a`, `I`, `T`, "\xff", "\xc3", "é", "\u2028", "\x00", "\x1f", `,"id":"z"`, `,"x":"y"`}
	n := 4000
	if testing.Short() {
		n = 500
	}
	took := 0
	for k := range n {
		b := bytes.Clone(bodies[rng.IntN(len(bodies))])
		for range 1 + rng.IntN(3) {
			// Edits land near the start half the time, where the keys are.
			at := rng.IntN(len(b) + 1)
			if rng.IntN(2) == 0 {
				at = rng.IntN(min(len(b), 400) + 1)
			}
			p := pieces[rng.IntN(len(pieces))]
			switch rng.IntN(4) {
			case 0: // insert
				b = append(b[:at:at], append([]byte(p), b[at:]...)...)
			case 1: // delete
				end := min(len(b), at+1+rng.IntN(4))
				b = append(b[:at:at], b[end:]...)
			case 2: // replace
				end := min(len(b), at+len(p))
				b = append(b[:at:at], append([]byte(p), b[end:]...)...)
			case 3: // upper-case a letter
				if at < len(b) && 'a' <= b[at] && b[at] <= 'z' {
					b[at] -= 'a' - 'A'
				}
			}
		}
		if checkDecodeAsPlain(t, b) {
			took++
		}
		_ = k
	}
	t.Logf("fast decoder took %d of %d edited events", took, n)
	if took < n/10 || took == n {
		t.Fatalf("fast decoder took %d of %d edited events", took, n)
	}
}

// FuzzDecodeArticleEvent holds the fast decoder to the plain ones.
func FuzzDecodeArticleEvent(f *testing.F) {
	for _, c := range decodeEdgeCases {
		f.Add([]byte(c))
	}
	for _, b := range articleEvents(f)[:20] {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		checkDecodeAsPlain(t, body)
	})
}

// TestWorkerExtractFastAsPlain checks that the worker's claims from an
// event are those of the plainly decoded article.
func TestWorkerExtractFastAsPlain(t *testing.T) {
	var w Worker
	for _, body := range articleEvents(t)[:60] {
		got, err := w.extract(body)
		if err != nil {
			t.Fatal(err)
		}
		a, err := decodePlain(body)
		if err != nil {
			t.Fatal(err)
		}
		gj, _ := json.Marshal(got)
		wj, _ := json.Marshal(Extract(a))
		if !bytes.Equal(gj, wj) {
			t.Fatalf("claims differ for %.200s", body)
		}
	}
}
