"""Multi-step writes: all or nothing under the name the user gave."""

from __future__ import annotations

from pathlib import Path

import pytest

from probono_desk.core.errors import InvalidInput
from probono_desk.services.demo import write_demo
from probono_desk.services.event import Event
from probono_desk.services.teams import TeamsService


def test_a_demo_that_fails_halfway_leaves_no_half_event(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: TeamsService, **_kw: object) -> None:
        raise InvalidInput("panne")

    monkeypatch.setattr(TeamsService, "auto_form", broken)
    path = tmp_path / "demo.probono"
    with pytest.raises(InvalidInput):
        write_demo(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no event without teams, codes or plan
    monkeypatch.undo()
    write_demo(path).close()  # and the name is free for the next try
    with Event.open(path) as ev:
        assert len(ev.roster.volunteers()) == 50


def test_team_undo_checks_the_file_as_it_is_in_the_transaction(demo: Event, demo_path: Path) -> None:
    """Another station moves the person between this station's check and its write: the undo is refused."""
    volunteer = demo.roster.volunteers()[0]
    structures = [s.id for s in demo.roster.structures() if s.id != volunteer.structure_id]
    demo.teams.move(volunteer.id, structures[0])
    real_write = demo.write

    def other_station_first(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        with Event.open(demo_path, station="autre-poste") as other:
            other.teams.move(volunteer.id, structures[1])
        return real_write(*args, **kwargs)

    demo.write = other_station_first  # type: ignore[method-assign]
    with pytest.raises(InvalidInput):
        demo.teams.undo()
    demo.write = real_write  # type: ignore[method-assign]
    assert demo.roster.volunteer(volunteer.id).structure_id == structures[1]
