package project

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
)

func TestZZDump(t *testing.T) {
	want := os.Getenv("ZZ")
	at := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, cl := range loadDevset(t, "testdata/reconcile6.jsonl") {
		for _, a := range cl.Articles {
			if !strings.Contains(want, a.ID) {
				continue
			}
			p, _ := ingest.Prepare([]byte(a.Text), ingest.Meta{Source: a.Outlet, Published: a.Published}, 0, at)
			for _, c := range extract.Extract(p) {
				if c.Kind != "casualty" {
					continue
				}
				v := -1
				if c.Count != nil && c.Count.Value != nil {
					v = *c.Count.Value
				}
				loc := "-"
				if c.Location != nil {
					loc = c.Location.Name + "|" + c.Location.Region
				}
				side := ""
				if c.Victims != nil {
					side = c.Victims.Side
				}
				s, e := "", ""
				if c.Date.Start != nil {
					s = *c.Date.Start
				}
				if c.Date.End != nil {
					e = *c.Date.End
				}
				fmt.Printf("%s st%d %s %d %s loc=%s date=%s..%s (%s) %q\n", a.ID, c.Statement, c.Outcome, v, side, loc, s, e, c.Date.Expression, c.Quote)
			}
		}
	}
}
