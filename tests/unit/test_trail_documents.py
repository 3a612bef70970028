"""What leaves the app after the day: the bilan PDF (rendered, fonts embedded, no text off a page, the hours and
their rule stated), the diagnostic's print (the confidential mark on every page, the attached PDF's pages too),
the team sheet's reference to it, and the workbook that leaves the diagnostic out without the organiser's PIN."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from probono_desk.core.clock import FixedClock
from probono_desk.core.deliverables import DeliverableText
from probono_desk.core.trail import CONFIDENTIAL
from probono_desk.services.event import Event
from probono_desk.services.exports import export
from probono_desk.services.trail import TrailChoice
from probono_desk.services.trail_bilan import diagnostic_pdf, gather, render_bilan
from probono_desk.services.trail_exports import LEFT_OUT
from probono_desk.services.trail_followup import DiagnosticLocked, TrailFollowupService
from tests.helpers import assert_fonts_ok

PIN = "246810"


def flat(text: str) -> str:
    return " ".join(text.split())


def texts(path: Path) -> list[str]:
    return [flat(page.extract_text() or "") for page in PdfReader(str(path)).pages]


def text_positions_inside(path: Path) -> list[tuple[int, str, float, float]]:
    """Every text run drawn outside its page's box: (page, text, x, y)."""
    outside: list[tuple[int, str, float, float]] = []
    for n, page in enumerate(PdfReader(str(path)).pages, start=1):
        box = page.mediabox
        left, bottom, right, top = float(box.left), float(box.bottom), float(box.right), float(box.top)

        def visit(
            text: str, cm: Any, tm: Any, _font: Any, size: float, n: int = n, box: tuple = (left, bottom, right, top)
        ) -> None:
            left, bottom, right, top = box
            if not text.strip():
                return
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            if not (left - 1 <= x <= right + 1 and bottom - 1 <= y <= top + 1):
                outside.append((n, text, x, y))
            # a run's end: its start plus its width must stay inside too (about half an em per character)
            elif x + 0.45 * size * len(text.strip()) * abs(cm[0] or 1) > right + 2 and len(text.strip()) > 3:
                outside.append((n, text, x, y))

        page.extract_text(visitor_text=visit)
    return outside


@pytest.fixture
def after(demo: Event, clock: FixedClock) -> Event:
    """The demo after the day for the Garage (table 4): its team checked in, a deliverable, a Trail of two."""
    garage = demo.roster.structures()[3]
    team = [v for v in demo.roster.volunteers() if v.structure_id == garage.id]
    clock.set(clock.now().replace(hour=8, minute=30))  # the plan starts at 8h30 (accueil)
    for v in team[:6]:
        demo.checkin.check_in_volunteer(v.id)
    clock.set(clock.now().replace(hour=16, minute=30))
    demo.deliverables.save(garage.id, DeliverableText(title="Plan de financement", summary="Trois scénarios à 3 ans"))
    demo.trail.save(garage.id, [TrailChoice(team[0].id, "lundis", True), TrailChoice(team[1].id)])
    demo.privacy.set_pin(PIN)
    return demo


def test_the_bilan_states_hours_with_their_rule_and_each_structure_path(after: Event, tmp_path: Path) -> None:
    bilan = gather(after)
    garage = bilan.structures[3]
    # 6 people from 8h30: the whole day each (the plan's half-days), plus the demo's Trail sessions
    day_length = bilan.day_length_minutes
    assert garage.hours.day_minutes == 6 * day_length and garage.hours.day_people == 6
    assert garage.hours.trail_minutes == 3 * 150 + 2 * 90 + 1 * 45
    assert bilan.hours.total_minutes == 6 * day_length + sum(s.hours.trail_minutes for s in bilan.structures)
    out = render_bilan(after, tmp_path / "bilan.pdf")
    pages = texts(out)
    whole = " ".join(pages)
    total_hours = bilan.hours.total_minutes // 60
    assert f"{total_hours} h" in pages[0] and "mécénat de compétences" in pages[0]
    assert "Règle de calcul" in pages[0] and "pause déjeuner déduite" in pages[0]
    assert "Recommandations : faites / prévues" in whole and "Résultats à mi-parcours" in whole
    assert "Plan de financement — Trois scénarios à 3 ans" in whole
    assert "2 faite(s) sur 4 prévue(s)" in whole  # the Garage: the dropped one is not planned any more
    assert "1. Finance / comptabilité · 2. Stratégie · 3. Levée de fonds" in whole
    assert all(s.name in whole for s in after.roster.structures())
    assert CONFIDENTIAL not in whole  # the bilan quotes no diagnostic summary


