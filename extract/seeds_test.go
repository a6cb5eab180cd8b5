package extract

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/claimline/claimline/ingest"
)

// casualtySeeds are the five seed articles with the publication dates an
// operator supplies (001 has none).
var casualtySeeds = []struct {
	file, published string
}{
	{"000_53aa906474a10956.txt", "2020-02-06"},
	{"001_1d90e7d49ab8cf35.txt", ""},
	{"002_090baead81c8eaed.txt", "2020-02-07"},
	{"003_cd7b9de5fab0b34e.txt", "2020-02-07"},
	{"004_c975eb129dbd47db.txt", "2020-03-01"},
}

// normaliseForTest does what ingest normalisation is documented to do to
// line ends and trailing spaces; Extract must not rely on more.
func normaliseForTest(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.Join(lines, "\n")
}

func casualtySeed(t testing.TB, file, published string) ingest.Article {
	t.Helper()
	b, err := os.ReadFile("../seeds/" + file)
	if err != nil {
		t.Fatal(err)
	}
	return ingest.Article{ID: "seed-" + file[:3], Text: normaliseForTest(string(b)), Published: published}
}

func casualtySeedClaims(t *testing.T, prefix string) []Claim {
	t.Helper()
	for _, s := range casualtySeeds {
		if strings.HasPrefix(s.file, prefix) {
			return Extract(casualtySeed(t, s.file, s.published))
		}
	}
	t.Fatalf("no seed %s", prefix)
	return nil
}

// unknownValue asks casualties for a count with no value.
const unknownValue = -1

func casualties(claims []Claim, outcome string, value int, side string) []Claim {
	var out []Claim
	for _, c := range claims {
		if c.Kind != KindCasualty || c.Outcome != outcome || c.Victims.Side != side {
			continue
		}
		if value == unknownValue && c.Count.Value == nil || c.Count.Value != nil && *c.Count.Value == value {
			out = append(out, c)
		}
	}
	return out
}

