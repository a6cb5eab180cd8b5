package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"golang.org/x/term"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
	"github.com/claimline/claimline/project"
)

func init() {
	register("timeline", "print the timeline read model (a table, or --json)", func(ctx context.Context, env *cli, args []string) error {
		return cmdModel(ctx, env, "timeline", args)
	})
	register("casualties", "print the casualty read model (a table, or --json)", func(ctx context.Context, env *cli, args []string) error {
		return cmdModel(ctx, env, "casualties", args)
	})
	register("replay", "rebuild the read models from the streams and print their digests", cmdReplay)
	register("audit", "check the live models equal a fresh replay and every quote is at its span", cmdAudit)
	register("retract", "append the retraction of an article (its claims leave the models)", cmdRetract)
	register("correct", "append a correction of an article's published date or source", cmdCorrect)
	register("reextract", "extract every article again with this binary's extractor version", cmdReextract)
}

func cmdModel(ctx context.Context, env *cli, name string, args []string) error {
	fs := newFlags(env, name, "[--nats URL] [--json]",
		"Rebuilds the "+name+" read model from the streams (a fresh replay) and prints it:\na readable table, or the canonical JSON document with --json.")
	nats := natsFlag(fs)
	asJSON := fs.Bool("json", false, "print the JSON document")
	if err := parse(fs, args); err != nil {
		return err
	}
	bus, err := connect(*nats, name)
	if err != nil {
		return err
	}
	defer bus.Close()
	f, _, err := project.Replay(ctx, bus, project.ReplayOptions{})
	if err != nil {
		return err
	}
	cas, tl := f.Build()
	var model any = tl
	if name == "casualties" {
		model = cas
	}
	if *asJSON {
		return printJSON(env.stdout, model)
	}
	if name == "casualties" {
		printCasualties(env.stdout, cas)
	} else {
		printTimeline(env.stdout, tl)
	}
	return nil
}

func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func dateText(start, end *string) string {
	switch {
	case start == nil:
		return "undated"
	case end == nil || *end == *start:
		return *start
	default:
		return *start + ".." + *end
	}
}

func rangeText(r project.Range) string {
	v := func(p *int) string {
		if p == nil {
			return "?"
		}
		return fmt.Sprint(*p)
	}
	if r.Low == nil && r.High == nil && r.Best == nil {
		return "-"
	}
	return v(r.Low) + "/" + v(r.Best) + "/" + v(r.High)
}

func printCasualties(w io.Writer, c project.Casualties) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tPLACE\tSIDE\tKILLED low/best/high\tWOUNDED\tDISPUTED\tREPORTS")
	for _, in := range c.Incidents {
		for i, s := range in.BySide {
			d, place, disputed, reports := dateText(in.DateStart, in.DateEnd), in.Location, "", fmt.Sprint(len(in.Reports))
			if in.Disputed {
				disputed = "yes"
			}
			if i > 0 {
				d, place, disputed, reports = "", "", "", ""
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", d, place, s.Side, rangeText(s.Killed), rangeText(s.Wounded), disputed, reports)
		}
	}
	tw.Flush()
	fmt.Fprintln(w, "\nTOTALS (sum of incidents' best figures)")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SIDE\tKILLED\tWOUNDED")
	for _, side := range sortedKeys(c.Totals.BySide) {
		t := c.Totals.BySide[side]
		fmt.Fprintf(tw, "%s\t%d\t%d\n", side, t.Killed, t.Wounded)
	}
	tw.Flush()
	fmt.Fprintf(w, "\n%d cumulative figures kept apart; digest %s\n", len(c.Cumulative), c.Digest)
}

func printTimeline(w io.Writer, t project.Timeline) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tKIND\tWHAT\tWHERE\tSOURCES")
	for _, e := range t.Entries {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\n", dateText(e.DateStart, e.DateEnd), e.Kind, e.Summary, e.Location, len(e.Sources))
	}
	tw.Flush()
	fmt.Fprintf(w, "\n%d undated entries; digest %s\n", len(t.Undated), t.Digest)
}

