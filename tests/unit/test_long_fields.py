"""One long or strange field never stops a document (issue 17, point 2).

A 1,500-character organisation once made every team sheet fail (reportlab's LayoutError), a 3,000-character name
the certificates, a 240-letter last name the codes export ("File name too long"). Here every kind of document is
printed with random field lengths and characters — emoji, right-to-left scripts, combining marks, words without
spaces, markup characters — and must be written; on the documents drawn to the page's edge, no text may land
outside the page."""

from __future__ import annotations

import csv
import zipfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.units import mm

from probono_desk.core.clock import FixedClock
from probono_desk.core.deliverables import DeliverableText
from probono_desk.core.filenames import safe_filename, unique_names
from probono_desk.core.models import Situation
from probono_desk.output.pdf import FONT, Clamped, ellipsize, fit_text, grid_table, new_canvas, new_doc, para, styles
from probono_desk.services.documents import KINDS as DOCUMENT_KINDS
from probono_desk.services.event import Event
from probono_desk.storage import roster as roster_store
from tests.unit.pdf_bounds import text_outside_page

PIECES = [
    "a",
    "Zoé",
    "Łukasz",
    "ß",
    "😀",
    "👩‍👩‍👧",
    "שלום",
    "مرحبا بكم",
    "e\u0301\u0302\u0303",
    "漢字",
    " ",
    "&",
    "<b>",
    "'\"",
    "\t",
    "W" * 90,
    "-",
    "\u200f",
    "\u202e",
    "Ⅻ",
]

texts = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
    st.builds(lambda piece, n: (piece * n)[:3000], st.sampled_from(PIECES), st.integers(1, 3000)),
)
names = texts.map(lambda s: s if s.strip() else "X")
FIELDS = (
    "first",
    "last",
    "organisation",
    "skills",
    "structure",
    "city",
    "problem",
    "deliverable",
    "referent",
    "table",
    "event",
    "venue",
    "phase",
    "summary",
)
KINDS = DOCUMENT_KINDS  # every kind the app prints (badges … report, the bilan)
EDGE_CHECKED = KINDS  # every kind: no text outside the page


@pytest.fixture(scope="module")
def small_event() -> Event:
    """Two structures, four volunteers (two present), a day plan: small, so each example prints fast."""
    ev = Event.in_memory(clock=FixedClock(datetime(2019, 12, 5, 10, 0)), station="test")
    ev.schedule.load_default()
    one = ev.roster.add_structure("Les Jardins", table_label="1")
    two = ev.roster.add_structure("Le Grand Jeu", table_label="2")
    people = [
        ev.roster.add_volunteer(first_name=f"P{i}", last_name=f"N{i}", email=f"p{i}@x.fr", situation=Situation.EMPLOYEE)
        for i in range(4)
    ]
    for i, v in enumerate(people):
        ev.teams.move(v.id, (one if i % 2 else two).id)
    for v in people[:2]:
        ev.checkin.check_in_volunteer(v.id)
    yield ev
    ev.close()


def _fill(ev: Event, values: dict[str, str]) -> None:
    v = ev.roster.volunteers()[0]
    ev.roster.update_volunteer(
        replace(
            v,
            first_name=values["first"],
            last_name=values["last"],
            organisation=values["organisation"],
            skills=(values["skills"], "Finance"),
        )
    )
    s = ev.roster.structures()[0]
    with ev.write() as w:
        roster_store.upsert_structure(
            w.db,
            replace(
                s,
                name=values["structure"],
                city=values["city"],
                problem=values["problem"],
                mission_theme=values["problem"][:200],
                expected_deliverable=values["deliverable"],
                referent_name=values["referent"],
                representative_1=values["referent"],
                table_label=values["table"][:40],
            ),
        )
    ev.rename(values["event"], "2019-12-05", values["venue"])
    phase = ev.schedule.plan().phases[1]
    ev.schedule.update_phase(phase.id, title=values["phase"], message=values["phase"])
    ev.deliverables.save(s.id, DeliverableText(title=values["summary"][:300], summary=values["summary"]))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(values=st.fixed_dictionaries({f: names for f in FIELDS}))
