package project

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// Floors of TestTimelineDevset: the scores may not fall below them (the
// first run's figures, rounded down to 3 decimals).
const (
	timelineCoverageFloor = 0.894
	timelinePairF1Floor   = 0.520
)

// timelineCluster is one line of testdata/timeline.jsonl: articles by
// different outlets about the same few days of one conflict, each with the
// events an analyst reads in it.
type timelineCluster struct {
	Cluster  string            `json:"cluster"`
	Articles []timelineArticle `json:"articles"`
}

type timelineArticle struct {
	ID        string          `json:"id"`
	Outlet    string          `json:"outlet"`
	Published string          `json:"published"`
	Text      string          `json:"text"`
	Want      []timelineEvent `json:"want"`
}

// timelineEvent is a labelled event: its action and the cluster-local
// label of the real event it tells (two articles' events with one label
// are the same event).
type timelineEvent struct {
	Action string `json:"action"`
	Event  string `json:"event"`
}

// timelineFound is a labelled event as the timeline holds it.
type timelineFound struct {
	art   string // the article's id in the data set
	ev    timelineEvent
	entry int // index into the cluster's entries
}

func (d timelineFound) String() string {
	return fmt.Sprintf("%s %s [%s]", d.art, d.ev.Action, d.ev.Event)
}

func loadTimelineDevset(t *testing.T) []timelineCluster {
	return loadTimelineFile(t, "testdata/timeline.jsonl")
}

