"""Registrations and structures exports: header mapping, row checks, duplicates. Pure rules, no I/O.

An export is a ``Table`` (rows of text cells with their source lines). ``map_headers`` finds the header line
and which column feeds which field; ``read_volunteers`` / ``read_structures`` turn rows into records and
report problems by line, field and reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from functools import lru_cache

from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.core.models import Situation
from probono_desk.core.tabular import Table, is_blank
from probono_desk.core.text import clean, fold, is_email, normalize_email, normalize_phone, split_list


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


@dataclass
class Mapping:
    """Which column feeds which field, the header line, and what was left unmapped."""

    kind: Kind
    header_index: int  # index in Table.rows
    headers: list[str]
    columns: dict[str, int]  # field key -> column index
    unmapped: list[str] = field(default_factory=list)

    def with_override(self, field_key: str, column: int | None) -> Mapping:
        """The same mapping with one field fed by another column (or by none)."""
        columns = {k: v for k, v in self.columns.items() if k != field_key and v != column}
        if column is not None:
            columns[field_key] = column
        used = set(columns.values())
        unmapped = [h for i, h in enumerate(self.headers) if i not in used and clean(h)]
        return Mapping(self.kind, self.header_index, self.headers, columns, unmapped)


def map_headers(table: Table, kind: Kind) -> Mapping:
    """Find the header line among the first rows (title lines may come first) and map its columns."""
    best: Mapping | None = None
    best_score = 0
    for index, row in enumerate(table.rows[:15]):
        if is_blank(row):
            continue
        columns: dict[str, int] = {}
        for col, header in enumerate(row):
            key = guess_field(header, kind)
            if key and key not in columns:
                columns[key] = col
        if len(columns) > best_score:
            best_score = len(columns)
            unmapped = [clean(h) for i, h in enumerate(row) if i not in columns.values() and clean(h)]
            best = Mapping(kind, index, [clean(h) for h in row], columns, unmapped)
    if best is None:
        return Mapping(kind, 0, [], {}, [])
    return best


def person_column(mapping: Mapping) -> str | None:
    """The header of a first-name column, which a structures list never has (it is then a registrations export)."""
    for header in mapping.headers:
        if guess_field(header, Kind.VOLUNTEERS) == "first_name":
            return header
    return None


def is_usable(mapping: Mapping) -> bool:
    cols = mapping.columns
    if mapping.kind is Kind.VOLUNTEERS:
        has_name = ("first_name" in cols and "last_name" in cols) or "full_name" in cols
        return has_name and len(cols) >= 2
    return "name" in cols and person_column(mapping) is None


def detect_kind(table: Table) -> Kind:
    vol = map_headers(table, Kind.VOLUNTEERS)
    struct = map_headers(table, Kind.STRUCTURES)
    if is_usable(struct) and not ("first_name" in vol.columns or "email" in vol.columns):
        return Kind.STRUCTURES
    if is_usable(vol):
        return Kind.VOLUNTEERS
    return Kind.STRUCTURES if len(struct.columns) > len(vol.columns) else Kind.VOLUNTEERS


# --- rows ----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    line: int
    field: str
    why: str
    blocking: bool = True


@dataclass
class VolunteerRecord:
    line: int
    first_name: str
    last_name: str
    email: str = ""
    phone: str = ""
    organisation: str = ""
    situation: Situation | None = None
    skills: tuple[str, ...] = ()
    preference: str = ""
    diet: str = ""
    consent: bool | None = None
    registered_at: str = ""


@dataclass
class StructureRecord:
    line: int
    name: str
    legal_form: str = ""
    city: str = ""
    mission_theme: str = ""
    problem: str = ""
    skills_needed: tuple[str, ...] = ()
    expected_deliverable: str = ""
    table_label: str = ""
    referent: str = ""
    representative_1: str = ""
    representative_2: str = ""
    capacity: int | None = None


@dataclass
class Reading:
    """What a file says once read: the records to import, the problems, and the duplicates merged."""

    mapping: Mapping
    volunteers: list[VolunteerRecord] = field(default_factory=list)
    structures: list[StructureRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    duplicates: list[tuple[int, int, str]] = field(default_factory=list)  # (kept line, dropped line, email)
    blank_lines: int = 0

    @property
    def blocking(self) -> list[Problem]:
        return [p for p in self.problems if p.blocking]


_TRUE = {"oui", "yes", "true", "vrai", "1", "x", "ok", "o", "y", "j'accepte", "accepte", "d'accord", "checked"}
_FALSE = {"non", "no", "false", "faux", "0", "n", "refuse", "unchecked"}
_NO_PREFERENCE = {
    "",
    "pas de preference",
    "aucune",
    "aucune preference",
    "indifferent",
    "no preference",
    "peu importe",
    "sans preference",
    "-",
    "n/a",
    "na",
    "none",
    "any",
}

_DATE_FORMATS = (
    "%Y/%m/%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%Y/%m/%d %H:%M",
    "%Y-%m-%d %H:%M",
    "%d/%m/%Y",
    "%Y-%m-%d",
    "%m/%d/%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
)


def parse_timestamp(text: str) -> str:
    """An export's registration time as ISO text, or '' when it cannot be read."""
    value = clean(text)
    if not value:
        return ""
    value = re.sub(r"\s*(UTC|GMT|Z|[+-]\d{2}:?\d{2})$", "", value)
    value = value.replace("T", " ") if re.match(r"\d{4}-\d{2}-\d{2}T", value) else value
    value = re.sub(r"\.\d+$", "", value)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt.replace("T", " ")).isoformat(timespec="seconds")
        except ValueError:
            continue
    return ""


