"""Backups of an event file and restoring one: the way back from a dead battery or a damaged file."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from probono_desk.core.errors import DamagedEventFile, EventFileError, InvalidInput, OutputFailed, os_reason
from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.output.files import atomic_file
from probono_desk.storage.backup import DatabaseError, copy_event_file, list_backups, reason_of
from probono_desk.storage.db import default_backup_dir, inspect_file


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def backups_of(event_path: str | Path) -> list[BackupInfo]:
    """The backups of an event, newest first, each readable as an event file."""
    found: list[BackupInfo] = []
    for path in list_backups(default_backup_dir(Path(event_path))):
        stem = path.stem  # 20191205-151200-auto
        try:
            taken = datetime.strptime(stem[:15], "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        found.append(BackupInfo(path=path, taken_at=taken, reason=reason_of(path), size=path.stat().st_size))
    return found


def newest_good_backup(event_path: str | Path) -> BackupInfo | None:
    for info in backups_of(event_path):
        try:
            inspect_file(info.path)
        except EventFileError:
            continue
        return info
    return None


def restore(event_path: str | Path, backup: str | Path) -> Path:
    """Put a backup in place of the event file. The current file (damaged or not) is kept aside, never deleted.

    Returns the path where the replaced file was moved (or the event path if there was none)."""
    event_path = Path(event_path)
    backup = Path(backup)
    try:
        inspect_file(backup)
    except EventFileError as exc:
        raise DamagedEventFile(
            QT_TRANSLATE_NOOP("errors", "La sauvegarde « {path} » est illisible ({detail})."),
            path=backup.name,
            detail=exc.message(),
        ) from exc
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = event_path.with_name(f"{event_path.name}.remplacé-{stamp}")
    tmp = copy_event_file(backup, event_path.with_name(event_path.name + ".restauration"))
    if event_path.exists():
        event_path.replace(aside)
        for suffix in ("-wal", "-shm"):
            side = event_path.with_name(event_path.name + suffix)
            if side.exists():
                shutil.move(str(side), str(aside) + suffix)
    tmp.replace(event_path)
    return aside if aside.exists() else event_path


def copy_target(target: str | Path) -> Path:
    """Where ``save_copy`` writes: the name given, with the ``.probono`` suffix."""
    target = Path(target)
    return target if target.suffix == ".probono" else target.with_name(target.name + ".probono")


def save_copy(event_path: str | Path, target: str | Path) -> Path:
    """A consistent copy of the event file (Fichier → Sauvegarder une copie), the event staying open. Opens its own
    read-only connection, so it runs in a worker thread; written whole or not at all."""
    event_path, target = Path(event_path), copy_target(target)
    if target.resolve() == event_path.resolve():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "« {path} » est le fichier ouvert : choisissez un autre nom pour la copie."),
            path=target.name,
        )
    try:
        with atomic_file(target) as tmp:  # never over another event, a device or the open file through a link
            copy_event_file(event_path, tmp)
        return target
    except OSError as exc:
        raise OutputFailed(path=str(target), detail=os_reason(exc)) from exc
    except DatabaseError as exc:
        raise OutputFailed(path=str(target), detail=str(exc)) from exc
