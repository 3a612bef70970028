"""``probono-desk print EVENT KIND --out FILE.pdf`` from the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "probono_desk", *args], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("kind", ["team-sheets", "sign-in", "certificates", "table-signs", "report"])
def test_print_each_kind(demo_path: Path, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"{kind}.pdf"
    done = run("print", str(demo_path), kind, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    assert len(PdfReader(out).pages) >= 1


def test_print_one_structure_and_refusals(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.pdf"
    done = run("print", str(demo_path), "table-signs", "--out", str(out), "--structure", "2")
    assert done.returncode == 0, done.stderr
    pages = PdfReader(out).pages
    assert len(pages) == 1 and "La Ludothèque du Grand Jeu" in " ".join(pages[0].extract_text().split())
    done = run("print", str(demo_path), "table-signs", "--out", str(tmp_path / "x.pdf"), "--structure", "Nulle part")
    assert done.returncode == 1 and "Nulle part" in done.stderr
    assert not (tmp_path / "x.pdf").exists()
    assert run("print", str(demo_path), "posters", "--out", str(tmp_path / "y.pdf")).returncode == 2
