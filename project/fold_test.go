package project

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
)

// seedFixture is testdata/seed_claims.json: the five seed articles' metadata
// and the claims an analyst reads out of them, as the extractor emits them
// (spans and quotes point into ../seeds/*.txt).
type seedFixture struct {
	Articles []ingest.Article `json:"articles"`
	Claims   []extract.Claim  `json:"claims"`
}

func loadFixture(t testing.TB) seedFixture {
	t.Helper()
	b, err := os.ReadFile("testdata/seed_claims.json")
	if err != nil {
		t.Fatal(err)
	}
	var fx seedFixture
	if err := json.Unmarshal(b, &fx); err != nil {
		t.Fatal(err)
	}
	return fx
}

// seed article ids, as in the fixture.
const (
	art000 = "seed-53aa906474a10956"
	art001 = "seed-1d90e7d49ab8cf35"
	art002 = "seed-090baead81c8eaed"
	art003 = "seed-cd7b9de5fab0b34e"
	art004 = "seed-c975eb129dbd47db"
)

var t0 = time.Date(2020, 3, 2, 8, 0, 0, 0, time.UTC)

// event is one stream event for the tests: an article event or a claim.
type event struct {
	claims bool // CLAIMS stream, else ARTICLES
	seq    uint64
	at     time.Time
	apply  func(f *Fold, seq uint64, at time.Time) error
}

// streams turns the fixture into the ARTICLES and CLAIMS streams, each with
// its own sequence and times.
func streams(fx seedFixture) (articles, claims []event) {
	for i, a := range fx.Articles {
		a := a
		articles = append(articles, event{seq: uint64(i + 1), at: t0.Add(time.Duration(i) * time.Minute),
			apply: func(f *Fold, seq uint64, at time.Time) error { f.ApplyArticle(seq, at, a); return nil }})
	}
	for i, c := range fx.Claims {
		c := c
		claims = append(claims, event{claims: true, seq: uint64(i + 1), at: t0.Add(time.Duration(i) * time.Second),
			apply: func(f *Fold, seq uint64, at time.Time) error { return f.ApplyClaim(seq, at, c) }})
	}
	return articles, claims
}

func applyAll(t testing.TB, f *Fold, evs []event) {
	t.Helper()
	for _, e := range evs {
		if err := e.apply(f, e.seq, e.at); err != nil {
			t.Fatalf("apply seq %d: %v", e.seq, err)
		}
	}
}

// seedFold folds the whole fixture, articles first.
func seedFold(t testing.TB) *Fold {
	t.Helper()
	arts, cls := streams(loadFixture(t))
	f := NewFold()
	applyAll(t, f, arts)
	applyAll(t, f, cls)
	return f
}

