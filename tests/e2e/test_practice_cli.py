"""« Répétition » from the command line: ``probono-desk practice EVENT --out COPY`` makes a marked copy, never touches
the real event, refuses what it must; ``status --json`` says which file is a copy; every page of every print kind
of a copy carries EXERCICE (PRACTICE in English)."""

from __future__ import annotations

import hashlib
import json
import random
from datetime import date, datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from probono_desk.cli import main
from probono_desk.core.clock import FixedClock
from probono_desk.core.errors import InvalidInput
from probono_desk.core.practice import PracticeClock, RushKind, is_event_day, parse_speed, parse_start, rush_script
from probono_desk.services import practice
from probono_desk.services.documents import KINDS
from probono_desk.services.event import Event


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def copy_path(demo_path: Path, tmp_path: Path) -> Path:
    out = tmp_path / "exercice.probono"
    assert main(["practice", str(demo_path), "--out", str(out)]) == 0
    return out


def test_practice_copy_is_marked_and_the_real_event_never_changes(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sha(demo_path)
    out = tmp_path / "exercice.probono"
    assert main(["practice", str(demo_path), "--out", str(out)]) == 0
    assert "exercice.probono" in capsys.readouterr().out
    assert sha(demo_path) == before
    with Event.open(out) as copy:
        info = practice.practice_info(copy)
        assert info is not None
        assert Path(info.source_path) == demo_path.resolve()
        with Event.open(demo_path) as real:
            assert info.source_id == real.info.id
            real_count = len(real.roster.volunteers())
        trainees = practice.trainee_ids(copy)
        assert len(trainees) == 6
        assert len(copy.roster.volunteers()) == real_count + 6
        # writing in the copy: check-ins, a walk-in
        code = copy.checkin.ensure_codes()[copy.roster.volunteers()[0].id]
        assert copy.checkin.scan(code).__class__.__name__ == "CheckedIn"
        copy.checkin.register_walk_in(first_name="Anne", last_name="Exemple")
    assert sha(demo_path) == before
    with Event.open(demo_path) as real:
        assert not practice.is_practice(real)
        assert real.checkin.present_ids() == set()


def test_practice_refusals(
    demo_path: Path, copy_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before, copy_before = sha(demo_path), sha(copy_path)
    assert main(["practice", str(demo_path), "--out", str(copy_path)]) == 1  # exists
    assert "existe déjà" in capsys.readouterr().err
    assert main(["practice", str(demo_path), "--out", str(demo_path)]) == 1  # the event itself
    assert "l'événement lui-même" in capsys.readouterr().err
    blocked = tmp_path / "folder-file"
    blocked.write_text("x")
    assert main(["practice", str(demo_path), "--out", str(blocked / "c.probono")]) == 1  # cannot be written
    assert "Impossible d'écrire" in capsys.readouterr().err
    assert main(["practice", str(copy_path), "--out", str(tmp_path / "c2.probono")]) == 1  # a copy of a copy
    assert "déjà une copie d'exercice" in capsys.readouterr().err
    assert not (tmp_path / "c2.probono").exists()
    assert sha(demo_path) == before and sha(copy_path) == copy_before
    assert not list(tmp_path.glob("*.part"))


def test_status_json_says_practice(demo_path: Path, copy_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", str(copy_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["practice"] is True
    assert main(["status", str(demo_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["practice"] is False


@pytest.mark.parametrize("language, mark", [("fr", "EXERCICE"), ("en", "PRACTICE")])
def test_every_page_of_every_print_kind_carries_the_mark(
    demo_path: Path, tmp_path: Path, language: str, mark: str
) -> None:
    out = tmp_path / "exercice.probono"
    practice.make_copy(demo_path, out)
    with Event.open(out) as copy:
        copy.set_language(language)
        for kind in KINDS:
            pdf = copy.documents.render(kind, tmp_path / f"{kind}.pdf")
            pages = PdfReader(str(pdf)).pages
            assert pages
            for number, page in enumerate(pages, start=1):
                assert mark in page.extract_text(), f"{kind} page {number}"
        structure_id = copy.roster.structures()[0].id
        pack = copy.deliverables.pack(structure_id, tmp_path / "pack")
        summary = next(pack.glob("*.pdf"))
        assert all(mark in p.extract_text() for p in PdfReader(str(summary)).pages)
    with Event.open(demo_path) as real:  # the real event's pages carry no mark
        for kind in ("badges", "report"):
            pdf = real.documents.render(kind, tmp_path / f"real-{kind}.pdf")
            assert all("EXERCICE" not in p.extract_text() for p in PdfReader(str(pdf)).pages)


def test_practice_badges_still_scan(demo_path: Path, tmp_path: Path) -> None:
    """The watermark is light: a trainee's badge printed from the copy checks them in from its QR code."""
    import subprocess

    import zxingcpp
    from PIL import Image

    out = tmp_path / "exercice.probono"
    practice.make_copy(demo_path, out)
    with Event.open(out) as copy:
        trainee = practice.trainee_ids(copy)[0]
        pdf = copy.documents.render("badges", tmp_path / "b.pdf", only_ids=trainee)
        subprocess.run(["pdftoppm", "-png", "-r", "150", str(pdf), str(tmp_path / "b")], check=True)
        image = Image.open(next(tmp_path.glob("b-*.png")))
        texts = [r.text for r in zxingcpp.read_barcodes(image)]
        assert texts
        outcome = copy.checkin.scan(texts[0])
        assert outcome.__class__.__name__ == "CheckedIn"
        assert outcome.volunteer_id == trainee  # type: ignore[attr-defined]


def test_practice_clock_rules() -> None:
    real = FixedClock(datetime(2019, 11, 28, 19, 0))
    clock = PracticeClock(real, date(2019, 12, 5), time(8, 25), 10)
    assert clock.now() == datetime(2019, 12, 5, 8, 25)
    real.advance(minutes=3)
    assert clock.now() == datetime(2019, 12, 5, 8, 55)
    clock.restart(time(14, 0), 1)
    real.advance(minutes=1)
    assert clock.now() == datetime(2019, 12, 5, 14, 1)
    assert parse_start("8h25") == time(8, 25) and parse_start("08:25") == time(8, 25)
    with pytest.raises(InvalidInput):
        parse_start("25h")
    with pytest.raises(InvalidInput):
        parse_speed("0")
    assert is_event_day("2019-12-05", date(2019, 12, 5)) and not is_event_day("2019-12-05", date(2019, 12, 4))


def test_rush_script_has_its_surprises() -> None:
    steps = rush_script(
        [f"C{i}" for i in range(30)], count=10, unknown_codes=["U1", "U2"], rng=random.Random(3), walk_in_name="A B"
    )
    kinds = [s.kind for s in steps]
    assert kinds.count(RushKind.SCAN) == 10
    assert kinds.count(RushKind.UNKNOWN) == 2 and kinds.count(RushKind.WALK_IN) == 1
    duplicate = next(s for s in steps if s.kind is RushKind.DUPLICATE)
    first = next(i for i, s in enumerate(steps) if s.text == duplicate.text)
    assert steps.index(duplicate) > first


def test_practice_clock_settings_are_kept_in_the_copy(copy_path: Path) -> None:
    with Event.open(copy_path, clock=FixedClock(datetime(2019, 11, 28, 19, 0))) as copy:
        clock = practice.install_clock(copy)
        assert clock is not None and copy.clock is clock
        assert copy.now_iso() == "2019-12-05T08:25:00"
        practice.set_clock(copy, "13h30", 5)
        assert copy.now_iso() == "2019-12-05T13:30:00"
        with pytest.raises(InvalidInput):
            practice.set_clock(copy, "13h30", 500)
    with Event.open(copy_path) as again:
        info = practice.practice_info(again)
        assert info is not None and info.start == time(13, 30) and info.speed == 5.0


def test_the_trail_diagnostic_and_bilan_of_a_copy_carry_the_mark(demo_path: Path, tmp_path: Path) -> None:
    from probono_desk.services.trail_bilan import diagnostic_pdf, render_bilan

    out = tmp_path / "exercice.probono"
    practice.make_copy(demo_path, out)
    with Event.open(out) as copy:
        copy.privacy.set_pin("201912")
        structure_id = copy.roster.structures()[0].id
        pdf = diagnostic_pdf(copy, structure_id, tmp_path / "diagnostic.pdf", pin="201912")
        assert all("EXERCICE" in page.extract_text() for page in PdfReader(str(pdf)).pages)
        bilan = render_bilan(copy, tmp_path / "bilan.pdf")
        assert all("EXERCICE" in page.extract_text() for page in PdfReader(str(bilan)).pages)
