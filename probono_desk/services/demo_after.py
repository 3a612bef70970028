"""The demo event as it stands after the day (``probono-desk demo EVENT --after-the-day``, « Démo : après la
journée »): the day run through the real services on a clock set to its date, then the Trail.

On 5 December 2019: 40 of the 50 registered volunteers and two walk-ins check in between 8h31 and 9h24; the
clock starts at 8h58 and the afternoon is delayed 10 minutes; every team ticks its milestones (two spend a while
« à surveiller »), writes its deliverable, has it validated by the referent and, after its readout, by the
structure; each team names a Trail pair of present members; about thirty volunteers and the five structures
answer the questionnaires. After the day: each structure's checklist is imported from its deliverable, and
tables 4 and 5 follow their Trail as in the default demo, their sessions held by their Trail pair.

Every choice is drawn from one seeded generator: the same file content (names, times, answers) every time.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from probono_desk.core.checkin import CheckedIn
from probono_desk.core.clock import FixedClock
from probono_desk.core.deliverables import DeliverableState, DeliverableText
from probono_desk.core.evaluations import Audience
from probono_desk.core.missions import TeamStatus
from probono_desk.core.models import Structure, Volunteer
from probono_desk.core.schedule import PhaseKind
from probono_desk.core.trail import RecoState
from probono_desk.services import demo_after_content as content
from probono_desk.services.demo_trail import write_diagnostics, write_trails
from probono_desk.services.trail import TrailChoice
from probono_desk.services.trail_followup import TrailFollowupService

if TYPE_CHECKING:
    from probono_desk.services.event import Event

SEED = 20191205
PREPARATION = datetime(2019, 11, 28, 14, 0)  # the organiser builds the event a week before
FIRST_ARRIVAL = time(8, 31, 12)
LAST_ARRIVAL = time(9, 24, 40)
CLOCK_START = time(8, 58)
AFTERNOON_DELAY_MIN = 10
SCAN_SHARE = 0.8  # the others have no badge with them: found by name
VOLUNTEER_ANSWERS = 6  # per team, at the kiosk
# milestone index -> planned minute of the day it is ticked (before the team's own lead or lag)
TICK_AT = (10 * 60 + 4, 11 * 60 + 8, 11 * 60 + 52, 12 * 60 + 24, 15 * 60 + 38, 16 * 60 + 2)


def preparation_clock() -> FixedClock:
    return FixedClock(PREPARATION)


@dataclass(order=True)
class _Step:
    at: datetime
    seq: int
    run: Callable[[], object] = field(compare=False)


class _Day:
    """The day's actions, gathered with their moments, then played in time order on the event's clock."""

    def __init__(self, event: Event, clock: FixedClock) -> None:
        self.event = event
        self.clock = clock
        self.day = date.fromisoformat(event.info.date)
        self.steps: list[_Step] = []

    def at(self, hhmm: str | time, run: Callable[[], object], seconds: int = 0) -> None:
        moment = hhmm if isinstance(hhmm, time) else time.fromisoformat(hhmm)
        when = datetime.combine(self.day, moment) + timedelta(seconds=seconds)
        self.steps.append(_Step(when, len(self.steps), run))

    def play(self) -> None:
        for step in sorted(self.steps):
            self.clock.set(step.at)
            step.run()
        self.steps = []


def write_after_the_day(event: Event) -> None:
    """Diagnostics, the day, the Trail pairs, the checklists and the Trail of tables 4 and 5 (see the module)."""
    clock = event.clock
    assert isinstance(clock, FixedClock), "the after-the-day demo is written on its own clock"
    rng = random.Random(SEED)
    write_diagnostics(event)
    structures = event.roster.structures()
    day = _Day(event, clock)
    _arrivals(day, rng, structures)
    _clock_run(day)
    for position, structure in enumerate(structures):
        _mission(day, rng, structure, position)
    day.play()
    _trail_pairs(day, rng, structures)
    _evaluations(day, rng, structures)
    day.play()
    _after(event, clock, structures)


# --- the morning -------------------------------------------------------------------------------------------------


def _members(event: Event, structure_id: str) -> list[Volunteer]:
    """A team in name order (ids are random: never an order to draw from)."""
    team = [v for v in event.roster.volunteers() if v.structure_id == structure_id]
    return sorted(team, key=lambda v: (v.last_name, v.first_name))


def _arrival_times(rng: random.Random, count: int) -> list[time]:
    """A rush a quarter of an hour before nine, a few stragglers until half past; first and last as announced."""
    low = datetime.combine(date.min, FIRST_ARRIVAL)
    high = datetime.combine(date.min, LAST_ARRIVAL)
    span = (high - low).total_seconds()
    drawn = sorted(rng.triangular(0, span, span * 0.3) for _ in range(count - 2))
    return [FIRST_ARRIVAL, *((low + timedelta(seconds=int(s))).time() for s in drawn), LAST_ARRIVAL]


def _arrivals(day: _Day, rng: random.Random, structures: list[Structure]) -> None:
    event = day.event
    coming: list[Volunteer] = []
    for structure, missing in zip(structures, content.NO_SHOWS, strict=False):
        team = _members(event, structure.id)
        absent = set(rng.sample(range(len(team)), min(missing, len(team))))
        coming += [v for i, v in enumerate(team) if i not in absent]
    coming += [v for v in event.roster.volunteers() if v.structure_id is None]  # anyone without a team
    rng.shuffle(coming)
    times = _arrival_times(rng, len(coming) + len(content.WALK_INS))
    walk_in_slots = {len(times) * 2 // 5: 0, len(times) * 4 // 5: 1}  # 8h50 or so, and a late one
    people = iter(coming)
    for slot, moment in enumerate(times):
        if slot in walk_in_slots:
            details = content.WALK_INS[walk_in_slots[slot]]
            day.at(moment, partial(_walk_in, event, details))
            continue
        volunteer = next(people)
        by_scan = rng.random() < SCAN_SHARE
        day.at(moment, partial(_check_in, event, volunteer, by_scan))


def _check_in(event: Event, volunteer: Volunteer, by_scan: bool) -> None:
    if by_scan:
        outcome = event.checkin.scan(event.checkin.code_of(volunteer.id))
    else:
        outcome = event.checkin.check_in_volunteer(volunteer.id, method="search")
    assert isinstance(outcome, CheckedIn), outcome


def _walk_in(event: Event, details: dict[str, Any]) -> None:
    outcome = event.checkin.register_walk_in(**details)
    proposal = event.teams.propose_for(outcome.volunteer_id)
    if proposal is not None:
        event.teams.accept_proposal(proposal)


def _clock_run(day: _Day) -> None:
    """Started at 8h58; during lunch the afternoon is pushed back 10 minutes, said on the projector."""
    schedule = day.event.schedule
    plan = schedule.plan()
    lunch = next(i for i, p in enumerate(plan.phases) if p.kind is PhaseKind.BREAK and p.start >= 12 * 3600)
    afternoon = plan.phases[lunch + 1]
    resume = afternoon.start // 60 + AFTERNOON_DELAY_MIN
    notice = f"{resume // 60}h{resume % 60:02d}"
    day.at(CLOCK_START, schedule.start)
    day.at("12:52", lambda: schedule.shift(AFTERNOON_DELAY_MIN, afternoon.id))
    day.at("12:53", lambda: schedule.message(f"Reprise à {notice} : le déjeuner est prolongé de 10 minutes."))
    day.at("13:42", lambda: schedule.message(""))


def _hm(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


def _readout_end(day: _Day, position: int) -> int:
    """Minute of the day the team's readout ends (the plan's slots, after the afternoon's delay)."""
    plan = day.event.schedule.plan()
    readout = plan.readout_phase()
    assert readout is not None
    start = readout.start + (position + 1) * plan.readouts.slot_s
    return start // 60 + AFTERNOON_DELAY_MIN


