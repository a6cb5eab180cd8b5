package eventlog

import (
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"strconv"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// DefaultListen is the address the embedded server listens on when
// ServerConfig.Listen is empty.
const DefaultListen = "127.0.0.1:4222"

// ErrServerStart is returned by StartServer when the embedded server does not
// become ready.
var ErrServerStart = errors.New("eventlog: embedded nats-server did not start")

// ServerConfig configures the embedded nats-server. The zero value is usable:
// data under ./claimline-data, listening on DefaultListen, syncing every
// write to disk before acknowledging it.
type ServerConfig struct {
	// DataDir holds the JetStream file store.
	DataDir string
	// Listen is host:port for client connections; port 0 or -1 picks a free
	// port. "" means DefaultListen.
	Listen string
	// LazySync turns off fsync-before-ack and uses the server's default
	// two-minute sync interval instead: faster, but a crash can lose
	// acknowledged writes. Only benchmarks should set it.
	LazySync bool
	// MaxStore bounds the JetStream file store in bytes; 0 is unlimited.
	MaxStore int64
}

// Server is an embedded nats-server with JetStream.
type Server struct {
	ns *server.Server
}

// StartServer starts an embedded nats-server with JetStream on file storage
// and waits until it accepts connections. It returns ErrServerStart (wrapped)
// when the server does not become ready.
func StartServer(cfg ServerConfig) (*Server, error) {
	dir := cfg.DataDir
	if dir == "" {
		dir = "claimline-data"
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("eventlog: data dir %q: %w", dir, err)
	}
	listen := cfg.Listen
	if listen == "" {
		listen = DefaultListen
	}
	host, portStr, err := net.SplitHostPort(listen)
	if err != nil {
		return nil, fmt.Errorf("eventlog: listen address %q: %w", listen, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil {
		return nil, fmt.Errorf("eventlog: listen port %q: %w", portStr, err)
	}
	if port == 0 {
		port = server.RANDOM_PORT
	}
	if port > 0 {
		// Fail fast with a clear reason when the address is taken.
		ln, err := net.Listen("tcp", net.JoinHostPort(host, portStr))
		if err != nil {
			return nil, fmt.Errorf("%w: cannot listen on %s: %v (another claimline or nats-server running? use --listen)", ErrServerStart, listen, err)
		}
		ln.Close()
	}
	opts := &server.Options{
		ServerName:         "claimline",
		Host:               host,
		Port:               port,
		JetStream:          true,
		StoreDir:           abs,
		JetStreamMaxMemory: 64 << 20,
		JetStreamMaxStore:  cfg.MaxStore,
		NoSigs:             true,
		NoLog:              true,
		MaxPayload:         4 << 20,
	}
	if !cfg.LazySync {
		opts.SyncAlways = true
	}
	ns, err := server.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("eventlog: configure nats-server: %w", err)
	}
	go ns.Start()
	if !ns.ReadyForConnections(15 * time.Second) {
		ns.Shutdown()
		return nil, fmt.Errorf("%w within 15s (is %s already in use?)", ErrServerStart, listen)
	}
	return &Server{ns: ns}, nil
}

// ClientURL is the nats:// URL clients connect to.
func (s *Server) ClientURL() string { return s.ns.ClientURL() }

// Shutdown stops the server and waits for it to finish.
func (s *Server) Shutdown() {
	s.ns.Shutdown()
	s.ns.WaitForShutdown()
}
