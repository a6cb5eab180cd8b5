package main

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/eventlog/eventlogtest"
	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
	"github.com/claimline/claimline/seeds"
)

func TestExtractOffline(t *testing.T) {
	out, code := claimline(t, "", "extract", "--file", "../../seeds/004_c975eb129dbd47db.txt", "--published", "2020-03-01", "--json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var doc struct {
		Article ingest.Article  `json:"article"`
		Claims  []extract.Claim `json:"claims"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Article.Published != "2020-03-01" || doc.Article.ID == "" || len(doc.Claims) == 0 {
		t.Fatalf("article %+v with %d claims", doc.Article.ID, len(doc.Claims))
	}
	for _, c := range doc.Claims {
		if doc.Article.Text[c.Span.Start:c.Span.End] != c.Quote {
			t.Errorf("claim %s: quote is not the text at its span", c.ID)
		}
	}
	if _, code := claimline(t, "", "extract", "--file", "no-such-file", "--json"); code == 0 {
		t.Error("a missing file exited 0")
	}
	if _, code := claimline(t, "", "extract", "--file", "../../seeds/004_c975eb129dbd47db.txt", "--published", "1 March"); code == 0 {
		t.Error("a bad --published exited 0")
	}
}

// TestExtractOfflineHTML: a saved web page is read for its article's text
// and its own metadata, and the claims quote that text, not the markup.
func TestExtractOfflineHTML(t *testing.T) {
	page := filepath.Join(t.TempDir(), "page.html")
	mustWrite(t, page, []byte(`<!DOCTYPE html><html><head><title>Blast kills four police in Kandahar | Wire</title>
<meta property="article:published_time" content="2011-05-08T06:00:00+04:30"><meta property="og:site_name" content="Frontier Wire">
<script>var ads = "killed 99 people";</script></head><body><nav>Home | World</nav>
<article><h1>Blast kills four police in Kandahar</h1><p>A suicide bomber killed <b>four</b> policemen and wounded
nine civilians in Kandahar on Saturday, a provincial spokesman said.</p></article>
<footer>Share this story</footer></body></html>`))
	out, code := claimline(t, "", "extract", "--file", page, "--json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var doc struct {
		Article ingest.Article  `json:"article"`
		Claims  []extract.Claim `json:"claims"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Article.Published != "2011-05-08" || doc.Article.Source != "Frontier Wire" || strings.Contains(doc.Article.Text, "<") {
		t.Fatalf("article: published %q source %q text %q", doc.Article.Published, doc.Article.Source, doc.Article.Text)
	}
	var killed, wounded bool
	for _, c := range doc.Claims {
		if doc.Article.Text[c.Span.Start:c.Span.End] != c.Quote || strings.ContainsAny(c.Quote, "<>") {
			t.Errorf("claim %s: quote %q is not clean text at its span", c.ID, c.Quote)
		}
		if c.Count == nil || c.Count.Value == nil {
			continue
		}
		switch n := *c.Count.Value; {
		case c.Outcome == "killed" && n == 4:
			killed = true
		case c.Outcome == "wounded" && n == 9:
			wounded = true
		case n == 99:
			t.Errorf("a figure from the page's script: %+v", c)
		}
	}
	if !killed || !wounded {
		t.Errorf("want 4 killed and 9 wounded among %d claims:\n%s", len(doc.Claims), out)
	}
}

// TestExtractOfflineTable: without --json, extract --file prints the
// claims as a table, one row per claim, read from standard input with
// --file -.
func TestExtractOfflineTable(t *testing.T) {
	text := "Suicide bomber kills 14 in Mogadishu\n\nA suicide bomber killed at least 14 recruits and wounded 23 others in Mogadishu on Thursday, a police officer said."
	out, code := claimline(t, text, "extract", "--file", "-", "--published", "2021-08-12")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, out)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 4 || !strings.Contains(lines[0], "published 2021-08-12") || !strings.HasPrefix(lines[2], "KIND") {
		t.Fatalf("want a header line, a blank line and the column names, got:\n%s", out)
	}
	var atLeast, wounded bool
	for _, l := range lines[3:] {
		f := strings.Fields(l)
		if len(f) < 2 || f[0] != "casualty" {
			continue
		}
		atLeast = atLeast || f[1] == "killed" && strings.Contains(l, "at least 14") && strings.Contains(l, "2021-08-12") &&
			strings.Contains(l, "Mogadishu") && strings.Contains(l, "police officer") && strings.Contains(l, `"killed at least 14 recruits"`)
		wounded = wounded || f[1] == "wounded" && strings.Contains(l, " 23 ")
	}
	if !atLeast || !wounded {
		t.Errorf("want rows for at least 14 killed and 23 wounded, got:\n%s", out)
	}
}

