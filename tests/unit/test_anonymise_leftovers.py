"""Anonymise leaves nothing behind (issue 17, point 4), measured on the bytes.

After a day with notes, deliverable versions and evaluation comments that name people, backups under odd names
and a restore's set-aside file, a raw byte search of the event file, every file in its folder and its backups
folder (WAL included) finds none of the anonymised people's e-mails, phones or full names — in UTF-8 and ignoring
case. And while another process holds the file open, anonymise refuses and changes nothing."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from probono_desk.core.errors import FileInUse
from probono_desk.core.evaluations import Audience
from probono_desk.core.models import Volunteer
from probono_desk.core.scrub import EMAIL_GONE, PHONE_GONE, Known, scrubber
from probono_desk.services.backups import backups_of, restore
from probono_desk.services.event import Event
from probono_desk.services.teams_report import formation_json
from probono_desk.storage.db import default_backup_dir
from tests.helpers import PIN

HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("SELECT COUNT(*) FROM volunteers").fetchall()
print("open", flush=True)
sys.stdin.readline()
conn.close()
"""


def _mention(v: Volunteer) -> str:
    return f"{v.first_name} {v.last_name} ({v.email}, {v.phone}) — {v.last_name.upper()} {v.first_name.lower()}"


def _needles(v: Volunteer) -> list[str]:
    found = [f"{v.first_name} {v.last_name}", f"{v.last_name} {v.first_name}", v.email]
    if v.phone:
        found += [v.phone, re.sub(r"\D", "", v.phone)]
    return [n for n in found if n.strip()]


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _hits(folder: Path, people: list[Volunteer]) -> list[tuple[str, str]]:
    hits = []
    for path in _files(folder):
        data = path.read_bytes()
        low = data.lower()
        for v in people:
            for needle in _needles(v):
                forms = {needle.encode(), needle.lower().encode().lower(), needle.upper().encode().lower()}
                if any(form in data or form in low for form in forms):
                    hits.append((path.name, needle))
    return hits


@pytest.fixture
def busy_day(after_the_day: Event) -> tuple[Event, list[Volunteer]]:
    """Names quoted in every free text, backups under odd names, a restore's set-aside file."""
    ev = after_the_day
    people = ev.privacy.to_anonymise()
    named = people[:3]
    sid = ev.roster.structures()[0].id
    ev.missions.add_note(sid, f"En retard : {_mention(named[0])}")
    from probono_desk.core.deliverables import DeliverableText

    ev.deliverables.save(sid, DeliverableText(title="Plan", summary=f"Contact : {_mention(named[1])}"))
    ev.deliverables.save(sid, DeliverableText(title="Plan", summary=f"Puis {_mention(named[2])}"), keep_version=True)
    ev.evaluations.submit(
        Audience.VOLUNTEERS,
        sid,
        {"satisfaction": 5, "useful": True, "again": True, "comment": f"Merci à {_mention(named[0])}"},
    )
    from probono_desk.services.trail_followup import TrailFollowupService

    # a table another feature added (the Trail log): the generic rewrite reaches it too
    TrailFollowupService(ev).add_note(sid, date="2019-12-20", notes=f"Relancer {_mention(named[1])}")
    assert ev.path is not None
    ev.backup()
    folder = default_backup_dir(ev.path)
    newest = backups_of(ev.path)[0].path
    shutil.copy(newest, folder / "copie pour Paul.probono")
    (folder / "vieux").mkdir()
    shutil.copy(newest, folder / "vieux" / "marathon-vieux.db")
    path, clock = ev.path, ev.clock
    ev.close()
    restore(path, newest)  # sets the current file aside as demo.probono.remplacé-…
    assert any(".remplacé-" in p.name for p in path.parent.iterdir())
    reopened = Event.open(path, clock=clock, station="test-poste")
    return reopened, people


def test_nothing_of_the_anonymised_is_left_in_any_byte(busy_day: tuple[Event, list[Volunteer]]) -> None:
    ev, people = busy_day
    assert ev.path is not None
    folder = ev.path.parent
    assert _hits(folder, people)  # the search sees them before
    done = ev.privacy.anonymise(pin=PIN)
    assert done.count == len(people) and not done.shared  # a file that never met another station
    assert done.backups_removed >= 4  # the odd copies and the set-aside file went too
    ev.db.execute("SELECT 1").fetchall()
    assert _hits(folder, people) == []
    ev.close()
    assert _hits(folder, people) == []  # nor after closing (the WAL folded in)
    reopened = Event.open(ev.path)
    sid = reopened.roster.structures()[0].id
    note = reopened.missions.notes(sid)[0].text
    assert "Bénévole anonyme" in note and EMAIL_GONE in note and PHONE_GONE in note
    reopened.close()


