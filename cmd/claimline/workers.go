package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"go.uber.org/zap"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
	"github.com/claimline/claimline/project"
)

func init() {
	register("extract", "run an extract worker, or extract one file offline with --file", cmdExtract)
	register("project", "run a project worker: fold claims into the read models", cmdProject)
}

func cmdExtract(ctx context.Context, env *cli, args []string) error {
	fs := newFlags(env, "extract", "[--nats URL] | --file PATH [--published DATE] [--source S] [--json]",
		`Without --file: runs an extract worker against a NATS server. It consumes
ingested articles from the shared durable consumer "extract" (several workers
share the work) and publishes each article's claims as one atomic batch on
claims.casualty.<outcome> and claims.event.<action>.

With --file: extracts one article offline, without NATS, and prints its
claims as a table (what, how many, whose side or which actor, when, where,
said by whom, and the quote), or with --json {"article": {...}, "claims":
[...]} (for tools and tests). --file - reads standard input.`)
	client := newClientFlags(fs)
	file := fs.String("file", "", "extract this article (a file, an http(s) URL, or - for stdin) offline and print the claims")
	published := fs.String("published", "", "with --file: publication date YYYY-MM-DD (resolves relative dates)")
	source := fs.String("source", "", "with --file: outlet name")
	asJSON := fs.Bool("json", false, "with --file: print the article and its claims as JSON instead of a table")
	maxBytes := fs.Int("max-bytes", ingest.DefaultMaxBytes, "with --file: size limit of the article in bytes")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *file != "" {
		if err := ingest.CheckDate(*published); err != nil {
			return err
		}
		meta := ingest.Meta{Published: *published, Source: *source}
		var raw []byte
		var err error
		if isURL(*file) {
			in := fetchURL(ctx, *file, *maxBytes)
			raw, err, meta.URL = in.raw, in.err, in.url
		} else {
			raw, err = readInput(env, *file, *maxBytes)
		}
		if err != nil {
			return err
		}
		a, err := ingest.Prepare(raw, meta, *maxBytes, time.Now())
		if err != nil {
			return err
		}
		claims := extract.Extract(a)
		if claims == nil {
			claims = []extract.Claim{}
		}
		if !*asJSON {
			printClaims(env.stdout, a, claims)
			return nil
		}
		a.Raw = "" // the normalised text is what spans point into
		enc := json.NewEncoder(env.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Article ingest.Article  `json:"article"`
			Claims  []extract.Claim `json:"claims"`
		}{a, claims})
	}
	log, bus, err := client.open(env, "extract")
	if err != nil {
		return err
	}
	defer bus.Close()
	log.Info("extract worker started", zap.String("extractor", extract.ExtractorID()))
	w := &extract.Worker{Bus: bus, Log: log.Named("extract")}
	return w.Run(ctx)
}

func readInput(env *cli, path string, limit int) ([]byte, error) {
	if path == "-" {
		return readAllLimit(env.stdin, limit)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readAllLimit(f, limit)
}

func cmdProject(ctx context.Context, env *cli, args []string) error {
	fs := newFlags(env, "project", "[--nats URL]",
		`Runs a project worker against a NATS server: folds ARTICLES and CLAIMS into
the timeline and casualty models, publishes changed entries on projections.>,
and snapshots its state to the KV bucket `+eventlog.BucketModels+` so that a
restart resumes where it stopped. Several project workers each fold every
event and converge to the same digests.`)
	client := newClientFlags(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	log, bus, err := client.open(env, "project")
	if err != nil {
		return err
	}
	defer bus.Close()
	p := &project.Projector{Bus: bus, Log: log.Named("project")}
	fmt.Fprintln(env.stderr, "project worker started")
	return p.Run(ctx)
}

// printClaims prints the claims of an article as a table, in text order.
func printClaims(w io.Writer, a ingest.Article, claims []extract.Claim) {
	published := a.Published
	if published == "" {
		published = "unknown (relative dates stay unresolved)"
	}
	fmt.Fprintf(w, "article %s, published %s, extractor %s: %d claims\n\n", a.ID, published, extract.ExtractorID(), len(claims))
	if len(claims) == 0 {
		return
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "KIND\tWHAT\tCOUNT\tSIDE / ACTOR\tDATE\tWHERE\tSAID BY\tQUOTE")
	for _, c := range claims {
		what, count, who := c.Action, "", ""
		if c.Kind == extract.KindCasualty {
			what, count = c.Outcome, countText(c.Count)
			if c.Victims != nil {
				who = c.Victims.Side
			}
		} else if c.Actor != nil {
			who = cmp.Or(c.Actor.Name, c.Actor.Text)
		}
		where := ""
		if c.Location != nil {
			where = cmp.Or(c.Location.Name, c.Location.Text)
		}
		when := dateText(c.Date.Start, c.Date.End)
		if c.Date.Start == nil && c.Date.Expression != "" {
			when = "unresolved: " + c.Date.Expression
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.Kind, what, count, dash(who),
			when, dash(where), dash(c.AttributedTo), quoteText(c.Quote, 70))
	}
	tw.Flush()
}

// countText is a figure as an analyst writes it: "at least 14", "about
// 300", "unknown" when the text gives no number.
func countText(c *extract.Count) string {
	if c == nil || c.Value == nil {
		return "unknown"
	}
	n := strconv.Itoa(*c.Value)
	switch c.Qualifier {
	case extract.QualExact, "":
		return n
	case extract.QualUnknown:
		return "unknown"
	}
	return strings.ReplaceAll(c.Qualifier, "_", " ") + " " + n
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// quoteText is q on one line, quoted, cut to about max runes.
func quoteText(q string, max int) string {
	q = strings.Join(strings.Fields(q), " ")
	if r := []rune(q); len(r) > max {
		q = string(r[:max-1]) + "…"
	}
	return strconv.Quote(q)
}
