package extract

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/uuid"
)

// TestClaimIDIsNameBased checks ClaimID against the UUIDv5 of its key as
// the uuid package computes it, for short and long keys.
func TestClaimIDIsNameBased(t *testing.T) {
	for _, tc := range []struct {
		article string
		span    Span
	}{
		{"a1", Span{0, 1}},
		{"trtworld-2020-02-06", Span{1234, 5678}},
		{strings.Repeat("long-article-id/", 20), Span{99999, 100000}},
		{"", Span{}},
	} {
		for _, kind := range []string{KindCasualty, KindEvent} {
			key := tc.article + "\x00" + ExtractorID() + "\x00" + kind + "\x00" +
				strconv.Itoa(tc.span.Start) + "-" + strconv.Itoa(tc.span.End)
			want := uuid.NewSHA1(claimNamespace, []byte(key)).String()
			if got := ClaimID(tc.article, ExtractorID(), kind, tc.span); got != want {
				t.Errorf("ClaimID(%q, %s, %v) = %s, want %s", tc.article, kind, tc.span, got, want)
			}
		}
	}
}