_CHECKED = {"☑", "☒", "✓", "✔", "✅", "[x]", "(x)", "coche", "cochee", "on", "si", "accepted", "agreed", "i agree"}
_UNCHECKED = {"☐", "□", "[ ]", "( )", "non coche", "off", "declined", "refused", "unchecked", "false"}


def parse_consent(text: str) -> bool | None:
    """Oui/Non, Yes/No, TRUE/FALSE, 1/0, X, ☑/☐, 'J'accepte…' -> True/False; empty or unclear -> None."""
    key = fold(text).strip(" .!")
    if not key:
        return None
    if key in _UNCHECKED or key in _FALSE or key.startswith(("non", "no ", "no,", "je refuse", "i do not", "i don't")):
        return False
    if (
        key in _TRUE
        or key in _CHECKED
        or key.startswith(("oui", "yes", "j'accepte", "j accepte", "i agree", "i accept"))
    ):
        return True
    return None


# What forms say about someone's situation, checked in this order (word beginnings on folded text), so that
# 'auto-entrepreneur' is independent before 'entrepreneur' is a business owner and 'sans emploi' beats 'emploi'.
_SITUATION_WORDS: tuple[tuple[Situation, tuple[str, ...]], ...] = (
    (
        Situation.JOB_SEEKER,
        (
            "demandeu",
            "en recherche",
            "recherche d'emploi",
            "recherche d emploi",
            "chomage",
            "chomeu",
            "sans emploi",
            "job seek",
            "jobseek",
            "unemploy",
            "looking for a job",
            "between jobs",
            "en reconversion",
            "reconversion",
        ),
    ),
    (Situation.RETIREE, ("retraite", "retired", "retiree", "pensionne")),
    (Situation.STUDENT, ("etudiant", "student", "alternan", "apprenti", "stagiaire", "intern", "doctorant", "phd")),
    (
        Situation.FREELANCE,
        (
            "independant",
            "freelance",
            "free-lance",
            "auto-entrepreneur",
            "autoentrepreneur",
            "auto entrepreneur",
            "micro-entrepreneur",
            "microentrepreneur",
            "self-employed",
            "self employed",
            "consultant",
            "profession liberale",
            "liberal",
            "travailleur independant",
        ),
    ),
    (
        Situation.BUSINESS_OWNER,
        (
            "dirigeant",
            "chef d'entreprise",
            "chef d entreprise",
            "cheffe d'entreprise",
            "gerant",
            "tpe",
            "pme",
            "business owner",
            "company owner",
            "small business",
            "entrepreneur",
            "founder",
            "co-founder",
            "fondat",
            "cofondat",
            "co-fondat",
            "ceo",
            "patron",
        ),
    ),
    (
        Situation.EMPLOYEE,
        (
            "salarie",
            "employe",
            "employee",
            "employed",
            "cadre",
            "fonctionnaire",
            "cdi",
            "cdd",
            "agent",
            "in employment",
            "staff",
            "worker",
        ),
    ),
    (Situation.OTHER, ("autre", "other", "n/a")),
)


