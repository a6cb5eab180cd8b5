package project

import (
	"cmp"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/claimline/claimline/extract"
	"github.com/claimline/claimline/ingest"
)

// ErrInvalidClaim is returned (wrapped, with the reason) by ApplyClaim for a
// claim the fold cannot accept: a missing id, article id or extractor, an
// unknown kind, outcome, qualifier, scope, action or precision, a bad span,
// a negative count or a malformed date. The fold's state is unchanged then.
var ErrInvalidClaim = errors.New("project: invalid claim")

// Fold is the pure state of the projection: the articles and claims applied
// so far and the last stream positions. The zero value is ready to use; a
// Fold is not safe for concurrent use.
type Fold struct {
	// Resolve re-resolves a claim's Date.Expression against an article's
	// corrected publication date (YYYY-MM-DD). Nil means extract.ResolveDate.
	Resolve func(expr, published string) extract.Date

	articles    map[string]*articleState
	claimIDs    map[string]struct{}
	claimsSeq   uint64
	articlesSeq uint64
	at          time.Time

	revs uint64    // last revision stamped on an article
	inc  *incState // caches of BuildIncremental
	// changed are the articles touched since the last live build, while
	// there are caches to keep up to date.
	changed []*articleState
}

// articleState is what the fold knows of one article: its metadata, the
// corrections applied to it, and the claims of its newest extractor.
type articleState struct {
	seen      bool
	source    string // as ingested
	published string // as ingested
	fixSource string // from corrections; wins when set
	fixPub    string // from corrections; wins when set
	retracted bool
	extractor string // the newest extractor whose claims are kept
	version   []int
	claims    []extract.Claim
	rev       uint64 // stamped by Fold.touch at every change
	id        string
}

// outlet is the article's effective source.
func (a *articleState) outlet() string {
	if a.fixSource != "" {
		return a.fixSource
	}
	return a.source
}

// pub is the article's effective publication date.
func (a *articleState) pub() string {
	if a.fixPub != "" {
		return a.fixPub
	}
	return a.published
}

// NewFold returns an empty Fold.
func NewFold() *Fold { return &Fold{} }

func (f *Fold) init() {
	if f.articles == nil {
		f.articles = make(map[string]*articleState)
	}
	if f.claimIDs == nil {
		f.claimIDs = make(map[string]struct{})
	}
}

// reserve makes the fold's maps, when it has none yet, for about articles
// articles and claims claims.
func (f *Fold) reserve(articles, claims int) {
	if f.articles == nil {
		f.articles = make(map[string]*articleState, articles)
	}
	if f.claimIDs == nil {
		f.claimIDs = make(map[string]struct{}, claims)
	}
}

func (f *Fold) article(id string) *articleState {
	f.init()
	a := f.articles[id]
	if a == nil {
		a = &articleState{id: id}
		f.articles[id] = a
	}
	return a
}

// touch stamps a changed article with a new revision, so that
// BuildIncremental prepares it again.
func (f *Fold) touch(a *articleState) {
	f.revs++
	a.rev = f.revs
	if f.inc != nil {
		f.changed = append(f.changed, a)
	}
}

func (f *Fold) seenArticle(seq uint64, at time.Time) {
	if seq > f.articlesSeq {
		f.articlesSeq = seq
	}
	f.seenTime(at)
}

func (f *Fold) seenTime(at time.Time) {
	if at.After(f.at) {
		f.at = at
	}
}

// ApplyArticle records an ingested article (its outlet and publication
// date). A second ingest of the same article id is a no-op; an event without
// an id only advances the position.
func (f *Fold) ApplyArticle(seq uint64, at time.Time, a ingest.Article) {
	f.seenArticle(seq, at)
	if a.ID == "" {
		return
	}
	st := f.article(a.ID)
	if st.seen {
		return
	}
	st.seen = true
	st.source = a.Source
	st.published = a.Published
	f.touch(st)
}

// ApplyCorrection replaces an article's publication date and/or source
// (empty fields are unchanged). Claims of a corrected article have their
// dates re-resolved from Date.Expression against the corrected date.
func (f *Fold) ApplyCorrection(seq uint64, at time.Time, c ingest.Correction) {
	f.seenArticle(seq, at)
	if c.ArticleID == "" {
		return
	}
	st := f.article(c.ArticleID)
	if c.Source != "" {
		st.fixSource = c.Source
	}
	if c.Published != "" {
		st.fixPub = c.Published
	}
	f.touch(st)
}

