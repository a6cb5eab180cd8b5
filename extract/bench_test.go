package extract

import (
	"testing"

	"github.com/claimline/claimline/ingest"
)

// BenchmarkExtractSeeds extracts the five seed articles per iteration and
// reports throughput in MB/s of article text.
func BenchmarkExtractSeeds(b *testing.B) {
	var arts []ingest.Article
	var n int64
	for _, s := range casualtySeeds {
		a := casualtySeed(b, s.file, s.published)
		arts = append(arts, a)
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
				hits = findCasualties(toks, text[st.start:st.end], lower[st.start:st.end], host, hits)
			}
		}
	}
}
