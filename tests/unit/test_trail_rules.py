"""The pure rules of the path after the day: reminders (quiet for three weeks, past the end with open
recommendations), the volunteer hours counted (the mécénat de compétences figure), parsing what people type,
the deliverable's recommendations as a checklist, and the diagnostic's release rule."""

from __future__ import annotations

from datetime import date

import pytest

from probono_desk.core.errors import InvalidInput
from probono_desk.core.trail import (
    EntryKind,
    FlagKind,
    Participant,
    Recommendation,
    RecoState,
    SessionFormat,
    TrailEntry,
    TrailFacts,
    clean_needs,
    count_recommendations,
    parse_duration,
    parse_format,
    parse_state,
    recommendations_from_text,
    reminders,
)
from probono_desk.core.trail_hours import HOURS_RULE, count_hours, day_length, day_minutes, hours_text
from probono_desk.services.trail_followup import diagnostic_may_leave

HALVES = [("09:00", "12:30"), ("13:30", "17:00")]  # the usual day: 7 h


def session(day: str, *, volunteers: int = 2, minutes: int = 60, next_date: str = "", kind=EntryKind.SESSION):
    people = tuple(Participant(f"B{i}", f"v{i}") for i in range(volunteers)) + (Participant("Rep"),)
    return TrailEntry(f"e{day}", "s1", day, kind, SessionFormat.VIDEO, minutes, people, next_date=next_date,
                      next_step="point")  # fmt: skip


def facts(*sessions: TrailEntry, open_recos: int = 0, members: bool = True) -> TrailFacts:
    return TrailFacts("s1", "Garage", "2019-12-06", "2020-02-29", members, tuple(sessions), open_recos)


# --- reminders ---------------------------------------------------------------------------------------------------


def test_a_trail_is_flagged_after_three_weeks_without_a_session() -> None:
    trail = facts(session("2020-01-08"))
    assert reminders([trail], date(2020, 1, 28)).flags == ()  # 20 days
    [flag] = reminders([trail], date(2020, 1, 29)).flags  # 21 days
    assert (flag.kind, flag.days, flag.since) == (FlagKind.QUIET, 21, "2020-01-08")


def test_a_new_session_silences_the_reminder_but_a_referent_note_does_not() -> None:
    note = session("2020-01-28", kind=EntryKind.NOTE)
    assert reminders([facts(session("2020-01-08"), note)], date(2020, 1, 30)).flags  # a note is not a session
    assert not reminders([facts(session("2020-01-08"), session("2020-01-28"))], date(2020, 1, 30)).flags


def test_without_any_session_the_silence_counts_from_the_trail_start() -> None:
    assert not reminders([facts()], date(2019, 12, 26)).flags  # 20 days after the start
    [flag] = reminders([facts()], date(2019, 12, 27)).flags
    assert flag.kind is FlagKind.QUIET and flag.since == "2019-12-06"


def test_past_the_end_with_open_recommendations_is_flagged_not_without() -> None:
    trail = facts(session("2020-02-20"), open_recos=2)
    [flag] = reminders([trail], date(2020, 3, 2)).flags
    assert (flag.kind, flag.days, flag.open_recommendations) == (FlagKind.OVERDUE, 2, 2)
    assert reminders([facts(session("2020-02-20"), open_recos=0)], date(2020, 3, 2)).flags == ()
    assert reminders([trail], date(2020, 2, 29)).flags == ()  # the last day is still within the Trail


def test_a_structure_without_trail_is_never_flagged() -> None:
    assert reminders([facts(members=False)], date(2020, 3, 30)).flags == ()


def test_upcoming_lists_each_trail_next_planned_session_in_date_order() -> None:
    a = facts(session("2020-01-08", next_date="2020-01-29"))
    b = TrailFacts("s2", "Amiens", "2019-12-06", "2020-02-29", True, (session("2020-01-07", next_date="2020-01-21"),))
    upcoming = reminders([a, b], date(2020, 1, 25)).upcoming
    assert [(u.name, u.date, u.late) for u in upcoming] == [
        ("Amiens", "2020-01-21", True),
        ("Garage", "2020-01-29", False),
    ]


