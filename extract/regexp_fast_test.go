package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
	"unicode"
)

// wordRegexps are the expressions searched by word start.
func wordRegexps() []*wordRegexp {
	out := []*wordRegexp{fallbackPlace, reCumulative, reAlsoHit}
	for _, r := range eventRules {
		out = append(out, r.Re)
	}
	for _, r := range partyRules {
		out = append(out, r.Re)
	}
	return out
}

// wordRegexpSamples are texts on which the word-start search must find
// what the whole expression finds.
var wordRegexpSamples = []string{
	"Turkey shot down two Syrian warplanes, in an escalating offensive.",
	"Bakhmut fell to Russian forces in May.",
	"Hodeidah port was struck by US warplanes on Friday.",
	"In Moscow, the Foreign Ministry announced that Russian specialists were killed.",
	"xattacked the town of Kafr Nabl near Idlib", "the ſhelling of Ariha", "\u212aurdish forces entered Afrin",
	"Russian-backed Syrian government forces took over  several   small towns", "U.S. troops", "_Turkish troops",
	"reinforcements were\n\tdeployed", "pro-Assad militias", "the village of al-Bara in Jabal al-Zawiya",
	"IN  Éibar and NEAR\tel-Bab", "the town Of Aleppo, the town of  of Homs", "into ash-Sham", "at", "city of",
	"since the war began, the conflict has killed 40; losses inflicted overall", "were also killed",
}

func TestWordRegexpAgreesWithRegexp(t *testing.T) {
	texts := append([]string(nil), wordRegexpSamples...)
	files, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	for _, f := range append(files, "testdata/devset/casualties.jsonl", "testdata/devset/heldout.jsonl") {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, raceSample(strings.Split(string(b), "\n"))...)
	}
	for _, w := range wordRegexps() {
		if !w.fast {
			t.Errorf("%s is not searched by word start", w.re)
		}
	}
	for _, text := range texts {
		checkWordRegexps(t, text)
	}
}

func checkWordRegexps(t *testing.T, text string) {
	t.Helper()
	for _, w := range wordRegexps() {
		if got, want := w.FindAllStringSubmatchIndex(text), w.re.FindAllStringSubmatchIndex(text, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s in %q: got %v, want %v", w.re, text, got, want)
		}
		if got, want := w.FindAllStringIndex(text), w.re.FindAllStringIndex(text, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s in %q: got %v, want %v", w.re, text, got, want)
		}
		if w == nationalityRule {
			if got, want := findNationalities(newSentIndex(text)), w.re.FindAllStringIndex(text, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("findNationalities(%q) = %v, want %v", text, got, want)
			}
		}
		if got, want := w.MatchString(text), w.re.MatchString(text); got != want {
			t.Fatalf("%s in %q: match %v, want %v", w.re, text, got, want)
		}
	}
}

// checkSuffixPatterns checks the shortcuts for patterns read at the end of
// a text or searched by hand against the patterns themselves.
func checkSuffixPatterns(t *testing.T, text string) {
	t.Helper()
	var got [][]int
	for _, b := range clauseBreaks(text) {
		got = append(got, []int{b[0], b[1]})
	}
	if want := clauseBreak.FindAllStringIndex(text, -1); !reflect.DeepEqual(got, want) {
		t.Fatalf("clauseBreaks(%q) = %v, want %v", text, got, want)
	}
	for end := 0; end <= len(text); end++ {
		if end < len(text) && !isRESpace(text[end]) && end > 0 && !isRESpace(text[end-1]) {
			continue // inside a word: the callers end at word starts
		}
		if got, want := findDirectionOf(text[max(0, end-40):end]), directionOf.FindStringIndex(text[max(0, end-40):end]); !reflect.DeepEqual(got, want) {
			t.Fatalf("findDirectionOf(%q) = %v, want %v", text[max(0, end-40):end], got, want)
		}
		if got, want := locativeBefore.MatchString(text[tailWords(text, end, 2):end]), locativeBefore.MatchString(text[:end]); got != want {
			t.Fatalf("locativeBefore at %d of %q: %v, want %v", end, text, got, want)
		}
		for _, n := range []int{2, 3} {
			sep := func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }
			got, want := lastFields(text[:end], n, sep), strings.FieldsFunc(strings.ToLower(text[:end]), sep)
			if len(got) > n {
				got = got[len(got)-n:]
			}
			if len(want) > n {
				want = want[len(want)-n:]
			}
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Fatalf("lastFields(%q, %d) = %q, want %q", text[:end], n, got, want)
			}
		}
		for action, re := range notEventBefore {
			tail := text[tailWords(text, end, 8):end]
			if got, want := re.MatchString(tail), re.MatchString(text[:end]); got != want {
				t.Fatalf("%s at %d of %q: %v, want %v", re, end, text, got, want)
			}
			if re.MatchString(tail) && !notEventWords(tail, action) {
				t.Fatalf("notEventWords(%q, %s) = false, but %s matches", tail, action, re)
			}
		}
	}
}