func cmdReplay(ctx context.Context, env *cli, args []string) error {
	fs := newFlags(env, "replay", "[--model timeline|casualties|all] [--as-of RFC3339] [--json]",
		`Folds the ARTICLES and CLAIMS streams from the start into fresh read models
with ordered consumers (nothing is written) and prints each model's digest;
with --json, the models themselves. --as-of folds only what had been stored
by then: what did we know at that time.`)
	nats := natsFlag(fs)
	model := fs.String("model", "all", "timeline, casualties or all")
	asOf := fs.String("as-of", "", "fold only events stored at or before this RFC3339 time")
	asJSON := fs.Bool("json", false, "print the models as JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *model != "all" && *model != "timeline" && *model != "casualties" {
		fmt.Fprintf(env.stderr, "claimline replay: --model must be timeline, casualties or all, not %q\n", *model)
		return errUsage
	}
	opts := project.ReplayOptions{}
	if *asOf != "" {
		t, err := time.Parse(time.RFC3339, *asOf)
		if err != nil {
			fmt.Fprintf(env.stderr, "claimline replay: --as-of: want RFC3339 like 2020-02-07T12:00:00Z: %v\n", err)
			return errUsage
		}
		opts.AsOf = t
	}
	if f, ok := env.stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		last := time.Now()
		opts.Progress = func(done, total uint64) {
			if time.Since(last) > 200*time.Millisecond || done == total {
				last = time.Now()
				fmt.Fprintf(env.stderr, "\rreplaying %s %d/%d events", bar(done, total), done, total)
			}
		}
	}
	bus, err := connect(*nats, "replay")
	if err != nil {
		return err
	}
	defer bus.Close()
	start := time.Now()
	f, rejected, err := project.Replay(ctx, bus, opts)
	if opts.Progress != nil {
		fmt.Fprintln(env.stderr)
	}
	if err != nil {
		return err
	}
	cas, tl := f.Build()
	if *asJSON {
		out := map[string]any{}
		if *model != "casualties" {
			out["timeline"] = tl
		}
		if *model != "timeline" {
			out["casualties"] = cas
		}
		return printJSON(env.stdout, out)
	}
	if *model != "casualties" {
		fmt.Fprintf(env.stdout, "timeline    %s\n", tl.Digest)
	}
	if *model != "timeline" {
		fmt.Fprintf(env.stdout, "casualties  %s\n", cas.Digest)
	}
	fmt.Fprintf(env.stderr, "as of claims seq %d, articles seq %d (%s); %d events not applicable; %s\n",
		cas.AsOf.ClaimsSeq, cas.AsOf.ArticlesSeq, cas.AsOf.Time, rejected, time.Since(start).Round(time.Millisecond))
	return nil
}

func bar(done, total uint64) string {
	const width = 30
	n := width
	if total > 0 {
		n = int(done * width / total)
	}
	return "[" + strings.Repeat("#", n) + strings.Repeat(".", width-n) + "]"
}

func cmdAudit(ctx context.Context, env *cli, args []string) error {
	fs := newFlags(env, "audit", "[--nats URL] [--json]",
		`Checks that the live read models (the projector's latest snapshot) equal a
fresh replay of the streams up to the same position, and that every claim's
quote is its article's normalised text at its byte span. Exits 1 with a
report when anything differs.`)
	nats := natsFlag(fs)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	bus, err := connect(*nats, "audit")
	if err != nil {
		return err
	}
	defer bus.Close()
	rep, err := project.Audit(ctx, bus)
	if err != nil {
		return err
	}
	if *asJSON {
		if err := printJSON(env.stdout, rep); err != nil {
			return err
		}
	} else {
		mark := func(a, b string) string {
			if a == b {
				return "ok"
			}
			return "DIFFERS"
		}
		fmt.Fprintf(env.stdout, "as of claims seq %d, articles seq %d\n", rep.AsOf.ClaimsSeq, rep.AsOf.ArticlesSeq)
		fmt.Fprintf(env.stdout, "casualties  live %s  replay %s  %s\n", rep.LiveCasualties, rep.ReplayedCasualties, mark(rep.LiveCasualties, rep.ReplayedCasualties))
		fmt.Fprintf(env.stdout, "timeline    live %s  replay %s  %s\n", rep.LiveTimeline, rep.ReplayedTimeline, mark(rep.LiveTimeline, rep.ReplayedTimeline))
		fmt.Fprintf(env.stdout, "quotes      %d claims checked, %d problems\n", rep.Claims, len(rep.Problems))
		for _, p := range rep.Problems {
			fmt.Fprintf(env.stdout, "  %s\n", p)
		}
	}
	if !rep.OK() {
		return errFailed
	}
	return nil
}

