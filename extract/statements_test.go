package extract

import (
	"testing"

	"github.com/claimline/claimline/ingest"
)

// TestStatementsOfSides checks the statements a side makes beside calls
// and warnings: denials, charges, protests, rejections and blame, each of
// the party that speaks, of the day it spoke when the sentence says it,
// and at no place; and that a passive or a participle ("a militant
// accused of", "were denied access") is none.
func TestStatementsOfSides(t *testing.T) {
	cases := []struct {
		name, text, published string
		actor, day            string // want one statement; "" for none
	}{
		{"a capital denies", "Kyiv denied the claim.", "2025-07-31", "Ukraine", ""},
		{"a charge", "Cameroon accused Nigeria on Tuesday of launching an attack on its positions on the Bakassi peninsula.", "1996-02-06", "Cameroon", "1996-02-06"},
		{"a protest lodged", "Pakistan's Foreign Ministry said it had lodged a strong protest with Kabul.", "1986-04-22", "Pakistan", ""},
		{"an offer rejected", "Iraq rejected the offer of a truce.", "1980-10-01", "Iraq", ""},
		{"blame", "Iraq blames Turkey for deadly shelling of Kurdish resort", "2022-07-21", "Iraq", ""},
		{"a second verb of who said", "Mali said its troops had only responded to a Burkinabe incursion and denied bombing civilians.", "1985-12-26", "Mali", ""},
		{"the day said", "Houthi military spokesman Yahya Saree said on Sunday that 10 of the group's naval personnel were missing, and warned that the United States would bear the consequences.", "2024-01-01", "Houthis", "2023-12-31"},
		{"a passive with its speaker", "The strike was condemned by Qatar.", "2025-09-09", "Qatar", ""},
		{"a participle is a charge, not a statement", "A senior militant accused of organising attacks in Tunisia was arrested.", "2016-02-20", "", ""},
		{"a passive refusal is none", "Journalists were denied access to the town.", "2016-02-20", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []Claim
			for _, c := range Extract(ingest.Article{ID: "statement", Text: tc.text, Published: tc.published}) {
				if c.Kind == KindEvent && c.Action == ActionStatement {
					got = append(got, c)
				}
			}
			if tc.actor == "" {
				if len(got) != 0 {
					t.Fatalf("got %d statements (%q), want none", len(got), got[0].Quote)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("got %d statements, want 1", len(got))
			}
			c := got[0]
			if c.Actor == nil || c.Actor.Name != tc.actor {
				t.Errorf("actor = %v, want %s", c.Actor, tc.actor)
			}
			if c.Location != nil {
				t.Errorf("location = %s, want none", c.Location.Name)
			}
			day := ""
			if c.Date.Start != nil {
				day = *c.Date.Start
			}
			if tc.day != "" && day != tc.day {
				t.Errorf("date = %q, want %s", day, tc.day)
			}
		})
	}
}
