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
// A worker wraps a Fold: it applies events as they are delivered, persists
// MarshalSnapshot next to its consumer positions, restores with
// UnmarshalSnapshot, and publishes the models it builds.
//
// Reconciliation rules, in the order they run:
//
//   - Casualty claims of scope "cumulative" are kept apart (Casualties.Cumulative)
//     and never enter incidents or totals.
//   - Claims of one article that share a Statement form one report unit; parts
//     of the same side's camp within it are added up.
//   - Dated units cluster across articles into incidents when their date
//     windows overlap (both at most a week wide, or identical), their places
//     are compatible (same name, or a town and its region, or an unknown or
//     country-wide place) and their sides' camps overlap.
//   - An undated unit joins a dated day incident when its weekday, place and
//     camps agree (among incidents of the 14 days before the article's
//     publication when that is known); otherwise, when its figure corroborates
//     exactly one dated incident's figure for the same camp and outcome; or
//     when it sits next to a unit of the same article that joined an incident
//     whose camps include its own. Anything else stays an undated incident.
//   - Within an incident, an article's figure for a camp and outcome is the
//     maximum over its units; across articles low is the lowest figure, high
//     the highest, best the lowest figure given by at least two articles (else
//     the lowest). Figures that differ set disputed.
package project
