"""The organiser's PIN on the command line (--pin or PROBONO_PIN), ``person`` and ``anonymise``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from probono_desk.services.event import Event

PIN = "135790"


def cli(*args: str | Path, pin_env: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {"PROBONO_LANG": "fr", "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    if pin_env is not None:
        env["PROBONO_PIN"] = pin_env
    return subprocess.run(
        [sys.executable, "-m", "probono_desk", *map(str, args)], capture_output=True, text=True, env=env, timeout=60
    )


@pytest.fixture
def locked(demo_path: Path) -> Path:
    with Event.open(demo_path) as ev:
        ev.privacy.set_pin(PIN)
    return demo_path


def test_exports_need_the_pin_when_one_is_set(locked: Path, tmp_path: Path) -> None:
    refused = cli("export", locked, "--out", tmp_path / "a.csv")
    assert refused.returncode == 1 and not (tmp_path / "a.csv").exists()
    assert refused.stderr.strip() == (
        "probono-desk: Code PIN de l'organisateur·rice incorrect ou absent : action refusée."
    )
    assert cli("export", locked, "--out", tmp_path / "b.csv", "--pin", "000000").returncode == 1
    assert cli("export", locked, "--out", tmp_path / "c.csv", "--pin", PIN).returncode == 0
    assert cli("codes", locked, "--out", tmp_path / "codes", pin_env=PIN).returncode == 0
    assert cli("codes", locked, "--out", tmp_path / "codes2").returncode == 1


def test_without_a_pin_exports_run_as_before(demo_path: Path, tmp_path: Path) -> None:
    assert cli("export", demo_path, "--out", tmp_path / "a.csv").returncode == 0


def test_person_writes_json_and_csv(locked: Path, tmp_path: Path) -> None:
    with Event.open(locked) as ev:
        person = ev.roster.volunteers()[5]
    out = tmp_path / "demande.json"
    assert cli("person", locked, "--email", person.email, "--out", out).returncode == 1
    done = cli("person", locked, "--email", person.email, "--out", out, "--pin", PIN)
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["inscription"]["email"] == person.email
    assert out.with_suffix(".csv").exists()
    unknown = cli("person", locked, "--email", "personne@nulle.part", "--out", out, "--pin", PIN)
    assert unknown.returncode == 1 and len(unknown.stderr.strip().splitlines()) == 1


def test_anonymise_asks_for_confirmation_then_the_pin(locked: Path) -> None:
    first = cli("anonymise", locked, "--pin", PIN)
    assert first.returncode == 1 and "--yes" in first.stderr
    assert cli("anonymise", locked, "--yes").returncode == 1
    done = cli("anonymise", locked, "--yes", "--pin", PIN)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "50 personne(s) anonymisée(s) ; 0 gardée(s) pour le Trail."
    with Event.open(locked) as ev:
        assert all(v.name.startswith("Bénévole anonyme ") for v in ev.roster.volunteers())
