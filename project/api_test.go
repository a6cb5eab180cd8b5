package project_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/claimline/claimline/eventlog/eventlogtest"
	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
	"github.com/claimline/claimline/project"
)

func TestAPI(t *testing.T) {
	p := startPipeline(t)
	pr, _ := p.runProjector(t, "project")
	ids := p.ingestSeeds(t)
	p.settled(t, pr)
	cat := ingest.NewCatalog()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { _ = cat.Run(ctx, p.env.Bus) }()
	reg := prometheus.NewRegistry()
	cat.Register(reg)
	srv := httptest.NewServer((&project.API{Articles: cat, Models: pr, Gatherer: reg, Ready: p.env.Bus.Ready}).Handler())
	defer srv.Close()

	get := func(path string, wantStatus int) []byte {
		t.Helper()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != wantStatus {
			t.Fatalf("GET %s = %d, want %d: %s", path, resp.StatusCode, wantStatus, b)
		}
		return b
	}
	cas, tl := pr.Models()
	var doc struct {
		Digest string `json:"digest"`
	}
	if err := json.Unmarshal(get("/api/casualties", 200), &doc); err != nil || doc.Digest != cas.Digest {
		t.Errorf("/api/casualties digest %q (%v), want %q", doc.Digest, err, cas.Digest)
	}
	if err := json.Unmarshal(get("/api/timeline", 200), &doc); err != nil || doc.Digest != tl.Digest {
		t.Errorf("/api/timeline digest %q (%v), want %q", doc.Digest, err, tl.Digest)
	}
	var claims struct {
		Claims []extract.Claim `json:"claims"`
	}
	if err := json.Unmarshal(get("/api/claims?kind=casualty&article="+ids["004"], 200), &claims); err != nil || len(claims.Claims) == 0 {
		t.Fatalf("/api/claims: %d claims, %v", len(claims.Claims), err)
	}
	for _, c := range claims.Claims {
		if c.Kind != extract.KindCasualty || c.ArticleID != ids["004"] {
			t.Errorf("/api/claims filter let through %s claim of %s", c.Kind, c.ArticleID)
		}
	}
	get("/healthz", 200)
	get("/readyz", 200)
	get("/api/articles/no-such-id", 404)
	eventlogtest.Eventually(t, 10*time.Second, "catalog to list 5 articles", func() bool { return len(cat.List()) == 5 })
	var list struct {
		Articles []ingest.Entry `json:"articles"`
	}
	if err := json.Unmarshal(get("/api/articles", 200), &list); err != nil || len(list.Articles) != 5 {
		t.Fatalf("/api/articles: %d articles, %v", len(list.Articles), err)
	}
	var one struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	}
	if err := json.Unmarshal(get("/api/articles/"+ids["000"], 200), &one); err != nil || one.ID != ids["000"] || !strings.Contains(one.Text, "Taftanaz") {
		t.Errorf("/api/articles/{id} = %+v, %v", one.ID, err)
	}
	if m := string(get("/metrics", 200)); !strings.Contains(m, `claimline_articles_stored{state="active"} 5`) {
		t.Errorf("/metrics lacks the stored article count:\n%s", m)
	}
	if page := string(get("/", 200)); !strings.Contains(page, "/api/casualties") {
		t.Error("/ does not serve the web page")
	}
}
