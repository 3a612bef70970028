"""``probono-desk demo EVENT --after-the-day``: the demo once the day is over, ready for the bilan."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from probono_desk.services.event import Event


def run(*args: str | Path, lang: str = "fr") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PROBONO_LANG": lang}
    return subprocess.run(
        [sys.executable, "-m", "probono_desk", *map(str, args)], capture_output=True, text=True, timeout=120, env=env
    )


def test_demo_after_the_day_then_its_bilan(tmp_path: Path) -> None:
    event = tmp_path / "apres.probono"
    done = run("demo", event, "--after-the-day")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        f"Événement de démonstration après la journée écrit : {event} (42 présent·es sur 52 bénévoles, 5 structures)."
    )
    status = json.loads(run("status", event, "--json").stdout)
    assert status["present"] == 42 and [s["present"] for s in status["structures"]] != [0] * 5
    out = tmp_path / "bilan.pdf"
    done = run("print", event, "bilan", "--out", out)
    assert done.returncode == 0, done.stderr
    first = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Sur la journée (présence enregistrée à l'accueil) 42" in first


def test_the_flag_in_english_and_the_default_demo_unchanged(tmp_path: Path) -> None:
    event = tmp_path / "after.probono"
    done = run("demo", event, "--after-the-day", "--lang", "en", lang="en")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        f"After-the-day demo event written: {event} (42 present out of 52 volunteers, 5 structures)."
    )
    with Event.open(event) as ev:
        assert ev.language == "en" and len(ev.deliverables.all()) == 5
    assert "--after-the-day" in run("demo", "--help").stdout
    before = tmp_path / "avant.probono"
    assert run("demo", before).returncode == 0
    with Event.open(before) as ev:
        assert ev.status.summary()["present"] == 0 and ev.deliverables.all() == {}
