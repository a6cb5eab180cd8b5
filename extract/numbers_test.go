package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusLines returns the lines of the seed articles and of every dev set.
func corpusLines(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	sets, _ := filepath.Glob("testdata/devset/*.jsonl")
	var lines []string
	for _, f := range append(files, sets...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	return lines
}

// TestTokenClasses checks the word classes tokenize looks up against the
// word sets they stand for, on every token of the corpus and on the words
// of the sets themselves.
func TestTokenClasses(t *testing.T) {
	texts := corpusLines(t)
	for _, set := range []map[string]bool{vagueWords, victimHeads, npStops, reportVerbs} {
		for w := range set {
			texts = append(texts, w, strings.ToUpper(w))
		}
	}
	texts = append(texts, "twenty-three forty-one ninety-zero 2,200 1.5 12.2020 1,000,000,000,000 U.S. troops")
	for _, text := range texts {
		toks := tokenize(text, lowerASCII(text), nil)
		for i, tok := range toks {
			w := tok.w
			numberish := false
			if tok.word && tok.num {
				_, _, numberish = digitsValue(w)
			} else if tok.word {
				_, ok := wordValue(w)
				numberish = ok || vagueWords[w]
			}
			verb := tok.word && (activeVerbs[w] != "" || passiveVerbs[w] != "")
			if i > 0 && nounDeterminers[toks[i-1].w] && verbNouns[w] {
				verb = false // "the massacre", "the killing": the deed's noun
			}
			for _, c := range []struct {
				name      string
				got, want bool
			}{
				{"numberish", tok.cls&clsNumberish != 0, numberish},
				{"victim head", tok.victimHead(), tok.word && isVictimHead(w)},
				{"np stop", tok.cls&clsNPStop != 0, tok.word && npStops[w]},
				{"verb", tok.cls&clsVerb != 0, verb},
				{"report verb", tok.reportVerb(), tok.word && reportVerbs[w]},
			} {
				if c.got != c.want {
					t.Fatalf("%s of %q in %q: %v, want %v", c.name, w, text, c.got, c.want)
				}
			}
		}
	}
}

// TestWordFilters checks the tables and filters standing for word maps
// against their maps.
func TestWordFilters(t *testing.T) {
	for w, c := range wordClasses {
		if got := wordClassTable.get(w); got != c {
			t.Errorf("wordClassTable.get(%q) = %d, want %d", w, got, c)
		}
	}
	for _, w := range []string{"", "x", "killedx", "tens-one", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"} {
		if got := wordClassTable.get(w); got != wordClasses[w] {
			t.Errorf("wordClassTable.get(%q) = %d, want %d", w, got, wordClasses[w])
		}
	}
	for w := range gazetteerByFirst {
		if !aliasOpenings.has(wordHash([]byte(w))) {
			t.Errorf("aliasOpenings lacks %q", w)
		}
	}
}
