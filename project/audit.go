package project

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
)

// ErrNoLiveModels is returned by Audit when no projector has stored a
// snapshot yet.
var ErrNoLiveModels = errors.New("project: no live models: no projector has stored a snapshot yet (projectors store one every 2 s; try again)")

// AuditReport is what Audit found.
type AuditReport struct {
	// AsOf is the position of the live models that were checked.
	AsOf AsOf `json:"as_of"`
	// Live and Replayed are the digests of the live models and of a fresh
	// replay of the streams up to the same position.
	LiveCasualties     string `json:"live_casualties"`
	ReplayedCasualties string `json:"replayed_casualties"`
	LiveTimeline       string `json:"live_timeline"`
	ReplayedTimeline   string `json:"replayed_timeline"`
	// Claims is the number of claims whose quote was checked.
	Claims int `json:"claims"`
	// Problems lists every claim whose quote is not found at its span, and
	// every claim whose article is missing.
	Problems []string `json:"problems"`
}

// OK reports whether the audit found nothing wrong.
func (r AuditReport) OK() bool {
	return len(r.Problems) == 0 && r.LiveCasualties == r.ReplayedCasualties && r.LiveTimeline == r.ReplayedTimeline
}

// Audit checks that the live models (the projector's latest snapshot) equal
// a fresh replay of the streams up to the same position, and that every
// claim's quote is its article's normalised text at its span. It returns
// ErrNoLiveModels when there is no snapshot.
func Audit(ctx context.Context, bus *eventlog.Bus) (AuditReport, error) {
	var rep AuditReport
	kv, err := bus.JS.KeyValue(ctx, eventlog.BucketModels)
	if err != nil {
		return rep, fmt.Errorf("project: models bucket: %w", err)
	}
	e, err := kv.Get(ctx, SnapshotKey)
	if errors.Is(err, jetstream.ErrKeyNotFound) {
		return rep, ErrNoLiveModels
	}
	if err != nil {
		return rep, fmt.Errorf("project: snapshot: %w", err)
	}
	doc, state, err := decodeSnapshot(e.Value())
	if err != nil {
		return rep, err
	}
	live := NewFold()
	if err := live.UnmarshalSnapshot(state); err != nil {
		return rep, err
	}
	liveCas, liveTl := live.Build()
	rep.AsOf = liveCas.AsOf
	rep.LiveCasualties, rep.LiveTimeline = liveCas.Digest, liveTl.Digest
	if doc.CasualtiesDigest != "" && doc.CasualtiesDigest != liveCas.Digest {
		rep.Problems = append(rep.Problems, fmt.Sprintf("snapshot records casualties digest %s but its state builds %s", doc.CasualtiesDigest, liveCas.Digest))
	}
	replayed, _, err := Replay(ctx, bus, ReplayOptions{ArticlesSeq: rep.AsOf.ArticlesSeq, ClaimsSeq: rep.AsOf.ClaimsSeq})
	if err != nil {
		return rep, err
	}
	cas, tl := replayed.Build()
	rep.ReplayedCasualties, rep.ReplayedTimeline = cas.Digest, tl.Digest

	problems, n, err := CheckQuotes(ctx, bus)
	if err != nil {
		return rep, err
	}
	rep.Claims = n
	rep.Problems = append(rep.Problems, problems...)
	return rep, nil
}

// CheckQuotes reads every article and every claim and reports each claim
// whose quote is not its article's text at its span. It returns the
// problems and the number of claims checked.
func CheckQuotes(ctx context.Context, bus *eventlog.Bus) ([]string, int, error) {
	texts := map[string]string{}
	err := bus.ReadAll(ctx, eventlog.StreamArticles, eventlog.ReadOptions{Subjects: []string{"articles.ingested.>"}},
		func(m jetstream.Msg) error {
			env, err := eventlog.DecodeEnvelope(m.Data())
			if err != nil {
				return nil
			}
			if a, err := ingest.DecodeArticle(env); err == nil {
				texts[a.ID] = a.Text
			}
			return nil
		})
	if err != nil {
		return nil, 0, err
	}
	var problems []string
	n := 0
	err = bus.ReadAll(ctx, eventlog.StreamClaims, eventlog.ReadOptions{}, func(m jetstream.Msg) error {
		env, err := eventlog.DecodeEnvelope(m.Data())
		if err != nil {
			return nil // parked by the projector; not a claim
		}
		var c extract.Claim
		if json.Unmarshal(env.Data, &c) != nil || c.ID == "" {
			return nil
		}
		n++
		text, ok := texts[c.ArticleID]
		switch {
		case !ok:
			problems = append(problems, fmt.Sprintf("claim %s: article %s not found", c.ID, c.ArticleID))
		case c.Span.Start < 0 || c.Span.End > len(text) || c.Span.Start > c.Span.End:
			problems = append(problems, fmt.Sprintf("claim %s: span %d-%d outside article %s (%d bytes)", c.ID, c.Span.Start, c.Span.End, c.ArticleID, len(text)))
		case text[c.Span.Start:c.Span.End] != c.Quote:
			problems = append(problems, fmt.Sprintf("claim %s: quote %q is not the text at span %d-%d", c.ID, c.Quote, c.Span.Start, c.Span.End))
		}
		return nil
	})
	return problems, n, err
}
