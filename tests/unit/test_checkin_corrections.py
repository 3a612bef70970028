"""Later check-in corrections (from the volunteers list): cancel anyone's arrival, whenever and wherever it was
made, journaled as a correction; arrival times for the list."""

from __future__ import annotations

import json

import pytest

from probono_desk.core.checkin import CheckedIn, Revoked
from probono_desk.core.clock import FixedClock
from probono_desk.core.codes import qr_payload
from probono_desk.core.errors import InvalidInput
from probono_desk.services.event import Event


def test_cancel_checkin_hours_later_from_another_station(demo_path, clock: FixedClock) -> None:
    with Event.open(demo_path, clock=clock, station="porte-1") as door:
        vid = door.roster.volunteers()[0].id
        assert isinstance(door.checkin.check_in_volunteer(vid), CheckedIn)
    clock.advance(minutes=180)
    with Event.open(demo_path, clock=clock, station="orga") as ev:
        assert ev.checkin.undo_last() is None  # the desk's quick undo is for its own last two minutes only
        assert vid in ev.checkin.arrivals()
        undone = ev.checkin.cancel_checkin(vid)
        assert undone.volunteer_id == vid and undone.at == "2019-12-05T08:30:00"
        assert vid not in ev.status.present_ids() and vid not in ev.checkin.arrivals()
        row = ev.db.execute(
            "SELECT station, entity_id, payload FROM journal WHERE action = 'checkin.cancel'"
        ).fetchone()
        assert row[0] == "orga" and row[1] == vid
        payload = json.loads(row[2])
        assert payload["correction"] is True and payload["checked_in_station"] == "porte-1"
        # checked in again afterwards: a new arrival, at the new time
        again = ev.checkin.check_in_volunteer(vid, method="manual")
        assert isinstance(again, CheckedIn) and ev.checkin.arrivals()[vid] == again.at


def test_cancel_checkin_of_someone_absent_is_refused(demo: Event) -> None:
    vid = demo.roster.volunteers()[0].id
    before = demo.db.execute("SELECT COUNT(*) FROM journal").fetchone()[0]
    with pytest.raises(InvalidInput) as err:
        demo.checkin.cancel_checkin(vid)
    assert "n'est pas enregistré·e présent·e" in err.value.template
    assert demo.db.execute("SELECT COUNT(*) FROM journal").fetchone()[0] == before


def test_reissued_code_refuses_the_lost_badge(demo: Event) -> None:
    vid = demo.roster.volunteers()[0].id
    old = demo.checkin.code_of(vid)
    new = demo.checkin.reissue(vid)
    assert new != old
    assert isinstance(demo.checkin.scan(qr_payload(old)), Revoked)
    assert isinstance(demo.checkin.scan(qr_payload(new)), CheckedIn)
