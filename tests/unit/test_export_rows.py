"""The export's rows as pure rules (core/export_rows.py): columns in the headers' order, from plain data."""

from __future__ import annotations

from datetime import date, datetime

from probono_desk.core.deliverables import (
    Deliverable,
    DeliverableState,
    DeliverableText,
    TrailMember,
    TrailPlan,
)
from probono_desk.core.evaluations import Answer, Audience, Question, QuestionKind, Questionnaire
from probono_desk.core.export_rows import (
    DELIVERABLE_HEADERS,
    EVALUATION_HEADERS,
    TEAM_HEADERS,
    TRAIL_HEADERS,
    VOLUNTEER_HEADERS,
    deliverable_rows,
    evaluation_rows,
    team_rows,
    trail_rows,
    volunteer_rows,
)
from probono_desk.core.models import Structure, Volunteer

PARK = Structure("s1", "Les Amis du Parc", table_label="T1", city="Lyon")
GARAGE = Structure("s2", "Garage Solidaire", table_label="T2")
AWA = Volunteer("v1", "Awa", "Diallo", email="awa@example.org", structure_id="s1", registered_at="2026-11-02T10:00")
NOE = Volunteer("v2", "Noé", "Martin", structure_id="s1", walk_in=True)
PLANS = {
    "s1": TrailPlan(
        "s1",
        "2026-12-06",
        "2027-02-28",
        "2026-12-10T18:30",
        "Mairie",
        (
            TrailMember("s1", "v1", "Awa Diallo", "soir", True, "awa@example.org", "0600"),
            TrailMember("s1", "v2", "Noé Martin", "samedi", False, "noe@example.org", "0700"),
        ),
    ),
    "s2": TrailPlan("s2"),
}


def test_a_volunteer_row_says_team_presence_arrival_and_trail() -> None:
    rows = volunteer_rows([AWA, NOE], [PARK, GARAGE], {"v1"}, {"v1": "2026-12-05T08:47", "v2": "x"}, {"v1"})
    assert all(len(row) == len(VOLUNTEER_HEADERS) for row in rows)
    assert rows[0] == [
        *("Diallo", "Awa", "awa@example.org", "", "", "", "Les Amis du Parc", "T1"),
        *(True, datetime(2026, 12, 5, 8, 47), True, False, date(2026, 11, 2)),
    ]
    assert rows[1][8:12] == [False, None, False, True]  # absent: no arrival time even if one was recorded


def test_team_rows_count_members_present_and_trail() -> None:
    submitted = Deliverable("s1", text=DeliverableText(title="Plan"), state=DeliverableState.SUBMITTED)
    rows = team_rows([PARK, GARAGE], [AWA, NOE], {"v2"}, {"s1": submitted}, PLANS)
    assert all(len(row) == len(TEAM_HEADERS) for row in rows)
    assert [row[5:] for row in rows] == [[2, 1, "Soumis", 2], [0, 0, "", 0]]


def test_deliverable_rows_leave_a_structure_without_one_empty() -> None:
    done = Deliverable(
        "s1",
        text=DeliverableText(title="Plan d'action", summary="Trois axes"),
        state=DeliverableState.SUBMITTED,
        state_times={"soumis": "2026-12-05T16:00"},
        saved_at="2026-12-05T15:58",
    )
    rows = deliverable_rows([PARK, GARAGE], {"s1": done}, {"s1": 2})
    assert all(len(row) == len(DELIVERABLE_HEADERS) for row in rows)
    assert rows[0][1] == "Plan d'action" and rows[0][5] == datetime(2026, 12, 5, 16, 0)
    assert rows[0][-2:] == [2, datetime(2026, 12, 5, 15, 58)]
    assert rows[1] == ["Garage Solidaire", "", "", "", None, None, None, None, "", "", "", "", 0, None]


def test_trail_rows_give_contacts_only_to_who_agreed() -> None:
    rows = trail_rows([PARK, GARAGE], PLANS)
    assert all(len(row) == len(TRAIL_HEADERS) for row in rows)
    assert [row[:6] for row in rows] == [
        ["Les Amis du Parc", "Awa Diallo", "awa@example.org", "0600", "soir", True],
        ["Les Amis du Parc", "Noé Martin", "", "", "samedi", False],
    ]
    assert rows[0][6:] == [date(2026, 12, 6), date(2027, 2, 28), datetime(2026, 12, 10, 18, 30), "Mairie"]


def test_evaluation_rows_number_answers_and_skip_unanswered_questions() -> None:
    questions = (Question("note", "Note", QuestionKind.SCALE), Question("mot", "Un mot", QuestionKind.TEXT))
    survey = Questionnaire(Audience.VOLUNTEERS, "Avis", questions)
    answers = [
        Answer("a1", Audience.VOLUNTEERS, "s1", "2026-12-05T17:00", {"note": 5, "mot": "Bravo"}),
        Answer("a2", Audience.VOLUNTEERS, None, "2026-12-05T17:05", {"note": 4}),
    ]
    rows = evaluation_rows({"s1": "Les Amis du Parc"}, [(Audience.VOLUNTEERS, survey, answers)])
    assert all(len(row) == len(EVALUATION_HEADERS) for row in rows)
    assert [row[1:] for row in rows] == [
        ["Les Amis du Parc", datetime(2026, 12, 5, 17, 0), 1, "Note", 5],
        ["Les Amis du Parc", datetime(2026, 12, 5, 17, 0), 1, "Un mot", "Bravo"],
        ["", datetime(2026, 12, 5, 17, 5), 2, "Note", 4],
    ]
