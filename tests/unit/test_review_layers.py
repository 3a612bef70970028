"""The event file behind the services: the change mark follows every write, a copy is a whole event. (The layers
themselves: ``lint-imports`` and tests/unit/test_layers.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from probono_desk.core.errors import InvalidInput, OutputFailed
from probono_desk.services.backups import save_copy
from probono_desk.services.event import Event


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
