"""Badges on paper and codes for the mail merge: every printed QR decodes and checks its volunteer in; photos of a
badge (tilted, blurred, dim) check in too."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageEnhance, ImageFilter
from pypdf import PdfReader

from probono_desk.core.checkin import AlreadyCheckedIn, CheckedIn, NoCodeInImage
from probono_desk.core.codes import format_code
from probono_desk.output.badges import PER_PAGE
from probono_desk.scan.decode import decode_file, decode_gray
from probono_desk.services.event import Event
from tests.helpers import assign_teams


def render(pdf: Path, folder: Path, dpi: int = 150) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(folder / "page")], check=True)
    return sorted(folder.glob("page*.png"))


def decode_all(png: Path) -> list[str]:
    with Image.open(png) as image:
        gray = image.convert("L")
        return decode_gray(gray.tobytes(), gray.width, gray.height)


@pytest.fixture
def teamed(demo: Event) -> Event:
    assign_teams(demo)
    return demo


def test_every_badge_on_the_sheets_decodes_and_checks_its_volunteer_in(teamed: Event, tmp_path: Path) -> None:
    pdf = teamed.documents.render("badges", tmp_path / "badges.pdf")
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == -(-50 // PER_PAGE)  # 50 volunteers, 8 a page
    text = "\n".join(page.extract_text() for page in reader.pages)
    codes = teamed.checkin.ensure_codes()
    volunteers = teamed.roster.volunteers()
    for v in volunteers:
        assert v.first_name in text and v.last_name in text
        assert format_code(codes[v.id]) in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts and "Helvetica" not in fonts

    seen: list[str] = []
    for png in render(pdf, tmp_path):
        found = decode_all(png)
        assert len(found) in (PER_PAGE, 50 % PER_PAGE), png
        seen.extend(found)
    assert len(seen) == 50
    checked = set()
    for payload in seen:
        outcome = teamed.checkin.scan(payload)
        assert isinstance(outcome, CheckedIn), payload
        checked.add(outcome.volunteer_id)
    assert checked == {v.id for v in volunteers}
    assert isinstance(teamed.checkin.scan(seen[0]), AlreadyCheckedIn)


def test_team_shows_on_the_badge_once_assigned(teamed: Event, tmp_path: Path) -> None:
    member = next(v for v in teamed.roster.volunteers() if v.structure_id)
    structure = teamed.roster.structure(member.structure_id or "")
    pdf = teamed.documents.render("badges", tmp_path / "one.pdf", only_ids=member.id)
    text = PdfReader(str(pdf)).pages[0].extract_text()
    assert f"Table {structure.table_label} — {structure.name}" in text
    assert member.first_name in text


def test_only_walk_ins_and_only_ids(teamed: Event, tmp_path: Path) -> None:
    walk_in = teamed.checkin.register_walk_in(first_name="Inès", last_name="Walkin", organisation="Leroy Merlin")
    pdf = teamed.documents.render("badges", tmp_path / "walkins.pdf", only_walk_ins=True)
    text = PdfReader(str(pdf)).pages[0].extract_text()
    assert "Inès" in text and "Walkin" in text
    others = [v for v in teamed.roster.volunteers() if not v.walk_in]
    assert others[0].last_name not in text
    (png,) = render(pdf, tmp_path)
    assert [teamed.checkin.scan(t).volunteer_id for t in decode_all(png)] == [walk_in.volunteer_id]  # type: ignore[union-attr]

    ids = ",".join(v.id for v in others[:3])
    pdf = teamed.documents.render("badges", tmp_path / "three.pdf", only_ids=ids)
    text = PdfReader(str(pdf)).pages[0].extract_text()
    assert all(v.first_name in text for v in others[:3])


def _badge_photo(pdf: Path, tmp_path: Path) -> Image.Image:
    (png,) = render(pdf, tmp_path, dpi=200)
    with Image.open(png) as page:
        return page.convert("RGB").crop((0, 0, page.width // 2 + 40, page.height // 4 + 60))


@pytest.mark.parametrize("damage", ["tilted", "blurred", "dim", "very-dim", "small-tilted-dim"])
def test_photos_of_a_badge_check_in(teamed: Event, tmp_path: Path, damage: str) -> None:
    volunteer = teamed.roster.volunteers()[0]
    pdf = teamed.documents.render("badges", tmp_path / "b.pdf", only_ids=volunteer.id)
    photo = _badge_photo(pdf, tmp_path)
    if damage == "tilted":
        photo = photo.rotate(33, expand=True, fillcolor=(120, 110, 100))
    elif damage == "blurred":
        photo = photo.filter(ImageFilter.GaussianBlur(3))
    elif damage == "dim":
        photo = ImageEnhance.Contrast(ImageEnhance.Brightness(photo).enhance(0.25)).enhance(0.5)
    elif damage == "very-dim":  # zxing-cpp alone gives up on this one: the contrast stretch finds it
        photo = ImageEnhance.Contrast(ImageEnhance.Brightness(photo).enhance(0.12)).enhance(0.3)
    else:
        photo = photo.resize((photo.width // 2, photo.height // 2)).rotate(-21, expand=True, fillcolor=(30, 30, 30))
        photo = ImageEnhance.Brightness(photo.filter(ImageFilter.GaussianBlur(1))).enhance(0.35)
    path = tmp_path / f"photo-{damage}.jpg"
    photo.save(path, quality=70)
    outcome = teamed.checkin.scan_image(path)
    assert isinstance(outcome, CheckedIn) and outcome.volunteer_id == volunteer.id


def test_image_without_a_code(teamed: Event, tmp_path: Path) -> None:
    blank = tmp_path / "blank.png"
    Image.new("RGB", (640, 480), (200, 190, 180)).save(blank)
    assert isinstance(teamed.checkin.scan_image(blank), NoCodeInImage)
    not_image = tmp_path / "notes.png"
    not_image.write_text("pas une image")
    assert isinstance(teamed.checkin.scan_image(not_image), NoCodeInImage)


def test_codes_export_png_and_mail_merge_csv(teamed: Event, tmp_path: Path) -> None:
    target = teamed.checkin.export_codes(tmp_path / "codes")
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel opens UTF-8 with BOM right
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert len(rows) == 50
    codes = teamed.checkin.ensure_codes()
    by_code = {format_code(c): vid for vid, c in codes.items()}
    for row in rows[:5]:
        png = target.parent / row["qr_fichier"]
        assert png.exists() and Path(row["qr_chemin"]) == png.resolve()
        (payload,) = decode_file(png)
        outcome = teamed.checkin.scan(payload)
        assert isinstance(outcome, CheckedIn)
        assert by_code[row["code"]] == outcome.volunteer_id
        assert row["email"] and row["prenom"] in outcome.name
