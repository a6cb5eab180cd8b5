// Package deploy holds claimline's deployment files: NATS cluster configs
// with users and permissions, a compose file, Kubernetes manifests. This test
// checks that nats-server accepts the configs.
package deploy

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/nats-io/nats-server/v2/server"
)

func TestNATSConfigsParse(t *testing.T) {
	for _, v := range []string{"INGEST", "EXTRACT", "PROJECT", "READER", "ADMIN", "SYS"} {
		t.Setenv("CLAIMLINE_"+v+"_PASSWORD", "secret-"+v)
	}
	files, err := filepath.Glob("nats/nats-*.conf")
	if err != nil || len(files) != 3 {
		t.Fatalf("want 3 node configs, got %v (%v)", files, err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			opts, err := server.ProcessConfigFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if !opts.JetStream || !opts.SyncAlways {
				t.Errorf("jetstream %v, sync always %v: want both", opts.JetStream, opts.SyncAlways)
			}
			if len(opts.Routes) != 3 || opts.Cluster.Name != "claimline" {
				t.Errorf("cluster %q with %d routes, want claimline with 3", opts.Cluster.Name, len(opts.Routes))
			}
			users := map[string]bool{}
			for _, u := range opts.Users {
				users[u.Username] = true
			}
			for _, u := range []string{"ingest", "extract", "project", "reader", "admin"} {
				if !users[u] {
					t.Errorf("user %s missing", u)
				}
			}
		})
	}
	if _, err := os.Stat("docker-compose.yaml"); err != nil {
		t.Error(err)
	}
}
