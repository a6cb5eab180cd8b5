package project

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"slices"
	"strconv"
	"unicode/utf8"
)

// Canonical returns the canonical JSON of v: object keys sorted, no
// insignificant whitespace, numbers as encoding/json writes them, strings
// escaped as encoding/json escapes them (HTML characters, U+2028 and U+2029
// included) with invalid UTF-8 replaced by U+FFFD. Equal values give equal
// bytes. The read models (Casualties, Timeline, and pointers to them) are
// written by a dedicated encoder that yields exactly those bytes without
// reflection; other values go through encoding/json and are re-encoded with
// sorted keys.
func Canonical(v any) ([]byte, error) {
	switch m := v.(type) {
	case Casualties:
		return appendCasualties(&encoder{}, &m, true).buf, nil
	case *Casualties:
		if m != nil {
			return appendCasualties(&encoder{}, m, true).buf, nil
		}
	case Timeline:
		return appendTimeline(&encoder{}, &m, true).buf, nil
	case *Timeline:
		if m != nil {
			return appendTimeline(&encoder{}, m, true).buf, nil
		}
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("project: canonical json: %w", err)
	}
	return canonicalize(b)
}

// canonicalize re-encodes JSON with sorted keys.
func canonicalize(b []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var x any
	if err := dec.Decode(&x); err != nil {
		return nil, fmt.Errorf("project: canonical json: %w", err)
	}
	out, err := json.Marshal(x)
	if err != nil {
		return nil, fmt.Errorf("project: canonical json: %w", err)
	}
	return out, nil
}

// Digest returns the hex SHA-256 of Canonical(v). The models' Digest field
// is Digest of the model with that field empty.
func Digest(v any) (string, error) {
	switch m := v.(type) {
	case Casualties:
		return casualtiesDigest(&m), nil
	case *Casualties:
		if m != nil {
			return casualtiesDigest(m), nil
		}
	case Timeline:
		return timelineDigest(&m), nil
	case *Timeline:
		if m != nil {
			return timelineDigest(m), nil
		}
	}
	b, err := Canonical(v)
	if err != nil {
		return "", err
	}
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:]), nil
}

// casualtiesDigest streams the canonical JSON of m into SHA-256.
func casualtiesDigest(m *Casualties) string {
	e := &encoder{h: sha256.New(), buf: make([]byte, 0, flushAt+4096)}
	return e.sum(appendCasualties(e, m, true))
}

// timelineDigest streams the canonical JSON of t into SHA-256. The undated
// entries are encoded meanwhile on another goroutine, in chunks that are
// hashed in turn once the head is.
func timelineDigest(t *Timeline) string {
	undated := make(chan []byte, len(t.Undated)/32+2)
	go func() {
		u := &encoder{buf: make([]byte, 0, flushAt+4096), out: undated}
		u.entries(t.Undated)
		undated <- u.buf
		close(undated)
	}()
	e := &encoder{h: sha256.New(), buf: make([]byte, 0, flushAt+4096)}
	appendTimelineHead(e, t, true)
	e.h.Write(e.buf)
	e.buf = e.buf[:0]
	for chunk := range undated {
		e.h.Write(chunk)
	}
	e.raw("}")
	return e.sum(e)
}

// flushAt is the buffered size at which a hashing encoder hands its bytes
// to the hash.
const flushAt = 32 << 10

// encoder appends canonical JSON to buf. With h set it hashes and drops the
// bytes as it goes (at item boundaries); with out set it hands them on in
// chunks instead.
type encoder struct {
	buf []byte
	h   hash.Hash
	out chan<- []byte
}

// item is called after each array element: a hashing or chunking encoder
// flushes.
func (e *encoder) item() {
	if len(e.buf) < flushAt {
		return
	}
	switch {
	case e.h != nil:
		e.h.Write(e.buf)
		e.buf = e.buf[:0]
	case e.out != nil:
		e.out <- e.buf
		e.buf = make([]byte, 0, flushAt+4096)
	}
}

func (e *encoder) sum(_ *encoder) string {
	e.h.Write(e.buf)
	e.buf = e.buf[:0]
	var s [sha256.Size]byte
	return hex.EncodeToString(e.h.Sum(s[:0]))
}

// encodeWith encodes with the room of scratch (kept for the next call)
// and returns an exact copy: one allocation of the encoding's size instead
// of a buffer grown step by step.
func encodeWith(scratch *[]byte, encode func(e *encoder)) []byte {
	e := encoder{buf: (*scratch)[:0]}
	encode(&e)
	*scratch = e.buf
	return bytes.Clone(e.buf)
}

func (e *encoder) raw(s string) { e.buf = append(e.buf, s...) }

func (e *encoder) str(s string) { e.buf = appendJSONString(e.buf, s) }

func (e *encoder) uint(n uint64) { e.buf = strconv.AppendUint(e.buf, n, 10) }

func (e *encoder) int(n int) { e.buf = strconv.AppendInt(e.buf, int64(n), 10) }

