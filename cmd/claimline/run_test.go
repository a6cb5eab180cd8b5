package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/claimline/claimline/eventlog"
	"github.com/claimline/claimline/eventlog/eventlogtest"
	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/seeds"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// binary builds the claimline command once per test run.
func binary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "claimline-bin")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "claimline")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// process is a `claimline run` child process.
type process struct {
	cmd      *exec.Cmd
	natsURL  string
	httpBase string
	stderr   *lockedBuffer
}

// lockedBuffer is a bytes.Buffer safe for a child process's writes while
// the test reads it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func startRun(t *testing.T, data string, extra ...string) *process {
	t.Helper()
	natsAddr, httpAddr := freeAddr(t), freeAddr(t)
	args := append([]string{"run", "--data", data, "--listen", natsAddr, "--http", httpAddr}, extra...)
	cmd := exec.Command(binary(t), args...)
	p := &process{cmd: cmd, natsURL: "nats://" + natsAddr, httpBase: "http://" + httpAddr, stderr: &lockedBuffer{}}
	cmd.Stderr = p.stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
	})
	go func() { _, _ = io.Copy(io.Discard, bufio.NewReader(stdout)) }()
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(p.httpBase + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("claimline run not ready within 60s; stderr:\n%s", p.stderr.String())
		}
		<-time.After(20 * time.Millisecond) // poll interval
	}
	return p
}

func (p *process) kill9(t *testing.T) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = p.cmd.Wait()
}

