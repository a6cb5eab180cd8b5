package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// IsHTML reports whether raw is an HTML page rather than plain text: its
// first non-blank bytes open a doctype, an <html> or <head> element, or a
// comment followed by one of them.
func IsHTML(raw []byte) bool {
	s := bytes.TrimLeft(bytes.TrimPrefix(raw, []byte("\uFEFF")), " \t\r\n")
	for bytes.HasPrefix(s, []byte("<!--")) {
		end := bytes.Index(s, []byte("-->"))
		if end < 0 {
			return false
		}
		s = bytes.TrimLeft(s[end+3:], " \t\r\n")
	}
	head := strings.ToLower(string(s[:min(len(s), 16)]))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") || strings.HasPrefix(head, "<head")
}

// Errors of an HTML page, which is rejected whole.
var (
	// ErrNoArticleText is returned for a page in which no article text
	// was found.
	ErrNoArticleText = errors.New("ingest: HTML page has no article text")
	// ErrBadHTML is returned for a page the HTML parser gives up on
	// (elements nested more than 512 deep).
	ErrBadHTML = errors.New("ingest: HTML page cannot be read")
)

// normalizeHTML validates an HTML page and returns the normalised text of
// its article, and meta with its empty fields filled from what the page
// says of itself.
func normalizeHTML(raw []byte, meta Meta, maxBytes int) (string, Meta, error) {
	if err := Validate(raw, maxBytes); err != nil {
		return "", meta, err
	}
	text, page, err := htmlArticle(raw)
	if err != nil {
		return "", meta, fmt.Errorf("%w: %v", ErrBadHTML, err)
	}
	if strings.TrimSpace(text) == "" {
		return "", meta, ErrNoArticleText
	}
	// The page passed the size limit: its text is not held to it again.
	norm, err := Normalize([]byte(text), len(text)+1)
	if err != nil {
		return "", meta, err
	}
	return norm, meta.merge(page), nil
}

// htmlArticle reads an HTML page: the text of its article (the <article>
// element, else <main>, else <body>), one paragraph per block, without
// scripts, styles, navigation, forms, asides and figures; and what the page
// says of itself (og:site_name, article:published_time or a <time
// datetime>, the canonical URL, og:title or <title>). The headline (the
// first <h1>) leads the text when the article element leaves it out.
func htmlArticle(raw []byte) (string, Meta, error) {
	doc, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		return "", Meta{}, err
	}
	var meta Meta
	var article, main, body, h1, titleEl *html.Node
	var timeAttr string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				pageMeta(n, &meta)
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && meta.URL == "" {
					meta.URL = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Title:
				if titleEl == nil {
					titleEl = n
				}
			case atom.Article:
				// A page may hold teasers of other articles: the one with
				// the most text is the article.
				if article == nil || textLen(n) > textLen(article) {
					article = n
				}
			case atom.Main:
				if main == nil {
					main = n
				}
			case atom.Body:
				body = n
			case atom.H1:
				if h1 == nil {
					h1 = n
				}
			case atom.Time:
				if timeAttr == "" {
					timeAttr = attr(n, "datetime")
				}
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if meta.Published == "" {
		meta.Published = dayOf(timeAttr)
	}
	if meta.Title == "" && h1 != nil {
		meta.Title = inlineText(h1)
	}
	if meta.Title == "" && titleEl != nil {
		meta.Title = inlineText(titleEl)
	}
	root := article
	if root == nil {
		root = main
	}
	if root == nil {
		root = body
	}
	if root == nil {
		root = doc
	}
	var b blockWriter
	if h1 != nil && !within(h1, root) {
		b.block(inlineText(h1))
	}
	b.walk(root)
	return b.String(), meta, nil
}

// pageMeta takes what a <meta> element says of the page into m (the first
// value of each kind wins).
func pageMeta(n *html.Node, m *Meta) {
	key := strings.ToLower(attr(n, "property"))
	if key == "" {
		key = strings.ToLower(attr(n, "name"))
	}
	if key == "" {
		key = strings.ToLower(attr(n, "itemprop"))
	}
	content := strings.TrimSpace(attr(n, "content"))
	if content == "" {
		return
	}
	switch key {
	case "og:site_name", "application-name":
		if m.Source == "" {
			m.Source = content
		}
	case "article:published_time", "datepublished", "date", "pubdate", "publish-date", "dc.date.issued":
		if m.Published == "" {
			m.Published = dayOf(content)
		}
	case "og:url":
		if m.URL == "" {
			m.URL = content
		}
	case "og:title":
		if m.Title == "" {
			m.Title = content
		}
	}
}

// dayOf is the YYYY-MM-DD day of an ISO 8601 date or timestamp, as the
// page wrote it (its own offset), or "" when s is not one.
func dayOf(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return ""
	}
	if _, err := time.Parse(time.DateOnly, s[:10]); err != nil {
		return ""
	}
	return s[:10]
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// textLen is the length of the text under n.
func textLen(n *html.Node) int {
	if n.Type == html.TextNode {
		return len(strings.TrimSpace(n.Data))
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || !skipped[c.DataAtom] {
			total += textLen(c)
		}
	}
	return total
}

func within(n, root *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p == root {
			return true
		}
	}
	return false
}

// skipped are the elements whose text is not the article's: code, page
// furniture, forms, embedded media, figures and their captions.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Form: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true,
	atom.Iframe: true, atom.Svg: true, atom.Math: true, atom.Canvas: true,
	atom.Video: true, atom.Audio: true, atom.Object: true, atom.Embed: true,
	atom.Figure: true, atom.Head: true, atom.Dialog: true, atom.Menu: true,
}

// blocks are the elements that stand as paragraphs of their own.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Address: true, atom.Hr: true,
	atom.Body: true, atom.Html: true,
}

// blockWriter collects text as paragraphs, a blank line between them,
// with the white space inside each collapsed as a browser shows it.
type blockWriter struct {
	out  strings.Builder
	para strings.Builder
}

func (w *blockWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.para.WriteString(n.Data)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] || hidden(n) {
			return
		}
		if n.DataAtom == atom.Br {
			w.flush()
			return
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if block {
		w.flush()
	}
}

// hidden reports an element the page does not show: hidden, aria-hidden
// or styled display:none.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(a.Val, "true") {
				return true
			}
		case "style":
			if strings.Contains(strings.ReplaceAll(strings.ToLower(a.Val), " ", ""), "display:none") {
				return true
			}
		}
	}
	return false
}

// block writes s as a paragraph of its own.
func (w *blockWriter) block(s string) {
	w.flush()
	w.para.WriteString(s)
	w.flush()
}

func (w *blockWriter) flush() {
	p := strings.Join(strings.Fields(w.para.String()), " ")
	w.para.Reset()
	if p == "" {
		return
	}
	if w.out.Len() > 0 {
		w.out.WriteString("\n\n")
	}
	w.out.WriteString(p)
}

func (w *blockWriter) String() string {
	w.flush()
	return w.out.String()
}

// inlineText is the text of n on one line.
func inlineText(n *html.Node) string {
	var b blockWriter
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.para.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.para.String()), " ")
}
