package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/claimline/claimline/ingest"
)

// update regenerates golden files from the current code instead of
// comparing against them: go test ./extract/ -run TestExtractOutputDigest -update
var update = flag.Bool("update", false, "regenerate golden files in testdata")

// outputDigestFile holds the SHA-256 of every claim Extract yields for the
// seeds and the development sets, one line per input file.
const outputDigestFile = "testdata/extract_output.sha256"

// outputDigests extracts every seed article and every text of the
// development sets and returns, per input file, the SHA-256 of the
// JSON of all their claims in order, as "digest  name" lines: the seeds
// first, then the development sets in the order of their names.
func outputDigests(t *testing.T) []string {
	t.Helper()
	var lines []string
	seeds := sha256.New()
	for _, s := range casualtySeeds {
		writeClaims(t, seeds, Extract(casualtySeed(t, s.file, s.published)))
	}
	lines = append(lines, hex.EncodeToString(seeds.Sum(nil))+"  seeds")

	paths, err := filepath.Glob("testdata/devset/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no development sets in testdata/devset")
	}
	for _, p := range paths {
		h := sha256.New()
		for i, it := range loadDevsetFile(t, p) {
			a := ingest.Article{ID: fmt.Sprint("dev-", i), Text: it.Text, Published: it.Published}
			writeClaims(t, h, Extract(a))
		}
		lines = append(lines, hex.EncodeToString(h.Sum(nil))+"  "+filepath.Base(p))
	}
	return lines
}

// writeClaims writes the JSON of each claim, one per line, to w.
func writeClaims(t *testing.T, w interface{ Write([]byte) (int, error) }, claims []Claim) {
	t.Helper()
	for _, c := range claims {
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(b)
		w.Write([]byte{'\n'})
	}
	w.Write([]byte("--\n"))
}

