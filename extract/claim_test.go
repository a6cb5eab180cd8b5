package extract

import (
	"encoding/json"
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

// jsonStringSamples are strings JSON escapes in every way.
var jsonStringSamples = []string{"", "plain", `a "quoted" <b> & \ back`, "tab\tnew\nline\rx\bx\fx\x01\x1f\x7f",
	"bad \xff utf-8 \xe2\x80", "line\u2028sep\u2029", "naïve – “curly” ’", "emoji 🙂"}

// TestAppendClaimJSON checks appendClaimJSON against json.Marshal on
// claims with every optional part set or not.
func TestAppendClaimJSON(t *testing.T) {
	v, s := 7, "2020-02-06"
	for i, str := range jsonStringSamples {
		c := Claim{ID: str, ArticleID: str, Extractor: ExtractorID(), Kind: KindCasualty, Span: Span{i, -i},
			Quote: str, AttributedTo: str, Statement: -i}
		for mask := 0; mask < 1<<8; mask++ {
			c.Date = Date{Precision: str, Expression: str}
			c.Location, c.Count, c.Victims, c.Actor, c.Target = nil, nil, nil, nil, nil
			c.Outcome, c.Scope, c.Action = "", "", ""
			if mask&1 != 0 {
				c.Date = Date{Start: &s, End: &str, Precision: PrecisionDay, Expression: str, Weekday: str}
			}
			if mask&2 != 0 {
				c.Location = &Place{Text: str, Name: str, Region: str}
			}
			if mask&4 != 0 {
				c.Count = &Count{Value: &v, Qualifier: str}
				c.Outcome, c.Scope = str, str
			}
			if mask&8 != 0 {
				c.Count = &Count{Qualifier: str}
			}
			if mask&16 != 0 {
				c.Victims = &Group{Text: str, Side: str}
			}
			if mask&32 != 0 {
				c.Action = str
			}
			if mask&64 != 0 {
				c.Actor = &Party{Text: str, Name: str}
			}
			if mask&128 != 0 {
				c.Target = &Party{Text: str, Name: "target"}
			}
			want, err := json.Marshal(c)
			if err != nil {
				t.Fatal(err)
			}
			if got := appendClaimJSON(nil, &c); string(got) != string(want) {
				t.Fatalf("appendClaimJSON:\n got %s\nwant %s", got, want)
			}
		}
	}
}

func FuzzAppendJSONString(f *testing.F) {
	for _, s := range jsonStringSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	})
}
