"""The command line as a user runs it: ``python -m probono_desk`` in a subprocess, exit codes, stdout/stderr,
and the event file's bytes."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from probono_desk.cli import COMMANDS
from tests.helpers import STRUCTURES_CSV, VOLUNTEERS_CSV, run
from tests.unit.exports import PEOPLE, csv_export


@pytest.fixture
def event_file(tmp_path: Path) -> Path:
    path = tmp_path / "marathon.probono"
    done = run("new", path, "--name", "Marathon Probono Lille", "--date", "2019-12-05", data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    return path


def _journal(path: Path) -> list[tuple[str, ...]]:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT id, action, payload FROM journal ORDER BY id").fetchall()
    conn.close()
    return rows


def _file(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_version_and_help_exit_0() -> None:
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("probono-desk ")
    french = run("--help")
    assert french.returncode == 0 and "utilisation" in french.stdout and "importer des inscriptions" in french.stdout


FRENCH_WORDS = re.compile(
    r"[àâçéèêëîïôûùœ«»]|\b(utilisation|afficher|cette|aide|quitter|le|la|les|des|du|un|une|et|ou|sans|avec|"
    r"fichier|équipes?|bénévoles?|événement|structures? lauréates?)\b",
    re.IGNORECASE,
)


def test_help_is_english_with_lang_c() -> None:
    done = run("--help", lang="C")
    assert done.returncode == 0
    assert "usage: probono-desk" in done.stdout and "import registrations or structures (CSV, XLSX)" in done.stdout
    assert "Without a command: opens the window." in " ".join(done.stdout.split())
    assert FRENCH_WORDS.findall(done.stdout) == []
    sub = run("import", "--help", lang="C")
    assert "show what would be imported without writing anything" in sub.stdout


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_subcommand_help_is_english_with_lang_c(command: str) -> None:
    english = run(command, "--help", lang="C")
    assert english.returncode == 0, english.stderr
    assert english.stdout.startswith(f"usage: probono-desk {command}")
    assert "options:" in english.stdout and "show this help message and exit" in english.stdout
    assert FRENCH_WORDS.findall(english.stdout) == [], english.stdout  # nothing left in French
    french = run(command, "--help")
    assert french.stdout.startswith(f"utilisation : probono-desk {command}")
    assert english.stdout != french.stdout


def test_new_with_a_bad_date_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "x.probono"
    done = run("new", path, "--name", "X", "--date", "05/12/2019", data_dir=tmp_path)
    assert done.returncode == 1
    assert "AAAA-MM-JJ" in done.stderr and "Traceback" not in done.stderr
    assert not path.exists()
    english = run("new", path, "--name", "X", "--date", "2019-13-45", lang="C", data_dir=tmp_path)
    assert english.returncode == 1 and "expected YYYY-MM-DD" in english.stderr


def test_import_then_status_json(event_file: Path, tmp_path: Path) -> None:
    structures = run("import", event_file, STRUCTURES_CSV, data_dir=tmp_path)
    assert structures.returncode == 0, structures.stderr
    assert "5 nouveaux" in structures.stdout
    volunteers = run("import", event_file, VOLUNTEERS_CSV, "--kind", "volunteers", data_dir=tmp_path)
    assert volunteers.returncode == 0 and "50 nouveaux" in volunteers.stdout
    status = run("status", event_file, "--json", data_dir=tmp_path)
    assert status.returncode == 0
    summary = json.loads(status.stdout)
    assert summary["event"]["name"] == "Marathon Probono Lille" and summary["event"]["date"] == "2019-12-05"
    assert (summary["volunteers"], summary["present"]) == (50, 0)
    assert len(summary["structures"]) == 5
    for structure in summary["structures"]:
        assert {"name", "table", "members", "present"} <= set(structure)
        assert isinstance(structure["members"], int) and structure["present"] == 0
    assert summary["structures"][0] == summary["structures"][0] | {"name": "Les Jardins du Partage", "table": "1"}


def test_reimport_changes_nothing(event_file: Path, tmp_path: Path) -> None:
    assert run("import", event_file, VOLUNTEERS_CSV, data_dir=tmp_path).returncode == 0
    before, journal = event_file.read_bytes(), _journal(event_file)
    again = run("import", event_file, VOLUNTEERS_CSV, data_dir=tmp_path)
    assert again.returncode == 0 and "0 nouveaux, 0 mis à jour, 50 inchangés" in again.stdout
    assert event_file.read_bytes() == before and _journal(event_file) == journal


def test_png_renamed_csv_is_refused_with_exit_1(event_file: Path, tmp_path: Path) -> None:
    png = _file(tmp_path, "inscriptions.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    before, journal = event_file.read_bytes(), _journal(event_file)
    done = run("import", event_file, png, data_dir=tmp_path)
    assert done.returncode == 1 and done.stdout == ""
    [line] = done.stderr.strip().splitlines()
    assert "« inscriptions.csv » est une image PNG, pas un export d'inscriptions" in line
    assert event_file.read_bytes() == before and _journal(event_file) == journal
    english = run("import", event_file, png, lang="C", data_dir=tmp_path)
    assert english.returncode == 1 and "is a PNG image, not a registrations export" in english.stderr


def test_usage_errors_exit_2(event_file: Path, tmp_path: Path) -> None:
    missing = run("import", event_file, data_dir=tmp_path)
    assert missing.returncode == 2 and "FILE" in missing.stderr
    bad_kind = run("import", event_file, VOLUNTEERS_CSV, "--kind", "people", data_dir=tmp_path)
    assert bad_kind.returncode == 2 and "choix invalide" in bad_kind.stderr


def test_dry_run_writes_nothing(event_file: Path, tmp_path: Path) -> None:
    export = _file(tmp_path, "export.csv", csv_export(PEOPLE, encoding="cp1252"))
    before, journal = event_file.read_bytes(), _journal(event_file)
    done = run("import", event_file, export, "--dry-run", data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Essai à blanc : 8 nouveaux, 0 mis à jour, 0 inchangés, 0 ligne(s) en erreur. Rien n'a été écrit." in (
        done.stdout
    )
    assert event_file.read_bytes() == before and _journal(event_file) == journal


def test_kind_option(event_file: Path, tmp_path: Path) -> None:
    wrong = run("import", event_file, VOLUNTEERS_CSV, "--kind", "structures", data_dir=tmp_path)
    assert wrong.returncode == 1 and "ne ressemble pas à une liste de structures" in wrong.stderr
    right = run("import", event_file, STRUCTURES_CSV, "--kind", "structures", data_dir=tmp_path)
    assert right.returncode == 0 and "5 nouveaux" in right.stdout


def test_duplicate_and_unmapped_column_messages(event_file: Path, tmp_path: Path) -> None:
    again = dict(PEOPLE[2], email="LEA.WATTEL@YAHOO.FR", registered_at="2019/11/30 09:00:00")
    export = _file(tmp_path, "doublons.csv", csv_export([*PEOPLE, again], extra_columns=True))
    done = run("import", event_file, export, data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "doublon : lea.wattel@yahoo.fr (lignes 5 et 15) ; l'inscription la plus récente est gardée (ligne 15)" in (
        done.stderr
    )
    assert "colonnes ignorées : ID interne, Commentaires, Source" in done.stderr
    assert "8 nouveaux" in done.stdout and "1 doublons fusionnés" in done.stdout


def test_rows_with_problems_all_or_nothing_then_partial(event_file: Path, tmp_path: Path) -> None:
    export = _file(tmp_path, "erreurs.csv", csv_export([*PEOPLE, dict(PEOPLE[0], email="francoise@@laposte")]))
    before, journal = event_file.read_bytes(), _journal(event_file)
    refused = run("import", event_file, export, data_dir=tmp_path)
    assert refused.returncode == 1
    assert "ligne 15, E-mail : adresse e-mail invalide (erreur)" in refused.stderr
    assert "1 ligne(s) à corriger ; rien n'a été importé" in refused.stderr
    assert event_file.read_bytes() == before and _journal(event_file) == journal
    partial = run("import", event_file, export, "--partial", data_dir=tmp_path)
    assert partial.returncode == 0 and "8 nouveaux" in partial.stdout and "1 ignorés" in partial.stdout
    english = run("import", event_file, export, "--dry-run", lang="C", data_dir=tmp_path)
    assert "line 15, Email: invalid email address (error)" in english.stderr


def test_import_into_a_missing_event_file_exits_1(tmp_path: Path) -> None:
    done = run("import", tmp_path / "absent.probono", VOLUNTEERS_CSV, data_dir=tmp_path)
    assert done.returncode == 1 and "n'existe pas" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "absent.probono").exists()
