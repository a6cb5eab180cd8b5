package extract

import "testing"

// TestHeadlineDateFromLead: a figure of the headline that repeats no dated
// figure of the body takes the day of the lead's first dated figure; the
// lead's own figures keep theirs, and a headline with no dated lead stays
// undated.
func TestHeadlineDateFromLead(t *testing.T) {
	for _, tc := range []struct {
		text string
		want map[int]string // count -> day ("" for none)
	}{
		{"Gunmen kill four teachers in northern Nigeria\n\n" +
			"MAIDUGURI, Nigeria, May 3 (Reuters) - Four teachers and their driver were shot dead when gunmen stopped their bus outside the town of Konduga on Wednesday, police said.",
			map[int]string{4: "2023-05-03", 5: "2023-05-03"}},
		{"Bomb blast wounds 12 at bus station\n\n" +
			"KARACHI (AP) - A bomb hidden in a parked motorcycle exploded at a crowded bus station, wounding 12 people and killing three, police said on Tuesday.",
			map[int]string{12: "", 3: ""}},
	} {
		seen := 0
		for _, c := range extractText(t, tc.text, "2023-05-04") {
			if c.Kind != KindCasualty || c.Count == nil || c.Count.Value == nil {
				continue
			}
			w, ok := tc.want[*c.Count.Value]
			if !ok {
				continue
			}
			seen++
			got := ""
			if c.Date.Start != nil {
				got = *c.Date.Start
			}
			if got != w {
				t.Errorf("%q: day %q, want %q", c.Quote, got, w)
			}
		}
		if seen < len(tc.want) {
			t.Errorf("%q: %d of %d figures found", tc.text[:30], seen, len(tc.want))
		}
	}
}
