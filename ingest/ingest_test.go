package ingest_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/eventlog/eventlogtest"
	"github.com/claimline/claimline/ingest"
)

func ingestOne(t *testing.T, in *ingest.Ingester, name, text string) ingest.Result {
	t.Helper()
	res, err := in.Ingest(context.Background(), ingest.Input{Name: name, Raw: []byte(text)})
	if err != nil {
		t.Fatalf("ingest %s: %v", name, err)
	}
	return res
}

func TestIngestDuplicateForever(t *testing.T) {
	const window = 200 * time.Millisecond
	env := eventlogtest.Start(t, eventlog.StreamsConfig{DuplicateWindow: window})
	in := &ingest.Ingester{Bus: env.Bus}
	text := "Shelling killed three civilians in the town on Tuesday, officials said.\n"

	first := ingestOne(t, in, "a", text)
	if first.Status != ingest.StatusNew || first.ID == "" || first.Seq == 0 {
		t.Fatalf("first ingest = %+v, want new with id and seq", first)
	}
	if got := ingestOne(t, in, "a-again", text); got.Status != ingest.StatusDuplicate || got.ID != first.ID {
		t.Fatalf("second ingest = %+v, want duplicate of %s", got, first.ID)
	}

	env.Restart()
	in.Bus = env.Bus
	if got := ingestOne(t, in, "after-restart", text); got.Status != ingest.StatusDuplicate || got.Seq != first.Seq {
		t.Fatalf("after restart = %+v, want duplicate at seq %d", got, first.Seq)
	}

	// Wait until the deduplication window has provably passed: a probe
	// message id is accepted again only once the server forgot it.
	probe := func() bool {
		ack, err := env.Bus.JS.Publish(context.Background(), "articles.probe", []byte("p"), jetstream.WithMsgID("probe"))
		return err == nil && !ack.Duplicate
	}
	if !probe() {
		t.Fatal("first probe was a duplicate")
	}
	eventlogtest.Eventually(t, 10*time.Second, "duplicate window to pass", probe)

	if got := ingestOne(t, in, "after-window", text); got.Status != ingest.StatusDuplicate {
		t.Fatalf("after the duplicate window = %+v, want duplicate", got)
	}
	// Normalisation makes trivially different bytes the same article.
	if got := ingestOne(t, in, "crlf", "\r\n"+strings.ReplaceAll(text, "\n", "\r\n")+"  \r\n\r\n"); got.Status != ingest.StatusDuplicate || got.ID != first.ID {
		t.Fatalf("CRLF variant = %+v, want duplicate of %s", got, first.ID)
	}
	if got := ingestOne(t, in, "b", "A different text about a ceasefire.\n"); got.Status != ingest.StatusNew || got.ID == first.ID {
		t.Fatalf("different text = %+v, want new with another id", got)
	}
}

func TestIngestRejects(t *testing.T) {
	env := eventlogtest.Start(t, eventlog.StreamsConfig{})
	in := &ingest.Ingester{Bus: env.Bus, MaxBytes: 64}
	tests := []struct {
		name    string
		give    []byte
		wantErr error
	}{
		{name: "empty", give: nil, wantErr: ingest.ErrEmpty},
		{name: "whitespace only", give: []byte(" \n\t\r\n  "), wantErr: ingest.ErrEmpty},
		{name: "invalid utf-8", give: []byte("caf\xc3\x28 killed"), wantErr: ingest.ErrNotUTF8},
		{name: "nul byte", give: []byte("two\x00killed"), wantErr: ingest.ErrBinary},
		{name: "control characters", give: []byte("\x01\x02\x03\x04\x05\x06\x07\x08 text"), wantErr: ingest.ErrBinary},
		{name: "over size limit", give: []byte(strings.Repeat("word ", 20)), wantErr: ingest.ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := env.State(t, eventlog.StreamArticles).Msgs
			res, err := in.Ingest(context.Background(), ingest.Input{Name: tt.name, Raw: tt.give})
			if err != nil {
				t.Fatalf("Ingest error = %v, want a rejected result", err)
			}
			if res.Status != ingest.StatusRejected || res.Reason == "" || strings.Contains(res.Reason, "\n") {
				t.Fatalf("result = %+v, want rejected with a one-line reason", res)
			}
			if _, err := ingest.Normalize(tt.give, 64); !errors.Is(err, tt.wantErr) {
				t.Fatalf("Normalize error = %v, want %v", err, tt.wantErr)
			}
			if after := env.State(t, eventlog.StreamArticles).Msgs; after != before {
				t.Fatalf("stream grew from %d to %d on a rejected input", before, after)
			}
		})
	}
}

