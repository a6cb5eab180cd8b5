package extract

// placeHit is a place found in a piece of text; Start and End are byte
// offsets into that text.
type placeHit struct {
	Start, End int
	Place      Place
}

// findPlaces returns the places named in text, in order: gazetteer names
// and aliases, and otherwise capitalised names after in/near/at/outside.
func findPlaces(text string) []placeHit { return nil }

// NormalisePlace returns the gazetteer entry for a place as written
// ("Deraa" → Daraa), and false when the gazetteer does not know it.
func NormalisePlace(text string) (Place, bool) { return Place{}, false }
