package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimline/claimline/ingest"
)

// fuzzSeeds are inputs that have broken naive extractors: empty and odd
// text, numbers at the edges, unclosed quotes, invalid UTF-8.
var fuzzSeeds = []string{
	"",
	"killed",
	"12",
	"a",
	"Seven soldiers were killed.",
	"killed 12 and wounded",
	"The death toll rose to",
	"At least 31 people were killed and 40 wounded, police said. It said the toll may rise.",
	"“Russian and Turkish military specialists died tragically,” the statement said",
	" date 2020-02-06 Fast News\n\nTotal Comments (0)\n(67)    (58)\n",
	"\xff\xfe killed \xc2 12 soldiers\xe2\x80",
	"some of its",
	"1.5 million people were killed",
	"killed 99999999999999999999 soldiers",
	"the 19 died. The 19",
	"\u00a0\u00a0A\u00a0rare clash killed seven Turkish soldiers and a\u00a0",
	"neutralized “more than 2,200 Syrian troops, 103 tanks and",
}

// FuzzExtract checks that Extract never panics and that every claim's
// quote is the text at its span, inside the text.
func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "")
	}
	files, _ := filepath.Glob("../seeds/*.txt")
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b), "2020-02-06")
		}
	}
	f.Fuzz(func(t *testing.T, text, published string) {
		a := ingest.Article{ID: "fuzz", Text: text, Published: published}
		checkSpans(t, a, Extract(a))
	})
}

// TestFuzzCorpusSpans runs the span property over the fuzz seeds and the
// development set, so that it holds in plain `go test` too.
func TestFuzzCorpusSpans(t *testing.T) {
	for i, s := range fuzzSeeds {
		a := ingest.Article{ID: "corpus", Text: s}
		t.Run(string(rune('a'+i%26)), func(t *testing.T) { checkSpans(t, a, Extract(a)) })
	}
	for i, it := range loadDevset(t) {
		a := ingest.Article{ID: "dev", Text: it.Text, Published: it.Published}
		if i%10 == 0 {
			t.Logf("devset item %d: %d claims", i, len(Extract(a)))
		}
		checkSpans(t, a, Extract(a))
	}
}
