"""What several test modules share: a keyboard-mode scanner through a mismatched layout, the demo's teams dealt
round-robin, the fonts a PDF uses, the command line run as a user runs it, and two stations that moved the same person
apart. Fixtures live in the ``conftest.py`` files; no test module imports another (tests/unit/test_test_imports.py)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from probono_desk.core.resources import resource_path
from probono_desk.services.event import Event
from probono_desk.services.stations import join_new
from probono_desk.storage.roster import set_membership

ROOT = Path(__file__).resolve().parents[1]
DEMO_DIR = resource_path("demo")
VOLUNTEERS_CSV = DEMO_DIR / "inscriptions-marathon.csv"
STRUCTURES_CSV = DEMO_DIR / "structures-laureates.csv"

# --- the scanner at the door ---------------------------------------------------------------------------------------

# What a keyboard-mode scanner types through a mismatched layout: the key positions of a US QWERTY layout and of a
# French AZERTY layout. A scanner "set to X" sends the keys that type the text in X; the laptop in Y prints what
# those keys mean in Y.
QWERTY_ROWS = ["`1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./"]
QWERTY_SHIFT = ["~!@#$%^&*()_+", "QWERTYUIOP{}", 'ASDFGHJKL:"', "ZXCVBNM<>?"]
AZERTY_ROWS = ["²&é\"'(-è_çà)=", "azertyuiop^$", "qsdfghjklmù", "wxcvbn,;:!"]
AZERTY_SHIFT = ["~1234567890°+", "AZERTYUIOP¨£", "QSDFGHJKLM%", "WXCVBN?./§"]


PIN = "246810"  # the organiser PIN of the after-the-day fixture


def _keymap(rows: list[str], shift: list[str]) -> dict[str, tuple[int, int, bool]]:
    keys: dict[str, tuple[int, int, bool]] = {}
    for r, (plain, shifted) in enumerate(zip(rows, shift, strict=True)):
        for c, ch in enumerate(plain):
            keys.setdefault(ch, (r, c, False))
        for c, ch in enumerate(shifted):
            keys.setdefault(ch, (r, c, True))
    return keys


def through_layout(text: str, scanner: str, laptop: str, caps_lock: bool = False) -> str:
    layouts = {"qwerty": (QWERTY_ROWS, QWERTY_SHIFT), "azerty": (AZERTY_ROWS, AZERTY_SHIFT)}
    send = _keymap(*layouts[scanner])
    rows, shift = layouts[laptop]
    out = []
    for ch in text:
        if ch == " ":
            out.append(" ")
            continue
        r, c, shifted = send[ch]
        typed = (shift if shifted else rows)[r][c]
        if caps_lock and typed.isalpha():
            typed = typed.swapcase()
        out.append(typed)
    return "".join(out)


# --- the demo's teams ---------------------------------------------------------------------------------------------

def assign_teams(ev: Event, every: int = 7) -> None:
    """Round-robin teams for the demo's volunteers; every ``every``-th one stays without a team."""
    structures = ev.roster.structures()
    with ev.write() as w:
        for i, v in enumerate(ev.roster.volunteers()):
            if i % every:
                set_membership(w.db, v.id, structures[i % len(structures)].id, w.at)


# --- printed documents --------------------------------------------------------------------------------------------

def font_report(data: bytes) -> list[tuple[str, bool]]:
    """(BaseFont, embedded) of every font any page or form on any page uses."""
    found: list[tuple[str, bool]] = []

    def visit(resources: Any) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            fonts = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            for f in fonts:
                desc = f.get("/FontDescriptor")
                desc = desc.get_object() if desc is not None else {}
                embedded = any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                found.append((str(font["/BaseFont"]), embedded))
        for xobject in (resources.get("/XObject") or {}).values():
            visit(xobject.get_object().get("/Resources"))

    for page in PdfReader(io.BytesIO(data)).pages:
        visit(page.get("/Resources"))
    return found


def assert_fonts_ok(data: bytes) -> None:
    fonts = font_report(data)
    assert fonts, "no font found at all"
    assert not [name for name, _ in fonts if "Helvetica" in name]
    assert all(embedded for _, embedded in fonts), fonts
    assert all("DejaVu" in name for name, _ in fonts), fonts


# --- the command line ---------------------------------------------------------------------------------------------

def run(*args: object, lang: str = "fr_FR.UTF-8", data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PROBONO_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(LANG=lang, PYTHONIOENCODING="utf-8", QT_QPA_PLATFORM="offscreen")
    if data_dir is not None:
        env["PROBONO_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "probono_desk", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


# --- stations -----------------------------------------------------------------------------------------------------

def double_move(tmp_path: Path, demo_path: Path) -> tuple[Path, Any, Any, list[str]]:
    """The organiser (hub) and the door each move one person and check another in while apart, then catch up.
    Returns the door's file, the person moved, the person checked in twice, and the structures."""
    organiser = Event.open(demo_path, station="Orga")
    hub = organiser.stations.host(listen="127.0.0.1", store=tmp_path / "hub")
    door = tmp_path / "porte.probono"
    try:
        assert join_new(door, hub.address, hub.code, "Porte").run_once(60).caught_up
        hub.client.stop()  # the organiser's own link drops: both now work alone
        structures = [s.id for s in organiser.teams.structures()]
        person, walker = organiser.roster.volunteers()[3], organiser.roster.volunteers()[4]
        with Event.open(door, station="Porte") as ev:
            ev.teams.move(person.id, structures[1])
            ev.checkin.check_in_volunteer(walker.id)
        organiser.teams.move(person.id, structures[2])
        organiser.checkin.check_in_volunteer(walker.id)  # a second arrival
        for path, station in ((demo_path, "Orga"), (door, "Porte"), (demo_path, "Orga")):
            assert join_new(path, hub.address, hub.code, station).run_once(60).caught_up
    finally:
        hub.stop()
        organiser.close()
    return door, person, walker, structures


def list_texts(model: Any) -> list[str]:
    """What a one-column list shows, top to bottom (the desk's results, the Parcours' reminders, a team's steps)."""
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]
