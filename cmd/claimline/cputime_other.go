//go:build !unix

package main

import "time"

// processCPU is the CPU time the process has used so far, or 0 where it
// cannot be read.
func processCPU() time.Duration { return 0 }
