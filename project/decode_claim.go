package project

import (
	"bytes"
	"encoding/binary"
	"sync"
	"unicode/utf8"

	"github.com/claimline/claimline/extract"
)

// decodeClaimFast reads a claim event written the way the extract worker
// writes it (its envelope's fields and the claim's in their fixed order,
// as encoding/json would write them), in one pass without reflection. ok
// is false for anything else — another order, another layout, a string it
// does not read plainly (invalid UTF-8, a surrogate escape) — and the
// caller then decodes the body with the general decoder. When ok is true,
// the claim is what the general decoder gives, and the envelope passes
// decodeClaim's checks (FuzzDecodeClaimFast holds both).
func decodeClaimFast(body []byte) (c extract.Claim, ok bool) {
	buf := readBufs.Get().(*[]byte)
	r := claimReader{b: body, buf: (*buf)[:0]}
	defer func() {
		*buf = r.buf
		readBufs.Put(buf)
	}()
	var spec, id, typ []byte
	if !r.lit(`{"specversion":`) || !r.plain(&spec) ||
		!r.lit(`,"id":`) || !r.plain(&id) ||
		!r.lit(`,"source":`) || !r.skipStr() ||
		!r.lit(`,"type":`) || !r.plain(&typ) ||
		!r.lit(`,"time":`) || !r.skipStr() {
		return c, false
	}
	if r.lit(`,"subject":`) && !r.skipStr() {
		return c, false
	}
	if !r.lit(`,"datacontenttype":`) || !r.skipStr() ||
		!r.lit(`,"dataschema":`) || !r.skipStr() ||
		!r.lit(`,"data":`) || !r.claim(&c) || !r.lit("}") || !r.end() {
		return extract.Claim{}, false
	}
	if len(spec) == 0 || len(id) == 0 || string(typ) != extract.EventTypeCasualty && string(typ) != extract.EventTypeEvent {
		return extract.Claim{}, false
	}
	r.done(&c)
	return c, true
}

// casualtyParts and eventParts hold what a claim of each kind points to,
// in one allocation.
type casualtyParts struct {
	place      extract.Place
	count      extract.Count
	value      int
	victims    extract.Group
	start, end string
}

type eventParts struct {
	place         extract.Place
	actor, target extract.Party
	start, end    string
}

// claimReader reads JSON of a known layout from b at i; each method
// reports whether what it expected was there.
type claimReader struct {
	b []byte
	i int
	// The values of the strings read so far, one after another, and where
	// each goes: done writes them all out of one allocation.
	buf  []byte
	refs [32]strRef
	n    int
}

// strRef is a string value in claimReader.buf and its destination: to,
// or the claim's field f when to is nil (so that the claim, which is
// returned by value, needs no pointer into it kept).
type strRef struct {
	to     *string
	f      claimField
	off, n int
}

// claimField names a string field of extract.Claim.
type claimField uint8

const (
	fID claimField = iota
	fArticleID
	fExtractor
	fKind
	fQuote
	fDatePrecision
	fDateExpression
	fDateWeekday
	fAttributedTo
	fOutcome
	fScope
	fAction
)

// done gives each string read its value, all of them slices of one
// string.
func (r *claimReader) done(c *extract.Claim) {
	all := string(r.buf)
	for _, x := range r.refs[:r.n] {
		v := all[x.off : x.off+x.n]
		if x.to != nil {
			*x.to = v
			continue
		}
		switch x.f {
		case fID:
			c.ID = v
		case fArticleID:
			c.ArticleID = v
		case fExtractor:
			c.Extractor = v
		case fKind:
			c.Kind = v
		case fQuote:
			c.Quote = v
		case fDatePrecision:
			c.Date.Precision = v
		case fDateExpression:
			c.Date.Expression = v
		case fDateWeekday:
			c.Date.Weekday = v
		case fAttributedTo:
			c.AttributedTo = v
		case fOutcome:
			c.Outcome = v
		case fScope:
			c.Scope = v
		case fAction:
			c.Action = v
		}
	}
}

// readBufs are the buffers decodeClaimFast gathers string values in.
var readBufs = sync.Pool{New: func() any { return new([]byte) }}

// lit consumes s if the input goes on with it.
func (r *claimReader) lit(s string) bool {
	if len(r.b)-r.i < len(s) || string(r.b[r.i:r.i+len(s)]) != s {
		return false
	}
	r.i += len(s)
	return true
}

// end reports whether only white space is left.
func (r *claimReader) end() bool {
	for ; r.i < len(r.b); r.i++ {
		switch r.b[r.i] {
		case ' ', '\t', '\n', '\r':
		default:
			return false
		}
	}
	return true
}

