"""A new hub's log (a takeover): this station sends its history again (``storage.sync_relay``)."""

from __future__ import annotations

from sqlite_utils import Database

from probono_desk.storage.sync_relay import keep_bodies, relayable, requeue_local, reset_stream_position

__all__ = ["keep_bodies", "new_log", "relayable"]


def new_log(db: Database, *, had_one: bool) -> None:
    """The file starts reading a log it never read: from its first set. When it had been on another hub's log, its
    own sets go back to the outbox (the others' are relayed by ``Session.relay_history``)."""
    reset_stream_position(db)
    if had_one:
        requeue_local(db)
