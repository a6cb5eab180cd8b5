package project

import (
	"testing"
	"time"

	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
	"github.com/claimline/claimline/seeds"
)

func TestZZStats(t *testing.T) {
	f := NewFold()
	at := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	var n int
	for i, s := range seeds.Synthetic(4000, 1) {
		a, err := ingest.Prepare(s.Text, ingest.Meta{Source: s.Source, Published: s.Published}, 0, at)
		if err != nil {
			t.Fatal(err)
		}
		f.ApplyArticle(uint64(i+1), at, a)
		for _, c := range extract.Extract(a) {
			n++
			f.ApplyClaim(uint64(n), at, c)
		}
	}
	lb := f.buildLive()
	st := f.inc
	var dated, undated, wk, nopub, ev, evd int
	for _, v := range lb.views {
		for _, u := range v.units {
			if u.dated {
				dated++
			} else {
				undated++
				if u.weekday >= 0 {
					wk++
				}
				if !u.art.hasPub {
					nopub++
				}
			}
		}
		ev += len(v.dated) + len(v.undated)
		evd += len(v.dated)
	}
	t.Logf("claims %d views %d units dated %d undated %d (weekday %d, nopub %d) incidents %d events %d dated %d", n, len(lb.views), dated, undated, wk, nopub, len(lb.incs), ev, evd)
	_ = st
	start := time.Now()
	for i := 0; i < 20; i++ {
		st.reconcile(lb.views)
	}
	t.Logf("reconcile %v", time.Since(start)/20)
	start = time.Now()
	for i := 0; i < 100; i++ {
		f.buildLive()
	}
	t.Logf("buildLive %v", time.Since(start)/100)
}
