"""The programme's bilan (``probono-desk print EVENT bilan``) and the confidential diagnostic's print."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from probono_desk.core.deliverables import Deliverable, TrailPlan
from probono_desk.core.documents import half_days
from probono_desk.core.evaluations import Audience
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, speaking, translate
from probono_desk.core.models import Structure
from probono_desk.core.trail import EntryKind, TrailEntry, count_recommendations
from probono_desk.core.trail_bilan import Bilan, PathStep, StructureBilan
from probono_desk.core.trail_hours import HOURS_RULE, count_hours, day_length, hours_text
from probono_desk.output.files import atomic_file
from probono_desk.services.practice_marks import marked_pages
from probono_desk.services.trail_followup import DiagnosticLocked, TrailFollowupService
from probono_desk.services.trail_midterm import MidtermService
from probono_desk.storage import checkin as checkin_store

if TYPE_CHECKING:
    from probono_desk.services.event import Event

Progress = Callable[[int, int], None]


def _first(dates: list[str]) -> str:
    return min(dates) if dates else ""


def _last(dates: list[str]) -> str:
    return max(dates) if dates else ""


@dataclass(frozen=True)
class _Sources:
    """What every structure's part of the bilan is read from, fetched once for all of them."""

    followup: TrailFollowupService
    midterm: MidtermService
    marathon_date: str
    halves: list[tuple[str, str]]
    arrivals: dict[str, str]
    deliverables: dict[str, Deliverable]
    entries: list[TrailEntry]


def gather(event: Event) -> Bilan:
    followup = TrailFollowupService(event)
    midterm = MidtermService(event)
    halves = [(h.start, h.end) for h in half_days(event.documents.day_plan_rows())]
    length = day_length(halves)
    present = event.status.present_ids()
    arrivals = checkin_store.arrivals_of(event.db, sorted(present))
    deliverables = event.deliverables.all()
    entries = followup.entries()
    info = event.info
    sources = _Sources(followup, midterm, info.date, halves, arrivals, deliverables, entries)
    structures = [_structure_bilan(event, sources, s) for s in event.roster.structures()]
    overall_short = tuple(
        (audience.label, r)  # translated when drawn, in the event's language
        for audience in Audience
        for r in event.evaluations.results(audience)
    )
    return Bilan(
        event_name=info.name,
        event_date=info.date,
        venue=info.venue,
        structures=tuple(structures),
        hours=count_hours(arrivals.values(), halves, entries),
        hours_rule=translate("bilan", HOURS_RULE).format(day_length=hours_text(length)),
        day_length_minutes=length,
        short_term=overall_short,
        mid_term=tuple(midterm.results()),
        made_at=event.now_iso(),
    )


def _structure_bilan(event: Event, sources: _Sources, s: Structure) -> StructureBilan:
    """One structure's part: its path, needs, deliverable, recommendations, Trail sessions and hours, results."""
    followup, midterm = sources.followup, sources.midterm
    members = [v.id for v in followup.team(s.id)]
    sessions = [e for e in sources.entries if e.structure_id == s.id and e.kind is EntryKind.SESSION]
    diag = followup.diagnostic(s.id)
    plan = event.trail.plan(s.id)
    interviews = midterm.interviews(s.id)
    recos = followup.recommendations(s.id)
    d = sources.deliverables.get(s.id)
    summary = " — ".join(x for x in ((d.text.title, d.text.summary) if d else ()) if x.strip())
    short: list[Any] = []
    for audience in Audience:
        short += [r for r in event.evaluations.results(audience, s.id) if r.mean is not None]
    return StructureBilan(
        structure_id=s.id,
        name=s.name,
        table=s.table_label,
        colour=s.colour,
        path=_path(diag.date, sources.marathon_date, plan, [e.date for e in sessions], [i.date for i in interviews]),
        needs=diag.needs,
        deliverable=summary,
        recommendations=tuple(recos),
        reco_count=count_recommendations(recos),
        trail_names=tuple(m.name for m in plan.members),
        sessions=len(sessions),
        session_minutes=sum(e.duration_minutes for e in sessions),
        hours=count_hours([sources.arrivals[v] for v in members if v in sources.arrivals], sources.halves, sessions),
        short_term=tuple(short),
        mid_term=tuple(midterm.results(s.id)),
    )


def _path(
    diagnosed: str, marathon: str, plan: TrailPlan, session_dates: list[str], interviewed: list[str]
) -> tuple[PathStep, ...]:
    """The structure's path in dates, "" for a step not reached; the Trail's dates once it has members or sessions."""
    running = bool(plan.members or session_dates)
    return (  # labels in French; the bilan writes them in the event's language
        PathStep(QT_TRANSLATE_NOOP("bilan", "Diagnostic"), diagnosed),
        PathStep(QT_TRANSLATE_NOOP("bilan", "Marathon"), marathon),
        PathStep(QT_TRANSLATE_NOOP("bilan", "Trail : début"), plan.start_date if running else ""),
        PathStep(QT_TRANSLATE_NOOP("bilan", "1re séance"), _first(session_dates)),
        PathStep(QT_TRANSLATE_NOOP("bilan", "Dernière séance"), _last(session_dates) if len(session_dates) > 1 else ""),
        PathStep(QT_TRANSLATE_NOOP("bilan", "Mi-parcours"), _last(interviewed)),
        PathStep(QT_TRANSLATE_NOOP("bilan", "Trail : fin"), plan.end_date if running else ""),
    )


def bilan_pdf(event: Event, out: Path, *, progress: Progress | None = None, **_options: Any) -> Path:
    """Drawn in the language being spoken (``DocumentsService.render`` speaks the event's)."""
    from probono_desk.output.bilan import draw_bilan

    draw_bilan(out, gather(event), progress=progress)
    return out


def render_bilan(event: Event, out: str | Path, *, progress: Progress | None = None) -> Path:
    out = Path(out)
    with atomic_file(out) as tmp, speaking(event.language), marked_pages(event):  # EXERCICE in a practice copy
        bilan_pdf(event, tmp, progress=progress)
    return out


def diagnostic_pdf(event: Event, structure_id: str, out: str | Path, *, pin: str | None) -> Path:
    """The diagnostic sheet, then the attached document's pages (when it is a PDF), every page marked
    « Confidentiel — usage réservé à la mission ». Refused without the organiser's PIN."""
    from probono_desk.output.trail_diagnostic import draw_diagnostic

    followup = TrailFollowupService(event)
    if not followup.may_release(pin):
        raise DiagnosticLocked()
    structure = followup.structure(structure_id)
    diag = followup.diagnostic(structure_id)
    document = followup.release_document(structure_id, pin)
    out = Path(out)
    with atomic_file(out) as tmp, speaking(event.language), marked_pages(event):  # EXERCICE in a practice copy
        draw_diagnostic(tmp, event.info, structure, diag, document)
    return out
