package eventlog

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Stream names and subjects of the public contract.
const (
	StreamArticles    = "ARTICLES"
	StreamClaims      = "CLAIMS"
	StreamProjections = "PROJECTIONS"

	SubjectArticles    = "articles.>"
	SubjectClaims      = "claims.>"
	SubjectProjections = "projections.>"

	// SubjectDeadLetter is where a worker parks an event it cannot apply.
	// It lives in the PROJECTIONS stream (bounded) so parked events can be
	// inspected with `claimline tail`.
	SubjectDeadLetter = "projections.deadletter"

	// BucketModels is the KV bucket holding read-model snapshots.
	BucketModels = "claimline-models"
)

// Subject helpers for article events.
func ArticleIngestedSubject(id string) string  { return "articles.ingested." + id }
func ArticleCorrectedSubject(id string) string { return "articles.corrected." + id }
func ArticleRetractedSubject(id string) string { return "articles.retracted." + id }

// ErrStreamConflict is returned by EnsureStreams when an existing stream
// cannot be updated to the declared configuration without losing data.
var ErrStreamConflict = errors.New("eventlog: existing stream conflicts with declared configuration")

// StreamsConfig tunes the declared streams. The zero value gives one replica,
// a 10-minute duplicate window and a 1 GiB / 7-day bound on PROJECTIONS.
type StreamsConfig struct {
	// Replicas is the replica count of every stream (1 on a single server,
	// 3 on a cluster).
	Replicas int
	// DuplicateWindow is how long Nats-Msg-Id deduplication remembers an id.
	// Article duplicates are detected forever regardless (expected last
	// subject sequence); claim ids use it to absorb redelivery.
	DuplicateWindow time.Duration
	// ProjectionsMaxAge bounds the PROJECTIONS stream.
	ProjectionsMaxAge time.Duration
}

func (c StreamsConfig) withDefaults() StreamsConfig {
	if c.Replicas <= 0 {
		c.Replicas = 1
	}
	if c.DuplicateWindow <= 0 {
		c.DuplicateWindow = 10 * time.Minute
	}
	if c.ProjectionsMaxAge <= 0 {
		c.ProjectionsMaxAge = 7 * 24 * time.Hour
	}
	return c
}

// StreamConfigs returns the declared configurations of the three streams.
func StreamConfigs(cfg StreamsConfig) []jetstream.StreamConfig {
	cfg = cfg.withDefaults()
	return []jetstream.StreamConfig{
		{
			Name:               StreamArticles,
			Description:        "claimline articles: ingested, corrected, retracted (source of truth)",
			Subjects:           []string{SubjectArticles},
			Retention:          jetstream.LimitsPolicy,
			Storage:            jetstream.FileStorage,
			Replicas:           cfg.Replicas,
			Duplicates:         cfg.DuplicateWindow,
			DenyDelete:         true,
			DenyPurge:          true,
			AllowAtomicPublish: true,
			MaxMsgSize:         4 << 20,
		},
		{
			Name:               StreamClaims,
			Description:        "claimline extracted claims (source of truth)",
			Subjects:           []string{SubjectClaims},
			Retention:          jetstream.LimitsPolicy,
			Storage:            jetstream.FileStorage,
			Replicas:           cfg.Replicas,
			Duplicates:         cfg.DuplicateWindow,
			DenyDelete:         true,
			DenyPurge:          true,
			AllowAtomicPublish: true,
		},
		{
			Name:        StreamProjections,
			Description: "claimline read-model changes, for live views (bounded)",
			Subjects:    []string{SubjectProjections},
			Retention:   jetstream.LimitsPolicy,
			Storage:     jetstream.FileStorage,
			Replicas:    cfg.Replicas,
			MaxAge:      cfg.ProjectionsMaxAge,
			MaxBytes:    1 << 30,
			Discard:     jetstream.DiscardOld,
		},
	}
}

// EnsureStreams creates the streams and the models KV bucket, or updates
// them in place when they exist. It never deletes or purges anything. It
// returns ErrStreamConflict (wrapped) when an existing stream cannot take
// the declared configuration.
func EnsureStreams(ctx context.Context, js jetstream.JetStream, cfg StreamsConfig) error {
	for _, sc := range StreamConfigs(cfg) {
		if _, err := js.CreateOrUpdateStream(ctx, sc); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrStreamConflict, sc.Name, err)
		}
	}
	cfg = cfg.withDefaults()
	_, err := js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket:       BucketModels,
		Description:  "claimline read-model snapshots (derived; safe to delete)",
		History:      1,
		Storage:      jetstream.FileStorage,
		Replicas:     cfg.Replicas,
		MaxValueSize: 64 << 20,
	})
	if err != nil {
		return fmt.Errorf("eventlog: models bucket: %w", err)
	}
	return nil
}
