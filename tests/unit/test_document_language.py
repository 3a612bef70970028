"""One language per document: every printed kind and every export of an event speaks the event's language, whatever
the interface's, and carries none of the other language's words.

The tell-tale words are each document's own fixed labels (headings, column titles, sentences of its template), in
French and in English. An English page that still shows "Durée" or "Feuille d'émargement", or a French one that shows
"Attendance", fails; so does an English page with inclusive French writing ("présent·es").
"""

from __future__ import annotations

import csv
import json
import re
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from probono_desk.core.clock import FixedClock
from probono_desk.core.deliverables import DeliverableKind, DeliverableState, DeliverableText
from probono_desk.core.evaluations import Audience
from probono_desk.core.i18n import set_language
from probono_desk.services.demo import write_demo
from probono_desk.services.documents import KINDS
from probono_desk.services.event import Event
from probono_desk.services.exports import export
from probono_desk.services.trail import TrailChoice

# per document kind: (French labels, English labels) that its template prints whatever the data
WORDS: dict[str, tuple[list[str], list[str]]] = {
    "badges": (["Équipe : à l'accueil"], ["Team: at the welcome desk"]),
    "team-sheets": (
        ["La mission", "Thématique", "Problématique", "Programme de la journée", "Compétences", "Candidat·es au Trail",
         "L'équipe —", "bénévoles qui poursuivent", "décembre"],
        ["The mission", "Theme", "Problem statement", "Programme of the day", "Skills", "Trail candidates",
         "The team —", "volunteers who carry", "December"],
    ),
    "sign-in": (
        ["Feuille d'émargement", "Nom et prénom", "Demi-journée", "Structure accompagnée", "Matin", "Après-midi",
         "Je certifie", "Chaque bénévole signe"],
        ["Attendance sheet", "Full name", "Half-day", "Organisation supported", "Morning", "Afternoon",
         "I certify", "Each volunteer signs"],
    ),
    "certificates": (
        ["Attestation de participation", "atteste que", "a participé bénévolement", "Durée de la mission",
         "Récapitulatif par organisation", "Personnes", "Heures", "pause déjeuner déduite", "Fait à", "décembre"],
        ["Certificate of participation", "certifies that", "took part as a volunteer", "Length of the mission",
         "Summary by organisation", "People", "Hours", "lunch break excluded", "Signed in", "December"],
    ),
    "table-signs": (["décembre"], ["December"]),
    "rundown": (
        ["Déroulé de la journée", "Début", "Durée", "Ordre de passage des restitutions", "Passage", "Plénière",
         "Travail en équipe", "Déjeuner", "de présentation"],
        ["Running order of the day", "Start", "Duration", "Order of the team presentations", "Slot", "Plenary",
         "Team work", "Lunch", "of presentation"],
    ),
    "report": (
        ["Bilan", "Présence par équipe", "Présence par situation", "Taux de présence", "venu·es sans inscription",
         "Livrable remis", "Évaluations", "Moyenne", "salarié·e", "décembre", "Soumis"],
        ["Report", "Attendance by team", "Attendance by situation", "Attendance of the registered",
         "came without registering", "Deliverable handed over", "Evaluations", "Average", "employee", "December",
         "Submitted"],
    ),
    "bilan": (
        ["Bilan du programme", "Heures données par les bénévoles", "Règle de calcul", "pause déjeuner déduite",
         "Le parcours", "Recommandations : faites / prévues", "Dernière séance", "décembre"],
        ["Programme report", "Hours given by the volunteers", "How it is counted", "lunch break excluded",
         "The path", "Recommendations: done / planned", "Last session", "December"],
    ),
    "pack": (
        ["Synthèse", "Recommandations", "Prochaines étapes", "Le Trail", "Pièces jointes", "Évaluations",
         "Disponibilités", "Brouillon", "Premier rendez-vous", "ne souhaite pas", "décembre"],
        ["Summary", "Recommendations", "Next steps", "The Trail", "Attachments", "Evaluations", "Availability",
         "Draft", "First meeting", "does not wish", "December"],
    ),
}  # fmt: skip
INCLUSIVE = re.compile(r"\w·\w")  # 'présent·es': French inclusive writing, never English