// interleave merges two streams keeping each one's order; pick says, at
// each step, whether to take from a.
func interleave(a, b []event, pick func() bool) []event {
	out := make([]event, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		if len(b) == 0 || (len(a) > 0 && pick()) {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return out
}

func digests(t testing.TB, f *Fold) (string, string) {
	t.Helper()
	c, tl := f.Build()
	return c.Digest, tl.Digest
}

func TestFoldInterleavingIndependent(t *testing.T) {
	arts, cls := streams(loadFixture(t))
	ref := NewFold()
	applyAll(t, ref, arts)
	applyAll(t, ref, cls)
	wantC, wantT := digests(t, ref)
	if wantC == "" || wantT == "" {
		t.Fatal("empty digest")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	tests := []struct {
		name string
		give []event
	}{
		{name: "claims first", give: append(append([]event{}, cls...), arts...)},
		{name: "alternate", give: interleave(arts, cls, func() bool { return true })},
		{name: "articles last but one", give: append(append(append([]event{}, arts[:4]...), cls...), arts[4:]...)},
	}
	for i := 0; i < 5; i++ {
		tests = append(tests, struct {
			name string
			give []event
		}{name: "random " + itoa(i), give: interleave(arts, cls, func() bool { return rng.IntN(8) == 0 })})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := NewFold()
			applyAll(t, f, tt.give)
			gotC, gotT := digests(t, f)
			if gotC != wantC || gotT != wantT {
				c1, _ := Canonical(ref.Casualties())
				c2, _ := Canonical(f.Casualties())
				t.Errorf("digests differ\nwant %s\ngot  %s", c1, c2)
			}
		})
	}
}

func TestFoldIdempotent(t *testing.T) {
	fx := loadFixture(t)
	arts, cls := streams(fx)
	f := seedFold(t)
	wantC, wantT := digests(t, f)
	applyAll(t, f, cls) // redelivered claims
	applyAll(t, f, arts)
	gotC, gotT := digests(t, f)
	if gotC != wantC || gotT != wantT {
		t.Error("re-applying the same events changed the models")
	}
	n := 0
	for _, inc := range f.Casualties().Incidents {
		n += len(inc.Reports)
	}
	if n == 0 || n > len(fx.Claims) {
		t.Errorf("incident reports = %d, want 1..%d", n, len(fx.Claims))
	}
}

func TestFoldNewestExtractorWins(t *testing.T) {
	seven := 7
	nine := 9
	mk := func(ext string, v *int, start int) extract.Claim {
		d := "2020-02-03"
		c := extract.Claim{ArticleID: "a1", Extractor: ext, Kind: extract.KindCasualty,
			Span: extract.Span{Start: start, End: start + 10}, Quote: "q",
			Date:    extract.Date{Start: &d, End: &d, Precision: extract.PrecisionDay},
			Outcome: extract.OutcomeKilled, Count: &extract.Count{Value: v, Qualifier: extract.QualExact},
			Victims: &extract.Group{Text: "soldiers", Side: "Turkish military"}, Scope: extract.ScopeIncident}
		c.ID = extract.ClaimID(c.ArticleID, ext, c.Kind, c.Span)
		return c
	}
	old := mk("claimline-rules@1.9.0", &nine, 0)
	oldOther := mk("claimline-rules@1.9.0", &nine, 50)
	newer := mk("claimline-rules@1.10.0", &seven, 20)
	tests := []struct {
		name string
		give []extract.Claim
	}{
		{name: "old then new", give: []extract.Claim{old, oldOther, newer}},
		{name: "new then old", give: []extract.Claim{newer, old, oldOther}},
		{name: "interleaved", give: []extract.Claim{old, newer, oldOther, old}},
	}
	var first string
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := NewFold()
			for i, c := range tt.give {
				if err := f.ApplyClaim(uint64(i+1), t0, c); err != nil {
					t.Fatal(err)
				}
			}
			m := f.Casualties()
			if len(m.Incidents) != 1 || len(m.Incidents[0].Reports) != 1 {
				t.Fatalf("incidents = %+v, want one with one report", m.Incidents)
			}
			if got := m.Totals.BySide["Turkish military"].Killed; got != 7 {
				t.Errorf("killed = %d, want 7 (version 1.10.0 is newer than 1.9.0)", got)
			}
			// Same claims seen, possibly different last seq: compare models only.
			m.AsOf, m.Digest = AsOf{}, ""
			d, err := Digest(m)
			if err != nil {
				t.Fatal(err)
			}
			if first == "" {
				first = d
			} else if d != first {
				t.Error("model depends on the order of versions")
			}
		})
	}
}

