"""Importing registrations and structures from the files people really have: CSV in any usual encoding and
delimiter, XLSX workbooks. A preview first (``read``), then one transaction (``apply``)."""

from __future__ import annotations

import io
import zipfile
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
from probono_desk.core.tabular import Table, cell_text, parse_csv_text, rank_delimiters
from probono_desk.core.text import fold
from probono_desk.storage import roster as store

if TYPE_CHECKING:
    from probono_desk.services.event import Event

MAX_FILE_BYTES = 50 * 1024 * 1024
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


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte of the start is NUL (Excel 'Unicode text' without BOM)."""
    head = data[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> str:
    """Text of a CSV export: UTF-8 (with or without BOM), UTF-16 (with BOM, or recognisable without), else
    Windows-1252 (French Excel), else the best guess of charset-normalizer."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("latin-1")


# Files people pick by mistake, recognised by their first bytes, and what to call them in the message.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", QT_TRANSLATE_NOOP("import", "une image PNG")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("import", "une image JPEG")),
    (b"GIF87a", QT_TRANSLATE_NOOP("import", "une image GIF")),
    (b"GIF89a", QT_TRANSLATE_NOOP("import", "une image GIF")),
    (b"%PDF", QT_TRANSLATE_NOOP("import", "un document PDF")),
    (b"SQLite format 3\x00", QT_TRANSLATE_NOOP("import", "une base SQLite (un fichier d'événement ?)")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("import", "une archive compressée")),
    (b"Rar!", QT_TRANSLATE_NOOP("import", "une archive RAR")),
    (b"7z\xbc\xaf", QT_TRANSLATE_NOOP("import", "une archive 7-Zip")),
    (b"{\\rtf", QT_TRANSLATE_NOOP("import", "un document RTF")),
)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16_without_bom(head):
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 13, 12))
    return bool(head) and control / len(head) > 0.05


def _not_an_export(path: Path, what: str) -> ImportRefused:
    return ImportRefused(
        QT_TRANSLATE_NOOP(
            "errors",
            "« {name} » est {what}, pas un export d'inscriptions : choisissez le fichier CSV ou XLSX de "
            "l'outil d'inscription.",
        ),
        name=path.name,
        what=translate("import", what),
    )


def read_table(path: Path, kind: Kind | None = None) -> Table:
    """A file as rows of text cells, or ``ImportRefused`` with a message that says why not."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRefused(
                detail=QT_TRANSLATE_NOOP("import", "le fichier est trop gros pour un export d'inscriptions")
            )
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ImportRefused(QT_TRANSLATE_NOOP("errors", "Le fichier « {path} » n'existe pas."), path=str(path)) from exc
    except OSError as exc:
        raise ImportRefused(
            QT_TRANSLATE_NOOP("errors", "Impossible de lire « {path} » : {why}."),
            path=str(path),
            why=exc.strerror or str(exc),
        ) from exc
    return read_table_bytes(data, path, kind)


def read_table_bytes(data: bytes, path: Path, kind: Kind | None = None) -> Table:
    """The bytes of a file as a table; ``path`` only names it in messages."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportRefused(QT_TRANSLATE_NOOP("errors", "Le fichier « {name} » est vide."), name=path.name)
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _read_xlsx(data, path, kind)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "errors", "« {name} » est un classeur Excel ancien (.xls) : enregistrez-le en .xlsx ou en .csv."
            ),
            name=path.name,
        )
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise _not_an_export(path, what)
    if _looks_binary(data):
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "« {name} » n'est pas un fichier texte ni un classeur : ce n'est pas un export d'inscriptions "
                "(CSV ou XLSX attendu).",
            ),
            name=path.name,
        )
    try:
        text = decode_bytes(data)
        return parse_csv_text(text, choose_delimiter(text, kind))
    except ValueError as exc:
        raise ImportRefused(
            QT_TRANSLATE_NOOP("errors", "« {name} » n'a pas pu être lu comme un CSV ({why})."),
            name=path.name,
            why=str(exc),
        ) from exc


def choose_delimiter(text: str, kind: Kind | None = None) -> str:
    """The delimiter under which the header makes the most sense; the most regular one when none does."""
    ranked = rank_delimiters(text)
    if len(ranked) == 1:
        return ranked[0]
    sample = text[:65536]
    kinds = [kind] if kind else [Kind.VOLUNTEERS, Kind.STRUCTURES]
    best, best_score = ranked[0], 0
    for delim in ranked:
        try:
            table = parse_csv_text(sample, delim)
        except ValueError:
            continue
        score = max(len(m.columns) + (100 if is_usable(m) else 0) for m in (map_headers(table, k) for k in kinds))
        if score > best_score:
            best, best_score = delim, score
    return best


def _read_xlsx(data: bytes, path: Path, kind: Kind | None = None) -> Table:
    """The sheet of a workbook that holds the export (not always the first), as text cells."""
    import openpyxl

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        names = set()
    if "mimetype" in names and not any(n.startswith("xl/") for n in names):
        raise ImportRefused(
            QT_TRANSLATE_NOOP(
                "errors", "« {name} » est un classeur OpenDocument (.ods) : enregistrez-le en .xlsx ou en .csv."
            ),
            name=path.name,
        )
    if "xl/workbook.xml" not in names:
        raise _not_an_export(path, QT_TRANSLATE_NOOP("import", "une archive ZIP qui n'est pas un classeur XLSX"))
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a damaged workbook
        raise ImportRefused(
            QT_TRANSLATE_NOOP("errors", "« {name} » n'est pas un classeur XLSX lisible (CSV ou XLSX attendu)."),
            name=path.name,
        ) from exc
    try:
        best: Table | None = None
        best_score = -1
        kinds = [kind] if kind else [Kind.VOLUNTEERS, Kind.STRUCTURES]
        for sheet in workbook.worksheets:
            if hasattr(sheet, "reset_dimensions"):
                sheet.reset_dimensions()  # some tools write a wrong size; read what is there
            rows = [[cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            table = Table(rows=rows, lines=list(range(1, len(rows) + 1)))
            # The sheet whose header maps the most columns (usable ones first) holds the export.
            score = max(
                (len(m.columns) + (100 if is_usable(m) else 0) for m in (map_headers(table, k) for k in kinds)),
                default=0,
            )
            if score > best_score:
                best, best_score = table, score
        return best or Table(rows=[], lines=[])
    except ImportRefused:
        raise
    except Exception as exc:  # noqa: BLE001
        raise ImportRefused(
            QT_TRANSLATE_NOOP("errors", "« {name} » n'est pas un classeur XLSX lisible (CSV ou XLSX attendu)."),
            name=path.name,
        ) from exc
    finally:
        workbook.close()


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

    def apply(self, plan: ImportPlan, *, allow_partial: bool = False) -> ImportResult:
        """Write the plan in one transaction. Blocking problems refuse it all unless ``allow_partial``."""
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
