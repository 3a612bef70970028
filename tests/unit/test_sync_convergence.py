"""Convergence, proved by hypothesis: three stations make random changes through the real services while the
network splits them at random and delivers change sets late, out of order and twice; once every station has seen
every set, all three hold the same business content."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from probono_desk.core.clock import FixedClock
from probono_desk.core.deliverables import DeliverableText
from probono_desk.core.errors import ProbonoError
from probono_desk.core.missions import TeamStatus
from probono_desk.services.event import Event
from probono_desk.sync import feed
from tests.unit.sync_stations import Network, open_copy, seed_file

STATIONS = 3
WALK_INS = [("Inès", "Martin"), ("Jean", "Dupont"), ("Chloé", "Bernard")]

operation = st.one_of(
    st.tuples(st.just("checkin"), st.integers(0, 2), st.integers(0, 7)),
    st.tuples(st.just("cancel"), st.integers(0, 2), st.integers(0, 7)),
    st.tuples(st.just("move"), st.integers(0, 2), st.integers(0, 7), st.integers(-1, 4)),
    st.tuples(st.just("tick"), st.integers(0, 2), st.integers(0, 4), st.integers(0, 3)),
    st.tuples(st.just("untick"), st.integers(0, 2), st.integers(0, 4), st.integers(0, 3)),
    st.tuples(st.just("note"), st.integers(0, 2), st.integers(0, 4), st.text("abc é", max_size=6)),
    st.tuples(st.just("deliverable"), st.integers(0, 2), st.integers(0, 4), st.text("xyz", max_size=5)),
    st.tuples(st.just("attach"), st.integers(0, 2), st.integers(0, 4), st.binary(min_size=1, max_size=20)),
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 7), st.sampled_from(["0611", "0622", ""])),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 7)),
    st.tuples(st.just("walk_in"), st.integers(0, 2), st.integers(0, 2)),
    st.tuples(st.just("reissue"), st.integers(0, 2), st.integers(0, 7)),
    st.tuples(st.just("status"), st.integers(0, 2), st.integers(0, 4), st.sampled_from(list(TeamStatus))),
    st.tuples(st.just("rename"), st.integers(0, 2), st.integers(0, 3), st.sampled_from(["Accueil", "Cadrage"])),
    st.tuples(st.just("clock"), st.integers(0, 2), st.sampled_from(["start", "pause", "plus5"])),
    st.tuples(st.just("wait"), st.integers(0, 2), st.integers(0, 90)),
    # the network: a station receives a random sample of the stream (late, shuffled, some twice)
    st.tuples(st.just("sync"), st.integers(0, 2), st.randoms(use_true_random=False)),
)


def run(event: Event, op: tuple, people: list[str], teams: list[str], milestones: list[str]) -> None:  # type: ignore[type-arg]
    kind = op[0]
    if kind == "checkin":
        event.checkin.check_in_volunteer(people[op[2]])
    elif kind == "cancel":
        event.checkin.cancel_checkin(people[op[2]])
    elif kind == "move":
        event.teams.move(people[op[2]], None if op[3] < 0 else teams[op[3]])
    elif kind == "tick":
        event.missions.tick(teams[op[2]], milestones[op[3]])
    elif kind == "untick":
        event.missions.untick(teams[op[2]], milestones[op[3]])
    elif kind == "note":
        event.missions.add_note(teams[op[2]], op[3] or "n")
    elif kind == "deliverable":
        event.deliverables.save(teams[op[2]], DeliverableText(title=op[3], summary=op[3] * 2))
    elif kind == "attach":
        event.deliverables.add_attachment_bytes(teams[op[2]], "pièce.txt", op[3], "text/plain")
    elif kind == "edit":
        volunteer = event.roster.volunteer(people[op[2]])
        event.roster.update_volunteer(replace(volunteer, phone=op[3], organisation=f"org {op[1]}"))
    elif kind == "delete":
        event.privacy.delete_volunteer(people[op[2]])
    elif kind == "walk_in":
        first, last = WALK_INS[op[2]]
        event.checkin.register_walk_in(first_name=first, last_name=last, email=f"{first[0]}.{last}@example.org")
    elif kind == "reissue":
        event.checkin.reissue(people[op[2]])
    elif kind == "status":
        event.missions.set_status(teams[op[2]], op[3])
    elif kind == "rename":
        event.missions.rename_milestone(milestones[op[2]], op[3])
    elif kind == "clock":
        {"start": event.schedule.start, "pause": event.schedule.pause, "plus5": lambda: event.schedule.add_minutes(5)}[
            op[2]
        ]()


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed_file(tmp_path_factory.mktemp("sync-seed"))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(operation, min_size=1, max_size=30), skews=st.lists(st.integers(-30, 30), min_size=3, max_size=3))
def test_three_stations_converge_whatever_the_order(seed: Path, ops: list[tuple], skews: list[int]) -> None:  # type: ignore[type-arg]
    start = datetime(2019, 12, 5, 9, 0)
    clocks = [FixedClock(start + timedelta(seconds=skew)) for skew in skews]  # laptops never agree on the time
    net = Network([open_copy(seed, f"porte-{i}", clocks[i]) for i in range(STATIONS)])
    try:
        first = net.stations[0]
        people = [v.id for v in first.roster.volunteers()[:8]]
        teams = [s.id for s in first.roster.structures()[:5]]
        milestones = [m.id for m in first.missions.milestones()[:4]]
        for op in ops:
            station = op[1]
            if op[0] == "wait":
                clocks[station].advance(seconds=op[2])
                continue
            if op[0] == "sync":
                rnd: random.Random = op[2]
                net.publish_all()
                sample = [cs for cs in net.stream if rnd.random() < 0.6]
                sample += rnd.sample(sample, len(sample) // 3)  # replays
                rnd.shuffle(sample)
                net.deliver(station, sample)
                continue
            clocks[station].advance(seconds=1)
            try:
                run(net.stations[station], op, people, teams, milestones)
            except ProbonoError:
                pass  # refused (a person deleted here already...): the file is unchanged
        net.converge()
        dumps = [feed.canonical_dump(s.db) for s in net.stations]
        for other in dumps[1:]:
            for table in dumps[0]:
                assert other[table] == dumps[0][table], table
        # and nothing is doubled: one active check-in per person, every journal entry once
        for event in net.stations:
            assert event.db.execute(
                "SELECT COUNT(*) FROM (SELECT volunteer_id FROM checkins WHERE undone_at IS NULL "
                "GROUP BY volunteer_id HAVING COUNT(*) > 1)"
            ).fetchone() == (0,)
    finally:
        net.close()
