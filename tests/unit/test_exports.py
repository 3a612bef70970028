"""Exports read back as a user's spreadsheet would: openpyxl for the XLSX, csv for the CSV; and the pack."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from probono_desk.core.deliverables import DeliverableKind, DeliverableState, DeliverableText
from probono_desk.core.evaluations import Audience
from probono_desk.output.exports import neutralise
from probono_desk.services.event import Event
from probono_desk.services.exports import export
from probono_desk.services.trail import TrailChoice
from probono_desk.storage import roster as roster_store

INJECTION = '=HYPERLINK("http://evil.example","Cliquez")'
PHOTO = bytes(range(256)) * 40


def populate(ev: Event) -> dict[str, object]:
    """Teams of the demo round-robin; the first structure gets a deliverable, a photo, a Trail and answers."""
    structures = ev.roster.structures()
    volunteers = ev.roster.volunteers()
    with ev.write() as w:
        for i, v in enumerate(volunteers):
            roster_store.set_membership(w.db, v.id, structures[i % len(structures)].id, w.at)
    first = structures[0]
    team = [v for v in ev.roster.volunteers() if v.structure_id == first.id]
    present = {v.id for v in ev.roster.volunteers()[::2]} | {team[0].id, team[1].id}
    ev.status.present_ids = lambda: set(present)  # type: ignore[method-assign]
    ev.deliverables.save(
        first.id,
        DeliverableText(
            title="Stratégie de bénévolat — année 1",
            kind=DeliverableKind.ACTION_PLAN,
            summary="Recruter, accueillir, fidéliser.\nDeuxième ligne : « œuvre » et ÇA.",
            recommendations=INJECTION,
            next_steps="- appeler la mairie\n- préparer l'affiche",
        ),
    )
    ev.deliverables.set_state(first.id, DeliverableState.SUBMITTED)
    ev.deliverables.add_attachment_bytes(first.id, "paperboard été.png", PHOTO)
    ev.deliverables.add_attachment_bytes(first.id, "paperboard été.png", PHOTO[::-1])
    ev.trail.save(
        first.id,
        [TrailChoice(team[0].id, "le mardi soir", True), TrailChoice(team[1].id, "week-ends", False)],
        first_meeting="2019-12-12T18:30",
        first_meeting_place="Maison des associations",
    )
    ev.evaluations.submit(Audience.VOLUNTEERS, first.id, {"satisfaction": 5, "useful": True, "again": True,
                                                           "comment": "@chef génial"})  # fmt: skip
    ev.evaluations.submit(Audience.STRUCTURES, first.id, {"objectives": 4, "usefulness": 3})
    return {"first": first, "team": team, "present": present}


def test_xlsx_has_one_sheet_per_table_and_reads_back(demo: Event, tmp_path: Path) -> None:
    info = populate(demo)
    out = export(demo, tmp_path / "marathon.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames[:5] == ["Bénévoles", "Équipes", "Livrables", "Trail", "Évaluations"]
    assert wb.sheetnames[5:] == ["Diagnostics", "Recommandations", "Séances Trail", "Mi-parcours"]  # after the day

    vol = wb["Bénévoles"]
    headers = [c.value for c in vol[1]]
    assert headers[:9] == ["Nom", "Prénom", "E-mail", "Téléphone", "Organisation", "Situation", "Équipe", "Table",
                           "Présent·e"]  # fmt: skip
    rows = [[c.value for c in r] for r in vol.iter_rows(min_row=2)]
    assert len(rows) == 50
    present = info["present"]
    by_email = {r[2]: r for r in rows}
    for v in demo.roster.volunteers():
        row = by_email[v.email]
        assert row[0] == v.last_name and row[1] == v.first_name  # accents intact
        assert row[8] == ("oui" if v.id in present else "non")
        assert row[6] == demo.roster.structure(v.structure_id or "").name
    assert sum(1 for r in rows if r[10] == "oui") == 2  # Trail

    teams = [[c.value for c in r] for r in wb["Équipes"].iter_rows(min_row=2)]
    assert [t[1] for t in teams] == [s.name for s in demo.roster.structures()]
    assert teams[0][5] == 10 and teams[0][7] == "Soumis" and teams[0][8] == 2

    liv = wb["Livrables"]
    row = [c for c in liv[2]]
    assert row[1].value == "Stratégie de bénévolat — année 1"
    assert isinstance(row[5].value, datetime) and row[5].value == datetime(2019, 12, 5, 8, 30)  # a real date cell
    assert row[9].value.startswith("Recruter") and "« œuvre »" in row[9].value
    # The injection is text, never a formula: a string cell with Excel's quote prefix, content as typed.
    assert row[10].value == INJECTION and row[10].data_type == "s" and row[10].quotePrefix
    assert row[11].value.startswith("- appeler") and row[11].data_type == "s"
    assert row[12].value == 2

    trail = [[c.value for c in r] for r in wb["Trail"].iter_rows(min_row=2)]
    assert len(trail) == 2
    agreed = next(t for t in trail if t[5] == "oui")
    declined = next(t for t in trail if t[5] == "non")
    assert agreed[2] and agreed[4] == "le mardi soir"
    assert declined[2] is None  # no contact for who declined
    assert agreed[8] == datetime(2019, 12, 12, 18, 30)

    evals = [[c.value for c in r] for r in wb["Évaluations"].iter_rows(min_row=2)]
    assert ["Bénévoles", info["first"].name, "Êtes-vous satisfait·e de la journée ?", 5] == [  # type: ignore[attr-defined]
        evals[0][0], evals[0][1], evals[0][4], evals[0][5]]  # fmt: skip
    comment = next(r for r in evals if r[4] == "Un commentaire ?")
    assert comment[5] == "@chef génial"
    for ws in wb.worksheets:  # nothing anywhere is a formula
        assert all(c.data_type != "f" for r in ws.iter_rows() for c in r)


def test_csv_is_utf8_bom_semicolon_and_neutralised(demo: Event, tmp_path: Path) -> None:
    populate(demo)
    v = demo.roster.volunteers()[0]
    demo.roster.update_volunteer(v.__class__(**{**v.__dict__, "organisation": "+33 Conseil =SUM(A1)"}))
    out = export(demo, tmp_path / "benevoles.csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    assert b"\r\n" in raw
    reader = csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";")
    rows = list(reader)
    assert rows[0][:3] == ["Nom", "Prénom", "E-mail"]
    assert len(rows) == 51
    names = {(r[0], r[1]) for r in rows[1:]}
    assert {(x.last_name, x.first_name) for x in demo.roster.volunteers()} == names
    assert any(any(ch in r[0] + r[1] for ch in "éèëïçÉ") for r in rows[1:])  # accents survived
    org = next(r[4] for r in rows[1:] if r[2] == v.email)
    assert org == "'+33 Conseil =SUM(A1)"
    assert {r[8] for r in rows[1:]} == {"oui", "non"}
    assert all(r[12] == "" or len(r[12]) == 10 for r in rows[1:])  # ISO dates


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@x", "\tx", "\rx"])
def test_neutralise_every_risky_start(text: str) -> None:
    assert neutralise(text) == "'" + text
    assert neutralise("Élodie") == "Élodie"


def test_export_refuses_an_unknown_format(demo: Event, tmp_path: Path) -> None:
    with pytest.raises(Exception, match=r"\.xlsx ou \.csv"):
        export(demo, tmp_path / "x.ods")
    assert not (tmp_path / "x.ods").exists()


def test_pack_zip_has_the_pdf_and_every_attachment_byte_for_byte(demo: Event, tmp_path: Path) -> None:
    info = populate(demo)
    first = info["first"]
    out = demo.deliverables.pack(first.id, tmp_path / "pack.zip")  # type: ignore[attr-defined]
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        pdf_name = next(n for n in names if n.endswith(".pdf"))
        assert set(names) - {pdf_name} == {"Pièces jointes/paperboard été.png", "Pièces jointes/paperboard été (2).png"}
        assert zf.read("Pièces jointes/paperboard été.png") == PHOTO
        assert zf.read("Pièces jointes/paperboard été (2).png") == PHOTO[::-1]
        pdf = tmp_path / "summary.pdf"
        pdf.write_bytes(zf.read(pdf_name))
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert first.name in text  # type: ignore[attr-defined]
    assert "Stratégie de bénévolat" in text and "« œuvre »" in text
    assert "le mardi soir" in text and "ne souhaite pas être contacté·e" in text
    assert "12 décembre 2019 à 18h30" in text and "Maison des associations" in text
    assert "paperboard été.png" in text and "paperboard été (2).png" in text and "5,0 / 5 (1)" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts and "Helvetica" not in fonts


def test_pack_as_a_folder(demo: Event, tmp_path: Path) -> None:
    info = populate(demo)
    folder = demo.deliverables.pack(info["first"].id, tmp_path / "dossier")  # type: ignore[attr-defined]
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert len(files) == 3 and files[0].startswith("Livrable - ")
    assert (folder / "Pièces jointes" / "paperboard été.png").read_bytes() == PHOTO


def test_cli_export_and_pack(demo_path: Path, tmp_path: Path) -> None:
    with Event.open(demo_path) as ev:
        sid = ev.roster.structures()[1].id
        ev.deliverables.save(sid, DeliverableText(title="Kit de communication", summary="Affiches et réseaux."))
        ev.deliverables.add_attachment_bytes(sid, "affiche.pdf", b"%PDF-1.4 demo")
        name = ev.roster.structure(sid).name
    env_run = [sys.executable, "-m", "probono_desk"]
    res = subprocess.run([*env_run, "export", str(demo_path), "--out", str(tmp_path / "e.xlsx")],
                         capture_output=True, text=True)  # fmt: skip
    assert res.returncode == 0, res.stderr
    assert load_workbook(tmp_path / "e.xlsx")["Livrables"]["B3"].value == "Kit de communication"
    res = subprocess.run([*env_run, "export", str(demo_path), "--out", str(tmp_path / "e.csv")],
                         capture_output=True, text=True)  # fmt: skip
    assert res.returncode == 0 and (tmp_path / "e.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    res = subprocess.run([*env_run, "pack", str(demo_path), "--structure", name.upper(), "--out",
                          str(tmp_path / "p.zip")], capture_output=True, text=True)  # fmt: skip
    assert res.returncode == 0, res.stderr
    assert "Pièces jointes/affiche.pdf" in zipfile.ZipFile(tmp_path / "p.zip").namelist()
    res = subprocess.run([*env_run, "pack", str(demo_path), "--structure", "Inconnue", "--out",
                          str(tmp_path / "q.zip")], capture_output=True, text=True)  # fmt: skip
    assert res.returncode == 1 and "Introuvable" in res.stderr and not (tmp_path / "q.zip").exists()
