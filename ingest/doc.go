// Package ingest is the first stage of claimline: it validates and
// normalises article text, reads metadata from flags and from the text's own
// header lines, and appends article events (ingested, corrected, retracted)
// to the ARTICLES stream.
//
// An article's id is a UUIDv5 of the SHA-256 of its normalised text, and it
// is published with an expected last subject sequence of 0, so the same text
// is reported as a duplicate at any later time, not only inside the stream's
// deduplication window. The package owns the Article event type that the
// extract and project stages consume.
package ingest
