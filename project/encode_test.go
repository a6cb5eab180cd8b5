package project

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// TestAppendJSONStringEveryOffset puts each byte that needs care at every
// position of strings long enough for the eight-byte fast path, and checks
// the encoding against encoding/json re-encoded canonically.
func TestAppendJSONStringEveryOffset(t *testing.T) {
	specials := []string{"\"", "\\", "<", ">", "&", "\x00", "\x1f", "\x7f", "\x80", "\xff", "é", "\u2028", "\u2029", "\uFFFD", "\xe2\x80"}
	for _, sp := range specials {
		for n := 0; n < 26; n++ {
			for at := 0; at <= n; at++ {
				checkJSONString(t, strings.Repeat("a", at)+sp+strings.Repeat("b", n-at))
				if t.Failed() {
					return
				}
			}
		}
	}
}

// checkJSONString checks appendJSONString(s) against encoding/json
// followed by the generic canonical re-encoding.
func checkJSONString(t *testing.T, s string) {
	t.Helper()
	raw, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	want, err := canonicalize(raw)
	if err != nil {
		t.Fatal(err)
	}
	if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
		t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
	}
}

// TestFormatDay checks formatDay against the time package over years 0
// to 9999 and beyond.
func TestFormatDay(t *testing.T) {
	slow := func(day int32) string { return time.Unix(int64(day)*86400, 0).UTC().Format(time.DateOnly) }
	for day := int32(-800_000); day <= 3_000_000; day += 1 {
		if got, want := formatDay(day), slow(day); got != want {
			t.Fatalf("formatDay(%d) = %s, want %s", day, got, want)
		}
	}
}
