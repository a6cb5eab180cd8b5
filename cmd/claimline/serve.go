package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/claimline/claimline/ingest"
	"github.com/claimline/claimline/project"
)

func init() {
	register("serve", "serve the HTTP API and web page against a NATS server", cmdServe)
}

func cmdServe(ctx context.Context, env *cli, args []string) error {
	fs := newFlags(env, "serve", "[--nats URL] [--http ADDR]",
		`Serves the read-only HTTP API and the web page against a NATS server:
GET /api/timeline, /api/casualties, /api/articles, /api/articles/{id},
/api/claims?kind=&article=, /healthz, /readyz, /metrics and /. It folds the
streams into its own copy of the models (it stores and publishes nothing).`)
	nats := natsFlag(fs)
	httpAddr := fs.String("http", "127.0.0.1:8080", "HTTP listen address")
	mkLog := logFlags(fs, "info")
	if err := parse(fs, args); err != nil {
		return err
	}
	log, err := mkLog(env)
	if err != nil {
		return err
	}
	bus, err := connect(*nats, "serve")
	if err != nil {
		return err
	}
	defer bus.Close()
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	workCtx, stopWork := context.WithCancel(context.Background())
	defer stopWork()
	workers := &group{log: log}
	catalog := ingest.NewCatalog()
	catalog.Register(reg)
	workers.Go(workCtx, "catalog", func(ctx context.Context) error { return catalog.Run(ctx, bus) })
	projector := &project.Projector{Bus: bus, Log: log.Named("project"), Metrics: project.NewMetrics(reg), ReadOnly: true}
	workers.Go(workCtx, "project", projector.Run)
	api := &project.API{Articles: catalog, Models: projector, Gatherer: reg, Ready: bus.Ready}
	ln, err := net.Listen("tcp", *httpAddr)
	if err != nil {
		return fmt.Errorf("http: %w", err)
	}
	srv := &http.Server{Handler: api.Handler(), ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	fmt.Fprintf(env.stdout, "serving http://%s/\n", ln.Addr())
	select {
	case <-ctx.Done():
	case err := <-done:
		if !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("http: %w", err)
		}
	}
	shutCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutCtx)
	stopWork()
	workers.Wait(15 * time.Second)
	return nil
}
