"""What an import does to the event file: refused files leave it byte-for-byte unchanged, re-importing the same
export writes nothing at all, a later export updates only who changed."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from pathlib import Path

import pytest

from probono_desk.core.errors import ImportRefused, InvalidInput
from probono_desk.services.event import Event
from tests.unit.exports import PEOPLE, csv_export, xlsx_export


@pytest.fixture
def event_file(tmp_path: Path, clock: object) -> Path:
    path = tmp_path / "marathon.probono"
    with Event.create(path, name="Marathon", date="2019-12-05") as ev:
        ev.registrations.import_file(_file(tmp_path, "first.csv", csv_export(PEOPLE[:3])))
    return path


def _file(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _journal(path: Path) -> list[tuple[str, ...]]:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT id, action, payload FROM journal ORDER BY id").fetchall()
    conn.close()
    return rows


def _zip_of_photos() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("IMG_0001.txt", "pas un classeur")
    return buffer.getvalue()


NOT_EXPORTS = {
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "est une image PNG"),
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200), "est une image JPEG"),
    "pdf": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "est un document PDF"),
    "zip": (_zip_of_photos(), "archive ZIP qui n'est pas un classeur XLSX"),
    "empty": (b"", "est vide"),
    "blank": (b"\r\n  \r\n", "est vide"),
    "random-binary": (bytes((i * 7919) % 256 for i in range(4096)), "n'est pas un fichier texte ni un classeur"),
    "letter": (
        "Bonjour à tous,\n\nVoici le programme de la journée : accueil à 8h30, plénière à 9h.\n\nÀ bientôt !\n".encode(),
        "ne ressemble pas à un export d'inscriptions",
    ),
    "other-table": (
        b"Produit;Prix;Stock\nCafe;1,20;40\nThe;1,00;12\n",
        "ne ressemble pas à un export d'inscriptions",
    ),
    "old-xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "classeur Excel ancien (.xls)"),
}


@pytest.mark.parametrize("kind", sorted(NOT_EXPORTS))
def test_not_an_export_renamed_csv_is_refused_and_the_event_file_is_unchanged(
    event_file: Path, tmp_path: Path, kind: str
) -> None:
    data, expected = NOT_EXPORTS[kind]
    renamed = _file(tmp_path, "inscriptions.csv", data)
    before, journal_before = event_file.read_bytes(), _journal(event_file)
    with Event.open(event_file) as ev:
        with pytest.raises(ImportRefused) as info:
            ev.registrations.import_file(renamed)
    message = info.value.message("fr")
    assert expected in message and "inscriptions.csv" in message
    assert "\n" not in message and "Traceback" not in message
    assert event_file.read_bytes() == before
    assert _journal(event_file) == journal_before


def test_rows_with_problems_leave_the_event_file_unchanged(event_file: Path, tmp_path: Path) -> None:
    bad = [*PEOPLE, dict(PEOPLE[0], email="françoise@@laposte")]
    path = _file(tmp_path, "bad.csv", csv_export(bad))
    before = event_file.read_bytes()
    with Event.open(event_file) as ev, pytest.raises(InvalidInput):
        ev.registrations.import_file(path)
    assert event_file.read_bytes() == before


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_reimporting_the_same_file_writes_nothing(event_file: Path, tmp_path: Path, fmt: str) -> None:
    data = csv_export(PEOPLE, encoding="cp1252") if fmt == "csv" else xlsx_export(PEOPLE)
    path = _file(tmp_path, f"all.{fmt}", data)
    with Event.open(event_file) as ev:
        first = ev.registrations.import_file(path)
    assert (first.created, first.unchanged) == (len(PEOPLE) - 3, 3)
    before, journal_before = event_file.read_bytes(), _journal(event_file)
    watcher = sqlite3.connect(event_file)
    version_before = watcher.execute("PRAGMA data_version").fetchone()[0]
    with Event.open(event_file) as ev:
        plan = ev.registrations.read(path)
        assert (len(plan.new), len(plan.updated), plan.unchanged) == (0, 0, len(PEOPLE))
        again = ev.registrations.apply(plan)
    assert (again.created, again.updated, again.unchanged) == (0, 0, len(PEOPLE))
    assert watcher.execute("PRAGMA data_version").fetchone()[0] == version_before  # no commit by anyone
    watcher.close()
    assert _journal(event_file) == journal_before
    assert event_file.read_bytes() == before


def test_a_later_export_updates_only_the_person_who_changed(event_file: Path, tmp_path: Path) -> None:
    with Event.open(event_file) as ev:
        ev.registrations.import_file(_file(tmp_path, "v1.csv", csv_export(PEOPLE)))
        before = {v.email: v for v in ev.roster.volunteers()}
    changed = [dict(p) for p in PEOPLE]
    changed[4].update(phone="0612121212", diet="Sans lactose", registered_at="2019/11/30 20:00:00")
    with Event.open(event_file) as ev:
        plan = ev.registrations.read(_file(tmp_path, "v2.csv", csv_export(changed, delimiter=",")))
        assert [(rec.email, diff) for rec, diff in plan.updated] == [  # type: ignore[union-attr]
            ("manon.bouchard@laposte.net", ["phone", "diet", "registered_at"])
        ]
        result = ev.registrations.apply(plan)
        after = {v.email: v for v in ev.roster.volunteers()}
    assert (result.created, result.updated, result.unchanged) == (0, 1, len(PEOPLE) - 1)
    manon = after["manon.bouchard@laposte.net"]
    assert (manon.phone, manon.diet, manon.id) == ("06 12 12 12 12", "Sans lactose", before[manon.email].id)
    assert {e: v for e, v in after.items() if e != manon.email} == {e: v for e, v in before.items() if e != manon.email}


def test_an_older_export_does_not_overwrite_a_later_registration(event_file: Path, tmp_path: Path) -> None:
    newer = [dict(PEOPLE[0], phone="0677777777", registered_at="2019/11/30 20:00:00")]
    with Event.open(event_file) as ev:
        ev.registrations.import_file(_file(tmp_path, "new.csv", csv_export(newer)))
        result = ev.registrations.import_file(_file(tmp_path, "old.csv", csv_export(PEOPLE[:1])))
        assert (result.updated, result.unchanged) == (0, 1)
        assert [v.phone for v in ev.roster.volunteers() if v.email == PEOPLE[0]["email"]] == ["06 77 77 77 77"]