func TestSeedCasualties(t *testing.T) {
	tests := []struct {
		name      string
		giveSeed  string
		wantValue int
		wantQual  string
		wantSide  string
		wantOut   string
		wantScope string
		wantAttr  string // substring of attributed_to; "-" for the outlet's own voice
	}{
		{"C1 seven soldiers 000", "000", 7, QualExact, "Turkish military", OutcomeKilled, ScopeIncident, "-"},
		{"C1 civilian member 000", "000", 1, QualExact, "Turkish military", OutcomeKilled, ScopeIncident, "-"},
		{"C1 seven soldiers 001", "001", 7, QualExact, "Turkish military", OutcomeKilled, ScopeIncident, ""},
		{"C1 civilian member 001", "001", 1, QualExact, "Turkish military", OutcomeKilled, ScopeIncident, ""},
		{"C1 seven soldiers 002", "002", 7, QualExact, "Turkish military", OutcomeKilled, ScopeIncident, "-"},
		{"C1 civilian member 002", "002", 1, QualExact, "Turkish military", OutcomeKilled, ScopeIncident, "-"},
		{"C1 eight personnel 003", "003", 8, QualExact, "Turkish military", OutcomeKilled, ScopeIncident, "Cavusoglu"},
		{"C1 eight martyrs of the speaker 000", "000", 8, QualExact, "Turkish military", OutcomeKilled, ScopeIncident, "Cavusoglu"},
		{"C6 nineteen soldiers headline 004", "004", 19, QualExact, "Syrian government forces", OutcomeKilled, ScopeIncident, "-"},
		{"C2 thirteen Syrian soldiers 001", "001", 13, QualExact, "Syrian government forces", OutcomeKilled, ScopeIncident, ""},
		{"C2 thirteen Syrian soldiers 002", "002", 13, QualExact, "Syrian government forces", OutcomeKilled, ScopeIncident, "-"},
		{"C3 over 70 regime personnel", "000", 70, QualMoreThan, "Syrian government forces", OutcomeKilled, ScopeIncident, "Ankara"},
		{"C4 Russian specialists 000", "000", unknownValue, QualUnknown, "Russian military", OutcomeKilled, ScopeIncident, ""},
		{"C4 Russian soldiers 001", "001", unknownValue, QualUnknown, "Russian military", OutcomeKilled, ScopeIncident, "Foreign Ministry"},
		{"C4 Russian soldiers 002", "002", unknownValue, QualUnknown, "Russian military", OutcomeKilled, ScopeIncident, ""},
		{"C4 Russian troops 003", "003", unknownValue, QualUnknown, "Russian military", OutcomeKilled, ScopeIncident, "Russia"},
		{"C5 twelve pro-Iran fighters", "000", 12, QualExact, "pro-government militia", OutcomeKilled, ScopeIncident, "SOHR"},
		{"C5 seven at Kisweh", "000", 7, QualExact, "pro-government militia", OutcomeKilled, ScopeIncident, "SOHR"},
		{"C5 five at Ezra", "000", 5, QualExact, "pro-government militia", OutcomeKilled, ScopeIncident, "Rami Abdel Rahman"},
		{"C5' twenty-three fighters", "001", 23, QualExact, "pro-government militia", OutcomeKilled, ScopeIncident, "Observatory"},
		{"C5' three Iranians", "001", 3, QualExact, "Iranian military", OutcomeKilled, ScopeIncident, "Observatory"},
		{"C5' seven foreign fighters", "001", 7, QualExact, "pro-government militia", OutcomeKilled, ScopeIncident, "Observatory"},
		{"C5' eight air defence", "001", 8, QualExact, "Syrian government forces", OutcomeKilled, ScopeIncident, "Observatory"},
		{"C5' five in Deraa", "001", 5, QualExact, "pro-government militia", OutcomeKilled, ScopeIncident, "Observatory"},
		{"C6 nineteen regime soldiers", "004", 19, QualExact, "Syrian government forces", OutcomeKilled, ScopeIncident, "war monitor"},
		{"C7 thirty-four Turkish soldiers", "004", 34, QualExact, "Turkish military", OutcomeKilled, ScopeIncident, ""},
		{"cumulative 400,000", "000", 400000, QualMoreThan, "civilians", OutcomeKilled, ScopeCumulative, "UN"},
		{"cumulative hundreds of civilians", "004", unknownValue, QualUnknown, "civilians", OutcomeKilled, ScopeCumulative, "-"},
		{"cumulative 2,200 neutralized", "004", 2200, QualMoreThan, "Syrian government forces", OutcomeNeutralized, ScopeCumulative, "Akar"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := casualties(casualtySeedClaims(t, tt.giveSeed), tt.wantOut, tt.wantValue, tt.wantSide)
			if len(got) == 0 {
				t.Fatalf("no %s claim of %d %s", tt.wantOut, tt.wantValue, tt.wantSide)
			}
			var ok bool
			for _, c := range got {
				attrOK := tt.wantAttr == "" || tt.wantAttr == "-" && c.AttributedTo == "" ||
					tt.wantAttr != "-" && strings.Contains(c.AttributedTo, tt.wantAttr)
				if c.Count.Qualifier == tt.wantQual && c.Scope == tt.wantScope && attrOK {
					ok = true
				}
			}
			if !ok {
				t.Errorf("claims %+v: want qualifier %s, scope %s, attributed to %q", got[0], tt.wantQual, tt.wantScope, tt.wantAttr)
			}
		})
	}
}

// TestSeedStatements checks that the parts of one statement share a
// statement number and separate statements do not.
func TestSeedStatements(t *testing.T) {
	for _, seed := range []string{"000", "001", "002"} {
		t.Run(seed, func(t *testing.T) {
			claims := casualtySeedClaims(t, seed)
			seven := casualties(claims, OutcomeKilled, 7, "Turkish military")
			one := casualties(claims, OutcomeKilled, 1, "Turkish military")
			if len(seven) != 1 || len(one) != 1 {
				t.Fatalf("got %d and %d C1 parts, want 1 and 1", len(seven), len(one))
			}
			if seven[0].Statement != one[0].Statement {
				t.Errorf("C1 parts in statements %d and %d, want one", seven[0].Statement, one[0].Statement)
			}
		})
	}
	claims := casualtySeedClaims(t, "001")
	total := casualties(claims, OutcomeKilled, 23, "pro-government militia")
	iranians := casualties(claims, OutcomeKilled, 3, "Iranian military")
	if len(total) != 1 || len(iranians) != 1 || total[0].Statement == iranians[0].Statement {
		t.Errorf("the toll of 23 and its breakdown must be separate statements: %v %v", total, iranians)
	}
}

