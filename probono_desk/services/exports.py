"""What ``probono-desk export`` writes: the event as spreadsheets (XLSX with one sheet per table, CSV of the
volunteers). Gathers the data from the services; ``core/export_rows.py`` makes the rows, ``output/exports.py``
writes them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from probono_desk.core import export_rows as rows
from probono_desk.core.errors import InvalidInput
from probono_desk.core.evaluations import Audience
from probono_desk.core.export_rows import (
    DELIVERABLE_HEADERS,
    EVALUATION_HEADERS,
    SHEET_TITLES,
    TEAM_HEADERS,
    TRAIL_HEADERS,
    VOLUNTEER_HEADERS,
)
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, speaking, translate
from probono_desk.output.exports import Cell, Sheet, write_csv, write_xlsx
from probono_desk.storage import checkin as checkin_store
from probono_desk.storage import deliverables as deliverables_store

if TYPE_CHECKING:
    from probono_desk.services.event import Event

__all__ = ["SHEET_TITLES", "export", "headers", "sheet", "sheets", "volunteer_rows"]


def headers(words: list[str]) -> list[str]:
    """Column titles in the language being spoken (the event's, inside ``export``)."""
    return [translate("exports", w) for w in words]


def sheet(key: str, words: list[str], cells: list[list[Cell]] | None = None) -> Sheet:
    return Sheet(translate("exports", SHEET_TITLES[key]), headers(words), cells if cells is not None else [])


def arrival_times(event: Event) -> dict[str, str]:
    """First active check-in time per volunteer."""
    return checkin_store.arrival_times(event.db)


def volunteer_rows(event: Event) -> list[list[Cell]]:
    return rows.volunteer_rows(
        event.roster.volunteers(),
        event.roster.structures(),
        event.status.present_ids(),
        arrival_times(event),
        deliverables_store.trail_volunteer_ids(event.db),
    )


def sheets(event: Event, pin: str | None = None) -> list[Sheet]:
    """Every sheet of the XLSX: the day's (volunteers, teams, deliverables, Trail, evaluations), then after the day's."""
    from probono_desk.services.trail_exports import trail_sheets  # after the day; the diagnostic needs the PIN

    structures = event.roster.structures()
    present = event.status.present_ids()
    deliverables = event.deliverables.all()
    plans = {p.structure_id: p for p in event.trail.plans()}
    attachments = {sid: len(event.deliverables.attachments(sid)) for sid in deliverables}
    surveys = [(a, event.evaluations.questionnaire(a), event.evaluations.answers(a)) for a in Audience]
    return [
        sheet("volunteers", VOLUNTEER_HEADERS, volunteer_rows(event)),
        sheet("teams", TEAM_HEADERS, rows.team_rows(structures, event.roster.volunteers(), present, deliverables, plans)),
        sheet("deliverables", DELIVERABLE_HEADERS, rows.deliverable_rows(structures, deliverables, attachments)),
        sheet("trail", TRAIL_HEADERS, rows.trail_rows(structures, plans)),
        sheet("evaluations", EVALUATION_HEADERS, rows.evaluation_rows({s.id: s.name for s in structures}, surveys)),
        *trail_sheets(event, pin),
    ]


def export(event: Event, out: str | Path, *, pin: str | None = None) -> Path:
    """``.xlsx``: every sheet (the diagnostics' confidential part only with the organiser's ``pin``); ``.csv``: the
    volunteers. Headers and values speak the event's language."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix == ".xlsx":
        with speaking(event.language):
            return write_xlsx(out, sheets(event, pin))
    if suffix == ".csv":
        with speaking(event.language):
            return write_csv(out, headers(VOLUNTEER_HEADERS), volunteer_rows(event))
    raise InvalidInput(
        QT_TRANSLATE_NOOP("errors", "Format d'export inconnu « {suffix} » : choisissez un fichier .xlsx ou .csv."),
        suffix=out.suffix or out.name,
    )