// TestExtractOutputDigest guards the output of Extract byte for byte: the
// JSON of every claim of the seeds and the development sets must hash to
// the digests in testdata/extract_output.sha256. A change to the rules
// that changes output on purpose regenerates the file with -update; a
// change made for speed must leave it as it is.
func TestExtractOutputDigest(t *testing.T) {
	got := outputDigests(t)
	if *update {
		if err := os.WriteFile(outputDigestFile, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(outputDigestFile)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	want := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if f := strings.Fields(l); len(f) == 2 {
			want[f[1]] = f[0]
		}
	}
	for _, l := range got {
		f := strings.Fields(l)
		name, digest := f[1], f[0]
		t.Run(name, func(t *testing.T) {
			w, ok := want[name]
			if !ok {
				t.Fatalf("no digest for %s in %s (run with -update when its output is right)", name, outputDigestFile)
			}
			if digest != w {
				t.Errorf("output digest\n got %s\nwant %s", digest, w)
			}
		})
		delete(want, name)
	}
	for name := range want {
		t.Errorf("%s has a digest for %s, which is no longer read", outputDigestFile, name)
	}
}

// reContinuesSpec is the pattern continuesReport implements: a sentence
// continuing the report before it.
var reContinuesSpec = regexp.MustCompile(`^(?:[^,.]{0,80}?\b(?:said|says|reported|added|confirmed|told reporters)\s+(?:in a statement[^,.]{0,60}?\sthat\s+|that\s+)?)?(?:the|these|those|such|both|its|their)\s+(?:[a-z-]+\s+){0,2}?(?:strikes?|raids?|attacks?|air ?strikes?|toll|blasts?|bombings?|explosions?|shelling|assault|ambush|clash(?:es)?|fighting|bombardment|incident|victims|dead|wounded|\d+)\b|^(?:they|it|he|she)\s| (?:in|during) the (?:[a-z-]+\s+)?(?:strikes?|raids?|attacks?|airstrikes?|blasts?|bombings?|explosions?|shelling|assault|ambush|clash(?:es)?|fighting|bombardment|incident|encounter|firefight|gunfight|gunbattle|battle|massacre)\b|\b(?:were|was|been|had|have) also (?:been )?(?:killed|wounded|injured|died|captured)|\balso (?:killed|died|wounded|injured)\b`)

// continuesCases are sentences at the edges of each form of
// continuesReport.
var continuesCases = []string{
	"the strikes killed 19 people",
	"the rebels said in a statement posted on its website that the raids killed four",
	"the rebels said in a statement that the raids killed four",
	"the rebels said in a statement, that the raids killed four",
	"the rebels said in a statement posted on a website that nobody reads and that lists the raids",
	"the 19 died in hospital",
	"these two new raids hit the town",
	"the three new late raids hit the town",
	"their dead were buried",
	"the toll",
	"the tolls rose",
	"the\tairstrikes",
	"the air strikes",
	"they said",
	"they",
	"theyre",
	"it was",
	"it\nwas",
	"he ",
	"she-wolf",
	"the observatory said the strikes hit",
	"the observatory said that  the toll rose",
	"the observatory said thatthe toll rose",
	"the observatory, which said the strikes",
	"the observatory. said the strikes",
	"sosaid the strikes",
	"un said the strikes",
	"officials told reporters the attack was",
	"officials told  reporters the attack was",
	strings.Repeat("x", 80) + " said the strikes",
	strings.Repeat("x", 79) + " said the strikes",
	strings.Repeat("é", 79) + " said the strikes",
	strings.Repeat("é", 80) + " said the strikes",
	"said said the blast",
	"ten more were also killed",
	"he had also been wounded",
	"two soldiers also died.",
	"two soldiers also diedx",
	"two soldiers halso killed",
	"also killed",
	"were wounded in the attack",
	"died during the heavy fighting.",
	"three militants were killed in the encounter",
	"killed in the ensuing gunbattle",
	"killed in the encounters",
	"killed in the past 24 hours",
	"killed in the october 7 attack",
	"wounded in the\tattack",
	"in the attacks, in the strikes",
	"",
	"\xff said the raid",
}

// TestContinuesReport checks continuesReport against the pattern it
// implements, on edge cases and on the sentences of the seeds and the
// development sets (corpusSentences).
func TestContinuesReport(t *testing.T) {
	check := func(t *testing.T, lower string) {
		t.Helper()
		if got, want := continuesReport(lower), reContinuesSpec.MatchString(lower); got != want {
			t.Errorf("continuesReport(%q) = %v, want %v", lower, got, want)
		}
	}
	for _, c := range continuesCases {
		t.Run(fmt.Sprintf("%.30s", c), func(t *testing.T) { check(t, c) })
	}
	t.Run("corpus", func(t *testing.T) {
		matched, n := 0, 0
		for _, s := range corpusSentences(t) {
			ls := lowerASCII(s)
			check(t, ls)
			n++
			if reContinuesSpec.MatchString(ls) {
				matched++
			}
		}
		if matched == 0 || matched == n {
			t.Errorf("%d of %d sentences continue a report: the corpus does not tell the forms apart", matched, n)
		}
	})
}

// FuzzContinuesReport checks continuesReport against the pattern it
// implements on arbitrary input.
func FuzzContinuesReport(f *testing.F) {
	fuzzAsRegexp(f, continuesCases, "continuesReport", continuesReport, reContinuesSpec)
}

// fuzzAsRegexp fuzzes match, named name, against the pattern re it
// implements, from the seeds.
func fuzzAsRegexp(f *testing.F, seeds []string, name string, match func(string) bool, re *regexp.Regexp) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := match(s), re.MatchString(s); got != want {
			t.Errorf("%s(%q) = %v, want %v", name, s, got, want)
		}
	})
}

// BenchmarkContinuesReport measures continuesReport over the sentences of
// the seeds.
func BenchmarkContinuesReport(b *testing.B) {
	var sents []string
	var n int64
	for _, s := range casualtySeeds {
		a := casualtySeed(b, s.file, s.published)
		lower := lowerASCII(a.Text)
		for _, st := range splitSentences(a.Text) {
			sents = append(sents, lower[st.start:st.end])
		}
		n += int64(len(a.Text))
	}
	b.SetBytes(n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			continuesReport(s)
		}
	}
}

