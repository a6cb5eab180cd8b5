package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimline/claimline/ingest"
)

// update regenerates golden files from the current code instead of
// comparing against them: go test ./extract/ -run TestExtractOutputDigest -update
var update = flag.Bool("update", false, "regenerate golden files in testdata")

// outputDigestFile holds the SHA-256 of every claim Extract yields for the
// seeds and the development sets, one line per input file.
const outputDigestFile = "testdata/extract_output.sha256"

// outputDigests extracts every seed article and every text of the
// development sets and returns, per input file, the SHA-256 of the
// JSON of all their claims in order, as "digest  name" lines: the seeds
// first, then the development sets in the order of their names.
func outputDigests(t *testing.T) []string {
	t.Helper()
	var lines []string
	seeds := sha256.New()
	for _, s := range casualtySeeds {
		writeClaims(t, seeds, Extract(casualtySeed(t, s.file, s.published)))
	}
	lines = append(lines, hex.EncodeToString(seeds.Sum(nil))+"  seeds")

	paths, err := filepath.Glob("testdata/devset/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no development sets in testdata/devset")
	}
	for _, p := range paths {
		h := sha256.New()
		for i, it := range loadDevsetFile(t, p) {
			a := ingest.Article{ID: fmt.Sprint("dev-", i), Text: it.Text, Published: it.Published}
			writeClaims(t, h, Extract(a))
		}
		lines = append(lines, hex.EncodeToString(h.Sum(nil))+"  "+filepath.Base(p))
	}
	return lines
}

// writeClaims writes the JSON of each claim, one per line, to w.
func writeClaims(t *testing.T, w interface{ Write([]byte) (int, error) }, claims []Claim) {
	t.Helper()
	for _, c := range claims {
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(b)
		w.Write([]byte{'\n'})
	}
	w.Write([]byte("--\n"))
}

// TestExtractOutputDigest guards the output of Extract byte for byte: the
// JSON of every claim of the seeds and the development sets must hash to
// the digests in testdata/extract_output.sha256. A change to the rules
// that changes output on purpose regenerates the file with -update; a
// change made for speed must leave it as it is.
func TestExtractOutputDigest(t *testing.T) {
	got := outputDigests(t)
	if *update {
		if err := os.WriteFile(outputDigestFile, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	b, err := os.ReadFile(outputDigestFile)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	want := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(got) != len(want) {
		t.Fatalf("%d digests, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		t.Run(strings.Fields(want[i])[len(strings.Fields(want[i]))-1], func(t *testing.T) {
			if got[i] != want[i] {
				t.Errorf("output digest\n got %s\nwant %s", got[i], want[i])
			}
		})
	}
}
