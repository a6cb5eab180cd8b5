package project

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/claimline/claimline/extract"
)

// ErrInvalidSnapshot is returned by UnmarshalSnapshot for bytes that are not
// a snapshot of this version; the fold is unchanged then.
var ErrInvalidSnapshot = errors.New("project: invalid snapshot")

// snapshotVersion is bumped when the snapshot format changes.
const snapshotVersion = 1

type snapshot struct {
	Version     int               `json:"version"`
	ClaimsSeq   uint64            `json:"claims_seq"`
	ArticlesSeq uint64            `json:"articles_seq"`
	At          time.Time         `json:"at"`
	Articles    []snapshotArticle `json:"articles"`
}

type snapshotArticle struct {
	ID           string          `json:"id"`
	Seen         bool            `json:"seen,omitempty"`
	Source       string          `json:"source,omitempty"`
	Published    string          `json:"published,omitempty"`
	FixSource    string          `json:"fix_source,omitempty"`
	FixPublished string          `json:"fix_published,omitempty"`
	Retracted    bool            `json:"retracted,omitempty"`
	Extractor    string          `json:"extractor,omitempty"`
	Claims       []extract.Claim `json:"claims,omitempty"`
}

// MarshalSnapshot encodes the fold's whole state and stream positions, sorted
// by article id and span: the same state gives the same bytes.
func (f *Fold) MarshalSnapshot() ([]byte, error) {
	return f.snapshotState().marshal()
}

// snapshotState copies the fold's state, sorted by article id and span; it
// shares nothing the fold changes later, so it can be encoded while the fold
// goes on.
func (f *Fold) snapshotState() snapshot {
	s := snapshot{Version: snapshotVersion, ClaimsSeq: f.claimsSeq, ArticlesSeq: f.articlesSeq,
		At: f.at.UTC(), Articles: make([]snapshotArticle, 0, len(f.articles))}
	for id, a := range f.articles {
		claims := slices.Clone(a.claims)
		slices.SortFunc(claims, compareBySpan)
		s.Articles = append(s.Articles, snapshotArticle{ID: id, Seen: a.seen, Source: a.source,
			Published: a.published, FixSource: a.fixSource, FixPublished: a.fixPub,
			Retracted: a.retracted, Extractor: a.extractor, Claims: claims})
	}
	slices.SortFunc(s.Articles, func(x, y snapshotArticle) int { return strings.Compare(x.ID, y.ID) })
	return s
}

func (s snapshot) marshal() ([]byte, error) {
	b, err := json.Marshal(s)
	if err != nil {
		return nil, fmt.Errorf("project: snapshot: %w", err)
	}
	return b, nil
}

// UnmarshalSnapshot replaces the fold's state with a snapshot made by
// MarshalSnapshot. It returns ErrInvalidSnapshot (wrapped) when the bytes
// are not a valid snapshot, leaving the fold unchanged. Resolve is kept.
func (f *Fold) UnmarshalSnapshot(b []byte) error {
	var s snapshot
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("%w: %v", ErrInvalidSnapshot, err)
	}
	if s.Version != snapshotVersion {
		return fmt.Errorf("%w: version %d, want %d", ErrInvalidSnapshot, s.Version, snapshotVersion)
	}
	articles := make(map[string]*articleState, len(s.Articles))
	ids := make(map[string]struct{})
	for _, sa := range s.Articles {
		if sa.ID == "" {
			return fmt.Errorf("%w: article without id", ErrInvalidSnapshot)
		}
		if _, dup := articles[sa.ID]; dup {
			return fmt.Errorf("%w: article %s twice", ErrInvalidSnapshot, sa.ID)
		}
		a := &articleState{id: sa.ID, seen: sa.Seen, source: sa.Source, published: sa.Published,
			fixSource: sa.FixSource, fixPub: sa.FixPublished, retracted: sa.Retracted,
			extractor: sa.Extractor, version: parseVersion(sa.Extractor), claims: sa.Claims}
		for _, c := range sa.Claims {
			if err := ValidateClaim(c); err != nil {
				return fmt.Errorf("%w: %v", ErrInvalidSnapshot, err)
			}
			if c.ArticleID != sa.ID || c.Extractor != sa.Extractor {
				return fmt.Errorf("%w: claim %s filed under the wrong article or extractor", ErrInvalidSnapshot, c.ID)
			}
			if _, dup := ids[c.ID]; dup {
				return fmt.Errorf("%w: claim %s twice", ErrInvalidSnapshot, c.ID)
			}
			ids[c.ID] = struct{}{}
		}
		articles[sa.ID] = a
	}
	for _, a := range articles {
		f.touch(a)
	}
	f.articles, f.claimIDs = articles, ids
	f.inc = nil
	f.claimsSeq, f.articlesSeq, f.at = s.ClaimsSeq, s.ArticlesSeq, s.At
	return nil
}
