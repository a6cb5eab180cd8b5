package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
	"github.com/claimline/claimline/project"
	"github.com/claimline/claimline/seeds"
)

func init() {
	register("bench", "measure throughput and latency beside raw JetStream in the same run", cmdBench)
}

// benchResult is what `claimline bench --json` prints.
type benchResult struct {
	Articles           int     `json:"articles"`
	Claims             uint64  `json:"claims"`
	Sync               string  `json:"sync"`
	CPUs               int     `json:"cpus"`
	RawPublishRate     float64 `json:"raw_publish_rate"`
	IngestRate         float64 `json:"ingest_rate"`
	ExtractRate        float64 `json:"extract_rate"`
	ExtractRate2       float64 `json:"extract_rate_2_workers"`
	ExtractMBs         float64 `json:"extract_mb_s"`
	ExtractCPUms       float64 `json:"extract_cpu_ms_per_article"`
	ExtractCPUms2      float64 `json:"extract_cpu_ms_per_article_2_workers"`
	RawReplayRate      float64 `json:"raw_replay_rate"`
	ReplayRate         float64 `json:"replay_rate"`
	ReplayFoldRate     float64 `json:"replay_fold_rate"`
	E2EP50ms           float64 `json:"e2e_p50_ms"`
	E2EP99ms           float64 `json:"e2e_p99_ms"`
	E2ERate            float64 `json:"e2e_offered_rate"`
	E2ERequested       float64 `json:"e2e_requested_rate"`
	ClaimsStoredP50ms  float64 `json:"e2e_claims_stored_p50_ms"`
	E2ERebuilds        int     `json:"e2e_model_rebuilds"`
	ProjectedP50ms     float64 `json:"e2e_stored_to_visible_p50_ms"`
	ProjectedP99ms     float64 `json:"e2e_stored_to_visible_p99_ms"`
	ClaimsStoredP99ms  float64 `json:"e2e_claims_stored_p99_ms"`
	RebuildMeanMs      float64 `json:"e2e_rebuild_mean_ms"`
	RebuildP99Ms       float64 `json:"e2e_rebuild_p99_ms_at_most"`
	E2EArticles        int     `json:"e2e_articles"`
	E2EClaims          uint64  `json:"e2e_claims_in_models"`
	FirstReadMs        float64 `json:"e2e_first_read_ms"`
	RSSMB              float64 `json:"rss_mb"`
	ModelBytesPerClaim float64 `json:"model_bytes_per_claim"`
	IngestRatio        float64 `json:"ingest_ratio"`
	ReplayRatio        float64 `json:"replay_ratio"`
	Extract2Ratio      float64 `json:"extract_2_workers_ratio"`
	Targets            targets `json:"targets"`
}

// targets says which of the performance targets a run met: ingest at half
// the raw publish rate or more, replay at half the raw read or more, two
// extract workers (one per core on two cores) at the ingest rate or more,
// and e2e p99 under 100 ms at 200 articles/s (a run at a lower --rate does
// not meet it).
type targets struct {
	Ingest  bool `json:"ingest_ge_half_raw"`
	Replay  bool `json:"replay_ge_half_raw"`
	Extract bool `json:"extract_2_workers_ge_ingest"`
	E2E     bool `json:"e2e_p99_under_100ms"`
}

// Target thresholds (see targets).
const (
	targetIngestRatio  = 0.5
	targetReplayRatio  = 0.5
	targetExtractRatio = 1.0
	targetE2EP99ms     = 100.0
	targetE2ERate      = 200.0
)

// judge fills the ratios and which targets r meets.
func (r *benchResult) judge() {
	if r.RawPublishRate > 0 {
		r.IngestRatio = r.IngestRate / r.RawPublishRate
	}
	if r.RawReplayRate > 0 {
		r.ReplayRatio = r.ReplayRate / r.RawReplayRate
	}
	if r.IngestRate > 0 {
		r.Extract2Ratio = r.ExtractRate2 / r.IngestRate
	}
	r.Targets = targets{
		Ingest:  r.RawPublishRate > 0 && r.IngestRatio >= targetIngestRatio,
		Replay:  r.RawReplayRate > 0 && r.ReplayRatio >= targetReplayRatio,
		Extract: r.IngestRate > 0 && r.Extract2Ratio >= targetExtractRatio,
		E2E:     r.E2EArticles > 0 && r.E2ERequested >= targetE2ERate && r.E2EP99ms < targetE2EP99ms,
	}
}

