package extract

import (
	"regexp"
	"testing"
)

// anchoredRule is an event or party rule anchored at its start, with its
// head mask bit.
type anchoredRule struct {
	re   *regexp.Regexp
	rule int
}

func anchoredRules() []anchoredRule {
	var rules []anchoredRule
	for i, r := range eventRules {
		rules = append(rules, anchoredRule{regexp.MustCompile(`^(?:` + r.Re.re.String() + `)`), eventIndex(i)})
	}
	for i, r := range partyRules {
		rules = append(rules, anchoredRule{regexp.MustCompile(`^(?:` + r.Re.re.String() + `)`), partyIndex(i)})
	}
	return rules
}

// checkHeads fails when a rule matches at a word start of s that its
// head bit rules out.
func checkHeads(t *testing.T, rules []anchoredRule, s string) {
	sc := newRuleScan(newSentIndex(s))
	for k, p := range sc.ix.starts {
		for _, r := range rules {
			if !sc.canBegin(r.rule, k) && r.re.MatchString(s[p:]) {
				t.Fatalf("%s matches at %d of %q, but its heads rule it out", r.re, p, s)
			}
		}
	}
}

// TestRuleScanHeads checks that the head masks let every rule be tried
// where package regexp finds one of its matches begin.
func TestRuleScanHeads(t *testing.T) {
	rules := anchoredRules()
	for _, s := range matcherCorpus(t) {
		checkHeads(t, rules, s)
	}
}

func FuzzRuleScanHeads(f *testing.F) {
	for _, s := range []string{
		"US-backed SDF fighters", "Turkey’s army", "the U.S. strikes", "A Shabab attack",
		"airstrikes\tby Israel", "pro-Iranian militias", "ISIS\u00a0fighters",
	} {
		f.Add(s)
	}
	rules := anchoredRules()
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 300 {
			s = s[:300]
		}
		checkHeads(t, rules, s)
	})
}

// TestRuleScanLower checks the lower-cased sentence against sentIndex's.
func TestRuleScanLower(t *testing.T) {
	for _, s := range matcherCorpus(t) {
		ix := newSentIndex(s)
		sc := newRuleScan(ix)
		ix.lowerCase()
		if got := string(sc.lower()); got != ix.lower {
			t.Fatalf("lower-cased %q: %q, want %q", s, got, ix.lower)
		}
	}
}
