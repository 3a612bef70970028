"""The pure rules of reading exports: phones, skills lists, situations, consent, headers, delimiters."""

from __future__ import annotations

import pytest

from probono_desk.core.models import Situation
from probono_desk.core.registrations import (
    Kind,
    guess_field,
    parse_capacity,
    parse_consent,
    parse_form_situation,
    parse_timestamp,
    split_two_people,
    table_label,
)
from probono_desk.core.tabular import parse_csv_text, sniff_delimiter
from probono_desk.core.text import normalize_phone, split_list


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0612345678", "06 12 34 56 78"),
        ("612345678", "06 12 34 56 78"),  # the spreadsheet dropped the leading zero
        ("612345678.0", "06 12 34 56 78"),
        ("6.12345678E8", "06 12 34 56 78"),  # Excel's scientific notation
        ("6,12345678E+08", "06 12 34 56 78"),  # the same from French Excel
        ("+33 6 12 34 56 78", "06 12 34 56 78"),
        ("+33612345678", "06 12 34 56 78"),
        ("+33 (0)6 12 34 56 78", "06 12 34 56 78"),
        ("0033 6 12 34 56 78", "06 12 34 56 78"),
        ("33612345678", "06 12 34 56 78"),
        ("06.12.34.56.78", "06 12 34 56 78"),
        ("06-12-34-56-78", "06 12 34 56 78"),
        ("320123456", "03 20 12 34 56"),  # a Lille landline
        ("+32 470 12 34 56", "+32 470 12 34 56"),  # Belgian: kept as typed
        ("", ""),
        ("pas de téléphone", "pas de téléphone"),
    ],
)
def test_phones(typed: str, expected: str) -> None:
    assert normalize_phone(typed) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rédaction, Graphisme ; Marketing", ["Rédaction", "Graphisme", "Marketing"]),
        ("Finance / comptabilité", ["Finance / comptabilité"]),
        ("Data / tableaux de bord, Juridique", ["Data / tableaux de bord", "Juridique"]),
        ("Finance/comptabilité;Data/tableaux de bord", ["Finance / comptabilité", "Data / tableaux de bord"]),
        ("Rédaction/Graphisme", ["Rédaction", "Graphisme"]),
        ("Numérique / outils / Ressources humaines", ["Numérique / outils", "Ressources humaines"]),
        ("Rédaction\nGraphisme\r\nStratégie", ["Rédaction", "Graphisme", "Stratégie"]),
        ("- Rédaction\n- Graphisme\n• Stratégie", ["Rédaction", "Graphisme", "Stratégie"]),
        ("Réseaux sociaux | Marketing digital", ["Réseaux sociaux", "Marketing digital"]),
        ("Rédaction, rédaction, RÉDACTION", ["Rédaction"]),
        (" , ; \n", []),
        ("UX / UI", ["UX / UI"]),
    ],
)
def test_skills_lists(text: str, expected: list[str]) -> None:
    assert split_list(text) == expected


