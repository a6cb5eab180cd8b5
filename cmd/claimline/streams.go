package main

import (
	"context"
	"fmt"
	"time"

	"github.com/claimline/claimline/eventlog"
)

func init() {
	register("streams", "declare the ARTICLES, CLAIMS, PROJECTIONS streams and the models bucket", cmdStreams)
}

func cmdStreams(ctx context.Context, env *cli, args []string) error {
	fs := newFlags(env, "streams", "[--nats URL] [--replicas N]",
		`Declares claimline's streams and KV bucket on a NATS server or cluster,
creating them or updating them in place (never deleting or purging
anything). ARTICLES and CLAIMS are kept forever and deny delete and purge;
PROJECTIONS is bounded. Run it once per cluster, as a user allowed to manage
streams; 'claimline run' does it for its embedded server.`)
	nats := natsFlag(fs)
	replicas := fs.Int("replicas", 1, "replicas of each stream (3 on a three-node cluster)")
	dup := fs.Duration("duplicate-window", 10*time.Minute, "Nats-Msg-Id deduplication window")
	if err := parse(fs, args); err != nil {
		return err
	}
	bus, err := connect(*nats, "streams")
	if err != nil {
		return err
	}
	defer bus.Close()
	cfg := eventlog.StreamsConfig{Replicas: *replicas, DuplicateWindow: *dup}
	if err := eventlog.EnsureStreams(ctx, bus.JS, cfg); err != nil {
		return err
	}
	for _, sc := range eventlog.StreamConfigs(cfg) {
		fmt.Fprintf(env.stdout, "%s\t%v\treplicas %d\n", sc.Name, sc.Subjects, sc.Replicas)
	}
	fmt.Fprintf(env.stdout, "KV %s\n", eventlog.BucketModels)
	return nil
}
