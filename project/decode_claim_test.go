package project

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
	"github.com/claimline/claimline/seeds"
)

// claimBody is the body of the CLAIMS message that carries c, as the
// extract worker writes it (byte for byte what json.Marshal of the
// envelope gives).
func claimBody(t testing.TB, c extract.Claim) []byte {
	t.Helper()
	env, err := eventlog.NewEnvelope(c.ID, extract.EventSource, extract.EventType(c), c.ArticleID, time.Date(2020, 2, 6, 12, 0, 0, 0, time.UTC), c)
	if err != nil {
		t.Fatal(err)
	}
	m, err := env.Msg(extract.Subject(c))
	if err != nil {
		t.Fatal(err)
	}
	return m.Data
}

// corpusClaims are the claims of the seeds and of a synthetic corpus.
func corpusClaims(t testing.TB) []extract.Claim {
	t.Helper()
	var out []extract.Claim
	for _, s := range append(seeds.All(), seeds.Synthetic(60, 3)...) {
		a, err := ingest.Prepare(s.Text, ingest.Meta{Published: s.Published, Source: s.Source}, 0, time.Unix(0, 0))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, extract.Extract(a)...)
	}
	return out
}

// TestDecodeClaimFastReadsWorkerMessages checks that every claim the
// extractor makes of the corpus is read by the fast path, and read as the
// general decoder reads it.
func TestDecodeClaimFastReadsWorkerMessages(t *testing.T) {
	claims := corpusClaims(t)
	if len(claims) < 300 {
		t.Fatalf("only %d claims in the corpus", len(claims))
	}
	kinds := map[string]int{}
	for _, c := range claims {
		body := claimBody(t, c)
		got, ok := decodeClaimFast(body)
		if !ok {
			t.Fatalf("the fast path declined a worker's message: %s", body)
		}
		want, err := decodeClaimGeneral(body)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("fast path read\n%+v\nthe general decoder\n%+v\nof %s", got, want, body)
		}
		kinds[c.Kind]++
	}
	if kinds[extract.KindCasualty] == 0 || kinds[extract.KindEvent] == 0 {
		t.Fatalf("claims by kind: %v; want both kinds", kinds)
	}
}

// TestDecodeClaimFastStrings checks strings that need escapes: each is
// read back as it was written.
func TestDecodeClaimFastStrings(t *testing.T) {
	for _, s := range []string{
		"", `"neutralised" about 20`, `back\slash`, "<b>&amp;</b>", "tab\there\nline\r\f\b",
		"\x00\x01\x1f", "Zaman Al Wasl — ‘quoted’", "line\u2028sep\u2029", "emoji 🛩", "\x7f",
	} {
		v := 3
		day := "2020-02-06"
		c := extract.Claim{ID: "c", ArticleID: "a", Extractor: "x", Kind: extract.KindCasualty, Quote: s,
			Date:     extract.Date{Start: &day, End: &day, Precision: "day", Expression: s, Weekday: "Thursday"},
			Location: &extract.Place{Text: s, Name: s, Region: s}, AttributedTo: s, Outcome: "killed",
			Count: &extract.Count{Value: &v, Qualifier: "exact"}, Victims: &extract.Group{Text: s, Side: s}, Scope: "incident"}
		body := claimBody(t, c)
		got, ok := decodeClaimFast(body)
		if !ok {
			t.Errorf("%q: declined: %s", s, body)
			continue
		}
		if !reflect.DeepEqual(got, c) {
			t.Errorf("%q: read %+v, want %+v", s, got, c)
		}
	}
}