def _word(word: str) -> str:
    # Short words must stand alone: 'tpe' is not in 'stpeter', 'intern' is not 'international'.
    return re.escape(word) + ("(?![a-z])" if len(word) <= 4 or word == "intern" else "")


_SITUATION_PATTERNS = tuple(
    (sit, re.compile(r"(?<![a-z])(?:" + "|".join(_word(w) for w in words) + ")")) for sit, words in _SITUATION_WORDS
)


def parse_form_situation(text: str | None) -> Situation | None:
    """Map what forms say (French or English, 'Salarié(e)', 'salarié·e', 'Demandeur·se d'emploi', 'Dirigeant·e
    TPE/PME', 'Student', 'Self-employed'…) to a Situation: None for an empty cell, OTHER when unrecognised."""
    key = fold(text).replace("·", "").replace("(e)", "").replace("(se)", "")
    if not key:
        return None
    for sit in Situation:
        if key == sit.value:
            return sit
    for sit, pattern in _SITUATION_PATTERNS:
        if pattern.search(key):
            return sit
    return Situation.OTHER


def _raw(row: list[str], mapping: Mapping, key: str) -> str:
    col = mapping.columns.get(key)
    if col is None or col >= len(row):
        return ""
    return row[col]


def _get(row: list[str], mapping: Mapping, key: str) -> str:
    return clean(_raw(row, mapping, key))


def _repeats_header(row: list[str], mapping: Mapping) -> bool:
    """The header line again further down (two exports pasted one after the other)."""
    return [fold(c) for c in row if clean(c)] == [fold(h) for h in mapping.headers if h]


def _split_full_name(full: str) -> tuple[str, str]:
    """'DUPONT Marie' -> ('Marie', 'DUPONT'); 'Marie Dupont' -> ('Marie', 'Dupont')."""
    parts = full.split()
    if len(parts) < 2:
        return full, ""
    upper = [p for p in parts if p.isupper() and len(p) > 1]
    if upper and len(upper) < len(parts):
        return " ".join(p for p in parts if p not in upper), " ".join(upper)
    return parts[0], " ".join(parts[1:])


def tidy_name(text: str) -> str:
    """'DUPONT' -> 'Dupont', 'jean-pierre' -> 'Jean-Pierre'; mixed case as typed is kept."""
    if text and (text.isupper() or text.islower()):
        return "-".join(" ".join(w[:1].upper() + w[1:].lower() for w in part.split(" ")) for part in text.split("-"))
    return text


def read_volunteers(
    table: Table,
    mapping: Mapping,
    structure_names: list[str] | None = None,
    known_skills: tuple[str, ...] = (),
) -> Reading:
    """Records of a registrations export; the same person twice (same e-mail, any case) is kept once, the
    latest registration winning (by its time, else its line)."""
    reading = Reading(mapping=mapping)
    by_key: dict[str, VolunteerRecord] = {}
    known = {fold(n): n for n in structure_names or []}
    for row, line in zip(table.rows[mapping.header_index + 1 :], table.lines[mapping.header_index + 1 :], strict=True):
        if is_blank(row) or _repeats_header(row, mapping):
            reading.blank_lines += 1
            continue
        first, last = _get(row, mapping, "first_name"), _get(row, mapping, "last_name")
        if not first and not last and "full_name" in mapping.columns:
            first, last = _split_full_name(_get(row, mapping, "full_name"))
        first, last = tidy_name(first), tidy_name(last)
        email_text = _get(row, mapping, "email")
        email = normalize_email(email_text)
        if not first and not last:
            reading.problems.append(Problem(line, "first_name", QT_TRANSLATE_NOOP("import", "ni prénom ni nom")))
            continue
        if not first or not last:
            missing = "first_name" if not first else "last_name"
            reading.problems.append(
                Problem(line, missing, QT_TRANSLATE_NOOP("import", "prénom ou nom manquant, importé tel quel"), False)
            )
        if email and not is_email(email):
            reading.problems.append(Problem(line, "email", QT_TRANSLATE_NOOP("import", "adresse e-mail invalide")))
            continue
        situation_text = _get(row, mapping, "situation")
        preference = _get(row, mapping, "preference")
        if fold(preference) in _NO_PREFERENCE:
            preference = ""
        elif fold(preference) in known:
            preference = known[fold(preference)]
        record = VolunteerRecord(
            line=line,
            first_name=first,
            last_name=last,
            email=email,
            phone=normalize_phone(_get(row, mapping, "phone")),
            organisation=_get(row, mapping, "organisation"),
            situation=parse_form_situation(situation_text),
            skills=tuple(split_list(_raw(row, mapping, "skills"), known_skills)),
            preference=preference,
            diet=_get(row, mapping, "diet"),
            consent=parse_consent(_get(row, mapping, "consent")),
            registered_at=parse_timestamp(_get(row, mapping, "registered_at")),
        )
        key = email or "name:" + fold(f"{first} {last}")
        previous = by_key.get(key)
        if previous is None:
            by_key[key] = record
            continue
        # The same person registered twice: the latest registration wins (by its time, else its line).
        newer = record
        if previous.registered_at and record.registered_at and previous.registered_at > record.registered_at:
            newer = previous
        kept, dropped = (newer, record if newer is previous else previous)
        by_key[key] = kept
        reading.duplicates.append((kept.line, dropped.line, email or f"{first} {last}"))
    reading.volunteers = sorted(by_key.values(), key=lambda r: r.line)
    return reading


