"""The command line: ``new --lang`` and ``demo --lang`` choose the event's language; documents follow it whatever
the interface; each message speaks the interface's language alone."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from probono_desk.core.i18n import set_language
from probono_desk.services.event import Event
from tests.faults import FAULTS, inject

FRENCH = re.compile(r"[éèàçù«»]|\b(le|la|les|du|des|fichier|dossier|disque|lecture)\b", re.IGNORECASE)


def run(*args: str, lang: str = "fr") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PROBONO_LANG": lang}
    return subprocess.run(
        [sys.executable, "-m", "probono_desk", *args], capture_output=True, text=True, timeout=120, env=env
    )


def test_new_with_lang_en_prints_english_documents_from_a_french_interface(tmp_path: Path) -> None:
    event = tmp_path / "london.probono"
    done = run("new", str(event), "--name", "Marathon London", "--date", "2019-12-05", "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Événement créé : {event} (documents en anglais)"
    with Event.open(event) as ev:
        assert ev.language == "en"
    out = tmp_path / "signs.pdf"
    done = run("print", str(event), "rundown", "--out", str(out))
    assert done.returncode == 0 and done.stdout.startswith("Document écrit")  # the message: the interface's
    text = PdfReader(out).pages[0].extract_text()
    assert "Running order of the day" in text and "Déroulé" not in text  # the page: the event's


def test_new_defaults_to_the_interface_language_and_refuses_another(tmp_path: Path) -> None:
    done = run("new", str(tmp_path / "a.probono"), "--name", "A", "--date", "2019-12-05", lang="en")
    assert done.returncode == 0 and done.stdout.strip().endswith("(documents in English)"), done.stdout
    with Event.open(tmp_path / "a.probono") as ev:
        assert ev.language == "en"
    done = run("new", str(tmp_path / "b.probono"), "--name", "B", "--date", "2019-12-05", "--lang", "de")
    assert done.returncode == 2 and not (tmp_path / "b.probono").exists()


def test_demo_follows_its_language(tmp_path: Path) -> None:
    done = run("demo", str(tmp_path / "demo.probono"), "--lang", "en")
    assert done.returncode == 0, done.stderr
    with Event.open(tmp_path / "demo.probono") as ev:
        assert ev.language == "en"
        titles = [p.title for p in ev.schedule.plan().phases]
    assert "Lunch" in titles and "Déjeuner" not in titles


@pytest.mark.parametrize("kind", FAULTS)
def test_a_failed_write_is_said_in_one_language(demo: Event, kind: str) -> None:
    """The reason inside the message ('disk full') speaks the message's language, not French inside English."""
    from probono_desk.core.errors import WriteFailed

    set_language("en")
    try:
        with inject(demo, kind), pytest.raises(WriteFailed) as caught:
            demo.rename("Marathon", "2019-12-05", "Lille")
        message = caught.value.message()
    finally:
        set_language(None)
    assert message.startswith("Saving failed"), message
    assert not FRENCH.search(message), message


def test_teams_text_speaks_english_typography(demo_path: Path) -> None:
    done = run("teams", str(demo_path), lang="en")
    assert done.returncode == 0, done.stderr
    rules = [line for line in done.stdout.splitlines() if line.startswith(("  ✓", "  ✗"))]
    assert rules and all(" : " not in line.split(".")[0] for line in rules), rules[:3]
