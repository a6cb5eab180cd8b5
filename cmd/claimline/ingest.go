package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimline/claimline/ingest"
)

func init() {
	register("ingest", "append articles (files, folders, URLs, or - for stdin) to the ARTICLES stream", cmdIngest)
}

func cmdIngest(ctx context.Context, env *cli, args []string) error {
	fs := newFlags(env, "ingest", "[flags] PATH... | -",
		`Appends articles to the ARTICLES stream. PATH may be a file, a folder (read
recursively; dot-files skipped), an http:// or https:// URL (fetched: a text
or HTML page, converted to UTF-8 from its declared charset; its final URL is
the article's URL unless --url is given) or - for standard input. Prints one line per
input: the article id and new, duplicate or "rejected: <reason>". The same
normalised text is always the same article, so ingesting it again at any time
reports duplicate. Exits 1 if any input was rejected; the others are still
ingested. Metadata flags apply to every input and win over the text's own
header lines.

An input may be plain text or a saved HTML page (it starts with a doctype,
<html> or <head>). Of a page, the text of its article (the <article>
element, else <main>, else <body>, without scripts, navigation, forms,
asides and figures) becomes the article's text, one paragraph per block;
the page's site name, publication date, canonical URL and title fill the
metadata that flags and header lines leave empty. The page itself is kept
as the raw text.`)
	nats := natsFlag(fs)
	source := fs.String("source", "", "outlet name, e.g. \"Reuters\"")
	published := fs.String("published", "", "publication date, YYYY-MM-DD (resolves relative dates)")
	url := fs.String("url", "", "article URL")
	asJSON := fs.Bool("json", false, "print one JSON object per input instead of text")
	maxBytes := fs.Int("max-bytes", ingest.DefaultMaxBytes, "size limit of one article in bytes")
	mkLog := logFlags(fs, "warn")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(env.stderr, "claimline ingest: no input: give PATH... or - for stdin")
		return errUsage
	}
	if err := ingest.CheckDate(*published); err != nil {
		fmt.Fprintf(env.stderr, "claimline ingest: --published: %v\n", err)
		return errUsage
	}
	log, err := mkLog(env)
	if err != nil {
		return err
	}
	bus, err := connect(*nats, "ingest")
	if err != nil {
		return err
	}
	defer bus.Close()
	in := &ingest.Ingester{Bus: bus, MaxBytes: *maxBytes, Log: log.Named("ingest")}
	meta := ingest.Meta{Source: *source, Published: *published, URL: *url}
	rejected := 0
	print := func(res ingest.Result) {
		if res.Status == ingest.StatusRejected {
			rejected++
		}
		if *asJSON {
			b, _ := json.Marshal(res)
			fmt.Fprintln(env.stdout, string(b))
		} else {
			fmt.Fprintln(env.stdout, res.String())
		}
	}
	// Unreadable inputs are reported in place; readable ones go in
	// pipelined chunks.
	var chunk []ingest.Input
	flush := func() error {
		if len(chunk) == 0 {
			return nil
		}
		results, err := in.IngestAll(ctx, chunk)
		if err != nil {
			return err
		}
		for _, res := range results {
			print(res)
		}
		chunk = chunk[:0]
		return nil
	}
	for _, input := range collectInputs(ctx, env.stdin, fs.Args(), *maxBytes) {
		if input.err != nil {
			if err := flush(); err != nil {
				return err
			}
			print(ingest.Result{Input: input.name, Status: ingest.StatusRejected, Reason: oneLine(input.err)})
			continue
		}
		m := meta
		if m.URL == "" {
			m.URL = input.url
		}
		chunk = append(chunk, ingest.Input{Name: input.name, Raw: input.raw, Meta: m})
		if len(chunk) == 256 {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	if rejected > 0 {
		return errFailed
	}
	return nil
}

type rawInput struct {
	name string
	raw  []byte
	err  error
	// url is where a fetched input came from.
	url string
}

// collectInputs expands paths into inputs: files, folders recursively
// (sorted, dot-files skipped) and "-" for stdin. Unreadable paths become
// inputs carrying their error, so they are reported and the rest goes on.
// A file is read up to limit+1 bytes, enough for validation to reject it.
// An http:// or https:// URL is fetched (see fetchURL).
func collectInputs(ctx context.Context, stdin io.Reader, paths []string, limit int) []rawInput {
	var out []rawInput
	read := func(name string, r io.Reader) rawInput {
		b, err := readAllLimit(r, limit)
		if err != nil {
			return rawInput{name: name, err: fmt.Errorf("cannot read: %v", err)}
		}
		return rawInput{name: name, raw: b}
	}
	for _, p := range paths {
		if p == "-" {
			out = append(out, read("-", stdin))
			continue
		}
		if isURL(p) {
			out = append(out, fetchURL(ctx, p, limit))
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			out = append(out, rawInput{name: p, err: fmt.Errorf("cannot read: %v", unwrapPath(err))})
			continue
		}
		if !info.IsDir() {
			out = append(out, readFile(p, read))
			continue
		}
		var files []string
		walkErr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				out = append(out, rawInput{name: path, err: fmt.Errorf("cannot read: %v", unwrapPath(err))})
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") && path != p {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				files = append(files, path)
			}
			return nil
		})
		if walkErr != nil {
			out = append(out, rawInput{name: p, err: walkErr})
		}
		sort.Strings(files)
		for _, f := range files {
			out = append(out, readFile(f, read))
		}
	}
	return out
}

func readFile(path string, read func(string, io.Reader) rawInput) rawInput {
	f, err := os.Open(path)
	if err != nil {
		return rawInput{name: path, err: fmt.Errorf("cannot read: %v", unwrapPath(err))}
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && !info.Mode().IsRegular() {
		return rawInput{name: path, err: fmt.Errorf("not a regular file")}
	}
	return read(path, f)
}

func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// readAllLimit reads r up to limit+1 bytes: enough for validation to see
// that an input is over the limit without reading all of it.
func readAllLimit(r io.Reader, limit int) ([]byte, error) {
	return io.ReadAll(io.LimitReader(r, int64(limit)+1))
}
