package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
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
	fs := newFlags(env, "extract", "[--nats URL] | --file PATH [--published DATE] [--source S] --json",
		`Without --file: runs an extract worker against a NATS server. It consumes
ingested articles from the shared durable consumer "extract" (several workers
share the work) and publishes each article's claims as one atomic batch on
claims.casualty.<outcome> and claims.event.<action>.

With --file: extracts one article offline, without NATS, and prints
{"article": {...}, "claims": [...]} (for previewing and for tests).`)
	client := newClientFlags(fs)
	file := fs.String("file", "", "extract this article offline and print the claims")
	published := fs.String("published", "", "with --file: publication date YYYY-MM-DD (resolves relative dates)")
	source := fs.String("source", "", "with --file: outlet name")
	fs.Bool("json", false, "with --file: print JSON (the only output format)")
	maxBytes := fs.Int("max-bytes", ingest.DefaultMaxBytes, "with --file: size limit of the article in bytes")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *file != "" {
		if err := ingest.CheckDate(*published); err != nil {
			return err
		}
		raw, err := readInput(env, *file, *maxBytes)
		if err != nil {
			return err
		}
		a, err := ingest.Prepare(raw, ingest.Meta{Published: *published, Source: *source}, *maxBytes, time.Now())
		if err != nil {
			return err
		}
		claims := extract.Extract(a)
		if claims == nil {
			claims = []extract.Claim{}
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
