package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/claimline/claimline/ingest"
)

// devItem is one report of the development set: a sentence or short
// paragraph of wire copy from a conflict other than the seeds' and the
// casualty figures an analyst reads out of it.
type devItem struct {
	Text      string    `json:"text"`
	Published string    `json:"published"`
	Want      []devWant `json:"want"`
}

type devWant struct {
	Outcome   string `json:"outcome"`
	Count     *int   `json:"count"`
	Qualifier string `json:"qualifier"`
	Side      string `json:"side"`
	// Scope is incident or cumulative; only the fresh set records it.
	Scope string `json:"scope,omitempty"`
}

// key is what the development set scores: outcome, count and side.
func (w devWant) key() string {
	c := "null"
	if w.Count != nil {
		c = fmt.Sprint(*w.Count)
	}
	return w.Outcome + "|" + c + "|" + w.Side
}

func loadDevset(t *testing.T) []devItem {
	t.Helper()
	return loadDevsetFile(t, "testdata/devset/casualties.jsonl")
}

// loadDevsetFile reads one development file of JSON lines.
func loadDevsetFile(t *testing.T, path string) []devItem {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var items []devItem
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var it devItem
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			t.Fatalf("devset line %d: %v", len(items)+1, err)
		}
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return items
}

// TestDevsetCasualtyF1 scores casualty extraction on the development set
// by precision, recall and F1 over (outcome, count, victims' side), and
// fails below 0.80.
func TestDevsetCasualtyF1(t *testing.T) {
	scoreDevset(t, "testdata/devset/casualties.jsonl", 40)
}

// TestHeldoutCasualtyF1 scores casualty extraction on the held-out set:
// multi-sentence wire reports of other wars and other kinds of violence,
// with negative cases (displacement, prisoners, budgets, ages, equipment,
// idioms), written before the rules were run on them. It fails below 0.80.
func TestHeldoutCasualtyF1(t *testing.T) {
	scoreDevset(t, "testdata/devset/heldout.jsonl", 60)
}

// freshBar is the F1 below which TestFreshCasualtyF1 fails: the figure of
// the rules' first run on the fresh set (precision 0.804, recall 0.664).
const freshBar = 0.727

// TestFreshCasualtyF1 scores casualty extraction on whole news articles
// (headline, dateline, byline, captions, related links, background
// paragraphs with cumulative tolls, updated tolls, both sides' claims)
// from many wars and other violence, written before the rules were run on
// them. An article's figures are compared as sets: a figure repeated in the
// headline, a caption and the body is one figure. It fails below freshBar.
func TestFreshCasualtyF1(t *testing.T) {
	scoreArticles(t, "testdata/devset/fresh.jsonl", 40, freshBar)
}

// fresh2Bar is the F1 below which TestFresh2CasualtyF1 fails: the figure
// of the rules' first run on the second fresh set (precision 0.737,
// recall 0.620).
const fresh2Bar = 0.673

// TestFresh2CasualtyF1 scores casualty extraction on a second set of whole
// news articles on incidents and places none of the other sets use,
// written and committed before the rules were run on them. It fails below
// fresh2Bar.
func TestFresh2CasualtyF1(t *testing.T) {
	scoreArticles(t, "testdata/devset/fresh2.jsonl", 30, fresh2Bar)
}

// fresh3Bar is the F1 below which TestFresh3CasualtyF1 fails: the figure
// of the rules' first run on the third fresh set (precision 0.765,
// recall 0.577).
const fresh3Bar = 0.657

// TestFresh3CasualtyF1 scores casualty extraction on a third set of whole
// news articles, written and committed before the rules were run on them:
// victims named by role ("a taxi driver", "a woman and her son"),
// attackers shot dead or "neutralised", later-sentence breakdowns ("Of the
// dead, 14 were soldiers"), tolls that rose or stood at an earlier figure,
// armed groups' own claims, "killed or wounded" figures (recorded as
// neither), migrants drowned or missing and air crashes in war zones.
// It fails below fresh3Bar.
func TestFresh3CasualtyF1(t *testing.T) {
	scoreArticles(t, "testdata/devset/fresh3.jsonl", 30, fresh3Bar)
}

