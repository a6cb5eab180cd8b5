package ingest

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// newsPage is a news page as a browser saves it: site furniture around an
// article, a teaser of another story, a figure, a script and a form.
const newsPage = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ambush kills 11 soldiers in north - The Daily Monitor</title>
<meta property="og:site_name" content="The Daily Monitor">
<meta property="og:title" content="Ambush kills 11 soldiers in north">
<meta property="article:published_time" content="2019-03-14T08:30:00+03:00">
<link rel="canonical" href="https://monitor.example/news/ambush-kills-11">
<script>window.dataLayer = [{"page": "article"}];</script>
<style>.ad { display: block }</style>
</head>
<body>
<header class="site"><a href="/">Home</a> <nav><a href="/news">News</a> <a href="/sport">Sport</a></nav>
<form><input type="search" placeholder="Search"><button>Search</button></form></header>
<main>
<article class="teaser"><h2><a href="/other">Floods close the port</a></h2></article>
<article class="story">
<header><h1>Ambush kills 11 soldiers in north</h1>
<p class="byline">By Staff Writer · <time datetime="2019-03-14">March 14, 2019</time></p></header>
<figure><img src="a.jpg" alt=""><figcaption>Soldiers on patrol. Photo: file</figcaption></figure>
<p>GULU &mdash; Rebels ambushed an army convoy near the town of <a href="/tag/gulu">Gulu</a> on
Wednesday, killing <strong>11 soldiers</strong> and wounding seven others, a military
spokesman said.</p>
<div class="ad" style="display: none">Advertisement</div>
<p>The attack came a week after the army said it had captured a rebel base.<br>Residents said
the fighting lasted two hours.</p>
<aside><h3>Related</h3><ul><li>Army captures base</li></ul></aside>
<ul><li>Convoy hit on the Kitgum road</li><li>Seven wounded taken to hospital</li></ul>
</article>
</main>
<footer>&copy; 2019 The Daily Monitor <a href="/privacy">Privacy</a></footer>
<script src="app.js"></script>
</body>
</html>`

const newsPageText = `Ambush kills 11 soldiers in north

By Staff Writer · March 14, 2019

GULU — Rebels ambushed an army convoy near the town of Gulu on Wednesday, killing 11 soldiers and wounding seven others, a military spokesman said.

The attack came a week after the army said it had captured a rebel base.

Residents said the fighting lasted two hours.

Convoy hit on the Kitgum road

Seven wounded taken to hospital`

func TestPrepareHTMLPage(t *testing.T) {
	a, err := Prepare([]byte(newsPage), Meta{}, 0, time.Unix(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != newsPageText {
		t.Errorf("text:\n%s\nwant:\n%s", a.Text, newsPageText)
	}
	if a.Source != "The Daily Monitor" || a.Published != "2019-03-14" || a.URL != "https://monitor.example/news/ambush-kills-11" ||
		a.Title != "Ambush kills 11 soldiers in north" {
		t.Errorf("meta: source %q published %q url %q title %q", a.Source, a.Published, a.URL, a.Title)
	}
	if a.Raw != newsPage {
		t.Error("raw is not the page as given")
	}
	// The page's article is the same article as its text given plain.
	plain, err := Prepare([]byte(newsPageText), Meta{}, 0, time.Unix(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	if plain.ID != a.ID {
		t.Errorf("id %s, plain text's %s", a.ID, plain.ID)
	}
	// Given metadata wins over the page's.
	b, err := Prepare([]byte(newsPage), Meta{Source: "Wire", Published: "2019-03-15"}, 0, time.Unix(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	if b.Source != "Wire" || b.Published != "2019-03-15" || b.URL != a.URL || b.ID != a.ID {
		t.Errorf("given metadata: %+v", b)
	}
}

func TestPrepareHTMLWithoutArticleElement(t *testing.T) {
	page := `<html><head><title>Two killed in Kabul blast | Wire</title></head>
<body><div id="menu"><nav>Home</nav></div>
<div class="content"><h1>Two killed in Kabul blast</h1>
<p>A roadside bomb killed two policemen in Kabul on Sunday, officials said.</p></div></body></html>`
	a, err := Prepare([]byte(page), Meta{}, 0, time.Unix(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	want := "Two killed in Kabul blast\n\nA roadside bomb killed two policemen in Kabul on Sunday, officials said."
	if a.Text != want || a.Title != "Two killed in Kabul blast" || a.Published != "" {
		t.Errorf("text %q title %q published %q", a.Text, a.Title, a.Published)
	}
}

func TestPrepareHTMLHeadlineOutsideArticle(t *testing.T) {
	page := `<!doctype html><body><h1 class="headline">Rebels seize border town</h1>
