// Package eventlogtest starts a real, in-process nats-server with JetStream
// for tests: file storage in a temporary directory, a free port, the
// claimline streams declared, everything shut down in t.Cleanup.
package eventlogtest

import (
	"context"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimline/claimline/eventlog"
)

// Env is a running test server and a client bus connected to it.
type Env struct {
	t       testing.TB
	Dir     string
	Streams eventlog.StreamsConfig
	Server  *eventlog.Server
	Bus     *eventlog.Bus
}

// Start runs a server with the streams declared (streams configures them;
// its zero value gives the defaults) and connects a bus to it.
func Start(t testing.TB, streams eventlog.StreamsConfig) *Env {
	t.Helper()
	e := &Env{t: t, Dir: t.TempDir(), Streams: streams}
	e.start()
	t.Cleanup(e.stop)
	return e
}

func (e *Env) start() {
	e.t.Helper()
	srv, err := eventlog.StartServer(eventlog.ServerConfig{DataDir: e.Dir, Listen: "127.0.0.1:-1"})
	if err != nil {
		e.t.Fatalf("start nats-server: %v", err)
	}
	bus, err := eventlog.Connect(srv.ClientURL(), e.t.Name())
	if err != nil {
		srv.Shutdown()
		e.t.Fatalf("connect: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := eventlog.EnsureStreams(ctx, bus.JS, e.Streams); err != nil {
		bus.Close()
		srv.Shutdown()
		e.t.Fatalf("ensure streams: %v", err)
	}
	e.Server, e.Bus = srv, bus
}

func (e *Env) stop() {
	if e.Bus != nil {
		e.Bus.NC.Close()
		e.Bus = nil
	}
	if e.Server != nil {
		e.Server.Shutdown()
		e.Server = nil
	}
}

// Restart shuts the server down and starts a new one on the same store,
// reconnecting Bus.
func (e *Env) Restart() {
	e.t.Helper()
	e.stop()
	e.start()
}

// Connect opens another client connection to the server, closed in cleanup.
func (e *Env) Connect(name string) *eventlog.Bus {
	e.t.Helper()
	bus, err := eventlog.Connect(e.Server.ClientURL(), name)
	if err != nil {
		e.t.Fatalf("connect: %v", err)
	}
	e.t.Cleanup(func() { bus.NC.Close() })
	return bus
}

// Eventually polls cond every 10 ms until it returns true or the deadline
// passes, then fails the test with msg.
func Eventually(t testing.TB, within time.Duration, msg string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("not within %s: %s", within, msg)
		}
		<-tick.C
	}
}

// State returns the current state of a stream (message count, last
// sequence…), failing the test when it cannot be read.
func (e *Env) State(t testing.TB, stream string) jetstream.StreamState {
	t.Helper()
	s, err := e.Bus.JS.Stream(context.Background(), stream)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return info.State
}