// ApplyRetraction removes an article and every claim drawn from it from both
// models, for good.
func (f *Fold) ApplyRetraction(seq uint64, at time.Time, r ingest.Retraction) {
	f.seenArticle(seq, at)
	if r.ArticleID == "" {
		return
	}
	st := f.article(r.ArticleID)
	st.retracted = true
	f.touch(st)
}

// ApplyClaim adds an extracted claim. Re-applying a claim id is a no-op, and
// so is a claim of an older extractor version than one already seen for its
// article; a newer version replaces the article's older claims. It returns
// ErrInvalidClaim (wrapped, with the reason) for a malformed claim, leaving
// the state unchanged. The fold keeps c: the caller must not modify it later.
func (f *Fold) ApplyClaim(seq uint64, at time.Time, c extract.Claim) error {
	if err := ValidateClaim(c); err != nil {
		return err
	}
	if seq > f.claimsSeq {
		f.claimsSeq = seq
	}
	f.seenTime(at)
	st := f.article(c.ArticleID)
	if c.Extractor != st.extractor {
		v := parseVersion(c.Extractor)
		switch cmp := compareExtractor(v, c.Extractor, st.version, st.extractor); {
		case st.extractor != "" && cmp < 0:
			return nil
		case st.extractor == "" || cmp > 0:
			for i := range st.claims {
				delete(f.claimIDs, st.claims[i].ID)
			}
			st.claims = nil
			st.extractor = c.Extractor
			st.version = v
			f.touch(st)
		}
	}
	if _, dup := f.claimIDs[c.ID]; dup {
		return nil
	}
	f.claimIDs[c.ID] = struct{}{}
	if st.claims == nil {
		// Articles have a handful of claims or more: skip the first
		// growth steps.
		st.claims = make([]extract.Claim, 0, 8)
	}
	st.claims = append(st.claims, c)
	f.touch(st)
	return nil
}

// ValidateClaim reports whether the fold can accept c, returning
// ErrInvalidClaim (wrapped, with the reason) when it cannot.
func ValidateClaim(c extract.Claim) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidClaim, fmt.Sprintf(format, args...))
	}
	switch {
	case c.ID == "":
		return bad("missing id")
	case c.ArticleID == "":
		return bad("missing article_id")
	case c.Extractor == "":
		return bad("missing extractor")
	case c.Span.Start < 0 || c.Span.End < c.Span.Start:
		return bad("span %d-%d is not a byte range", c.Span.Start, c.Span.End)
	}
	if err := validateDate(c.Date); err != nil {
		return bad("%v", err)
	}
	switch c.Kind {
	case extract.KindCasualty:
		if !oneOf(c.Outcome, extract.OutcomeKilled, extract.OutcomeWounded, extract.OutcomeMissing,
			extract.OutcomeCaptured, extract.OutcomeNeutralized) {
			return bad("unknown outcome %q", c.Outcome)
		}
		if c.Count == nil {
			return bad("casualty without count")
		}
		if !oneOf(c.Count.Qualifier, extract.QualExact, extract.QualAtLeast, extract.QualMoreThan,
			extract.QualAbout, extract.QualUpTo, extract.QualUnknown) {
			return bad("unknown qualifier %q", c.Count.Qualifier)
		}
		if c.Count.Value != nil && *c.Count.Value < 0 {
			return bad("negative count %d", *c.Count.Value)
		}
		if !oneOf(c.Scope, extract.ScopeIncident, extract.ScopeCumulative) {
			return bad("unknown scope %q", c.Scope)
		}
	case extract.KindEvent:
		if !oneOf(c.Action, extract.ActionCapture, extract.ActionEnter, extract.ActionWithdraw,
			extract.ActionSiege, extract.ActionStrike, extract.ActionShootdown, extract.ActionDeploy,
			extract.ActionCeasefire, extract.ActionOffensive, extract.ActionTalks,
			extract.ActionStatement, extract.ActionOther) {
			return bad("unknown action %q", c.Action)
		}
	default:
		return bad("unknown kind %q", c.Kind)
	}
	return nil
}

func validateDate(d extract.Date) error {
	if !oneOf(d.Precision, extract.PrecisionDay, extract.PrecisionWeek, extract.PrecisionMonth,
		extract.PrecisionYear, extract.PrecisionUnresolved) {
		return fmt.Errorf("unknown date precision %q", d.Precision)
	}
	if (d.Start == nil) != (d.End == nil) {
		return errors.New("date has only one bound")
	}
	if d.Start == nil {
		return nil
	}
	s, ok1 := parseDay(*d.Start)
	e, ok2 := parseDay(*d.End)
	if !ok1 || !ok2 {
		return fmt.Errorf("date %q..%q is not YYYY-MM-DD", *d.Start, *d.End)
	}
	if e < s {
		return fmt.Errorf("date ends %s before it starts %s", *d.End, *d.Start)
	}
	return nil
}

