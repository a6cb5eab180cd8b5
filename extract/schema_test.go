package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

func compileSchema(t *testing.T, kind string) *jsonschema.Schema {
	t.Helper()
	b, err := SchemaFor(kind)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	url := SchemaURL(kind)
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSchemasValidateSeedClaims validates every claim of the seeds against
// the JSON Schema of its kind.
func TestSchemasValidateSeedClaims(t *testing.T) {
	schemas := map[string]*jsonschema.Schema{
		KindCasualty: compileSchema(t, KindCasualty),
		KindEvent:    compileSchema(t, KindEvent),
	}
	n := map[string]int{}
	for _, s := range casualtySeeds {
		for _, c := range Extract(casualtySeed(t, s.file, s.published)) {
			b, err := json.Marshal(c)
			if err != nil {
				t.Fatal(err)
			}
			v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			if err := schemas[c.Kind].Validate(v); err != nil {
				t.Errorf("%s claim %s does not validate: %v", c.Kind, b, err)
			}
			n[c.Kind]++
		}
	}
	if n[KindCasualty] == 0 {
		t.Fatal("no casualty claims validated")
	}
	t.Logf("validated %d casualty and %d event claims", n[KindCasualty], n[KindEvent])
}

// TestSchemasRejectBadClaims makes sure the schemas are not vacuous.
func TestSchemasRejectBadClaims(t *testing.T) {
	tests := []struct {
		name     string
		giveKind string
		giveJSON string
	}{
		{"casualty without count", KindCasualty, `{"id":"6f0a3c52-8a8b-5d1e-9a57-3b7f0e0c1a11","article_id":"a","extractor":"x@1","kind":"casualty","span":{"start":0,"end":1},"quote":"x","date":{"start":null,"end":null,"precision":"unresolved","expression":""},"location":null,"attributed_to":"","statement":1,"outcome":"killed","victims":{"text":"","side":"unknown"},"scope":"incident"}`},
		{"casualty with bad outcome", KindCasualty, `{"id":"6f0a3c52-8a8b-5d1e-9a57-3b7f0e0c1a11","article_id":"a","extractor":"x@1","kind":"casualty","span":{"start":0,"end":1},"quote":"x","date":{"start":null,"end":null,"precision":"unresolved","expression":""},"location":null,"attributed_to":"","statement":1,"outcome":"died","count":{"value":1,"qualifier":"exact"},"victims":{"text":"","side":"unknown"},"scope":"incident"}`},
		{"event with bad action", KindEvent, `{"id":"6f0a3c52-8a8b-5d1e-9a57-3b7f0e0c1a11","article_id":"a","extractor":"x@1","kind":"event","span":{"start":0,"end":1},"quote":"x","date":{"start":"2020-1-1","end":null,"precision":"day","expression":""},"location":null,"attributed_to":"","statement":1,"action":"dance"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(tt.giveJSON)))
			if err != nil {
				t.Fatal(err)
			}
			if err := compileSchema(t, tt.giveKind).Validate(v); err == nil {
				t.Error("invalid claim validated")
			}
		})
	}
}

func TestSchemaFor(t *testing.T) {
	tests := []struct {
		give    string
		wantErr error
	}{
		{KindCasualty, nil},
		{EventTypeEvent, nil},
		{"claimline.claim.other.v1", ErrUnknownKind},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			b, err := SchemaFor(tt.give)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if err == nil && !json.Valid(b) {
				t.Error("schema is not JSON")
			}
		})
	}
}
