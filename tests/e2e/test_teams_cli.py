"""``probono-desk teams EVENT --auto --json``: the issue's JSON contract, every hard rule met on the demo."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HARD = {"taille", "epinglages", "organisations", "competences", "isolement"}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "probono_desk", *args], capture_output=True, text=True, timeout=60, check=False
    )


def test_teams_auto_json_on_the_demo(demo_path: Path) -> None:
    done = _run("teams", str(demo_path), "--auto", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) == {"teams", "unassigned"} and data["unassigned"] == []
    assert len(data["teams"]) == 5
    for team in data["teams"]:
        assert set(team) == {"structure", "members", "checks"}
        for member in team["members"]:
            assert set(member) == {"id", "name", "organisation", "situation", "skills", "preference", "why"}
            assert member["why"]
        for check in team["checks"]:
            assert set(check) == {"rule", "met", "why"}
            if check["rule"] in HARD:
                assert check["met"], (team["structure"], check)
    assert sum(len(t["members"]) for t in data["teams"]) == 50
    again = json.loads(_run("teams", str(demo_path), "--auto", "--json").stdout)
    assert again == data


def test_teams_text_and_refused_file(tmp_path: Path, demo_path: Path) -> None:
    done = _run("teams", str(demo_path))
    assert done.returncode == 0 and "Table 1 · Les Jardins du Partage" in done.stdout
    bogus = tmp_path / "x.probono"
    bogus.write_bytes(b"not a database")
    refused = _run("teams", str(bogus), "--auto")
    assert refused.returncode == 1 and "n'est pas un fichier" in refused.stderr