def test_why_here_lines_of_anonymised_people_are_cleared(after_the_day: Event) -> None:  # noqa: F811
    ev = after_the_day
    ev.teams.auto_form()
    assert any(ev.teams.why().values())
    people = {v.id for v in ev.privacy.to_anonymise()}
    ev.privacy.anonymise(pin=PIN)
    shown = formation_json(ev.teams.current(), ev.teams.why())
    whys = {m["id"]: m["why"] for t in shown["teams"] for m in t["members"]}
    assert whys and all(whys[i] == "" for i in people if i in whys)
    assert all(m["organisation"] == "" for t in shown["teams"] for m in t["members"] if m["id"] in people)
    assert json.dumps(shown)  # still a valid answer for teams --json


def test_anonymise_refuses_while_another_process_holds_the_file(after_the_day: Event) -> None:  # noqa: F811
    ev = after_the_day
    assert ev.path is not None
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(ev.path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = [v.name for v in ev.roster.volunteers()]
        with pytest.raises(FileInUse) as refused:
            ev.privacy.anonymise(pin=PIN)
        assert "Fermez les autres fenêtres et postes sur cet événement" in refused.value.message("fr")
        assert [v.name for v in ev.roster.volunteers()] == before  # nothing changed
        assert ev.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # back as it was
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
    assert ev.privacy.anonymise(pin=PIN).count > 0  # once alone, it does the job
    assert ev.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_scrubber_replaces_names_emails_and_phones_in_any_form() -> None:
    scrub = scrubber([Known("Hélène", "Dupont", "helene.dupont@x.fr", "06 12 34 56 78", "Bénévole anonyme 1")])
    text = scrub("helene  DUPONT, Dupont Hélène, HELENE.DUPONT@X.FR, 0612345678, +33 6 12 34 56 78, DUPONT seul")
    assert "upont" not in text.lower() and "@" not in text and "12" not in text
    assert text.count("Bénévole anonyme 1") == 3
    assert scrub("un dupont de fer, une petite note") == "un dupont de fer, une petite note"  # a word, not a name


def test_scrubber_keeps_other_names_and_words() -> None:
    scrub = scrubber(
        [
            Known("Hélène", "Dupont", "", "06 12 34 56 78", "Bénévole anonyme 1"),
            Known("Raphaël", "D'Hondt", "", "+33 7 11 22 33 44", "Bénévole anonyme 3"),
        ]
    )
    text = scrub("l'équipe d'Hélène Dupont et Raphaël D'Hondt (0711223344), tél 06 12 34 56 78 07 11 22 33 44")
    assert text == (
        "l'équipe d'Bénévole anonyme 1 et Bénévole anonyme 3 ([téléphone effacé]), "
        "tél [téléphone effacé] [téléphone effacé]"
    )
    kept = "Saint-Dupont, Dupont-Martin, dupont, 06 12 34 56 79, Hélène seule"
    assert scrub(kept) == kept  # other names, a word, another number, a first name alone


def test_leftovers_are_the_event_copies_only(tmp_path: Path) -> None:
    from probono_desk.services.anonymise import leftovers

    event = tmp_path / "demo.probono"
    for name in (
        "demo.probono",
        "demo.probono-wal",
        "demo.probono.remplacé-20191205-101010",
        "demo.probono.remplacé-20191205-101010-wal",
        "demo.probono2",
        "autre.probono",
        "notes.txt",
    ):
        (tmp_path / name).write_bytes(b"x")
    backups = tmp_path / "demo.probono.sauvegardes"
    backups.mkdir()
    (backups / "20191205-101010-auto.probono").write_bytes(b"x")
    (backups / "copie pour Paul.probono").write_bytes(b"x")
    found = sorted(p.name for p in leftovers(event))
    assert found == sorted(
        [
            "demo.probono.remplacé-20191205-101010",
            "demo.probono.remplacé-20191205-101010-wal",
            "20191205-101010-auto.probono",
            "copie pour Paul.probono",
        ]
    )


def test_sets_received_from_another_station_are_forgotten(
    busy_day: tuple[Event, list[Volunteer]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A linked station keeps the bytes of the sets it received, to resend them to a new hub (a takeover): those
    bytes quote names too, and go with the anonymisation."""
    from probono_desk.storage.backup import copy_database
    from probono_desk.sync import feed
    from probono_desk.sync.relay import keep_bodies, relayable

    ev, people = busy_day
    assert ev.path is not None
    other_path = copy_database(ev.db.conn, tmp_path_factory.mktemp("porte-2") / "porte-2.probono")
    other = Event.open(other_path, clock=ev.clock, station="Porte 2")
    feed.reset_station(other.db)
    sid = other.roster.structures()[0].id
    other.missions.add_note(sid, f"Vu à la porte 2 : {_mention(people[5])}")
    other.checkin.check_in_volunteer(people[6].id)
    sets = feed.outbox(other.db)
    other.close()
    feed.apply_all(ev.db, sets)
    keep_bodies(ev.db, [(cs.id, cs.to_bytes()) for cs in sets])
    assert relayable(ev.db)
    ev.close()
    folder = ev.path.parent
    assert [n for _, n in _hits(folder, people[5:6])]  # the received body names them
    ev = Event.open(ev.path, station="test-poste")
    assert ev.privacy.anonymise(pin=PIN).shared  # the window and the command line say: anonymise the others too
    assert relayable(ev.db) == []
    ev.close()
    assert _hits(folder, people) == []
