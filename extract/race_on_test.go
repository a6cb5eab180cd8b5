//go:build race

package extract

// raceBuild is whether the tests run under the race detector, which slows
// the byte-by-byte agreement tests of pure functions some fiftyfold
// without finding anything there: they read a sample of their corpus
// (raceSample).
const raceBuild = true

// raceStride is the step of raceSample under the race detector: the
// agreement tests read one sentence in forty of a corpus that grows with
// every development set, so that the race run stays within CI's time.
const raceStride = 40