func TestSuffixPatterns(t *testing.T) {
	samples := append([]string{
		"15 km south of the  town", "east of\tthe", "North-West of ", "they prevent the   regime's new offensive",
		"a heart  attack", "near Damascus", "x-in Moscow", "fighting, which since \n the war, – began — as ſince the",
	}, wordRegexpSamples...)
	files, _ := filepath.Glob("../seeds/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		samples = append(samples, strings.Split(string(b), "\n")...)
	}
	for _, s := range samples {
		checkSuffixPatterns(t, s)
	}
}

func FuzzSuffixPatterns(f *testing.F) {
	f.Add("15 km south of the town, which since the war – began")
	f.Add("they prevent the regime's new offensive near Damascus")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 400 {
			return
		}
		checkSuffixPatterns(t, s)
	})
}

func FuzzWordRegexp(f *testing.F) {
	for _, s := range wordRegexpSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkWordRegexps(t, s)
	})
}

func TestMaxSpaceRuns(t *testing.T) {
	tests := []struct {
		giveExpr string
		wantRuns int
		wantOK   bool
	}{
		{giveExpr: `(?i)\bshelled\b`, wantRuns: 0, wantOK: true},
		{giveExpr: `(?i)\bshot\s+down\b`, wantRuns: 1, wantOK: true},
		{giveExpr: `\bair\s*strikes?\b`, wantRuns: 1, wantOK: true},
		{giveExpr: `\btook\s+(?:[\w-]+\s+){0,2}?towns?\b`, wantRuns: 3, wantOK: true},
		{giveExpr: `\b(?:in|town\s+of)\s+(\p{Lu}\w*(?:\s+\p{Lu}\w*){0,3})`, wantRuns: 5, wantOK: true},
		{giveExpr: `\bthe capture of\b`, wantRuns: 2, wantOK: true},
		{giveExpr: `\bfell\b.`, wantRuns: 1, wantOK: true},
		{giveExpr: `\b(?:\w+\s+)+fell\b`, wantOK: false},
		{giveExpr: `\b[\w\s]+\b`, wantOK: false},
		{giveExpr: `\bfell$`, wantOK: false},
	}
	for _, tt := range tests {
		t.Run(tt.giveExpr, func(t *testing.T) {
			re, err := syntax.Parse(tt.giveExpr, syntax.Perl)
			if err != nil {
				t.Fatal(err)
			}
			got, ok := maxSpaceRuns(re)
			if ok != tt.wantOK || ok && got != tt.wantRuns {
				t.Errorf("maxSpaceRuns(%q) = %d, %v; want %d, %v", tt.giveExpr, got, ok, tt.wantRuns, tt.wantOK)
			}
		})
	}
}

func TestSpanWindowKeepsMatches(t *testing.T) {
	tests := []struct {
		giveExpr, giveText string
		wantMatch          string
	}{
		{giveExpr: `(?i)\bshot\s+down\b`, giveText: "shot  down two jets over the sea", wantMatch: "shot  down"},
		{giveExpr: `\b(?:in|town\s+of)\s+(\p{Lu}\w*(?:\s+\p{Lu}\w*){0,3})`, giveText: "town of Kafr Nabl Al Bara Idlib today", wantMatch: "town of Kafr Nabl Al Bara"},
		{giveExpr: `(?i)\bsiege\b`, giveText: "siege", wantMatch: "siege"},
	}
	for _, tt := range tests {
		t.Run(tt.giveText, func(t *testing.T) {
			parsed, err := syntax.Parse(tt.giveExpr, syntax.Perl)
			if err != nil {
				t.Fatal(err)
			}
			n, ok := maxSpaceRuns(parsed)
			if !ok {
				t.Fatalf("no bound for %q", tt.giveExpr)
			}
			window := tt.giveText[:spanWindow(tt.giveText, 0, n+1)]
			loc := regexp.MustCompile(`^(?:` + tt.giveExpr + `)`).FindStringIndex(window)
			if loc == nil || window[loc[0]:loc[1]] != tt.wantMatch {
				t.Errorf("match in window %q = %v; want %q", window, loc, tt.wantMatch)
			}
		})
	}
}
