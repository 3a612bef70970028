"""Printed documents: the right people on the right pages, accents intact, every font embedded, no Helvetica."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from probono_desk.core.documents import (
    attendance,
    french_duration,
    half_days,
    long_date,
    teams_of,
    worked_minutes,
)
from probono_desk.core.models import EventInfo, Situation, Structure, Volunteer
from probono_desk.output.certificates import draw_certificates
from probono_desk.output.pdf import fit_text, width_of
from probono_desk.output.report import draw_report
from probono_desk.output.sign_in import BLANK_ROWS, draw_sign_in
from probono_desk.output.table_signs import NAME_MIN, draw_table_signs, sign_sizes
from probono_desk.output.team_sheets import draw_team_sheets
from probono_desk.services.checkin import CheckinService
from probono_desk.services.status import StatusService
from probono_desk.storage import roster as store
from tests.helpers import assert_fonts_ok

INFO = EventInfo("ev", "Marathon Probono Hauts-de-France", "2019-12-05", "Lille")
PLAN = [
    ("09:00", "09:45", "Plénière — lancement"),
    ("09:45", "12:30", "Cadrage et diagnostic"),
    ("12:30", "13:30", "Déjeuner"),
    ("13:30", "16:15", "Production des livrables"),
    ("16:15", "17:00", "Restitutions"),
]


def _structure(i: int, name: str, **kw: Any) -> Structure:
    return Structure(
        id=f"s{i}",
        name=name,
        city=kw.pop("city", "Roubaix"),
        mission_theme="Communication",
        problem="Refondre la communication",
        expected_deliverable="Plan de communication",
        table_label=str(i),
        referent_name=f"Référente {i}",
        colour=["#2e7d32", "#1565c0", "#c62828"][i % 3],
        position=i,
        **kw,
    )


def _volunteer(vid: str, first: str, last: str, team: str | None, **kw: Any) -> Volunteer:
    return Volunteer(id=vid, first_name=first, last_name=last, structure_id=team, **kw)


STRUCTURES = [
    _structure(1, "Les Jardins du Partage"),
    _structure(2, "La Ludothèque du Grand Jeu", city="Łódź"),
    _structure(3, "Garage Solidaire des Flandres"),
]
VOLUNTEERS = [
    _volunteer("v1", "François", "Ça-Va", "s1", organisation="Crédit du Nord", situation=Situation.EMPLOYEE),
    _volunteer("v2", "Élodie", "Moreau", "s1", organisation="Decathlon", situation=Situation.STUDENT),
    _volunteer("v3", "Łukasz", "Żółć", "s2", organisation="Decathlon", situation=Situation.EMPLOYEE),
    _volunteer("v4", "Inès", "Lambin", "s2", organisation="SNCF", walk_in=True),
    _volunteer("v5", "Jérôme", "Delattre", "s3", organisation="", situation=Situation.RETIREE),
    _volunteer("v6", "Noé", "Caron", None, organisation="SNCF"),
]
PRESENT = {"v1", "v3", "v4", "v6"}
EARLY = {vid: "2019-12-05T08:50:12" for vid in PRESENT}  # all came before the start: each gets the whole day
TEAMS = teams_of(STRUCTURES, VOLUNTEERS)


def pages_text(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def render(func: Any, *args: Any, **kwargs: Any) -> bytes:
    buffer = io.BytesIO()
    func(buffer, *args, **kwargs)
    return buffer.getvalue()


# --- rules ---------------------------------------------------------------------------------------------------


def test_half_days_from_the_plan_and_defaults() -> None:
    morning, afternoon = half_days(PLAN)
    assert (morning.start, morning.end, afternoon.start, afternoon.end) == ("09:00", "12:30", "13:30", "17:00")
    assert worked_minutes(PLAN) == 7 * 60
    assert french_duration(worked_minutes([])) == "7 h"
    assert half_days([])[0].span == "9h00 – 12h30"
    assert long_date("2019-12-05") == "5 décembre 2019"
    assert long_date("2020-03-01") == "1er mars 2020"


def test_attendance_counts_walk_ins_and_no_shows() -> None:
    figures = attendance(VOLUNTEERS, PRESENT)
    assert (figures.registered, figures.present, figures.walk_ins, figures.no_shows) == (5, 4, 1, 2)


# --- team sheets -----------------------------------------------------------------------------------------------


def test_team_sheets_one_page_per_structure_with_exactly_its_members() -> None:
    calls: list[tuple[int, int]] = []
    data = render(draw_team_sheets, INFO, TEAMS, PRESENT, PLAN, progress=lambda d, t: calls.append((d, t)))
    pages = pages_text(data)
    assert len(pages) == len(STRUCTURES)
    everyone = [v for v in VOLUNTEERS if v.structure_id]
    for (structure, members), text in zip(TEAMS, pages, strict=True):
        assert structure.name in text
        assert structure.referent_name in text and "Plan de communication" in text
        assert "Candidat·es au Trail" in text and "Déjeuner" in text
        for v in everyone:
            assert (v.last_name.upper() in text) == (v in members), (structure.name, v.name)
    assert "ÇA-VA François" in pages[0] and "Łódź" in pages[1] and "ŻÓŁĆ Łukasz" in pages[1]
    assert "(sur place)" in pages[1]  # the walk-in is marked
    assert calls[-1] == (3, 3)
    assert_fonts_ok(data)


def test_team_sheet_presence_marks() -> None:
    page = pages_text(render(draw_team_sheets, INFO, TEAMS[:1], PRESENT, []))[0]
    assert "✓" in page and "absent·e" in page
    assert "Le programme est affiché" in page  # no day plan yet
    before = pages_text(render(draw_team_sheets, INFO, TEAMS[:1], set(), []))[0]
    assert "absent·e" not in before and "☐" in before  # before check-in: boxes to tick by hand


def test_team_sheets_of_a_big_team_stay_whole() -> None:
    crowd = [_volunteer(f"x{i}", "Zoé", f"Nom{i:02d}", "s1", organisation="Adeo") for i in range(14)]
    pages = pages_text(render(draw_team_sheets, INFO, teams_of(STRUCTURES[:1], crowd), set(), PLAN))
    assert len(pages) == 1
    assert all(f"NOM{i:02d}" in pages[0] for i in range(14))


# --- sign-in ---------------------------------------------------------------------------------------------------


def test_sign_in_sheets_per_team_and_half_day() -> None:
    data = render(draw_sign_in, INFO, TEAMS, PLAN)
    pages = pages_text(data)
    assert len(pages) == 2 * len(STRUCTURES)
    for index, (structure, members) in enumerate(TEAMS):
        morning, afternoon = pages[2 * index], pages[2 * index + 1]
        assert "Feuille d'émargement — matin" in morning and "9h00 – 12h30" in morning
        assert "Feuille d'émargement — après-midi" in afternoon and "13h30 – 17h00" in afternoon
        for text in (morning, afternoon):
            assert structure.name in text and INFO.name in text and "5 décembre 2019" in text and "Lille" in text
            assert f"Visa du / de la référent·e — {structure.referent_name}" in text
            assert "Signature" in text
            for v in VOLUNTEERS:
                assert (v.last_name.upper() in text) == (v in members)
            assert str(len(members) + BLANK_ROWS) in text  # the blank rows are numbered
    assert_fonts_ok(data)


# --- certificates ----------------------------------------------------------------------------------------------


def test_certificates_only_for_present_volunteers_then_the_company_summary() -> None:
    unassigned = [v for v in VOLUNTEERS if v.structure_id is None]
    data = render(draw_certificates, INFO, TEAMS, EARLY, PLAN, organiser="Camille Roussel", unassigned=unassigned)
    pages = pages_text(data)
    certificates = [p for p in pages if "Attestation de participation" in p]
    assert len(certificates) == len(PRESENT)
    names = {v.id: v.name for v in VOLUNTEERS}
    for vid in PRESENT:
        holders = [p for p in certificates if names[vid] in p]
        assert len(holders) == 1, names[vid]
    for absent in ("Élodie Moreau", "Jérôme Delattre"):
        assert not any(absent in p for p in certificates)
    zolc = next(p for p in certificates if "Łukasz Żółć" in p)
    assert "La Ludothèque du Grand Jeu" in zolc and "Camille Roussel" in zolc
    assert "de 9h00 à 17h00, soit 7 h de mission (pause déjeuner déduite)" in " ".join(zolc.split())
    assert "5 décembre 2019" in zolc.replace("\xa0", " ")
    summary = "\n".join(p for p in pages if "Récapitulatif par organisation" in p or p not in certificates)
    assert "Decathlon" in summary and "SNCF" in summary
    decathlon = summary.split("Decathlon")[1]
    assert "7 h" in decathlon  # one present person at Decathlon (Élodie was absent)
    assert "Total" in summary and "28 h" in summary  # 4 people x 7 h
    assert_fonts_ok(data)


# --- table signs -----------------------------------------------------------------------------------------------


def test_table_signs_landscape_one_per_structure() -> None:
    data = render(draw_table_signs, INFO, STRUCTURES)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 3
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    for structure, page in zip(STRUCTURES, reader.pages, strict=True):
        text = page.extract_text()
        assert f"Table {structure.table_label}" in text
        assert " ".join(structure.name.split()) in " ".join(text.split())
    assert_fonts_ok(data)


@pytest.mark.parametrize(
    "name",
    ["Ôkoła", "Les Jardins du Partage", "Association Régionale pour l'Insertion Professionnelle des Jeunes du Nord"],
)
def test_table_sign_names_fit_and_stay_big(name: str) -> None:
    sizes = sign_sizes(_structure(1, name))
    width = 297 * 2.8346 - 2 * 12 * 2.8346
    assert all(width_of(line, "DejaVuSans-Bold", sizes["name_size"]) <= width for line in sizes["name_lines"])
    assert sizes["name_size"] >= NAME_MIN
    assert sizes["label_size"] >= 72


def test_fit_text_prefers_one_line_then_wraps() -> None:
    size, lines = fit_text("Court", "DejaVuSans-Bold", 200, 100, max_size=40)
    assert size == 40 and lines == ["Court"]
    size, lines = fit_text("Un nom bien plus long que la boîte", "DejaVuSans-Bold", 200, 100, max_size=40)
    assert len(lines) >= 2 and all(width_of(x, "DejaVuSans-Bold", size) <= 200 for x in lines)


# --- report ----------------------------------------------------------------------------------------------------


def test_report_with_only_attendance() -> None:
    calls: list[tuple[int, int]] = []
    data = render(draw_report, INFO, STRUCTURES, VOLUNTEERS, PRESENT, progress=lambda d, t: calls.append((d, t)))
    text = "\n".join(pages_text(data))
    for figure, label in ((5, "inscrit·es"), (4, "présent·es"), (1, "venu·es sans inscription"), (2, "absent·es")):
        assert f"{figure} {label}" in " ".join(text.split()), label
    assert "Présence par équipe" in text and "Présence par situation" in text and "Sans équipe" in text
    assert "salarié·e" in text and "retraité·e" in text
    assert "pas encore renseigné" in text and "Aucune évaluation enregistrée." in text
    for s in STRUCTURES:
        assert s.name in text
    assert calls and calls[-1][0] == calls[-1][1]
    assert_fonts_ok(data)  # the charts' labels included


def test_report_with_deliverables_trail_and_evaluations() -> None:
    deliverables = [
        {"structure_id": "s2", "summary": "Kit réseaux sociaux remis", "status": "validé", "trail": ["Łukasz Żółć"]}
    ]
    evaluations = [{"question": "Recommanderiez-vous le Marathon ?", "average": 4.6, "scale": 5, "answers": 38}]
    text = "\n".join(
        pages_text(
            render(
                draw_report, INFO, STRUCTURES, VOLUNTEERS, PRESENT, deliverables=deliverables, evaluations=evaluations
            )
        )
    )
    assert "Kit réseaux sociaux remis" in text and "Łukasz Żółć" in text and "validé" in text
    assert "Recommanderiez-vous le Marathon ?" in text and "4,6 / 5" in text and "38" in text


# --- the service and the command line --------------------------------------------------------------------------


@pytest.fixture
def teamed(demo: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    structures = demo.roster.structures()
    volunteers = demo.roster.volunteers()
    with demo.write() as w:
        for i, v in enumerate(volunteers):
            store.set_membership(w.db, v.id, structures[i % len(structures)].id, w.at)
    present = {v.id for i, v in enumerate(volunteers) if i % 5}
    monkeypatch.setattr(StatusService, "present_ids", lambda self: present)
    monkeypatch.setattr(CheckinService, "arrivals", lambda self: dict.fromkeys(present, "2019-12-05T08:52:00"))
    return demo


def test_every_kind_renders_from_the_service(teamed: Any, tmp_path: Path) -> None:
    docs = teamed.documents
    assert docs.day_plan_rows()[0] == ("08:30", "09:00", "Accueil et check-in")  # the demo's default plan
    assert set(docs.builders()) == {"badges", "team-sheets", "sign-in", "certificates", "table-signs", "report", "rundown", "bilan"}
    counts = {}
    for kind in docs.builders():
        out = docs.render(kind, tmp_path / f"{kind}.pdf")
        data = out.read_bytes()
        counts[kind] = len(PdfReader(io.BytesIO(data)).pages)
        assert_fonts_ok(data)
        assert not (tmp_path / f"{kind}.pdf.part").exists()
    assert counts["team-sheets"] == 5 and counts["table-signs"] == 5 and counts["sign-in"] == 10
    assert counts["certificates"] >= 40  # 40 present + the summary


def test_day_plan_comes_from_the_schedule_when_it_exists(teamed: Any, tmp_path: Path) -> None:
    class Schedule:
        def day_plan_rows(self) -> list[tuple[str, str, str]]:
            return [("08:45", "12:15", "Atelier du matin"), ("12:15", "13:15", "Déjeuner"), ("13:15", "16:45", "Suite")]

    teamed.schedule = Schedule()
    out = teamed.documents.render("sign-in", tmp_path / "s.pdf")
    text = "\n".join(pages_text(out.read_bytes()))
    assert "8h45 – 12h15" in text and "13h15 – 16h45" in text


def test_only_one_structure(teamed: Any, tmp_path: Path) -> None:
    out = teamed.documents.render("team-sheets", tmp_path / "t.pdf", only_structure="3")
    pages = pages_text(out.read_bytes())
    assert len(pages) == 1 and "Recyclerie du Val de Marque" in pages[0]