def _populate(ev: Event) -> None:
    """Some people arrive (one walk-in without a team); the first team gets a deliverable, a photo, a Trail pair and
    evaluations: every section of every document has something to show."""
    first = ev.roster.structures()[0]
    team = [v for v in ev.roster.volunteers() if v.structure_id == first.id]
    for v in [*ev.roster.volunteers()[::3], team[0], team[1]]:
        ev.checkin.check_in_volunteer(v.id)
    ev.checkin.register_walk_in(first_name="Zoé", last_name="Sur-Place")
    ev.deliverables.save(
        first.id,
        DeliverableText(title="Plan", kind=DeliverableKind.ACTION_PLAN, summary="S", recommendations="R"),
    )
    ev.deliverables.set_state(first.id, DeliverableState.SUBMITTED)
    ev.deliverables.add_attachment_bytes(first.id, "photo.png", b"\x89PNG" + bytes(200))
    ev.trail.save(
        first.id,
        [TrailChoice(team[0].id, "soir", True), TrailChoice(team[1].id, "samedi", False)],
        start_date="2019-12-10",
        end_date="2020-02-10",
        first_meeting="2019-12-12T18:30",
        first_meeting_place="Lille",
    )
    ev.evaluations.submit(Audience.VOLUNTEERS, first.id, {"satisfaction": 5, "useful": True, "again": True})
    ev.evaluations.submit(Audience.STRUCTURES, first.id, {"objectives": 4, "usefulness": 3})


@pytest.fixture(scope="module", params=["fr", "en"])
def printed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """The demo event in one language, populated, with every document printed and every export written — under
    the *other* interface language, so nothing may come from the interface."""
    lang: str = request.param
    set_language("en" if lang == "fr" else "fr")
    folder = tmp_path_factory.mktemp(f"docs-{lang}")
    clock = FixedClock(datetime(2019, 12, 5, 11, 0, 0))
    event = write_demo(folder / "event.probono", language=lang, clock=clock, station="test")
    try:
        _populate(event)
        for kind in KINDS:
            event.documents.render(kind, folder / f"{kind}.pdf")
        event.deliverables.pack(event.roster.structures()[0].id, folder / "pack.zip")
        export(event, folder / "export.xlsx")
        export(event, folder / "export.csv")
        event.checkin.export_codes(folder / "codes")
        event.privacy.export_person(event.roster.volunteers()[0].id, folder / "person.json")
    finally:
        event.close()
        set_language(None)
    with zipfile.ZipFile(folder / "pack.zip") as zf:
        pdf = next(n for n in zf.namelist() if n.endswith(".pdf"))
        (folder / "pack.pdf").write_bytes(zf.read(pdf))
        (folder / "pack-names.txt").write_text("\n".join(zf.namelist()), encoding="utf-8")
    return lang, folder


def _text(pdf: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages)


@pytest.mark.parametrize("kind", [*KINDS, "pack"])
def test_every_page_speaks_the_event_language_only(printed: tuple[str, Path], kind: str) -> None:
    lang, folder = printed
    french, english = WORDS[kind]
    own, other = (french, english) if lang == "fr" else (english, french)
    for number, page in enumerate(PdfReader(folder / f"{kind}.pdf").pages, start=1):
        text = " ".join((page.extract_text() or "").split())
        leaked = [word for word in other if word.casefold() in text.casefold()]  # captions are set in capitals
        assert not leaked, f"{kind} ({lang}), page {number}: {leaked} in {text[:300]!r}"
        if lang == "en":
            assert not INCLUSIVE.findall(text), f"{kind} (en), page {number}: {INCLUSIVE.findall(text)}"
    whole = _text(folder / f"{kind}.pdf")
    missing = [word for word in own if word.casefold() not in whole.casefold()]
    assert not missing, f"{kind} ({lang}): its own words {missing} are not printed"


def test_the_pack_files_are_named_in_the_event_language(printed: tuple[str, Path]) -> None:
    lang, folder = printed
    names = (folder / "pack-names.txt").read_text(encoding="utf-8").splitlines()
    if lang == "en":
        assert "Deliverable - Les Jardins du Partage.pdf" in names and "Attachments/photo.png" in names
    else:
        assert "Livrable - Les Jardins du Partage.pdf" in names and "Pièces jointes/photo.png" in names


SHEETS = {"fr": ["Bénévoles", "Équipes", "Livrables", "Trail", "Évaluations",
                 "Diagnostics", "Recommandations", "Séances Trail", "Mi-parcours"],
          "en": ["Volunteers", "Teams", "Deliverables", "Trail", "Evaluations",
                 "Diagnoses", "Recommendations", "Trail sessions", "Mid-term"]}  # fmt: skip