func TestApplyClaimInvalid(t *testing.T) {
	valid := func() extract.Claim {
		v := 3
		return extract.Claim{ID: "c1", ArticleID: "a1", Extractor: "x@1.0.0", Kind: extract.KindCasualty,
			Span: extract.Span{Start: 1, End: 5}, Date: extract.Date{Precision: extract.PrecisionUnresolved},
			Outcome: extract.OutcomeKilled, Count: &extract.Count{Value: &v, Qualifier: extract.QualExact},
			Scope: extract.ScopeIncident}
	}
	neg := -1
	bad := "2020-02-30"
	s1, s2 := "2020-02-05", "2020-02-04"
	tests := []struct {
		name    string
		give    func(c *extract.Claim)
		wantErr error
		wantIn  string
	}{
		{name: "valid", give: func(*extract.Claim) {}},
		{name: "missing id", give: func(c *extract.Claim) { c.ID = "" }, wantErr: ErrInvalidClaim, wantIn: "missing id"},
		{name: "missing article", give: func(c *extract.Claim) { c.ArticleID = "" }, wantErr: ErrInvalidClaim, wantIn: "article_id"},
		{name: "missing extractor", give: func(c *extract.Claim) { c.Extractor = "" }, wantErr: ErrInvalidClaim, wantIn: "extractor"},
		{name: "unknown kind", give: func(c *extract.Claim) { c.Kind = "rumour" }, wantErr: ErrInvalidClaim, wantIn: "kind"},
		{name: "unknown outcome", give: func(c *extract.Claim) { c.Outcome = "vanished" }, wantErr: ErrInvalidClaim, wantIn: "outcome"},
		{name: "span end before start", give: func(c *extract.Claim) { c.Span = extract.Span{Start: 9, End: 3} }, wantErr: ErrInvalidClaim, wantIn: "span"},
		{name: "negative span", give: func(c *extract.Claim) { c.Span = extract.Span{Start: -2, End: 3} }, wantErr: ErrInvalidClaim, wantIn: "span"},
		{name: "negative count", give: func(c *extract.Claim) { c.Count.Value = &neg }, wantErr: ErrInvalidClaim, wantIn: "negative"},
		{name: "no count", give: func(c *extract.Claim) { c.Count = nil }, wantErr: ErrInvalidClaim, wantIn: "count"},
		{name: "unknown qualifier", give: func(c *extract.Claim) { c.Count.Qualifier = "roughly" }, wantErr: ErrInvalidClaim, wantIn: "qualifier"},
		{name: "unknown scope", give: func(c *extract.Claim) { c.Scope = "" }, wantErr: ErrInvalidClaim, wantIn: "scope"},
		{name: "unknown action", give: func(c *extract.Claim) { c.Kind, c.Action = extract.KindEvent, "dance" }, wantErr: ErrInvalidClaim, wantIn: "action"},
		{name: "unknown precision", give: func(c *extract.Claim) { c.Date.Precision = "" }, wantErr: ErrInvalidClaim, wantIn: "precision"},
		{name: "impossible date", give: func(c *extract.Claim) { c.Date.Start, c.Date.End = &bad, &bad }, wantErr: ErrInvalidClaim, wantIn: "YYYY-MM-DD"},
		{name: "date ends before start", give: func(c *extract.Claim) { c.Date.Start, c.Date.End = &s1, &s2 }, wantErr: ErrInvalidClaim, wantIn: "before"},
		{name: "one date bound", give: func(c *extract.Claim) { c.Date.Start = &s1 }, wantErr: ErrInvalidClaim, wantIn: "bound"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := seedFold(t)
			before, err := f.MarshalSnapshot()
			if err != nil {
				t.Fatal(err)
			}
			c := valid()
			tt.give(&c)
			err = f.ApplyClaim(999, t0.Add(time.Hour), c)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if err == nil {
				return
			}
			if !strings.Contains(err.Error(), tt.wantIn) || !strings.HasPrefix(err.Error(), "project: ") {
				t.Errorf("err = %q, want a project: message mentioning %q", err, tt.wantIn)
			}
			after, _ := f.MarshalSnapshot()
			if !bytes.Equal(before, after) {
				t.Error("a rejected claim changed the state")
			}
		})
	}
}

