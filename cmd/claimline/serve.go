package main

import (
	"context"
	"fmt"
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
	client := newClientFlags(fs)
	httpAddr := fs.String("http", "127.0.0.1:8080", "HTTP listen address")
	if err := parse(fs, args); err != nil {
		return err
	}
	log, bus, err := client.open(env, "serve")
	if err != nil {
		return err
	}
	defer bus.Close()
	svc, work := newServices(log, bus)
	defer svc.stop()
	httpDone, url, err := svc.serveAPI(work, *httpAddr, true, bus.Ready)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "serving %s\n", url)
	return svc.wait(ctx, httpDone)
}
