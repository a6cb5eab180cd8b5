package ingest

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ErrBadDate is returned for a published date that is not YYYY-MM-DD.
var ErrBadDate = errors.New("ingest: published date must be YYYY-MM-DD")

// Meta is article metadata given by an operator. Empty fields are read from
// the text's own header lines where it has them; given fields win.
type Meta struct {
	Source    string
	Published string
	URL       string
	Title     string
}

// CheckDate returns nil for "" or a valid YYYY-MM-DD date, else ErrBadDate.
func CheckDate(s string) error {
	if s == "" {
		return nil
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return fmt.Errorf("%w: %q", ErrBadDate, s)
	}
	return nil
}

var (
	// " date 2020-02-06 Fast News"
	reHeaderDate = regexp.MustCompile(`(?m)\A\s*date\s+(\d{4}-\d{2}-\d{2})\b`)
	// "Updated 12:32, 07-Feb-2020" / "Published 07 Feb 2020"
	reUpdated = regexp.MustCompile(`(?mi)^\s*(?:updated|published|posted)\b[^\n]*?(\d{1,2})[- ]([A-Za-z]{3,9})[- ](\d{4})\s*$`)
	// "Source: TRTWorld and agencies", "Source(s): Reuters"
	reSource = regexp.MustCompile(`(?mi)^\s*Source(?:\(s\)|s)?\s*:\s*(.+?)\s*$`)
	// "Zaman Al Wasl with Agencies"
	reWithAgencies = regexp.MustCompile(`(?mi)^[\s\p{Zs}]*(.{2,60}?)[\s\p{Zs}]+with[\s\p{Zs}]+agencies[\s\p{Zs}]*$`)
	reAndAgencies  = regexp.MustCompile(`(?i)[\s\p{Zs}]+(?:and|&|with)[\s\p{Zs}]+(?:news[\s\p{Zs}]+)?agencies\.?$`)
)

// headerMeta reads metadata from the text's own lines: a leading " date
// YYYY-MM-DD" line, an "Updated 12:32, 07-Feb-2020" line, a "Source: …" or
// "Source(s): …" line, an "… with Agencies" line, and a title (the first
// short line that is not a header and does not end like a sentence).
func headerMeta(text string) Meta {
	var m Meta
	if g := reHeaderDate.FindStringSubmatch(text); g != nil && CheckDate(g[1]) == nil {
		m.Published = g[1]
	}
	// The other header lines are short and start or end with a keyword:
	// only such lines go through the regular expressions.
	var withAgencies, source string
	for line := range strings.SplitSeq(text, "\n") {
		if len(line) > 200 {
			continue
		}
		lower := lowerHead(strings.TrimFunc(line, unicode.IsSpace))
		switch {
		case m.Published == "" && (strings.HasPrefix(lower, "updated") || strings.HasPrefix(lower, "published") || strings.HasPrefix(lower, "posted")):
			if g := reUpdated.FindStringSubmatch(line); g != nil {
				for _, layout := range []string{"2-Jan-2006", "2-January-2006"} {
					if t, err := time.Parse(layout, g[1]+"-"+g[2]+"-"+g[3]); err == nil {
						m.Published = t.Format(time.DateOnly)
						break
					}
				}
			}
		case strings.HasSuffix(lower, "agencies") && !strings.HasPrefix(lower, "source"):
			if g := reWithAgencies.FindStringSubmatch(line); g != nil {
				withAgencies = strings.TrimFunc(g[1], unicode.IsSpace)
			}
		case strings.HasPrefix(lower, "source"):
			if g := reSource.FindStringSubmatch(line); g != nil {
				source = reAndAgencies.ReplaceAllString(g[1], "")
			}
		}
	}
	m.Source = withAgencies
	if m.Source == "" {
		m.Source = source
	}
	m.Title = title(text)
	return m
}

// lowerHead is strings.ToLower(s) as far as headerMeta reads it: its
// first and last nine bytes when s is plain ASCII (most lines, without a
// copy), else all of it.
func lowerHead(s string) string {
	const keep = 9 // "published", "agencies"
	if len(s) <= 2*keep {
		return strings.ToLower(s)
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	var b [2*keep + 1]byte
	copy(b[:keep], s[:keep])
	b[keep] = 0 // neither half can run into the other
	copy(b[keep+1:], s[len(s)-keep:])
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b[:])
}

// title is the first line that reads like a headline; failing that, the
// start of the first line, cut at a word boundary.
func title(text string) string {
	first := ""
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if reHeaderDate.MatchString(line) {
			line = strings.TrimSpace(reHeaderDate.ReplaceAllString(line, ""))
			if len(line) < 40 { // " date 2020-02-06 Fast News": a section label
				continue
			}
		}
		if pageChrome(line) {
			continue // "Search For Keyword.", "Skip to main content": the page around the article
		}
		if len(line) <= 200 && (reSource.MatchString(line) || reUpdated.MatchString(line) || reWithAgencies.MatchString(line)) {
			continue // "Source: Reuters", "Updated 12:32, 07-Feb-2020": a header line, not the headline
		}
		if first == "" {
			first = line
		}
		if len(line) <= 160 && !strings.HasSuffix(line, ".") && !strings.HasPrefix(line, "Updated") {
			return line
		}
		break
	}
	return cut(first, 120)
}

// chromeWords start the short lines a web page puts around an article:
// search boxes, menus, share buttons, sign-in links, advertisements.
var chromeWords = []string{"search", "skip to", "menu", "share", "subscribe", "sign in", "sign up", "log in", "login",
	"advertisement", "home", "print", "follow us", "read more", "close", "toggle navigation", "you are here"}

// pageChrome reports whether line, a short line of at most five words,
// is web-page chrome rather than a headline.
func pageChrome(line string) bool {
	if len(line) > 40 || strings.Count(line, " ") > 4 {
		return false
	}
	lower := strings.ToLower(line)
	for _, w := range chromeWords {
		if strings.HasPrefix(lower, w) && (len(lower) == len(w) || !unicode.IsLetter(rune(lower[len(w)]))) {
			return true
		}
	}
	return false
}

func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := strings.LastIndexByte(s[:n], ' ')
	if i <= 0 {
		i = n
	}
	for i > 0 && i < len(s) && !isRuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// merge returns given with its empty fields filled from fallback.
func (given Meta) merge(fallback Meta) Meta {
	if given.Source == "" {
		given.Source = fallback.Source
	}
	if given.Published == "" {
		given.Published = fallback.Published
	}
	if given.URL == "" {
		given.URL = fallback.URL
	}
	if given.Title == "" {
		given.Title = fallback.Title
	}
	return given
}
