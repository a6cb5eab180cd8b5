package project_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/claimline/claimline/ingest"
	"github.com/claimline/claimline/project"
	"github.com/claimline/claimline/seeds"
)

// These tests run the real pipeline (ingest → extract worker → projector)
// on the five seed articles and check the read models against what an
// analyst reads out of them.

func best(r project.Range) int {
	if r.Best == nil {
		return -1
	}
	return *r.Best
}

func val(p *int) int {
	if p == nil {
		return -1
	}
	return *p
}

func day(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// sideIn returns the figures of the first side of an incident whose name
// contains any of the words.
func sideIn(in project.Incident, words ...string) (project.SideFigures, bool) {
	for _, s := range in.BySide {
		for _, w := range words {
			if strings.Contains(strings.ToLower(s.Side), w) {
				return s, true
			}
		}
	}
	return project.SideFigures{}, false
}

func incidentsOn(cas project.Casualties, date string) []project.Incident {
	var out []project.Incident
	for _, in := range cas.Incidents {
		if day(in.DateStart) <= date && date <= day(in.DateEnd) {
			out = append(out, in)
		}
	}
	return out
}

func describe(cas project.Casualties) string {
	var b strings.Builder
	for _, in := range cas.Incidents {
		fmt.Fprintf(&b, "\n  %s..%s %s disputed=%v:", day(in.DateStart), day(in.DateEnd), in.Location, in.Disputed)
		for _, s := range in.BySide {
			fmt.Fprintf(&b, " [%s killed %d/%d/%d]", s.Side, val(s.Killed.Low), val(s.Killed.Best), val(s.Killed.High))
		}
	}
	return b.String()
}

func TestSeedCasualties(t *testing.T) {
	p := startPipeline(t)
	pr, _ := p.runProjector(t, "project")
	ids := p.ingestSeeds(t)
	p.settled(t, pr)
	cas, _ := pr.Models()
	t.Logf("incidents:%s", describe(cas))

	// C1: one incident on 2020-02-03, Turkish military killed best 8, told by ≥3 articles.
	var c1 *project.Incident
	for _, in := range incidentsOn(cas, "2020-02-03") {
		if s, ok := sideIn(in, "turk"); ok && best(s.Killed) == 8 {
			if c1 != nil {
				t.Fatalf("Turkish losses of 2020-02-03 split over several incidents")
			}
			c1 = &in
		}
	}
	if c1 == nil {
		t.Fatal("no 2020-02-03 incident with Turkish military killed best 8")
	}
	articles := map[string]bool{}
	for _, r := range c1.Reports {
		articles[r.ArticleID] = true
	}
	if len(articles) < 3 {
		t.Errorf("C1 reported by %d articles, want at least 3", len(articles))
	}
	// That day's Syrian government losses: a range 13 .. more than 70, not a sum.
	syr, ok := sideIn(*c1, "syria", "regime", "government")
	if !ok {
		t.Fatal("no Syrian government side in the 2020-02-03 incident")
	}
	if val(syr.Killed.Low) > 13 || val(syr.Killed.High) < 70 || val(syr.Killed.High) >= 84 {
		t.Errorf("Syrian losses of 2020-02-03 killed %d/%d/%d, want low ≤ 13, high ≥ 70 and not the sum 84",
			val(syr.Killed.Low), val(syr.Killed.Best), val(syr.Killed.High))
	}

	// C5/C5': the 2020-02-06 Israeli strikes: low 12, high 23, disputed.
	found := false
	for _, in := range incidentsOn(cas, "2020-02-06") {
		if val(in.Killed.Low) == 12 && val(in.Killed.High) == 23 && in.Disputed {
			found = true
		}
	}
	if !found {
		t.Error("no 2020-02-06 incident with killed low 12, high 23, disputed")
	}
	// It is one incident at Kisweh and at Ezra in Daraa: the five killed
	// in Ezra are a part of the 12, not a second incident beside them.
	militia := 0
	for _, in := range incidentsOn(cas, "2020-02-06") {
		if _, ok := sideIn(in, "pro-government", "militia"); ok {
			militia++
			if loc := strings.ToLower(in.Location); !strings.Contains(loc, "kisweh") || !strings.Contains(loc, "ezra") && !strings.Contains(loc, "daraa") {
				t.Errorf("the 2020-02-06 strikes placed at %q, want Kisweh and Ezra (Daraa)", in.Location)
			}
		}
	}
	if militia != 1 {
		t.Errorf("%d incidents of 2020-02-06 with pro-government fighters killed, want one:%s", militia, describe(cas))
	}

	// C6: 19 Syrian government soldiers killed on 2020-03-01.
	found = false
	for _, in := range incidentsOn(cas, "2020-03-01") {
		if s, ok := sideIn(in, "syria", "regime", "government"); ok && best(s.Killed) == 19 {
			found = true
		}
	}
	if !found {
		t.Error("no 2020-03-01 incident with 19 Syrian government soldiers killed")
	}

	// Totals: Turkish military killed best = 8 + 34.
	if got := turkishTotal(cas); got != 42 {
		t.Errorf("Turkish military killed total %d, want 42", got)
	}
	// No cumulative figure inside incidents or totals.
	for _, in := range cas.Incidents {
		for _, r := range in.Reports {
			if v := val(r.Count); v >= 1000 {
				t.Errorf("incident %s holds a figure of %d (%q): cumulative figures stay apart", in.ID, v, r.Quote)
			}
		}
	}
	if len(cas.Cumulative) < 3 {
		t.Errorf("%d cumulative figures, want the 400,000, hundreds of civilians and 2,200 neutralized", len(cas.Cumulative))
	}

	// C4: the Russian "specialists", killed on no stated day, told by
	// four articles without a figure: one undated incident, reported by
	// at least three of them, with no number; none of its reports in a
	// dated incident (000 and 003 tell it beside the Monday's losses).
	russian := 0
	for _, in := range cas.Incidents {
		if _, ok := sideIn(in, "russia"); !ok {
			continue
		}
		russian++
		if in.DateStart != nil {
			t.Errorf("Russian losses in an incident dated %s:%s", day(in.DateStart), describe(cas))
			continue
		}
		arts := map[string]bool{}
		for _, r := range in.Reports {
			arts[r.ArticleID] = true
		}
		if len(arts) < 3 || in.Killed.High != nil {
			t.Errorf("the Russian incident is told by %d articles with killed high %d, want at least 3 and no number", len(arts), val(in.Killed.High))
		}
	}
	if russian != 1 {
		t.Errorf("%d incidents with Russian losses, want one:%s", russian, describe(cas))
	}

	// Retracting article 004 removes its incidents: the Turkish total is 8.
	if _, err := p.in.Retract(context.Background(), ingest.Retraction{ArticleID: ids["004"], Reason: "test"}); err != nil {
		t.Fatal(err)
	}
	p.settled(t, pr)
	cas, _ = pr.Models()
	if got := turkishTotal(cas); got != 8 {
		t.Errorf("after retracting 004 the Turkish military killed total is %d, want 8", got)
	}
	for _, in := range incidentsOn(cas, "2020-03-01") {
		for _, r := range in.Reports {
			if r.ArticleID == ids["004"] {
				t.Errorf("a retracted article's report is still in incident %s", in.ID)
			}
		}
	}
	rc, _ := replayDigests(t, p.env.Bus, project.ReplayOptions{})
	if rc != cas.Digest {
		t.Errorf("after retraction replay digest %s != live %s", rc, cas.Digest)
	}
}

func turkishTotal(cas project.Casualties) int {
	total := 0
	for side, t := range cas.Totals.BySide {
		if strings.Contains(strings.ToLower(side), "turk") {
			total += t.Killed
		}
	}
	return total
}

func TestSeedTimeline(t *testing.T) {
	p := startPipeline(t)
	pr, _ := p.runProjector(t, "project")
	p.ingestSeeds(t)
	p.settled(t, pr)
	_, tl := pr.Models()
	rows := []struct {
		name    string
		from    string
		to      string
		actions []string
		words   []string
	}{
		{"2020-01-12 ceasefire", "2020-01-12", "2020-01-12", []string{"ceasefire"}, nil},
		{"2020-02-03 clash", "2020-02-03", "2020-02-03", []string{"strike", "killed", "offensive"}, []string{"turk"}},
		{"Saraqeb entered", "2020-02-05", "2020-02-06", []string{"enter", "siege", "capture"}, []string{"saraq"}},
		{"Turkish reinforcements", "2020-02-06", "2020-02-06", []string{"deploy"}, []string{"turk"}},
		{"Taftanaz air base attack", "2020-02-06", "2020-02-06", []string{"strike"}, []string{"taftanaz"}},
		{"Israeli strikes", "2020-02-06", "2020-02-06", []string{"strike"}, []string{"israel"}},
		{"warplanes shot down", "2020-03-01", "2020-03-01", []string{"shootdown"}, nil},
		{"seven towns captured", "2020-03-01", "2020-03-01", []string{"capture"}, []string{"zawiya"}},
	}
	for _, row := range rows {
		t.Run(row.name, func(t *testing.T) {
			for _, e := range tl.Entries {
				if day(e.DateStart) > row.to || day(e.DateEnd) < row.from || day(e.DateEnd) > row.to {
					continue
				}
				if !contains(row.actions, e.Action) {
					continue
				}
				text := strings.ToLower(e.Summary + " " + e.Location + " " + strings.Join(e.Actors, " "))
				for _, s := range e.Sources {
					text += " " + strings.ToLower(s.Quote)
				}
				ok := true
				for _, w := range row.words {
					ok = ok && strings.Contains(text, w)
				}
				if ok {
					return
				}
			}
			t.Errorf("no timeline entry %s..%s with action %v mentioning %v", row.from, row.to, row.actions, row.words)
		})
	}
}

func contains(set []string, s string) bool {
	for _, x := range set {
		if x == s {
			return true
		}
	}
	return false
}

func TestReplayAsOfBeforeArticle004(t *testing.T) {
	p := startPipeline(t)
	pr, _ := p.runProjector(t, "project")
	ctx := context.Background()
	var before time.Time
	for i, s := range seeds.All() {
		if i == 4 {
			p.settled(t, pr)
			// Everything stored so far was stored before this moment, and
			// article 004 after it (same clock, nanosecond timestamps).
			before = time.Now()
		}
		if _, err := p.in.Ingest(ctx, ingest.Input{Name: s.Name, Raw: s.Text, Meta: ingest.Meta{Source: s.Source, Published: s.Published}}); err != nil {
			t.Fatal(err)
		}
	}
	p.settled(t, pr)
	f, _, err := project.Replay(ctx, p.env.Bus, project.ReplayOptions{AsOf: before})
	if err != nil {
		t.Fatal(err)
	}
	then := f.Casualties()
	if len(incidentsOn(then, "2020-03-01")) != 0 {
		t.Errorf("as of before article 004 there is a 2020-03-01 incident:%s", describe(then))
	}
	now, _ := pr.Models()
	if len(incidentsOn(now, "2020-03-01")) == 0 {
		t.Errorf("with article 004 there is no 2020-03-01 incident:%s", describe(now))
	}
}

// TestCorrectionReresolvesDates corrects article 004's publication date a
// week later: its "on Sunday" figures move with it, and replay agrees.
func TestCorrectionReresolvesDates(t *testing.T) {
	p := startPipeline(t)
	pr, _ := p.runProjector(t, "project")
	ids := p.ingestSeeds(t)
	p.settled(t, pr)
	has19 := func(cas project.Casualties, date string) bool {
		for _, in := range incidentsOn(cas, date) {
			if s, ok := sideIn(in, "syria", "regime", "government"); ok && best(s.Killed) == 19 {
				return true
			}
		}
		return false
	}
	cas, _ := pr.Models()
	if !has19(cas, "2020-03-01") {
		t.Fatalf("no 19 killed on 2020-03-01 before the correction:%s", describe(cas))
	}
	if _, err := p.in.Correct(context.Background(), ingest.Correction{ArticleID: ids["004"], Published: "2020-03-08", Reason: "test"}); err != nil {
		t.Fatal(err)
	}
	p.settled(t, pr)
	cas, _ = pr.Models()
	if has19(cas, "2020-03-01") || !has19(cas, "2020-03-08") {
		t.Errorf("after correcting 004 to 2020-03-08, want its 19 killed on 2020-03-08, not 2020-03-01:%s", describe(cas))
	}
	if rc, _ := replayDigests(t, p.env.Bus, project.ReplayOptions{}); rc != cas.Digest {
		t.Errorf("replay digest %s != live %s after the correction", rc, cas.Digest)
	}
}
