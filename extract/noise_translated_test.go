package extract

import "testing"

// TestTranslationNoteIsNoise: a translation note heading a report ("(Translated
// from El Nacional)") is page furniture, so the outlet it names is no place.
func TestTranslationNoteIsNoise(t *testing.T) {
	for line, want := range map[string]bool{
		"(Translated from El Nacional)": true,
		"(Translated from Spanish.)":    true,
		"Translation by our staff":      true,
		"Two police officers were killed in El Junquito on Monday, the ministry said in a statement translated from Spanish.": false,
	} {
		if got := isNoiseLine(line); got != want {
			t.Errorf("isNoiseLine(%q) = %v, want %v", line, got, want)
		}
	}
	text := "Venezuela says two police killed\n\n(Translated from El Nacional)\n\nCARACAS, 16 January - Two police officers were killed, the ministry said."
	for _, c := range extractText(t, text, "2018-01-16") {
		if c.Location != nil && c.Location.Name == "El Nacional" {
			t.Errorf("%q placed at El Nacional", c.Quote)
		}
	}
}