func (e *encoder) bool(v bool) {
	if v {
		e.raw("true")
	} else {
		e.raw("false")
	}
}

func (e *encoder) intPtr(p *int) {
	if p == nil {
		e.raw("null")
		return
	}
	e.int(*p)
}

func (e *encoder) strPtr(p *string) {
	if p == nil {
		e.raw("null")
		return
	}
	e.str(*p)
}

func (e *encoder) asOf(a AsOf) {
	e.raw(`{"articles_seq":`)
	e.uint(a.ArticlesSeq)
	e.raw(`,"claims_seq":`)
	e.uint(a.ClaimsSeq)
	e.raw(`,"time":`)
	e.str(a.Time)
	e.raw("}")
}

func (e *encoder) rangeOf(r Range) {
	e.raw(`{"best":`)
	e.intPtr(r.Best)
	e.raw(`,"high":`)
	e.intPtr(r.High)
	e.raw(`,"low":`)
	e.intPtr(r.Low)
	e.raw("}")
}

func (e *encoder) report(r *Report) {
	e.raw(`{"article_id":`)
	e.str(r.ArticleID)
	e.raw(`,"attributed_to":`)
	e.str(r.AttributedTo)
	e.raw(`,"claim_id":`)
	e.str(r.ClaimID)
	e.raw(`,"count":`)
	e.intPtr(r.Count)
	e.raw(`,"outcome":`)
	e.str(r.Outcome)
	e.raw(`,"outlet":`)
	e.str(r.Outlet)
	e.raw(`,"qualifier":`)
	e.str(r.Qualifier)
	e.raw(`,"quote":`)
	e.str(r.Quote)
	e.raw(`,"side":`)
	e.str(r.Side)
	e.raw("}")
}

func (e *encoder) reports(rs []Report, flush bool) {
	encodeList(e, rs, func(r *Report) {
		e.report(r)
		if flush {
			e.item()
		}
	})
}

// encodeList appends the elements of list as a JSON array, each written by
// each, or null for a nil slice.
func encodeList[T any](e *encoder, list []T, each func(x *T)) {
	if list == nil {
		e.raw("null")
		return
	}
	e.raw("[")
	for i := range list {
		if i > 0 {
			e.raw(",")
		}
		each(&list[i])
	}
	e.raw("]")
}

// incident appends one incident.
func (e *encoder) incident(in *Incident) {
	e.raw(`{"by_side":`)
	encodeList(e, in.BySide, func(s *SideFigures) {
		e.raw(`{"killed":`)
		e.rangeOf(s.Killed)
		e.raw(`,"side":`)
		e.str(s.Side)
		e.raw(`,"wounded":`)
		e.rangeOf(s.Wounded)
		e.raw("}")
	})
	e.raw(",")
	if in.DateBasis != "" {
		e.raw(`"date_basis":`)
		e.str(in.DateBasis)
		e.raw(",")
	}
	e.raw(`"date_end":`)
	e.strPtr(in.DateEnd)
	e.raw(`,"date_start":`)
	e.strPtr(in.DateStart)
	e.raw(`,"disputed":`)
	e.bool(in.Disputed)
	e.raw(`,"id":`)
	e.str(in.ID)
	e.raw(`,"killed":`)
	e.rangeOf(in.Killed)
	e.raw(`,"location":`)
	e.str(in.Location)
	e.raw(`,"reports":`)
	e.reports(in.Reports, false)
	e.raw(`,"summary":`)
	e.str(in.Summary)
	e.raw(`,"wounded":`)
	e.rangeOf(in.Wounded)
	e.raw("}")
}

// appendCasualties appends the canonical JSON of m (its digest field only
// when withDigest and set).
func appendCasualties(e *encoder, m *Casualties, withDigest bool) *encoder {
	e.raw(`{"as_of":`)
	e.asOf(m.AsOf)
	e.raw(`,"cumulative":`)
	e.reports(m.Cumulative, true)
	if withDigest && m.Digest != "" {
		e.raw(`,"digest":`)
		e.str(m.Digest)
	}
	e.raw(`,"incidents":`)
	encodeList(e, m.Incidents, func(in *Incident) {
		e.incident(in)
		e.item()
	})
	e.raw(`,"totals":{"by_side":`)
	appendSideTotals(e, m.Totals.BySide)
	e.raw("}}")
	return e
}