// scoreArticles scores a file of whole articles, comparing each article's
// figures as sets: a figure repeated in the headline, a caption and the
// body is one figure. It logs the misses and fails when the file has fewer
// than minItems articles or its F1 is below bar.
func scoreArticles(t *testing.T, path string, minItems int, bar float64) {
	t.Helper()
	items := loadDevsetFile(t, path)
	if len(items) < minItems {
		t.Fatalf("%s has %d items, want at least %d", path, len(items), minItems)
	}
	var tp, fp, fn, scopeOK int
	for i, it := range items {
		got := map[string]string{}
		for _, c := range Extract(ingest.Article{ID: fmt.Sprint("fresh-", i), Text: it.Text, Published: it.Published}) {
			if c.Kind != KindCasualty {
				continue
			}
			k := devWant{Outcome: c.Outcome, Count: c.Count.Value, Side: c.Victims.Side}.key()
			if _, ok := got[k]; !ok {
				got[k] = c.Scope
			}
			if c.Scope == ScopeCumulative {
				got[k] = c.Scope
			}
		}
		want := map[string]string{}
		for _, w := range it.Want {
			want[w.key()] = w.Scope
		}
		for k, scope := range want {
			if gs, ok := got[k]; ok {
				tp++
				if gs == scope {
					scopeOK++
				}
				delete(got, k)
				continue
			}
			fn++
			t.Logf("missed   #%d %s: %.70q", i, k, it.Text)
		}
		for k := range got {
			fp++
			t.Logf("spurious #%d %s: %.70q", i, k, it.Text)
		}
	}
	p := float64(tp) / float64(max(tp+fp, 1))
	r := float64(tp) / float64(max(tp+fn, 1))
	f1 := 0.0
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	t.Logf("%s: %d articles, tp=%d fp=%d fn=%d precision=%.3f recall=%.3f F1=%.3f; scope right on %d/%d matches",
		path, len(items), tp, fp, fn, p, r, f1, scopeOK, tp)
	if f1 < bar {
		t.Errorf("%s: casualty F1 = %.3f, want >= %.3f", path, f1, bar)
	}
}

// scoreDevset logs the misses and the precision, recall and F1 of one
// development file, and fails when it has fewer than minItems items or
// its F1 is below 0.80.
func scoreDevset(t *testing.T, path string, minItems int) {
	items := loadDevsetFile(t, path)
	if len(items) < minItems {
		t.Fatalf("%s has %d items, want at least %d", path, len(items), minItems)
	}
	var tp, fp, fn, qualOK int
	for i, it := range items {
		got := map[string]int{}
		gotQual := map[string]string{}
		for _, c := range Extract(ingest.Article{ID: fmt.Sprint("dev-", i), Text: it.Text, Published: it.Published}) {
			if c.Kind != KindCasualty {
				continue
			}
			k := devWant{Outcome: c.Outcome, Count: c.Count.Value, Side: c.Victims.Side}.key()
			got[k]++
			gotQual[k] = c.Count.Qualifier
		}
		for _, w := range it.Want {
			k := w.key()
			if got[k] > 0 {
				got[k]--
				tp++
				if gotQual[k] == w.Qualifier {
					qualOK++
				}
				continue
			}
			fn++
			t.Logf("missed  #%d %s: %.90s", i, k, it.Text)
		}
		for k, n := range got {
			for ; n > 0; n-- {
				fp++
				t.Logf("spurious #%d %s: %.90s", i, k, it.Text)
			}
		}
	}
	p := float64(tp) / float64(max(tp+fp, 1))
	r := float64(tp) / float64(max(tp+fn, 1))
	f1 := 0.0
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	t.Logf("%s: %d items, tp=%d fp=%d fn=%d precision=%.3f recall=%.3f F1=%.3f; qualifier right on %d/%d matches",
		path, len(items), tp, fp, fn, p, r, f1, qualOK, tp)
	if f1 < 0.80 {
		t.Errorf("%s: casualty F1 = %.3f, want >= 0.80", path, f1)
	}
}