<div class="meta">Updated</div><article><p>Rebels seized the town of Bunagana on Monday.</p></article></body>`
	a, err := Prepare([]byte(page), Meta{}, 0, time.Unix(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Rebels seize border town\n\nRebels seized the town of Bunagana on Monday."; a.Text != want {
		t.Errorf("text %q, want %q", a.Text, want)
	}
}

func TestPrepareHTMLErrors(t *testing.T) {
	for _, page := range []string{
		"<!DOCTYPE html><html><head><title>x</title><script>var a;</script></head><body><nav>Home</nav></body></html>",
		"<html></html>",
	} {
		if _, err := Prepare([]byte(page), Meta{}, 0, time.Unix(0, 0)); !errors.Is(err, ErrNoArticleText) {
			t.Errorf("Prepare(%.40q) error %v, want ErrNoArticleText", page, err)
		}
	}
	deep := "<html><body>" + strings.Repeat("<div>", 600) + "text"
	if _, err := Prepare([]byte(deep), Meta{}, 0, time.Unix(0, 0)); !errors.Is(err, ErrBadHTML) {
		t.Errorf("deeply nested page: %v", err)
	}
	// A page under the limit whose text is long is taken.
	long := "<html><body>" + strings.Repeat("<p>word ", 200000) // text over the default 1 MiB
	if a, err := Prepare([]byte(long), Meta{}, len(long), time.Unix(0, 0)); err != nil || len(a.Text) != 200000*len("word\n\n")-2 {
		t.Errorf("long page: %d bytes of text, %v", len(a.Text), err)
	}
	big := "<html><body><p>" + strings.Repeat("word ", 300) + "</p></body></html>"
	if _, err := Prepare([]byte(big), Meta{}, 100, time.Unix(0, 0)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("too large page: %v", err)
	}
	if _, err := Prepare([]byte("<html><body>\xff</body></html>"), Meta{}, 0, time.Unix(0, 0)); !errors.Is(err, ErrNotUTF8) {
		t.Errorf("invalid UTF-8 page: %v", err)
	}
}

func TestIsHTML(t *testing.T) {
	for _, tc := range []struct {
		give string
		want bool
	}{
		{"<!DOCTYPE html>\n<html>", true},
		{"\uFEFF  \n<html lang=en>", true},
		{"<!-- saved from url -->\n<!doctype HTML>", true},
		{"<head><title>x</title></head>", true},
		{"Rebels seize <b>town</b>", false},
		{"<p>A paragraph</p>", false},
		{"<!-- unterminated", false},
		{"", false},
		{"Ambush kills 11 soldiers\n\n<html> is a tag", false},
	} {
		if got := IsHTML([]byte(tc.give)); got != tc.want {
			t.Errorf("IsHTML(%q) = %v, want %v", tc.give, got, tc.want)
		}
	}
}

func TestDayOf(t *testing.T) {
	for give, want := range map[string]string{
		"2019-03-14T08:30:00+03:00": "2019-03-14",
		"2019-03-14":                "2019-03-14",
		" 2020-02-29T23:59Z ":       "2020-02-29",
		"2019-02-30":                "",
		"March 14, 2019":            "",
		"":                          "",
	} {
		if got := dayOf(give); got != want {
			t.Errorf("dayOf(%q) = %q, want %q", give, got, want)
		}
	}
}

// FuzzPrepareHTML: no page makes Prepare panic, and a page it takes has
// normalised text that is its own normal form.
func FuzzPrepareHTML(f *testing.F) {
	for _, s := range []string{newsPage, "<html>", "<!doctype html><p>a<p>b", "<html><body><article><article>x</article></article>",
		"<html><body><h1>\x00</h1></body></html>", "<html><body><p>caf\u00e9</p><br><br><li>x", "<head><meta property=article:published_time content=2020-13-45>"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, err := Prepare(raw, Meta{}, 0, time.Unix(0, 0))
		if err != nil {
			return
		}
		if again, err := Normalize([]byte(a.Text), 0); err != nil || again != a.Text {
			t.Fatalf("text %q is not normalised (%q, %v)", a.Text, again, err)
		}
		if CheckDate(a.Published) != nil {
			t.Fatalf("published %q", a.Published)
		}
	})
}
