// Package eventlog owns claimline's NATS plumbing: it embeds a nats-server
// with JetStream on file storage, connects clients, declares the ARTICLES,
// CLAIMS and PROJECTIONS streams and the read-model KV bucket, wraps events
// in a CloudEvents envelope, and publishes atomic batches.
//
// Everything durable lives in the streams it declares; workers in the
// ingest, extract and project packages receive a *Bus from it and do not
// reach around it.
package eventlog
