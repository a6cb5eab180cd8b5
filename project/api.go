package project

import (
	"context"
	"embed"
	"encoding/json"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/claimline/claimline/ingest"
)

//go:embed web/index.html
var web embed.FS

// API is claimline's read-only HTTP interface: articles, claims, the two
// read models, health, readiness, Prometheus metrics and the web page.
type API struct {
	// Articles lists and looks up ingested articles.
	Articles *ingest.Catalog
	// Ready reports nil once the service can answer (streams exist, seeds
	// are in); nil means always ready.
	Ready func(ctx context.Context) error
	// Gatherer serves /metrics; nil serves the default registry.
	Gatherer prometheus.Gatherer
	// Models serves the read models and claims; nil answers 503 for them.
	Models ModelSource
}

// ModelSource is what the API needs from a projector: the current models
// and the claims they were built from.
type ModelSource interface {
	TimelineJSON() ([]byte, error)
	CasualtiesJSON() ([]byte, error)
	ClaimsJSON(kind, article string) ([]byte, error)
}

// Handler returns the HTTP handler.
func (a *API) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", a.readyz)
	mux.HandleFunc("GET /api/articles", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]any{"articles": a.Articles.List()})
	})
	mux.HandleFunc("GET /api/articles/{id}", func(w http.ResponseWriter, r *http.Request) {
		e, art, ok := a.Articles.Get(r.PathValue("id"))
		if !ok {
			writeJSON(w, http.StatusNotFound, map[string]string{"error": "no such article"})
			return
		}
		writeJSON(w, http.StatusOK, struct {
			ingest.Entry
			Text string `json:"text"`
		}{e, art.Text})
	})
	mux.HandleFunc("GET /api/timeline", a.model(func(m ModelSource) ([]byte, error) { return m.TimelineJSON() }))
	mux.HandleFunc("GET /api/casualties", a.model(func(m ModelSource) ([]byte, error) { return m.CasualtiesJSON() }))
	mux.HandleFunc("GET /api/claims", a.claims)
	g := a.Gatherer
	if g == nil {
		g = prometheus.DefaultGatherer
	}
	mux.Handle("GET /metrics", promhttp.HandlerFor(g, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		page, _ := web.ReadFile("web/index.html")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(page)
	})
	return mux
}

func (a *API) readyz(w http.ResponseWriter, r *http.Request) {
	if a.Ready != nil {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := a.Ready(ctx); err != nil {
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "not ready", "reason": err.Error()})
			return
		}
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
}

func (a *API) claims(w http.ResponseWriter, r *http.Request) {
	if a.Models == nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"error": "no projector in this process"})
		return
	}
	body, err := a.Models.ClaimsJSON(r.URL.Query().Get("kind"), r.URL.Query().Get("article"))
	writeRaw(w, body, err)
}

func (a *API) model(get func(ModelSource) ([]byte, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if a.Models == nil {
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"error": "no projector in this process"})
			return
		}
		body, err := get(a.Models)
		writeRaw(w, body, err)
	}
}

func writeRaw(w http.ResponseWriter, body []byte, err error) {
	if err != nil {
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": err.Error()})
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(body)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}