// met renders a target's outcome for the table.
func met(ok bool, target string) string {
	if ok {
		return target + " met"
	}
	return target + " NOT met"
}

func cmdBench(ctx context.Context, env *cli, args []string) error {
	fs := newFlags(env, "bench", "[--articles N] [--rate R] [--quick] [--json] [--lazy-sync] [--nats URL]",
		`Generates a deterministic synthetic corpus from the seed articles' sentences
and measures, in one run on the same server: raw JetStream async publishes of
the article payloads beside the real ingest path; extraction with one and two
workers; a raw ordered-consumer read of CLAIMS beside a replay folding both
streams into both models (three rounds in turn, medians); and end-to-end
latency from an article's ingest acknowledgement to its claims being in the
read models at a sustained offered rate. By default it
embeds a server in a temporary directory with the same storage and sync
settings as 'claimline run' (--lazy-sync: the server's default fsync).

The TARGET column (the "targets" object with --json) says which targets the
run met: ingest at 0.5 x the raw publish rate or more, replay at 0.5 x the
raw read or more, two extract workers (one per core) at the ingest rate or
more, and e2e p99 under 100 ms at 200 articles/s.`)
	nats := fs.String("nats", "", "benchmark against this NATS server instead of an embedded one (it writes to BENCH_RAW and the claimline streams)")
	n := fs.Int("articles", 2000, "articles in the throughput corpus")
	rate := fs.Float64("rate", 200, "offered articles/s for the latency phase")
	quick := fs.Bool("quick", false, "a short run (under 40 s on 2 cores)")
	asJSON := fs.Bool("json", false, "print one JSON object")
	lazy := fs.Bool("lazy-sync", false, "embedded server with the default two-minute fsync instead of sync-before-ack")
	e2eSeconds := fs.Float64("e2e-seconds", 10, "length of the latency phase")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the whole run to this file (go tool pprof)")
	memProfile := fs.String("memprofile", "", "write a heap profile to this file once the latency phase's claims are all in the models (go tool pprof)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *cpuProfile != "" {
		pf, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(pf); err != nil {
			pf.Close()
			return err
		}
		defer func() { pprof.StopCPUProfile(); pf.Close() }()
	}
	if *quick {
		*n, *e2eSeconds = 600, 4
	}
	if *n < 10 || *rate <= 0 {
		fmt.Fprintln(env.stderr, "claimline bench: --articles must be at least 10 and --rate positive")
		return errUsage
	}
	say := func(format string, a ...any) {
		if !*asJSON {
			fmt.Fprintf(env.stderr, format+"\n", a...)
		}
	}
	res := benchResult{Articles: *n, CPUs: runtime.NumCPU(), Sync: "always", E2ERequested: *rate}
	url := *nats
	if url == "" {
		dir, err := os.MkdirTemp("", "claimline-bench")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		srv, err := eventlog.StartServer(eventlog.ServerConfig{DataDir: dir, Listen: "127.0.0.1:-1", LazySync: *lazy})
		if err != nil {
			return err
		}
		defer srv.Shutdown()
		url = srv.ClientURL()
		if *lazy {
			res.Sync = "default (2 min)"
		}
	} else {
		res.Sync = "server's setting"
	}
	bus, err := eventlog.Connect(url, "claimline bench")
	if err != nil {
		return err
	}
	defer bus.Close()
	if err := eventlog.EnsureStreams(ctx, bus.JS, eventlog.StreamsConfig{}); err != nil {
		return err
	}
	run := strconv.FormatInt(time.Now().UnixNano(), 36)

	corpus := seeds.Synthetic(*n, 1)
	inputs := make([]ingest.Input, len(corpus))
	payloads := make([][]byte, len(corpus))
	var corpusBytes int
	for i, s := range corpus {
		// A run-specific line keeps articles new on a reused server.
		text := append([]byte("Bench "+run+".\n"), s.Text...)
		inputs[i] = ingest.Input{Name: s.Name, Raw: text, Meta: ingest.Meta{Source: s.Source, Published: s.Published}}
		a, err := ingest.Prepare(text, inputs[i].Meta, 0, time.Now())
		if err != nil {
			return err
		}
		envl, err := eventlog.NewEnvelope(a.ID, ingest.EventSource, ingest.EventTypeIngested, a.ID, a.IngestedAt, a)
		if err != nil {
			return err
		}
		payloads[i], _ = json.Marshal(envl)
		corpusBytes += len(a.Text)
	}
	say("corpus: %d articles, %.1f MB of text", *n, float64(corpusBytes)/1e6)

	// Raw JetStream: async publishes of the same payloads to a scratch stream.
	if _, err := bus.JS.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name: "BENCH_RAW", Subjects: []string{"bench.raw.>"}, Storage: jetstream.FileStorage, MaxAge: time.Hour,
	}); err != nil {
		return err
	}
	// Warm up the stream's files and the connection first.
	for i := range 50 {
		if _, err := bus.JS.PublishAsync("bench.raw."+run+".warm."+strconv.Itoa(i), payloads[i%len(payloads)]); err != nil {
			return err
		}
	}
	<-bus.JS.PublishAsyncComplete()
	start := time.Now()
	for i, p := range payloads {
		if _, err := bus.JS.PublishAsync("bench.raw."+run+"."+strconv.Itoa(i), p); err != nil {
			return err
		}
	}
	select {
	case <-bus.JS.PublishAsyncComplete():
	case <-time.After(2 * time.Minute):
		return fmt.Errorf("raw publishes not acknowledged within 2 minutes")
	}
	res.RawPublishRate = float64(*n) / time.Since(start).Seconds()
	say("raw publish: %.0f msgs/s", res.RawPublishRate)

	in := &ingest.Ingester{Bus: bus}
	half := *n / 2
	startSeq, err := lastSeqOf(ctx, bus, eventlog.StreamArticles)
	if err != nil {
		return err
	}
	claimsBefore, err := lastSeqOf(ctx, bus, eventlog.StreamClaims)
	if err != nil {
		return err
	}
	var ingestTime time.Duration
	ingestPart := func(part []ingest.Input) error {
		start := time.Now()
		results, err := in.IngestAll(ctx, part)
		ingestTime += time.Since(start)
		if err != nil {
			return err
		}
		for _, r := range results {
			if r.Status != ingest.StatusNew {
				return fmt.Errorf("bench: %s was %s %s", r.Input, r.Status, r.Reason)
			}
		}
		return nil
	}
	// extractPart returns the time count articles from sequence from took
	// to be extracted and acknowledged, and the CPU time the process (its
	// workers and the embedded server) used meanwhile.
	extractPart := func(workers int, from uint64, count int) (time.Duration, time.Duration, error) {
		durable := fmt.Sprintf("bench-%s-%d", run, workers)
		wctx, cancel := context.WithCancel(ctx)
		defer cancel()
		var wg sync.WaitGroup
		start, cpuStart := time.Now(), processCPU()
		for i := range workers {
			b, err := eventlog.Connect(url, fmt.Sprintf("bench extract %d", i))
			if err != nil {
				return 0, 0, err
			}
			defer b.Close()
			w := &extract.Worker{Bus: b, Durable: durable, StartSeq: from}
			if _, err := w.Consumer(ctx); err != nil {
				return 0, 0, err
			}
			wg.Add(1)
			go func() { defer wg.Done(); _ = w.Run(wctx) }()
		}
		cons, err := bus.JS.Consumer(ctx, eventlog.StreamArticles, durable)
		if err != nil {
			return 0, 0, err
		}
		if err := waitAcked(ctx, cons, 5*time.Millisecond, 0, func(info *jetstream.ConsumerInfo) bool {
			return info.AckFloor.Consumer >= uint64(count)
		}); err != nil {
			return 0, 0, err
		}
		elapsed, cpu := time.Since(start), processCPU()-cpuStart
		cancel()
		wg.Wait()
		_ = bus.JS.DeleteConsumer(ctx, eventlog.StreamArticles, durable)
		return elapsed, cpu, nil
	}
	if err := ingestPart(inputs[:half]); err != nil {
		return err
	}
	t1, cpu1, err := extractPart(1, startSeq+1, half)
	if err != nil {
		return err
	}
	if err := ingestPart(inputs[half:]); err != nil {
		return err
	}
	t2, cpu2, err := extractPart(2, startSeq+uint64(half)+1, *n-half)
	if err != nil {
		return err
	}
	res.IngestRate = float64(*n) / ingestTime.Seconds()
	res.ExtractRate = float64(half) / t1.Seconds()
	res.ExtractRate2 = float64(*n-half) / t2.Seconds()
	res.ExtractMBs = float64(corpusBytes) / 2 / 1e6 / t1.Seconds()
	res.ExtractCPUms = float64(cpu1.Microseconds()) / 1000 / float64(half)
	res.ExtractCPUms2 = float64(cpu2.Microseconds()) / 1000 / float64(*n-half)
	say("ingest: %.0f articles/s; extract: %.0f articles/s (%.2f MB/s) with 1 worker, %.0f with 2; process CPU %.2f ms/article with 1 worker, %.2f with 2",
		res.IngestRate, res.ExtractRate, res.ExtractMBs, res.ExtractRate2, res.ExtractCPUms, res.ExtractCPUms2)

	claimsAfter, err := lastSeqOf(ctx, bus, eventlog.StreamClaims)
	if err != nil {
		return err
	}
	res.Claims = claimsAfter - claimsBefore
	// Reading back: raw ordered consumer vs replay into both models, in
	// turn, replayRounds times; each rate is the median of its rounds, so
	// that a burst of load from elsewhere on the machine does not decide
	// the ratio.
	var read uint64
	var raws, replays, folds []float64
	var cas project.Casualties
	var tl project.Timeline
	for range replayRounds {
		read = 0
		start = time.Now()
		if err := bus.ReadAll(ctx, eventlog.StreamClaims, eventlog.ReadOptions{}, func(jetstream.Msg) error { read++; return nil }); err != nil {
			return err
		}
		raws = append(raws, float64(read)/time.Since(start).Seconds())
		start = time.Now()
		f, _, err := project.Replay(ctx, bus, project.ReplayOptions{})
		if err != nil {
			return err
		}
		folded := time.Since(start)
		cas, tl = f.Build()
		replays = append(replays, float64(read)/time.Since(start).Seconds())
		folds = append(folds, float64(read)/folded.Seconds())
	}
	res.RawReplayRate, res.ReplayRate, res.ReplayFoldRate = median(raws), median(replays), median(folds)
	casJSON, _ := project.Canonical(cas)
	tlJSON, _ := project.Canonical(tl)
	if read > 0 {
		res.ModelBytesPerClaim = float64(len(casJSON)+len(tlJSON)) / float64(read)
	}
	say("read back %d claims: raw %.0f claims/s, replay into both models %.0f claims/s (%.0f claims/s before building the models)", read, res.RawReplayRate, res.ReplayRate, res.ReplayFoldRate)

	if err := benchE2E(ctx, url, bus, run, *rate, *e2eSeconds, *memProfile, &res); err != nil {
		return err
	}
	say("end to end at %.0f articles/s: p50 %.1f ms, p99 %.1f ms (%d articles, %d model rebuilds taking %.1f ms on average); ack to claims stored: p50 %.1f ms, p99 %.1f ms; stored to visible: p50 %.1f ms, p99 %.1f ms",
		res.E2ERate, res.E2EP50ms, res.E2EP99ms, res.E2EArticles, res.E2ERebuilds, res.RebuildMeanMs, res.ClaimsStoredP50ms, res.ClaimsStoredP99ms, res.ProjectedP50ms, res.ProjectedP99ms)
	res.RSSMB = peakRSSMB()
	res.judge()
	if *asJSON {
		return printJSON(env.stdout, res)
	}
	tw := tabwriter.NewWriter(env.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "METRIC\tVALUE\tBASELINE\tRATIO\tTARGET\n")
	fmt.Fprintf(tw, "ingest_rate (articles/s)\t%.0f\traw_publish_rate %.0f\t%.2f\t%s\n", res.IngestRate, res.RawPublishRate, res.IngestRatio, met(res.Targets.Ingest, "≥ 0.5"))
	fmt.Fprintf(tw, "replay_rate (claims/s)\t%.0f\traw_replay_rate %.0f\t%.2f\t%s\n", res.ReplayRate, res.RawReplayRate, res.ReplayRatio, met(res.Targets.Replay, "≥ 0.5"))
	fmt.Fprintf(tw, "extract_rate 1 worker (articles/s)\t%.0f\tingest_rate %.0f\t%.2f\t\n", res.ExtractRate, res.IngestRate, res.ExtractRate/res.IngestRate)
	fmt.Fprintf(tw, "extract_rate 2 workers (articles/s)\t%.0f\tingest_rate %.0f\t%.2f\t%s\n", res.ExtractRate2, res.IngestRate, res.Extract2Ratio, met(res.Targets.Extract, "≥ 1 (one worker per core)"))
	fmt.Fprintf(tw, "extract MB/s (1 worker)\t%.2f\t\t\t\n", res.ExtractMBs)
	fmt.Fprintf(tw, "extract process CPU ms/article (1 / 2 workers)\t%.2f / %.2f\t\t\t\n", res.ExtractCPUms, res.ExtractCPUms2)
	fmt.Fprintf(tw, "e2e_p50_ms / e2e_p99_ms\t%.1f / %.1f\tat %.0f articles/s\t\t%s\n", res.E2EP50ms, res.E2EP99ms, res.E2ERate, met(res.Targets.E2E, "p99 < 100 ms at 200/s"))
	fmt.Fprintf(tw, "  ack to claims stored p50 / p99\t%.1f / %.1f\t\t\t\n", res.ClaimsStoredP50ms, res.ClaimsStoredP99ms)
	fmt.Fprintf(tw, "  claims stored to visible p50 / p99\t%.1f / %.1f\t%d rebuilds\t\t\n", res.ProjectedP50ms, res.ProjectedP99ms, res.E2ERebuilds)
	fmt.Fprintf(tw, "  a rebuild of the models, mean / p99\t%.1f / ≤ %.0f ms\t\t\t\n", res.RebuildMeanMs, res.RebuildP99Ms)
	fmt.Fprintf(tw, "  first read of the models (JSON, digest)\t%.1f ms\tat %d claims\t\t\n", res.FirstReadMs, res.E2EClaims)
	fmt.Fprintf(tw, "rss_mb (peak)\t%.0f\t\t\t\n", res.RSSMB)
	fmt.Fprintf(tw, "read-model bytes per claim\t%.0f\t\t\t\n", res.ModelBytesPerClaim)
	tw.Flush()
	fmt.Fprintf(env.stdout, "\n%d articles, %d claims, %d CPUs, sync %s\n", res.Articles, res.Claims, res.CPUs, res.Sync)
	return nil
}

