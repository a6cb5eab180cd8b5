package extract

import (
	"embed"
	"errors"
	"fmt"
)

// EventTypeCasualty and EventTypeEvent are the versioned CloudEvents types
// of claim events; their JSON Schemas are returned by SchemaFor.
const (
	EventTypeCasualty = "claimline.claim.casualty.v1"
	EventTypeEvent    = "claimline.claim.event.v1"
)

// ErrUnknownKind is returned by SchemaFor for a claim kind or event type
// that has no schema.
var ErrUnknownKind = errors.New("extract: unknown claim kind")

//go:embed schema/*.json
var schemaFS embed.FS

// schemaFiles maps claim kinds and event types to their schema files.
var schemaFiles = map[string]string{
	KindCasualty:      "schema/casualty.v1.json",
	KindEvent:         "schema/event.v1.json",
	EventTypeCasualty: "schema/casualty.v1.json",
	EventTypeEvent:    "schema/event.v1.json",
}

// SchemaFor returns the JSON Schema (draft 2020-12) of a claim kind
// ("casualty", "event") or of a claim event type (EventTypeCasualty,
// EventTypeEvent). It returns ErrUnknownKind for anything else.
func SchemaFor(kind string) ([]byte, error) {
	name, ok := schemaFiles[kind]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknownKind, kind)
	}
	return schemaFS.ReadFile(name)
}

// SchemaURL returns the $id of the JSON Schema of a claim kind or event
// type, for a CloudEvents dataschema attribute, or "" for an unknown kind.
func SchemaURL(kind string) string {
	switch kind {
	case KindCasualty, EventTypeCasualty:
		return "https://claimline.dev/schemas/claim.casualty.v1.json"
	case KindEvent, EventTypeEvent:
		return "https://claimline.dev/schemas/claim.event.v1.json"
	}
	return ""
}