// fresh4Bar is the F1 below which TestFresh4CasualtyF1 fails: the figure
// of the rules' first run on the fourth fresh set (precision 0.864,
// recall 0.848, F1 0.856).
const fresh4Bar = 0.855

// TestFresh4CasualtyF1 scores casualty extraction on a fourth set of whole
// news articles, written and committed before the rules were run on them:
// soldiers "martyred" and troops lost, bandits' raids and abductions,
// victims told one by one ("a 54-year-old man and a 71-year-old woman"),
// breakdowns into pilgrims and guards, migrants dead and missing, both
// sides' claims after a battle, tolls that rose later in the day and
// totals of "killed and wounded" that count neither. It fails below
// fresh4Bar.
func TestFresh4CasualtyF1(t *testing.T) {
	scoreArticles(t, "testdata/devset/fresh4.jsonl", 30, fresh4Bar)
}

// fresh5Bar is the F1 below which TestFresh5CasualtyF1 fails: the figure
// of the rules' first run on the fifth fresh set (precision 0.816,
// recall 0.639, F1 0.7168).
const fresh5Bar = 0.716

// TestFresh5CasualtyF1 scores casualty extraction on a fifth set of whole
// news articles, written and committed before the rules were run on them:
// breakdowns of the dead and wounded by role ("Three of those killed were
// members of …", "Two of the wounded died"), gapped lists of bodies found,
// tolls with their children, troops wounded abroad, wire copy translated
// from Arabic, Russian, French and Spanish. It fails below fresh5Bar.
func TestFresh5CasualtyF1(t *testing.T) {
	scoreArticles(t, "testdata/devset/fresh5.jsonl", 25, fresh5Bar)
}

// fresh6Bar is the F1 below which TestFresh6CasualtyF1 fails: the figure
// of the rules' first run on the sixth fresh set (precision 0.797,
// recall 0.662, F1 0.7234).
const fresh6Bar = 0.723

// TestFresh6CasualtyF1 scores casualty extraction on a sixth set of whole
// news articles, written and committed before the rules were run on them:
// sailors and gendarmes, named armed groups ("Lakurawa", "UPC", "Jubaland
// forces"), breakdowns of the dead and wounded ("six of the dead had been
// reported missing", "About 20 of the wounded had been taken to"), tolls
// put by a second source ("put the number of dead at 14") and lists of the
// dead and injured. It fails below fresh6Bar.
func TestFresh6CasualtyF1(t *testing.T) {
	scoreArticles(t, "testdata/devset/fresh6.jsonl", 20, fresh6Bar)
}

// fresh7Bar is the F1 below which TestFresh7CasualtyF1 fails: the figure
// of the rules' first run on the seventh fresh set (precision 0.803,
// recall 0.695, F1 0.7451).
const fresh7Bar = 0.745

// TestFresh7CasualtyF1 scores casualty extraction on a seventh set of whole
// news articles, written and committed before the rules were run on them:
// named groups (Abu Sayyaf, M23, VDP militia), suicide bombers killing
// others "as well as themselves", "suffered … injuries", lists of the dead
// ("the dead included a pastor and his wife"), "was among the dead",
// rebels counting "their own" fighters and second sources putting "the
// number of dead" at another figure. It fails below fresh7Bar.
func TestFresh7CasualtyF1(t *testing.T) {
	scoreArticles(t, "testdata/devset/fresh7.jsonl", 20, fresh7Bar)
}
