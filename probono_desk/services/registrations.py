"""Importing registrations and structures from the files people really have: CSV in any usual encoding and
delimiter, XLSX workbooks. A preview first (``read``), then one transaction (``apply``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from probono_desk.core.errors import ImportRefused, InvalidInput
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from probono_desk.core.ids import new_id
from probono_desk.core.models import StaffRole, Structure, Volunteer
from probono_desk.core.palette import team_colour
from probono_desk.core.registrations import (
    Kind,
    Mapping,
    Reading,
    StructureRecord,
    VolunteerRecord,
    detect_kind,
    field_label,
    is_usable,
    map_headers,
    person_column,
    read_structures,
    read_volunteers,
)
from probono_desk.core.tabular import Table
from probono_desk.core.text import fold
from probono_desk.services.import_files import MAX_FILE_BYTES as MAX_FILE_BYTES  # re-exported (foundation API)
from probono_desk.services.import_files import decode_bytes as decode_bytes
from probono_desk.services.import_files import read_table as read_table
from probono_desk.services.import_files import read_table_bytes as read_table_bytes
from probono_desk.storage import roster as store

if TYPE_CHECKING:
    from probono_desk.services.event import Event

COMPARED_VOLUNTEER_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "organisation",
    "situation",
    "skills",
    "preference",
    "diet",
    "consent",
    "registered_at",
)


@dataclass
class ImportPlan:
    """What an import would do, shown before anything is written."""

    path: Path
    kind: Kind
    reading: Reading
    table: Table
    new: list[VolunteerRecord | StructureRecord] = field(default_factory=list)
    updated: list[tuple[VolunteerRecord | StructureRecord, list[str]]] = field(default_factory=list)
    unchanged: int = 0

    @property
    def mapping(self) -> Mapping:
        return self.reading.mapping

    @property
    def changes(self) -> int:
        return len(self.new) + len(self.updated)

    def preview_rows(self, count: int = 5) -> list[list[str]]:
        start = self.mapping.header_index + 1
        return [row for row in self.table.rows[start:] if any(c.strip() for c in row)][:count]


@dataclass
class ImportResult:
    kind: Kind
    created: int
    updated: int
    unchanged: int
    skipped: int
    duplicates: int


class RegistrationsService:
    def __init__(self, event: Event) -> None:
        self.event = event

    def read(self, path: str | Path, kind: Kind | None = None, mapping: Mapping | None = None) -> ImportPlan:
        """Read and check a file, compare it with the event; writes nothing."""
        path = Path(path)
        table = read_table(path, kind or (mapping.kind if mapping else None))
        if not table.rows:
            raise ImportRefused(QT_TRANSLATE_NOOP("errors", "Le fichier « {name} » est vide."), name=path.name)
        kind = kind or (mapping.kind if mapping else detect_kind(table))
        mapping = mapping or map_headers(table, kind)
        if not is_usable(mapping):
            if kind is Kind.VOLUNTEERS:
                raise ImportRefused(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "« {name} » ne ressemble pas à un export d'inscriptions : aucune colonne Prénom et Nom "
                        "(ou Nom complet) reconnue. Colonnes trouvées : {headers}.",
                    ),
                    name=path.name,
                    headers=_headers_text(table),
                )
            column = person_column(mapping)
            if column:
                raise ImportRefused(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "« {name} » ne ressemble pas à une liste de structures : c'est un export d'inscriptions "
                        "(colonne « {column} »). Importez-le comme inscriptions.",
                    ),
                    name=path.name,
                    column=column,
                )
            raise ImportRefused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "« {name} » ne ressemble pas à une liste de structures : aucune colonne Structure reconnue. "
                    "Colonnes trouvées : {headers}.",
                ),
                name=path.name,
                headers=_headers_text(table),
            )
        db = self.event.db
        structures = store.list_structures(db)
        if kind is Kind.VOLUNTEERS:
            known_skills = tuple(skill for s in structures for skill in s.skills_needed)
            reading = read_volunteers(table, mapping, [s.name for s in structures], known_skills)
        else:
            reading = read_structures(table, mapping)
        plan = ImportPlan(path=path, kind=kind, reading=reading, table=table)
        if kind is Kind.VOLUNTEERS:
            existing = {store.person_key(v.first_name, v.last_name, v.email): v for v in store.list_volunteers(db)}
            for vrec in reading.volunteers:
                self._compare_volunteer(plan, vrec, existing)
        else:
            for srec in reading.structures:
                self._compare_structure(plan, srec)
        return plan

    def _compare_volunteer(self, plan: ImportPlan, rec: VolunteerRecord, known: dict[str, Volunteer]) -> None:
        existing = known.get(store.person_key(rec.first_name, rec.last_name, rec.email))
        if existing is None:
            plan.new.append(rec)
            return
        if existing.registered_at and rec.registered_at and existing.registered_at > rec.registered_at:
            plan.unchanged += 1  # the event holds a later registration of that person
            return
        merged = _volunteer_from(rec, plan.path.name, existing)
        diff = [name for name in COMPARED_VOLUNTEER_FIELDS if getattr(merged, name) != getattr(existing, name)]
        if diff:
            plan.updated.append((rec, diff))
        else:
            plan.unchanged += 1

    def _compare_structure(self, plan: ImportPlan, rec: StructureRecord) -> None:
        existing = store.find_structure_by_name(self.event.db, rec.name)
        if existing is None:
            plan.new.append(rec)
            return
        diff = [
            name
            for name in (
                "legal_form",
                "city",
                "mission_theme",
                "problem",
                "expected_deliverable",
                "table_label",
                "representative_1",
                "representative_2",
                "capacity",
            )
            if getattr(rec, name) and getattr(rec, name) != getattr(existing, name)
        ]
        if rec.skills_needed and rec.skills_needed != existing.skills_needed:
            diff.append("skills_needed")
        if rec.referent and fold(rec.referent) != fold(existing.referent_name):
            diff.append("referent")
        if diff:
            plan.updated.append((rec, diff))
        else:
            plan.unchanged += 1

    def apply(self, plan: ImportPlan, *, allow_partial: bool = False, pin: str | None = None) -> ImportResult:
        """Write the plan in one transaction. Blocking problems refuse it all unless ``allow_partial``. Changing
        people already in the event (a name, a phone…) needs the organiser's PIN when the event has one."""
        if plan.updated:
            self.event.privacy.require_pin(pin)
        blocking = plan.reading.blocking
        if blocking and not allow_partial:
            first = blocking[0]
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{count} ligne(s) à corriger ; rien n'a été importé (première : ligne {line}, {field} : {why}). "
                    "Corrigez le fichier, ou importez seulement les lignes valides.",
                ),
                count=len(blocking),
                line=first.line,
                field=translate("fields", field_label(plan.kind, first.field)),
                why=translate("import", first.why),
            )
        skipped = len(blocking)
        if plan.changes == 0:
            return ImportResult(plan.kind, 0, 0, plan.unchanged, skipped, len(plan.reading.duplicates))
        with self.event.write() as w:
            if plan.kind is Kind.VOLUNTEERS:
                for rec in plan.new:
                    assert isinstance(rec, VolunteerRecord)
                    store.insert_volunteer(w.db, _volunteer_from(rec, plan.path.name, None), w.at)
                for rec, _diff in plan.updated:
                    assert isinstance(rec, VolunteerRecord)
                    existing = store.find_volunteer_by_key(
                        w.db, store.person_key(rec.first_name, rec.last_name, rec.email)
                    )
                    assert existing is not None
                    store.update_volunteer(w.db, _volunteer_from(rec, plan.path.name, existing), w.at)
            else:
                position = len(store.list_structures(w.db))
                for rec in plan.new:
                    assert isinstance(rec, StructureRecord)
                    self._write_structure(w.db, rec, None, position)
                    position += 1
                for rec, _diff in plan.updated:
                    assert isinstance(rec, StructureRecord)
                    self._write_structure(w.db, rec, store.find_structure_by_name(w.db, rec.name), 0)
            w.log(
                "import." + plan.kind.value,
                "import",
                None,
                {
                    "file": plan.path.name,
                    "created": len(plan.new),
                    "updated": len(plan.updated),
                    "unchanged": plan.unchanged,
                    "skipped": skipped,
                    "duplicates": len(plan.reading.duplicates),
                },
            )
        return ImportResult(
            plan.kind, len(plan.new), len(plan.updated), plan.unchanged, skipped, len(plan.reading.duplicates)
        )

    def _write_structure(self, db: object, rec: StructureRecord, existing: Structure | None, position: int) -> None:
        from sqlite_utils import Database

        assert isinstance(db, Database)
        referent_id = existing.referent_id if existing else None
        if rec.referent:
            staff = store.find_staff_by_name(db, rec.referent, StaffRole.REFERENT)
            if staff is None:
                from probono_desk.core.models import Staff

                staff = Staff(id=new_id(), name=rec.referent, role=StaffRole.REFERENT)
                store.insert_staff(db, staff)
            referent_id = staff.id
        base = existing or Structure(id=new_id(), name=rec.name, position=position, colour=team_colour(position))
        structure = Structure(
            id=base.id,
            name=rec.name,
            legal_form=rec.legal_form or base.legal_form,
            city=rec.city or base.city,
            mission_theme=rec.mission_theme or base.mission_theme,
            problem=rec.problem or base.problem,
            skills_needed=rec.skills_needed or base.skills_needed,
            expected_deliverable=rec.expected_deliverable or base.expected_deliverable,
            table_label=rec.table_label or base.table_label or str(base.position + 1),
            referent_id=referent_id,
            representative_1=rec.representative_1 or base.representative_1,
            representative_2=rec.representative_2 or base.representative_2,
            colour=base.colour,
            capacity=rec.capacity or base.capacity,
            position=base.position,
        )
        store.upsert_structure(db, structure)

    def import_file(self, path: str | Path, kind: Kind | None = None, *, allow_partial: bool = False) -> ImportResult:
        return self.apply(self.read(path, kind), allow_partial=allow_partial)


def _volunteer_from(rec: VolunteerRecord, source_file: str, existing: Volunteer | None) -> Volunteer:
    return Volunteer(
        id=existing.id if existing else new_id(),
        first_name=rec.first_name,
        last_name=rec.last_name,
        email=rec.email,
        phone=rec.phone or (existing.phone if existing else ""),
        organisation=rec.organisation,
        situation=rec.situation,
        skills=rec.skills,
        preference=rec.preference,
        diet=rec.diet,
        consent=rec.consent,
        source_file=source_file if not existing else existing.source_file,
        source_row=rec.line if not existing else existing.source_row,
        registered_at=rec.registered_at,
        walk_in=existing.walk_in if existing else False,
    )


def _headers_text(table: Table) -> str:
    for row in table.rows[:5]:
        cells = [c.strip() for c in row if c.strip()]
        if cells:
            shown = ", ".join(cells[:8])
            return shown if len(shown) < 200 else shown[:200] + "…"
    return "aucune"