# --- hours -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arrival", "minutes"),
    [
        ("08:30", 420),  # early: capped at the day's 7 h
        ("09:00", 420),
        ("2019-12-05T10:00:00", 360),  # an ISO check-in time
        ("12:45", 210),  # during lunch: the afternoon only
        ("16:00", 60),
        ("17:30", 0),  # after the end
    ],
)
def test_day_hours_run_from_arrival_to_the_end_lunch_excluded_capped_at_the_day(arrival: str, minutes: int) -> None:
    assert day_minutes(arrival, HALVES) == minutes
    assert day_minutes(arrival, HALVES) <= day_length(HALVES) == 420


def test_trail_hours_count_each_volunteer_present_and_notes_count_nothing() -> None:
    entries = [
        session("2019-12-12", volunteers=3, minutes=150),  # 3 volunteers × 2 h 30
        session("2020-01-08", volunteers=2, minutes=90),  # 2 × 1 h 30 (the structure's people do not count)
        session("2020-01-20", volunteers=2, minutes=60, kind=EntryKind.NOTE),
    ]
    hours = count_hours(["08:50", "09:30", "17:10"], HALVES, entries)
    assert hours.day_minutes == 420 + 390 + 0 and hours.day_people == 2
    assert hours.trail_minutes == 3 * 150 + 2 * 90 and hours.sessions == 2 and hours.trail_people == 3
    assert hours_text(hours.total_minutes) == "24 h 00".replace(" 00", "")
    assert "{day_length}" in HOURS_RULE and "pause déjeuner déduite" in HOURS_RULE


# --- what people type --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fmt"),
    [("visio", SessionFormat.VIDEO), ("Téléphone", SessionFormat.PHONE), ("telephone", SessionFormat.PHONE),
     ("séance collective", SessionFormat.COLLECTIVE), ("seance_collective", SessionFormat.COLLECTIVE),
     ("Rendez-vous", SessionFormat.MEETING)],
)  # fmt: skip
def test_formats_are_read_as_people_write_them(text: str, fmt: SessionFormat) -> None:
    assert parse_format(text) is fmt


def test_unknown_format_state_or_duration_is_refused_with_the_choices() -> None:
    with pytest.raises(InvalidInput, match="visio"):
        parse_format("fax")
    with pytest.raises(InvalidInput, match="abandonné"):
        parse_state("peut-être")
    for bad in ("0", "13h", "abc", "-5"):
        with pytest.raises(InvalidInput):
            parse_duration(bad)
    assert [parse_duration(x) for x in ("90", "1h30", "1 h 30", "2h", "45min")] == [90, 90, 90, 120, 45]
    assert parse_state("En cours") is RecoState.DOING and parse_state("fait") is RecoState.DONE


def test_recommendations_from_the_deliverable_text() -> None:
    text = (
        "1. Bâtir le prévisionnel\n   sur trois scénarios\n- Chiffrer le coût complet\n\n• Rencontrer deux fondations"
    )
    assert recommendations_from_text(text) == [
        "Bâtir le prévisionnel sur trois scénarios",
        "Chiffrer le coût complet",
        "Rencontrer deux fondations",
    ]


def test_done_against_planned_leaves_the_dropped_out() -> None:
    states = [RecoState.DONE, RecoState.DONE, RecoState.DOING, RecoState.TODO, RecoState.DROPPED]
    count = count_recommendations([Recommendation(str(i), "s", "x", state=s) for i, s in enumerate(states)])
    assert (count.done, count.planned, count.open, count.dropped) == (2, 4, 2, 1)


def test_needs_keep_their_priority_and_drop_repeats() -> None:
    assert clean_needs([" Finance ", "stratégie", "", "FINANCE", "Stratégie"]) == ("Finance", "stratégie")


def test_the_diagnostic_leaves_only_with_a_pin_set_and_given() -> None:
    assert diagnostic_may_leave(True, True)
    assert not diagnostic_may_leave(True, False)
    assert not diagnostic_may_leave(False, False)  # no PIN on the event: never


def test_the_english_command_line_names_are_understood_too() -> None:
    assert parse_format("group session") is SessionFormat.COLLECTIVE and parse_format("video") is SessionFormat.VIDEO
    assert parse_state("under way") is RecoState.DOING and parse_state("dropped") is RecoState.DROPPED
    with pytest.raises(InvalidInput):
        parse_state("video")  # a format is not a state
