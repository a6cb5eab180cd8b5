package ingest

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimline/claimline/seeds"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name string
		give string
		want string
	}{
		{name: "crlf and trailing spaces", give: "a  \r\nb\t\r\n", want: "a\nb"},
		{name: "blank runs collapse", give: "\n\na\n\n\n\nb\n\n", want: "a\n\nb"},
		{name: "bom dropped", give: "\uFEFFtext", want: "text"},
		{name: "nfc", give: "Saraqe\u0301b", want: "Saraq\u00e9b"},
		{name: "leading indent kept", give: " date 2020-02-06 Fast News\n", want: " date 2020-02-06 Fast News"},
		{name: "form feed dropped", give: "page one\fpage two", want: "page onepage two"},
		{name: "control characters dropped, tab kept",
			give: strings.Repeat("filler ", 100) + "\na\x01b\x7fc\u0085d\u009fe\tf\x1b",
			want: strings.Repeat("filler ", 99) + "filler\nabcde\tf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Normalize([]byte(tt.give), 0)
			if err != nil || got != tt.want {
				t.Fatalf("Normalize(%q) = %q, %v; want %q", tt.give, got, err, tt.want)
			}
		})
	}
}

// TestLowerHead: the lines headerMeta lower-cases in part read as they
// read lower-cased whole.
func TestLowerHead(t *testing.T) {
	lines := []string{"", "Source", "SOURCE: Reuters and agencies", "Updated 12:32, 07-Feb-2020",
		"PUBLISHED ON 4 MARCH 2020 BY THE DESK", "TRT World and Agencies", "Source: TRT World and AGENCIES",
		"posted: 2 days ago, by a staff writer", "Publİshed on 4 March 2020 by the desk",
		"\u212aelvin sign at the start of a long line", "a long line that ends with the word \u212a",
		"Updated: 4 March — by the desk and agencies", "published", "sources say a long sentence here"}
	for _, line := range lines {
		whole, head := strings.ToLower(line), lowerHead(line)
		for _, w := range []string{"updated", "published", "posted", "source"} {
			if strings.HasPrefix(whole, w) != strings.HasPrefix(head, w) {
				t.Errorf("%q: starts with %q %v lower-cased whole, %v in part", line, w, strings.HasPrefix(whole, w), strings.HasPrefix(head, w))
			}
		}
		if strings.HasSuffix(whole, "agencies") != strings.HasSuffix(head, "agencies") {
			t.Errorf("%q: ends with agencies %v lower-cased whole, %v in part", line, strings.HasSuffix(whole, "agencies"), strings.HasSuffix(head, "agencies"))
		}
	}
}

func TestHeaderMetadataOfSeeds(t *testing.T) {
	want := map[string]Meta{
		"000_53aa906474a10956.txt": {Published: "2020-02-06", Source: "TRTWorld"},
		"001_1d90e7d49ab8cf35.txt": {Title: "Turkey demands Russia 'rein in' Syrian regime forces"},
		"002_090baead81c8eaed.txt": {Published: "2020-02-07"},
		"003_cd7b9de5fab0b34e.txt": {Published: "2020-02-07", Source: "Reuters", Title: "Syrian army enters rebel-held northwestern town in latest advance"},
		"004_c975eb129dbd47db.txt": {Source: "Zaman Al Wasl", Title: "Idlib: 19 soldiers killed in Turkish drone strikes, opposition forces take 7 towns"},
	}
	for _, s := range seeds.All() {
		t.Run(s.Name, func(t *testing.T) {
			a, err := Prepare(s.Text, Meta{}, 0, time.Unix(0, 0))
			if err != nil {
				t.Fatal(err)
			}
			w := want[s.Name]
			if a.Published != w.Published || a.Source != w.Source {
				t.Errorf("published %q source %q, want %q %q", a.Published, a.Source, w.Published, w.Source)
			}
			if w.Title != "" && a.Title != w.Title {
				t.Errorf("title %q, want %q", a.Title, w.Title)
			}
			if a.Title == "" {
				t.Error("no title")
			}
			// Flags win over header lines.
			b, _ := Prepare(s.Text, Meta{Published: "2021-01-02", Source: "Wire"}, 0, time.Unix(0, 0))
			if b.Published != "2021-01-02" || b.Source != "Wire" || b.ID != a.ID {
				t.Errorf("given metadata did not win or changed the id: %+v", b)
			}
		})
	}
}

func TestTitleSkipsPageChrome(t *testing.T) {
	tests := []struct{ give, want string }{
		{"Search For Keyword.\n\nRebels take the border town\n\nText.", "Rebels take the border town"},
		{"Skip to main content\nMenu\nShare\nTroops enter Kismayo\nText.", "Troops enter Kismayo"},
		{"Advertisement\n\nSeven soldiers killed in ambush\n", "Seven soldiers killed in ambush"},
		// A headline that starts with a chrome word is still a headline.
		{"Homeless families flee shelling in the east\nText.", "Homeless families flee shelling in the east"},
		{"Share prices fall as troops mass\nText.", "Share prices fall as troops mass"},
		{"Searchers find 12 bodies\nText.", "Searchers find 12 bodies"},
		// Header lines are the article's metadata, not its headline.
		{"Source: Wire One\n\nSuicide bomber kills 14 at restaurant\n\nText.", "Suicide bomber kills 14 at restaurant"},
		{"Updated 12:32, 07-Feb-2020\nTroops enter Kismayo\nText.", "Troops enter Kismayo"},
		{"Zaman Al Wasl with Agencies\nRegime loses 19 soldiers\nText.", "Regime loses 19 soldiers"},
	}
	for _, tt := range tests {
		if got := title(tt.give); got != tt.want {
			t.Errorf("title(%q) = %q, want %q", tt.give, got, tt.want)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range seeds.All() {
		f.Add(s.Text)
	}
	for _, s := range []string{"", " ", "\x00", "\xff\xfe", "a\r\n\r\n\r\nb", "\uFEFF", " date 2020-99-99 x", "Updated 12:32, 07-Feb-2020", "Source(s): "} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		text, err := Normalize(raw, 0)
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrNotUTF8) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrTooLarge) {
				t.Fatalf("unexpected error class: %v", err)
			}
			return
		}
		if text == "" || !utf8.ValidString(text) || strings.Contains(text, "\r") || strings.Contains(text, "\n\n\n") {
			t.Fatalf("bad normal form %q", text)
		}
		again, err := Normalize([]byte(text), 0)
		if err != nil || again != text {
			t.Fatalf("not idempotent: %q -> %q (%v)", text, again, err)
		}
		a, err := Prepare(raw, Meta{}, 0, time.Unix(0, 0))
		if err != nil || a.ID != ArticleID(text) || CheckDate(a.Published) != nil {
			t.Fatalf("Prepare = %+v, %v", a, err)
		}
	})
}