func cmdRetract(ctx context.Context, env *cli, args []string) error {
	fs := newFlags(env, "retract", "[--nats URL] --reason TEXT ARTICLE-ID",
		"Appends an articles.retracted event: the article and its claims leave the read\nmodels. Nothing is deleted; replay --as-of still shows what was known before.")
	nats := natsFlag(fs)
	reason := fs.String("reason", "", "why the article is retracted (required)")
	if err := parse(fs, interleave(args)); err != nil {
		return err
	}
	if fs.NArg() != 1 || strings.TrimSpace(*reason) == "" {
		fmt.Fprintln(env.stderr, "claimline retract: give one ARTICLE-ID and --reason")
		return errUsage
	}
	bus, err := connect(*nats, "retract")
	if err != nil {
		return err
	}
	defer bus.Close()
	in := &ingest.Ingester{Bus: bus}
	seq, err := in.Retract(ctx, ingest.Retraction{ArticleID: fs.Arg(0), Reason: *reason})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "%s\tretracted\tseq %d\n", fs.Arg(0), seq)
	return nil
}

func cmdCorrect(ctx context.Context, env *cli, args []string) error {
	fs := newFlags(env, "correct", "[--nats URL] [--published DATE] [--source S] [--reason TEXT] ARTICLE-ID",
		"Appends an articles.corrected event replacing the article's published date\nand/or source. A corrected date re-resolves the article's relative dates.")
	nats := natsFlag(fs)
	published := fs.String("published", "", "corrected publication date, YYYY-MM-DD")
	source := fs.String("source", "", "corrected outlet name")
	reason := fs.String("reason", "", "why")
	if err := parse(fs, interleave(args)); err != nil {
		return err
	}
	if fs.NArg() != 1 || (*published == "" && *source == "") {
		fmt.Fprintln(env.stderr, "claimline correct: give one ARTICLE-ID and --published and/or --source")
		return errUsage
	}
	bus, err := connect(*nats, "correct")
	if err != nil {
		return err
	}
	defer bus.Close()
	in := &ingest.Ingester{Bus: bus}
	seq, err := in.Correct(ctx, ingest.Correction{ArticleID: fs.Arg(0), Published: *published, Source: *source, Reason: *reason})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "%s\tcorrected\tseq %d\n", fs.Arg(0), seq)
	return nil
}

func cmdReextract(ctx context.Context, env *cli, args []string) error {
	fs := newFlags(env, "reextract", "[--nats URL]",
		`Extracts every ingested article again with this binary's extractor (`+extract.ExtractorID()+`)
and appends the claims. The models use only each article's newest extractor
version; claims of the same version have the same ids and are not stored twice.`)
	nats := natsFlag(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	bus, err := connect(*nats, "reextract")
	if err != nil {
		return err
	}
	defer bus.Close()
	articles, claims := 0, 0
	err = bus.ReadAll(ctx, eventlog.StreamArticles, eventlog.ReadOptions{Subjects: []string{"articles.ingested.>"}}, func(m jetstream.Msg) error {
		env, err := eventlog.DecodeEnvelope(m.Data())
		if err != nil {
			return nil
		}
		a, err := ingest.DecodeArticle(env)
		if err != nil {
			return nil
		}
		cs := extract.Extract(a)
		if err := extract.Publish(ctx, bus, cs, time.Now()); err != nil && !errors.Is(err, eventlog.ErrBatchDuplicate) {
			return err
		}
		articles++
		claims += len(cs)
		return nil
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "%d articles re-extracted with %s: %d claims\n", articles, extract.ExtractorID(), claims)
	return nil
}

// interleave moves flags after positional arguments to the front, so that
// "retract ID --reason x" works like "retract --reason x ID".
func interleave(args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if strings.HasPrefix(a, "-") && a != "-" {
			flags = append(flags, a)
			if !strings.Contains(a, "=") && i+1 < len(args) && !strings.HasPrefix(args[i+1], "-") {
				flags = append(flags, args[i+1])
				i++
			}
			continue
		}
		pos = append(pos, a)
	}
	return append(flags, pos...)
}

func sortedKeys[V any](m map[string]V) []string {
	return slices.Sorted(maps.Keys(m))
}