def test_every_document_prints_whatever_the_text(
    small_event: Event, tmp_path_factory: pytest.TempPathFactory, values: dict[str, str]
) -> None:
    ev = small_event
    _fill(ev, values)
    out = tmp_path_factory.mktemp("docs")
    for kind in KINDS:
        path = ev.documents.render(kind, out / f"{kind}.pdf")
        pages = PdfReader(str(path)).pages
        assert len(pages) >= 1, kind
        if kind in EDGE_CHECKED:
            assert text_outside_page(path) == [], (kind, values)
    pack = ev.deliverables.pack(ev.roster.structures()[0].id, out / "pack.zip")
    with zipfile.ZipFile(pack) as zf:
        assert any(n.endswith(".pdf") for n in zf.namelist())
    folder = out / "codes"
    target = ev.checkin.export_codes(folder)
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))[1:]
    assert len(rows) == 4 and len({r[7] for r in rows}) == 4  # one PNG per person, none overwritten
    assert all((folder / r[7]).is_file() for r in rows)


def test_the_edge_check_catches_text_off_the_page(tmp_path: Path) -> None:
    """The checker above is not blind: text drawn past the right edge is reported."""
    path = tmp_path / "off.pdf"
    canvas = new_canvas(path)
    canvas.drawString(20 * mm, 100 * mm, "W" * 200)
    canvas.showPage()
    canvas.save()
    assert text_outside_page(path)


def test_a_cell_of_1500_characters_is_cut_not_fatal(tmp_path: Path) -> None:
    doc = new_doc(tmp_path / "t.pdf", title="t")
    long = "Organisation " + "x" * 1500
    doc.build([grid_table([["Nom", "Organisation"], ["Ana", long]], [40 * mm, 60 * mm])])
    text = "".join(p.extract_text() for p in PdfReader(str(tmp_path / "t.pdf")).pages)
    assert "Organisation" in text and "…" in text and text.count("x") < 300


def test_clamped_paragraph_keeps_short_text_whole() -> None:
    p = Clamped("Hélène &amp; Zoé", styles()["cell"], 2)
    p.wrap(100, 1000)
    assert len(p.blPara.lines) == 1 and "…" not in p.text
    long = para("mot " * 400, styles()["cell"], max_lines=3)
    long.wrap(100, 1000)
    assert len(long.blPara.lines) == 3 and long.text.endswith("…")


def test_fit_text_never_exceeds_its_box() -> None:
    for text in ("N" * 3000, "mot " * 800, "😀" * 100, "Ana"):
        size, lines = fit_text(text, FONT, 200, 60, max_size=28, min_size=10, max_lines=3)
        assert len(lines) * size * 1.1 <= 60 + 1e-6
        assert all(ellipsize(line, FONT, size, 200) == line for line in lines)
    assert ellipsize("Ana", FONT, 10, 200) == "Ana"
    assert ellipsize("x" * 500, FONT, 10, 50).endswith("…")


def test_file_names_are_cut_by_bytes_and_made_unique() -> None:
    name = safe_filename("😀" * 200 + ".pdf")
    assert name.endswith(".pdf") and len(name.encode("utf-8")) <= 150
    assert safe_filename("a/b:c?.png") == "a_b_c_.png"
    assert safe_filename("...") == "fichier"
    assert unique_names(["a.png", "A.png", "a.png"]) == ["a.png", "A (2).png", "a (3).png"]


def test_a_long_structure_name_is_shrunk_whole_before_being_cut() -> None:
    from probono_desk.core.models import Structure
    from probono_desk.output.pdf import whole
    from probono_desk.output.table_signs import NAME_MIN, sign_sizes

    name = "Association pour la promotion " * 12  # 360 characters: whole at a smaller size
    sizes = sign_sizes(Structure(id="s", name=name, table_label="1"))
    assert whole(name, sizes["name_lines"]) and sizes["name_size"] < NAME_MIN
    absurd = sign_sizes(Structure(id="s", name="mot " * 1000, table_label="1"))  # cut with "…", on the page
    assert absurd["name_lines"][-1].endswith("…") and not whole("mot " * 1000, absurd["name_lines"])


def test_a_long_label_beside_an_absurd_name_stays_on_the_sign() -> None:
    """Found by the test above: with a name too long for any size, the label was set at 96 pt whatever its width."""
    from probono_desk.core.models import Structure
    from probono_desk.output.pdf import FONT_BOLD, PAGE_LANDSCAPE, width_of
    from probono_desk.output.table_signs import SIDE, sign_sizes

    label = "a&שלום👩\u200d👩\u200d👧שלוםßß"
    sizes = sign_sizes(Structure(id="s", name="a&\u202e" + "W" * 90 + "Ⅻ<b>Ⅻ<b>a", table_label=label))
    assert width_of(sizes["label"], FONT_BOLD, sizes["label_size"]) <= PAGE_LANDSCAPE[0] - 2 * SIDE
