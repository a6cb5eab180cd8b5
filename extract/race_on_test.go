//go:build race

package extract

// raceBuild is whether the tests run under the race detector, which slows
// the byte-by-byte agreement tests of pure functions some fiftyfold
// without finding anything there: they read a sample of their corpus.
const raceBuild = true
