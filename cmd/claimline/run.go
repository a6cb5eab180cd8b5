package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"go.uber.org/zap"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
	"github.com/claimline/claimline/project"
	"github.com/claimline/claimline/seeds"
)

func init() {
	register("run", "everything in one process: embedded JetStream, workers, HTTP; ingests the seeds", cmdRun)
}

func cmdRun(ctx context.Context, env *cli, args []string) error {
	fs := newFlags(env, "run", "[flags]",
		`Runs claimline in one process: an embedded nats-server with JetStream on
file storage under --data (every write synced to disk before it is
acknowledged), listening on --listen for other claimline commands and the nats
CLI; the extract and project workers; and the HTTP API and web page on --http.
On first start it ingests the five bundled seed articles (skip with
--no-seeds). Stop with Ctrl-C or SIGTERM: it drains and stops cleanly.`)
	data := fs.String("data", "claimline-data", "directory of the JetStream file store")
	listen := fs.String("listen", eventlog.DefaultListen, "NATS client address of the embedded server")
	httpAddr := fs.String("http", "127.0.0.1:8080", "HTTP address of the API and web page")
	noSeeds := fs.Bool("no-seeds", false, "do not ingest the bundled seed articles")
	replicas := fs.Int("replicas", 1, "stream replicas (1 for the embedded server)")
	extractWorkers := fs.Int("extract-workers", runtime.NumCPU(), "extract workers in this process (they share one durable consumer)")
	mkLog := logFlags(fs, "info")
	if err := parse(fs, args); err != nil {
		return err
	}
	log, err := mkLog(env)
	if err != nil {
		return err
	}
	defer func() { _ = log.Sync() }()

	srv, err := eventlog.StartServer(eventlog.ServerConfig{DataDir: *data, Listen: *listen})
	if err != nil {
		return err
	}
	defer srv.Shutdown()
	bus, err := eventlog.Connect(srv.ClientURL(), "claimline run")
	if err != nil {
		return err
	}
	defer bus.Close()
	if err := eventlog.EnsureStreams(ctx, bus.JS, eventlog.StreamsConfig{Replicas: *replicas}); err != nil {
		return err
	}
	log.Info("JetStream ready", zap.String("nats", srv.ClientURL()), zap.String("data", *data))

	svc, work := newServices(log, bus)
	defer svc.stop()
	ingestMetrics := ingest.NewMetrics(svc.reg)
	extractMetrics := extract.NewMetrics(svc.reg)
	for range max(1, *extractWorkers) {
		extractor := &extract.Worker{Bus: bus, Log: log.Named("extract"), Metrics: extractMetrics}
		svc.workers.Go(work, "extract", extractor.Run)
	}
	var seeded atomic.Bool
	ready := func(ctx context.Context) error {
		if err := bus.Ready(ctx); err != nil {
			return err
		}
		if !seeded.Load() {
			return errors.New("seeds not ingested yet")
		}
		return nil
	}
	httpDone, url, err := svc.serveAPI(work, *httpAddr, false, ready)
	if err != nil {
		return err
	}
	if *noSeeds {
		seeded.Store(true)
	} else {
		in := &ingest.Ingester{Bus: bus, Log: log.Named("seeds"), Metrics: ingestMetrics}
		for _, s := range seeds.All() {
			res, err := in.Ingest(ctx, ingest.Input{Name: "seed:" + s.Name, Raw: s.Text,
				Meta: ingest.Meta{Source: s.Source, Published: s.Published}})
			if err != nil {
				return fmt.Errorf("seeds: %w", err)
			}
			if res.Status == ingest.StatusRejected {
				return fmt.Errorf("seeds: %s rejected: %s", s.Name, res.Reason)
			}
		}
		seeded.Store(true)
	}
	fmt.Fprintf(env.stdout, "claimline is running: open %s (NATS at %s, data in %s). Ctrl-C stops it.\n", url, srv.ClientURL(), *data)
	return svc.wait(ctx, httpDone)
}

// services are the long-running parts of one process — catalog, workers,
// projector, HTTP — sharing a metrics registry, stopped together.
type services struct {
	log      *zap.Logger
	bus      *eventlog.Bus
	reg      *prometheus.Registry
	workers  *group
	stopWork context.CancelFunc
	http     *http.Server
}

// newServices returns the services and the context their workers run in,
// cancelled by stop (not by the signal: workers drain after HTTP stops).
func newServices(log *zap.Logger, bus *eventlog.Bus) (*services, context.Context) {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	work, stop := context.WithCancel(context.Background())
	return &services{log: log, bus: bus, reg: reg, workers: &group{log: log}, stopWork: stop}, work
}

// serveAPI starts the catalog, a projector (readOnly: models for this
// process only) and the HTTP API on addr. It returns a channel that yields
// the server's error if it stops by itself, and the page's URL.
func (s *services) serveAPI(work context.Context, addr string, readOnly bool, ready func(context.Context) error) (<-chan error, string, error) {
	catalog := ingest.NewCatalog()
	catalog.Register(s.reg)
	s.workers.Go(work, "catalog", func(ctx context.Context) error { return catalog.Run(ctx, s.bus) })
	projector := &project.Projector{Bus: s.bus, Log: s.log.Named("project"), Metrics: project.NewMetrics(s.reg), ReadOnly: readOnly}
	s.workers.Go(work, "project", projector.Run)
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, "", fmt.Errorf("http: %w", err)
	}
	api := &project.API{Articles: catalog, Models: projector, Gatherer: s.reg, Ready: ready}
	s.http = &http.Server{Handler: api.Handler(), ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() {
		if err := s.http.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			done <- err
		}
	}()
	return done, "http://" + ln.Addr().String() + "/", nil
}

// wait blocks until ctx is done (a signal) or the HTTP server fails.
func (s *services) wait(ctx context.Context, httpDone <-chan error) error {
	select {
	case <-ctx.Done():
		s.log.Info("stopping")
		return nil
	case err := <-httpDone:
		return fmt.Errorf("http: %w", err)
	}
}

// stop shuts the HTTP server down, then the workers, each within a bound.
func (s *services) stop() {
	if s.http != nil {
		shutCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = s.http.Shutdown(shutCtx)
	}
	s.stopWork()
	s.workers.Wait(15 * time.Second)
}

// group runs the long-running parts of one process and waits for them.
type group struct {
	log *zap.Logger
	wg  sync.WaitGroup
}

// Go runs fn until ctx is done; an error other than the stop is logged.
func (g *group) Go(ctx context.Context, name string, fn func(ctx context.Context) error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := fn(ctx); err != nil && ctx.Err() == nil {
			g.log.Error("worker stopped", zap.String("worker", name), zap.Error(err))
		}
	}()
}

// Wait waits for every part to return, at most timeout.
func (g *group) Wait(timeout time.Duration) {
	done := make(chan struct{})
	go func() { g.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(timeout):
		g.log.Warn("workers did not stop in time", zap.Duration("timeout", timeout))
	}
}
