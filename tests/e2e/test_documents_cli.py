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


def test_out_paths_that_cannot_be_written_exit_1_with_one_clear_line(demo_path: Path, tmp_path: Path) -> None:
    """A file in the way, a folder given as the file: exit 1, a French reason, no "erreur inattendue"."""
    blocker = tmp_path / "pas-un-dossier"
    blocker.write_text("x")
    ev = str(demo_path)
    for args in (
        ("print", ev, "badges", "--out", str(blocker / "b.pdf")),
        ("print", ev, "badges", "--out", str(tmp_path)),
        ("export", ev, "--out", str(blocker / "e.xlsx")),
        ("pack", ev, "--structure", "1", "--out", str(blocker / "p.zip")),
        ("codes", ev, "--out", str(blocker)),
        ("new", str(blocker / "n.probono"), "--name", "M", "--date", "2019-12-05"),
    ):
        done = run(*args)
        assert done.returncode == 1, (args, done.stderr)
        assert "Impossible d'écrire" in done.stderr and "inattendue" not in done.stderr, (args, done.stderr)
        assert "Traceback" not in done.stderr
    assert blocker.read_text() == "x"
