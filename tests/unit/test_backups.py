"""Backups and restore: a damaged file is set aside (never deleted) and the newest good backup takes its place."""

from __future__ import annotations

from pathlib import Path

import pytest

from probono_desk.core.errors import DamagedEventFile, NotAnEventFile
from probono_desk.core.models import StaffRole
from probono_desk.services import backups
from probono_desk.services.event import Event


def test_backup_then_restore_after_damage(demo_path: Path) -> None:
    ev = Event.open(demo_path)
    ev.roster.add_staff("Avant Sauvegarde", StaffRole.FACILITATOR)
    copy = ev.backup()
    assert copy is not None and copy.exists()
    ev.roster.add_staff("Après Sauvegarde", StaffRole.FACILITATOR)
    ev.close()

    data = demo_path.read_bytes()
    demo_path.write_bytes(data[:4096] + b"\x00" * 100)  # the battery died mid-copy
    with pytest.raises((DamagedEventFile, NotAnEventFile)):
        Event.open(demo_path)

    best = backups.newest_good_backup(demo_path)
    assert best is not None and best.path == copy
    aside = backups.restore(demo_path, best.path)
    assert aside.read_bytes().startswith(data[:4096])  # the damaged file is kept aside
    restored = Event.open(demo_path)
    names = {s.name for s in restored.roster.staff(StaffRole.FACILITATOR)}
    assert "Avant Sauvegarde" in names and "Après Sauvegarde" not in names
    assert len(restored.roster.volunteers()) == 50
    restored.close()


def test_backups_are_rotated(demo_path: Path) -> None:
    ev = Event.open(demo_path)
    for _ in range(5):
        ev.backup(keep=3)
    ev.close()
    assert len(backups.backups_of(demo_path)) == 3


def test_restore_refuses_an_unreadable_backup(demo_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "20191205-120000-auto.probono"
    bad.write_bytes(b"not a database")
    before = demo_path.read_bytes()
    with pytest.raises(DamagedEventFile):
        backups.restore(demo_path, bad)
    assert demo_path.read_bytes() == before
