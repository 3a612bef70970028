"""Backup copies of the event file through SQLite's backup API (consistent even while the file is in use)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from probono_desk.storage.connection import connect

# How many copies of each reason are kept: two hours of 5-minute copies, and the last closings and migrations.
# The newest copies of every reason stay, so a long day never pushes out the copy made before a migration.
KEEP = {"auto": 24, "fermeture": 10, "avant-migration": 10}
KEEP_OTHER = 10
DatabaseError = sqlite3.Error  # what SQLite raises on a copy: services catch it without importing sqlite3


def backup_copy(
    db: Database, folder: Path, *, reason: str = "auto", keep: int | None = None, moment: datetime | None = None
) -> Path:
    """Write a timestamped copy of ``db`` into ``folder`` and keep the newest copies of that reason (``KEEP``)."""
    keep = KEEP.get(reason, KEEP_OTHER) if keep is None else keep
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (moment or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{stamp}-{reason}.probono"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{stamp}-{reason}-{counter}.probono"
    copy_database(db.conn, target)
    copies = sorted(p for p in folder.glob("*.probono") if reason_of(p) == reason)
    for old in copies[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return target


def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of ``source`` at ``target`` through SQLite's backup API, whole or not at all (a temporary
    name renamed at the end; nothing left behind on failure)."""
    tmp = target.with_name(target.name + ".tmp")
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            source.backup(dest)
        finally:
            dest.close()
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def copy_event_file(source: Path, target: Path) -> Path:
    """``copy_database`` from a file, through a read-only connection of its own: safe from any thread."""
    src = connect(source, readonly=True).conn  # creates no -wal/-shm beside a backup it reads
    try:
        return copy_database(src, target)
    finally:
        src.close()


def list_backups(folder: Path) -> list[Path]:
    """Newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.probono"), reverse=True)


def reason_of(path: Path) -> str:
    """'20191205-151200-auto-2.probono' → 'auto'."""
    reason = path.stem[16:]
    head, _sep, tail = reason.rpartition("-")
    return head if head and tail.isdigit() else reason