// plain reads a JSON string with no escape in it, its bytes into *v.
func (r *claimReader) plain(v *[]byte) bool {
	if r.i >= len(r.b) || r.b[r.i] != '"' {
		return false
	}
	for j := r.i + 1; j < len(r.b); j++ {
		switch c := r.b[j]; {
		case c == '"':
			*v = r.b[r.i+1 : j]
			r.i = j + 1
			return true
		case c == '\\' || c < 0x20 || c >= utf8.RuneSelf:
			return false
		}
	}
	return false
}

// field reads a JSON string, whose value goes to the claim's field f when
// done is called.
func (r *claimReader) field(f claimField) bool {
	if !r.str(nil) {
		return false
	}
	r.refs[r.n-1].f = f
	return true
}

// str reads a JSON string, whose value goes to *s when done is called.
func (r *claimReader) str(s *string) bool {
	off := len(r.buf)
	if !r.strValue(true) {
		return false
	}
	if r.n == len(r.refs) {
		return false // more strings than a claim has
	}
	r.refs[r.n] = strRef{to: s, off: off, n: len(r.buf) - off}
	r.n++
	return true
}

// skipStr reads a JSON string and drops it.
func (r *claimReader) skipStr() bool {
	return r.strValue(false)
}

// strPtr reads a JSON string or null into *s, the string kept in *room.
func (r *claimReader) strPtr(s **string, room *string) bool {
	if r.lit("null") {
		*s = nil
		return true
	}
	if !r.str(room) {
		return false
	}
	*s = room
	return true
}

// strValue reads a JSON string, and appends its value to r.buf when keep
// is set. Escapes other than a surrogate's are decoded as encoding/json
// decodes them; raw bytes must be valid UTF-8 with no control characters.
func (r *claimReader) strValue(keep bool) bool {
	if r.i >= len(r.b) || r.b[r.i] != '"' {
		return false
	}
	start := r.i + 1
	q := bytes.IndexByte(r.b[start:], '"')
	if q < 0 {
		return false
	}
	raw := r.b[start : start+q]
	if bytes.IndexByte(raw, '\\') >= 0 {
		return r.escaped(start, keep)
	}
	if !plainText(raw) {
		return false
	}
	r.i = start + q + 1
	if keep {
		r.buf = append(r.buf, raw...)
	}
	return true
}

// plainText reports whether b holds no control character and is valid
// UTF-8, eight bytes at a time while it is ASCII.
func plainText(b []byte) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	ascii := true
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		// A byte under 0x20 sets its high bit in the first term (exact
		// for the word as a whole).
		if (x-ones*0x20)&^x&highs != 0 {
			return false
		}
		if x&highs != 0 {
			ascii = false
		}
	}
	for ; i < len(b); i++ {
		if b[i] < 0x20 {
			return false
		}
		if b[i] >= utf8.RuneSelf {
			ascii = false
		}
	}
	return ascii || utf8.Valid(b)
}

// escaped finishes reading a string from start that holds an escape; its
// value goes to r.buf (and is taken off again unless keep is set).
func (r *claimReader) escaped(start int, keep bool) bool {
	from := len(r.buf)
	ok := r.unescape(start)
	if ok && !utf8.Valid(r.buf[from:]) {
		ok = false
	}
	if !ok || !keep {
		r.buf = r.buf[:from]
	}
	return ok
}

// unescape appends the value of the string from start to r.buf.
func (r *claimReader) unescape(start int) bool {
	seg := start
	for j := start; j < len(r.b); {
		c := r.b[j]
		switch {
		case c == '"':
			r.buf = append(r.buf, r.b[seg:j]...)
			r.i = j + 1
			return true
		case c < 0x20:
			return false
		case c != '\\':
			j++
			continue
		}
		r.buf = append(r.buf, r.b[seg:j]...)
		if j+1 >= len(r.b) {
			return false
		}
		switch e := r.b[j+1]; e {
		case '"', '\\', '/':
			r.buf = append(r.buf, e)
			j += 2
		case 'b':
			r.buf = append(r.buf, '\b')
			j += 2
		case 'f':
			r.buf = append(r.buf, '\f')
			j += 2
		case 'n':
			r.buf = append(r.buf, '\n')
			j += 2
		case 'r':
			r.buf = append(r.buf, '\r')
			j += 2
		case 't':
			r.buf = append(r.buf, '\t')
			j += 2
		case 'u':
			if j+6 > len(r.b) {
				return false
			}
			var v rune
			for _, h := range r.b[j+2 : j+6] {
				var d byte
				switch {
				case h >= '0' && h <= '9':
					d = h - '0'
				case h >= 'a' && h <= 'f':
					d = h - 'a' + 10
				case h >= 'A' && h <= 'F':
					d = h - 'A' + 10
				default:
					return false
				}
				v = v<<4 | rune(d)
			}
			if v >= 0xD800 && v < 0xE000 {
				return false // a surrogate: the general decoder pairs or replaces it
			}
			r.buf = utf8.AppendRune(r.buf, v)
			j += 6
		default:
			return false
		}
		seg = j
	}
	return false
}

