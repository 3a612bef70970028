"""Stations: the change feed, the NATS JetStream client, the embedded hub, discovery; no widgets."""
