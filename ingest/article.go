package ingest

import (
	"time"
)

// EventType* are the versioned CloudEvents types of article events.
const (
	EventTypeIngested  = "claimline.article.ingested.v1"
	EventTypeCorrected = "claimline.article.corrected.v1"
	EventTypeRetracted = "claimline.article.retracted.v1"
)

// Article is the data of an article event: the normalised text every claim
// span points into, the raw text as received, and its metadata.
type Article struct {
	// ID is a UUIDv5 of the SHA-256 of Text: the same text is the same
	// article forever.
	ID string `json:"id"`
	// Source is the outlet ("TRT World", "CGTN"), empty when unknown.
	Source string `json:"source"`
	// Published is the publication date as YYYY-MM-DD, empty when unknown.
	Published string `json:"published"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title"`
	// Text is the normalised text: UTF-8 NFC, LF line ends, no trailing
	// spaces, no runs of blank lines.
	Text string `json:"text"`
	// Raw is the text exactly as received.
	Raw        string    `json:"raw"`
	SHA256     string    `json:"sha256"`
	IngestedAt time.Time `json:"ingested_at"`
}

// Correction is the data of an articles.corrected event: metadata that
// replaces what the article was ingested with. Empty fields are unchanged.
type Correction struct {
	ArticleID string    `json:"article_id"`
	Published string    `json:"published,omitempty"`
	Source    string    `json:"source,omitempty"`
	Reason    string    `json:"reason,omitempty"`
	At        time.Time `json:"at"`
}

// Retraction is the data of an articles.retracted event: the article and
// every claim drawn from it leave the read models.
type Retraction struct {
	ArticleID string    `json:"article_id"`
	Reason    string    `json:"reason"`
	At        time.Time `json:"at"`
}
