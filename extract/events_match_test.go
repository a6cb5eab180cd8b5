package extract

import (
	"fmt"
	"path/filepath"
	"regexp"
	"testing"
)

// phrasePatterns are the expressions the events and parties code matches
// with compiled closures.
func phrasePatterns() []string {
	var out []string
	for _, r := range eventRules {
		out = append(out, r.Re.re.String())
	}
	for _, r := range partyRules {
		out = append(out, r.Re.re.String())
	}
	for _, re := range []fmt.Stringer{agentAfter, locativeBefore, stateNounAfter, clauseBreak} {
		out = append(out, re.String())
	}
	for _, m := range []map[string]*phraseMatcher{notEvent, notEventBefore} {
		for _, re := range m {
			out = append(out, re.String())
		}
	}
	return out
}

// matcherCorpus returns the sentences of the seeds and the development
// sets, and some texts with case folds, odd spaces and invalid UTF-8.
// Under the race detector it keeps a sample (see raceSample).
func matcherCorpus(t testing.TB) []string { return corpusSentences(t) }

// raceSample returns xs in a plain build. Under the race detector it keeps
// the first 200 items (the seeds among them) and every raceStride-th after
// them, so that the agreement tests' time there does not grow with the
// development sets. The whole corpus is read by a plain "go test".
func raceSample[T any](xs []T) []T {
	if raceStride <= 1 {
		return xs
	}
	var out []T
	for i, x := range xs {
		if i < 200 || i%raceStride == 0 {
			out = append(out, x)
		}
	}
	return out
}

// corpusSentences is matcherCorpus: every sentence of the seeds and the
// development sets in a plain build, raceSample's under the race detector,
// and the cases below always.
func corpusSentences(t testing.TB) []string {
	var texts []string
	for _, s := range casualtySeeds {
		texts = append(texts, casualtySeed(t, s.file, s.published).Text)
	}
	paths, err := filepath.Glob("testdata/devset/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		for _, it := range loadDevsetFile(t.(*testing.T), p) {
			texts = append(texts, it.Text)
		}
	}
	var out []string
	for _, text := range texts {
		for _, st := range splitSentences(text) {
			out = append(out, text[st.start:st.end])
		}
	}
	return append(raceSample(out),
		"Turkiye's army ſhot down \u212aurdish drones; the regime\u00a0forces withdrew",
		"RUSSIAN-BACKED  SYRIAN\tGOVERNMENT\nFORCES  pushed into Saraqeb, Türkiye said",
		"attacks by \xffIsraeli warplanes were blamed on Damascus\xc5",
		"İstanbul ceasefire zone; heart attack; the Assad’s regime; pro-Iranian militias",
		"launched   a fresh\t\tcounter-offensive to prevent the advance of   rebels",
	)
}

// TestPhraseMatcherAsRegexp checks the compiled closures against package
// regexp: the anchored match at every byte of every corpus sentence, and
// the leftmost match in every sentence.
func TestPhraseMatcherAsRegexp(t *testing.T) {
	corpus := matcherCorpus(t)
	if testing.Short() {
		corpus = corpus[:200]
	}
	for k, expr := range phrasePatterns() {
		t.Run(fmt.Sprint(k), func(t *testing.T) {
			t.Parallel()
			m, ok := compilePattern(expr)
			if !ok {
				t.Fatalf("%s: not compiled", expr)
			}
			anchored := regexp.MustCompile(`^(?:` + expr + `)`)
			p := mustPhraseMatcher(expr)
			for _, s := range corpus {
				for i := 0; i <= len(s); i++ {
					if raceBuild && i > 0 && (i == len(s) || isASCIIWord(s[i-1]) || !isASCIIWord(s[i])) {
						// Under the race detector, only the word starts
						// findPhrases tries.
						continue
					}
					want := -1
					if loc := anchored.FindStringIndex(s[i:]); loc != nil {
						want = loc[1]
					}
					if got := m(s[i:], 0); got != want {
						t.Fatalf("%s at %d of %q: end %d, want %d", expr, i, s, got, want)
					}
				}
				want, got := p.re.FindStringIndex(s), p.FindStringIndex(s)
				if len(want) != len(got) || len(want) == 2 && (want[0] != got[0] || want[1] != got[1]) {
					t.Fatalf("%s in %q: %v, want %v", expr, s, got, want)
				}
			}
		})
	}
}

func FuzzPhraseMatcher(f *testing.F) {
	for _, s := range []string{
		"Turkish drone strikes", "were deployed to", "fell to Russian forces",
		"the Sudan’s army", "\xff attacked \x00", "ſeized \u212aharkiv", "counter-offensive",
	} {
		f.Add(s)
	}
	exprs := phrasePatterns()
	matchers := make([]*phraseMatcher, len(exprs))
	anchored := make([]*regexp.Regexp, len(exprs))
	for k, e := range exprs {
		matchers[k] = mustPhraseMatcher(e)
		anchored[k] = regexp.MustCompile(`^(?:` + e + `)`)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 300 {
			s = s[:300]
		}
		for k, p := range matchers {
			for i := 0; i <= len(s); i++ {
				want := -1
				if loc := anchored[k].FindStringIndex(s[i:]); loc != nil {
					want = loc[1]
				}
				if got := p.m(s[i:], 0); got != want {
					t.Fatalf("%s at %d of %q: end %d, want %d", exprs[k], i, s, got, want)
				}
			}
			want, got := p.re.FindStringIndex(s), p.FindStringIndex(s)
			if len(want) != len(got) || len(want) == 2 && (want[0] != got[0] || want[1] != got[1]) {
				t.Fatalf("%s in %q: %v, want %v", exprs[k], s, got, want)
			}
		}
	})
}
