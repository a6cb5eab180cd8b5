package extract

import "testing"

// seedSentences returns the sentences of the seed articles, with the host
// nation of each article, and the bytes of article text.
func seedSentences(b *testing.B) (sents []string, hosts []string, n int64) {
	for _, s := range casualtySeeds {
		a := casualtySeed(b, s.file, s.published)
		host := hostNation(lowerASCII(a.Text))
		for _, st := range splitSentences(a.Text) {
			sents = append(sents, a.Text[st.start:st.end])
			hosts = append(hosts, host)
		}
		n += int64(len(a.Text))
	}
	return sents, hosts, n
}

// BenchmarkEventRules measures the event rules alone, as Extract runs them
// on every sentence of the seed articles.
func BenchmarkEventRules(b *testing.B) {
	sents, hosts, n := seedSentences(b)
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, s := range sents {
			findEventsIn(s, hosts[k])
		}
	}
}

// BenchmarkPlaceRules measures the place rules on the sentences of the
// seed articles that state an event, as the event rules look places up.
func BenchmarkPlaceRules(b *testing.B) {
	sents, hosts, n := seedSentences(b)
	var withEvents []string
	for k, s := range sents {
		if len(findEventsIn(s, hosts[k])) > 0 {
			withEvents = append(withEvents, s)
		}
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range withEvents {
			findPlacesIn(newSentIndex(s))
		}
	}
}

// BenchmarkTokenize measures tokenize on the sentences of the seed
// articles.
func BenchmarkTokenize(b *testing.B) {
	sents, _, n := seedSentences(b)
	lowers := make([]string, len(sents))
	for k, s := range sents {
		lowers[k] = lowerASCII(s)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	var toks []token
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, s := range sents {
			toks = tokenize(s, lowers[k], toks)
		}
	}
}
