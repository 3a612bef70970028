"""The path after the day in the event file: each write lands whole with its journal row, reads back the same,
refuses bad input leaving the file unchanged; the diagnostic's needs are the skills the teams are formed on."""

from __future__ import annotations

from datetime import date

import pytest

from probono_desk.core.clock import FixedClock
from probono_desk.core.deliverables import DeliverableText
from probono_desk.core.errors import InvalidInput
from probono_desk.core.evaluations import Question, QuestionKind
from probono_desk.core.trail import EntryKind, FlagKind, RecoState, SessionFormat
from probono_desk.core.trail_midterm import InterviewMode, MidtermForm
from probono_desk.services.event import Event
from probono_desk.services.trail_followup import DiagnosticLocked, TrailFollowupService
from probono_desk.services.trail_midterm import MidtermService


def journal_size(ev: Event) -> int:
    return int(ev.db.execute("SELECT COUNT(*) FROM journal").fetchone()[0])


def dump(ev: Event) -> list[str]:
    return list(ev.db.conn.iterdump())


@pytest.fixture
def followup(demo: Event) -> TrailFollowupService:
    return TrailFollowupService(demo)


def test_the_demo_carries_diagnostics_and_two_trails(demo: Event, followup: TrailFollowupService) -> None:
    structures = demo.roster.structures()
    assert all(followup.diagnostic(s.id).date for s in structures)
    garage, numerique = structures[3], structures[4]
    assert followup.diagnostic(garage.id).document_name.endswith(".pdf")
    states = {r.state for r in followup.recommendations(garage.id)}
    assert states == {RecoState.DONE, RecoState.DOING, RecoState.TODO, RecoState.DROPPED}
    assert len([e for e in followup.entries(garage.id) if e.kind is EntryKind.SESSION]) == 3
    assert followup.entries(numerique.id) and MidtermService(demo).latest(garage.id) is not None
    assert demo.status.present_ids() == set()  # the demo's day has not started: the desk stays usable
    flags = followup.reminders(date(2020, 1, 30)).flags
    assert [(f.name, f.kind) for f in flags] == [(numerique.name, FlagKind.QUIET)]


def test_diagnostic_round_trip_and_its_needs_become_the_skills_the_teams_need(
    demo: Event, followup: TrailFollowupService
) -> None:
    sid = demo.roster.structures()[0].id
    before = journal_size(demo)
    saved = followup.save_diagnostic(
        sid, date="2019-10-20", lab_people="Julie Marchand", structure_people="Nadia Benali",
        needs=["Recrutement de bénévoles", "Ressources humaines", "Juridique"], summary="Confidentiel : 40 bénévoles.",
    )  # fmt: skip
    assert saved.needs == ("Recrutement de bénévoles", "Ressources humaines", "Juridique")
    assert journal_size(demo) == before + 1
    with Event.open(demo.path, station="autre") as other:  # type: ignore[arg-type]
        again = TrailFollowupService(other).diagnostic(sid)
        assert (again.date, again.lab_people, again.summary) == ("2019-10-20", "Julie Marchand", saved.summary)
        assert other.roster.structure(sid).skills_needed == saved.needs  # what team formation looks for


def test_a_diagnostic_after_the_day_or_with_a_bad_date_is_refused_file_unchanged(
    demo: Event, followup: TrailFollowupService
) -> None:
    sid = demo.roster.structures()[0].id
    before = dump(demo)
    for bad in ("2019-13-01", "2019-12-24"):
        with pytest.raises(InvalidInput):
            followup.save_diagnostic(sid, date=bad, needs=["X"])
    assert dump(demo) == before


def test_the_diagnostic_document_leaves_only_with_the_organiser_pin(
    demo: Event, followup: TrailFollowupService
) -> None:
    sid = demo.roster.structures()[0].id
    followup.attach_document_bytes(sid, "diag.pdf", b"%PDF-1.4 secret", "application/pdf")
    with pytest.raises(DiagnosticLocked):
        followup.release_document(sid, None)  # no PIN set on the event: never
    demo.privacy.set_pin("246810")
    for wrong in (None, "", "1111"):
        with pytest.raises(DiagnosticLocked):
            followup.release_document(sid, wrong)
    assert followup.release_document(sid, "246810") == ("diag.pdf", "application/pdf", b"%PDF-1.4 secret")


def test_recommendations_from_the_deliverable_then_ticked(demo: Event, followup: TrailFollowupService) -> None:
    sid = demo.roster.structures()[0].id
    demo.deliverables.save(sid, DeliverableText(title="Plan", recommendations="- Écrire la charte\n- Nommer un binôme"))
    assert followup.import_recommendations(sid) == 2
    assert followup.import_recommendations(sid) == 0  # not twice
    first, second = followup.recommendations(sid)
    assert (first.text, second.text) == ("Écrire la charte", "Nommer un binôme")
    done = followup.update_recommendation(first.id, owner="Nadia", target_date="2020-01-15", state=RecoState.DONE)
    assert followup.recommendations(sid)[0] == done and done.state is RecoState.DONE and done.owner == "Nadia"
    with pytest.raises(InvalidInput):
        followup.update_recommendation(second.id, target_date="15/01")
    assert followup.recommendations(sid)[1].target_date == ""


