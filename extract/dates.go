package extract

// dateHit is a date expression found in a piece of text; Start and End are
// byte offsets into that text.
type dateHit struct {
	Start, End int
	Expr       string // as written, e.g. "on Thursday", "last week", "Jan. 12"
}

// findDates returns the date expressions in text, in order.
func findDates(text string) []dateHit { return nil }

// ResolveDate resolves a date expression as written against the article's
// publication date (YYYY-MM-DD, or "" when unknown). Without a publication
// date, relative expressions stay unresolved (but keep Expression and any
// Weekday); absolute ones ("February 6, 2020") resolve on their own.
func ResolveDate(expr, published string) Date {
	return Date{Precision: PrecisionUnresolved, Expression: expr}
}
