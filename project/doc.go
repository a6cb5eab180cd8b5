// Package project folds the article and claim histories into the two read
// models of claimline: the casualty tally, which reconciles the same incident
// told by several outlets (UCDP/ACLED style: low, best and high figures,
// never a sum across articles), and the timeline of dated events.
//
// The fold is pure and deterministic. A Fold is fed ingest.Article,
// ingest.Correction, ingest.Retraction and extract.Claim events with their
// stream sequence and time; it performs no I/O and never reads the clock.
// Casualties and Timeline build the models from state sorted by stable keys
// (article id, span), so the same set of events gives byte-identical
// canonical JSON whatever the interleaving of the ARTICLES and CLAIMS
// streams. Each model carries a digest: the hex SHA-256 of its canonical JSON
// without the digest field (see Canonical and Digest).
//
// The Projector wraps a Fold: it applies events as they are delivered,
// stores MarshalSnapshot with its stream positions in the models KV bucket,
// restores with UnmarshalSnapshot, publishes changed incidents and entries on
// projections.>, and parks claims it cannot apply. Replay folds the streams
// afresh with ordered consumers; Audit compares the two and checks every
// quote against its span. API serves it all over HTTP.
//
// Reconciliation rules, in the order they run:
//
//   - Casualty claims of scope "cumulative" are kept apart (Casualties.Cumulative)
//     and never enter incidents or totals.
//   - Claims of one article that share a Statement form one report unit; parts
//     of the same side's camp within it are added up.
//   - Dated units cluster across articles into incidents when their date
//     windows overlap (both at most a week wide, or starting on the same day
//     and ending within a week of each other), their places
//     are compatible (same name, or a town and its region, a part of an
//     area named with a compass word and the area — "North Darfur" and
//     "Darfur" —, or an unknown or country-wide place) and their sides'
//     camps overlap (victims of no told side may be any camp's). A statement goes on with the incident of the one
//     before it in its article when it names no place or only places of
//     that incident, or when their camps overlap and their places touch by
//     a town or area. A unit at a place
//     nothing locates joins the one incident of its days and camps that
//     gives one of its figures; so does one dated a day apart from an
//     incident at a compatible place, or of victims of no told side, when
//     the figure is at least 5 ("86 martyrs" on the 25th, 86 killed there
//     late on the 24th). A unit at a place nothing locates also joins an
//     incident of its days and camps that names all its places. Incidents
//     that come to agree on days, camps and places once units joined them
//     merge, as do those kept apart by a place nothing locates that give a
//     named camp's figure alike.
//   - An undated unit joins a dated day incident when its weekday, place and
//     camps agree (among incidents of the 14 days before the article's
//     publication when that is known); otherwise, when its figure corroborates
//     exactly one dated incident's figure for the same camp and outcome
//     (figures compared as stated: "more than 200" corroborates "200"); when
//     it is a revised toll at a place with no incident at a compatible place,
//     when exactly one incident without a place gives a lower toll; or
//     when it sits next to a unit of the same article that joined an incident
//     whose camps include its own, unless it, or that unit, is dated only as
//     days or weeks from another event ("came days after a bombing that
//     killed 170"). Such a unit tells an earlier incident: it is looked for
//     among the incidents of the six weeks before its article, and follows
//     up none by its town alone. A unit at a place nothing locates may give
//     a named camp's figure of an incident at the incident's places.
//     Anything else stays an undated incident.
//   - Undated incidents that give no figure at all (an unknown number killed)
//     merge across articles published within a week of each other when their
//     camps overlap and their places are compatible.
//   - Undated incidents with figures join the one dated incident in their
//     window, agreeing on camps and places, that gives one of their figures
//     once the undated units above joined it, when none of their units names
//     a weekday.
//   - Within an incident, an article's figure for a camp and outcome is the
//     maximum over its units; across articles low is the lowest figure, high
//     the highest, best the lowest figure given by at least two articles (else
//     the lowest). Figures that differ set disputed.
//
// An article without a publication date can be anchored: when its undated
// reports join day incidents dated by other articles through their weekdays
// ("early on Thursday … killed 23"), and every such join agrees, the
// article's relative dates are re-resolved against that day ("Jan. 12"
// becomes 2020-01-12). Incidents and entries dated only that way say
// date_basis "anchored". A corrected publication date re-resolves an
// article's dates the same way.
//
// The Projector keeps the models live. It rebuilds them incrementally: the
// fold keeps prepared articles, rendered and encoded incidents and entries,
// and their order between builds, so a build renders and sorts only what is
// new and merges it in, and lists the incidents and entries that changed
// (published on projections.>). The models' contents, canonical JSON and
// digests are filled in by the first read after a build. The output is byte
// for byte that of Build (a random-stream test checks every step).
// Event clustering sweeps again only from each change until its groups
// agree with the last build's; reconciliation takes the last build's
// decisions again where nothing they depend on changed (see
// liveReconcile). Both still pass over every claim once per build, so a
// build's cost still grows with the history, if slowly.
package project