def _mission(day: _Day, rng: random.Random, structure: Structure, position: int) -> None:
    """Milestones, status, notes and the deliverable of one team, each at its moment."""
    event = day.event
    sid = structure.id
    table = position + 1
    referent = structure.referent_name
    milestones = event.missions.milestones()
    lead = rng.randint(-6, 8)  # minutes ahead (-) or behind (+) the others, all day
    for index, milestone in enumerate(milestones[: len(TICK_AT)]):
        minute = TICK_AT[index] + lead + rng.randint(-4, 4) + (AFTERNOON_DELAY_MIN if TICK_AT[index] > 13 * 60 else 0)
        day.at(_hm(minute), partial(event.missions.tick, sid, milestone.id, by=referent))
    day.at(_hm(TICK_AT[0] + lead + 5), lambda: event.missions.set_status(sid, TeamStatus.ON_TRACK, by=referent))
    if table in content.WATCH:
        start, end = content.WATCH[table]
        day.at(start, lambda: event.missions.set_status(sid, TeamStatus.WATCH, by=referent), seconds=30)
        day.at(end, lambda: event.missions.set_status(sid, TeamStatus.ON_TRACK, by=referent), seconds=30)
    for hhmm, note in content.NOTES[position] if position < len(content.NOTES) else ():
        day.at(hhmm, partial(event.missions.add_note, sid, note, author=referent))
    if position >= len(content.DELIVERABLES):
        return
    d = content.DELIVERABLES[position]
    drafts = (
        DeliverableText(d.title, d.kind, d.summary.split(". ")[0] + "."),
        DeliverableText(d.title, d.kind, d.summary, d.recommendations_text(2)),
        DeliverableText(d.title, d.kind, d.summary, d.recommendations_text(), d.next_steps),
    )
    for hhmm, draft in zip(("11:40", "14:55", "16:02"), drafts, strict=True):
        day.at(hhmm, partial(event.deliverables.save, sid, draft, keep_version=True), seconds=position * 97)
    done = _readout_end(day, position)
    ladder = (
        ("16:14", DeliverableState.SUBMITTED, ""),
        ("16:19", DeliverableState.VALIDATED_REFERENT, ""),
        (_hm(done + 1), DeliverableState.VALIDATED_STRUCTURE, structure.representative_1),
    )
    for when, state, by in ladder:
        day.at(when, partial(event.deliverables.set_state, sid, state, validated_by=by), seconds=position * 23)
    handed = milestones[len(TICK_AT)] if len(milestones) > len(TICK_AT) else None
    if handed is not None:
        day.at(_hm(done + 2), lambda: event.missions.tick(sid, handed.id, by=referent))


