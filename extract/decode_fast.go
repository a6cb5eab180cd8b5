package extract

import (
	"time"
	"unicode/utf8"

	"github.com/claimline/claimline/ingest"
)

// decodeArticleEvent reads the body of an articles.ingested event in one
// pass, as eventlog.DecodeEnvelope and then ingest.DecodeArticle read it,
// except that it leaves the article's Raw empty: Extract does not read it,
// and it is as long as the text. It takes only the events it is sure to
// read the same way: ok is false for any other key (encoding/json matches
// keys without regard to case), a key given twice, a value that is not the
// kind the field holds (or null), a string with invalid UTF-8, a surrogate
// escape or a control byte, a missing field the plain decoders require,
// and anything that is not JSON. The caller then decodes the body the
// plain way, which also gives the errors.
func decodeArticleEvent(body []byte) (a ingest.Article, ok bool) {
	d := eventDecoder{b: body}
	var specOK, idOK, typeOK, data bool
	var seen uint16
	d.space()
	if !d.byte('{') {
		return a, false
	}
	d.space()
	if d.peek() == '}' {
		return a, false // no data
	}
	for {
		key, kok := d.key()
		if !kok {
			return a, false
		}
		bit := envelopeKeys[string(key)]
		if bit == 0 || seen&bit != 0 {
			return a, false
		}
		seen |= bit
		d.space()
		switch bit {
		case envData:
			if !d.article(&a) {
				return a, false
			}
			data = true
		case envTime:
			if !d.time(nil) {
				return a, false
			}
		case envSpecVersion, envID, envType:
			s, sok := d.str(true)
			if !sok {
				return a, false
			}
			switch bit {
			case envSpecVersion:
				specOK = s != ""
			case envID:
				idOK = s != ""
			default:
				typeOK = s == ingest.EventTypeIngested
			}
		default:
			if _, sok := d.str(false); !sok {
				return a, false
			}
		}
		d.space()
		if d.byte(',') {
			d.space()
			continue
		}
		if !d.byte('}') {
			return a, false
		}
		break
	}
	d.space()
	if d.i != len(d.b) || !specOK || !idOK || !typeOK || !data || a.ID == "" || a.Text == "" {
		return ingest.Article{}, false
	}
	return a, true
}

// The keys of eventlog.Envelope and of ingest.Article, each a bit in a
// set of keys seen.
const (
	envSpecVersion uint16 = 1 << iota
	envID
	envSource
	envType
	envTime
	envSubject
	envDataContentType
	envDataSchema
	envData
)

const (
	artID uint16 = 1 << iota
	artSource
	artPublished
	artURL
	artTitle
	artText
	artRaw
	artSHA256
	artIngestedAt
)

// envelopeKeys and articleKeys map the JSON keys of eventlog.Envelope and
// ingest.Article to their bits.
var (
	envelopeKeys = map[string]uint16{
		"specversion": envSpecVersion, "id": envID, "source": envSource, "type": envType, "time": envTime,
		"subject": envSubject, "datacontenttype": envDataContentType, "dataschema": envDataSchema, "data": envData,
	}
	articleKeys = map[string]uint16{
		"id": artID, "source": artSource, "published": artPublished, "url": artURL, "title": artTitle,
		"text": artText, "raw": artRaw, "sha256": artSHA256, "ingested_at": artIngestedAt,
	}
)

// eventDecoder reads JSON from b at i.
type eventDecoder struct {
	b   []byte
	i   int
	buf []byte // unescaped string bytes
}

func (d *eventDecoder) peek() byte {
	if d.i < len(d.b) {
		return d.b[d.i]
	}
	return 0
}

