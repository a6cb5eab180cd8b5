package extract

import (
	"time"

	fastjson "github.com/goccy/go-json"

	"github.com/claimline/claimline/ingest"
)

// articleEvent is an articles.ingested event as the worker reads it: the
// article without its raw text, which Extract does not read and which is
// as long as the text.
type articleEvent struct {
	// The fields of eventlog.Envelope, so that values of the wrong kind
	// are refused as the plain decoder refuses them.
	SpecVersion     string    `json:"specversion"`
	ID              string    `json:"id"`
	Source          string    `json:"source"`
	Type            string    `json:"type"`
	Time            time.Time `json:"time"`
	Subject         string    `json:"subject"`
	DataContentType string    `json:"datacontenttype"`
	DataSchema      string    `json:"dataschema"`
	Data            *struct {
		ID         string    `json:"id"`
		Source     string    `json:"source"`
		Published  string    `json:"published"`
		URL        string    `json:"url"`
		Title      string    `json:"title"`
		Text       string    `json:"text"`
		SHA256     string    `json:"sha256"`
		IngestedAt time.Time `json:"ingested_at"`
	} `json:"data"`
}

// decodeArticleEvent reads the body of an articles.ingested event in one
// pass with the faster decoder replay uses, as eventlog.DecodeEnvelope and
// then ingest.DecodeArticle read it, except that it leaves Raw empty. ok is
// false when the body is not such an event; the caller then decodes it the
// plain way, which gives the error.
func decodeArticleEvent(body []byte) (a ingest.Article, ok bool) {
	var e articleEvent
	if fastjson.Unmarshal(body, &e) != nil || e.SpecVersion == "" || e.ID == "" || e.Type != ingest.EventTypeIngested ||
		e.Data == nil || e.Data.ID == "" || e.Data.Text == "" {
		return a, false
	}
	d := e.Data
	return ingest.Article{ID: d.ID, Source: d.Source, Published: d.Published, URL: d.URL, Title: d.Title,
		Text: d.Text, SHA256: d.SHA256, IngestedAt: d.IngestedAt}, true
}
