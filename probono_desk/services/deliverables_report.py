"""Gathers, for one structure, what its pack PDF shows: the deliverable, states, team, Trail, evaluations, files."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from probono_desk.core.dates import hhmm, long_date
from probono_desk.core.deliverables import STATE_ORDER, Deliverable, TrailPlan, human_size
from probono_desk.core.evaluations import Audience, QuestionKind, result_text
from probono_desk.core.i18n import translate
from probono_desk.output.deliverable_pdf import SummaryData
from probono_desk.storage import roster as roster_store

if TYPE_CHECKING:
    from probono_desk.services.event import Event


def french_date(iso_date: str) -> str:
    """'2019-12-05' -> '5 décembre 2019' (in the language being spoken)."""
    return long_date(iso_date)


def french_moment(iso_moment: str) -> str:
    """'2019-12-05T16:20:03' -> '5 décembre 2019 à 16h20' ('5 December 2019 at 16:20')."""
    try:
        moment = datetime.fromisoformat(iso_moment)
    except ValueError:
        return iso_moment
    return translate("pack", "{date} à {time}").format(date=french_date(iso_moment), time=hhmm(moment))


def summary_data(event: Event, structure_id: str) -> SummaryData:
    structure = event.roster.structure(structure_id)
    deliverable = event.deliverables.get(structure_id)
    info = event.info
    trail = event.trail.plan(structure_id)
    evaluations, comments = _evaluations(event, structure_id)
    files = event.deliverables.attachments(structure_id)
    packed = event.deliverables.packed_names(files)
    return SummaryData(
        event_name=info.name,
        event_date=french_date(info.date),
        structure_name=structure.name,
        colour=structure.colour,
        table_label=structure.table_label,
        referent=structure.referent_name,
        title=deliverable.text.title.strip(),
        kind=translate("deliverables", deliverable.text.kind.label),
        summary=deliverable.text.summary,
        recommendations=deliverable.text.recommendations,
        next_steps=deliverable.text.next_steps,
        states=_states(deliverable),
        validated_by=deliverable.validated_by,
        team=_team(event, structure_id),
        trail_members=_trail_members(trail),
        trail_dates=translate("pack", "Du {start} au {end}").format(
            start=french_date(trail.start_date), end=french_date(trail.end_date)
        )
        if trail.start_date
        else "",
        trail_meeting=_trail_meeting(trail),
        evaluations=evaluations,
        comments=comments,
        attachments=[(name, a.mime, human_size(a.size)) for a, name in zip(files, packed, strict=True)],
    )


def _team(event: Event, structure_id: str) -> list[str]:
    """The names the pack lists: who came; before check-in exists (nobody present), the team as formed."""
    present = event.status.present_ids()
    members = roster_store.list_volunteers(event.db, "m.structure_id = ?", [structure_id])
    return [v.name for v in members if v.id in present] if present else [v.name for v in members]


def _states(deliverable: Deliverable) -> list[tuple[str, str]]:
    """Each state of the deliverable, in order, with the moment it was reached ("" when not yet)."""
    return [
        (translate("deliverables", s.label), french_moment(deliverable.time_of(s)) if deliverable.time_of(s) else "")
        for s in STATE_ORDER
    ]


def _trail_members(trail: TrailPlan) -> list[tuple[str, str, str]]:
    """Name, availability and contact of each Trail member; no contact for who does not wish to be contacted."""
    rows = []
    for m in trail.members:
        contact = (
            " · ".join(p for p in (m.email, m.phone) if p)
            if m.agrees_contact
            else translate("pack", "ne souhaite pas être contacté·e")
        )
        rows.append((m.name, m.availability or "—", contact or "—"))
    return rows


def _trail_meeting(trail: TrailPlan) -> str:
    """The Trail's first meeting, its moment and place, or "" when none is set."""
    if not trail.first_meeting:
        return ""
    place = f", {trail.first_meeting_place}" if trail.first_meeting_place else ""
    return translate("pack", "Premier rendez-vous : ") + french_moment(trail.first_meeting) + place


def _evaluations(event: Event, structure_id: str) -> tuple[list[tuple[str, str, str]], list[str]]:
    """The answered questions (audience, question, result) and the written comments, every audience in turn."""
    evaluations: list[tuple[str, str, str]] = []
    comments: list[str] = []
    for audience in Audience:
        for res in event.evaluations.results(audience, structure_id):
            if res.kind is QuestionKind.TEXT:
                comments += res.comments
                continue
            if res.count:
                evaluations.append((translate("evaluations", audience.label), res.label, result_text(res)))
    return evaluations, comments
