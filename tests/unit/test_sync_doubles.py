"""Loose ends of the stations (issue 12), at the service level on event files exchanging change sets through
``apply`` (no network): a duplicate arrival shown at both doors, cancelling an arrival cancels the other door's
too, editing a person whose key a collision settled with "~<id>"."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from probono_desk.core.checkin import AlreadyCheckedIn, CheckedIn, describe
from probono_desk.core.clock import FixedClock
from probono_desk.services.event import Event
from probono_desk.sync import feed
from tests.unit.sync_stations import Network, same_everywhere, seed_file


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed_file(tmp_path_factory.mktemp("doubles-seed"))


@pytest.fixture
def clocks() -> list[FixedClock]:
    return [FixedClock(datetime(2019, 12, 5, 8, 42)) for _ in range(3)]


@pytest.fixture
def net(seed: Path, tmp_path: Path, clocks: list[FixedClock]) -> Iterator[Network]:
    """Three event files, each a copy of the seed with its own station id, named like the doors."""
    stations = []
    for i in range(3):
        path = tmp_path / f"porte-{i + 1}.probono"
        shutil.copy(seed, path)
        event = Event.open(path, clock=clocks[i], station=f"Porte {i + 1}")
        feed.reset_station(event.db)
        stations.append(event)
    network = Network(stations)
    yield network
    network.close()


def _checked_in_at_two_doors(net: Network, clocks: list[FixedClock]) -> str:
    """Porte 1 checks a person in at 8h42; Porte 2, cut off, checks them in at 8h44; then the sets cross."""
    a, b = net.stations[0], net.stations[1]
    person = a.roster.volunteers()[5]
    assert isinstance(a.checkin.check_in_volunteer(person.id), CheckedIn)
    clocks[1].advance(minutes=2)
    assert isinstance(b.checkin.check_in_volunteer(person.id), CheckedIn)
    net.converge()
    return person.id


def test_a_second_scan_names_both_arrivals_at_both_doors(net: Network, clocks: list[FixedClock]) -> None:
    person_id = _checked_in_at_two_doors(net, clocks)
    name = net.stations[0].checkin.seat(person_id)
    for station in net.stations[:2]:
        again = station.checkin.check_in_volunteer(person_id)
        assert isinstance(again, AlreadyCheckedIn)
        assert (again.station, again.since[11:16]) == ("Porte 1", "08:42")
        assert [(at[11:16], door) for at, door in again.also] == [("08:44", "Porte 2")]
        lines = describe(again).lines
        assert lines[0] == "Arrivée à 8h42 (poste Porte 1)" and lines[1] == "Aussi scanné·e à 8h44 (poste Porte 2)"
        (double,) = station.checkin.double_arrivals()
        full = f"{name.first_name} {name.last_name}"
        assert double.text() == (
            f"Arrivée en double : {full} — déjà enregistré·e à 8h42 (Porte 1), scanné·e aussi à 8h44 (Porte 2)"
        )
        assert station.stations.summary()["duplicates"] == 1
    assert net.stations[2].stations.summary()["duplicates"] == 1


def test_a_person_scanned_once_has_no_second_arrival(net: Network) -> None:
    a = net.stations[0]
    person = a.roster.volunteers()[2]
    a.checkin.check_in_volunteer(person.id)
    again = a.checkin.check_in_volunteer(person.id)
    assert isinstance(again, AlreadyCheckedIn) and again.also == ()
    assert a.checkin.double_arrivals() == [] and a.stations.summary()["duplicates"] == 0


@pytest.mark.parametrize("door", [0, 1])
def test_cancelling_an_arrival_cancels_the_other_doors_too_everywhere(
    net: Network, clocks: list[FixedClock], door: int
) -> None:
    """At the door of the first arrival or of the duplicate: "this person is not here" holds on every station."""
    person_id = _checked_in_at_two_doors(net, clocks)
    clocks[door].advance(minutes=5)
    net.stations[door].checkin.cancel_checkin(person_id)
    assert person_id not in net.stations[door].checkin.present_ids()
    net.converge()
    same_everywhere(net)
    for station in net.stations:
        assert person_id not in station.checkin.present_ids()
        assert station.checkin.double_arrivals() == []
        assert station.db.execute(
            "SELECT COUNT(*) FROM checkins WHERE volunteer_id = ? AND undone_at IS NOT NULL", [person_id]
        ).fetchone() == (2,)
    # and the person can arrive again, once
    clocks[0].advance(minutes=1)
    assert isinstance(net.stations[0].checkin.check_in_volunteer(person_id), CheckedIn)
    net.converge()
    assert all(person_id in s.checkin.present_ids() for s in net.stations)


def test_the_cancellation_converges_whatever_the_order_the_sets_arrive_in(
    net: Network, clocks: list[FixedClock]
) -> None:
    """A third station that hears of the cancellation before it hears of the duplicate arrival ends the same."""
    a, b, c = net.stations
    person = a.roster.volunteers()[7]
    a.checkin.check_in_volunteer(person.id)
    first = net.publish(0)
    clocks[1].advance(minutes=2)
    b.checkin.check_in_volunteer(person.id)
    duplicate = net.publish(1)
    net.deliver(0, duplicate)
    clocks[0].advance(minutes=5)
    a.checkin.cancel_checkin(person.id)
    cancel = net.publish(0)
    net.deliver(1, first + cancel)
    net.deliver(2, cancel + duplicate + first)  # newest first
    same_everywhere(net)
    for station in net.stations:
        assert person.id not in station.checkin.present_ids()


def test_the_desk_undo_takes_the_other_doors_arrival_too(net: Network, clocks: list[FixedClock]) -> None:
    person_id = _checked_in_at_two_doors(net, clocks)
    assert net.stations[0].checkin.undo_last() is not None
    net.converge()
    same_everywhere(net)
    assert all(person_id not in s.checkin.present_ids() for s in net.stations)


def test_editing_a_person_whose_key_a_collision_settled(net: Network, clocks: list[FixedClock]) -> None:
    """The same walk-in registered at two doors: the later row's key gains "~<id>". Editing that person (or the
    other) works, and the settled key stays the same on every station."""
    a, b = net.stations[0], net.stations[1]
    a.checkin.register_walk_in(first_name="Inès", last_name="Martin", email="ines@example.org")
    clocks[1].advance(seconds=2)
    b.checkin.register_walk_in(first_name="Inès", last_name="Martin", email="ines@example.org")
    net.converge()
    rows = a.db.execute(
        "SELECT id, person_key FROM volunteers WHERE email = 'ines@example.org' ORDER BY person_key"
    ).fetchall()
    (first_id, first_key), (later_id, later_key) = rows
    assert later_key == f"{first_key}~{later_id}"
    for station, person_id, phone in ((b, later_id, "06 12 34 56 78"), (a, later_id, "06 98 76 54 32")):
        person = station.roster.volunteer(person_id)
        station.roster.update_volunteer(replace(person, phone=phone, organisation="Atelier"))
        net.converge()
    a.roster.update_volunteer(replace(a.roster.volunteer(first_id), diet="végétarien"))
    net.converge()
    same_everywhere(net)
    for station in net.stations:
        keys = dict(station.db.execute("SELECT id, person_key FROM volunteers WHERE id IN (?, ?)", [first_id, later_id]))
        assert keys == {first_id: first_key, later_id: later_key}
        assert station.roster.volunteer(later_id).organisation == "Atelier"
    # a new e-mail gives the person a key of their own, everywhere
    b.roster.update_volunteer(replace(b.roster.volunteer(later_id), email="ines.martin@example.org"))
    net.converge()
    same_everywhere(net)
    for station in net.stations:
        assert station.roster.volunteer(later_id).email == "ines.martin@example.org"
        assert station.db.execute("SELECT person_key FROM volunteers WHERE id = ?", [later_id]).fetchone() == (
            "email:ines.martin@example.org",
        )


def test_editing_a_structure_whose_name_a_collision_settled(net: Network, clocks: list[FixedClock]) -> None:
    from probono_desk.storage import roster as roster_store

    a, b = net.stations[0], net.stations[1]
    a.roster.add_structure("Les Restos du Quartier")
    clocks[1].advance(seconds=2)
    later = b.roster.add_structure("Les Restos du Quartier")
    net.converge()
    key = b.db.execute("SELECT name_key FROM structures WHERE id = ?", [later.id]).fetchone()[0]
    assert key.endswith(f"~{later.id}")
    with b.write() as w:  # the import's path: a structure written again whole
        roster_store.upsert_structure(w.db, replace(b.roster.structure(later.id), city="Roubaix"))
    net.converge()
    same_everywhere(net)
    for station in net.stations:
        assert station.roster.structure(later.id).city == "Roubaix"
        assert station.db.execute("SELECT name_key FROM structures WHERE id = ?", [later.id]).fetchone() == (key,)
