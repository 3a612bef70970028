"""The after-the-day demo: the day run through the services (arrivals, clock, milestones, deliverables, Trail
pairs, questionnaires), then the Trail; and the bilan it gives shows real numbers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from probono_desk.core.clock import FixedClock
from probono_desk.core.deliverables import DeliverableState
from probono_desk.core.evaluations import Audience
from probono_desk.core.schedule_run import OpKind
from probono_desk.core.trail import EntryKind, recommendations_from_text
from probono_desk.core.trail_hours import hours_text
from probono_desk.services.demo import write_demo
from probono_desk.services.event import Event
from probono_desk.services.trail_bilan import gather, render_bilan
from probono_desk.services.trail_followup import TrailFollowupService
from probono_desk.services.trail_midterm import MidtermService

AFTER = datetime(2020, 2, 24, 10, 0)


def write_after(path: Path) -> Event:
    return write_demo(path, clock=FixedClock(AFTER), station="test-poste", language="fr", after_the_day=True)


@pytest.fixture(scope="module")
def after(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Event]:
    ev = write_after(tmp_path_factory.mktemp("after") / "apres.probono")
    yield ev
    ev.close()


def fingerprint(ev: Event) -> tuple[object, ...]:
    """What the demo says, without the random ids: who came when, who is in the Trail, what was answered."""
    names = {v.id: v.name for v in ev.roster.volunteers()}
    arrivals = sorted((at, names[vid]) for vid, at in ev.checkin.arrivals().items())
    pairs = [tuple(m.name for m in p.members) for p in ev.trail.plans()]
    answers = [(a.at, sorted(a.answers.items())) for a in ev.evaluations.answers()]
    return arrivals, pairs, sorted(answers, key=str)


def test_the_day_is_in_the_file(after: Event) -> None:
    summary = after.status.summary()
    assert summary["present"] == 42
    assert summary["volunteers"] == 52  # the 50 registered and the two walk-ins
    walk_ins = [v for v in after.roster.volunteers() if v.walk_in]
    assert len(walk_ins) == 2 and all(v.structure_id for v in walk_ins)  # each placed in a team
    present = after.status.present_ids()
    assert {v.id for v in walk_ins} <= present
    times = sorted(after.checkin.arrivals().values())
    assert times[0].startswith("2019-12-05T08:31") and times[-1].startswith("2019-12-05T09:24")
    assert sum(1 for t in times if t < "2019-12-05T09:00") > len(times) // 2  # most came before nine

    ops = after.schedule.operations()
    start = next(op for op in ops if op.kind is OpKind.START)
    assert start.at == datetime(2019, 12, 5, 8, 58)
    assert any(op.kind is OpKind.SHIFT and op.seconds == 600 for op in ops)
    afternoon = next(t for t in after.schedule.at(datetime(2019, 12, 5, 13, 35)).timings if t.planned_start.hour == 13)
    assert afternoon.start - afternoon.planned_start == timedelta(minutes=10)

    milestones = after.missions.milestones()
    for s in after.roster.structures():
        assert set(after.missions.ticks(s.id)) == {m.id for m in milestones}, s.name
    overview = after.missions.overview()
    assert all(o.progress.done == len(milestones) for o in overview)

    deliverables = after.deliverables.all()
    assert len(deliverables) == 5
    for s in after.roster.structures():
        d = deliverables[s.id]
        assert d.state is DeliverableState.VALIDATED_STRUCTURE and d.validated_by == s.representative_1
        assert d.text.title and d.text.summary and recommendations_from_text(d.text.recommendations)


def test_every_team_has_a_trail_pair_of_present_members(after: Event) -> None:
    present = after.status.present_ids()
    for s in after.roster.structures():
        plan = after.trail.plan(s.id)
        assert 2 <= len(plan.members) <= 3, s.name
        for m in plan.members:
            assert m.volunteer_id in present and m.agrees_contact and m.availability
            assert after.roster.volunteer(m.volunteer_id).structure_id == s.id
        assert plan.first_meeting.startswith("2019-12-")


def test_questionnaires_from_thirty_volunteers_and_the_five_structures(after: Event) -> None:
    volunteers = after.evaluations.answers(Audience.VOLUNTEERS)
    structures = after.evaluations.answers(Audience.STRUCTURES)
    assert len(volunteers) == 30
    assert sorted(a.structure_id for a in structures) == sorted(s.id for s in after.roster.structures())
    assert all(a.at.startswith("2019-12-05T17:") for a in [*volunteers, *structures])
    satisfaction = [a.answers["satisfaction"] for a in volunteers]
    assert 3.5 < sum(satisfaction) / len(satisfaction) <= 5


def test_the_trail_of_tables_4_and_5_follows_the_deliverable_and_the_pair(after: Event) -> None:
    followup = TrailFollowupService(after)
    deliverables = after.deliverables.all()
    structures = after.roster.structures()
    for s in structures:  # the Parcours imported each checklist from the deliverable
        wanted = recommendations_from_text(deliverables[s.id].text.recommendations)
        assert [r.text for r in followup.recommendations(s.id)] == wanted, s.name
    for s in structures[3:]:
        pair = {m.volunteer_id: m.name for m in after.trail.plan(s.id).members}
        sessions = [e for e in followup.entries(s.id) if e.kind is EntryKind.SESSION]
        assert len(sessions) >= 2
        for e in sessions:
            volunteers = {p.volunteer_id: p.name for p in e.participants if p.volunteer_id}
            assert volunteers and set(volunteers) <= set(pair) and all(pair[v] == n for v, n in volunteers.items())
    assert MidtermService(after).latest(structures[3].id) is not None
    assert after.clock.now() == AFTER  # the event handed back runs on the caller's clock


def test_the_bilan_shows_the_day_the_deliverables_and_the_trail(after: Event, tmp_path: Path) -> None:
    bilan = gather(after)
    assert bilan.hours.day_people == 42 and bilan.hours.day_minutes > 42 * 6 * 60
    assert bilan.hours.trail_minutes > 0
    out = render_bilan(after, tmp_path / "bilan.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert hours_text(bilan.hours.day_minutes) in text
    assert "pas encore renseigné" not in text and "pas encore désigné" not in text
    deliverables = after.deliverables.all()
    for s in after.roster.structures():
        assert deliverables[s.id].text.title in text, s.name
        names = ", ".join(m.name for m in after.trail.plan(s.id).members)
        assert names in text, s.name
    assert "aucune réponse" not in text


def test_the_same_demo_every_time(after: Event, tmp_path: Path) -> None:
    again = write_after(tmp_path / "encore.probono")
    try:
        assert fingerprint(again) == fingerprint(after)
    finally:
        again.close()


def test_the_default_demo_is_still_the_day_before(demo: Event) -> None:
    assert demo.status.summary()["present"] == 0
    assert demo.deliverables.all() == {}
    assert all(not p.members for p in demo.trail.plans())


def test_two_demos_in_the_same_second_get_two_files() -> None:
    """The start page's two demo buttons clicked within one second: the second demo gets its own file (it was
    refused as « already exists » and no window opened)."""
    from probono_desk.services.demo import fresh_demo_path, write_demo

    first = fresh_demo_path()
    write_demo(first).close()
    second = fresh_demo_path()
    assert second != first and not second.exists()
    write_demo(second).close()
    assert first.exists() and second.exists()
