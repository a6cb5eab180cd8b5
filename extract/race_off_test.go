//go:build !race

package extract

// raceBuild: see race_on_test.go.
const raceBuild = false

// raceStride: see race_on_test.go; a plain build reads every item.
const raceStride = 1