def test_the_bilan_pdf_renders_with_embedded_fonts_and_nothing_off_the_page(after: Event, tmp_path: Path) -> None:
    out = render_bilan(after, tmp_path / "bilan.pdf")
    assert_fonts_ok(out.read_bytes())
    assert text_positions_inside(out) == []
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils, installed by scripts/setup.sh) is missing")
    done = subprocess.run(["pdftoppm", "-png", "-r", "30", str(out), str(tmp_path / "page")], capture_output=True,
                          timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert len(list(tmp_path.glob("page-*.png"))) == len(PdfReader(str(out)).pages) >= 3


def test_every_page_of_the_diagnostic_print_says_confidential(after: Event, tmp_path: Path) -> None:
    garage = after.roster.structures()[3]
    with pytest.raises(DiagnosticLocked):
        diagnostic_pdf(after, garage.id, tmp_path / "refused.pdf", pin="0000")
    assert not (tmp_path / "refused.pdf").exists()
    out = diagnostic_pdf(after, garage.id, tmp_path / "diag.pdf", pin=PIN)
    pages = texts(out)
    assert len(pages) == 2  # the sheet, then the attached PDF's own page
    assert all(page.count(CONFIDENTIAL) >= 2 for page in pages), pages  # top and bottom of each
    assert "Finance / comptabilité" in pages[0] and "Besoin n° 1" in pages[1]
    assert text_positions_inside(out) == []


def test_the_team_sheet_that_refers_to_the_diagnostic_says_confidential(after: Event, tmp_path: Path) -> None:
    out = after.documents.render("team-sheets", tmp_path / "fiches.pdf")
    pages = texts(out)
    assert len(pages) == 5
    assert all(CONFIDENTIAL in page and "DIAGNOSTIC" in page for page in pages)
    assert "7 novembre 2019, document joint" in pages[3]
    TrailFollowupService(after).db.execute("DELETE FROM trail_diagnostics")
    assert all(CONFIDENTIAL not in page for page in texts(after.documents.render("team-sheets", tmp_path / "b.pdf")))


def test_the_workbook_leaves_the_diagnostic_out_unless_the_pin_is_given(after: Event, tmp_path: Path) -> None:
    secret = "Le garage équilibre ses comptes"

    def diagnostics(pin: str | None) -> list[list[Any]]:
        wb = load_workbook(export(after, tmp_path / f"{pin}.xlsx", pin=pin))
        return [[c.value for c in row] for row in wb["Diagnostics"].iter_rows(min_row=2)]

    without = diagnostics(None)
    assert len(without) == 5 and all(row[5] == LEFT_OUT for row in without)
    assert not any(secret in str(cell) for row in without for cell in row)
    assert without[3][6] == LEFT_OUT and not without[0][6]  # the document's name too, where there is one
    assert any(secret in str(row[5]) for row in diagnostics("0000")) is False
    with_pin = diagnostics(PIN)
    assert secret in with_pin[3][5] and with_pin[3][6] == "diagnostic-garage-solidaire.pdf"
    assert with_pin[3][4] == "Finance / comptabilité ; Stratégie ; Levée de fonds"  # the needs are not secret


def test_the_workbook_has_the_sessions_recommendations_and_midterm_answers(after: Event, tmp_path: Path) -> None:
    wb = load_workbook(export(after, tmp_path / "m.xlsx"))
    sessions = [[c.value for c in r] for r in wb["Séances Trail"].iter_rows(min_row=2)]
    assert len(sessions) == 6 and {r[2] for r in sessions} == {"Séance", "Note de suivi"}
    recos = [[c.value for c in r] for r in wb["Recommandations"].iter_rows(min_row=2)]
    assert [r[5] for r in recos[:5]] == ["Fait", "Fait", "En cours", "À lancer", "Abandonné"]
    answers = [[c.value for c in r] for r in wb["Mi-parcours"].iter_rows(min_row=2)]
    assert ["Impact de la mission sur la structure", 5] in [r[5:] for r in answers]


def test_the_off_page_check_catches_text_past_the_edge(tmp_path: Path) -> None:
    from probono_desk.output.pdf import new_canvas

    out = tmp_path / "off.pdf"
    canvas = new_canvas(out)
    canvas.drawString(40, 400, "Inside the page")
    canvas.drawString(520, 300, "This line runs well past the right edge")
    canvas.drawString(40, 900, "Above the top")
    canvas.save()
    caught = {text.strip() for _page, text, _x, _y in text_positions_inside(out)}
    assert caught == {"This line runs well past the right edge", "Above the top"}


def test_an_english_event_prints_its_bilan_and_diagnostic_in_english(tmp_path: Path, clock: FixedClock) -> None:
    from probono_desk.services.demo import write_demo

    with write_demo(tmp_path / "en.probono", clock=clock, language="en") as ev:
        ev.privacy.set_pin(PIN)
        garage = ev.roster.structures()[3]
        pages = texts(diagnostic_pdf(ev, garage.id, tmp_path / "diag.pdf", pin=PIN))
        assert all(page.count("Confidential — for the mission's use only") >= 2 for page in pages)
        assert "Needs, in order of priority" in pages[0]
        bilan = " ".join(texts(render_bilan(ev, tmp_path / "bilan.pdf")))
        assert "Programme report" in bilan and "of skills-based sponsorship" in bilan
        assert "lunch break excluded" in bilan and "Mécénat" not in bilan
        assert "What has changed since the day?" in bilan  # the mid-term form's own questions too
        assert text_positions_inside(tmp_path / "bilan.pdf") == []
        sheets = " ".join(texts(ev.documents.render("team-sheets", tmp_path / "sheets.pdf")))
        assert "Confidential — for the mission's use only" in sheets
