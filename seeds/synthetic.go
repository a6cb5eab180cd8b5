package seeds

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
)

var (
	reDigits   = regexp.MustCompile(`\b\d{1,3}(?:,\d{3})*\b`)
	reNumWord  = regexp.MustCompile(`\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty)\b`)
	reWeekday  = regexp.MustCompile(`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)
	rePlace    = regexp.MustCompile(`\b(?:Saraqeb|Taftanaz|Kisweh|Nairab|Binnish|Ezra|Daraa|Deraa|Jabal al-Zawiya|Maaret al-Numan|Idlib)\b`)
	numWords   = []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fifteen", "twenty"}
	weekdays   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	placeNames = []string{"Saraqeb", "Taftanaz", "Kisweh", "Nairab", "Binnish", "Ezra", "Daraa", "Jabal al-Zawiya",
		"Maaret al-Numan", "Idlib", "Kharkiv", "Bakhmut", "Khan Younis", "Rafah", "El Fasher", "Marib", "Hodeidah",
		"Mosul", "Kandahar", "Maiduguri", "Mogadishu", "Gao", "Aleppo", "Homs", "Donetsk"}
)

// Sentences returns the sentences of the seed articles that read like
// reporting (page furniture, captions and very short lines left out), in
// order.
func Sentences() []string {
	var out []string
	for _, s := range All() {
		for para := range strings.SplitSeq(string(s.Text), "\n") {
			para = strings.TrimSpace(para)
			if len(para) < 60 || strings.HasSuffix(para, ")") || strings.HasSuffix(para, "Photo") {
				continue
			}
			start := 0
			for i := 0; i+2 < len(para); i++ {
				if (para[i] == '.' || para[i] == '?' || para[i] == '!') && para[i+1] == ' ' && para[i+2] >= 'A' && para[i+2] <= 'Z' {
					if sent := para[start : i+1]; len(sent) >= 40 {
						out = append(out, sent)
					}
					start = i + 2
				}
			}
			if sent := para[start:]; len(sent) >= 40 {
				out = append(out, sent)
			}
		}
	}
	return out
}

// Synthetic returns n deterministic articles for load tests, made by
// recombining the seed articles' sentences with varied numbers, places,
// weekdays and publication dates. The same n and seed give the same corpus;
// every article's text is distinct.
func Synthetic(n int, seed uint64) []Seed {
	sentences := Sentences()
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	out := make([]Seed, n)
	for i := range out {
		published := fmt.Sprintf("20%02d-%02d-%02d", 19+rng.IntN(6), 1+rng.IntN(12), 1+rng.IntN(28))
		var b strings.Builder
		fmt.Fprintf(&b, " date %s Wire\n\nReport %d from the front lines.\n", published, i+1)
		k := 6 + rng.IntN(8)
		for range k {
			s := sentences[rng.IntN(len(sentences))]
			s = reDigits.ReplaceAllStringFunc(s, func(d string) string {
				if len(d) == 4 && (strings.HasPrefix(d, "19") || strings.HasPrefix(d, "20")) {
					return d // years stay
				}
				return fmt.Sprint(1 + rng.IntN(90))
			})
			s = reNumWord.ReplaceAllStringFunc(s, func(string) string { return numWords[rng.IntN(len(numWords))] })
			s = reWeekday.ReplaceAllStringFunc(s, func(string) string { return weekdays[rng.IntN(len(weekdays))] })
			s = rePlace.ReplaceAllStringFunc(s, func(string) string { return placeNames[rng.IntN(len(placeNames))] })
			b.WriteString("\n")
			b.WriteString(s)
			b.WriteString("\n")
		}
		out[i] = Seed{Name: fmt.Sprintf("synthetic-%06d", i+1), Text: []byte(b.String()), Source: "Synthetic Wire", Published: published}
	}
	return out
}
