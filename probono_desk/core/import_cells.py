"""Reading one cell of an export: dates, consent, situations, names, capacities, table labels."""

from __future__ import annotations

import re
from datetime import datetime

from probono_desk.core.models import Situation
from probono_desk.core.text import clean, fold

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
