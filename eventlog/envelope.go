package eventlog

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/nats-io/nats.go"
)

// SpecVersion is the CloudEvents version of every envelope.
const SpecVersion = "1.0"

// ErrBadEnvelope is returned by DecodeEnvelope for a payload that is not a
// claimline CloudEvents envelope.
var ErrBadEnvelope = errors.New("eventlog: not a CloudEvents envelope")

// Envelope is a CloudEvents 1.0 event in structured JSON mode: the form of
// every message on claimline's streams.
type Envelope struct {
	SpecVersion     string          `json:"specversion"`
	ID              string          `json:"id"`
	Source          string          `json:"source"`
	Type            string          `json:"type"`
	Time            time.Time       `json:"time"`
	Subject         string          `json:"subject,omitempty"`
	DataContentType string          `json:"datacontenttype"`
	DataSchema      string          `json:"dataschema,omitempty"`
	Data            json.RawMessage `json:"data"`

	// compact says that Data came from json.Marshal (NewEnvelope), so it
	// is compact, HTML-escaped JSON that encoding the envelope can copy as
	// it is instead of scanning it again.
	compact bool
}

// NewEnvelope wraps data (marshalled to JSON) as a CloudEvents event. An
// empty id gets a random UUID.
func NewEnvelope(id, source, typ, subject string, at time.Time, data any) (Envelope, error) {
	raw, err := json.Marshal(data)
	if err != nil {
		return Envelope{}, fmt.Errorf("eventlog: encode %s: %w", typ, err)
	}
	if id == "" {
		id = uuid.NewString()
	}
	return Envelope{
		SpecVersion:     SpecVersion,
		ID:              id,
		Source:          source,
		Type:            typ,
		Time:            at.UTC(),
		Subject:         subject,
		DataContentType: "application/json",
		DataSchema:      SchemaURI(typ),
		Data:            raw,
		compact:         true,
	}, nil
}

// SchemaURI is the dataschema of an event type: the JSON Schema shipped in
// the repository for it.
func SchemaURI(typ string) string {
	return "https://claimline.dev/schemas/" + typ + ".json"
}

// HeaderType is the header that carries an event's CloudEvents type on its
// message, so that consumers can route without decoding.
const HeaderType = "Ce-Type"

// Msg builds the NATS message carrying the envelope on subject, with
// Nats-Msg-Id set to the envelope id and the CloudEvents type as a header so
// consumers can route without decoding.
func (e Envelope) Msg(subject string) (*nats.Msg, error) {
	body, err := e.encode()
	if err != nil {
		return nil, fmt.Errorf("eventlog: encode envelope: %w", err)
	}
	m := nats.NewMsg(subject)
	m.Data = body
	m.Header.Set(nats.MsgIdHdr, e.ID)
	m.Header.Set(HeaderType, e.Type)
	return m, nil
}

// encode is json.Marshal(e). An envelope of NewEnvelope is written field
// by field, its data copied as it is: encoding/json would scan the data
// again to compact it, which for an article (its text twice) costs more
// than the rest of ingest.
func (e Envelope) encode() ([]byte, error) {
	if !e.compact {
		return json.Marshal(e)
	}
	t, err := e.Time.MarshalJSON()
	if err != nil {
		return nil, err
	}
	b := make([]byte, 0, len(e.Data)+len(t)+len(e.ID)+len(e.Source)+len(e.Type)+len(e.Subject)+len(e.DataSchema)+160)
	b = appendField(b, `{"specversion":`, e.SpecVersion)
	b = appendField(b, `,"id":`, e.ID)
	b = appendField(b, `,"source":`, e.Source)
	b = appendField(b, `,"type":`, e.Type)
	b = append(append(b, `,"time":`...), t...)
	if e.Subject != "" {
		b = appendField(b, `,"subject":`, e.Subject)
	}
	b = appendField(b, `,"datacontenttype":`, e.DataContentType)
	if e.DataSchema != "" {
		b = appendField(b, `,"dataschema":`, e.DataSchema)
	}
	b = append(append(b, `,"data":`...), e.Data...)
	return append(b, '}'), nil
}

// appendField appends key and s as a JSON string, as encoding/json writes
// it: strings of plain printable ASCII as they are, any other through
// encoding/json itself.
func appendField(b []byte, key, s string) []byte {
	b = append(b, key...)
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			q, _ := json.Marshal(s)
			return append(b, q...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// DecodeEnvelope parses a message body. It returns ErrBadEnvelope (wrapped)
// when the body is not JSON or lacks specversion, id, type or data.
func DecodeEnvelope(body []byte) (Envelope, error) {
	var e Envelope
	if err := json.Unmarshal(body, &e); err != nil {
		return Envelope{}, fmt.Errorf("%w: %v", ErrBadEnvelope, err)
	}
	if e.SpecVersion == "" || e.ID == "" || e.Type == "" || len(e.Data) == 0 {
		return Envelope{}, fmt.Errorf("%w: missing specversion, id, type or data", ErrBadEnvelope)
	}
	return e, nil
}
