"""Names on the wire. A hub serves one event in its own NATS account, so the names are fixed inside it.

- ``STREAM`` holds every change set, on ``probono.changes.<station>``, with the set's id as ``Nats-Msg-Id``;
  its metadata carries the event's id and the hub's *epoch* (a random id minted when the stream was created: a
  station that finds another epoch than the one it last saw knows the hub's log started afresh — a takeover — and
  sends its history again).
- ``BLOBS``: the object store of attachments, one object per blob reference.
- ``SNAPSHOTS``: the object store holding the latest snapshot of the hub's file, for stations joining with no file.
- ``PRESENCE``: core NATS heartbeats, so every station can show who is connected.
- ``SNAPSHOT_REQUEST``: a joiner asks the hub's own station for a fresh snapshot (request/reply).
"""

from __future__ import annotations

STREAM = "PROBONO"
SUBJECT_PREFIX = "probono.changes"
SUBJECTS = f"{SUBJECT_PREFIX}.>"
BLOBS = "probono_blobs"
SNAPSHOTS = "probono_snapshots"
SNAPSHOT_OBJECT = "event.probono"
PRESENCE = "probono.presence"
SNAPSHOT_REQUEST = "probono.snapshot.request"
DUPLICATE_WINDOW_S = 3600.0
PRESENCE_EVERY_S = 2.0
PRESENCE_GONE_S = 7.0
POLL_S = 0.03  # how often a station asks its file whether another connection wrote (PRAGMA data_version: cheap)
BATCH = 256
CHUNK_BYTES = 1024 * 1024  # object store chunks
SNAPSHOT_SETTLE_S = 5.0  # how long the hub's station may catch up before copying its file for a joiner
SERVICE_TYPE = "_probono._tcp.local."

# What a station may not do on the hub: remove or rewrite the log, create streams (only the hub does).
STATION_DENY = [
    "$JS.API.STREAM.CREATE.>",
    "$JS.API.STREAM.UPDATE.>",
    "$JS.API.STREAM.DELETE.>",
    f"$JS.API.STREAM.PURGE.{STREAM}",
    f"$JS.API.STREAM.MSG.DELETE.{STREAM}",
]


def change_subject(station: str) -> str:
    return f"{SUBJECT_PREFIX}.{''.join(c if c.isalnum() or c in '-_' else '_' for c in station) or 'station'}"


def consumer_name(station: str) -> str:
    return "st_" + "".join(c if c.isalnum() or c in "-_" else "_" for c in station)