func TestCorrectAndRetract(t *testing.T) {
	env := eventlogtest.Start(t, eventlog.StreamsConfig{})
	in := &ingest.Ingester{Bus: env.Bus}
	res := ingestOne(t, in, "a", "Two soldiers were wounded on Monday.")
	ctx := context.Background()
	if _, err := in.Correct(ctx, ingest.Correction{ArticleID: res.ID, Published: "2020-13-01"}); !errors.Is(err, ingest.ErrBadDate) {
		t.Fatalf("bad date correction error = %v, want ErrBadDate", err)
	}
	if _, err := in.Correct(ctx, ingest.Correction{ArticleID: "nope", Published: "2020-01-01"}); !errors.Is(err, ingest.ErrNotFound) {
		t.Fatalf("unknown id correction error = %v, want ErrNotFound", err)
	}
	if _, err := in.Correct(ctx, ingest.Correction{ArticleID: res.ID, Published: "2020-01-01"}); err != nil {
		t.Fatal(err)
	}
	if _, err := in.Retract(ctx, ingest.Retraction{ArticleID: res.ID, Reason: "wrong story"}); err != nil {
		t.Fatal(err)
	}
	if _, err := in.Retract(ctx, ingest.Retraction{ArticleID: res.ID, Reason: "again"}); !errors.Is(err, ingest.ErrAlreadyRetracted) {
		t.Fatalf("second retraction error = %v, want ErrAlreadyRetracted", err)
	}

	cat := ingest.NewCatalog()
	err := env.Bus.ReadAll(ctx, eventlog.StreamArticles, eventlog.ReadOptions{}, func(m jetstream.Msg) error {
		cat.Apply(m)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	e, a, ok := cat.Get(res.ID)
	if !ok || !e.Retracted || e.Published != "2020-01-01" || a.Published != "2020-01-01" {
		t.Fatalf("catalog entry = %+v (ok %v), want retracted with corrected date", e, ok)
	}
}

func TestIngestAll(t *testing.T) {
	env := eventlogtest.Start(t, eventlog.StreamsConfig{})
	in := &ingest.Ingester{Bus: env.Bus}
	ctx := context.Background()
	if _, err := in.Ingest(ctx, ingest.Input{Name: "old", Raw: []byte("Four soldiers died in an ambush.")}); err != nil {
		t.Fatal(err)
	}
	inputs := []ingest.Input{
		{Name: "a", Raw: []byte("A drone strike killed two people.")},
		{Name: "old", Raw: []byte("Four soldiers died in an ambush.")},
		{Name: "bad", Raw: []byte{0xff, 0xfe}},
		{Name: "a-again", Raw: []byte("A drone strike killed two people.\n\n")},
	}
	res, err := in.IngestAll(ctx, inputs)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{ingest.StatusNew, ingest.StatusDuplicate, ingest.StatusRejected, ingest.StatusDuplicate}
	for i, r := range res {
		if r.Status != want[i] || r.Input != inputs[i].Name {
			t.Errorf("result %d = %+v, want %s", i, r, want[i])
		}
	}
	if res[0].ID != res[3].ID {
		t.Errorf("same normalised text, different ids %s %s", res[0].ID, res[3].ID)
	}
	if got := env.State(t, eventlog.StreamArticles).Msgs; got != 2 {
		t.Errorf("ARTICLES holds %d messages, want 2", got)
	}
}

// TestIngestAllManyInOrder: inputs prepared on several cores at once are
// still published, and answered, in input order, with rejections and
// duplicates where they stand.
func TestIngestAllManyInOrder(t *testing.T) {
	env := eventlogtest.Start(t, eventlog.StreamsConfig{})
	in := &ingest.Ingester{Bus: env.Bus}
	const n = 300
	inputs := make([]ingest.Input, n)
	want := make([]string, n)
	for i := range inputs {
		name := fmt.Sprintf("in-%d", i)
		text := fmt.Sprintf("A drone strike killed %d people in village number %d.", i+2, i)
		switch {
		case i%7 == 3:
			inputs[i] = ingest.Input{Name: name, Raw: []byte{0xff, 0xfe, byte(i)}}
			want[i] = ingest.StatusRejected
			continue
		case i%11 == 5 && i > 20:
			text = fmt.Sprintf("A drone strike killed %d people in village number %d.", i-20+2, i-20)
			want[i] = ingest.StatusDuplicate
			if (i-20)%7 == 3 {
				want[i] = ingest.StatusNew
			}
		default:
			want[i] = ingest.StatusNew
		}
		inputs[i] = ingest.Input{Name: name, Raw: []byte(text)}
	}
	res, err := in.IngestAll(context.Background(), inputs)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != n {
		t.Fatalf("%d results for %d inputs", len(res), n)
	}
	var last uint64
	news := 0
	for i, r := range res {
		if r.Input != inputs[i].Name || r.Status != want[i] {
			t.Fatalf("result %d = %+v, want %s of %s", i, r, want[i], inputs[i].Name)
		}
		if r.Status != ingest.StatusNew {
			continue
		}
		news++
		if r.Seq <= last {
			t.Fatalf("result %d stored at %d, after %d: not in input order", i, r.Seq, last)
		}
		last = r.Seq
		a, err := ingest.Prepare(inputs[i].Raw, inputs[i].Meta, 0, time.Now())
		if err != nil || a.ID != r.ID {
			t.Fatalf("result %d has id %s, its input's is %s (%v)", i, r.ID, a.ID, err)
		}
	}
	if got := env.State(t, eventlog.StreamArticles).Msgs; got != uint64(news) {
		t.Errorf("ARTICLES holds %d messages, want %d", got, news)
	}
}

// TestIngestHTMLPage: a saved web page is stored whole as the raw text, the
// text of its article as the normalised text, and a page without article
// text is rejected with nothing stored.
func TestIngestHTMLPage(t *testing.T) {
	env := eventlogtest.Start(t, eventlog.StreamsConfig{})
	in := &ingest.Ingester{Bus: env.Bus}
	page := `<!doctype html><html><head><meta property="og:site_name" content="Kivu Post">
<meta property="article:published_time" content="2022-06-13T10:00:00Z"><title>M23 takes Bunagana</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>M23 takes Bunagana</h1>
<p>M23 rebels seized the border town of Bunagana on Monday, the army said.</p></article></body></html>`
	res := ingestOne(t, in, "page.html", page)
	if res.Status != ingest.StatusNew {
		t.Fatalf("result %+v, want new", res)
	}
	stream, err := env.Bus.JS.Stream(context.Background(), eventlog.StreamArticles)
	if err != nil {
		t.Fatal(err)
	}
	msg, err := stream.GetLastMsgForSubject(context.Background(), "articles.ingested."+res.ID)
	if err != nil {
		t.Fatal(err)
	}
	var ev eventlog.Envelope
	var a ingest.Article
	if err := json.Unmarshal(msg.Data, &ev); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(ev.Data, &a); err != nil {
		t.Fatal(err)
	}
	if a.Raw != page || a.Text != "M23 takes Bunagana\n\nM23 rebels seized the border town of Bunagana on Monday, the army said." ||
		a.Source != "Kivu Post" || a.Published != "2022-06-13" {
		t.Fatalf("stored article: source %q published %q text %q", a.Source, a.Published, a.Text)
	}
	before := env.State(t, eventlog.StreamArticles).Msgs
	res = ingestOne(t, in, "empty.html", `<html><body><nav>Home</nav><script>x()</script></body></html>`)
	if res.Status != ingest.StatusRejected || !strings.Contains(res.Reason, "no article text") {
		t.Fatalf("page without text: %+v", res)
	}
	if after := env.State(t, eventlog.StreamArticles).Msgs; after != before {
		t.Fatalf("stream grew from %d to %d on a rejected page", before, after)
	}
}