// benchE2E offers articles at rate for seconds to a running extract worker
// and projector, and measures from each ingest acknowledgement to the first
// rebuild of the models that holds all of the article's claims.
func benchE2E(ctx context.Context, url string, bus *eventlog.Bus, run string, rate, seconds float64, heapProfile string, res *benchResult) error {
	from, err := lastSeqOf(ctx, bus, eventlog.StreamArticles)
	if err != nil {
		return err
	}
	claimsFrom, err := lastSeqOf(ctx, bus, eventlog.StreamClaims)
	if err != nil {
		return err
	}
	type built struct {
		claimsSeq uint64
		at        time.Time
	}
	var mu sync.Mutex
	var builds []built
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	pb, err := eventlog.Connect(url, "bench project")
	if err != nil {
		return err
	}
	defer pb.Close()
	reg := prometheus.NewRegistry()
	pr := &project.Projector{Bus: pb, ReadOnly: true, Metrics: project.NewMetrics(reg), OnBuilt: func(at project.AsOf, done time.Time) {
		mu.Lock()
		builds = append(builds, built{at.ClaimsSeq, done})
		mu.Unlock()
	}}
	eb, err := eventlog.Connect(url, "bench extract e2e")
	if err != nil {
		return err
	}
	defer eb.Close()
	w := &extract.Worker{Bus: eb, Durable: "bench-" + run + "-e2e", StartSeq: from + 1}
	cons, err := w.Consumer(ctx)
	if err != nil {
		return err
	}
	wg.Add(2)
	go func() { defer wg.Done(); _ = pr.Run(wctx) }()
	go func() { defer wg.Done(); _ = w.Run(wctx) }()
	// Wait for the projector to have caught up with what is stored.
	var rebuildsBefore *dto.Histogram
	for {
		mu.Lock()
		caught := len(builds) > 0 && builds[len(builds)-1].claimsSeq >= claimsFrom
		mu.Unlock()
		if caught {
			rebuildsBefore = rebuildHistogram(reg)
			break
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}

	total := int(rate * seconds)
	corpus := seeds.Synthetic(total, 2)
	in := &ingest.Ingester{Bus: bus}
	acked := map[string]time.Time{}
	interval := time.Duration(float64(time.Second) / rate)
	start := time.Now()
	var ackMu sync.Mutex
	var ingestWG sync.WaitGroup
	errs := make(chan error, total)
	for i, s := range corpus {
		next := start.Add(time.Duration(i) * interval)
		if d := time.Until(next); d > 0 {
			time.Sleep(d)
		}
		text := append([]byte("Bench "+run+" e2e.\n"), s.Text...)
		ingestWG.Add(1)
		go func() {
			defer ingestWG.Done()
			r, err := in.Ingest(ctx, ingest.Input{Name: s.Name, Raw: text, Meta: ingest.Meta{Published: s.Published}})
			if err != nil {
				errs <- err
				return
			}
			ackMu.Lock()
			acked[r.ID] = time.Now()
			ackMu.Unlock()
		}()
	}
	ingestWG.Wait()
	res.E2ERate = float64(total) / time.Since(start).Seconds()
	select {
	case err := <-errs:
		return err
	default:
	}
	// Wait until the worker has acknowledged every article ingested, so
	// that their claims are stored: on a loaded machine it may still be
	// behind when the last acknowledgement of ingest arrives.
	articlesTo, err := lastSeqOf(ctx, bus, eventlog.StreamArticles)
	if err != nil {
		return err
	}
	if err := waitAcked(ctx, cons, 10*time.Millisecond, 2*time.Minute, func(info *jetstream.ConsumerInfo) bool {
		return info.AckFloor.Stream >= articlesTo
	}); err != nil {
		return err
	}
	// Which claims belong to which article, and the last one of each.
	target, err := lastSeqOf(ctx, bus, eventlog.StreamClaims)
	if err != nil {
		return err
	}
	lastClaim := map[string]uint64{}
	stored := map[string]time.Time{}
	err = bus.ReadAll(ctx, eventlog.StreamClaims, eventlog.ReadOptions{StartSeq: claimsFrom + 1}, func(m jetstream.Msg) error {
		md, _ := m.Metadata()
		var e struct {
			Subject string `json:"subject"`
		}
		_ = json.Unmarshal(m.Data(), &e)
		lastClaim[e.Subject] = md.Sequence.Stream
		stored[e.Subject] = md.Timestamp
		return nil
	})
	if err != nil {
		return err
	}
	// Wait until every claim is in the models.
	for {
		mu.Lock()
		done := len(builds) > 0 && builds[len(builds)-1].claimsSeq >= target
		mu.Unlock()
		if done {
			break
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
	res.RebuildMeanMs, res.RebuildP99Ms = rebuildTimes(rebuildsBefore, rebuildHistogram(reg))
	if heapProfile != "" {
		if err := writeHeapProfile(heapProfile); err != nil {
			return err
		}
	}
	cancel()
	wg.Wait()
	// The models' canonical JSON and digest are made by the first read
	// after a rebuild: time one such read of the final models.
	readStart := time.Now()
	cas, _ := pr.Models()
	res.FirstReadMs = float64(time.Since(readStart).Microseconds()) / 1000
	res.E2EClaims = cas.AsOf.ClaimsSeq
	var lat, extractLat, projLat []float64
	mu.Lock()
	defer mu.Unlock()
	for id, t0 := range acked {
		seq, ok := lastClaim[id]
		if !ok {
			continue // an article with no claims
		}
		extractLat = append(extractLat, float64(stored[id].Sub(t0).Microseconds())/1000)
		i, _ := slices.BinarySearchFunc(builds, seq, func(b built, s uint64) int {
			switch {
			case b.claimsSeq < s:
				return -1
			case b.claimsSeq > s:
				return 1
			}
			return 0
		})
		if i < len(builds) {
			lat = append(lat, float64(builds[i].at.Sub(t0).Microseconds())/1000)
			projLat = append(projLat, float64(builds[i].at.Sub(stored[id]).Microseconds())/1000)
		}
	}
	res.E2EArticles = len(lat)
	res.E2ERebuilds = len(builds)
	res.E2EP50ms, res.E2EP99ms = percentiles(lat)
	res.ClaimsStoredP50ms, res.ClaimsStoredP99ms = percentiles(extractLat)
	res.ProjectedP50ms, res.ProjectedP99ms = percentiles(projLat)
	return nil
}

// rebuildHistogram reads the projector's rebuild histogram from reg, or nil.
func rebuildHistogram(reg *prometheus.Registry) *dto.Histogram {
	families, err := reg.Gather()
	if err != nil {
		return nil
	}
	for _, f := range families {
		if f.GetName() == "claimline_project_rebuild_seconds" && len(f.GetMetric()) == 1 {
			return f.GetMetric()[0].GetHistogram()
		}
	}
	return nil
}

// rebuildTimes returns the mean time of the rebuilds counted in after and
// not in before, and the upper bound of the histogram bucket that holds
// their 99th percentile, in milliseconds (zeros if there were none).
func rebuildTimes(before, after *dto.Histogram) (mean, p99 float64) {
	if after == nil {
		return 0, 0
	}
	n := float64(after.GetSampleCount() - before.GetSampleCount())
	if n <= 0 {
		return 0, 0
	}
	mean = (after.GetSampleSum() - before.GetSampleSum()) / n * 1000
	prev := map[float64]uint64{}
	for _, b := range before.GetBucket() {
		prev[b.GetUpperBound()] = b.GetCumulativeCount()
	}
	for _, b := range after.GetBucket() {
		if float64(b.GetCumulativeCount()-prev[b.GetUpperBound()]) >= 0.99*n {
			return mean, b.GetUpperBound() * 1000
		}
	}
	return mean, math.Inf(1)
}

// writeHeapProfile writes the live heap, as of a collection made now, to
// path.
func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	runtime.GC()
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// replayRounds is how often the bench reads CLAIMS raw and replays both
// streams.
const replayRounds = 3

// median returns the median of xs (sorted in place).
func median(xs []float64) float64 {
	slices.Sort(xs)
	return xs[len(xs)/2]
}

// percentiles returns the 50th and 99th percentiles of xs (sorted in place).
func percentiles(xs []float64) (p50, p99 float64) {
	if len(xs) == 0 {
		return 0, 0
	}
	slices.Sort(xs)
	return xs[len(xs)*50/100], xs[min(len(xs)-1, len(xs)*99/100)]
}

// waitAcked polls the consumer's state every interval until acked reports
// true of it, or returns an error after limit (none when limit is 0).
func waitAcked(ctx context.Context, cons jetstream.Consumer, every, limit time.Duration, acked func(*jetstream.ConsumerInfo) bool) error {
	deadline := time.Now().Add(limit)
	for {
		info, err := cons.Info(ctx)
		if err != nil {
			return err
		}
		if acked(info) {
			return nil
		}
		if limit > 0 && time.Now().After(deadline) {
			return fmt.Errorf("consumer %s has not acknowledged its messages after %s", info.Name, limit)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(every):
		}
	}
}

func lastSeqOf(ctx context.Context, bus *eventlog.Bus, stream string) (uint64, error) {
	s, err := bus.JS.Stream(ctx, stream)
	if err != nil {
		return 0, err
	}
	info, err := s.Info(ctx)
	if err != nil {
		return 0, err
	}
	return info.State.LastSeq, nil
}

// peakRSSMB is the process's peak resident set (Linux), else the Go
// runtime's view of memory obtained from the OS.
func peakRSSMB() float64 {
	if f, err := os.Open("/proc/self/status"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
				kb, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 64)
				if err == nil {
					return kb / 1024
				}
			}
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.Sys) / (1 << 20)
}
