"""Backup copies of the event file through SQLite's backup API (consistent even while the file is in use)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database


def backup_copy(
    db: Database, folder: Path, *, reason: str = "auto", keep: int = 20, moment: datetime | None = None
) -> Path:
    """Write a timestamped copy of ``db`` into ``folder`` and keep the ``keep`` newest copies of that reason."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (moment or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{stamp}-{reason}.probono"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{stamp}-{reason}-{counter}.probono"
    tmp = target.with_suffix(".tmp")
    dest = sqlite3.connect(str(tmp))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    tmp.replace(target)
    copies = sorted(folder.glob(f"*-{reason}*.probono"))
    for old in copies[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return target


def list_backups(folder: Path) -> list[Path]:
    """Newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.probono"), reverse=True)
