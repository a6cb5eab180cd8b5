package ingest

import "github.com/prometheus/client_golang/prometheus"

// Metrics counts ingested articles by outcome. A nil *Metrics counts nothing.
type Metrics struct {
	articles *prometheus.CounterVec
}

// NewMetrics registers claimline_articles_total{status} with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{articles: prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "claimline_articles_total",
		Help: "Articles offered to ingest, by status (new, duplicate, rejected).",
	}, []string{"status"})}
	for _, s := range []string{StatusNew, StatusDuplicate, StatusRejected} {
		m.articles.WithLabelValues(s)
	}
	reg.MustRegister(m.articles)
	return m
}

func (m *Metrics) count(status string) {
	if m == nil {
		return
	}
	m.articles.WithLabelValues(status).Inc()
}
