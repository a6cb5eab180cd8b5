package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/google/uuid"
	"golang.org/x/text/unicode/norm"
)

// DefaultMaxBytes is the default size limit of one article (1 MiB).
const DefaultMaxBytes = 1 << 20

// Validation errors: an input failing one of these is rejected whole.
var (
	ErrEmpty    = errors.New("ingest: article is empty")
	ErrNotUTF8  = errors.New("ingest: article is not valid UTF-8")
	ErrBinary   = errors.New("ingest: article is binary, not text")
	ErrTooLarge = errors.New("ingest: article is over the size limit")
)

// articleNamespace is the UUIDv5 namespace of article ids.
var articleNamespace = uuid.MustParse("0c9a7f5e-41d2-5b8e-8f0e-6d1c2b3a4f50")

// ArticleID returns the id of a normalised text: a UUIDv5 of its SHA-256.
func ArticleID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return uuid.NewSHA1(articleNamespace, []byte(hex.EncodeToString(sum[:]))).String()
}

// Validate checks raw input before normalisation. It returns ErrTooLarge,
// ErrBinary, ErrNotUTF8 or ErrEmpty (wrapped, with detail), or nil.
// maxBytes <= 0 means DefaultMaxBytes.
func Validate(raw []byte, maxBytes int) error {
	_, err := validate(raw, maxBytes)
	return err
}

// validate is Validate, also counting the control characters it allows
// but tab, newline, carriage return and form feed.
func validate(raw []byte, maxBytes int) (ctrl int, err error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	if len(raw) > maxBytes {
		return 0, fmt.Errorf("%w: %d bytes > %d", ErrTooLarge, len(raw), maxBytes)
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return 0, fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	if !utf8.Valid(raw) {
		return 0, fmt.Errorf("%w: invalid byte sequence at offset %d", ErrNotUTF8, firstInvalid(raw))
	}
	var total int
	for _, r := range string(raw) {
		total++
		if unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			ctrl++
		}
	}
	if ctrl > 0 && ctrl*100 > total { // more than 1% control characters
		return 0, fmt.Errorf("%w: %d control characters", ErrBinary, ctrl)
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		if len(raw) == 0 {
			return 0, fmt.Errorf("%w: no bytes", ErrEmpty)
		}
		return 0, fmt.Errorf("%w: only whitespace", ErrEmpty)
	}
	return ctrl, nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// Normalize validates raw and returns its normalised text: Unicode NFC,
// without a byte-order mark, with LF line ends, no trailing spaces on a line,
// no control characters but tab and newline, at most one blank line in a
// row, and no leading or trailing blank lines. Errors are those of Validate.
func Normalize(raw []byte, maxBytes int) (string, error) {
	ctrl, err := validate(raw, maxBytes)
	if err != nil {
		return "", err
	}
	// Lines are stripped of control characters only when there are any.
	clean := ctrl == 0 && bytes.IndexByte(raw, '\f') < 0
	s := string(raw)
	s = strings.TrimPrefix(s, "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	blank := 0
	wrote := false
	for line := range strings.SplitSeq(s, "\n") {
		if !clean {
			line = strings.Map(func(r rune) rune {
				if r == '\t' || !unicode.IsControl(r) {
					return r
				}
				return -1
			}, line)
		}
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		if strings.TrimSpace(line) == "" {
			blank++
			continue
		}
		if wrote {
			b.WriteByte('\n')
			if blank > 0 {
				b.WriteByte('\n')
			}
		}
		blank = 0
		b.WriteString(line)
		wrote = true
	}
	if !wrote {
		return "", fmt.Errorf("%w: only whitespace", ErrEmpty)
	}
	return b.String(), nil
}