def test_skills_known_to_the_event_are_never_split() -> None:
    assert split_list("Levée de fonds / Mécénat", known=["Levée de fonds / Mécénat"]) == ["Levée de fonds / Mécénat"]
    assert split_list("Levée de fonds / Mécénat") == ["Levée de fonds", "Mécénat"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("salarié·e", Situation.EMPLOYEE),
        ("Salarié(e)", Situation.EMPLOYEE),
        ("Salariée en CDI", Situation.EMPLOYEE),
        ("Employee", Situation.EMPLOYEE),
        ("Employed", Situation.EMPLOYEE),
        ("demandeur·se d'emploi", Situation.JOB_SEEKER),
        ("Demandeur(se) d'emploi", Situation.JOB_SEEKER),
        ("En recherche d'emploi", Situation.JOB_SEEKER),
        ("Job seeker", Situation.JOB_SEEKER),
        ("Unemployed", Situation.JOB_SEEKER),
        ("dirigeant·e TPE/PME", Situation.BUSINESS_OWNER),
        ("Dirigeant(e) de TPE/PME", Situation.BUSINESS_OWNER),
        ("Chef d'entreprise", Situation.BUSINESS_OWNER),
        ("Business owner", Situation.BUSINESS_OWNER),
        ("étudiant·e", Situation.STUDENT),
        ("Étudiant(e)", Situation.STUDENT),
        ("Student", Situation.STUDENT),
        ("retraité·e", Situation.RETIREE),
        ("Retired", Situation.RETIREE),
        ("indépendant·e", Situation.FREELANCE),
        ("Auto-entrepreneur", Situation.FREELANCE),  # not a business owner despite 'entrepreneur'
        ("Self-employed", Situation.FREELANCE),  # not an employee despite 'employed'
        ("Freelance", Situation.FREELANCE),
        ("autre", Situation.OTHER),
        ("Other", Situation.OTHER),
        ("International sales", Situation.OTHER),  # 'intern' is a word, not a prefix
        ("", None),
    ],
)
def test_situations(text: str, expected: Situation | None) -> None:
    assert parse_form_situation(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oui", True),
        ("oui", True),
        ("Yes", True),
        ("TRUE", True),
        ("1", True),
        ("X", True),
        ("☑", True),
        ("✓", True),
        ("checked", True),
        ("J'accepte", True),
        ("Non", False),
        ("No", False),
        ("FALSE", False),
        ("0", False),
        ("☐", False),
        ("unchecked", False),
        ("", None),
        ("peut-être", None),
    ],
)
def test_consent(text: str, expected: bool | None) -> None:
    assert parse_consent(text) is expected


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Prénom *", "first_name"),
        ("* PRÉNOM", "first_name"),
        ("  prénom  ", "first_name"),
        ("E-mail :", "email"),
        ("Adresse e-mail", "email"),
        ("Email Address", "email"),
        ("Courriel", "email"),
        ("Nom de famille", "last_name"),
        ("Last Name", "last_name"),
        ("Tél.", "phone"),
        ("Cell Phone", "phone"),
        ("Téléphone (obligatoire)", "phone"),
        ("Société", "organisation"),
        ("Company", "organisation"),
        ("Compétences que vous souhaitez partager", "skills"),
        ("Structure ou cause souhaitée", "preference"),
        ("Régime alimentaire", "diet"),
        ("Order Date", "registered_at"),
        ("Horodateur", "registered_at"),
        ("Nom complet", "full_name"),
        ("Home Phone", None),
        ("Job Title", None),
        ("", None),
    ],
)
def test_volunteer_headers(header: str, field: str | None) -> None:
    assert guess_field(header, Kind.VOLUNTEERS) == field


def test_structure_cells() -> None:
    assert table_label("Table 3") == "3" and table_label("table n°4") == "4" and table_label("Salle B") == "Salle B"
    assert parse_capacity("10 places") == 10 and parse_capacity("12.0") == 12 and parse_capacity("zéro") is None
    assert parse_capacity("0") is None
    assert split_two_people("Nadia Benali & Pierre Vermeulen") == ("Nadia Benali", "Pierre Vermeulen")
    assert split_two_people("Jean-Luc Wiart") == ("Jean-Luc Wiart", "")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2019/05/18 12:25:52", "2019-05-18T12:25:52"),
        ("18/05/2019 12:25", "2019-05-18T12:25:00"),
        ("2019-05-18T12:25:52.123Z", "2019-05-18T12:25:52"),
        ("2019-05-18T12:25:52+02:00", "2019-05-18T12:25:52"),
        ("2019-05-18 12:25:52", "2019-05-18T12:25:52"),
        ("pas une date", ""),
    ],
)
def test_timestamps(text: str, iso: str) -> None:
    assert parse_timestamp(text) == iso


def test_delimiter_is_chosen_by_consistent_rows_despite_a_title_with_commas() -> None:
    text = "Inscriptions, Marathon, Lille, 2019\nPrénom;Nom;E-mail\nLéa;Wattel;a@b.fr\nJo;Caron;c@d.fr\n"
    assert sniff_delimiter(text) == ";"
    assert parse_csv_text(text).rows[1] == ["Prénom", "Nom", "E-mail"]
