package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"go.uber.org/zap"

	"github.com/claimline/claimline/eventlog"
)

// Status of one ingested input.
const (
	StatusNew       = "new"
	StatusDuplicate = "duplicate"
	StatusRejected  = "rejected"
)

// EventSource is the CloudEvents source of article events.
const EventSource = "claimline/ingest"

// ErrNotFound is returned by Correct and Retract for an unknown article id.
var ErrNotFound = errors.New("ingest: no such article")

// ErrAlreadyRetracted is returned by Retract for an article retracted before.
var ErrAlreadyRetracted = errors.New("ingest: article already retracted")

// Prepare validates and normalises raw text and builds its article event:
// id, normalised and raw text, metadata (meta's fields win over the text's
// own header lines). An HTML page (see IsHTML) is read for its article's
// text, which is then normalised, and for what the page says of itself
// (site name, publication date, canonical URL, title), which fills the
// fields meta leaves empty. It returns the errors of Validate,
// ErrNoArticleText, ErrBadHTML, or ErrBadDate.
// maxBytes <= 0 means DefaultMaxBytes.
func Prepare(raw []byte, meta Meta, maxBytes int, now time.Time) (Article, error) {
	if err := CheckDate(meta.Published); err != nil {
		return Article{}, err
	}
	var text string
	var err error
	if IsHTML(raw) {
		text, meta, err = normalizeHTML(raw, meta, maxBytes)
	} else {
		text, err = Normalize(raw, maxBytes)
	}
	if err != nil {
		return Article{}, err
	}
	m := meta.merge(headerMeta(text))
	return Article{
		ID:         ArticleID(text),
		Source:     m.Source,
		Published:  m.Published,
		URL:        m.URL,
		Title:      m.Title,
		Text:       text,
		Raw:        string(raw),
		SHA256:     sha256Hex(text),
		IngestedAt: now.UTC(),
	}, nil
}

// Input is one article to ingest.
type Input struct {
	// Name says where the input came from (a path, "-", "seed:000"), for
	// reports only.
	Name string
	Raw  []byte
	Meta Meta
}

// Result reports what became of one input.
type Result struct {
	Input  string `json:"input"`
	ID     string `json:"id,omitempty"`
	Status string `json:"status"`
	Reason string `json:"reason,omitempty"`
	// Seq is the article's sequence in the ARTICLES stream.
	Seq uint64 `json:"seq,omitempty"`
}

// String is the one-line form printed by `claimline ingest`.
func (r Result) String() string {
	id := r.ID
	if id == "" {
		id = "-"
	}
	if r.Status == StatusRejected {
		return fmt.Sprintf("%s\t%s: %s\t%s", id, r.Status, r.Reason, r.Input)
	}
	return fmt.Sprintf("%s\t%s\t%s", id, r.Status, r.Input)
}

