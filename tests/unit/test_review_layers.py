"""The layers of ARCHITECTURE.md, checked on the source: the window goes through the services, never the file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from probono_desk.core.errors import InvalidInput, OutputFailed
from probono_desk.services.backups import save_copy
from probono_desk.services.event import Event

PACKAGE = Path(__file__).resolve().parents[2] / "probono_desk"


def test_the_window_never_reaches_into_the_event_file() -> None:
    """No SQL, no connection, no storage module in ui/ or app.py: a screen asks a service."""
    offenders = []
    for path in [*sorted((PACKAGE / "ui").glob("*.py")), PACKAGE / "app.py"]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(r"\bev\.db\b|\.conn\b|probono_desk\.storage|import sqlite3|\.execute\(", line):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert offenders == []


def test_change_mark_moves_with_every_local_write(event: Event) -> None:
    before = event.status.change_mark()
    event.roster.add_structure("Les Jardins")
    assert event.status.change_mark() != before


def test_save_copy_is_a_whole_event_and_never_the_open_file(demo: Event, tmp_path: Path) -> None:
    assert demo.path is not None
    target = save_copy(demo.path, tmp_path / "copie")
    with Event.open(target) as copy:
        assert len(copy.roster.volunteers()) == 50
    with pytest.raises(InvalidInput):  # the copy would replace the open file under its live connection
        save_copy(demo.path, demo.path.with_suffix(""))
    assert len(demo.roster.volunteers()) == 50
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    with pytest.raises(OutputFailed):
        save_copy(demo.path, blocker / "copie")
    assert not list(tmp_path.glob("*.tmp"))
