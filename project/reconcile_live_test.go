package project

import (
	"fmt"
	"testing"
	"time"

	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
)

// liveCase builds the events of the live reconciliation tests: articles
// with casualty claims, and retractions.
type liveCase struct {
	seq   uint64
	claim int
	at    time.Time
}

// liveReport is one casualty claim of a liveCase article: statement, outcome,
// count (0: none given), side, place (empty: none) and day (empty: undated).
type liveReport struct {
	stmt    int
	outcome string
	count   int
	side    string
	place   string
	day     string
}

func (lc *liveCase) article(f *Fold, id, pub string, reports ...liveReport) {
	lc.seq++
	lc.at = lc.at.Add(time.Second)
	f.ApplyArticle(lc.seq, lc.at, ingest.Article{ID: id, Source: "Reuters", Published: pub})
	for i, r := range reports {
		lc.claim++
		c := extract.Claim{ID: fmt.Sprintf("c%04d", lc.claim), ArticleID: id, Extractor: "claimline-rules@1.0.0",
			Kind: extract.KindCasualty, Outcome: r.outcome, Statement: r.stmt, Scope: extract.ScopeIncident,
			Span: extract.Span{Start: i * 50, End: i*50 + 30}, Quote: fmt.Sprintf("quote %d", lc.claim),
			Victims: &extract.Group{Text: r.side, Side: r.side}, Date: extract.Date{Precision: extract.PrecisionUnresolved}}
		if r.count > 0 {
			v := r.count
			c.Count = &extract.Count{Value: &v, Qualifier: extract.QualExact}
		} else {
			c.Count = &extract.Count{Qualifier: extract.QualUnknown}
		}
		if r.place != "" {
			c.Location = &extract.Place{Text: r.place, Name: r.place, Region: "Idlib"}
		}
		if r.day != "" {
			d := r.day
			c.Date = extract.Date{Start: &d, End: &d, Precision: extract.PrecisionDay, Expression: "on " + d}
		}
		if err := f.ApplyClaim(uint64(lc.claim), lc.at, c); err != nil {
			panic(err)
		}
	}
}

func (lc *liveCase) retract(f *Fold, id string) {
	lc.seq++
	lc.at = lc.at.Add(time.Second)
	f.ApplyRetraction(lc.seq, lc.at, ingest.Retraction{ArticleID: id})
}