// int reads a JSON integer that fits in nine digits.
func (r *claimReader) int(n *int) bool {
	j := r.i
	neg := j < len(r.b) && r.b[j] == '-'
	if neg {
		j++
	}
	first := j
	v := 0
	for ; j < len(r.b) && r.b[j] >= '0' && r.b[j] <= '9'; j++ {
		v = v*10 + int(r.b[j]-'0')
	}
	digits := j - first
	if digits == 0 || digits > 9 || digits > 1 && r.b[first] == '0' {
		return false
	}
	// A fraction or exponent makes it no integer of ours.
	if j < len(r.b) && (r.b[j] == '.' || r.b[j] == 'e' || r.b[j] == 'E') {
		return false
	}
	if neg {
		v = -v
	}
	*n = v
	r.i = j
	return true
}

// claim reads a claim in appendClaimJSON's layout.
func (r *claimReader) claim(c *extract.Claim) bool {
	if !r.lit(`{"id":`) || !r.field(fID) ||
		!r.lit(`,"article_id":`) || !r.field(fArticleID) ||
		!r.lit(`,"extractor":`) || !r.field(fExtractor) ||
		!r.lit(`,"kind":`) {
		return false
	}
	kindAt := len(r.buf)
	if !r.field(fKind) {
		return false
	}
	// What the claim points to is allocated at once, by its kind.
	var place *extract.Place
	var start, end *string
	var cas *casualtyParts
	var ev *eventParts
	if string(r.buf[kindAt:]) == extract.KindEvent {
		ev = new(eventParts)
		place, start, end = &ev.place, &ev.start, &ev.end
	} else {
		cas = new(casualtyParts)
		place, start, end = &cas.place, &cas.start, &cas.end
	}
	if !r.lit(`,"span":{"start":`) || !r.int(&c.Span.Start) ||
		!r.lit(`,"end":`) || !r.int(&c.Span.End) ||
		!r.lit(`},"quote":`) || !r.field(fQuote) ||
		!r.lit(`,"date":{"start":`) || !r.strPtr(&c.Date.Start, start) ||
		!r.lit(`,"end":`) || !r.strPtr(&c.Date.End, end) ||
		!r.lit(`,"precision":`) || !r.field(fDatePrecision) ||
		!r.lit(`,"expression":`) || !r.field(fDateExpression) {
		return false
	}
	if r.lit(`,"weekday":`) && !r.field(fDateWeekday) {
		return false
	}
	if !r.lit(`},"location":`) {
		return false
	}
	if !r.lit("null") {
		if !r.lit(`{"text":`) || !r.str(&place.Text) || !r.lit(`,"name":`) || !r.str(&place.Name) {
			return false
		}
		if r.lit(`,"region":`) && !r.str(&place.Region) {
			return false
		}
		if !r.lit("}") {
			return false
		}
		c.Location = place
	}
	if !r.lit(`,"attributed_to":`) || !r.field(fAttributedTo) ||
		!r.lit(`,"statement":`) || !r.int(&c.Statement) {
		return false
	}
	if r.lit(`,"outcome":`) && !r.field(fOutcome) {
		return false
	}
	if r.lit(`,"count":{"value":`) {
		n, v := new(extract.Count), new(int)
		if cas != nil {
			n, v = &cas.count, &cas.value
		}
		if !r.lit("null") {
			if !r.int(v) {
				return false
			}
			n.Value = v
		}
		if !r.lit(`,"qualifier":`) || !r.str(&n.Qualifier) || !r.lit("}") {
			return false
		}
		c.Count = n
	}
	if r.lit(`,"victims":{"text":`) {
		g := new(extract.Group)
		if cas != nil {
			g = &cas.victims
		}
		if !r.str(&g.Text) || !r.lit(`,"side":`) || !r.str(&g.Side) || !r.lit("}") {
			return false
		}
		c.Victims = g
	}
	if r.lit(`,"scope":`) && !r.field(fScope) {
		return false
	}
	if r.lit(`,"action":`) && !r.field(fAction) {
		return false
	}
	if r.lit(`,"actor":{"text":`) {
		p := new(extract.Party)
		if ev != nil {
			p = &ev.actor
		}
		if !r.party(p) {
			return false
		}
		c.Actor = p
	}
	if r.lit(`,"target":{"text":`) {
		p := new(extract.Party)
		if ev != nil {
			p = &ev.target
		}
		if !r.party(p) {
			return false
		}
		c.Target = p
	}
	return r.lit("}")
}

// party reads the rest of a party after its opening `{"text":`.
func (r *claimReader) party(p *extract.Party) bool {
	return r.str(&p.Text) && r.lit(`,"name":`) && r.str(&p.Name) && r.lit("}")
}
