package ingest

import (
	"context"
	"encoding/json"
	"sort"
	"sync"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/claimline/claimline/eventlog"
)

// Entry is an article as listed by the catalog: its current metadata
// (corrections applied), without the text.
type Entry struct {
	ID         string `json:"id"`
	Source     string `json:"source"`
	Published  string `json:"published"`
	URL        string `json:"url,omitempty"`
	Title      string `json:"title"`
	IngestedAt string `json:"ingested_at"`
	Seq        uint64 `json:"seq"`
	Retracted  bool   `json:"retracted,omitempty"`
	Bytes      int    `json:"bytes"`
}

// Catalog is a live, in-memory index of the ARTICLES stream, for listing and
// looking up articles. It is derived: Run rebuilds it from the stream.
type Catalog struct {
	mu       sync.RWMutex
	entries  []*Entry
	byID     map[string]*Entry
	articles map[string]Article
	lastSeq  uint64
}

// NewCatalog returns an empty catalog.
func NewCatalog() *Catalog {
	return &Catalog{byID: map[string]*Entry{}, articles: map[string]Article{}}
}

// Run follows the ARTICLES stream from the start until ctx is done.
func (c *Catalog) Run(ctx context.Context, bus *eventlog.Bus) error {
	return bus.Follow(ctx, eventlog.StreamArticles, eventlog.ReadOptions{}, func(m jetstream.Msg) error {
		c.Apply(m)
		return nil
	})
}

// Apply folds one ARTICLES message into the catalog; messages it cannot
// read are skipped.
func (c *Catalog) Apply(m jetstream.Msg) {
	md, err := m.Metadata()
	if err != nil {
		return
	}
	env, err := eventlog.DecodeEnvelope(m.Data())
	if err != nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.lastSeq = md.Sequence.Stream
	switch env.Type {
	case EventTypeIngested:
		a, err := DecodeArticle(env)
		if err != nil || c.byID[a.ID] != nil {
			return
		}
		e := &Entry{ID: a.ID, Source: a.Source, Published: a.Published, URL: a.URL, Title: a.Title,
			IngestedAt: a.IngestedAt.UTC().Format("2006-01-02T15:04:05.000Z07:00"), Seq: md.Sequence.Stream, Bytes: len(a.Text)}
		c.entries = append(c.entries, e)
		c.byID[a.ID] = e
		c.articles[a.ID] = a
	case EventTypeCorrected:
		var cr Correction
		if json.Unmarshal(env.Data, &cr) != nil {
			return
		}
		if e := c.byID[cr.ArticleID]; e != nil {
			a := c.articles[cr.ArticleID]
			if cr.Published != "" {
				e.Published, a.Published = cr.Published, cr.Published
			}
			if cr.Source != "" {
				e.Source, a.Source = cr.Source, cr.Source
			}
			c.articles[cr.ArticleID] = a
		}
	case EventTypeRetracted:
		var r Retraction
		if json.Unmarshal(env.Data, &r) != nil {
			return
		}
		if e := c.byID[r.ArticleID]; e != nil {
			e.Retracted = true
		}
	}
}

// Register exposes claimline_articles_stored{state} — articles in the
// ARTICLES stream, whoever ingested them, by state (active, retracted) —
// with reg.
func (c *Catalog) Register(reg prometheus.Registerer) {
	for _, state := range []string{"active", "retracted"} {
		retracted := state == "retracted"
		reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name:        "claimline_articles_stored",
			Help:        "Articles in the ARTICLES stream, by state (active, retracted).",
			ConstLabels: prometheus.Labels{"state": state},
		}, func() float64 {
			c.mu.RLock()
			defer c.mu.RUnlock()
			n := 0
			for _, e := range c.entries {
				if e.Retracted == retracted {
					n++
				}
			}
			return float64(n)
		}))
	}
}

// List returns the articles in stream order.
func (c *Catalog) List() []Entry {
	c.mu.RLock()
	defer c.mu.RUnlock()
	out := make([]Entry, len(c.entries))
	for i, e := range c.entries {
		out[i] = *e
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Seq < out[j].Seq })
	return out
}

// Get returns an article with its text and current metadata.
func (c *Catalog) Get(id string) (Entry, Article, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	e, ok := c.byID[id]
	if !ok {
		return Entry{}, Article{}, false
	}
	return *e, c.articles[id], true
}

// LastSeq is the last ARTICLES sequence the catalog has applied.
func (c *Catalog) LastSeq() uint64 {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.lastSeq
}
