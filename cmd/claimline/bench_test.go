package main

import "testing"

func TestBenchJudge(t *testing.T) {
	// A run at the thresholds meets every target; just under, none.
	at := benchResult{RawPublishRate: 1000, IngestRate: 500, RawReplayRate: 1000, ReplayRate: 500,
		ExtractRate2: 500, E2EArticles: 10, E2EP99ms: 99.9, E2ERequested: 200}
	at.judge()
	if want := (targets{Ingest: true, Replay: true, Extract: true, E2E: true}); at.Targets != want {
		t.Errorf("at the thresholds: %+v, want %+v", at.Targets, want)
	}
	if at.IngestRatio != 0.5 || at.ReplayRatio != 0.5 || at.Extract2Ratio != 1 {
		t.Errorf("ratios %v %v %v, want 0.5 0.5 1", at.IngestRatio, at.ReplayRatio, at.Extract2Ratio)
	}
	under := benchResult{RawPublishRate: 1000, IngestRate: 499, RawReplayRate: 1000, ReplayRate: 499,
		ExtractRate2: 498, E2EArticles: 10, E2EP99ms: 100, E2ERequested: 200}
	under.judge()
	if under.Targets != (targets{}) {
		t.Errorf("under the thresholds: %+v, want none met", under.Targets)
	}
	// Latency under 100 ms at a lower offered rate does not meet the
	// target, which is set at 200 articles/s.
	slow := benchResult{E2EArticles: 10, E2EP99ms: 20, E2ERequested: 50}
	slow.judge()
	if slow.Targets.E2E {
		t.Error("p99 20 ms at 50 articles/s meets the target of 200 articles/s")
	}
	// Nothing measured meets nothing (no division by zero either).
	var none benchResult
	none.judge()
	if none.Targets != (targets{}) || none.IngestRatio != 0 || none.Extract2Ratio != 0 {
		t.Errorf("an empty run: %+v", none)
	}
}