// space skips JSON white space.
func (d *eventDecoder) space() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// byte reads c if it is next.
func (d *eventDecoder) byte(c byte) bool {
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

// key reads an object key of plain ASCII (no escapes) and the colon after
// it.
func (d *eventDecoder) key() ([]byte, bool) {
	if !d.byte('"') {
		return nil, false
	}
	start := d.i
	for d.i < len(d.b) {
		c := d.b[d.i]
		if c == '"' {
			key := d.b[start:d.i]
			d.i++
			d.space()
			if !d.byte(':') {
				return nil, false
			}
			return key, true
		}
		if c < 0x20 || c >= utf8.RuneSelf || c == '\\' {
			return nil, false
		}
		d.i++
	}
	return nil, false
}

// article reads the object of an ingest.Article into a, all but Raw.
func (d *eventDecoder) article(a *ingest.Article) bool {
	if !d.byte('{') {
		return false
	}
	d.space()
	if d.byte('}') {
		return true
	}
	var seen uint16
	for {
		key, ok := d.key()
		if !ok {
			return false
		}
		bit := articleKeys[string(key)]
		if bit == 0 || seen&bit != 0 {
			return false
		}
		seen |= bit
		d.space()
		var dst *string
		switch bit {
		case artIngestedAt:
			if !d.time(&a.IngestedAt) {
				return false
			}
		case artRaw:
			if _, ok := d.str(false); !ok {
				return false
			}
		case artID:
			dst = &a.ID
		case artSource:
			dst = &a.Source
		case artPublished:
			dst = &a.Published
		case artURL:
			dst = &a.URL
		case artTitle:
			dst = &a.Title
		case artText:
			dst = &a.Text
		case artSHA256:
			dst = &a.SHA256
		}
		if dst != nil {
			s, ok := d.str(true)
			if !ok {
				return false
			}
			*dst = s
		}
		d.space()
		if d.byte(',') {
			d.space()
			continue
		}
		return d.byte('}')
	}
}

// time reads a JSON string as time.Time's UnmarshalJSON reads it, into t
// when t is not nil.
func (d *eventDecoder) time(t *time.Time) bool {
	start := d.i
	if _, ok := d.str(false); !ok {
		return false
	}
	var tt time.Time
	if err := tt.UnmarshalJSON(d.b[start:d.i]); err != nil {
		return false
	}
	if t != nil {
		*t = tt
	}
	return true
}

// str reads a JSON string as encoding/json reads it into a Go string, and
// returns it if want is set. It refuses invalid UTF-8 (which encoding/json
// replaces by U+FFFD) and \u escapes of surrogates (which it pairs).
func (d *eventDecoder) str(want bool) (string, bool) {
	if !d.byte('"') {
		return "", false
	}
	b := d.b
	start := d.i
	escaped := false
	if want {
		d.buf = d.buf[:0]
	}
	i := d.i
	for i < len(b) {
		c := b[i]
		switch {
		case c == '"':
			d.i = i + 1
			if !want {
				return "", true
			}
			if !escaped {
				return string(b[start:i]), true
			}
			d.buf = append(d.buf, b[start:i]...)
			return string(d.buf), true
		case c < 0x20:
			return "", false
		case c < utf8.RuneSelf && c != '\\':
			i++
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				return "", false
			}
			i += size
		default: // a backslash
			if i+1 >= len(b) {
				return "", false
			}
			if want {
				d.buf = append(d.buf, b[start:i]...)
			}
			escaped = true
			var r rune
			n := 2
			switch b[i+1] {
			case '"', '\\', '/':
				r = rune(b[i+1])
			case 'b':
				r = '\b'
			case 'f':
				r = '\f'
			case 'n':
				r = '\n'
			case 'r':
				r = '\r'
			case 't':
				r = '\t'
			case 'u':
				if i+6 > len(b) {
					return "", false
				}
				for _, h := range b[i+2 : i+6] {
					var v byte
					switch {
					case '0' <= h && h <= '9':
						v = h - '0'
					case 'a' <= h && h <= 'f':
						v = h - 'a' + 10
					case 'A' <= h && h <= 'F':
						v = h - 'A' + 10
					default:
						return "", false
					}
					r = r<<4 | rune(v)
				}
				if 0xD800 <= r && r < 0xE000 {
					return "", false
				}
				n = 6
			default:
				return "", false
			}
			if want {
				d.buf = utf8.AppendRune(d.buf, r)
			}
			i += n
			start = i
		}
	}
	return "", false
}
