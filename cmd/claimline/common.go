package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"golang.org/x/term"

	"github.com/claimline/claimline/eventlog"
)

// logFlags adds --log-level and returns a constructor for the logger.
func logFlags(fs *flag.FlagSet, def string) func(env *cli) (*zap.Logger, error) {
	level := fs.String("log-level", def, "log level: debug, info, warn, error")
	return func(env *cli) (*zap.Logger, error) {
		return newLogger(env.stderr, *level)
	}
}

// newLogger logs to w: console format on a terminal, JSON otherwise.
func newLogger(w io.Writer, level string) (*zap.Logger, error) {
	lvl, err := zapcore.ParseLevel(level)
	if err != nil {
		return nil, fmt.Errorf("--log-level: %w", err)
	}
	encCfg := zap.NewProductionEncoderConfig()
	encCfg.EncodeTime = zapcore.ISO8601TimeEncoder
	var enc zapcore.Encoder
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		encCfg.EncodeLevel = zapcore.CapitalColorLevelEncoder
		enc = zapcore.NewConsoleEncoder(encCfg)
	} else {
		enc = zapcore.NewJSONEncoder(encCfg)
	}
	return zap.New(zapcore.NewCore(enc, zapcore.AddSync(w), lvl)), nil
}

// natsFlag adds --nats.
func natsFlag(fs *flag.FlagSet) *string {
	return fs.String("nats", "", "NATS server or cluster URL (default $NATS_URL, then "+eventlog.DefaultURL+")")
}

// connect dials the resolved URL.
func connect(url, name string) (*eventlog.Bus, error) {
	return eventlog.Connect(eventlog.ResolveURL(url), "claimline "+name)
}

// clientFlags are the flags of a long-running command that talks to a NATS
// server: --nats and --log-level.
type clientFlags struct {
	nats  *string
	mkLog func(env *cli) (*zap.Logger, error)
}

func newClientFlags(fs *flag.FlagSet) *clientFlags {
	return &clientFlags{nats: natsFlag(fs), mkLog: logFlags(fs, "info")}
}

// open builds the logger and connects; the caller closes the bus.
func (c *clientFlags) open(env *cli, name string) (*zap.Logger, *eventlog.Bus, error) {
	log, err := c.mkLog(env)
	if err != nil {
		return nil, nil, err
	}
	bus, err := connect(*c.nats, name)
	if err != nil {
		return nil, nil, err
	}
	return log, bus, nil
}