// TestLiveReconcileMarks plays, step by step, changes whose effect on
// step 4 or step 7 of reconcile reaches decisions about articles that did
// not change: the live models must be those of a full build after every
// step, and the live reconciliations must have taken decisions again.
func TestLiveReconcileMarks(t *testing.T) {
	const p = "2020-03-10"
	tests := []struct {
		name  string
		steps []func(f *Fold, lc *liveCase)
	}{
		{
			// a1 is kept; a2, five days later, merges into it and widens
			// its days, so that a3, four days before a1, does not fit and
			// is kept. Once a2 is retracted, a3 merges into a1.
			name: "a bare incident that widened a kept one is retracted",
			steps: []func(f *Fold, lc *liveCase){
				func(f *Fold, lc *liveCase) {
					lc.article(f, "a1", p, liveReport{1, extract.OutcomeKilled, 0, "civilians", "Idlib town 1", ""})
				},
				func(f *Fold, lc *liveCase) {
					lc.article(f, "a2", "2020-03-15", liveReport{1, extract.OutcomeKilled, 0, "civilians", "Idlib town 1", ""})
				},
				func(f *Fold, lc *liveCase) {
					lc.article(f, "a3", "2020-03-06", liveReport{1, extract.OutcomeKilled, 0, "civilians", "Idlib town 1", ""})
				},
				func(f *Fold, lc *liveCase) { lc.retract(f, "a2") },
			},
		},
		{
			// As above, but a2's bare statement leaves step 7 for the
			// dated incident of a new article a0, following its neighbour
			// that corroborates a0's figure.
			name: "a bare incident follows its neighbour into a new dated incident",
			steps: []func(f *Fold, lc *liveCase){
				func(f *Fold, lc *liveCase) {
					lc.article(f, "a1", p, liveReport{1, extract.OutcomeKilled, 0, "civilians", "Idlib town 1", ""})
				},
				func(f *Fold, lc *liveCase) {
					lc.article(f, "a2", "2020-03-15",
						liveReport{1, extract.OutcomeKilled, 4, "rebels", "Idlib town 1", ""},
						liveReport{2, extract.OutcomeKilled, 0, "civilians", "Idlib town 1", ""})
				},
				func(f *Fold, lc *liveCase) {
					lc.article(f, "a3", "2020-03-06", liveReport{1, extract.OutcomeKilled, 0, "civilians", "Idlib town 1", ""})
				},
				func(f *Fold, lc *liveCase) {
					lc.article(f, "a0", "2020-03-15",
						liveReport{1, extract.OutcomeKilled, 4, "rebels", "Idlib town 1", "2020-03-13"},
						liveReport{1, extract.OutcomeKilled, 2, "civilians", "Idlib town 1", "2020-03-13"})
				},
			},
		},
		{
			// b2's undated report joins b1's dated incident by its figure
			// and gives it a town; b3's report of the same figure at
			// another town of the province then cannot join. Once b2 is
			// retracted, it can.
			name: "an undated report that placed a dated incident is retracted",
			steps: []func(f *Fold, lc *liveCase){
				func(f *Fold, lc *liveCase) {
					lc.article(f, "b1", p, liveReport{1, extract.OutcomeKilled, 5, "civilians", "", "2020-03-09"})
				},
				func(f *Fold, lc *liveCase) {
					lc.article(f, "b2", p, liveReport{1, extract.OutcomeKilled, 5, "civilians", "Idlib town 1", ""})
				},
				func(f *Fold, lc *liveCase) {
					lc.article(f, "b3", p, liveReport{1, extract.OutcomeKilled, 5, "civilians", "Idlib town 2", ""})
				},
				func(f *Fold, lc *liveCase) { lc.retract(f, "b2") },
			},
		},
		{
			// c2's bare report at a town does not touch c1's at another
			// town, so it is kept. c0, an article without a publication
			// date naming only the province, is kept before both: c2 now
			// merges into it, though nothing near c2's publication changed.
			name: "a bare incident without a publication date takes in one of any time",
			steps: []func(f *Fold, lc *liveCase){
				func(f *Fold, lc *liveCase) {
					lc.article(f, "c1", p, liveReport{1, extract.OutcomeKilled, 0, "civilians", "Idlib town 1", ""})
				},
				func(f *Fold, lc *liveCase) {
					lc.article(f, "c2", "2020-01-10", liveReport{1, extract.OutcomeKilled, 0, "civilians", "Idlib town 2", ""})
				},
				func(f *Fold, lc *liveCase) {
					lc.article(f, "c0", "", liveReport{1, extract.OutcomeKilled, 0, "civilians", "Idlib", ""})
				},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			live := &Fold{}
			lc := &liveCase{at: time.Date(2020, 3, 20, 0, 0, 0, 0, time.UTC)}
			active := liveReconcileStats.active.Load()
			var prev Casualties
			for i, s := range tt.steps {
				s(live, lc)
				// The same steps for a fresh fold, with a case of their own.
				var steps []step
				flc := &liveCase{at: time.Date(2020, 3, 20, 0, 0, 0, 0, time.UTC)}
				for _, s := range tt.steps[:i+1] {
					steps = append(steps, func(f *Fold) error { s(f, flc); return nil })
				}
				prev, _, _, _ = buildAsFresh(t, i, live, steps)
			}
			if len(prev.Incidents) == 0 {
				t.Fatal("no incident at the end")
			}
			if n := liveReconcileStats.active.Load() - active; n < int64(len(tt.steps)-1) {
				t.Errorf("%d of %d reconciliations took decisions again", n, len(tt.steps))
			}
		})
	}
}
