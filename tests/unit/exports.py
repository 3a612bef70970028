"""Harsh registrations exports, generated: the same people written the ways real tools and Excel write them.

``csv_export(...)`` returns the bytes of a CSV file; ``xlsx_export(...)`` those of a workbook. Every knob is one
quirk met in real exports, so a test names the quirk it proves.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

# Eight people whose details exercise accents, ç, œ, €, multi-line cells, phones that lost their zero.
PEOPLE: list[dict[str, str]] = [
    {
        "registered_at": "2019/05/18 12:25:52",
        "email": "francoise.coeurderoy@laposte.net",
        "first_name": "Françoise",
        "last_name": "Cœurderoy",
        "phone": "0650226594",
        "organisation": "Bœuf & Cie",
        "situation": "Salarié(e)",
        "skills": "Gestion de projet, Numérique / outils",
        "preference": "Les Jardins du Partage",
        "diet": "Végétarien",
        "consent": "Oui",
        "comment": "Don de 20 € promis.\nÀ rappeler avant le 1er décembre ; merci !",
    },
    {
        "registered_at": "2019/06/23 22:09:27",
        "email": "ines.lambin@outlook.fr",
        "first_name": "Inès",
        "last_name": "Lambin",
        "phone": "+33 6 00 96 51 17",
        "organisation": "SNCF",
        "situation": "Indépendant(e)",
        "skills": "Rédaction; Levée de fonds",
        "preference": "Pas de préférence",
        "diet": "",
        "consent": "Oui",
        "comment": "",
    },
    {
        "registered_at": "2019/04/26 19:51:26",
        "email": "lea.wattel@yahoo.fr",
        "first_name": "Léa",
        "last_name": "Wattel",
        "phone": "691414572",
        "organisation": "Crédit du Nord",
        "situation": "Demandeur(se) d'emploi",
        "skills": "Finance / comptabilité",
        "preference": "Recyclerie du Val de Marque",
        "diet": "Sans gluten",
        "consent": "Oui",
        "comment": "Arrivera vers 9h15,\n\nsi le train est à l'heure",
    },
    {
        "registered_at": "2019/05/17 09:21:08",
        "email": "jerome.francois@free.fr",
        "first_name": "Jérôme",
        "last_name": "François",
        "phone": "0033643248488",
        "organisation": "Adeo",
        "situation": "Dirigeant(e) de TPE/PME",
        "skills": "Rédaction\nGraphisme\nMarketing digital",
        "preference": "La Ludothèque du Grand Jeu",
        "diet": "",
        "consent": "Non",
        "comment": "",
    },
    {
        "registered_at": "2019/06/22 18:45:16",
        "email": "manon.bouchard@laposte.net",
        "first_name": "Manon",
        "last_name": "Bouchard",
        "phone": "07 79 98 91 21",
        "organisation": "EDHEC",
        "situation": "Étudiant(e)",
        "skills": "Data / tableaux de bord, Juridique, Réseaux sociaux",
        "preference": "Numérique Pour Tous Amiens",
        "diet": "Végétalien",
        "consent": "Oui",
        "comment": "",
    },
    {
        "registered_at": "2019/04/24 09:59:44",
        "email": "eric.vanhoutte@free.fr",
        "first_name": "Éric",
        "last_name": "Vanhoutte",
        "phone": "07.61.11.68.95",
        "organisation": "",
        "situation": "Retraité(e)",
        "skills": "Stratégie",
        "preference": "Garage Solidaire des Flandres",
        "diet": "Sans porc",
        "consent": "Oui",
        "comment": "",
    },
    {
        "registered_at": "2019/04/27 19:42:16",
        "email": "noemie.lefebvre@gmail.com",
        "first_name": "Noémie",
        "last_name": "Lefèbvre",
        "phone": "+33 (0)7 97 00 12 17",
        "organisation": "Université de Lille",
        "situation": "Autre",
        "skills": "Numérique / outils / Ressources humaines",
        "preference": "",
        "diet": "",
        "consent": "Yes",
        "comment": "",
    },
    {
        "registered_at": "2019/04/13 15:58:23",
        "email": "jade.caron@orange.fr",
        "first_name": "Jade",
        "last_name": "Caron",
        "phone": "07 78 37 04 22",
        "organisation": "Ankama",
        "situation": "Indépendant(e)",
        "skills": "Réseaux sociaux | Marketing digital",
        "preference": "Pas de préférence",
        "diet": "",
        "consent": "Oui",
        "comment": "",
    },
]

FIELDS = (
    "registered_at",
    "email",
    "first_name",
    "last_name",
    "phone",
    "organisation",
    "situation",
    "skills",
    "preference",
    "diet",
    "consent",
    "comment",
)

HEADERS_FR = {
    "registered_at": "Horodateur",
    "email": "Adresse e-mail",
    "first_name": "Prénom",
    "last_name": "Nom",
    "phone": "Téléphone",
    "organisation": "Entreprise / organisation",
    "situation": "Situation professionnelle",
    "skills": "Compétences que vous souhaitez partager",
    "preference": "Structure ou cause souhaitée",
    "diet": "Régime alimentaire",
    "consent": "J'accepte que mes données soient utilisées pour l'organisation du Marathon",
    "comment": "Commentaires",
}

HEADERS_EN = {
    "registered_at": "Timestamp",
    "email": "Email Address",
    "first_name": "First Name",
    "last_name": "Last Name",
    "phone": "Cell Phone",
    "organisation": "Company",
    "situation": "Employment status",
    "skills": "Skills",
    "preference": "Preferred structure",
    "diet": "Dietary requirements",
    "consent": "Consent",
    "comment": "Comments",
}

# What a test expects of each person once imported, by e-mail.
EXPECTED_PHONES = {
    "francoise.coeurderoy@laposte.net": "06 50 22 65 94",
    "ines.lambin@outlook.fr": "06 00 96 51 17",
    "lea.wattel@yahoo.fr": "06 91 41 45 72",
    "jerome.francois@free.fr": "06 43 24 84 88",
    "manon.bouchard@laposte.net": "07 79 98 91 21",
    "eric.vanhoutte@free.fr": "07 61 11 68 95",
    "noemie.lefebvre@gmail.com": "07 97 00 12 17",
    "jade.caron@orange.fr": "07 78 37 04 22",
}


def person(**changes: str) -> dict[str, str]:
    """A fresh person (not in PEOPLE) with the given fields changed."""
    base = dict(PEOPLE[1])
    base.update(
        email="nouveau.benevole@example.org",
        first_name="Nouveau",
        last_name="Bénévole",
        registered_at="2019/07/01 10:00:00",
    )
    base.update(changes)
    return base


def table_rows(
    people: Sequence[dict[str, str]] = PEOPLE,
    *,
    headers: dict[str, str] = HEADERS_FR,
    order: Sequence[str] = FIELDS,
    header_style: Callable[[str], str] = lambda h: h,
    extra_columns: bool = False,
) -> list[list[str]]:
    """The header row then one row per person, columns in ``order``; extras add an unknown and an empty-named
    column (with values) like spreadsheets that were edited by hand."""
    header = [header_style(headers[f]) for f in order]
    rows = [[p.get(f, "") for f in order] for p in people]
    if extra_columns:
        header = ["ID interne", *header[:3], "", *header[3:], "Source"]
        rows = [[str(1000 + i), *r[:3], "x", *r[3:], "formulaire"] for i, r in enumerate(rows)]
    return [header, *rows]


def csv_export(
    people: Sequence[dict[str, str]] = PEOPLE,
    *,
    delimiter: str = ";",
    encoding: str = "utf-8",
    newline: str = "\r\n",
    title_lines: Sequence[str] = (),
    blank_every: int = 0,
    delimiter_only_rows: bool = False,
    rows: list[list[str]] | None = None,
    **table_options: Any,
) -> bytes:
    """A CSV export as bytes. ``encoding`` 'utf-8-sig' adds the BOM, 'utf-16' writes one too."""
    all_rows = rows if rows is not None else table_rows(people, **table_options)
    width = len(all_rows[0])
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline)
    for title in title_lines:
        writer.writerow([title] + [""] * (width - 1) if delimiter_only_rows else [title])
    for index, row in enumerate(all_rows):
        writer.writerow(row)
        if blank_every and index and index % blank_every == 0:
            out.write(delimiter * (width - 1) + newline if delimiter_only_rows else newline)
    return out.getvalue().encode(encoding)


def xlsx_export(
    people: Sequence[dict[str, str]] = PEOPLE,
    *,
    data_sheet: int = 0,
    typed: bool = True,
    title_lines: Sequence[str] = (),
    **table_options: Any,
) -> bytes:
    """A workbook as Excel writes it: numbers as numbers (phones lose their zero), dates as datetime cells, the
    data on sheet ``data_sheet`` (earlier sheets hold a cover note)."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheets = [workbook.active]
    for i in range(data_sheet):
        sheets.append(workbook.create_sheet(f"Feuille{i + 2}"))
    sheets[0].title = "Lisez-moi" if data_sheet else "Inscriptions"
    if data_sheet:
        sheets[0]["A1"] = "Export du formulaire — ne pas modifier"
        sheets[0]["A3"] = "Voir l'onglet suivant"
    sheet = sheets[data_sheet]
    for title in title_lines:
        sheet.append([title])
    for index, row in enumerate(table_rows(people, **table_options)):
        sheet.append([_typed(cell) if typed and index else cell for cell in row])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _typed(cell: str) -> Any:
    """What Excel makes of a typed cell: a date, a number (the leading zero gone), else the text."""
    for fmt in ("%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(cell, fmt)
        except ValueError:
            pass
    if cell.isdigit() and len(cell) > 1:
        return int(cell)
    return cell
