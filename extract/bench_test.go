package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/claimline/claimline/ingest"
	"github.com/claimline/claimline/seeds"
)

// BenchmarkExtractSeeds extracts the five seed articles per iteration and
// reports throughput in MB/s of article text.
func BenchmarkExtractSeeds(b *testing.B) {
	var arts []ingest.Article
	for _, s := range casualtySeeds {
		arts = append(arts, casualtySeed(b, s.file, s.published))
	}
	benchmarkExtract(b, arts)
}

// benchmarkExtract extracts arts per iteration and reports throughput in
// MB/s of their text.
func benchmarkExtract(b *testing.B, arts []ingest.Article) {
	var n int64
	for _, a := range arts {
		n += int64(len(a.Text))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			Extract(a)
		}
	}
}

// BenchmarkCasualtyRules measures the casualty rules alone (tokenising and
// reading the figures of each sentence), without dates, places and events.
func BenchmarkCasualtyRules(b *testing.B) {
	var texts []string
	var n int64
	for _, s := range casualtySeeds {
		a := casualtySeed(b, s.file, s.published)
		texts = append(texts, a.Text)
		n += int64(len(a.Text))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	var toks []token
	var hits []casualtyHit
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, text := range texts {
			lower := lowerASCII(text)
			host := hostNation(lower)
			for _, st := range splitSentences(text) {
				toks = tokenize(text[st.start:st.end], lower[st.start:st.end], toks)
				hits = findCasualties(toks, text[st.start:st.end], lower[st.start:st.end], host, "", hits)
			}
		}
	}
}

// BenchmarkExtractSynthetic extracts 200 articles of the synthetic corpus
// (the seed sentences recombined, as the product's load test uses) per
// iteration and reports throughput in MB/s of article text.
func BenchmarkExtractSynthetic(b *testing.B) {
	corpus := seeds.Synthetic(200, 1)
	arts := make([]ingest.Article, len(corpus))
	for i, s := range corpus {
		a, err := ingest.Prepare(s.Text, ingest.Meta{Source: s.Source, Published: s.Published}, 0, time.Time{})
		if err != nil {
			b.Fatal(err)
		}
		arts[i] = a
	}
	benchmarkExtract(b, arts)
}

// BenchmarkExtractHostile extracts articles of about 1 MiB, the largest
// ingest accepts, written to make rules that look around each match cost
// the square of the text: one run-on sentence of event phrases, one of
// dates, a paragraph of 20,000 figures, and attributions without end.
// Each should take no more than a few seconds per operation (it took more
// than ten minutes before run-on sentences were read in pieces).
func BenchmarkExtractHostile(b *testing.B) {
	tests := []struct{ name, unit string }{
		{"run-on events", "Turkish forces captured "},
		{"run-on dates", "on Tuesday last week earlier this month "},
		{"run-on figures", "Seven soldiers were killed and 12 wounded in Idlib on Tuesday, the ministry said and "},
		{"many figures", "Seven soldiers were killed and 12 wounded in Idlib on Tuesday, the ministry said. "},
		{"attributions", "according to "},
	}
	for _, tt := range tests {
		text := strings.Repeat(tt.unit, ingest.DefaultMaxBytes/len(tt.unit))
		b.Run(tt.name, func(b *testing.B) {
			benchmarkExtract(b, []ingest.Article{{ID: "hostile", Text: text, Published: "2020-02-06"}})
		})
	}
}
