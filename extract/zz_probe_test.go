package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/claimline/claimline/ingest"
)

func TestZZProbe(t *testing.T) {
	text := os.Getenv("PROBE")
	if text == "" {
		t.Skip()
	}
	pub := os.Getenv("PUB")
	if pub == "" {
		pub = "2024-03-14"
	}
	a := ingest.Article{ID: "probe", Text: text, Published: pub}
	for _, c := range Extract(a) {
		var b strings.Builder
		if c.Kind == "casualty" {
			n := "nil"
			if c.Count != nil {
				n = "?/" + c.Count.Qualifier
				if c.Count.Value != nil {
					n = fmt.Sprintf("%d/%s", *c.Count.Value, c.Count.Qualifier)
				}
			}
			side := ""
			if c.Victims != nil {
				side = c.Victims.Side + ":" + c.Victims.Text
			}
			fmt.Fprintf(&b, "CAS %s %s [%s] scope=%s", c.Outcome, n, side, c.Scope)
		} else {
			actor := ""
			if c.Actor != nil {
				actor = c.Actor.Name
			}
			fmt.Fprintf(&b, "EVT %s actor=%s", c.Action, actor)
		}
		loc := ""
		if c.Location != nil {
			loc = c.Location.Name
		}
		fmt.Fprintf(&b, " | by=%q date=%s..%s | at=%s | %q", c.AttributedTo, ds(c.Date.Start), ds(c.Date.End), loc, c.Quote)
		fmt.Println(b.String())
	}
}

func ds(p *string) string {
	if p == nil {
		return "-"
	}
	return *p
}

func TestZZPlaces(t *testing.T) {
	text := os.Getenv("PROBE")
	if text == "" {
		t.Skip()
	}
	fmt.Println(isCountry("Chad"), contingentFrom("Two peacekeepers from "))
	for _, h := range findPlaces(text) {
		fmt.Printf("%+v\n", h)
	}
}
