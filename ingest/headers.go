package ingest

import (
	"strings"

	"github.com/nats-io/nats.go"

	"github.com/claimline/claimline/eventlog"
)

// Headers of article events that repeat what a reader of the log needs of
// them besides the text (the article id, its outlet and its publication
// date), so that the projector can read the ARTICLES stream headers-only
// instead of every article's text, twice.
const (
	// HeaderArticleID names the article; its presence says the other
	// headers are complete (absent means empty).
	HeaderArticleID = "Claimline-Article-Id"
	HeaderSource    = "Claimline-Source"
	HeaderPublished = "Claimline-Published"
)

// EventMeta is what an article event's headers say of it: its CloudEvents
// type, the article, and the outlet and publication date it gives (empty
// when it gives none).
type EventMeta struct {
	Type      string
	ArticleID string
	Source    string
	Published string
}

// setMeta sets the metadata headers of an article event. It leaves them out
// when a value cannot travel in a header (a line break), and the event is
// then read from its body.
func setMeta(m *nats.Msg, articleID, source, published string) {
	for _, v := range [...]string{articleID, source, published} {
		if strings.ContainsAny(v, "\r\n") {
			return
		}
	}
	if source != "" {
		m.Header.Set(HeaderSource, source)
	}
	if published != "" {
		m.Header.Set(HeaderPublished, published)
	}
	m.Header.Set(HeaderArticleID, articleID)
}

// MetaFromHeaders returns what the headers of an article event say of it,
// and false when they do not say it all (an event stored before the
// headers were written, or one whose values could not travel in headers):
// its body must be read then.
func MetaFromHeaders(h nats.Header) (EventMeta, bool) {
	id := h.Get(HeaderArticleID)
	typ := h.Get(eventlog.HeaderType)
	if id == "" || typ == "" {
		return EventMeta{}, false
	}
	return EventMeta{Type: typ, ArticleID: id, Source: h.Get(HeaderSource), Published: h.Get(HeaderPublished)}, true
}
