package ingest

import (
	"testing"
	"time"

	"github.com/claimline/claimline/seeds"
)

// BenchmarkPrepare measures validation, normalisation, metadata and ids:
// the CPU cost of ingest before the publish.
func BenchmarkPrepare(b *testing.B) {
	corpus := seeds.Synthetic(200, 1)
	var size int64
	for _, s := range corpus {
		size += int64(len(s.Text))
	}
	b.SetBytes(size / int64(len(corpus)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Prepare(corpus[i%len(corpus)].Text, Meta{}, 0, time.Unix(0, 0)); err != nil {
			b.Fatal(err)
		}
	}
}