func oneOf(s string, set ...string) bool {
	for _, x := range set {
		if s == x {
			return true
		}
	}
	return false
}

// parseVersion reads the numeric components of "name@1.2.3" (a component's
// leading digits; a missing component is 0).
func parseVersion(extractor string) []int {
	v := extractor
	if i := strings.LastIndexByte(v, '@'); i >= 0 {
		v = v[i+1:]
	}
	v = strings.TrimPrefix(v, "v")
	parts := strings.Split(v, ".")
	out := make([]int, 0, len(parts))
	for _, p := range parts {
		n := 0
		for i := 0; i < len(p) && p[i] >= '0' && p[i] <= '9'; i++ {
			if n < 1e8 {
				n = n*10 + int(p[i]-'0')
			}
		}
		out = append(out, n)
	}
	return out
}

// compareExtractor orders extractors by numeric version, then by the whole
// string so that the order is total.
func compareExtractor(av []int, a string, bv []int, b string) int {
	for i := 0; i < len(av) || i < len(bv); i++ {
		x, y := 0, 0
		if i < len(av) {
			x = av[i]
		}
		if i < len(bv) {
			y = bv[i]
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return strings.Compare(a, b)
}

// parseDay turns YYYY-MM-DD into days since 1970-01-01.
func parseDay(s string) (int32, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	num := func(t string) (int, bool) {
		n := 0
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return 0, false
			}
			n = n*10 + int(t[i]-'0')
		}
		return n, true
	}
	y, ok1 := num(s[:4])
	m, ok2 := num(s[5:7])
	d, ok3 := num(s[8:])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return 0, false
	}
	return int32(t.Unix() / 86400), true
}

