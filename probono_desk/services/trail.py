"""The Trail: two or three volunteers of each team, present on the day, who carry on with the structure from
December to February; their availability and agreement to be contacted, the dates and the first meeting."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from probono_desk.core.deliverables import TrailPlan
from probono_desk.core.errors import NotFound
from probono_desk.core.models import Volunteer
from probono_desk.core.trail_pair import (
    MAX_TRAIL_DAYS,
    TrailChoice,
    TrailRequest,
    check_count,
    default_dates,
    validate_trail,
)
from probono_desk.storage import deliverables as store
from probono_desk.storage import roster as roster_store

if TYPE_CHECKING:
    from probono_desk.services.event import Event

__all__ = ["MAX_TRAIL_DAYS", "TrailChoice", "TrailService", "default_dates"]


class TrailService:
    def __init__(self, event: Event) -> None:
        self.event = event

    def plan(self, structure_id: str) -> TrailPlan:
        self._check_structure(structure_id)
        plan = store.get_trail(self.event.db, structure_id)
        if not plan.start_date and not plan.end_date:
            start, end = default_dates(self.event.info.date)
            plan = replace(plan, start_date=start, end_date=end)
        return plan

    def plans(self) -> list[TrailPlan]:
        return [self.plan(s.id) for s in roster_store.list_structures(self.event.db)]

    def candidates(self, structure_id: str) -> list[Volunteer]:
        """Who can be picked: the members of this team who are checked in today."""
        self._check_structure(structure_id)
        present = self.event.status.present_ids()
        return [
            v
            for v in roster_store.list_volunteers(self.event.db, "m.structure_id = ?", [structure_id])
            if v.id in present
        ]

    def save(
        self,
        structure_id: str,
        choices: list[TrailChoice],
        *,
        start_date: str = "",
        end_date: str = "",
        first_meeting: str = "",
        first_meeting_place: str = "",
    ) -> TrailPlan:
        """Replace the structure's Trail. No one (not chosen yet) or 2–3 present members of its own team
        (the rules: core/trail_pair.py); one journalled transaction."""
        self._check_structure(structure_id)
        request = TrailRequest(structure_id, tuple(choices), start_date, end_date, first_meeting, first_meeting_place)
        check_count(request.choices)
        volunteers = {
            c.volunteer_id: v
            for c in choices
            if (v := roster_store.get_volunteer(self.event.db, c.volunteer_id)) is not None
        }
        plan = validate_trail(request, volunteers, self.event.status.present_ids(), self.event.info.date)
        ids = [c.volunteer_id for c in choices]
        with self.event.write() as w:
            store.replace_trail(w.db, plan, w.at)
            w.log(
                "trail.save",
                "structure",
                structure_id,
                {
                    "volunteer_ids": ids,
                    "start": plan.start_date,
                    "end": plan.end_date,
                    "first_meeting": plan.first_meeting,
                },
            )
        return self.plan(structure_id)

    def _check_structure(self, structure_id: str) -> None:
        if roster_store.get_structure(self.event.db, structure_id) is None:
            raise NotFound(what=structure_id)
