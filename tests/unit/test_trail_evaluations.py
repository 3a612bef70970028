"""The Trail (2–3 present members of the team) and the questionnaires, their results and the kiosk PIN."""

from __future__ import annotations

import pytest

from probono_desk.core.errors import InvalidInput
from probono_desk.core.evaluations import Audience, Question, QuestionKind, Questionnaire, question_key
from probono_desk.core.pin import hash_pin, verify_pin
from probono_desk.services.event import Event
from probono_desk.services.trail import TrailChoice, default_dates
from probono_desk.storage import roster as roster_store


@pytest.fixture
def teams(event: Event, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Two teams of four; in each, the first three are checked in (through status.present_ids)."""
    out: dict[str, list[str]] = {}
    present: set[str] = set()
    for team in ("Jardins", "Atelier"):
        sid = event.roster.add_structure(team).id
        ids = []
        for i in range(4):
            v = event.roster.add_volunteer(first_name=f"Bénévole{i}", last_name=team, email=f"b{i}@{team}.fr")
            ids.append(v.id)
            with event.write() as w:
                roster_store.set_membership(w.db, v.id, sid, w.at)
        present.update(ids[:3])
        out[sid] = ids
    monkeypatch.setattr(event.status, "present_ids", lambda: set(present))
    return out


def test_trail_of_two_or_three_present_members_of_the_team(event: Event, teams: dict[str, list[str]]) -> None:
    sid, other = list(teams)
    ids = teams[sid]
    assert [v.id for v in event.trail.candidates(sid)] == sorted(ids[:3], key=lambda i: event.roster.volunteer(i).name)
    plan = event.trail.save(
        sid,
        [TrailChoice(ids[0], "mardis soir", True), TrailChoice(ids[1], "", False)],
        first_meeting="2019-12-12T18:30",
        first_meeting_place="Locaux de la structure",
    )
    assert [m.volunteer_id for m in plan.members] == sorted(ids[:2], key=lambda i: event.roster.volunteer(i).name)
    first = next(m for m in plan.members if m.volunteer_id == ids[0])
    assert (first.availability, first.agrees_contact, first.email) == ("mardis soir", True, "b0@jardins.fr")
    assert (plan.start_date, plan.end_date, plan.first_meeting) == ("2019-12-06", "2020-02-29", "2019-12-12T18:30")
    # Replace by three: allowed; the row set is replaced.
    plan = event.trail.save(sid, [TrailChoice(i) for i in ids[:3]])
    assert len(plan.members) == 3
    assert event.db.execute("SELECT COUNT(*) FROM trail_members").fetchone()[0] == 3


@pytest.mark.parametrize("count", [1, 4])
def test_trail_refuses_one_or_four(event: Event, teams: dict[str, list[str]], count: int) -> None:
    sid = next(iter(teams))
    choices = [TrailChoice(i) for i in teams[sid][:count]]
    with pytest.raises(InvalidInput, match="2 ou 3 bénévoles"):
        event.trail.save(sid, choices)


def test_trail_refuses_absent_or_other_team(event: Event, teams: dict[str, list[str]]) -> None:
    sid, other = list(teams)
    with pytest.raises(InvalidInput, match="n'est pas enregistré·e comme présent·e"):
        event.trail.save(sid, [TrailChoice(teams[sid][0]), TrailChoice(teams[sid][3])])
    with pytest.raises(InvalidInput, match="ne fait pas partie de cette équipe"):
        event.trail.save(sid, [TrailChoice(teams[sid][0]), TrailChoice(teams[other][0])])
    assert event.db.execute("SELECT COUNT(*) FROM trail_members").fetchone()[0] == 0


def test_trail_dates_run_december_to_february(event: Event, teams: dict[str, list[str]]) -> None:
    sid = next(iter(teams))
    assert default_dates("2019-12-05") == ("2019-12-06", "2020-02-29")
    with pytest.raises(InvalidInput, match="Dates du Trail invalides"):
        event.trail.save(sid, [], start_date="2019-12-06", end_date="2020-06-30")
    with pytest.raises(InvalidInput, match="premier rendez-vous"):
        event.trail.save(sid, [], first_meeting="2020-04-01T10:00")
    with pytest.raises(InvalidInput, match="invalide"):
        event.trail.save(sid, [], first_meeting="mardi prochain")


# --- evaluations ---------------------------------------------------------------------------------------------------


def test_questionnaire_answers_and_results(event: Event, teams: dict[str, list[str]]) -> None:
    sid, other = list(teams)
    q = event.evaluations.questionnaire(Audience.VOLUNTEERS)
    assert [x.key for x in q.questions] == ["satisfaction", "useful", "again", "comment"]
    event.evaluations.submit(Audience.VOLUNTEERS, sid, {"satisfaction": 5, "useful": True, "again": True})
    event.evaluations.submit(
        Audience.VOLUNTEERS, sid, {"satisfaction": 4, "useful": False, "again": True, "comment": "Super équipe"}
    )
    event.evaluations.submit(Audience.VOLUNTEERS, other, {"satisfaction": 3, "useful": True, "again": False})
    per_team = {r.key: r for r in event.evaluations.results(Audience.VOLUNTEERS, sid)}
    assert per_team["satisfaction"].mean == 4.5 and per_team["satisfaction"].count == 2
    assert per_team["useful"].yes_share == 0.5
    assert per_team["comment"].comments == ["Super équipe"]
    overall = {r.key: r for r in event.evaluations.results(Audience.VOLUNTEERS)}
    assert overall["satisfaction"].mean == 4.0 and overall["again"].yes == 2
    # Answers are stored, anonymous, with the team they are about.
    rows = event.db.execute("SELECT audience, structure_id FROM evaluation_answers").fetchall()
    assert rows.count(("benevoles", sid)) == 2


def test_answers_are_checked(event: Event, teams: dict[str, list[str]]) -> None:
    sid = next(iter(teams))
    with pytest.raises(InvalidInput, match="note de 1 à 4"):
        event.evaluations.submit(Audience.STRUCTURES, sid, {"objectives": 5, "usefulness": 3})
    with pytest.raises(InvalidInput, match="Répondez à la question"):
        event.evaluations.submit(Audience.VOLUNTEERS, sid, {"satisfaction": 3, "useful": True})
    with pytest.raises(InvalidInput, match="équipe"):
        event.evaluations.submit(Audience.VOLUNTEERS, None, {"satisfaction": 3, "useful": True, "again": True})
    assert event.evaluations.answers() == []


def test_questionnaire_is_editable_per_event(event: Event, teams: dict[str, list[str]]) -> None:
    sid = next(iter(teams))
    q = event.evaluations.questionnaire(Audience.STRUCTURES)
    label = "Le lieu était-il adapté ?"
    extra = Question(question_key(label, {x.key for x in q.questions}), label, QuestionKind.YES_NO)
    saved = event.evaluations.save_questionnaire(Questionnaire(q.audience, q.title, (*q.questions, extra)))
    assert saved.questions[-1].key == "le_lieu_etait_il_adapte"
    answer = event.evaluations.submit(
        Audience.STRUCTURES, sid, {"objectives": 4, "usefulness": 4, "le_lieu_etait_il_adapte": True}
    )
    assert answer.answers["le_lieu_etait_il_adapte"] is True
    with pytest.raises(InvalidInput, match="au moins une question"):
        event.evaluations.save_questionnaire(Questionnaire(q.audience, q.title, ()))


def test_kiosk_pin_is_hashed_and_checked(event: Event) -> None:
    assert not event.evaluations.has_pin()
    assert not event.evaluations.check_pin("1234")  # no PIN set: nothing unlocks
    with pytest.raises(InvalidInput, match="6 à 64 caractères"):
        event.evaluations.set_pin("2019")
    event.evaluations.set_pin("201912")
    stored = event.db.execute("SELECT value FROM meta WHERE key = 'kiosk_pin'").fetchone()[0]
    assert "201912" not in stored and stored.startswith("scrypt$")
    assert event.evaluations.check_pin("201912")
    assert not event.evaluations.check_pin("201812")
    with pytest.raises(InvalidInput, match="actuel incorrect"):
        event.evaluations.set_pin("555555", current="000000")
    event.evaluations.set_pin("555555", current="201912")
    assert event.evaluations.check_pin("555555") and not event.evaluations.check_pin("201912")


def test_pin_hashes_are_salted() -> None:
    a, b = hash_pin("123456"), hash_pin("123456")
    assert a != b and verify_pin("123456", a) and verify_pin("123456", b) and not verify_pin("123457", a)
    assert not verify_pin("123456", "garbage")
