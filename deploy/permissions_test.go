package deploy

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/eventlog/eventlogtest"
	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
	"github.com/claimline/claimline/project"
)

// TestPermissions runs each stage as its user of nats/auth.conf on a real
// server: every stage can do its work, and cannot write what is not its own.
func TestPermissions(t *testing.T) {
	for _, v := range []string{"INGEST", "EXTRACT", "PROJECT", "READER", "ADMIN", "SYS"} {
		t.Setenv("CLAIMLINE_"+v+"_PASSWORD", "pw-"+v)
	}
	dir := t.TempDir()
	auth, err := os.ReadFile("nats/auth.conf")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "auth.conf"), auth, 0o644); err != nil {
		t.Fatal(err)
	}
	conf := filepath.Join(dir, "server.conf")
	body := fmt.Sprintf("listen: 127.0.0.1:-1\njetstream { store_dir: %q, sync_interval: always }\ninclude ./auth.conf\n", filepath.Join(dir, "js"))
	if err := os.WriteFile(conf, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	opts, err := server.ProcessConfigFile(conf)
	if err != nil {
		t.Fatal(err)
	}
	opts.NoLog, opts.NoSigs = os.Getenv("CLAIMLINE_TEST_NATS_LOG") == "", true
	opts.Trace = os.Getenv("CLAIMLINE_TEST_NATS_LOG") == "trace"
	ns, err := server.NewServer(opts)
	if err != nil {
		t.Fatal(err)
	}
	ns.ConfigureLogger()
	go ns.Start()
	if !ns.ReadyForConnections(10 * time.Second) {
		t.Fatal("server not ready")
	}
	t.Cleanup(ns.Shutdown)
	// denied reports whether a publish is refused (a refused publish gets
	// no acknowledgement: it times out).
	denied := func(bus *eventlog.Bus, subject string) bool {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		_, err := bus.JS.Publish(ctx, subject, []byte("{}"))
		return err != nil
	}
	as := func(user string) *eventlog.Bus {
		t.Helper()
		url := fmt.Sprintf("nats://%s:pw-%s@%s", user, map[string]string{"ingest": "INGEST", "extract": "EXTRACT", "project": "PROJECT", "reader": "READER", "admin": "ADMIN"}[user], ns.Addr())
		bus, err := eventlog.Connect(url, user)
		if err != nil {
			t.Fatalf("connect as %s: %v", user, err)
		}
		t.Cleanup(func() { bus.NC.Close() })
		return bus
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	if err := eventlog.EnsureStreams(ctx, as("admin").JS, eventlog.StreamsConfig{}); err != nil {
		t.Fatalf("admin declares the streams: %v", err)
	}

	// ingest appends articles…
	in := &ingest.Ingester{Bus: as("ingest")}
	res, err := in.Ingest(ctx, ingest.Input{Name: "a", Raw: []byte("A roadside bomb killed four soldiers near Kandahar on Monday, officials said."), Meta: ingest.Meta{Published: "2021-03-02"}})
	if err != nil || res.Status != ingest.StatusNew {
		t.Fatalf("ingest as ingest: %+v, %v", res, err)
	}
	// …but cannot write claims.
	if !denied(in.Bus, "claims.casualty.killed") {
		t.Error("the ingest user could publish a claim")
	}

	// extract reads articles and writes claims…
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	extractBus := as("extract")
	go func() {
		if err := (&extract.Worker{Bus: extractBus}).Run(runCtx); err != nil {
			t.Errorf("extract worker as extract: %v", err)
		}
	}()
	admin := as("admin")
	eventlogtest.Eventually(t, 20*time.Second, "claims written by the extract user", func() bool {
		s, err := admin.JS.Stream(ctx, eventlog.StreamClaims)
		if err != nil {
			return false
		}
		info, err := s.Info(ctx)
		return err == nil && info.State.Msgs > 0
	})
	// …but cannot write articles.
	if !denied(extractBus, "articles.ingested.x") {
		t.Error("the extract user could publish an article")
	}

	// project folds both streams and stores its snapshot.
	pr := &project.Projector{Bus: as("project"), SnapshotEvery: 50 * time.Millisecond}
	done := make(chan error, 1)
	go func() { done <- pr.Run(runCtx) }()
	eventlogtest.Eventually(t, 20*time.Second, "the project user to build the models", func() bool {
		cas, _ := pr.Models()
		return len(cas.Incidents) > 0
	})
	eventlogtest.Eventually(t, 20*time.Second, "the snapshot stored by the project user", func() bool {
		_, err := project.Audit(ctx, as("admin"))
		return err == nil
	})

	// reader replays and audits, but cannot write anything.
	reader := as("reader")
	if _, _, err := project.Replay(ctx, reader, project.ReplayOptions{}); err != nil {
		t.Errorf("replay as reader: %v", err)
	}
	if rep, err := project.Audit(ctx, reader); err != nil || len(rep.Problems) > 0 {
		t.Errorf("audit as reader: %v %v", err, rep.Problems)
	}
	for _, subj := range []string{"articles.ingested.y", "claims.casualty.killed", "projections.timeline.z"} {
		if !denied(reader, subj) {
			t.Errorf("the reader could publish on %s", subj)
		}
	}
	if _, err := reader.NC.Request("$JS.API.STREAM.DELETE.ARTICLES", nil, time.Second); err == nil {
		t.Error("the reader could ask to delete ARTICLES")
	}
	stop()
	<-done
}
