package project

import (
	"slices"

	"github.com/claimline/claimline/extract"
)

// Claims returns the claims the models are built from — each article's
// newest extractor version, retracted articles left out — sorted by article
// id and span. kind and article, when not empty, filter them.
func (f *Fold) Claims(kind, article string) []extract.Claim {
	var out []extract.Claim
	for id, a := range f.articles {
		if a.retracted || (article != "" && id != article) {
			continue
		}
		for _, c := range a.claims {
			if kind == "" || c.Kind == kind {
				out = append(out, c)
			}
		}
	}
	slices.SortFunc(out, func(x, y extract.Claim) int {
		if x.ArticleID != y.ArticleID {
			if x.ArticleID < y.ArticleID {
				return -1
			}
			return 1
		}
		if x.Span.Start != y.Span.Start {
			return x.Span.Start - y.Span.Start
		}
		return x.Span.End - y.Span.End
	})
	return out
}
