package extract

import (
	"slices"
	"testing"

	"github.com/claimline/claimline/ingest"
)

// TestCaptureOfTwoTowns: a capture of two towns the gazetteer knows, told
// together, is a capture of each; a place told again by the area it lies
// in ("Kandahar, Afghanistan's second city") is no second capture, nor is
// a second place the gazetteer does not know.
func TestCaptureOfTwoTowns(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Israeli armored columns took Bethlehem and Jericho yesterday.", []string{"Bethlehem", "Jericho"}},
		{"Taliban fighters captured Kandahar, Afghanistan's second city, on Thursday.", []string{"Kandahar"}},
		{"Rebels captured Idlib and Zorbanet on Sunday.", []string{"Idlib"}},
	} {
		var got []string
		for _, c := range Extract(ingest.Article{ID: "t", Published: "2021-08-13", Text: tc.text}) {
			if c.Kind == KindEvent && c.Action == ActionCapture && c.Location != nil {
				got = append(got, c.Location.Name)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: captures at %q, want %q", tc.text, got, tc.want)
		}
	}
}