# --- the end of the day ----------------------------------------------------------------------------------------


def _trail_pairs(day: _Day, rng: random.Random, structures: list[Structure]) -> None:
    """Each team names its Trail pair among its present members, with their availability and agreement."""
    event = day.event
    present = event.status.present_ids()
    for position, structure in enumerate(structures):
        here = [v for v in _members(event, structure.id) if v.id in present]
        size = content.TRAIL_SIZES[position % len(content.TRAIL_SIZES)]
        chosen = rng.sample(here, min(size, len(here)))
        choices = [
            TrailChoice(v.id, availability=rng.choice(content.AVAILABILITY), agrees_contact=True) for v in chosen
        ]
        meeting, place = content.FIRST_MEETINGS[position % len(content.FIRST_MEETINGS)]
        day.at(
            _hm(_readout_end(day, len(structures) - 1) + 4 + position),
            partial(event.trail.save, structure.id, choices, first_meeting=meeting, first_meeting_place=place),
        )


def _evaluations(day: _Day, rng: random.Random, structures: list[Structure]) -> None:
    """The kiosk goes around: six volunteers of each team, then each structure's representative."""
    event = day.event
    start = _readout_end(day, len(structures) - 1)
    for position, structure in enumerate(structures):
        for n in range(VOLUNTEER_ANSWERS):
            answers: dict[str, object] = {
                "satisfaction": rng.choices((3, 4, 5), weights=(2, 5, 7))[0],
                "useful": rng.random() < 0.9,
                "again": rng.random() < 0.85,
            }
            if rng.random() < 0.3:
                answers["comment"] = rng.choice(content.VOLUNTEER_COMMENTS)
            day.at(
                _hm(start + 3 + n * 3 + position // 2),
                partial(event.evaluations.submit, Audience.VOLUNTEERS, structure.id, answers),
                seconds=position * 31,
            )
        answers = {
            "objectives": rng.choice((3, 4, 4)),
            "usefulness": rng.choice((3, 4, 4)),
            "comment": content.STRUCTURE_COMMENTS[position % len(content.STRUCTURE_COMMENTS)],
        }
        day.at(
            _hm(start + 20 + position),
            partial(event.evaluations.submit, Audience.STRUCTURES, structure.id, answers),
        )


# --- after the day -------------------------------------------------------------------------------------------


def _after(event: Event, clock: FixedClock, structures: list[Structure]) -> None:
    """The checklists imported from the deliverables the Monday after; tables 1-3 give theirs owners and dates at
    the Trail's first meeting and move some items on; the Trail of tables 4 and 5, its sessions held by the Trail
    pair."""
    followup = TrailFollowupService(event)

    def on(day: str, hour: int = 10) -> None:
        clock.set(datetime.combine(date.fromisoformat(day), time(hour)))

    on("2019-12-09", 9)
    for s in structures:
        followup.import_recommendations(s.id)
    moves: list[tuple[str, str, RecoState]] = []  # (date, item id, state)
    for s, plan, (meeting, _place) in zip(structures, content.CHECKLIST_PLANS, content.FIRST_MEETINGS, strict=False):
        on(meeting[:10], 20)
        owners = ("", s.representative_1, s.representative_2)
        for reco, (owner, target, state, when) in zip(followup.recommendations(s.id), plan, strict=False):
            followup.update_recommendation(reco.id, owner=owners[owner], target_date=target)
            if state:
                moves.append((when, reco.id, RecoState(state)))
    for when, reco_id, state in sorted(moves):
        on(when, 17)
        followup.update_recommendation(reco_id, state=state)

    def pair(ev: Event, structure_id: str, n: int) -> list[str]:
        return [m.name for m in ev.trail.plan(structure_id).members[:n]]

    write_trails(event, names=pair, on_date=on)