func TestSeedNotCasualties(t *testing.T) {
	tests := []struct {
		giveSeed   string
		wantAbsent []int // figures that count people who live, fled, or things
	}{
		{"000", []int{4000000, 50}},
		{"001", []int{3000000, 1000000, 15, 4}},
		{"002", []int{580000, 53, 3000000, 4}},
		{"003", []int{1000000}},
		{"004", []int{103, 2, 1000000}},
	}
	for _, tt := range tests {
		t.Run(tt.giveSeed, func(t *testing.T) {
			for _, c := range casualtySeedClaims(t, tt.giveSeed) {
				if c.Kind != KindCasualty || c.Count.Value == nil {
					continue
				}
				for _, v := range tt.wantAbsent {
					if *c.Count.Value == v {
						t.Errorf("%d is not a casualty figure: %q", v, c.Quote)
					}
				}
			}
		})
	}
	// 004's 12 observation posts and eight helicopters, 000's 12 is a real toll.
	for _, c := range casualtySeedClaims(t, "004") {
		if c.Kind == KindCasualty && c.Count.Value != nil && (*c.Count.Value == 12 || *c.Count.Value == 8) {
			t.Errorf("not a casualty figure: %q", c.Quote)
		}
	}
}

func TestSeedDates(t *testing.T) {
	day := func(s *string) time.Time {
		if s == nil {
			return time.Time{}
		}
		d, err := time.Parse("2006-01-02", *s)
		if err != nil {
			t.Fatalf("bad date %q", *s)
		}
		return d
	}
	t.Run("001 unresolved", func(t *testing.T) {
		for _, c := range casualtySeedClaims(t, "001") {
			if c.Kind == KindCasualty && c.Scope == ScopeIncident && c.Date.Precision != PrecisionUnresolved {
				t.Errorf("001 has no publication date, yet %q is dated %+v", c.Quote, c.Date)
			}
		}
	})
	t.Run("001 strikes carry Early on Thursday", func(t *testing.T) {
		c := casualties(casualtySeedClaims(t, "001"), OutcomeKilled, 23, "pro-government militia")
		if len(c) != 1 || !strings.Contains(c[0].Date.Expression, "Thursday") {
			t.Fatalf("want the 23 dated by the Thursday raid: %+v", c)
		}
	})
	t.Run("000 the move is not Thursday", func(t *testing.T) {
		c := casualties(casualtySeedClaims(t, "000"), OutcomeKilled, 7, "Turkish military")
		if len(c) != 1 || c[0].Date.Precision != PrecisionUnresolved || c[0].Date.Expression != "" || c[0].Date.Start != nil {
			t.Fatalf("want C1 in 000 undated: %+v", c)
		}
	})
	t.Run("000 C5 Thursday", func(t *testing.T) {
		for _, v := range []int{12, 7, 5} {
			for _, c := range casualties(casualtySeedClaims(t, "000"), OutcomeKilled, v, "pro-government militia") {
				if c.Date.Start == nil || *c.Date.Start != "2020-02-06" {
					t.Errorf("%q dated %+v, want 2020-02-06", c.Quote, c.Date)
				}
			}
		}
	})
	t.Run("002 C1 Monday", func(t *testing.T) {
		for _, c := range casualties(casualtySeedClaims(t, "002"), OutcomeKilled, 13, "Syrian government forces") {
			if c.Date.Start == nil || *c.Date.Start != "2020-02-03" {
				t.Errorf("%q dated %+v, want 2020-02-03", c.Quote, c.Date)
			}
		}
	})
	t.Run("004 C6 Sunday", func(t *testing.T) {
		for _, c := range casualties(casualtySeedClaims(t, "004"), OutcomeKilled, 19, "Syrian government forces") {
			if strings.HasPrefix(c.Quote, "19 soldiers killed") {
				continue // the headline names no day
			}
			if c.Date.Start == nil || *c.Date.Start != "2020-03-01" {
				t.Errorf("%q dated %+v, want 2020-03-01", c.Quote, c.Date)
			}
		}
	})
	t.Run("004 C7 last week", func(t *testing.T) {
		c := casualties(casualtySeedClaims(t, "004"), OutcomeKilled, 34, "Turkish military")
		if len(c) != 1 {
			t.Fatalf("got %d C7 claims", len(c))
		}
		start, end := day(c[0].Date.Start), day(c[0].Date.End)
		strike := time.Date(2020, 2, 27, 0, 0, 0, 0, time.UTC)
		if start.IsZero() || end.IsZero() || strike.Before(start) || strike.After(end) || end.Sub(start) > 14*24*time.Hour {
			t.Errorf("C7 window %+v must hold 2020-02-27 and span at most 14 days", c[0].Date)
		}
	})
}