HEADERS = {"fr": ["Nom", "Prénom", "Téléphone", "Présent·e", "Arrivée", "Inscrit·e sur place"],
           "en": ["Last name", "First name", "Phone", "Present", "Arrival", "Registered on site"]}  # fmt: skip
VALUES = {"fr": {"oui", "non", "salarié·e", "étudiant·e", "Soumis", "Plan d'action"},
          "en": {"yes", "no", "employee", "student", "Submitted", "Action plan"}}  # fmt: skip


def test_the_spreadsheet_speaks_the_event_language_headers_and_values(printed: tuple[str, Path]) -> None:
    lang, folder = printed
    other = "en" if lang == "fr" else "fr"
    wb = load_workbook(folder / "export.xlsx")
    assert wb.sheetnames == SHEETS[lang]
    cells = {str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None}
    headers = [str(c.value) for c in wb.worksheets[0][1]]
    assert set(HEADERS[lang]) <= set(headers)
    assert not set(HEADERS[other]) & cells, set(HEADERS[other]) & cells
    assert VALUES[lang] <= cells, VALUES[lang] - cells
    assert not VALUES[other] & cells, VALUES[other] & cells
    all_headers = {str(c.value) for ws in wb.worksheets for c in ws[1]}
    assert not any(INCLUSIVE.search(h) for h in all_headers) if lang == "en" else True


def test_the_csv_export_speaks_the_event_language(printed: tuple[str, Path]) -> None:
    lang, folder = printed
    other = "en" if lang == "fr" else "fr"
    with (folder / "export.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert set(HEADERS[lang]) <= set(rows[0]) and not set(HEADERS[other]) & set(rows[0])
    values = {cell for row in rows[1:] for cell in row}
    assert {"yes", "no", "employee"} <= values if lang == "en" else {"oui", "non", "salarié·e"} <= values
    assert not VALUES[other] & values, VALUES[other] & values


def test_the_codes_and_person_files_speak_the_event_language(printed: tuple[str, Path]) -> None:
    lang, folder = printed
    with (folder / "codes" / "codes.csv").open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle, delimiter=";"))
    assert header[:2] == (["first_name", "last_name"] if lang == "en" else ["prenom", "nom"])
    data = json.loads((folder / "person.json").read_text(encoding="utf-8"))
    keys = set(data) | set(data["registration" if lang == "en" else "inscription"])
    registration = data["registration" if lang == "en" else "inscription"]
    assert registration["situation"] == ("student" if lang == "en" else "étudiant·e")  # Mehdi, a student
    if lang == "en":
        assert {"event", "registration", "team", "arrivals", "history", "first name", "consent"} <= keys
        assert not any(re.search(r"[éèàç]", key) for key in keys), keys
    else:
        assert {"événement", "inscription", "équipe", "arrivées", "historique", "prénom", "consentement"} <= keys
    with (folder / "person.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == (["section", "no.", "field", "value"] if lang == "en" else ["rubrique", "n°", "champ", "valeur"])


def test_an_event_file_without_a_language_reads_as_french(tmp_path: Path) -> None:
    ev = Event.create(tmp_path / "old.probono", name="Ancien", date="2019-12-05", language="en")
    from probono_desk.storage.db import write

    with write(ev.db, at="2019-12-05T08:00:00", station="t") as w:  # a file from before languages
        w.db.execute("DELETE FROM meta WHERE key = 'language'")
    assert ev.language == "fr"
    ev.close()


def test_the_language_defaults_to_the_interface_and_can_change_before_the_day(tmp_path: Path) -> None:
    set_language("en")
    try:
        ev = Event.create(tmp_path / "a.probono", name="A", date="2019-12-05")
    finally:
        set_language(None)
    assert ev.language == "en"
    assert ev.set_language("fr") == "fr" and ev.language == "fr"
    row = ev.db.execute("SELECT action, payload FROM journal ORDER BY rowid DESC LIMIT 1").fetchone()
    assert row[0] == "event.language" and '"fr"' in row[1]
    from probono_desk.core.errors import InvalidInput

    with pytest.raises(InvalidInput):
        ev.set_language("de")
    assert ev.language == "fr"
    ev.close()
