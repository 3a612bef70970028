"""The domain's records: plain dataclasses handed between layers (never database handles)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.core.text import display_name, fold


class Situation(str, Enum):
    EMPLOYEE = "salarie"
    JOB_SEEKER = "demandeur_emploi"
    BUSINESS_OWNER = "dirigeant"
    STUDENT = "etudiant"
    RETIREE = "retraite"
    FREELANCE = "independant"
    OTHER = "autre"

    @property
    def label(self) -> str:
        return SITUATION_LABELS[self]


SITUATION_LABELS: dict[Situation, str] = {
    Situation.EMPLOYEE: QT_TRANSLATE_NOOP("situation", "salarié·e"),
    Situation.JOB_SEEKER: QT_TRANSLATE_NOOP("situation", "demandeur·se d'emploi"),
    Situation.BUSINESS_OWNER: QT_TRANSLATE_NOOP("situation", "dirigeant·e TPE/PME"),
    Situation.STUDENT: QT_TRANSLATE_NOOP("situation", "étudiant·e"),
    Situation.RETIREE: QT_TRANSLATE_NOOP("situation", "retraité·e"),
    Situation.FREELANCE: QT_TRANSLATE_NOOP("situation", "indépendant·e"),
    Situation.OTHER: QT_TRANSLATE_NOOP("situation", "autre"),
}


def parse_situation(text: str | None) -> Situation | None:
    """Map what forms say ('Salarié(e)', 'Demandeur(se) d'emploi', 'Student', 'Retired'...) to a Situation.

    Returns None for an empty cell; OTHER for anything unrecognised.
    """
    key = fold(text)
    if not key:
        return None
    for sit in Situation:
        if key == sit.value:
            return sit
    rules: list[tuple[tuple[str, ...], Situation]] = [
        (
            ("demandeu", "recherche d", "chomage", "sans emploi", "job seek", "unemploy", "jobseek"),
            Situation.JOB_SEEKER,
        ),
        (
            (
                "dirigeant",
                "chef d'entreprise",
                "gerant",
                "tpe",
                "pme",
                "business owner",
                "entrepreneur",
                "founder",
                "fondat",
            ),
            Situation.BUSINESS_OWNER,
        ),
        (("etudiant", "student", "alternan", "apprenti", "stagiaire"), Situation.STUDENT),
        (("retraite", "retired", "pension"), Situation.RETIREE),
        (
            (
                "independant",
                "freelance",
                "auto-entrepreneur",
                "autoentrepreneur",
                "self-employed",
                "consultant",
                "micro-entrepreneur",
                "liberal",
            ),
            Situation.FREELANCE,
        ),
        (("salarie", "employe", "employee", "cadre", "fonctionnaire", "cdi", "cdd", "agent"), Situation.EMPLOYEE),
    ]
    for needles, sit in rules:
        if any(n in key for n in needles):
            return sit
    return Situation.OTHER


class StaffRole(str, Enum):
    REFERENT = "referent"
    FACILITATOR = "facilitateur"
    ORGANISER = "organisateur"


@dataclass(frozen=True)
class EventInfo:
    id: str
    name: str
    date: str  # YYYY-MM-DD
    venue: str = ""


@dataclass(frozen=True)
class Staff:
    id: str
    name: str
    role: StaffRole
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Structure:
    id: str
    name: str
    legal_form: str = ""
    city: str = ""
    mission_theme: str = ""
    problem: str = ""
    skills_needed: tuple[str, ...] = ()
    expected_deliverable: str = ""
    table_label: str = ""
    referent_id: str | None = None
    referent_name: str = ""
    representative_1: str = ""
    representative_2: str = ""
    colour: str = ""
    capacity: int | None = None
    position: int = 0


@dataclass(frozen=True)
class Volunteer:
    id: str
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
    source_file: str = ""
    source_row: int | None = None
    registered_at: str = ""
    walk_in: bool = False
    structure_id: str | None = None
    pinned: bool = False

    @property
    def name(self) -> str:
        return display_name(self.first_name, self.last_name)

    @property
    def search_key(self) -> str:
        return fold(f"{self.first_name} {self.last_name} {self.email} {self.organisation}")


@dataclass
class Counts:
    volunteers: int = 0
    present: int = 0
    per_structure: list[dict[str, object]] = field(default_factory=list)