// TestSeedSpans is the span property over the seeds: every quote is the
// text at its span, spans lie inside the text, (kind, span) and ids are
// distinct, claims are sorted, and extraction is deterministic.
func TestSeedSpans(t *testing.T) {
	for _, s := range casualtySeeds {
		t.Run(s.file[:3], func(t *testing.T) {
			a := casualtySeed(t, s.file, s.published)
			claims := Extract(a)
			if len(claims) == 0 {
				t.Fatal("no claims")
			}
			checkSpans(t, a, claims)
			again := Extract(a)
			if len(again) != len(claims) {
				t.Fatalf("second extraction gave %d claims, first %d", len(again), len(claims))
			}
			for i := range claims {
				if claims[i].ID != again[i].ID || claims[i].Quote != again[i].Quote {
					t.Fatalf("claim %d differs between extractions", i)
				}
			}
		})
	}
}

// checkSpans asserts the span properties of an article's claims.
func checkSpans(t testing.TB, a ingest.Article, claims []Claim) {
	t.Helper()
	ids := map[string]bool{}
	for i, c := range claims {
		if c.Span.Start < 0 || c.Span.End > len(a.Text) || c.Span.Start >= c.Span.End {
			t.Fatalf("claim %d span %v outside text of %d bytes", i, c.Span, len(a.Text))
		}
		if c.Quote != a.Text[c.Span.Start:c.Span.End] {
			t.Fatalf("claim %d quote %q != text at span %q", i, c.Quote, a.Text[c.Span.Start:c.Span.End])
		}
		if c.ID != ClaimID(a.ID, ExtractorID(), c.Kind, c.Span) || ids[c.ID] {
			t.Fatalf("claim %d id %s wrong or repeated", i, c.ID)
		}
		ids[c.ID] = true
		if i > 0 {
			p := claims[i-1]
			if p.Span.Start > c.Span.Start || p.Span.Start == c.Span.Start && p.Span.End > c.Span.End {
				t.Fatalf("claims %d and %d out of order", i-1, i)
			}
		}
		if c.Extractor != ExtractorID() || c.ArticleID != a.ID || c.Statement < 1 {
			t.Fatalf("claim %d: bad extractor, article or statement: %+v", i, c)
		}
	}
}

// TestSeedCasualtyPlaces checks that a casualty is never placed at a
// capital or country that stands for its government ("tensions soared
// between Damascus and Ankara", "Ankara said", "Turkey said").
func TestSeedCasualtyPlaces(t *testing.T) {
	tests := []struct {
		name         string
		giveSeed     string
		giveValue    int
		wantNotPlace string
	}{
		{"C3 not Ankara", "000", 70, "Ankara"},
		{"C6 not Damascus", "004", 19, "Damascus"},
		{"C7 not Damascus", "004", 34, "Damascus"},
		{"C2 not Turkey", "001", 13, "Turkey"},
		{"C1 not Ankara", "003", 8, "Ankara"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			found := false
			for _, c := range casualtySeedClaims(t, tt.giveSeed) {
				if c.Kind != KindCasualty || c.Count.Value == nil || *c.Count.Value != tt.giveValue {
					continue
				}
				found = true
				if c.Location != nil && c.Location.Name == tt.wantNotPlace {
					t.Errorf("claim %q placed at %q", c.Quote, c.Location.Name)
				}
			}
			if !found {
				t.Fatalf("no casualty claim of %d", tt.giveValue)
			}
		})
	}
}
