// Package extract turns one ingested article into claims: attributed, dated
// and placed casualty figures ("seven Turkish soldiers were killed") and
// events ("Syrian troops entered Saraqeb"). It is the middle stage of the
// claimline flow: it reads ingest.Article values and emits Claim values that
// the project stage folds into the timeline and casualty read models.
//
// Extraction is rule-based, pure and deterministic. Extract skips page noise
// (captions, comment widgets, bylines) without deleting it, splits the rest
// into sentences with byte offsets into the article's normalised text, and
// reads each sentence for casualty figures, events, date expressions, places
// and attributions ("…, the Observatory said"). Every claim carries the byte
// span of the words it was read from and their quote, so an auditor can trace
// every number back to its sentence; claim ids are derived from that span
// (see ClaimID), so extracting an article twice yields the same ids.
//
// The JSON Schemas of the two claim types are embedded (see SchemaFor) and
// name the CloudEvents types EventTypeCasualty and EventTypeEvent.
package extract
