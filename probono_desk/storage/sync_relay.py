"""What a station sends again when the hub's log starts afresh (another station took over the hub).

The feed's tables (``storage.schema_sync``) keep every change set this file made and the ids of those it applied;
the link keeps the bytes of the applied ones too (``keep_bodies``). On a new log: its own sets go back to the outbox, the others' are relayed as they were (same ids: the hub
drops duplicates by ``Nats-Msg-Id``, every station's ``apply`` is idempotent), and its position in the stream starts
again from zero — the old log's sequence numbers mean nothing in the new one.
"""

from __future__ import annotations

from sqlite_utils import Database


def requeue_local(db: Database) -> int:
    """This station's own sets wait to be sent again; returns how many."""
    cursor = db.execute("UPDATE sync_sets SET acked = 0 WHERE local = 1 AND acked = 1 AND body IS NOT NULL")
    return int(cursor.rowcount or 0)


def reset_stream_position(db: Database) -> None:
    db.execute("UPDATE sync_state SET stream_seq = 0 WHERE id = 1")


def relayable(db: Database, after: str = "", limit: int = 256) -> list[tuple[str, str, bytes]]:
    """The others' sets this file holds with their bodies, oldest first after the HLC ``after``:
    (id, hlc, body)."""
    rows = db.execute(
        "SELECT id, hlc, body FROM sync_sets WHERE local = 0 AND body IS NOT NULL AND hlc > ? ORDER BY hlc LIMIT ?",
        [after, limit],
    ).fetchall()
    return [(str(r[0]), str(r[1]), bytes(r[2])) for r in rows]


def keep_bodies(db: Database, sets: list[tuple[str, bytes]]) -> None:
    """Keep the bytes of the others' sets this file applied, so it can relay them to a new hub."""
    db.conn.executemany("UPDATE sync_sets SET body = ? WHERE id = ? AND body IS NULL", [(b, i) for i, b in sets])


def forget_received_bodies(db: Database) -> int:
    """A person erased or the event anonymised: the bytes kept of the others' sets quote the old values, so they
    go (the set ids stay: a set seen is still never applied twice). This station can then no longer relay those
    sets to a new hub; the stations that made them still hold them. Returns how many were forgotten."""
    cursor = db.execute("UPDATE sync_sets SET body = NULL WHERE local = 0 AND body IS NOT NULL")
    return int(cursor.rowcount or 0)


def shared_with_others(db: Database) -> bool:
    """Whether this file has sent change sets to, or received some from, another station (or came from a hub's
    snapshot): the other stations then hold values of this file."""
    return bool(db.execute("SELECT 1 FROM sync_sets WHERE local = 0 OR acked = 1 LIMIT 1").fetchone())


def database_file(db: Database) -> str:
    """The path of the file behind ``db`` ("" in memory)."""
    for row in db.execute("PRAGMA database_list").fetchall():
        if row[1] == "main":
            return str(row[2] or "")
    return ""
