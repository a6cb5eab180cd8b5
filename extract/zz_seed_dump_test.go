package extract

import (
	"fmt"
	"testing"
	"time"

	"github.com/claimline/claimline/ingest"
	"github.com/claimline/claimline/seeds"
)

func TestZZSeedDump(t *testing.T) {
	for _, s := range seeds.All() {
		a, _ := ingest.Prepare([]byte(s.Text), ingest.Meta{Source: s.Source, Published: s.Published}, 0, time.Now())
		for _, c := range Extract(a) {
			if c.Kind != KindCasualty {
				continue
			}
			d := "nil"
			if c.Date.Start != nil {
				d = *c.Date.Start + ".." + *c.Date.End
			}
			v := -1
			if c.Count != nil && c.Count.Value != nil {
				v = *c.Count.Value
			}
			fmt.Printf("%s %d %s %s expr=%q | %.80s\n", c.Outcome, v, c.Victims.Side, d, c.Date.Expression, c.Quote)
		}
	}
}
