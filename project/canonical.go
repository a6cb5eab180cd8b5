package project

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
)

// canonicalOrdered is implemented by the model types: their fields are
// declared in JSON key order and their maps have string keys, so their
// encoding/json output is already canonical.
type canonicalOrdered interface{ canonicalOrdered() }

func (Casualties) canonicalOrdered() {}
func (Timeline) canonicalOrdered()   {}

// Canonical returns the canonical JSON of v: object keys sorted, no
// insignificant whitespace, numbers as encoding/json writes them, strings
// escaped as encoding/json escapes them. Equal values give equal bytes.
func Canonical(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("project: canonical json: %w", err)
	}
	if _, ok := v.(canonicalOrdered); ok && !bytes.Contains(b, []byte(`\ufffd`)) {
		return b, nil
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
	b, err := Canonical(v)
	if err != nil {
		return "", err
	}
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:]), nil
}