func TestTailFollowsClaims(t *testing.T) {
	env := eventlogtest.Start(t, eventlog.StreamsConfig{})
	in := &ingest.Ingester{Bus: env.Bus}
	ctx := context.Background()
	if _, err := in.Ingest(ctx, ingest.Input{Name: "a", Raw: []byte("A car bomb killed nine soldiers and wounded 20 civilians in Mogadishu on Monday, police said."), Meta: ingest.Meta{Published: "2024-05-07"}}); err != nil {
		t.Fatal(err)
	}
	wctx, stop := context.WithCancel(ctx)
	defer stop()
	go func() { _ = (&extract.Worker{Bus: env.Connect("extract")}).Run(wctx) }()

	out := &lockedBuffer{}
	tctx, cancel := context.WithCancel(ctx)
	done := make(chan int, 1)
	go func() {
		done <- runMain(tctx, []string{"tail", "--nats", env.Server.ClientURL(), "--from-start", "claims.casualty.>"}, &cli{stdout: out, stderr: out})
	}()
	eventlogtest.Eventually(t, 15*time.Second, "two casualty claims tailed", func() bool {
		return strings.Count(out.String(), "\n") >= 2
	})
	cancel()
	if code := <-done; code != 0 {
		t.Fatalf("tail exited %d: %s", code, out.String())
	}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var ev struct {
			Stream  string            `json:"stream"`
			Subject string            `json:"subject"`
			Event   eventlog.Envelope `json:"event"`
		}
		if err := json.Unmarshal([]byte(line), &ev); err != nil {
			t.Fatalf("not a JSON line: %q", line)
		}
		if ev.Stream != eventlog.StreamClaims || !strings.HasPrefix(ev.Subject, "claims.casualty.") || ev.Event.Type != extract.EventTypeCasualty {
			t.Errorf("tailed %+v", ev)
		}
	}
	if _, code := claimline(t, "", "tail", "--nats", env.Server.ClientURL(), "nothing.here"); code != 2 {
		t.Errorf("a subject in no stream: exit %d, want 2", code)
	}
}

func TestBenchJSON(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a small benchmark")
	}
	out, code := claimline(t, "", "bench", "--articles", "20", "--e2e-seconds", "0.5", "--rate", "40", "--json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var res map[string]any
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"raw_publish_rate", "ingest_rate", "extract_rate", "raw_replay_rate", "replay_rate",
		"e2e_p50_ms", "e2e_p99_ms", "e2e_rebuild_mean_ms", "e2e_rebuild_p99_ms_at_most", "rss_mb", "model_bytes_per_claim"} {
		v, ok := res[key].(float64)
		if !ok || v <= 0 {
			t.Errorf("%s = %v, want a positive number", key, res[key])
		}
	}
	// Every offered article with claims is measured, however far the
	// worker lags behind ingest: 20 articles (40 a second for half a
	// second) of the synthetic corpus the latency phase uses.
	withClaims := 0
	for _, a := range seeds.Synthetic(20, 2) {
		art, err := ingest.Prepare(a.Text, ingest.Meta{Published: a.Published}, 0, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if len(extract.Extract(art)) > 0 {
			withClaims++
		}
	}
	if got, ok := res["e2e_articles"].(float64); !ok || int(got) != withClaims {
		t.Errorf("e2e_articles = %v, want %d", res["e2e_articles"], withClaims)
	}
	tg, ok := res["targets"].(map[string]any)
	if !ok {
		t.Fatalf("targets = %v, want an object", res["targets"])
	}
	for _, key := range []string{"ingest_ge_half_raw", "replay_ge_half_raw", "extract_2_workers_ge_ingest", "e2e_p99_under_100ms"} {
		if _, ok := tg[key].(bool); !ok {
			t.Errorf("targets.%s = %v, want true or false", key, tg[key])
		}
	}
	if _, code := claimline(t, "", "bench", "--articles", "3"); code != 2 {
		t.Errorf("--articles 3: exit %d, want 2", code)
	}
}
