package main

import (
	"context"
	"fmt"
	"mime"
	"net/http"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// fetchTimeout bounds the fetch of one URL input, body included.
const fetchTimeout = 30 * time.Second

// fetchClient fetches URL inputs; it follows up to ten redirects.
var fetchClient = &http.Client{Timeout: fetchTimeout}

func isURL(p string) bool {
	return strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://")
}

// fetchURL fetches an article page: a 2xx response whose content type is
// text (text/html, text/plain, application/xhtml+xml), read up to limit+1
// bytes and converted to UTF-8 from the charset the response or the page
// declares. Anything else is an input carrying a one-line error.
func fetchURL(ctx context.Context, url string, limit int) rawInput {
	fail := func(format string, a ...any) rawInput {
		return rawInput{name: url, err: fmt.Errorf(format, a...)}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return fail("cannot fetch: %v", err)
	}
	req.Header.Set("User-Agent", "claimline (article ingest)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9")
	resp, err := fetchClient.Do(req)
	if err != nil {
		return fail("cannot fetch: %v", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fail("cannot fetch: HTTP %s", resp.Status)
	}
	ctype := resp.Header.Get("Content-Type")
	if mt, _, err := mime.ParseMediaType(ctype); ctype != "" && (err != nil || !textual(mt)) {
		return fail("not an article page: content type %q", ctype)
	}
	body, err := charset.NewReader(resp.Body, ctype)
	if err != nil {
		return fail("cannot read: %v", err)
	}
	b, err := readAllLimit(body, limit)
	if err != nil {
		return fail("cannot read: %v", err)
	}
	return rawInput{name: url, raw: b, url: resp.Request.URL.String()}
}

func textual(mediaType string) bool {
	return strings.HasPrefix(mediaType, "text/") || mediaType == "application/xhtml+xml"
}