// appendSideTotals appends the totals map with its keys sorted as their
// canonical (valid UTF-8) form.
func appendSideTotals(e *encoder, by map[string]SideTotal) {
	if by == nil {
		e.raw("null")
		return
	}
	type kv struct {
		key string
		v   SideTotal
	}
	list := make([]kv, 0, len(by))
	clean := true
	for k, v := range by {
		list = append(list, kv{k, v})
		clean = clean && utf8.ValidString(k)
	}
	slices.SortFunc(list, func(x, y kv) int { return cmpString(x.key, y.key) })
	if !clean {
		// encoding/json writes the keys in their Go order with invalid
		// bytes as U+FFFD; keys that become equal keep the last value.
		for i := range list {
			list[i].key = validUTF8(list[i].key)
		}
		out := list[:0]
		for _, x := range list {
			if j := slices.IndexFunc(out, func(y kv) bool { return y.key == x.key }); j >= 0 {
				out[j].v = x.v
				continue
			}
			out = append(out, x)
		}
		list = out
		slices.SortFunc(list, func(x, y kv) int { return cmpString(x.key, y.key) })
	}
	e.raw("{")
	for i, x := range list {
		if i > 0 {
			e.raw(",")
		}
		e.str(x.key)
		e.raw(`:{"killed":`)
		e.int(x.v.Killed)
		e.raw(`,"wounded":`)
		e.int(x.v.Wounded)
		e.raw("}")
	}
	e.raw("}")
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// validUTF8 replaces each invalid byte of s with U+FFFD, as encoding/json
// does.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, "\uFFFD"...)
		} else {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(b)
}

// entry appends one timeline entry.
func (e *encoder) entry(en *Entry) {
	e.raw(`{"action":`)
	e.str(en.Action)
	e.raw(`,"actors":`)
	encodeList(e, en.Actors, func(a *string) { e.str(*a) })
	e.raw(",")
	if en.DateBasis != "" {
		e.raw(`"date_basis":`)
		e.str(en.DateBasis)
		e.raw(",")
	}
	e.raw(`"date_end":`)
	e.strPtr(en.DateEnd)
	e.raw(`,"date_start":`)
	e.strPtr(en.DateStart)
	e.raw(`,"id":`)
	e.str(en.ID)
	e.raw(`,"kind":`)
	e.str(en.Kind)
	e.raw(`,"location":`)
	e.str(en.Location)
	e.raw(`,"precision":`)
	e.str(en.Precision)
	e.raw(`,"sources":`)
	encodeList(e, en.Sources, func(s *Source) {
		e.raw(`{"article_id":`)
		e.str(s.ArticleID)
		e.raw(`,"attributed_to":`)
		e.str(s.AttributedTo)
		e.raw(`,"outlet":`)
		e.str(s.Outlet)
		e.raw(`,"quote":`)
		e.str(s.Quote)
		e.raw("}")
	})
	e.raw(`,"summary":`)
	e.str(en.Summary)
	e.raw("}")
}

func (e *encoder) entries(list []Entry) {
	encodeList(e, list, func(en *Entry) {
		e.entry(en)
		e.item()
	})
}

// appendTimeline appends the canonical JSON of t (its digest field only
// when withDigest and set).
func appendTimeline(e *encoder, t *Timeline, withDigest bool) *encoder {
	appendTimelineHead(e, t, withDigest)
	e.entries(t.Undated)
	e.raw("}")
	return e
}

// appendTimelineHead appends the canonical JSON of t up to its undated
// entries.
func appendTimelineHead(e *encoder, t *Timeline, withDigest bool) {
	e.raw(`{"as_of":`)
	e.asOf(t.AsOf)
	if withDigest && t.Digest != "" {
		e.raw(`,"digest":`)
		e.str(t.Digest)
	}
	e.raw(`,"entries":`)
	e.entries(t.Entries)
	e.raw(`,"undated":`)
}

const hexDigits = "0123456789abcdef"

// jsonSafe[b] is true for the ASCII bytes encoding/json writes as they are
// (with HTML escaping on).
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		t[b] = b != '"' && b != '\\' && b != '<' && b != '>' && b != '&'
	}
	return t
}()

// load64 packs the first eight bytes of s into a uint64, little-endian
// (the compiler makes it one load).
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// safePrefix is the length of the leading run of s made of ASCII bytes that
// encoding/json writes as they are (see jsonSafe), eight bytes at a time.
func safePrefix(s string) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s[i:])
		// Each term has a byte's high bit set where x holds a byte that
		// needs care (exact for the word as a whole): non-ASCII, control,
		// then each of " \ < > &.
		q, bs, lt, gt, amp := x^(ones*'"'), x^(ones*'\\'), x^(ones*'<'), x^(ones*'>'), x^(ones*'&')
		if (x|(x-ones*0x20)&^x|(q-ones)&^q|(bs-ones)&^bs|(lt-ones)&^lt|(gt-ones)&^gt|(amp-ones)&^amp)&highs != 0 {
			break
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf && jsonSafe[s[i]] {
		i++
	}
	return i
}

// appendJSONString appends s as a JSON string, escaped as encoding/json
// escapes it, with each invalid UTF-8 byte written as U+FFFD.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		i += safePrefix(s[i:])
		if i == len(s) {
			break
		}
		if b := s[i]; b < utf8.RuneSelf {
			if jsonSafe[b] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, "\uFFFD"...)
			i++
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// keptEncoding is a model's canonical JSON, kept with it.
type keptEncoding struct {
	json []byte
}

// changedItem is an incident or entry that changed: its id and canonical
// JSON.
type changedItem struct {
	id   string
	body []byte
}