func TestSnapshotRoundTrip(t *testing.T) {
	fx := loadFixture(t)
	arts, cls := streams(fx)
	f := NewFold()
	applyAll(t, f, arts)
	applyAll(t, f, cls[:20])
	f.ApplyRetraction(6, t0.Add(time.Hour), ingest.Retraction{ArticleID: art003})
	f.ApplyCorrection(7, t0.Add(2*time.Hour), ingest.Correction{ArticleID: art001, Source: "Reuters"})
	snap, err := f.MarshalSnapshot()
	if err != nil {
		t.Fatal(err)
	}
	g := NewFold()
	if err := g.UnmarshalSnapshot(snap); err != nil {
		t.Fatal(err)
	}
	if a, b := f.Casualties(), g.Casualties(); a.Digest != b.Digest || a.AsOf != b.AsOf {
		t.Errorf("casualties after round trip: %v %v, want %v %v", b.Digest, b.AsOf, a.Digest, a.AsOf)
	}
	if a, b := f.Timeline().Digest, g.Timeline().Digest; a != b {
		t.Error("timeline digest changed by the round trip")
	}
	again, _ := g.MarshalSnapshot()
	if !bytes.Equal(snap, again) {
		t.Error("snapshot of a restored fold differs")
	}
	// Both continue the same way, including idempotence of claims already seen.
	applyAll(t, f, cls)
	applyAll(t, g, cls)
	if a, b := f.Casualties().Digest, g.Casualties().Digest; a != b {
		t.Error("restored fold diverges when the stream continues")
	}

	for _, give := range []string{"", "{", `{"version":99}`, `{"version":1,"articles":[{"id":""}]}`,
		`{"version":1,"articles":[{"id":"a","claims":[{"id":"c"}]}]}`} {
		h := NewFold()
		if err := h.UnmarshalSnapshot([]byte(give)); !errors.Is(err, ErrInvalidSnapshot) {
			t.Errorf("UnmarshalSnapshot(%q) = %v, want ErrInvalidSnapshot", give, err)
		}
	}
}

