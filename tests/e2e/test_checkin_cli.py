"""``probono-desk checkin``, ``print … badges`` and ``codes`` through the real command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from probono_desk.core.codes import ALPHABET, event_tag, format_code, new_code
from probono_desk.services.event import Event
from tests.helpers import assign_teams, through_layout


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "probono_desk", *map(str, args)],
        capture_output=True,
        text=True,
        env={"PROBONO_LANG": "fr", "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )


@pytest.fixture
def door(demo_path: Path) -> tuple[Path, dict[str, str], dict[str, str]]:
    """The demo file with teams; the codes and names of its volunteers."""
    ev = Event.open(demo_path)
    try:
        assign_teams(ev)
        codes = ev.checkin.ensure_codes()
        names = {v.id: v.name for v in ev.roster.volunteers()}
    finally:
        ev.close()
    return demo_path, codes, names


def _digest(path: Path) -> tuple[int, ...]:
    ev = Event.open(path)
    try:
        return tuple(ev.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("journal", "checkins"))
    finally:
        ev.close()


def test_scan_exit_codes_and_messages(door: tuple[Path, dict[str, str], dict[str, str]]) -> None:
    path, codes, names = door
    vid, code = next(iter(codes.items()))
    first = cli("checkin", path, "--scan", format_code(code), "--station", "porte-1")
    assert first.returncode == 0, first.stderr
    assert f"Bienvenue {names[vid]} !" in first.stdout
    again = cli("checkin", path, "--scan", code)
    assert again.returncode == 3
    assert "Déjà enregistré·e" in again.stdout and "poste porte-1" in again.stdout

    before = _digest(path)
    other = cli("checkin", path, "--scan", new_code(event_tag("another")))
    damaged = cli("checkin", path, "--scan", code[:5] + next(c for c in ALPHABET if c != code[5]) + code[6:])
    unknown = cli("checkin", path, "--scan", "bonjour")
    messages = {r.stderr.strip() for r in (other, damaged, unknown)}
    assert [r.returncode for r in (other, damaged, unknown)] == [1, 1, 1]
    assert len(messages) == 3
    assert "autre événement" in other.stderr and "abîmé" in damaged.stderr and "inconnu" in unknown.stderr
    assert _digest(path) == before  # refused: the file is unchanged


def test_layout_mismatched_scan_through_the_cli(door: tuple[Path, dict[str, str], dict[str, str]]) -> None:
    path, codes, _names = door
    code = list(codes.values())[1]
    typed = through_layout(format_code(code), "qwerty", "azerty", caps_lock=True)
    assert cli("checkin", path, "--scan", typed).returncode == 0


def test_search_checks_in_one_match_lists_several(door: tuple[Path, dict[str, str], dict[str, str]]) -> None:
    path, _codes, _names = door
    several = cli("checkin", path, "--search", "dupont")
    assert several.returncode == 1
    assert "2 personnes correspondent" in several.stderr
    assert "Amélie Dupont" in several.stdout and "Manon Dupont" in several.stdout
    assert _digest(path)[1] == 0
    ev = Event.open(path)
    email = next(v.email for v in ev.roster.volunteers() if v.last_name == "Dupont")
    ev.close()
    one = cli("checkin", path, "--search", email.upper())
    assert one.returncode == 0 and "Dupont" in one.stdout
    assert "@" not in one.stdout  # the outcome shows no email
    nobody = cli("checkin", path, "--search", "Xyzzy Qwwq")
    assert nobody.returncode == 1 and "personne ne correspond" in nobody.stderr


def test_print_badges_then_check_in_from_a_photo(
    door: tuple[Path, dict[str, str], dict[str, str]], tmp_path: Path
) -> None:
    path, _codes, _names = door
    pdf = tmp_path / "badges.pdf"
    printed = cli("print", path, "badges", "--out", pdf)
    assert printed.returncode == 0, printed.stderr
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")], check=True)
    page = next(tmp_path.glob("p*.png"))
    result = cli("checkin", path, "--image", page)
    assert result.returncode == 0 and "Bienvenue" in result.stdout
    blank = tmp_path / "blank.png"
    from PIL import Image

    Image.new("L", (300, 300), 255).save(blank)
    none = cli("checkin", path, "--image", blank)
    assert none.returncode == 1 and "Aucun code QR trouvé dans l'image" in none.stderr
    no_walkins = cli("print", path, "badges", "--out", tmp_path / "w.pdf", "--only-walk-ins")
    assert no_walkins.returncode == 1 and "Aucun badge" in no_walkins.stderr


def test_codes_export(door: tuple[Path, dict[str, str], dict[str, str]], tmp_path: Path) -> None:
    path, codes, _names = door
    result = cli("codes", path, "--out", tmp_path / "envoi")
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "envoi" / "codes.csv").read_text(encoding="utf-8-sig")
    assert all(format_code(c) in text for c in codes.values())
    assert len(list((tmp_path / "envoi" / "qr").glob("*.png"))) == 50
