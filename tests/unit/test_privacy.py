"""Personal data (RGPD): consent from import, anonymising after the event (report counts unchanged, Trail kept,
codes revoked, no name left in the file or its journal), one person's data on request, the organiser's PIN."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from probono_desk.core.checkin import Revoked
from probono_desk.services.backups import backups_of
from probono_desk.services.event import Event
from probono_desk.services.privacy import PinRefused
from probono_desk.services.trail import TrailChoice
from tests.helpers import assign_teams

PIN = "246810"


@pytest.fixture
def after_the_day(demo: Event) -> Event:
    """The demo after the day: teams, 30 people checked in, a Trail of two for the first team, a PIN."""
    assign_teams(demo)
    demo.checkin.ensure_codes()
    for v in demo.roster.volunteers()[:30]:
        demo.checkin.check_in_volunteer(v.id)
    present = demo.checkin.present_ids()
    sid = demo.roster.structures()[0].id
    pair = [v.id for v in demo.roster.volunteers() if v.structure_id == sid and v.id in present][:2]
    demo.trail.save(sid, [TrailChoice(pair[0], "mardis", True), TrailChoice(pair[1])])
    demo.deliverables.add_attachment_bytes(sid, "tableau.jpg", b"\xff\xd8photo", "image/jpeg")
    demo.privacy.set_pin(PIN)
    return demo


def report_text(ev: Event, out: Path) -> str:
    ev.documents.report(out)
    return "\n".join(page.extract_text() for page in PdfReader(str(out)).pages)


def test_consent_from_the_import_is_counted(demo: Event) -> None:
    consent = demo.privacy.consent()
    assert consent.given + consent.refused + consent.unknown == 50
    assert consent.given > 0


def test_anonymise_keeps_the_report_and_the_trail_and_removes_everything_else(
    after_the_day: Event, tmp_path: Path
) -> None:
    ev = after_the_day
    assert ev.path is not None
    before_people = {v.id: v for v in ev.roster.volunteers()}
    trail = ev.privacy.trail_ids()
    summary_before = ev.status.summary()
    report_before = report_text(ev, tmp_path / "avant.pdf")
    attachments_before = [(a.name, a.size) for a in ev.deliverables.attachments(ev.roster.structures()[0].id)]
    codes = ev.checkin.ensure_codes()
    ev.backup()

    with pytest.raises(PinRefused):
        ev.privacy.anonymise(pin="0000")
    assert ev.roster.volunteers()[0].name == before_people[ev.roster.volunteers()[0].id].name

    done = ev.privacy.anonymise(pin=PIN)
    assert done.count == 50 - len(trail) and done.kept == len(trail) == 2

    after = {v.id: v for v in ev.roster.volunteers()}
    assert set(after) == set(before_people)
    for vid, v in after.items():
        old = before_people[vid]
        assert v.situation == old.situation and v.structure_id == old.structure_id
        if vid in trail:
            assert v == old
        else:
            assert v.first_name == "Bénévole" and v.last_name.startswith("anonyme ")
            assert (v.email, v.phone, v.organisation, v.diet, v.preference) == ("", "", "", "", "")
            assert isinstance(ev.checkin.scan(codes[vid]), Revoked)
    assert len({v.name for v in after.values()}) == 50
    assert ev.status.summary() == summary_before
    assert report_text(ev, tmp_path / "apres.pdf") == report_before
    assert [(a.name, a.size) for a in ev.deliverables.attachments(ev.roster.structures()[0].id)] == attachments_before

    # the journal says it happened (no names), and no removed name is left anywhere in the file or its backups
    rows = ev.db.execute("SELECT payload FROM journal WHERE action = 'privacy.anonymise'").fetchall()
    assert json.loads(rows[0][0]) == {"count": 48, "kept": 2}
    ev.close()
    gone = [old for vid, old in before_people.items() if vid not in trail]
    raw = ev.path.read_bytes()
    for old in gone:  # not even in free pages or the WAL: the file was vacuumed
        assert old.email.encode() not in raw, old.email
        assert not old.phone or old.phone.encode() not in raw, old.phone
    assert [b.reason for b in backups_of(ev.path)] == ["après-anonymisation"]  # older copies held the names
    conn = sqlite3.connect(ev.path)
    payloads = " ".join(r[0] for r in conn.execute("SELECT payload FROM journal"))
    conn.close()
    for old in gone:
        assert old.email not in payloads and old.name not in payloads


def test_one_persons_data_as_json_and_csv(after_the_day: Event, tmp_path: Path) -> None:
    ev = after_the_day
    sid = ev.roster.structures()[0].id
    person = next(v for v in ev.roster.volunteers() if v.id in ev.privacy.trail_ids())
    with pytest.raises(PinRefused):
        ev.privacy.export_person(person.id, tmp_path / "x.json")
    found = ev.privacy.find(email=person.email.upper())
    assert found.id == person.id
    json_path, csv_path = ev.privacy.export_person(person.id, tmp_path / "demande.json", pin=PIN)
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["inscription"]["email"] == person.email and data["inscription"]["nom"] == person.last_name
    assert data["équipe"]["structure"] == ev.roster.structure(sid).name
    assert len(data["arrivées"]) == 1 and data["arrivées"][0]["annulée"] == ""
    assert data["codes"][0]["code"] == ev.checkin.code_of(person.id)
    assert data["trail"][0]["structure"] == ev.roster.structure(sid).name
    assert any(h["action"] == "checkin.add" for h in data["historique"])
    rows = list(csv.reader(csv_path.open(encoding="utf-8-sig"), delimiter=";"))
    assert rows[0] == ["rubrique", "n°", "champ", "valeur"]
    assert ["inscription", "1", "email", person.email] in rows


def test_delete_a_person_asks_for_the_pin_and_is_journaled(after_the_day: Event) -> None:
    ev = after_the_day
    victim = ev.roster.volunteers()[-1]
    with pytest.raises(PinRefused):
        ev.privacy.delete_volunteer(victim.id, pin="")
    ev.privacy.delete_volunteer(victim.id, pin=PIN)
    assert victim.id not in {v.id for v in ev.roster.volunteers()}
    assert ev.db.execute("SELECT COUNT(*) FROM journal WHERE action = 'volunteer.delete'").fetchone()[0] == 1


def test_without_a_pin_everything_is_allowed(demo: Event) -> None:
    assert not demo.privacy.has_pin()
    assert demo.privacy.check_pin(None)
    demo.privacy.require_pin(None)