def parse_capacity(text: str) -> int | None:
    """'10', '10.0', '10 places', 'max 12' -> the number; None when there is no positive whole number."""
    match = re.search(r"\d+(?:[.,]0+)?(?!\d)", text)
    if not match:
        return None
    value = int(re.split(r"[.,]", match.group(0))[0])
    return value if 0 < value <= 1000 else None


def table_label(text: str) -> str:
    """'Table 3' / 'table n°3' -> '3'; any other label ('Salle Verte') is kept."""
    match = re.fullmatch(r"(?i)table\s*(?:n[°o]\.?\s*)?(\S.*)", text)
    return clean(match.group(1)) if match else text


def split_two_people(text: str) -> tuple[str, str]:
    """'Nadia Benali / Pierre Vermeulen' (or ',', ';', ' et ', '&', a line break) -> the two names."""
    parts = [clean(p) for p in re.split(r"\s+/\s+|[;\n,&+]|\s+et\s+|\s+and\s+", text) if clean(p)]
    if len(parts) >= 2:
        return parts[0], " ".join(parts[1:2])
    return (parts[0] if parts else clean(text)), ""


def read_structures(table: Table, mapping: Mapping) -> Reading:
    reading = Reading(mapping=mapping)
    seen: dict[str, StructureRecord] = {}
    for row, line in zip(table.rows[mapping.header_index + 1 :], table.lines[mapping.header_index + 1 :], strict=True):
        if is_blank(row) or _repeats_header(row, mapping):
            reading.blank_lines += 1
            continue
        name = _get(row, mapping, "name")
        if not name:
            reading.problems.append(Problem(line, "name", QT_TRANSLATE_NOOP("import", "nom de structure manquant")))
            continue
        capacity_text = _get(row, mapping, "capacity")
        capacity: int | None = None
        if capacity_text:
            capacity = parse_capacity(capacity_text)
            if capacity is None:
                reading.problems.append(
                    Problem(
                        line,
                        "capacity",
                        QT_TRANSLATE_NOOP("import", "capacité invalide (un nombre entier positif est attendu)"),
                    )
                )
                continue
        rep_1, rep_2 = _get(row, mapping, "representative_1"), _get(row, mapping, "representative_2")
        if rep_1 and not rep_2 and "representative_2" not in mapping.columns:
            rep_1, rep_2 = split_two_people(_raw(row, mapping, "representative_1"))
        record = StructureRecord(
            line=line,
            name=name,
            legal_form=_get(row, mapping, "legal_form"),
            city=_get(row, mapping, "city"),
            mission_theme=_get(row, mapping, "mission_theme"),
            problem=_get(row, mapping, "problem"),
            skills_needed=tuple(split_list(_raw(row, mapping, "skills_needed"))),
            expected_deliverable=_get(row, mapping, "expected_deliverable"),
            table_label=table_label(_get(row, mapping, "table_label")),
            referent=_get(row, mapping, "referent"),
            representative_1=rep_1,
            representative_2=rep_2,
            capacity=capacity,
        )
        if fold(name) in seen:
            reading.duplicates.append((line, seen[fold(name)].line, name))
        seen[fold(name)] = record
    reading.structures = sorted(seen.values(), key=lambda r: r.line)
    return reading
