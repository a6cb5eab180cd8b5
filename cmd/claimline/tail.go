package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimline/claimline/eventlog"
)

func init() {
	register("tail", "follow events on a subject (e.g. 'claims.casualty.>') as JSON lines", cmdTail)
}

func cmdTail(ctx context.Context, env *cli, args []string) error {
	fs := newFlags(env, "tail", "[flags] SUBJECT",
		`Follows the events on SUBJECT and prints one JSON object per line:
{"stream","seq","subject","time","event"} where event is the CloudEvents
envelope. SUBJECT may use wildcards: 'claims.>' (every claim),
'claims.casualty.>' (casualty claims only), 'claims.event.capture',
'articles.ingested.*', 'projections.casualties.>'. By default only new
events are printed; --from-start replays history first. Stops on Ctrl-C.`)
	nats := natsFlag(fs)
	fromStart := fs.Bool("from-start", false, "print every stored event first, then follow")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(env.stderr, "claimline tail: give exactly one SUBJECT, e.g. 'claims.casualty.>'")
		return errUsage
	}
	subject := fs.Arg(0)
	stream, err := streamFor(subject)
	if err != nil {
		fmt.Fprintf(env.stderr, "claimline tail: %v\n", err)
		return errUsage
	}
	bus, err := connect(*nats, "tail")
	if err != nil {
		return err
	}
	defer bus.Close()
	opts := eventlog.ReadOptions{Subjects: []string{subject}}
	if !*fromStart {
		s, err := bus.JS.Stream(ctx, stream)
		if err != nil {
			return err
		}
		info, err := s.Info(ctx)
		if err != nil {
			return err
		}
		opts.StartSeq = info.State.LastSeq + 1
	}
	enc := json.NewEncoder(env.stdout)
	return bus.Follow(ctx, stream, opts, func(m jetstream.Msg) error {
		md, err := m.Metadata()
		if err != nil {
			return err
		}
		var event any = json.RawMessage(m.Data())
		if !json.Valid(m.Data()) {
			event = string(m.Data())
		}
		return enc.Encode(struct {
			Stream  string    `json:"stream"`
			Seq     uint64    `json:"seq"`
			Subject string    `json:"subject"`
			Time    time.Time `json:"time"`
			Event   any       `json:"event"`
		}{stream, md.Sequence.Stream, m.Subject(), md.Timestamp.UTC(), event})
	})
}

// streamFor names the stream that holds subject.
func streamFor(subject string) (string, error) {
	switch first, _, _ := strings.Cut(subject, "."); first {
	case "articles":
		return eventlog.StreamArticles, nil
	case "claims":
		return eventlog.StreamClaims, nil
	case "projections":
		return eventlog.StreamProjections, nil
	case ">":
		return "", fmt.Errorf("subject %q spans streams: start with articles., claims. or projections.", subject)
	}
	return "", fmt.Errorf("subject %q is in no claimline stream: start with articles., claims. or projections.", subject)
}