// Ingester appends articles to the ARTICLES stream.
type Ingester struct {
	Bus *eventlog.Bus
	// MaxBytes is the size limit of one article; 0 means DefaultMaxBytes.
	MaxBytes int
	// Log receives one line per input; nil logs nothing.
	Log *zap.Logger
	// Metrics counts outcomes; nil counts nothing.
	Metrics *Metrics
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

func (in *Ingester) now() time.Time {
	if in.Now != nil {
		return in.Now()
	}
	return time.Now()
}

func (in *Ingester) log() *zap.Logger {
	if in.Log == nil {
		return zap.NewNop()
	}
	return in.Log
}

// Ingest validates, normalises and appends one article. Bad input yields a
// Result with StatusRejected and a reason, never an error; the error is for
// failures to reach the stream, in which case nothing was written.
func (in *Ingester) Ingest(ctx context.Context, input Input) (Result, error) {
	res := Result{Input: input.Name}
	p := in.prepareMsg(input, in.now())
	switch {
	case p.fatal != nil:
		return res, p.fatal
	case p.msg == nil:
		res.Status, res.Reason = StatusRejected, reason(p.err)
		in.Metrics.count(res.Status)
		in.log().Warn("article rejected", zap.String("input", input.Name), zap.String("reason", res.Reason))
		return res, nil
	}
	res.ID = p.id
	ack, err := in.Bus.JS.PublishMsg(ctx, p.msg, jetstream.WithExpectLastSequencePerSubject(0))
	switch {
	case isWrongLastSequence(err):
		res.Status = StatusDuplicate
		if prev, gerr := in.Bus.LastSeq(ctx, eventlog.StreamArticles, p.msg.Subject); gerr == nil {
			res.Seq = prev
		}
	case err != nil:
		return res, fmt.Errorf("ingest: publish %s: %w", p.id, err)
	case ack.Duplicate:
		res.Status, res.Seq = StatusDuplicate, ack.Sequence
	default:
		res.Status, res.Seq = StatusNew, ack.Sequence
	}
	in.Metrics.count(res.Status)
	in.log().Info("article", zap.String("input", input.Name), zap.String("id", p.id),
		zap.String("status", res.Status), zap.Uint64("seq", res.Seq))
	return res, nil
}

// Correct appends a correction of an article's metadata. It returns
// ErrNotFound for an unknown id and ErrBadDate for a bad published date.
func (in *Ingester) Correct(ctx context.Context, c Correction) (uint64, error) {
	if err := CheckDate(c.Published); err != nil {
		return 0, err
	}
	if err := in.exists(ctx, c.ArticleID); err != nil {
		return 0, err
	}
	c.At = in.now().UTC()
	env, err := eventlog.NewEnvelope("", EventSource, EventTypeCorrected, c.ArticleID, c.At, c)
	if err != nil {
		return 0, err
	}
	msg, err := env.Msg(eventlog.ArticleCorrectedSubject(c.ArticleID))
	if err != nil {
		return 0, err
	}
	setMeta(msg, c.ArticleID, c.Source, c.Published)
	ack, err := in.Bus.JS.PublishMsg(ctx, msg)
	if err != nil {
		return 0, fmt.Errorf("ingest: publish correction: %w", err)
	}
	return ack.Sequence, nil
}

// Retract appends the retraction of an article: it and its claims leave the
// read models; the log keeps everything. It returns ErrNotFound or
// ErrAlreadyRetracted.
func (in *Ingester) Retract(ctx context.Context, r Retraction) (uint64, error) {
	if err := in.exists(ctx, r.ArticleID); err != nil {
		return 0, err
	}
	r.At = in.now().UTC()
	env, err := eventlog.NewEnvelope("retracted:"+r.ArticleID, EventSource, EventTypeRetracted, r.ArticleID, r.At, r)
	if err != nil {
		return 0, err
	}
	msg, err := env.Msg(eventlog.ArticleRetractedSubject(r.ArticleID))
	if err != nil {
		return 0, err
	}
	setMeta(msg, r.ArticleID, "", "")
	ack, err := in.Bus.JS.PublishMsg(ctx, msg, jetstream.WithExpectLastSequencePerSubject(0))
	if isWrongLastSequence(err) || (err == nil && ack.Duplicate) {
		return 0, fmt.Errorf("%w: %s", ErrAlreadyRetracted, r.ArticleID)
	}
	if err != nil {
		return 0, fmt.Errorf("ingest: publish retraction: %w", err)
	}
	return ack.Sequence, nil
}

// DecodeArticle returns the article carried by an articles.ingested event.
func DecodeArticle(env eventlog.Envelope) (Article, error) {
	var a Article
	if env.Type != EventTypeIngested {
		return a, fmt.Errorf("ingest: event type %q is not %s", env.Type, EventTypeIngested)
	}
	if err := json.Unmarshal(env.Data, &a); err != nil {
		return a, fmt.Errorf("ingest: decode article: %w", err)
	}
	if a.ID == "" || a.Text == "" {
		return a, fmt.Errorf("ingest: article event without id or text")
	}
	return a, nil
}

func reason(err error) string {
	msg := err.Error()
	const prefix = "ingest: "
	if len(msg) > len(prefix) && msg[:len(prefix)] == prefix {
		return msg[len(prefix):]
	}
	return msg
}

func isWrongLastSequence(err error) bool {
	var apiErr *jetstream.APIError
	return errors.As(err, &apiErr) && apiErr.ErrorCode == jetstream.JSErrCodeStreamWrongLastSequence
}

func (in *Ingester) exists(ctx context.Context, id string) error {
	_, err := in.Bus.LastSeq(ctx, eventlog.StreamArticles, eventlog.ArticleIngestedSubject(id))
	if errors.Is(err, eventlog.ErrNoMessage) {
		return fmt.Errorf("%w: %s", ErrNotFound, id)
	}
	return err
}

func sha256Hex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// IngestAll ingests many inputs with pipelined (asynchronous) publishes:
// the same checks and results as Ingest, in input order, at a fraction of
// the round trips. The inputs are prepared on every core while earlier
// ones are published; they are published in input order. The error is for
// failures to reach the stream.
func (in *Ingester) IngestAll(ctx context.Context, inputs []Input) ([]Result, error) {
	results := make([]Result, len(inputs))
	futures := make([]jetstream.PubAckFuture, len(inputs))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for c := range in.prepareAll(ctx, inputs) {
		<-c.done
		for k := range c.msgs {
			i := c.from + k
			results[i] = Result{Input: inputs[i].Name}
			p := &c.msgs[k]
			switch {
			case p.fatal != nil:
				return results, p.fatal
			case p.msg == nil:
				results[i].Status, results[i].Reason = StatusRejected, reason(p.err)
				continue
			}
			results[i].ID = p.id
			var err error
			futures[i], err = in.Bus.JS.PublishMsgAsync(p.msg, jetstream.WithExpectLastSequencePerSubject(0))
			if err != nil {
				return results, fmt.Errorf("ingest: publish %s: %w", p.id, err)
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return results, err
	}
	for i, f := range futures {
		if f == nil {
			in.Metrics.count(results[i].Status)
			continue
		}
		select {
		case ack := <-f.Ok():
			results[i].Seq = ack.Sequence
			results[i].Status = StatusNew
			if ack.Duplicate {
				results[i].Status = StatusDuplicate
			}
		case err := <-f.Err():
			if !isWrongLastSequence(err) {
				return results, fmt.Errorf("ingest: publish %s: %w", results[i].ID, err)
			}
			results[i].Status = StatusDuplicate
		case <-ctx.Done():
			return results, ctx.Err()
		}
		in.Metrics.count(results[i].Status)
	}
	return results, nil
}

// preparedMsg is an input made ready to publish: its message, or the
// reason it is rejected (err), or a failure to encode it (fatal).
type preparedMsg struct {
	msg   *nats.Msg
	id    string
	err   error
	fatal error
}

// preparedChunk is a run of consecutive inputs, prepared once done is
// closed.
type preparedChunk struct {
	from int
	msgs []preparedMsg
	done chan struct{}
}

// prepareChunk is how many inputs a worker of prepareAll takes at a time,
// and prepareAhead how many chunks may be prepared ahead of the publishes.
const (
	prepareChunk = 32
	prepareAhead = 8
)

// prepareAll prepares the inputs (validation, normalisation, ids, the
// event's encoding) on every core while IngestAll publishes them: it
// returns their chunks in input order, each to be waited on. Stamps are
// taken in order, by one goroutine. Cancelling ctx stops it.
func (in *Ingester) prepareAll(ctx context.Context, inputs []Input) <-chan *preparedChunk {
	ordered := make(chan *preparedChunk, prepareAhead)
	type job struct {
		c   *preparedChunk
		ats []time.Time
	}
	jobs := make(chan job, prepareAhead)
	go func() {
		defer close(ordered)
		defer close(jobs)
		for from := 0; from < len(inputs); from += prepareChunk {
			n := min(prepareChunk, len(inputs)-from)
			j := job{c: &preparedChunk{from: from, msgs: make([]preparedMsg, n), done: make(chan struct{})}, ats: make([]time.Time, n)}
			for k := range j.ats {
				j.ats[k] = in.now()
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
			select {
			case ordered <- j.c:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range max(1, runtime.GOMAXPROCS(0)) {
		go func() {
			for j := range jobs {
				for k := range j.c.msgs {
					j.c.msgs[k] = in.prepareMsg(inputs[j.c.from+k], j.ats[k])
				}
				close(j.c.done)
			}
		}()
	}
	return ordered
}

// prepareMsg prepares one input of Ingest or IngestAll, stamped at.
func (in *Ingester) prepareMsg(input Input, at time.Time) preparedMsg {
	a, err := Prepare(input.Raw, input.Meta, in.MaxBytes, at)
	if err != nil {
		return preparedMsg{err: err}
	}
	env, err := eventlog.NewEnvelope(a.ID, EventSource, EventTypeIngested, a.ID, a.IngestedAt, a)
	if err != nil {
		return preparedMsg{fatal: err}
	}
	msg, err := env.Msg(eventlog.ArticleIngestedSubject(a.ID))
	if err != nil {
		return preparedMsg{fatal: err}
	}
	setMeta(msg, a.ID, a.Source, a.Published)
	return preparedMsg{msg: msg, id: a.ID}
}
