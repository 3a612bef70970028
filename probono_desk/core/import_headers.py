"""Which header means which field: the French and English wordings of form tools, ticketing sites and Excel."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.core.text import fold


class Kind(str, Enum):
    VOLUNTEERS = "volunteers"
    STRUCTURES = "structures"


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    exact: tuple[str, ...]  # folded header texts that mean this field
    prefixes: tuple[str, ...] = ()  # folded header beginnings that mean it (long form questions)


VOLUNTEER_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "first_name",
        QT_TRANSLATE_NOOP("fields", "Prénom"),
        (
            "prenom",
            "first name",
            "firstname",
            "given name",
            "prenom du participant",
            "prenom du benevole",
            "forename",
            "attendee first name",
            "prenom participant",
        ),
        ("prenom",),
    ),
    FieldSpec(
        "last_name",
        QT_TRANSLATE_NOOP("fields", "Nom"),
        (
            "nom",
            "last name",
            "lastname",
            "surname",
            "family name",
            "nom de famille",
            "nom du participant",
            "nom du benevole",
            "nom de naissance",
            "attendee last name",
            "nom participant",
        ),
        ("nom de famille", "last name"),
    ),
    FieldSpec(
        "full_name",
        QT_TRANSLATE_NOOP("fields", "Nom complet"),
        (
            "nom complet",
            "full name",
            "name",
            "participant",
            "nom et prenom",
            "prenom et nom",
            "prenom nom",
            "nom prenom",
            "benevole",
            "attendee name",
        ),
    ),
    FieldSpec(
        "email",
        QT_TRANSLATE_NOOP("fields", "E-mail"),
        (
            "e-mail",
            "email",
            "e mail",
            "mail",
            "courriel",
            "adresse e-mail",
            "adresse email",
            "adresse mail",
            "adresse electronique",
            "email address",
            "e-mail address",
            "adresse courriel",
        ),
        ("adresse e-mail", "adresse email", "adresse mail", "e-mail", "email", "courriel"),
    ),
    FieldSpec(
        "phone",
        QT_TRANSLATE_NOOP("fields", "Téléphone"),
        (
            "telephone",
            "tel",
            "tel.",
            "portable",
            "mobile",
            "cell phone",
            "phone",
            "phone number",
            "numero de telephone",
            "telephone portable",
            "mobile phone",
            "n° de telephone",
            "mobile number",
            "numero de portable",
            "telephone mobile",
            "gsm",
        ),
        ("telephone", "numero de telephone", "phone", "tel "),
    ),
    FieldSpec(
        "organisation",
        QT_TRANSLATE_NOOP("fields", "Organisation"),
        (
            "entreprise",
            "societe",
            "organisation",
            "organization",
            "company",
            "employeur",
            "employer",
            "entreprise / organisation",
            "structure d'origine",
            "company name",
            "ecole",
            "entreprise ou ecole",
            "organisme",
        ),
        ("entreprise", "societe", "company", "organisation", "organization", "employeur"),
    ),
    FieldSpec(
        "situation",
        QT_TRANSLATE_NOOP("fields", "Situation"),
        (
            "situation",
            "situation professionnelle",
            "statut",
            "status",
            "professional status",
            "statut professionnel",
            "profil",
            "job status",
            "employment status",
            "current situation",
            "situation actuelle",
        ),
        ("situation", "statut"),
    ),
    FieldSpec(
        "skills",
        QT_TRANSLATE_NOOP("fields", "Compétences"),
        (
            "competences",
            "competence",
            "skills",
            "expertise",
            "domaines de competence",
            "savoir-faire",
            "domaines d'expertise",
            "competences a partager",
        ),
        ("competence", "skills", "vos competences", "expertise"),
    ),
    FieldSpec(
        "preference",
        QT_TRANSLATE_NOOP("fields", "Structure souhaitée"),
        (
            "structure souhaitee",
            "structure ou cause souhaitee",
            "preference",
            "cause",
            "choix",
            "preferred structure",
            "cause souhaitee",
            "association souhaitee",
            "voeu",
            "structure preferee",
            "preferred cause",
        ),
        (
            "structure souhaitee",
            "structure ou cause",
            "cause souhaitee",
            "preferred",
            "association souhaitee",
            "quelle structure",
            "which structure",
            "preferred organi",
        ),
    ),
    FieldSpec(
        "diet",
        QT_TRANSLATE_NOOP("fields", "Régime alimentaire"),
        (
            "regime",
            "regime alimentaire",
            "diet",
            "dietary requirements",
            "allergies",
            "repas",
            "restrictions alimentaires",
        ),
        ("regime", "diet", "allergie", "restriction"),
    ),
    FieldSpec(
        "consent",
        QT_TRANSLATE_NOOP("fields", "Consentement"),
        ("consentement", "consent", "rgpd", "gdpr", "opt-in", "accord"),
        ("j'accepte", "j accepte", "consent", "rgpd", "gdpr", "i agree", "i accept", "autorisation"),
    ),
    FieldSpec(
        "registered_at",
        QT_TRANSLATE_NOOP("fields", "Date d'inscription"),
        (
            "horodateur",
            "horodatage",
            "timestamp",
            "date d'inscription",
            "date inscription",
            "submitted at",
            "date de soumission",
            "created",
            "created at",
            "order date",
            "date de commande",
            "submission date",
            "date de creation",
            "date de reponse",
            "date",
        ),
        ("horodat", "date d'inscription", "submitted"),
    ),
)

STRUCTURE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        QT_TRANSLATE_NOOP("fields", "Structure"),
        (
            "structure",
            "nom de la structure",
            "structure laureate",
            "association",
            "name",
            "nom",
            "organisation",
            "organization",
            "organization name",
            "structure name",
            "nom de l'association",
        ),
        ("nom de la structure", "structure laureate", "nom de l'association"),
    ),
    FieldSpec(
        "legal_form",
        QT_TRANSLATE_NOOP("fields", "Forme juridique"),
        ("forme juridique", "statut juridique", "legal form", "statut"),
        ("forme juridique",),
    ),
    FieldSpec("city", QT_TRANSLATE_NOOP("fields", "Ville"), ("ville", "city", "commune", "localisation"), ()),
    FieldSpec(
        "mission_theme",
        QT_TRANSLATE_NOOP("fields", "Thématique de la mission"),
        ("thematique", "thematique de la mission", "theme", "mission", "domaine", "mission theme"),
        ("thematique", "theme"),
    ),
    FieldSpec(
        "problem",
        QT_TRANSLATE_NOOP("fields", "Problématique"),
        ("problematique", "probleme", "problem", "enjeu", "besoin", "problem statement"),
        ("problematique", "probleme"),
    ),
    FieldSpec(
        "skills_needed",
        QT_TRANSLATE_NOOP("fields", "Compétences recherchées"),
        ("competences recherchees", "competences", "skills needed", "skills", "competences attendues"),
        ("competences",),
    ),
    FieldSpec(
        "expected_deliverable",
        QT_TRANSLATE_NOOP("fields", "Livrable attendu"),
        ("livrable attendu", "livrable", "deliverable", "expected deliverable"),
        ("livrable",),
    ),
    FieldSpec(
        "table_label",
        QT_TRANSLATE_NOOP("fields", "Table"),
        ("table", "n° de table", "numero de table", "salle", "table number", "table label"),
        ("table",),
    ),
    FieldSpec(
        "referent",
        QT_TRANSLATE_NOOP("fields", "Référent·e"),
        (
            "referent",
            "referente",
            "referent·e",
            "referent(e)",
            "referent pro bono lab",
            "referent·e pro bono lab",
            "referent(e) pro bono lab",
            "staff",
            "coach",
            "mentor",
        ),
        ("referent",),
    ),
    FieldSpec(
        "representative_1",
        QT_TRANSLATE_NOOP("fields", "Représentant 1"),
        (
            "representant 1",
            "representant",
            "representante 1",
            "representative 1",
            "contact 1",
            "contact",
            "representants",
            "representantes",
            "representatives",
            "contacts",
            "representant 1 (nom)",
        ),
        ("representant 1", "representant·e 1", "representant 1", "representative 1"),
    ),
    FieldSpec(
        "representative_2",
        QT_TRANSLATE_NOOP("fields", "Représentant 2"),
        ("representant 2", "representante 2", "representative 2", "contact 2", "representant 2 (nom)"),
        ("representant 2", "representant·e 2"),
    ),
    FieldSpec(
        "capacity",
        QT_TRANSLATE_NOOP("fields", "Capacité"),
        (
            "capacite",
            "places",
            "nombre de places",
            "capacity",
            "taille de l'equipe",
            "team size",
            "nombre de benevoles",
            "taille d'equipe",
        ),
        ("capacite",),
    ),
)


def fields_for(kind: Kind) -> tuple[FieldSpec, ...]:
    return VOLUNTEER_FIELDS if kind is Kind.VOLUNTEERS else STRUCTURE_FIELDS


_HEADER_NOISE = re.compile(r"\((obligatoire|facultatif|optionnel|required|optional)\)|\[[^\]]*\]")


def _header_key(text: str) -> str:
    """'Prénom *' / '* E-mail :' / 'Téléphone (obligatoire)' / 'Référent·e' -> 'prenom', 'e-mail', ..."""
    key = fold(text)
    key = _HEADER_NOISE.sub("", key)
    key = key.replace("·", "").replace("(e)", "").replace("(se)", "").replace("(s)", "").replace("’", "'")
    key = re.sub(r"^[\s*:#]+|[\s*:?.]+$", "", key)
    return re.sub(r"\s+", " ", key).strip()


@lru_cache(maxsize=2)
def _lookup(kind: Kind) -> tuple[dict[str, str], list[tuple[str, str]]]:
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for spec in fields_for(kind):
        for e in spec.exact:
            exact.setdefault(_header_key(e), spec.key)
        prefixes.extend((_header_key(p), spec.key) for p in spec.prefixes)
    return exact, prefixes


def guess_field(header: str, kind: Kind) -> str | None:
    key = _header_key(header)
    if not key:
        return None
    exact, prefixes = _lookup(kind)
    if key in exact:
        return exact[key]
    for prefix, field_key in prefixes:
        if key.startswith(prefix):
            return field_key
    return None


def field_label(kind: Kind, key: str) -> str:
    """The French label of a field key (translate it with context 'fields')."""
    for spec in fields_for(kind):
        if spec.key == key:
            return spec.label
    return key
