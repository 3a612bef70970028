"""The day plan drives the teams and missions: when check-in closes, and which milestone is due at each moment
(delays carried forward), so the overview highlights teams behind the plan."""

from __future__ import annotations

from datetime import datetime

import pytest

from probono_desk.core.clock import FixedClock
from probono_desk.core.missions import Alert
from probono_desk.core.schedule import PhaseKind
from probono_desk.services.event import Event


def at(hh: int, mm: int) -> datetime:
    return datetime(2019, 12, 5, hh, mm)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(8, 45), None),
        (at(10, 14), None),
        (at(10, 15), 0),  # cadrage: end of "Cadrage en équipes"
        (at(11, 20), 1),  # diagnostic partagé: end of "Découverte avec la structure"
        (at(12, 31), 3),  # pistes and choix de l'angle: end of "Choix de l'angle"
        (at(15, 31), 4),  # production
        (at(16, 16), 5),  # restitution prête: end of "Finalisation et répétition"
        (at(16, 51), 6),  # livrable remis: end of "Restitutions"
    ],
)
def test_expected_milestone_follows_the_day_plan(demo: Event, clock: FixedClock, moment, expected) -> None:
    clock.set(moment)
    assert demo.missions.expected_now() == expected


def test_overview_highlights_teams_behind_the_plan(demo: Event, clock: FixedClock) -> None:
    first, second, *_ = demo.roster.structures()
    cadrage, diagnostic, *_ = demo.missions.milestones()
    clock.set(at(10, 5))
    demo.missions.tick(first.id, cadrage.id)
    demo.missions.tick(second.id, cadrage.id)
    clock.set(at(11, 10))
    demo.missions.tick(second.id, diagnostic.id)

    clock.set(at(11, 20))
    rows = {o.structure.id: o for o in demo.missions.overview(demo.missions.expected_now())}
    assert rows[first.id].progress.behind == 1 and rows[first.id].progress.alert is Alert.WATCH
    assert rows[second.id].progress.behind == 0 and rows[second.id].progress.alert is Alert.OK
    others = [o for sid, o in rows.items() if sid not in (first.id, second.id)]
    assert all(o.progress.behind == 2 and o.progress.alert is Alert.HELP for o in others)

    clock.set(at(12, 31))
    rows = {o.structure.id: o for o in demo.missions.overview(demo.missions.expected_now())}
    assert rows[second.id].progress.behind == 2 and rows[second.id].progress.alert is Alert.HELP


def test_a_late_day_moves_the_deadlines(demo: Event, clock: FixedClock) -> None:
    clock.set(at(9, 40))
    demo.schedule.start()
    demo.schedule.add_minutes(15)  # the cadrage runs late: it now ends at 10:30
    clock.set(at(10, 20))
    assert demo.missions.expected_now() is None
    clock.set(at(10, 31))
    assert demo.missions.expected_now() == 0


def test_renamed_or_custom_milestones(demo: Event, clock: FixedClock) -> None:
    custom = demo.missions.add_milestone("café", position=0)
    assert custom.position == 0
    clock.set(at(10, 16))
    assert demo.missions.expected_now() == 1  # "cadrage" is now second; the custom step has no deadline


def test_checkin_closes_when_the_teams_start_work(demo: Event, clock: FixedClock) -> None:
    assert demo.schedule.checkin_closes() == at(9, 30)  # "Cadrage en équipes", the first team-work phase
    plan = demo.schedule.plan()
    for phase in plan.phases:
        if phase.kind.value == "travail":
            demo.schedule.update_phase(phase.id, kind=PhaseKind.BREAK)  # no team work at all in this plan
    assert demo.schedule.checkin_closes() == at(9, 0)  # then the end of "Accueil et check-in"
    accueil = demo.schedule.plan().phases[0]
    demo.schedule.update_phase(accueil.id, title="Arrivées")  # no check-in phase either: first plenary + 30 min
    assert demo.schedule.checkin_closes() == at(9, 0)  # "Arrivées" is a plenary starting 8h30


def test_checkin_closes_falls_back_to_half_past_nine(event: Event) -> None:
    assert event.schedule.plan().phases == ()
    assert event.schedule.checkin_closes() == at(9, 30)
