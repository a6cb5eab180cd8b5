//go:build unix

package project

import (
	"syscall"
	"time"
)

// processCPU is the CPU time (user and system) the test process has used so
// far, or 0 where it cannot be read: benchmarks report it beside wall time,
// which other load on a shared machine bends more.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
