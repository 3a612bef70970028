"""The schedule from the command line: ``status --json --at`` and ``print rundown``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

from probono_desk.core.clock import FixedClock
from probono_desk.services.event import Event


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "probono_desk", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PROBONO_LANG": "fr"},
    )


def test_status_json_at_a_moment_has_the_current_and_next_phase(demo_path: Path) -> None:
    result = run("status", str(demo_path), "--json", "--at", "2019-12-05T10:20")
    assert result.returncode == 0, result.stderr
    schedule = json.loads(result.stdout)["schedule"]
    assert schedule["current"] == {
        "title": "Découverte avec la structure",
        "kind": "travail",
        "starts_at": "2019-12-05T10:15:00",
        "ends_at": "2019-12-05T11:15:00",
        "remaining_s": 3300,
    }
    assert schedule["next"] == {"title": "Pause", "starts_at": "2019-12-05T11:15:00"}
    outside = json.loads(run("status", str(demo_path), "--json", "--at", "2019-12-05T07:59").stdout)["schedule"]
    assert outside["current"] is None and outside["next"]["title"] == "Accueil et check-in"
    bad = run("status", str(demo_path), "--json", "--at", "demain")
    assert bad.returncode == 2 and "invalide" in bad.stderr


def test_status_follows_the_operations_stored_in_the_file(demo_path: Path) -> None:
    clock = FixedClock(datetime(2019, 12, 5, 12, 0))
    with Event.open(demo_path, clock=clock) as ev:
        ev.schedule.start()
        production = next(p for p in ev.schedule.plan().phases if p.title == "Production")
        ev.schedule.shift(10, production.id)
    schedule = json.loads(run("status", str(demo_path), "--json", "--at", "2019-12-05T13:35").stdout)["schedule"]
    assert schedule["current"]["title"] == "Déjeuner" and schedule["current"]["ends_at"] == "2019-12-05T13:40:00"
    assert schedule["delay_s"] == 600
    text = run("status", str(demo_path), "--at", "2019-12-05T13:35").stdout
    assert "Phase en cours : Déjeuner (12:30–13:40, reste 5 min)" in text


def test_print_rundown_lists_the_day_and_the_readout_order(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "rundown.pdf"
    result = run("print", str(demo_path), "rundown", "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Déroulé de la journée" in text and "5 décembre 2019" in text
    for needle in (
        "8h30",
        "Accueil et check-in",
        "Plénière : lancement et pitchs des structures",
        "Déjeuner",
        "16h15",
        "Restitutions",
        "17h30",
        "Clôture",
        "Ordre de passage des restitutions",
        "16h22 – 16h29",
        "La Ludothèque du Grand Jeu",
    ):
        assert needle in text, needle
    assert "Attendu" not in text  # nothing moved yet
    fonts = {str(f["/BaseFont"]) for page in PdfReader(out).pages for f in page["/Resources"]["/Font"].values()}
    assert all("DejaVu" in f for f in fonts)


def test_rundown_shows_expected_times_once_the_day_moved(demo_path: Path, tmp_path: Path) -> None:
    clock = FixedClock(datetime(2019, 12, 5, 9, 10))
    with Event.open(demo_path, clock=clock) as ev:
        ev.schedule.start()
        ev.schedule.add_minutes(10)
        out = ev.documents.render("rundown", tmp_path / "late.pdf")
    text = PdfReader(out).pages[0].extract_text()
    assert "Attendu" in text and "17h10 – 17h40" in text
