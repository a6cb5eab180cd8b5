package extract

// eventHit is an event found in a sentence; Start and End are byte offsets
// into that sentence and cover the words that state the event (distinct
// events in one sentence have distinct spans).
type eventHit struct {
	Start, End int
	Action     string
	Actor      *Party
	Target     *Party
	Place      *Place // where, when the sentence says
}

// findEvents returns the events a sentence states, in order.
func findEvents(sentence string) []eventHit { return nil }