// isNoiseLineSpec is what isNoiseLine computes, written plainly.
func isNoiseLineSpec(line string) bool {
	t := strings.TrimSpace(strings.ReplaceAll(line, "\u00a0", " "))
	if t == "" {
		return true
	}
	lower := lowerASCII(t)
	if (strings.HasSuffix(t, ")") || strings.Contains(lower, "photo")) && reCaption.MatchString(t) {
		return true
	}
	if len(t) <= 120 && (reWidget.MatchString(t) || reStamp.MatchString(t)) {
		return true
	}
	if (strings.Contains(lower, "source") || strings.Contains(lower, "agencies") || strings.Contains(lower, " by ") ||
		strings.Contains(lower, "translat")) && reSource.MatchString(t) {
		return true
	}
	return isBareName(t)
}

// noiseCases are lines at the edges of the guards of isNoiseLine.
var noiseCases = []string{
	"Source: TRTWorld and agencies",
	"SOURCE(S): Reuters",
	"ſource: Reuters",
	"Zaman Al Wasl with Agencies",
	"Zaman Al Wasl with agencies.",
	"Zaman Al Wasl with agencieſ",
	"(Reporting by Jane Doe; Editing by John Roe)",
	"Writing by Jane Doe",
	"Five people were killed by shelling, the source said.",
	"Smoke rises over the town. /Reuters Photo",
	"A man walks past. (AP)",
	"PHOTO: a destroyed building",
	"Updated 12:32, 07-Feb-2020",
	"Comments (3)",
	"CGTN",
	"",
	"\u00a0",
	"ſources: the source", "Zaman with agencieſ, by agencies", "(Reporting BY Jane Doe)", "Reportingby",
	"Smoke rises. /Reuters photoſ", "File Photo: a tank", "Tanks (AFP) rolled in (AP)", "Tanks rolled in AP)",
	"(Translated from Arabic)", "Translation from the French", "translated", "(Translated from)",
	"* code confirming note", "ſhare this story", "Posted: 12 Feb", "leave a reply", "(3) (4)",
	" date 2020-02-06 Fast News", "\tdate 2020-02-06 A long line of text, with words.", "data 2020-02-06",
}

// TestIsNoiseLine checks isNoiseLine against isNoiseLineSpec on edge cases
// and on every line of the seeds and the development sets.
func TestIsNoiseLine(t *testing.T) {
	check := func(t *testing.T, line string) {
		t.Helper()
		if got, want := isNoiseLine(line), isNoiseLineSpec(line); got != want {
			t.Errorf("isNoiseLine(%q) = %v, want %v", line, got, want)
		}
	}
	for _, c := range noiseCases {
		t.Run(fmt.Sprintf("%.30s", c), func(t *testing.T) { check(t, c) })
	}
	t.Run("corpus", func(t *testing.T) {
		var lines []string
		for _, s := range casualtySeeds {
			lines = append(lines, strings.Split(casualtySeed(t, s.file, s.published).Text, "\n")...)
		}
		paths, _ := filepath.Glob("testdata/devset/*.jsonl")
		for _, p := range paths {
			for _, it := range loadDevsetFile(t, p) {
				lines = append(lines, strings.Split(it.Text, "\n")...)
			}
		}
		noise := 0
		for _, l := range lines {
			check(t, l)
			if isNoiseLineSpec(l) {
				noise++
			}
		}
		if noise == 0 || noise == len(lines) {
			t.Errorf("%d of %d lines are noise: the corpus does not tell them apart", noise, len(lines))
		}
	})
}

// FuzzIsNoiseLine checks isNoiseLine against isNoiseLineSpec on arbitrary
// lines.
func FuzzIsNoiseLine(f *testing.F) {
	for _, c := range noiseCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if got, want := isNoiseLine(line), isNoiseLineSpec(line); got != want {
			t.Errorf("isNoiseLine(%q) = %v, want %v", line, got, want)
		}
	})
}