func (p *process) articles(t *testing.T) []map[string]any {
	t.Helper()
	resp, err := http.Get(p.httpBase + "/api/articles")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body struct {
		Articles []map[string]any `json:"articles"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatal(err)
	}
	return body.Articles
}

// claimline runs the command in-process, as a user would from a shell.
func claimline(t *testing.T, stdin string, args ...string) (stdout string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = runMain(context.Background(), args, &cli{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut})
	if errOut.Len() > 0 {
		t.Logf("claimline %s stderr: %s", strings.Join(args, " "), errOut.String())
	}
	return out.String(), code
}

func waitArticles(t *testing.T, p *process, n int) {
	t.Helper()
	eventlogtest.Eventually(t, 20*time.Second, fmt.Sprintf("%d articles listed", n), func() bool {
		return len(p.articles(t)) == n
	})
}

// TestRunNewcomer follows the README as a newcomer would: a fresh run with
// the seeds, a seed again, a new text twice, a binary file and an empty
// file, then kill -9 right after ingest returned, and a restart.
func TestRunNewcomer(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	data := t.TempDir()
	p := startRun(t, data)
	waitArticles(t, p, 5)

	dir := t.TempDir()
	seed := filepath.Join(dir, "seed000.txt")
	seedText, err := os.ReadFile("../../seeds/000_53aa906474a10956.txt")
	if err != nil {
		t.Fatal(err)
	}
	mustWrite(t, seed, seedText)
	out, code := claimline(t, "", "ingest", "--nats", p.natsURL, seed)
	if code != 0 || !strings.Contains(out, "\tduplicate\t") {
		t.Fatalf("seed again: exit %d, %q; want duplicate", code, out)
	}

	fresh := filepath.Join(dir, "fresh.txt")
	mustWrite(t, fresh, []byte("KABUL - A roadside bomb killed four police officers and wounded two civilians on Tuesday, officials said.\n"))
	if out, code := claimline(t, "", "ingest", "--nats", p.natsURL, fresh); code != 0 || !strings.Contains(out, "\tnew\t") {
		t.Fatalf("new text: exit %d, %q; want new", code, out)
	}
	if out, code := claimline(t, "", "ingest", "--nats", p.natsURL, fresh); code != 0 || !strings.Contains(out, "\tduplicate\t") {
		t.Fatalf("new text again: exit %d, %q; want duplicate", code, out)
	}

	ls, err := os.ReadFile("/bin/ls")
	if err != nil {
		t.Skip("no /bin/ls")
	}
	bin := filepath.Join(dir, "ls.bin")
	mustWrite(t, bin, ls[:4096])
	if out, code := claimline(t, "", "ingest", "--nats", p.natsURL, bin); code == 0 || !strings.Contains(out, "rejected: ") {
		t.Fatalf("binary: exit %d, %q; want rejected and non-zero exit", code, out)
	}
	empty := filepath.Join(dir, "empty.txt")
	mustWrite(t, empty, nil)
	if out, code := claimline(t, "", "ingest", "--nats", p.natsURL, empty); code == 0 || !strings.Contains(out, "rejected: article is empty") {
		t.Fatalf("empty: exit %d, %q; want rejected and non-zero exit", code, out)
	}

	// A batch with one bad file still ingests the others and exits non-zero.
	batch := filepath.Join(dir, "batch")
	mustWrite(t, filepath.Join(batch, "a.txt"), []byte("Two soldiers were wounded in shelling on Monday, the army said.\n"))
	mustWrite(t, filepath.Join(batch, "b.bin"), []byte("bad\x00bytes"))
	mustWrite(t, filepath.Join(batch, "sub", "c.txt"), []byte("Rebels captured the village of Tal Rifaat overnight.\n"))
	out, code = claimline(t, "", "ingest", "--nats", p.natsURL, "--json", batch)
	if code == 0 || strings.Count(out, `"status":"new"`) != 2 || strings.Count(out, `"status":"rejected"`) != 1 {
		t.Fatalf("batch: exit %d, %q; want 2 new, 1 rejected, non-zero exit", code, out)
	}
	waitArticles(t, p, 8)

	// SIGKILL right after ingest returned: the article survives.
	last := filepath.Join(dir, "last.txt")
	mustWrite(t, last, []byte("Three people were killed in an air strike on the city, medics said.\n"))
	if out, code := claimline(t, "", "ingest", "--nats", p.natsURL, last); code != 0 || !strings.Contains(out, "\tnew\t") {
		t.Fatalf("last: exit %d, %q", code, out)
	}
	p.kill9(t)

	p2 := startRun(t, data)
	waitArticles(t, p2, 9)
	seen := map[string]bool{}
	for _, a := range p2.articles(t) {
		id := a["id"].(string)
		if seen[id] {
			t.Fatalf("article %s listed twice after restart", id)
		}
		seen[id] = true
	}
}

func mustWrite(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func (p *process) get(t *testing.T, path string) []byte {
	t.Helper()
	resp, err := http.Get(p.httpBase + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func (p *process) digests(t *testing.T) (cas, tl string) {
	t.Helper()
	var c, l struct {
		Digest string `json:"digest"`
	}
	if err := json.Unmarshal(p.get(t, "/api/casualties"), &c); err != nil {
		return "", ""
	}
	if err := json.Unmarshal(p.get(t, "/api/timeline"), &l); err != nil {
		return "", ""
	}
	return c.Digest, l.Digest
}

// TestRunKilledWhileProjecting kills `claimline run` with SIGKILL while it
// is still extracting and projecting a batch of articles, restarts it, and
// checks that the live models converge to a fresh replay of the log and
// that the audit passes.
func TestRunKilledWhileProjecting(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	data := t.TempDir()
	p := startRun(t, data)
	dir := t.TempDir()
	for _, s := range seeds.Synthetic(150, 42) {
		mustWrite(t, filepath.Join(dir, s.Name+".txt"), s.Text)
	}
	if out, code := claimline(t, "", "ingest", "--nats", p.natsURL, dir); code != 0 || strings.Count(out, "\tnew\t") != 150 {
		t.Fatalf("ingest: exit %d, %d new", code, strings.Count(out, "\tnew\t"))
	}
	p.kill9(t)

	p2 := startRun(t, data)
	bus, err := eventlog.Connect(p2.natsURL, "test")
	if err != nil {
		t.Fatal(err)
	}
	defer bus.Close()
	eventlogtest.Eventually(t, 60*time.Second, "every article extracted", func() bool {
		cons, err := bus.JS.Consumer(context.Background(), eventlog.StreamArticles, extract.DefaultDurable)
		if err != nil {
			return false
		}
		info, err := cons.Info(context.Background())
		return err == nil && info.NumPending == 0 && info.NumAckPending == 0
	})
	var replayed string
	eventlogtest.Eventually(t, 60*time.Second, "live models to equal a fresh replay", func() bool {
		out, code := claimline(t, "", "replay", "--nats", p2.natsURL)
		if code != 0 {
			return false
		}
		cas, tl := p2.digests(t)
		replayed = out
		return cas != "" && strings.Contains(out, "casualties  "+cas) && strings.Contains(out, "timeline    "+tl)
	})
	eventlogtest.Eventually(t, 30*time.Second, "claimline audit to pass", func() bool {
		out, code := claimline(t, "", "audit", "--nats", p2.natsURL)
		return code == 0 && strings.Contains(out, "0 problems")
	})
	if !strings.Contains(string(p2.get(t, "/metrics")), `claimline_articles_stored{state="active"} 155`) {
		t.Errorf("/metrics does not count 155 stored articles")
	}
	t.Logf("replay after restart: %s", replayed)

	twice, _ := claimline(t, "", "replay", "--nats", p2.natsURL)
	if twice != replayed {
		t.Fatalf("two replays of the same log differ:\n%s\n%s", twice, replayed)
	}
	// Re-extracting with the same extractor version stores nothing new and
	// leaves the models as they are.
	out, code := claimline(t, "", "reextract", "--nats", p2.natsURL)
	if code != 0 || !strings.Contains(out, "155 articles re-extracted") {
		t.Fatalf("reextract: exit %d, %q", code, out)
	}
	again, code := claimline(t, "", "replay", "--nats", p2.natsURL)
	if code != 0 || again != replayed {
		t.Errorf("replay after reextract:\n%s\nwant the same as before:\n%s", again, replayed)
	}
}
