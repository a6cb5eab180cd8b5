package extract

import (
	"os"
	"strings"
	"testing"
)

func TestZZProbe(t *testing.T) {
	for _, s := range strings.Split(os.Getenv("ZZ"), "|") {
		got := findEventsIn(s, "")
		t.Logf("%q => %s", s, describeEvents(s, got))
	}
}
