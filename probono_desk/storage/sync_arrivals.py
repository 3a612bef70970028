"""A person's check-ins set aside as duplicate arrivals (two doors, Wi-Fi down: ``storage.sync_apply`` keeps the
first and sets the later aside), when this station cancels the person's arrival.

Cancelling at a door says "this person is not here": every arrival of theirs this file knows goes, not only the
one shown. The set-aside check-ins are not in the business table, so no trigger records their undoing: the write
records it itself in ``sync_capture``, as the update trigger would have (the check-in's whole old and new row).
``seal()`` then carries it in the write's change set, so every station undoes the same rows — convergent, whatever
order the sets arrive in — and the person is no longer shown present anywhere.
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from probono_desk.storage.sync_apply import duplicate_arrivals
from probono_desk.storage.sync_feed import DuplicateArrival, compact, is_enabled


def arrivals_set_aside(db: Database, volunteer_id: str | None = None) -> list[DuplicateArrival]:
    """The duplicate arrivals this file holds (of one person, or everyone's), oldest first; none in a file
    without the change feed."""
    if not is_enabled(db):
        return []
    return duplicate_arrivals(db, volunteer_id)


def undo_duplicate_arrivals(db: Database, volunteer_id: str, at: str, station: str) -> int:
    """Within a write: undo the person's set-aside check-ins; returns how many."""
    if not is_enabled(db):
        return 0
    rows = db.execute(
        "SELECT s.key, r.vals FROM sync_shadow s JOIN sync_rows r ON r.tbl = s.tbl AND r.key = s.key "
        "WHERE s.tbl = 'checkins' AND s.uniq = 'checkins_active'"
    ).fetchall()
    undone = 0
    for key_t, vals_t in rows:
        old = json.loads(vals_t)
        if old.get("volunteer_id") != volunteer_id or old.get("undone_at") is not None:
            continue
        new = {**old, "undone_at": at, "undone_station": station}
        db.execute(
            "INSERT INTO sync_capture (tbl, key, okey, op, old, new) VALUES ('checkins', ?, ?, 'u', ?, ?)",
            [key_t, key_t, compact(old), compact(new)],
        )
        undone += 1
    return undone