func TestCanonical(t *testing.T) {
	tests := []struct {
		name string
		give any
		want string
	}{
		{name: "sorted keys", give: map[string]any{"b": 1, "a": []int{2, 1}, "c": map[string]int{"z": 1, "y": 2}},
			want: `{"a":[2,1],"b":1,"c":{"y":2,"z":1}}`},
		{name: "struct reordered", give: struct {
			Z string `json:"z"`
			A *int   `json:"a"`
		}{Z: "x"}, want: `{"a":null,"z":"x"}`},
		{name: "big numbers kept", give: json.RawMessage(`{"n":12345678901234567890,"f":1.50}`), want: `{"f":1.50,"n":12345678901234567890}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Canonical(tt.give)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("Canonical = %s, want %s", got, tt.want)
			}
		})
	}
	if _, err := Canonical(func() {}); err == nil {
		t.Error("Canonical(func) did not fail")
	}
}

// TestCanonicalModels checks that the models' direct encoding is canonical:
// it equals the generic re-encoding with sorted keys.
func TestCanonicalModels(t *testing.T) {
	f := seedFold(t)
	f.ApplyArticle(9, t0, ingest.Article{ID: "odd", Source: "x\xff<y>&\u2028"})
	odd := extract.Claim{ID: "odd-1", ArticleID: "odd", Extractor: "x@1", Kind: extract.KindEvent,
		Quote: "\"q\" \xfe\\ufffd", Date: extract.Date{Precision: extract.PrecisionUnresolved}, Action: extract.ActionOther}
	if err := f.ApplyClaim(99, t0, odd); err != nil {
		t.Fatal(err)
	}
	seven := 7
	for i, side := range []string{"x\xff", "x\xfe", "<a&b>\u2029"} {
		cl := extract.Claim{ID: "odd-c" + itoa(i), ArticleID: "odd", Extractor: "x@1", Kind: extract.KindCasualty,
			Span: extract.Span{Start: 10 * (i + 1), End: 10*(i+1) + 5}, Statement: i + 2,
			Date: extract.Date{Precision: extract.PrecisionUnresolved}, Outcome: extract.OutcomeKilled,
			Count: &extract.Count{Value: &seven, Qualifier: extract.QualExact}, Scope: extract.ScopeIncident,
			Victims: &extract.Group{Text: side, Side: side}}
		if err := f.ApplyClaim(uint64(100+i), t0, cl); err != nil {
			t.Fatal(err)
		}
	}
	c, tl := f.Build()
	for name, v := range map[string]any{"casualties": c, "timeline": tl} {
		fast, err := Canonical(v)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := json.Marshal(v)
		slow, err := canonicalize(raw)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(fast, slow) {
			t.Errorf("%s: direct encoding is not canonical", name)
		}
	}
	c.Digest = ""
	want, _ := Digest(c)
	if got := f.Casualties().Digest; got != want {
		t.Errorf("digest = %s, want the digest of the model without it %s", got, want)
	}
}

func TestAsOf(t *testing.T) {
	f := seedFold(t)
	got := f.Casualties().AsOf
	want := AsOf{ClaimsSeq: uint64(len(loadFixture(t).Claims)), ArticlesSeq: 5, Time: "2020-03-02T08:04:00Z"}
	if got != want {
		t.Errorf("as_of = %+v, want %+v", got, want)
	}
	if (NewFold().Timeline().AsOf != AsOf{}) {
		t.Error("empty fold has a position")
	}
	var zero Fold
	if m := zero.Casualties(); m.Incidents == nil || m.Cumulative == nil || m.Totals.BySide == nil {
		t.Error("zero Fold gives nil lists")
	}
}

// foldSynthetic applies a synthetic stream (articles first) to a new Fold.
func foldSynthetic(t testing.TB, s synthetic) *Fold {
	t.Helper()
	f := NewFold()
	for k, a := range s.articles {
		f.ApplyArticle(uint64(k+1), t0, a)
	}
	for k, c := range s.claims {
		if err := f.ApplyClaim(uint64(k+1), t0.Add(time.Duration(k)*time.Millisecond), c); err != nil {
			t.Fatal(err)
		}
	}
	return f
}

// TestDigestPinned pins the digests of the seed fixture and of a fixed
// synthetic stream: a change of the build or of the encoding that changes
// any byte of either model fails here. Update the digests only with a
// deliberate change of the models.
func TestDigestPinned(t *testing.T) {
	tests := []struct {
		name     string
		give     func(t testing.TB) *Fold
		wantCas  string
		wantTime string
	}{
		{name: "seeds", give: seedFold,
			wantCas:  "3136b1cbf76e0a6dc8703f437da6eb2d3a374ebfff884a595d56a99dca0312e1",
			wantTime: "3e0417671173dbc94a0550d02ae575a4c164eda31ec303177c1ae0f4139ba89b"},
		{name: "synthetic 30k", give: func(t testing.TB) *Fold { return foldSynthetic(t, genSynthetic(30_000)) },
			wantCas:  "50ec83512ef209e63cc01adaacac946ff2c903c37ce6f4efe565a29286eaeab6",
			wantTime: "691a0ce74717debaf70b040428719b82929a9e1ce4e1c210a90262a3766e5299"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, tl := tt.give(t).Build()
			if c.Digest != tt.wantCas || tl.Digest != tt.wantTime {
				t.Errorf("digests casualties %s timeline %s, want %s and %s", c.Digest, tl.Digest, tt.wantCas, tt.wantTime)
			}
		})
	}
}

// FuzzCanonicalString checks the models' string encoding against
// encoding/json followed by the generic canonical re-encoding.
func FuzzCanonicalString(f *testing.F) {
	for _, s := range []string{"", "plain", "\"q\" \\ <b>&", "\x00\x1f\b\f\n\r\t\x7f", "\xff\xfe", "\u2028\u2029",
		"\\ufffd", "\uFFFD", "Deraa – Quneitra", "a\xc3"} {
		f.Add(s)
	}
	f.Fuzz(checkJSONString)
}

// itemsJSON maps each incident or entry id to its canonical JSON as
// encoding/json writes it.
func itemsJSON[T Incident | Entry](t *testing.T, items []T) map[string]string {
	out := map[string]string{}
	for _, it := range items {
		b, err := json.Marshal(it)
		if err != nil {
			t.Fatal(err)
		}
		c, err := canonicalize(b)
		if err != nil {
			t.Fatal(err)
		}
		var id struct {
			ID string `json:"id"`
		}
		_ = json.Unmarshal(b, &id)
		out[id.ID] = string(c)
	}
	return out
}