def test_a_session_links_the_team_volunteers_named_and_keeps_the_others_as_names(
    demo: Event, followup: TrailFollowupService
) -> None:
    sid = demo.roster.structures()[0].id
    team = followup.team(sid)
    typed = f"{team[0].last_name.upper()} {team[0].first_name}, {team[1].name.lower()}, Nadia Benali"
    entry = followup.add_session(
        sid, date="2019-12-18", format=SessionFormat.MEETING, participants=typed, duration_minutes=90,
        notes="Charte relue", next_step="Atelier", next_date="2020-01-10",
    )  # fmt: skip
    [back] = [e for e in followup.entries(sid) if e.id == entry.id]
    assert back.volunteer_count == 2
    assert {p.volunteer_id for p in back.participants} == {team[0].id, team[1].id, None}
    assert [p.name for p in back.participants if not p.volunteer_id] == ["Nadia Benali"]
    assert (back.format, back.duration_minutes, back.next_date) == (SessionFormat.MEETING, 90, "2020-01-10")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"date": "2020-02-30"},
        {"date": "2019-11-01"},  # before the day
        {"date": "2020-01-10", "next_date": "2020-01-02"},  # next step before the session
        {"date": "2020-01-10", "duration_minutes": 0},
    ],
)
def test_bad_sessions_are_refused_and_write_nothing(demo: Event, followup: TrailFollowupService, kwargs: dict) -> None:
    sid = demo.roster.structures()[0].id
    before = dump(demo)
    with pytest.raises(InvalidInput):
        followup.add_session(sid, format=SessionFormat.PHONE, **kwargs)
    assert dump(demo) == before


def test_midterm_form_is_editable_and_interviews_are_checked_against_it(demo: Event, clock: FixedClock) -> None:
    midterm = MidtermService(demo)
    sid = demo.roster.structures()[0].id
    form = MidtermForm("Entretien de février", (
        Question("impact", "Impact ?", QuestionKind.SCALE, 1, 5),
        Question("changes", "Qu'est-ce qui a changé ?", QuestionKind.TEXT),
    ))  # fmt: skip
    assert midterm.save_form(form).title == "Entretien de février"
    with pytest.raises(InvalidInput):
        midterm.save_interview(sid, date="2020-02-10", mode=InterviewMode.PHONE, answers={"impact": 9, "changes": "x"})
    with pytest.raises(InvalidInput):
        midterm.save_interview(sid, date="2019-12-05", mode=InterviewMode.PHONE, answers={"impact": 4, "changes": "x"})
    saved = midterm.save_interview(
        sid, date="2020-02-10", mode=InterviewMode.IN_PERSON, answers={"impact": 4, "changes": "Une charte", "x": 1},
        interviewer="Julie", respondent="Nadia",
    )  # fmt: skip
    [back] = midterm.interviews(sid)
    assert back == saved and back.answers == {"impact": 4, "changes": "Une charte"}
    [impact, changes] = midterm.results(sid)
    assert impact.mean == 4 and changes.comments == ["Une charte"]


def test_deleting_a_person_removes_them_from_the_sessions_not_the_session(
    demo: Event, followup: TrailFollowupService
) -> None:
    sid = demo.roster.structures()[0].id
    team = followup.team(sid)
    followup.add_session(sid, date="2020-01-10", format=SessionFormat.VIDEO, volunteer_ids=[team[0].id, team[1].id])
    demo.db.execute("DELETE FROM volunteers WHERE id = ?", [team[0].id])
    [entry] = followup.entries(sid)
    assert entry.volunteer_count == 1


def test_a_person_data_request_lists_the_trail_sessions_they_took_part_in(
    demo: Event, followup: TrailFollowupService
) -> None:
    garage = demo.roster.structures()[3]
    first = followup.team(garage.id)[0]  # in the demo's three Garage sessions
    sessions = demo.privacy.person_data(first.id)["séances du Trail"]
    assert [(s["structure"], s["date"]) for s in sessions] == [
        (garage.name, "2019-12-12"),
        (garage.name, "2020-01-08"),
        (garage.name, "2020-01-29"),
    ]


def test_one_migration_step_m080_trail_adds_the_tables_to_an_existing_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A file made before this feature opens, is backed up, and gains the tables (nothing else changes)."""
    import sqlite3

    from probono_desk.storage.migrations import known_migration_names
    from probono_desk.storage.schema_trail import TRAIL_TABLES

    assert "m080_trail" in known_migration_names()
    path = tmp_path / "ancien.probono"
    Event.create(path, name="Ancien", date="2019-12-05").close()
    conn = sqlite3.connect(path)
    for table in ("trail_entry_people", *[t for t in TRAIL_TABLES if t != "trail_entry_people"]):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm080_trail'")
    conn.commit()
    conn.close()
    with Event.open(path) as ev:
        assert set(TRAIL_TABLES) <= set(ev.db.table_names())
        assert ev.info.name == "Ancien"
    assert list((tmp_path / "ancien.probono.sauvegardes").glob("*avant-migration*"))