// loadTimelineFile reads a timeline dev set in the format of
// testdata/timeline.jsonl.
func loadTimelineFile(t *testing.T, path string) []timelineCluster {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var out []timelineCluster
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var c timelineCluster
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestTimelineDevset scores the timeline's merging of events end to end on
// testdata/timeline.jsonl: each cluster's articles are prepared, extracted
// and folded afresh, and every labelled event is looked up among the
// timeline's event entries, dated and undated (an entry with a source of
// the same article and the same action). When an article has several
// labelled events of one action, each takes a distinct such entry (as
// often as the entry has sources of the article): first the entry holding
// most events of other articles found under the same label, then the one
// with most other articles labelled alike that have a source there, then
// one of the label's own action (an entry, not a capture, for an entry
// into a town), then the first in timeline order; the label with the most such events takes
// its entry first (so that a label no entry agrees with does not take, by
// order alone, the entry another of the article's labels agrees with).
//
// Coverage is the share of labelled events found in some entry. Over the
// pairs of found events from different articles of a cluster, a pair is
// predicted together when both are in the same entry and labelled together
// when they carry the same label; pair precision, recall and F1 follow.
// The incremental build must give the same timeline.
//
// First run (9 clusters, 33 articles, 76 labelled events): coverage 0.895
// (68/76), pair precision 0.929 (13/14), pair recall 0.361 (13/36), pair
// F1 0.520. Rules written since: ceasefires and talks at one town
// whichever party each report names (agreedAt), and undated reports of a
// capture, entry, withdrawal, siege, offensive, ceasefire or talks joining
// the dated event at their town begun in the two weeks before publication
// (hosts), reach coverage 0.895 (68/76), pair precision 0.944 (17/18),
// pair recall 0.472 (17/36), pair F1 0.630 with extractor 1.13.1, and
// precision 1.000 (16/16), recall 0.444 (16/36), F1 0.615 with 1.14.0.
// Grouping an entry into a town with its capture (groupAction; the
// scorer matches a label of either action to an entry of either) reaches
// coverage 0.908 (69/76), precision 1.000 (18/18), recall 0.474 (18/38),
// F1 0.643 on extractor 1.14.1, and coverage 0.921 (70/76) with the same
// pairs on 1.17.0. The floors stay at the first run's. Reports of one event dated a day
// apart stay apart (an entry's days are the days all its sources give;
// the seeds' Saraqeb entry, told on the 5th and on the 6th, is two entries
// as an analyst reads it): joining them reached pair F1 0.746 with
// extractor 1.13.1. With extractor 1.22.0 the set stood at coverage 0.921
// (70/76), precision 1.000 (19/19), recall 0.500 (19/38), F1 0.667;
// captures of one town told the same day joining whichever side each
// report names (takenThatDay) reach precision 1.000 (23/23), recall 0.605
// (23/38), F1 0.754, and an event at an airport or base nothing locates
// joining the same actor's event at a town that day (installationThatDay)
// precision 1.000 (24/24), recall 0.632 (24/38), F1 0.774. With extractor
// 1.23.0, a downing told as a loss joining the downing that day (lossTold)
// and downings of different kinds of aircraft kept apart (craftOf) reach
// precision 1.000 (25/25), recall 0.658 (25/38), F1 0.794; a capture,
// ceasefire or talks told at no place by another side joining the one such
// event of its day (onceThatDay) precision 1.000 (27/27), recall 0.711
// (27/38), F1 0.831; an offensive told by one actor on one day at two
// towns of one country joining (launchedThatDay) precision 1.000 (28/28),
// recall 0.737 (28/38), F1 0.848.
// Placing an article's labels of one action most agreed first (before: in
// the order listed) leaves this set's figures as they were.
func TestTimelineDevset(t *testing.T) {
	clusters := loadTimelineDevset(t)
	if len(clusters) < 8 {
		t.Fatalf("%d clusters in testdata/timeline.jsonl, want at least 8", len(clusters))
	}
	scoreTimelineDevset(t, clusters, timelineCoverageFloor, timelinePairF1Floor)
}

// Floors of TestTimelineDevset2: the scores may not fall below them (the
// first run's figures, rounded down to 3 decimals).
const (
	timeline2CoverageFloor = 0.776
	timeline2PairF1Floor   = 0.478
)

// TestTimelineDevset2 scores the timeline as TestTimelineDevset does on a
// second set, testdata/timeline2.jsonl, of other wars and decades: one
// capture told as taken, seized, entered, fallen and under full control,
// by outlets naming the town, its district, air base or airport, under
// other spellings ("Sloviansk", "Slavyansk"); each side's claims; a
// town's capture and its recapture by the other side, told in the
// background of later reports; strikes on one day in different towns;
// a ceasefire told by its mediator and by a party; talks named by the
// town or country they were held in.
//
// First run (9 clusters, 39 articles, 103 labelled events): coverage 0.777
// (80/103), pair precision 0.654 (17/26), pair recall 0.378 (17/45), pair
// F1 0.479, with extractor 1.22.0. Reports at one town spelled in two
// transliterations joining (spelledAlike) reach precision 0.710 (22/31),
// recall 0.489 (22/45), F1 0.579. Most events left apart or missed are
// read so by the extractor (no event read, or another place or day);
// the false pairs are the scorer's: an article's entry into a town, or
// capture of it, placed on a tie in the entry of another capture the
// article tells (it matches a label of either action to an entry of
// either). At precision 0.710 (22/31), recall 0.478 (22/46), F1 0.571
// with extractor 1.23.0, placing an article's labels of one action most
// agreed first (before: in the order listed) reads the same timeline at
// precision 0.806 (25/31), recall 0.543 (25/46), F1 0.649. Reports of one
// day joining at two places when a quote locates one in the other
// (placedThatDay: "Misrata positions in southern Tripoli") reach
// precision 0.812 (26/32), recall 0.565 (26/46), F1 0.667; a capture
// placed in a country only joining that day's capture of the town its
// quote names (namesTown) precision 0.818 (27/33), recall 0.587 (27/46),
// F1 0.684. Placing a label, on a tie, in an entry of its own action
// rather than of an action grouped with it reads the same timeline at
// precision 0.871 (27/31), recall 0.587 (27/46), F1 0.701 (the other sets'
// figures unchanged).
func TestTimelineDevset2(t *testing.T) {
	scoreTimelineFile(t, "testdata/timeline2.jsonl", 9, timeline2CoverageFloor, timeline2PairF1Floor)
}

// Floors of TestTimelineDevset3: the scores may not fall below them (the
// first run's figures, rounded down to 3 decimals).
const (
	timeline3CoverageFloor = 0.813
	timeline3PairF1Floor   = 0.500
)

// TestTimelineDevset3 scores the timeline as TestTimelineDevset does on a
// third set, testdata/timeline3.jsonl, of other wars again: a provincial
// capital taken told by the city or the province, with the next day's
// capital nearby; a border clash's truce and the later protocol signed at
// talks; raids on one base on two days and on a port the same day; a
// bomber downed, told by the side that downed it and the side that lost it;
// an air base overrun the day before strikes on the capital; towns taken
// on successive days, told as taken, entered and abandoned; a town taken
// and retaken a week apart; an island seized and the truce that followed.
//
// First run (9 clusters, 39 articles, 91 labelled events): coverage 0.813
// (74/91), pair precision 0.667 (16/24), pair recall 0.400 (16/40), pair
// F1 0.500, with extractor 1.23.0. "Rebels" or "militants" joining the
// event a named armed group made (actorAmong) reach precision 0.704
// (19/27), recall 0.475 (19/40), F1 0.567; a downing told as a loss
// joining the downing that day (lossTold), and downings of different
// kinds of aircraft kept apart (craftOf), precision 0.724 (21/29), recall
// 0.525 (21/40), F1 0.609. Placing an article's labels of one action most
// agreed first (before: in the order listed) reads the same timeline at
// precision 0.862 (25/29), recall 0.625 (25/40), F1 0.725; reports of
// one day at two places a quote locates one in the other (placedThatDay)
// precision 0.871 (27/31), recall 0.675 (27/40), F1 0.761. Placing a
// label no placed label agrees with in the entry where most other articles
// labelled alike have a source (before: the first in timeline order) reads
// the same timeline at precision 0.857 (30/35), recall 0.750 (30/40), F1
// 0.800 (the other sets' figures unchanged). The rules written since
// (onceThatDay, launchedThatDay, namesTown, crossing) leave it there. Most
// pairs left apart are the extractor's reading (a downing dated by the day
// Moscow admitted it; an air base's capture placed in its province under
// the wrong side; strikes told undated); of the false pairs, three are the
// scorer's (one source of an article matched both by its capture label and
// by its entry label), one a report of the clash that names neither side
// nor place joining the first strike of that day, and one an undated entry
// into a town hosted by its capture, which the labels keep apart.
func TestTimelineDevset3(t *testing.T) {
	scoreTimelineFile(t, "testdata/timeline3.jsonl", 9, timeline3CoverageFloor, timeline3PairF1Floor)
}

// scoreTimelineDevset scores clusters (see TestTimelineDevset), logs the
// figures and holds them to their floors.
func scoreTimelineDevset(t *testing.T, clusters []timelineCluster, coverageFloor, f1Floor float64) {
	t.Helper()
	at := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	var total devsetScore
	var articles int
	for _, cl := range clusters {
		s := scoreTimelineCluster(t, cl, at)
		articles += len(cl.Articles)
		t.Logf("%s: coverage %d/%d, pairs tp %d fp %d fn %d",
			cl.Cluster, s.found, s.labelled, s.tp, s.fp, s.fn)
		total.add(s)
	}
	t.Logf("TOTAL %d clusters, %d articles: coverage %.3f (%d/%d), pair precision %.3f (%d/%d), pair recall %.3f (%d/%d), pair F1 %.3f",
		len(clusters), articles, total.coverage(), total.found, total.labelled,
		total.precision(), total.tp, total.tp+total.fp, total.recall(), total.tp, total.tp+total.fn, total.f1())
	if c := total.coverage(); c < coverageFloor {
		t.Errorf("coverage %.3f below its floor %.3f", c, coverageFloor)
	}
	if f := total.f1(); f < f1Floor {
		t.Errorf("pair F1 %.3f below its floor %.3f", f, f1Floor)
	}
}

func scoreTimelineCluster(t *testing.T, cl timelineCluster, at time.Time) devsetScore {
	t.Helper()
	f, prep := foldCluster(t, cl.Cluster, at, len(cl.Articles), func(i int) clusterArticle {
		a := cl.Articles[i]
		return clusterArticle{a.ID, a.Outlet, a.Published, a.Text}
	})
	_, tl := f.Build()
	if _, live := f.BuildIncremental(); !reflect.DeepEqual(live.Entries, tl.Entries) || !reflect.DeepEqual(live.Undated, tl.Undated) {
		t.Errorf("%s: the incremental build's timeline differs from the build's", cl.Cluster)
	}

	// The event entries, dated then undated.
	var entries []Entry
	for _, l := range [2][]Entry{tl.Entries, tl.Undated} {
		for _, e := range l {
			if e.Kind == EntryEvent {
				entries = append(entries, e)
			}
		}
	}
	// Labels are placed greedily in entry order: the entries are ordered
	// here by what they hold (day, action, place, first source), not by
	// their ids, which follow the extractor's version.
	sortEntriesByContent(entries)
	entryName := func(i int) string {
		e := entries[i]
		day := "undated"
		if e.DateStart != nil {
			day = *e.DateStart
			if e.DateEnd != nil && *e.DateEnd != day {
				day += ".." + *e.DateEnd
			}
		}
		return fmt.Sprintf("entry %d (%s %q, %s, %s)", i, e.Action, e.Location, strings.Join(e.Actors, "/"), day)
	}
	// sourcesOf counts the sources of entry i from a prepared article.
	sourcesOf := func(i int, pid string) int {
		n := 0
		for _, s := range entries[i].Sources {
			if s.ArticleID == pid {
				n++
			}
		}
		return n
	}
	// reads lists the event entries an article has sources in, for a
	// missed event's log line.
	reads := func(pid string) string {
		var out []string
		for i, e := range entries {
			if sourcesOf(i, pid) > 0 {
				out = append(out, fmt.Sprintf("%s in %d", e.Action, i))
			}
		}
		if len(out) == 0 {
			return "nothing"
		}
		return strings.Join(out, "; ")
	}

	type key struct{ art, action string }
	var order []key
	wants := map[key][]timelineEvent{}
	for _, a := range cl.Articles {
		for _, w := range a.Want {
			k := key{a.ID, w.Action}
			if _, ok := wants[k]; !ok {
				order = append(order, k)
			}
			wants[k] = append(wants[k], w)
		}
	}
	// alike counts the other articles with a label like w (the same
	// event, of an action grouped alike) and a source in entry i: the
	// entry w may be placed in when no label placed yet tells.
	alike := func(i int, art string, w timelineEvent) int {
		n := 0
		for _, a := range cl.Articles {
			if a.ID == art || sourcesOf(i, prep[a.ID]) == 0 {
				continue
			}
			if slices.ContainsFunc(a.Want, func(x timelineEvent) bool {
				return x.Event == w.Event && groupAction(x.Action) == groupAction(w.Action)
			}) {
				n++
			}
		}
		return n
	}
	var s devsetScore
	var found []timelineFound
	// Unambiguous (article, action) groups first, so that the others can
	// be placed by the labels found.
	slices.SortStableFunc(order, func(x, y key) int {
		return min(len(wants[x]), 2) - min(len(wants[y]), 2)
	})
	for _, k := range order {
		pid := prep[k.art]
		room := map[int]int{}
		var cands []int
		for i, e := range entries {
			// An entry into a town is grouped with its capture
			// (groupAction): the entry shows the capture.
			if groupAction(e.Action) == groupAction(k.action) {
				if n := sourcesOf(i, pid); n > 0 {
					room[i] = n
					cands = append(cands, i)
				}
			}
		}
		// The labels of the key are placed most agreed first: each time
		// the label and entry with most events of other articles found
		// under the label there (ties: the label first listed, the entry
		// first in timeline order).
		left := slices.Clone(wants[k])
		s.labelled += len(left)
		for len(left) > 0 {
			li, best, bestN, bestP := 0, -1, -1, -1
			for l, w := range left {
				for _, i := range cands {
					if room[i] == 0 {
						continue
					}
					n := 0
					for _, d := range found {
						if d.entry == i && d.art != k.art && d.ev.Event == w.Event {
							n++
						}
					}
					// (An entry of the label's own action, not only of an
					// action grouped with it, counts as one more.)
					p := 2 * alike(i, k.art, w)
					if entries[i].Action == w.Action {
						p++
					}
					if n > bestN || (n == bestN && p > bestP) {
						li, best, bestN, bestP = l, i, n, p
					}
				}
			}
			if best < 0 {
				for _, w := range left {
					d := timelineFound{art: k.art, ev: w, entry: -1}
					t.Logf("  %s: missed %s (the timeline holds of it: %s)", cl.Cluster, d, reads(pid))
				}
				break
			}
			d := timelineFound{art: k.art, ev: left[li], entry: best}
			left = slices.Delete(left, li, li+1)
			room[best]--
			s.found++
			found = append(found, d)
		}
	}

	items := make([]pairItem, len(found))
	for i, d := range found {
		items[i] = pairItem{art: d.art, label: d.ev.Event, group: d.entry, desc: d.String()}
	}
	s.tp, s.fp, s.fn = scorePairs(t, cl.Cluster, items, "entries", entryName)
	return s
}

// Floors of TestTimelineDevset4: the scores may not fall below them (the
// first run's figures, rounded down to 3 decimals).
const (
	timeline4CoverageFloor = 0.905
	timeline4PairF1Floor   = 0.742
)

// TestTimelineDevset4 scores the timeline as TestTimelineDevset does on a
// fourth set, testdata/timeline4.jsonl, of other wars again: a city
// taken told by the city or its province, with the next days' towns
// taken and entered nearby; a town told by two names (Palmyra, Tadmur;
// Port Stanley, Puerto Argentino; Shusha, Shushi) and an island by its
// settlement (South Georgia, Grytviken); a helicopter downed told by the
// side that downed it and the side that lost it; a capital entered and
// left overnight, and retaken; a deal signed told as a ceasefire, an
// agreement and a truce come into effect the next day; peacekeepers and
// defenders withdrawing the same day from one town.
//
// First run (9 clusters, 37 articles, 85 labelled events): coverage 0.906
// (77/85), pair precision 0.963 (26/27), pair recall 0.605 (26/43), pair
// F1 0.743, with extractor 1.25.0. A state's forces at home named by
// the state, its demonym or generically ("Syrian government", "Army
// units", "pro-government forces") joining as one actor in a capture,
// withdrawal or other lasting event (homeKin) reach precision 0.967
// (29/30), recall 0.674 (29/43), F1 0.795 (the other sets' figures
// unchanged). The floors stay at the first run's. Most pairs left apart
// are the extractor's reading: "the March 23 Movement" read as the date
// of Goma's fall; Palmyra's capture "overnight" joined with the entry
// "on Wednesday evening" of the same report, so dated the evening before
// the other reports' day (and "seized Palmyra ... on Thursday" dated
// Friday); Port Stanley's capture
// placed in Argentina by the dateline; the Puma downing placed in the
// country Georgia and dated a day early; the Chechen truce dated by the
// day it came into effect, not the day it was signed; and captures told
// as "the fall of Nineveh province", "took Srebrenica yesterday", "a day
// after overrunning Srebrenica" or "completely out of our control" not
// read. Reports of one event a day apart stay apart (see
// TestTimelineDevset). The false pair is two withdrawals from Srebrenica
// the same day, by Dutch peacekeepers and by its defenders, whose actors
// the extractor did not read.
func TestTimelineDevset4(t *testing.T) {
	scoreTimelineFile(t, "testdata/timeline4.jsonl", 9, timeline4CoverageFloor, timeline4PairF1Floor)
}

// TestTimelineDevset5 scores the timeline as TestTimelineDevset does on a
// fifth set, testdata/timeline5.jsonl, of other wars again (1953 to
// 2022), labelled and committed before the rules were first run on it: an
// offensive told by its side as a counter-attack and by the other as an
// attack, with the defenders' pull-back across a river and a downing
// claimed and denied; a city retaken six weeks after its fall, told as
// recaptured, entered and liberated, and by the losing side only as a
// planned withdrawal; an island seized by a heliborne raid, told by the
// defender only as a landing; two towns taken the same day, one entered
// after its garrison slipped away, the other surrendered after a siege;
// a cross-border offensive, troops flown in answer and an air strike each
// side places differently, ending in talks and a ceasefire; a truce
// signed and broken the next day; peacekeepers' landings two weeks apart;
// a border town taken after a day of air strikes, told by three states;
// and towns retaken days apart, one under two spellings.
//
// First run (9 clusters, 37 articles, 126 labelled events): coverage
// 0.778 (98/126), pair precision 0.756 (31/41), pair recall 0.596
// (31/52), pair F1 0.667, with the extractor of this commit. These are
// its floors.
func TestTimelineDevset5(t *testing.T) {
	scoreTimelineFile(t, "testdata/timeline5.jsonl", 9, timeline5CoverageFloor, timeline5PairF1Floor)
}

// Floors of TestTimelineDevset5 (its first run's figures, rounded down to
// 3 decimals).
const (
	timeline5CoverageFloor = 0.777
	timeline5PairF1Floor   = 0.666
)

// TestTimelineDevset6 scores the timeline as TestTimelineDevset does on a
// sixth set, testdata/timeline6.jsonl (ten happenings from 1940 to 2025,
// each told by four or five outlets: Sidi Barrani, Nijmegen and Arnhem,
// Maguwo and Jogjakarta, Chhamb, Zahle and Mount Sannine, Bosanski Brod,
// Voznesensk, the Seym bridges in the Kursk region, Nasir, and the Gaza
// ceasefire of October 2025), labelled and committed before the rules were
// first run on it: captures told as captured, entered, liberated and by
// the losers as withdrawals; shootdowns claimed and denied; towns spelt
// two ways (Arnheim, Nimwegen, Djokjakarta, Chamb, Srpski Brod,
// Hlushkove); truces agreed, broken and resumed; and distinct events on
// consecutive days at neighbouring places.
//
// First run (10 clusters, 46 articles, 160 labelled events): coverage
// 0.713 (114/160), pair precision 0.833 (20/24), pair recall 0.364
// (20/55), pair F1 0.506, with extractor 1.28.0. These are its floors.
func TestTimelineDevset6(t *testing.T) {
	scoreTimelineFile(t, "testdata/timeline6.jsonl", 10, timeline6CoverageFloor, timeline6PairF1Floor)
}

// Floors of TestTimelineDevset6 (its first run's figures, rounded down to
// 3 decimals).
const (
	timeline6CoverageFloor = 0.712
	timeline6PairF1Floor   = 0.506
)

// TestTimelineDevset7 scores the timeline as TestTimelineDevset does on a
// seventh set, testdata/timeline7.jsonl (ten campaigns from 1942 to 2023,
// each told by four or five outlets: the Torch landings, the Negev in
// October 1948, the Golan in June 1967, Iraq's invasion of Iran, Iraq's of
// Kuwait, Aden in 1994, Kabul in 1996, Fallujah in 2004, northern Mali in
// 2012 and Khartoum in 2023), labelled and committed before the rules
// were first run on it: landings, captures told as entries and by the
// losers as withdrawals, each side's claims of aircraft downed, truces
// announced, broken and renewed, and strikes on the same place on
// different days.
//
// First run (10 clusters, 48 articles, 227 labelled events): coverage
// 0.696 (158/227), pair precision 0.579 (22/38), pair recall 0.407
// (22/54), pair F1 0.478, with extractor 1.29.0. These are its floors.
func TestTimelineDevset7(t *testing.T) {
	scoreTimelineFile(t, "testdata/timeline7.jsonl", 10, timeline7CoverageFloor, timeline7PairF1Floor)
}

// Floors of TestTimelineDevset7 (its first run's figures, rounded down to
// 3 decimals).
const (
	timeline7CoverageFloor = 0.696
	timeline7PairF1Floor   = 0.478
)

// TestTimelineDevset8 scores the timeline as TestTimelineDevset does on an
// eighth set, testdata/timeline8.jsonl (ten campaigns from 1941 to 2014,
// each told by four or five outlets: Crete, Sicily, Cherbourg, Provence,
// Bastogne, Iwo Jima, Hyderabad in 1948, Desert Fox, Haiti's 2004
// rebellion and Crimea in 2014), labelled and committed before the rules
// were first run on it: towns taken the same day kept apart, strikes on
// the same place on following days, places spelt two ways, each side's
// claims of aircraft downed, and the day told in two time zones.
//
// First run (10 clusters, 49 articles, 174 labelled events): coverage
// 0.615 (107/174), pair precision 0.667 (14/21), pair recall 0.412
// (14/34), pair F1 0.509, with extractor 1.32.0. These are its floors.
func TestTimelineDevset8(t *testing.T) {
	scoreTimelineFile(t, "testdata/timeline8.jsonl", 10, timeline8CoverageFloor, timeline8PairF1Floor)
}

// Floors of TestTimelineDevset8 (its first run's figures, rounded down to
// 3 decimals).
const (
	timeline8CoverageFloor = 0.614
	timeline8PairF1Floor   = 0.509
)

// scoreTimelineFile scores the timeline on a file of clusters as
// TestTimelineDevset does, and fails when it holds fewer than minClusters.
func scoreTimelineFile(t *testing.T, path string, minClusters int, coverageFloor, pairF1Floor float64) {
	t.Helper()
	clusters := loadTimelineFile(t, path)
	if len(clusters) < minClusters {
		t.Fatalf("%d clusters in %s, want at least %d", len(clusters), path, minClusters)
	}
	scoreTimelineDevset(t, clusters, coverageFloor, pairF1Floor)
}

// TestTimelineDevset9 scores the timeline as TestTimelineDevset does on a
// ninth set, testdata/timeline9.jsonl (ten campaigns from 1939 to 2023,
// each told by five outlets: the Winter War's opening, Koritsa, Dunkirk,
// Kota Bharu, Anzio, Leyte, Okinawa, Korea in June 1950, the Qalamoun in
// 2014 and the Wagner mutiny), labelled and committed before the rules
// were first run on it: towns taken the same day kept apart, raids on one
// town on following nights, places spelt two ways (Koritsa and Koritza,
// Yabroud and Yabrud), each side's claims of aircraft downed, and one day
// told as two across the date line.
//
// First run (10 clusters, 50 articles, 242 labelled events): coverage
// 0.620 (150/242), pair precision 0.568 (21/37), pair recall 0.512
// (21/41), pair F1 0.538, with extractor 1.33.0. These are its floors.
func TestTimelineDevset9(t *testing.T) {
	scoreTimelineFile(t, "testdata/timeline9.jsonl", 10, timeline9CoverageFloor, timeline9PairF1Floor)
}

// Floors of TestTimelineDevset9 (its first run's figures, rounded down to
// 3 decimals). The pair floor is 0.531: a landing told with "have also
// landed at Singora and Patani", read since, is an entry of its own in
// the Reuters story, not joined to the other outlets' (21/42 pairs).
const (
	timeline9CoverageFloor = 0.619
	// Lowered from 0.531 when states' services named without their
	// adjective came to be their state's (extractor 1.36.0): Malaya's
	// raids of December 8, 1941, told with "Royal Navy" and "R.A.F."
	// actors, now join and split otherwise (20 pairs right of 35, from
	// 21 of 37). Lowered to 0.512 when the further places of a listed
	// strike or capture came to be events of their own (extractor
	// 1.37.0): coverage rose from 154 to 157 of 242, and one more
	// labelled pair counts, still with 20 right (of 43).
	timeline9PairF1Floor = 0.512
)

// sortEntriesByContent orders event entries, dated before undated, by day,
// action, place and their sources' articles and quotes.
func sortEntriesByContent(entries []Entry) {
	key := func(e Entry) string {
		d := "~"
		if e.DateStart != nil {
			d = *e.DateStart
		}
		var src []string
		for _, s := range e.Sources {
			src = append(src, s.ArticleID+"\x00"+s.Quote)
		}
		slices.Sort(src)
		return d + "\x00" + e.Action + "\x00" + e.Location + "\x00" + strings.Join(src, "\x01")
	}
	slices.SortStableFunc(entries, func(x, y Entry) int { return strings.Compare(key(x), key(y)) })
}

// TestTimelineDevset10 scores the timeline as TestTimelineDevset does on a
// tenth set, testdata/timeline10.jsonl (eleven campaigns from 1914 to 2022,
// each told by five outlets: the Marne, Caporetto, Bilbao's iron ring, the
// Stalingrad encirclement, the Guadalcanal and Tulagi landings, Normandy,
// the Yangtze crossing and the fall of Nanking, the western front of 1971,
// Baghdad in April 2003, Kobani in October 2014 and the Kharkiv
// counteroffensive of September 2022), labelled and committed before the
// rules were first run on it: raids on one place on successive days kept
// apart, one town taken by each side months apart, a town evacuated by one
// side and entered by the other the same day, and places spelt several
// ways (Kobani, Kobane and Ain al-Arab; Balakliia and Balakleya).
//
// First run (extractor 1.34.0): coverage 0.649 (181/279), pair precision
// 0.500 (27/54), recall 0.435 (27/62), pair F1 0.466. These are its floors.
func TestTimelineDevset10(t *testing.T) {
	scoreTimelineFile(t, "testdata/timeline10.jsonl", 11, timeline10CoverageFloor, timeline10PairF1Floor)
}

// Floors of TestTimelineDevset10 (its first run's figures, rounded down to
// 3 decimals).
const (
	timeline10CoverageFloor = 0.648
	timeline10PairF1Floor   = 0.465
)

// TestTimelineDevset11 scores the timeline as TestTimelineDevset does on an
// eleventh set, testdata/timeline11.jsonl (eleven campaigns from 1940 to
// 2019, each told by five outlets: British Somaliland and Berbera in 1940,
// Milne Bay, Zhitomir changing hands in 1943, the Jordan valley and
// Degania in 1948, Dong Khe in May and September 1950, Santo Domingo's
// broken ceasefire of May 1965, the siege of Plei Me, the Rupununi rising,
// Lukaya in 1979, Karabakh's four-day war of April 2016 and Balakot in
// 2019), labelled and committed before the rules were first run on it.
//
// First run (extractor 1.37.0 of 8ebfbb8): coverage 0.649 (205/316), pair
// precision 0.577 (30/52), recall 0.306 (30/98), pair F1 0.400. These,
// the F1 less a thousandth, are its floors.
func TestTimelineDevset11(t *testing.T) {
	scoreTimelineFile(t, "testdata/timeline11.jsonl", 11, timeline11CoverageFloor, timeline11PairF1Floor)
}

// Floors of TestTimelineDevset11 (its first run's figures, rounded down to
// 3 decimals).
const (
	timeline11CoverageFloor = 0.648
	timeline11PairF1Floor   = 0.399
)
