"""Registrations and structures exports: header mapping, row checks, duplicates. Pure rules, no I/O.

An export is a ``Table`` (rows of text cells with their source lines). ``map_headers`` finds the header line
and which column feeds which field (vocabulary in ``import_headers``); ``read_volunteers`` / ``read_structures``
turn rows into records (cells read by ``import_cells``) and report problems by line, field and reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.core.import_cells import (
    _NO_PREFERENCE,
    _split_full_name,
    parse_capacity,
    parse_consent,
    parse_form_situation,
    parse_timestamp,
    split_two_people,
    table_label,
    tidy_name,
)
from probono_desk.core.import_headers import (
    STRUCTURE_FIELDS,
    VOLUNTEER_FIELDS,
    FieldSpec,
    Kind,
    field_label,
    fields_for,
    guess_field,
)
from probono_desk.core.import_limits import STRUCTURE_LIMITS, TOO_LONG, VOLUNTEER_LIMITS, too_long
from probono_desk.core.models import Situation
from probono_desk.core.tabular import Table, is_blank
from probono_desk.core.text import clean, fold, is_email, normalize_email, normalize_phone, split_list

__all__ = [
    "STRUCTURE_FIELDS",
    "VOLUNTEER_FIELDS",
    "FieldSpec",
    "Kind",
    "Mapping",
    "Problem",
    "Reading",
    "StructureRecord",
    "VolunteerRecord",
    "detect_kind",
    "field_label",
    "fields_for",
    "guess_field",
    "is_usable",
    "map_headers",
    "parse_capacity",
    "parse_consent",
    "parse_form_situation",
    "parse_timestamp",
    "person_column",
    "read_structures",
    "read_volunteers",
    "split_two_people",
    "table_label",
    "tidy_name",
]


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
        record = _volunteer_record(row, line, mapping, known, known_skills, reading.problems)
        if record is not None:
            _keep_latest(by_key, record, reading.duplicates)
    reading.volunteers = sorted(by_key.values(), key=lambda r: r.line)
    _warn_long(reading, reading.volunteers, VOLUNTEER_LIMITS)
    return reading


def _volunteer_record(
    row: list[str],
    line: int,
    mapping: Mapping,
    known: dict[str, str],
    known_skills: tuple[str, ...],
    problems: list[Problem],
) -> VolunteerRecord | None:
    """The record of one row, its problems added to ``problems``; None for a row that cannot be imported (no
    name at all, an invalid e-mail). ``known``: the structures' names by folded name."""
    first, last = _get(row, mapping, "first_name"), _get(row, mapping, "last_name")
    if not first and not last and "full_name" in mapping.columns:
        first, last = _split_full_name(_get(row, mapping, "full_name"))
    first, last = tidy_name(first), tidy_name(last)
    email = normalize_email(_get(row, mapping, "email"))
    if not first and not last:
        problems.append(Problem(line, "first_name", QT_TRANSLATE_NOOP("import", "ni prénom ni nom")))
        return None
    if not first or not last:
        missing = "first_name" if not first else "last_name"
        problems.append(
            Problem(line, missing, QT_TRANSLATE_NOOP("import", "prénom ou nom manquant, importé tel quel"), False)
        )
    if email and not is_email(email):
        problems.append(Problem(line, "email", QT_TRANSLATE_NOOP("import", "adresse e-mail invalide")))
        return None
    preference = _get(row, mapping, "preference")
    if fold(preference) in _NO_PREFERENCE:
        preference = ""
    elif fold(preference) in known:
        preference = known[fold(preference)]
    return VolunteerRecord(
        line=line,
        first_name=first,
        last_name=last,
        email=email,
        phone=normalize_phone(_get(row, mapping, "phone")),
        organisation=_get(row, mapping, "organisation"),
        situation=parse_form_situation(_get(row, mapping, "situation")),
        skills=tuple(split_list(_raw(row, mapping, "skills"), known_skills)),
        preference=preference,
        diet=_get(row, mapping, "diet"),
        consent=parse_consent(_get(row, mapping, "consent")),
        registered_at=parse_timestamp(_get(row, mapping, "registered_at")),
    )


def _keep_latest(
    by_key: dict[str, VolunteerRecord], record: VolunteerRecord, duplicates: list[tuple[int, int, str]]
) -> None:
    """Keep ``record`` under its e-mail (else its name) unless an earlier row of the same person is newer; the
    pair is noted in ``duplicates`` as (kept line, dropped line, e-mail or name)."""
    first, last, email = record.first_name, record.last_name, record.email
    key = email or "name:" + fold(f"{first} {last}")
    previous = by_key.get(key)
    if previous is None:
        by_key[key] = record
        return
    # The same person registered twice: the latest registration wins (by its time, else its line).
    newer = record
    if previous.registered_at and record.registered_at and previous.registered_at > record.registered_at:
        newer = previous
    kept, dropped = (newer, record if newer is previous else previous)
    by_key[key] = kept
    duplicates.append((kept.line, dropped.line, email or f"{first} {last}"))


def _warn_long(reading: Reading, records: list[Any], limits: dict[str, int]) -> None:
    """A warning (not blocking) for each value past its sane length; the value is kept."""
    for record in records:
        reading.problems.extend(Problem(record.line, name, TOO_LONG, False) for name in too_long(record, limits))


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
    _warn_long(reading, reading.structures, STRUCTURE_LIMITS)
    return reading
