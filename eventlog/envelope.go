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
	body, err := json.Marshal(e)
	if err != nil {
		return nil, fmt.Errorf("eventlog: encode envelope: %w", err)
	}
	m := nats.NewMsg(subject)
	m.Data = body
	m.Header.Set(nats.MsgIdHdr, e.ID)
	m.Header.Set(HeaderType, e.Type)
	return m, nil
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
