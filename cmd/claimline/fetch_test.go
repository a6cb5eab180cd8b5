package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/eventlog/eventlogtest"
	"github.com/claimline/claimline/ingest"
)

// TestIngestURLs fetches article pages over HTTP: a Latin-1 page through a
// redirect, a plain text page, and three that are rejected (a 404, a PDF,
// a page over --max-bytes) with the rest still ingested.
func TestIngestURLs(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/2021/05/story.html", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/2021/05/story.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		// "Bogotá" in Latin-1: á is the single byte 0xE1.
		w.Write([]byte("<!DOCTYPE html><html><head><meta property=\"og:site_name\" content=\"El Diario\"></head><body><article>" +
			"<h1>Bomb kills six in Bogot\xe1</h1><p>A car bomb killed six people in Bogot\xe1 on Friday, police said.</p></article></body></html>"))
	})
	mux.HandleFunc("/wire.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("Gunmen killed three villagers near Maiduguri on Sunday, residents said.\n"))
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.4"))
	})
	mux.HandleFunc("/big.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(strings.Repeat("Shelling continued overnight. ", 100)))
	})
	web := httptest.NewServer(mux)
	defer web.Close()
	env := eventlogtest.Start(t, eventlog.StreamsConfig{})

	out, code := claimline(t, "", "ingest", "--nats", env.Server.ClientURL(), "--json", "--max-bytes", "1000",
		web.URL+"/story", web.URL+"/wire.txt", web.URL+"/missing", web.URL+"/report.pdf", web.URL+"/big.txt")
	if code == 0 {
		t.Errorf("exit 0 with rejected inputs:\n%s", out)
	}
	want := []struct{ status, reason string }{
		{ingest.StatusNew, ""}, {ingest.StatusNew, ""},
		{ingest.StatusRejected, "HTTP 404"}, {ingest.StatusRejected, "application/pdf"}, {ingest.StatusRejected, "over the size limit"},
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(want), out)
	}
	var ids []string
	for i, line := range lines {
		var res ingest.Result
		if err := json.Unmarshal([]byte(line), &res); err != nil {
			t.Fatal(err)
		}
		if res.Status != want[i].status || !strings.Contains(res.Reason, want[i].reason) {
			t.Errorf("input %d: %+v, want %s %q", i, res, want[i].status, want[i].reason)
		}
		ids = append(ids, res.ID)
	}
	if got := env.State(t, eventlog.StreamArticles).Msgs; got != 2 {
		t.Fatalf("%d articles stored, want 2", got)
	}
	stream, err := env.Bus.JS.Stream(context.Background(), eventlog.StreamArticles)
	if err != nil {
		t.Fatal(err)
	}
	msg, err := stream.GetLastMsgForSubject(context.Background(), "articles.ingested."+ids[0])
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
	// The same page previewed offline.
	out, code = claimline(t, "", "extract", "--file", web.URL+"/story", "--json")
	if code != 0 || !strings.Contains(out, `"url": "`+web.URL+`/2021/05/story.html"`) || !strings.Contains(out, `"quote": "A car bomb killed six people`) {
		t.Errorf("extract --file URL: exit %d\n%s", code, out)
	}
	if _, code := claimline(t, "", "extract", "--file", web.URL+"/missing"); code == 0 {
		t.Error("extract --file of a 404 exited 0")
	}
	if a.URL != web.URL+"/2021/05/story.html" || a.Source != "El Diario" ||
		a.Text != "Bomb kills six in Bogotá\n\nA car bomb killed six people in Bogotá on Friday, police said." {
		t.Errorf("stored article: url %q source %q text %q", a.URL, a.Source, a.Text)
	}
}
