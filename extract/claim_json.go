package extract

import (
	"strconv"
	"unicode/utf8"
)

// appendClaimJSON appends the JSON encoding of c, byte for byte what
// json.Marshal(c) gives, without reflection.
func appendClaimJSON(b []byte, c *Claim) []byte {
	b = append(b, `{"id":`...)
	b = appendJSONString(b, c.ID)
	b = append(b, `,"article_id":`...)
	b = appendJSONString(b, c.ArticleID)
	b = append(b, `,"extractor":`...)
	b = appendJSONString(b, c.Extractor)
	b = append(b, `,"kind":`...)
	b = appendJSONString(b, c.Kind)
	b = append(b, `,"span":{"start":`...)
	b = strconv.AppendInt(b, int64(c.Span.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(c.Span.End), 10)
	b = append(b, `},"quote":`...)
	b = appendJSONString(b, c.Quote)
	b = append(b, `,"date":{"start":`...)
	b = appendJSONStringPtr(b, c.Date.Start)
	b = append(b, `,"end":`...)
	b = appendJSONStringPtr(b, c.Date.End)
	b = append(b, `,"precision":`...)
	b = appendJSONString(b, c.Date.Precision)
	b = append(b, `,"expression":`...)
	b = appendJSONString(b, c.Date.Expression)
	if c.Date.Weekday != "" {
		b = append(b, `,"weekday":`...)
		b = appendJSONString(b, c.Date.Weekday)
	}
	b = append(b, `},"location":`...)
	if p := c.Location; p == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, `{"text":`...)
		b = appendJSONString(b, p.Text)
		b = append(b, `,"name":`...)
		b = appendJSONString(b, p.Name)
		if p.Region != "" {
			b = append(b, `,"region":`...)
			b = appendJSONString(b, p.Region)
		}
		b = append(b, '}')
	}
	b = append(b, `,"attributed_to":`...)
	b = appendJSONString(b, c.AttributedTo)
	b = append(b, `,"statement":`...)
	b = strconv.AppendInt(b, int64(c.Statement), 10)
	if c.Outcome != "" {
		b = append(b, `,"outcome":`...)
		b = appendJSONString(b, c.Outcome)
	}
	if n := c.Count; n != nil {
		b = append(b, `,"count":{"value":`...)
		if n.Value == nil {
			b = append(b, "null"...)
		} else {
			b = strconv.AppendInt(b, int64(*n.Value), 10)
		}
		b = append(b, `,"qualifier":`...)
		b = appendJSONString(b, n.Qualifier)
		b = append(b, '}')
	}
	if g := c.Victims; g != nil {
		b = append(b, `,"victims":{"text":`...)
		b = appendJSONString(b, g.Text)
		b = append(b, `,"side":`...)
		b = appendJSONString(b, g.Side)
		b = append(b, '}')
	}
	if c.Scope != "" {
		b = append(b, `,"scope":`...)
		b = appendJSONString(b, c.Scope)
	}
	if c.Action != "" {
		b = append(b, `,"action":`...)
		b = appendJSONString(b, c.Action)
	}
	b = appendParty(b, `,"actor":`, c.Actor)
	b = appendParty(b, `,"target":`, c.Target)
	return append(b, '}')
}

// appendParty appends a party field named by key (with its comma), or
// nothing for a nil party (omitempty).
func appendParty(b []byte, key string, p *Party) []byte {
	if p == nil {
		return b
	}
	b = append(b, key...)
	b = append(b, `{"text":`...)
	b = appendJSONString(b, p.Text)
	b = append(b, `,"name":`...)
	b = appendJSONString(b, p.Name)
	return append(b, '}')
}

// appendJSONStringPtr appends *s as a JSON string, or null.
func appendJSONStringPtr(b []byte, s *string) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	return appendJSONString(b, *s)
}

// jsonPlain marks the bytes a JSON string holds as they are: printable
// ASCII but for ", \, <, > and &.
var jsonPlain = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// appendJSONString appends s as a JSON string the way encoding/json writes
// it with HTML escaping (json.Marshal): ", \ and control characters
// escaped (\b, \f, \n, \r, \t by name), <, > and & as \u003c, \u003e,
// \u0026, invalid UTF-8 as \ufffd, U+2028 and U+2029 as \u2028, \u2029.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if jsonPlain[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
