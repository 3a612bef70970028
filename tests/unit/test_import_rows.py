"""Row-level rules: the same person twice, problems by line/field/why, all-or-nothing and partial imports."""

from __future__ import annotations

from pathlib import Path

import pytest

from probono_desk.core.errors import InvalidInput
from probono_desk.services.event import Event
from tests.unit.exports import PEOPLE, csv_export, person


def _write(tmp_path: Path, people: list[dict[str, str]], name: str = "export.csv", **options: object) -> Path:
    path = tmp_path / name
    path.write_bytes(csv_export(people, **options))  # type: ignore[arg-type]
    return path


def test_same_email_in_any_case_is_one_person_latest_registration_wins(event: Event, tmp_path: Path) -> None:
    later = dict(PEOPLE[0], email="FRANCOISE.Coeurderoy@LaPoste.net", phone="0699999999")
    later["registered_at"] = "2019/06/30 08:00:00"  # later than line 2's 2019/05/18
    earlier_again = dict(PEOPLE[0], phone="0611111111", registered_at="2019/05/01 08:00:00")
    # Line 2: Françoise (18 May); line 10: Françoise again (30 June, upper case e-mail); line 11: again (1 May).
    path = _write(tmp_path, [*PEOPLE, later, earlier_again], delimiter=",", order=("registered_at", "email",
                  "first_name", "last_name", "phone"))  # fmt: skip
    plan = event.registrations.read(path)
    assert len(plan.new) == len(PEOPLE)
    assert sorted(plan.reading.duplicates) == [
        (10, 2, "francoise.coeurderoy@laposte.net"),
        (10, 11, "francoise.coeurderoy@laposte.net"),
    ]
    result = event.registrations.apply(plan)
    assert (result.created, result.duplicates) == (len(PEOPLE), 2)
    [francoise] = [v for v in event.roster.volunteers() if v.first_name == "Françoise"]
    assert francoise.phone == "06 99 99 99 99" and francoise.registered_at == "2019-06-30T08:00:00"
    assert francoise.source_row == 10


def test_duplicates_without_timestamps_keep_the_last_line(event: Event, tmp_path: Path) -> None:
    rows = [["Prénom", "Nom", "E-mail", "Téléphone"], ["Léa", "Wattel", "lea@x.fr", "0611111111"]]
    rows += [["Léa", "Wattel", "LEA@X.FR", "0622222222"]]
    path = tmp_path / "d.csv"
    path.write_bytes(csv_export(rows=rows))
    plan = event.registrations.read(path)
    assert plan.reading.duplicates == [(3, 2, "lea@x.fr")]
    event.registrations.apply(plan)
    assert [v.phone for v in event.roster.volunteers()] == ["06 22 22 22 22"]


def test_problems_are_reported_by_line_field_and_why(event: Event, tmp_path: Path) -> None:
    bad_email = person(email="jean.dupont@", first_name="Jean", last_name="Dupont")
    no_name = person(email="anonyme@example.org", first_name="", last_name="")
    only_first = person(email="cher@example.org", first_name="Cher", last_name="")
    path = _write(tmp_path, [PEOPLE[1], bad_email, PEOPLE[5], no_name, only_first], delimiter=",", order=(
        "email", "first_name", "last_name", "phone"))  # fmt: skip
    plan = event.registrations.read(path)
    problems = [(p.line, p.field, p.why, p.blocking) for p in plan.reading.problems]
    assert problems == [
        (3, "email", "adresse e-mail invalide", True),
        (5, "first_name", "ni prénom ni nom", True),
        (6, "last_name", "prénom ou nom manquant, importé tel quel", False),
    ]
    assert len(plan.new) == 3  # Inès, Éric and Cher (a warning only)


def test_all_or_nothing_by_default(event: Event, tmp_path: Path) -> None:
    path = _write(tmp_path, [*PEOPLE, person(email="pas-une-adresse")])
    journal_before = event.db.execute("SELECT COUNT(*) FROM journal").fetchone()[0]
    with pytest.raises(InvalidInput) as info:
        event.registrations.import_file(path)
    message = info.value.message("fr")
    assert "1 ligne(s) à corriger ; rien n'a été importé" in message
    assert "ligne 15, E-mail : adresse e-mail invalide" in message  # multi-line comments push it to line 15
    assert event.roster.volunteers() == []
    assert event.db.execute("SELECT COUNT(*) FROM journal").fetchone()[0] == journal_before


def test_partial_imports_the_valid_rows(event: Event, tmp_path: Path) -> None:
    path = _write(tmp_path, [*PEOPLE, person(email="pas-une-adresse"), person(first_name="", last_name="")])
    result = event.registrations.import_file(path, allow_partial=True)
    assert (result.created, result.skipped) == (len(PEOPLE), 2)
    assert len(event.roster.volunteers()) == len(PEOPLE)
    payload = event.db.execute("SELECT payload FROM journal WHERE action = 'import.volunteers'").fetchone()[0]
    assert '"skipped": 2' in payload and "@" not in payload  # facts, never personal data


def test_preview_rows_skip_blank_lines(event: Event, tmp_path: Path) -> None:
    path = _write(tmp_path, PEOPLE, blank_every=1, title_lines=["Export"])
    plan = event.registrations.read(path)
    preview = plan.preview_rows(3)
    assert [row[2] for row in preview] == ["Françoise", "Inès", "Léa"]


def test_mapping_override_feeds_a_field_from_another_column(event: Event, tmp_path: Path) -> None:
    rows = [["Prénom", "Nom", "Courriel perso", "Mail pro"], ["Léa", "Wattel", "lea@perso.fr", "lea@work.fr"]]
    path = tmp_path / "m.csv"
    path.write_bytes(csv_export(rows=rows))
    plan = event.registrations.read(path)
    assert plan.mapping.columns["email"] == 2
    mapping = plan.mapping.with_override("email", 3)
    assert "Courriel perso" in mapping.unmapped and "Mail pro" not in mapping.unmapped
    event.registrations.apply(event.registrations.read(path, mapping=mapping))
    assert [v.email for v in event.roster.volunteers()] == ["lea@work.fr"]