// TestDecodeClaimFastDeclines checks that what is not the worker's layout,
// or not read plainly, goes to the general decoder.
func TestDecodeClaimFastDeclines(t *testing.T) {
	day := "2020-02-06"
	v := 7
	c := extract.Claim{ID: "c1", ArticleID: "a1", Extractor: "claimline-rules@1", Kind: extract.KindEvent, Span: extract.Span{Start: 3, End: 9},
		Quote: "q", Date: extract.Date{Start: &day, End: &day, Precision: "day"}, Statement: 2, Action: "capture",
		Actor: &extract.Party{Text: "Turkish forces", Name: "Turkey"}, Count: &extract.Count{Value: &v, Qualifier: "exact"}}
	body := string(claimBody(t, c))
	if _, ok := decodeClaimFast([]byte(body)); !ok {
		t.Fatalf("the plain message is declined: %s", body)
	}
	for name, edit := range map[string]func(string) string{
		"keys in another order": func(s string) string {
			return strings.Replace(s, `"quote":"q","date"`, `"date"`, 1)
		},
		"an unknown field": func(s string) string { return strings.Replace(s, `"statement":2`, `"statement":2,"extra":1`, 1) },
		"a fraction":       func(s string) string { return strings.Replace(s, `"statement":2`, `"statement":2.0`, 1) },
		"an exponent":      func(s string) string { return strings.Replace(s, `"start":3`, `"start":3e0`, 1) },
		"a leading zero":   func(s string) string { return strings.Replace(s, `"start":3`, `"start":03`, 1) },
		"ten digits":       func(s string) string { return strings.Replace(s, `"start":3`, `"start":3000000000`, 1) },
		"invalid UTF-8":    func(s string) string { return strings.Replace(s, `"quote":"q"`, "\"quote\":\"q\xff\"", 1) },
		"a surrogate":      func(s string) string { return strings.Replace(s, `"quote":"q"`, `"quote":"\ud83d\ude80"`, 1) },
		"a raw newline":    func(s string) string { return strings.Replace(s, `"quote":"q"`, "\"quote\":\"q\n\"", 1) },
		"a bad escape":     func(s string) string { return strings.Replace(s, `"quote":"q"`, `"quote":"\q"`, 1) },
		"trailing bytes":   func(s string) string { return s + "x" },
		"unclosed":         func(s string) string { return s[:len(s)-1] },
		"another type":     func(s string) string { return strings.Replace(s, extract.EventTypeEvent, "com.example.other", 1) },
		"no id":            func(s string) string { return strings.Replace(s, `"id":"c1","source"`, `"id":"","source"`, 1) },
		"white space":      func(s string) string { return strings.Replace(s, `"statement":2`, `"statement": 2`, 1) },
	} {
		edited := edit(body)
		if edited == body {
			t.Fatalf("%s: the edit changed nothing", name)
		}
		if got, ok := decodeClaimFast([]byte(edited)); ok {
			t.Errorf("%s: read %+v from %s", name, got, edited)
		}
	}
	// Trailing white space is read, as the general decoder reads it.
	if _, ok := decodeClaimFast([]byte(body + "\n")); !ok {
		t.Error("trailing white space: declined")
	}
}

// FuzzDecodeClaimFast checks that whatever the fast path reads, the
// general decoder reads too, and the same.
func FuzzDecodeClaimFast(f *testing.F) {
	for i, c := range corpusClaims(f) {
		if i%7 == 0 {
			f.Add(claimBody(f, c))
		}
	}
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		got, ok := decodeClaimFast(body)
		if !ok {
			return
		}
		want, err := decodeClaimGeneral(body)
		if err != nil {
			t.Fatalf("the fast path read %+v from %q, which the general decoder refuses: %v", got, body, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("fast path read\n%+v\nthe general decoder\n%+v\nof %q", got, want, body)
		}
	})
}

// FuzzDecodeClaimFastStrings checks that a claim with any strings is read
// by the fast path as the general decoder reads it.
func FuzzDecodeClaimFastStrings(f *testing.F) {
	f.Add("q", "Idlib", "a spokesman", "Turkey", 3, -1)
	f.Add("\"\\\x00\u2028<>&\xff", "\ud7ff\ue000", "", "🛩", 0, 1<<30)
	f.Fuzz(func(t *testing.T, quote, place, source, actor string, start, n int) {
		day := "2020-02-06"
		c := extract.Claim{ID: "c", ArticleID: "a", Extractor: "x", Kind: extract.KindEvent, Span: extract.Span{Start: start, End: n},
			Quote: quote, Date: extract.Date{Start: &day, Precision: "day", Expression: quote}, Location: &extract.Place{Text: place, Name: place},
			AttributedTo: source, Statement: n, Action: "strike", Actor: &extract.Party{Text: actor, Name: actor}, Count: &extract.Count{Value: &n}}
		body := claimBody(t, c)
		want, err := decodeClaimGeneral(body)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := decodeClaimFast(body)
		if !ok {
			if -999999999 <= start && start <= 999999999 && -999999999 <= n && n <= 999999999 {
				t.Fatalf("declined %q", body)
			}
			return
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("fast path read\n%+v\nthe general decoder\n%+v\nof %q", got, want, body)
		}
	})
}

// BenchmarkDecodeClaim compares the fast path with the general decoder on
// the corpus's claim messages.
func BenchmarkDecodeClaim(b *testing.B) {
	var bodies [][]byte
	for _, c := range corpusClaims(b) {
		bodies = append(bodies, claimBody(b, c))
	}
	for _, d := range []struct {
		name   string
		decode func([]byte) (extract.Claim, error)
	}{{"fast", decodeClaim}, {"general", decodeClaimGeneral}} {
		b.Run(d.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				if _, err := d.decode(bodies[i%len(bodies)]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestPlainTextEveryOffset checks plainText with a control character, a
// multi-byte letter and an invalid byte at every offset of texts of many
// lengths (inside and across its eight-byte words).
func TestPlainTextEveryOffset(t *testing.T) {
	for n := 0; n <= 24; n++ {
		base := strings.Repeat("a", n)
		if !plainText([]byte(base)) {
			t.Fatalf("%q: not plain", base)
		}
		for at := 0; at <= n; at++ {
			for _, c := range []struct {
				ins  string
				want bool
			}{{"\x1f", false}, {"\x00", false}, {"\n", false}, {" ", true}, {"\x7f", true}, {"é", true}, {"\xff", false}, {"\xe2\x80", false}} {
				s := base[:at] + c.ins + base[at:]
				if got := plainText([]byte(s)); got != c.want {
					t.Errorf("%q: %v, want %v", s, got, c.want)
				}
			}
		}
	}
}
