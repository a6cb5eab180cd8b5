// Package seeds bundles the five seed articles claimline ingests on first
// start — the February 2020 Idlib fighting as told by TRT World, Reuters
// copy, an agency wire, CGTN and Zaman Al Wasl — with a manifest of their
// metadata (outlet and publication date where known; article 001 has no
// date, so its relative dates stay unresolved).
package seeds

import (
	"embed"
	"encoding/json"
	"fmt"
)

//go:embed *.txt manifest.json
var files embed.FS

// Seed is one bundled article and its metadata.
type Seed struct {
	// Name is the file name, e.g. "000_53aa906474a10956.txt".
	Name string
	Text []byte
	// Source is the outlet, "" when the text does not say.
	Source string
	// Published is YYYY-MM-DD, "" when unknown.
	Published string
}

type entry struct {
	File      string `json:"file"`
	Source    string `json:"source"`
	Published string `json:"published"`
}

// All returns the seed articles in manifest order. It panics only if the
// embedded manifest is inconsistent, which a test rules out.
func All() []Seed {
	seeds, err := load()
	if err != nil {
		panic(err)
	}
	return seeds
}

func load() ([]Seed, error) {
	raw, err := files.ReadFile("manifest.json")
	if err != nil {
		return nil, fmt.Errorf("seeds: manifest: %w", err)
	}
	var entries []entry
	if err := json.Unmarshal(raw, &entries); err != nil {
		return nil, fmt.Errorf("seeds: manifest: %w", err)
	}
	out := make([]Seed, 0, len(entries))
	for _, e := range entries {
		text, err := files.ReadFile(e.File)
		if err != nil {
			return nil, fmt.Errorf("seeds: %s: %w", e.File, err)
		}
		out = append(out, Seed{Name: e.File, Text: text, Source: e.Source, Published: e.Published})
	}
	return out, nil
}
