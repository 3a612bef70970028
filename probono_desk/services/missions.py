"""Missions: each team's milestones (ticked with time and by whom), status and notes; the overview of all teams."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from probono_desk.core.errors import InvalidInput, NotFound
from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.core.ids import new_id
from probono_desk.core.missions import Milestone, Note, Progress, TeamStatus, Tick, progress
from probono_desk.core.models import Structure
from probono_desk.core.text import clean
from probono_desk.storage import roster as roster_store
from probono_desk.storage import teams as store

if TYPE_CHECKING:
    from probono_desk.services.event import Event


@dataclass(frozen=True)
class TeamOverview:
    structure: Structure
    status: TeamStatus
    status_at: str
    progress: Progress
    last_milestone: str  # label of the furthest milestone ticked, "" if none
    next_milestone: str
    last_note: Note | None
    members: int
    present: int


class MissionsService:
    def __init__(self, event: Event) -> None:
        self.event = event

    # --- milestones (editable per event) -------------------------------------------------------------------------

    def milestones(self) -> list[Milestone]:
        return store.list_milestones(self.event.db)

    def add_milestone(self, label: str, position: int | None = None) -> Milestone:
        label = _label(label)
        current = self.milestones()
        pos = len(current) if position is None else max(0, min(position, len(current)))
        milestone = Milestone(new_id(), pos, label)
        with self.event.write() as w:
            for m in current[pos:]:
                store.update_milestone(w.db, m.id, m.label, m.position + 1)
            store.insert_milestone(w.db, milestone)
            w.log("milestone.add", "milestone", milestone.id, {"label": label, "position": pos})
        return milestone

    def rename_milestone(self, milestone_id: str, label: str) -> None:
        label = _label(label)
        m = self._milestone(milestone_id)
        with self.event.write() as w:
            store.update_milestone(w.db, m.id, label, m.position)
            w.log("milestone.rename", "milestone", m.id, {"label": label})

    def remove_milestone(self, milestone_id: str) -> None:
        """Archived, not deleted: ticks already given stay in the file."""
        m = self._milestone(milestone_id)
        with self.event.write() as w:
            store.archive_milestone(w.db, m.id)
            for position, other in enumerate(x for x in self.milestones() if x.id != m.id):
                store.update_milestone(w.db, other.id, other.label, position)
            w.log("milestone.remove", "milestone", m.id)

    def move_milestone(self, milestone_id: str, position: int) -> None:
        """Put a milestone at ``position`` (0 = first); the others keep their order around it."""
        m = self._milestone(milestone_id)
        current = self.milestones()
        others = [x for x in current if x.id != m.id]
        position = max(0, min(position, len(others)))
        if position == [x.id for x in current].index(m.id):
            return
        order = [*others[:position], m, *others[position:]]
        with self.event.write() as w:
            for i, x in enumerate(order):
                if x.position != i:
                    store.update_milestone(w.db, x.id, x.label, i)
            w.log("milestone.move", "milestone", m.id, {"position": position})

    def _milestone(self, milestone_id: str) -> Milestone:
        found = next((m for m in self.milestones() if m.id == milestone_id), None)
        if found is None:
            raise NotFound(what=milestone_id)
        return found

    # --- ticks ---------------------------------------------------------------------------------------------------

    def ticks(self, structure_id: str) -> dict[str, Tick]:
        return {t.milestone_id: t for t in store.list_ticks(self.event.db, structure_id)}

    def tick(self, structure_id: str, milestone_id: str, by: str = "") -> Tick:
        self._structure(structure_id)
        self._milestone(milestone_id)
        existing = self.ticks(structure_id).get(milestone_id)
        if existing:
            return existing
        tick_id = new_id()
        with self.event.write() as w:
            store.insert_tick(w.db, tick_id, structure_id, milestone_id, w.at, by, self.event.station)
            w.log("milestone.tick", "structure", structure_id, {"milestone": milestone_id, "tick": tick_id})
        return self.ticks(structure_id)[milestone_id]

    def untick(self, structure_id: str, milestone_id: str) -> None:
        tick_id = store.active_tick(self.event.db, structure_id, milestone_id)
        if tick_id is None:
            return
        with self.event.write() as w:
            store.undo_tick(w.db, tick_id, w.at)
            w.log("milestone.untick", "structure", structure_id, {"milestone": milestone_id, "tick": tick_id})

    # --- status and notes ----------------------------------------------------------------------------------------

    def status(self, structure_id: str) -> TeamStatus:
        found = store.statuses(self.event.db).get(structure_id)
        return found[0] if found else TeamStatus.ON_TRACK

    def set_status(self, structure_id: str, status: TeamStatus, by: str = "") -> None:
        self._structure(structure_id)
        if self.status(structure_id) == status and structure_id in store.statuses(self.event.db):
            return
        with self.event.write() as w:
            store.set_status(w.db, structure_id, status, w.at, by)
            w.log("team.status", "structure", structure_id, {"status": status.value})

    def add_note(self, structure_id: str, text: str, author: str = "") -> Note:
        self._structure(structure_id)
        text = text.strip()
        if not clean(text):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "La note est vide."))
        note = Note(new_id(), structure_id, self.event.now_iso(), clean(author), text)
        with self.event.write() as w:
            store.insert_note(w.db, note)
            w.log("team.note", "structure", structure_id, {"note": note.id})
        return note

    def notes(self, structure_id: str) -> list[Note]:
        return store.list_notes(self.event.db, structure_id)

    def _structure(self, structure_id: str) -> Structure:
        found = roster_store.get_structure(self.event.db, structure_id)
        if found is None:
            raise NotFound(what=structure_id)
        return found

    # --- overview ------------------------------------------------------------------------------------------------

    def expected_now(self) -> int | None:
        """The milestone the day plan expects by now (live schedule, delays included); None while none is due."""
        return self.event.schedule.expected_milestone([m.label for m in self.milestones()])

    def overview(self, expected_index: int | None = None) -> list[TeamOverview]:
        """Every team at once. ``expected_index``: the milestone the day plan expects by now (from the schedule,
        once it exists); without it, teams are judged on their status and compared on milestones ticked."""
        db = self.event.db
        milestones = self.milestones()
        position = {m.id: i for i, m in enumerate(milestones)}
        ticks = store.list_ticks(db)
        statuses = store.statuses(db)
        notes = store.list_notes(db)
        present = self.event.status.present_ids()
        members: dict[str, list[str]] = {}
        for vid, (sid, _pinned) in store.memberships(db).items():
            members.setdefault(sid, []).append(vid)
        out = []
        for s in roster_store.list_structures(db):
            done = sorted(
                {position[t.milestone_id] for t in ticks if t.structure_id == s.id and t.milestone_id in position}
            )
            status, at, _by = statuses.get(s.id, (TeamStatus.ON_TRACK, "", ""))
            prog = progress(done, len(milestones), status, expected_index)
            reached = prog.reached
            team_notes = [n for n in notes if n.structure_id == s.id]
            ids = members.get(s.id, [])
            out.append(
                TeamOverview(
                    structure=s,
                    status=status,
                    status_at=at,
                    progress=prog,
                    last_milestone=milestones[reached].label if reached >= 0 else "",
                    next_milestone=milestones[reached + 1].label if reached + 1 < len(milestones) else "",
                    last_note=team_notes[-1] if team_notes else None,
                    members=len(ids),
                    present=sum(1 for i in ids if i in present),
                )
            )
        return out


def _label(label: str) -> str:
    label = clean(label)
    if not label:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Donnez un nom à l'étape."))
    return label