// formatDay turns days since 1970-01-01 into YYYY-MM-DD.
func formatDay(day int32) string {
	// The civil date of a day count (H. Hinnant's days_from_civil inverse).
	z := int64(day) + 719468
	era := z / 146097
	if z < 0 {
		era = (z - 146096) / 146097
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if mp >= 10 {
		m, y = mp-9, y+1
	}
	if y < 0 || y > 9999 {
		return time.Unix(int64(day)*86400, 0).UTC().Format(time.DateOnly)
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}

// formatDays formats the bounds of a window of days, in one allocation
// for the pair (and one string for a single day).
func formatDays(start, end int32) (*string, *string) {
	p := new([2]string)
	p[0] = formatDay(start)
	if end == start {
		p[1] = p[0]
	} else {
		p[1] = formatDay(end)
	}
	return &p[0], &p[1]
}

// weekdayOf is the weekday of a day number (1970-01-01 was a Thursday).
func weekdayOf(day int32) time.Weekday {
	return time.Weekday(((int(day) % 7) + 7 + 4) % 7)
}

// parseWeekday reads "Thursday" (any case); -1 when it is not a weekday.
func parseWeekday(s string) int {
	if s == "" {
		return -1
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(s, d.String()) {
			return int(d)
		}
	}
	return -1
}

// asOf is the position of the models: the last sequences and latest event
// time applied, never the wall clock.
func (f *Fold) asOf() AsOf {
	a := AsOf{ClaimsSeq: f.claimsSeq, ArticlesSeq: f.articlesSeq}
	if !f.at.IsZero() {
		a.Time = f.at.UTC().Format(time.RFC3339)
	}
	return a
}

// itoa is strconv.Itoa, named for brevity in summaries.
func itoa(n int) string { return strconv.Itoa(n) }

// Casualties builds the casualty model from the state, with its digest.
func (f *Fold) Casualties() Casualties {
	c, _ := f.Build()
	return c
}

// Timeline builds the timeline model from the state, with its digest.
func (f *Fold) Timeline() Timeline {
	_, t := f.Build()
	return t
}

// Build builds both read models (the timeline's casualty entries are the
// casualty model's incidents), each with its digest. It costs O(n log n) in
// the number of claims.
//
// Anchoring. An article without a publication date (none ingested, none
// corrected) leaves relative dates such as "on Wednesday" or "Jan. 12"
// unresolved. When reports of such an article join day incidents dated by
// other articles through a weekday match ("early on Thursday ... killed 23"
// joining the Thursday 2020-02-06 strikes), those joins are evidence of when
// the article was written: its anchor is the latest joined day, provided that
// every joined report's date expression, resolved against the anchor, gives
// exactly the day it joined. Any disagreement (conflicting evidence) leaves
// the article unanchored. The claims of an anchored article are then
// re-resolved against the anchor (Resolve(expression, anchor)) and the
// models are built again from the re-resolved dates; incidents and entries
// whose dates rest only on anchored claims say so in DateBasis ("anchored").
// An article with a publication date is never anchored.
func (f *Fold) Build() (Casualties, Timeline) {
	arts, claims, sides, needAnchors := f.prepare(nil)
	if needAnchors {
		_, _, joins := buildCasualties(arts, claims, sides, true)
		if anchors := f.anchors(joins); len(anchors) > 0 {
			arts, claims, sides, _ = f.prepare(anchors)
		}
	}
	// The event entries do not depend on the casualty model: they are
	// rendered meanwhile (both read the camps prepare gave).
	type events struct{ dated, undated []Entry }
	rendered := make(chan events, 1)
	go func() {
		var ev events
		ev.dated, ev.undated = eventEntries(arts, claims)
		rendered <- ev
	}()
	cas, ins, _ := buildCasualties(arts, claims, sides, false)
	cas.AsOf = f.asOf()
	// The casualty model's digest is taken while the event entries are
	// still rendered and the timeline is built (which only reads the
	// incidents).
	casDigest := make(chan string, 1)
	go func() { casDigest <- casualtiesDigest(&cas) }()
	ev := <-rendered
	tl := buildTimeline(ev.dated, ev.undated, cas.Incidents, ins)
	tl.AsOf = cas.AsOf
	tl.Digest = timelineDigest(&tl)
	cas.Digest = <-casDigest
	return cas, tl
}

func (f *Fold) resolver() func(expr, published string) extract.Date {
	if f.Resolve != nil {
		return f.Resolve
	}
	return extract.ResolveDate
}

// anchors derives the anchor (a day) of each article without a publication
// date from its weekday joins; see Build.
func (f *Fold) anchors(joins []weekdayJoin) map[string]int32 {
	latest := map[string]int32{}
	for _, j := range joins {
		if d, ok := latest[j.u.art.id]; !ok || j.day > d {
			latest[j.u.art.id] = j.day
		}
	}
	resolve := f.resolver()
	bad := map[string]bool{}
	for _, j := range joins {
		id := j.u.art.id
		if bad[id] {
			continue
		}
		anchor := formatDay(latest[id])
		for _, pc := range j.u.claims {
			if pc.weekday < 0 || pc.c.Date.Expression == "" {
				continue
			}
			r := resolve(pc.c.Date.Expression, anchor)
			if validateDate(r) != nil || r.Start == nil || *r.Start != formatDay(j.day) || *r.End != *r.Start {
				bad[id] = true
				break
			}
		}
	}
	for id := range bad {
		delete(latest, id)
	}
	return latest
}

// prepare lists the active articles (not retracted, with claims) sorted by
// id, and each one's claims sorted by span, with effective dates: claims of
// an article whose publication date was corrected are re-resolved.
//
// anchors gives the anchor day of articles without a publication date whose
// claims are re-resolved against it. needAnchors reports whether an article
// without a publication date has undated claims naming a weekday (so that
// anchoring may apply).
func (f *Fold) prepare(anchors map[string]int32) (arts []*artView, claims [][]*pclaim, sides *sideTable, needAnchors bool) {
	ids := make([]string, 0, len(f.articles))
	for id, a := range f.articles {
		if !a.retracted && len(a.claims) > 0 {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	arts = make([]*artView, len(ids))
	claims = make([][]*pclaim, len(ids))
	needs := make([]bool, len(ids))
	// The articles are prepared on every core, each worker a run of them
	// with a date cache of its own; the camps are then numbered in article
	// order, as one preparer would.
	workers := max(1, min(runtime.GOMAXPROCS(0), len(ids)/prepareRun))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := preparer{resolve: f.resolver(), cache: map[resolveKey]extract.Date{}}
			for i := w * len(ids) / workers; i < (w+1)*len(ids)/workers; i++ {
				day, anchored := anchors[ids[i]]
				arts[i], claims[i], needs[i] = p.article(ids[i], f.articles[ids[i]], day, anchored)
			}
		}()
	}
	wg.Wait()
	sides = &sideTable{}
	for i := range ids {
		needAnchors = needAnchors || needs[i]
		for _, pc := range claims[i] {
			sides.number(pc)
		}
	}
	return arts, claims, sides, needAnchors
}

// prepareRun is the fewest articles prepare gives a worker of its own.
const prepareRun = 64

// resolveKey is a date expression and the day it is resolved against.
type resolveKey struct{ expr, pub string }

// preparer prepares articles for a build: their claims sorted by span,
// with effective dates, and camps when it has a side table (else the
// caller numbers them, see sideTable.number).
type preparer struct {
	resolve func(expr, published string) extract.Date
	cache   map[resolveKey]extract.Date
	sides   *sideTable
}

// compareBySpan orders an article's claims by span, then as
// compareSameSpan does.
func compareBySpan(x, y extract.Claim) int { return compareSpans(&x, &y) }

// compareSpans is compareBySpan through pointers.
func compareSpans(x, y *extract.Claim) int {
	if c := cmp.Or(cmp.Compare(x.Span.Start, y.Span.Start), cmp.Compare(x.Span.End, y.Span.End)); c != 0 {
		return c
	}
	return compareSameSpan(x, y)
}

// compareInArticles orders prepared claims by article, then as
// compareBySpan does.
func compareInArticles(x, y *pclaim) int {
	if c := strings.Compare(x.art.id, y.art.id); c != 0 {
		return c
	}
	return compareSpans(x.c, y.c)
}

// compareSameSpan orders two claims of one span by what they say, and by
// id only when they say the same: ids are derived from the extractor's
// version, which must not change how the models group claims.
func compareSameSpan(x, y *extract.Claim) int {
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	place := func(p *extract.Place) string {
		if p == nil {
			return ""
		}
		return p.Name + "\x00" + p.Region + "\x00" + p.Text
	}
	count := func(c *extract.Count) int {
		if c == nil || c.Value == nil {
			return -1
		}
		return *c.Value
	}
	victims := func(g *extract.Group) string {
		if g == nil {
			return ""
		}
		return g.Side + "\x00" + g.Text
	}
	return cmp.Or(strings.Compare(x.Kind, y.Kind), strings.Compare(x.Action, y.Action), strings.Compare(x.Outcome, y.Outcome),
		cmp.Compare(count(x.Count), count(y.Count)), strings.Compare(victims(x.Victims), victims(y.Victims)),
		strings.Compare(partyName(x.Actor), partyName(y.Actor)), strings.Compare(partyName(x.Target), partyName(y.Target)),
		strings.Compare(place(x.Location), place(y.Location)), strings.Compare(str(x.Date.Start), str(y.Date.Start)),
		strings.Compare(str(x.Date.End), str(y.Date.End)), strings.Compare(x.AttributedTo, y.AttributedTo),
		strings.Compare(x.ID, y.ID))
}

// article prepares one active article: its view and its claims sorted by
// span with effective dates (claims of an article whose publication date
// was corrected are re-resolved; with anchored, and no publication date,
// they are re-resolved against anchor). need reports whether the article has
// no publication date and undated claims naming a weekday.
func (p *preparer) article(id string, a *articleState, anchor int32, anchored bool) (av *artView, claims []*pclaim, need bool) {
	if !slices.IsSortedFunc(a.claims, compareBySpan) {
		slices.SortFunc(a.claims, compareBySpan)
	}
	av = &artView{id: id, outlet: a.outlet()}
	if d, ok := parseDay(a.pub()); ok {
		av.pub, av.hasPub = d, true
	}
	against := a.fixPub
	if anchored && !av.hasPub {
		against = formatDay(anchor)
	} else {
		anchored = false
	}
	pcs := make([]pclaim, len(a.claims))
	claims = make([]*pclaim, len(a.claims))
	for k := range a.claims {
		c := &a.claims[k]
		d := c.Date
		if against != "" && d.Expression != "" {
			key := resolveKey{d.Expression, against}
			r, ok := p.cache[key]
			if !ok {
				r = p.resolve(d.Expression, against)
				if validateDate(r) != nil {
					r = extract.Date{Precision: extract.PrecisionUnresolved, Expression: d.Expression}
				}
				p.cache[key] = r
			}
			d = r
		}
		pc := &pcs[k]
		*pc = pclaim{c: c, art: av, prec: d.Precision, weekday: parseWeekday(d.Weekday),
			place: placeOf(c.Location), camp: -1, actor: -1}
		if d.Start != nil && d.End != nil {
			s, ok1 := parseDay(*d.Start)
			e, ok2 := parseDay(*d.End)
			if ok1 && ok2 && s <= e {
				pc.start, pc.end, pc.dated = s, e, true
				pc.anchored = anchored && c.Date.Start == nil
			}
		}
		if !av.hasPub && !pc.dated && pc.weekday >= 0 {
			need = true
		}
		if p.sides != nil {
			p.sides.number(pc)
		}
		claims[k] = pc
	}
	return av, claims, need
}
