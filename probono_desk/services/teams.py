"""Teams: who is in which structure's team — auto formation, moves, pins, undo, rebalance after no-shows.

Every change is one transaction with its journal entry; the entry holds what undo needs (ids only).
Undo takes back this station's latest team change that is not undone yet (a journal ``team.undo`` entry).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from probono_desk.core.errors import InvalidInput, NotFound
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from probono_desk.core.models import Structure, Volunteer
from probono_desk.core.teams import Formation, Team, assess, form_teams
from probono_desk.core.teams_presence import Presence, SkillGap, skill_gaps
from probono_desk.core.teams_rebalance import Move, rebalance
from probono_desk.core.teams_walkin import Proposal, propose_team
from probono_desk.services.teams_live import LiveTeams, WriteLog, Written
from probono_desk.storage import roster as roster_store
from probono_desk.storage import teams as store
from probono_desk.storage.db import transaction_open

if TYPE_CHECKING:
    from probono_desk.services.event import Event
    from probono_desk.storage.db import Writer

UNDOABLE = ("team.move", "team.pin", "team.auto", "team.rebalance", "team.walk_in")
MANUAL_WHY = QT_TRANSLATE_NOOP("teams", "Placé·e à la main.")


@dataclass(frozen=True)
class Undone:
    action: str
    count: int  # volunteers put back


class TeamsService:
    def __init__(self, event: Event) -> None:
        self.event = event
        self._written: dict[str, Written] | None = None
        self.log = WriteLog()  # what this service wrote, so a screen re-checks only that (services/teams_live.py)

    @contextmanager
    def _write(self) -> Iterator[Writer]:
        """``event.write()``, noting how far the roster counter moved and which memberships were written."""
        nested = transaction_open(self.event.db)  # an outer transaction may still roll back: nothing to note
        written: dict[str, Written] = {}
        self._written = written
        try:
            with self.event.write() as w:
                before = self.event.status.roster_version()
                yield w
                after = self.event.status.roster_version()
        finally:
            self._written = None
        if not nested:
            self.log.add(before, after, written)

    def _set_membership(
        self, w: Writer, volunteer_id: str, structure_id: str | None, *, pinned: bool = False, why: str = ""
    ) -> None:
        roster_store.set_membership(w.db, volunteer_id, structure_id, w.at, pinned=pinned, why=why)
        if self._written is not None:
            self._written[volunteer_id] = Written(structure_id, pinned and structure_id is not None, why)

    def _set_pinned(self, w: Writer, volunteer_id: str, structure_id: str, pinned: bool) -> None:
        store.set_pinned(w.db, volunteer_id, pinned, w.at)
        if self._written is not None:
            earlier = self._written.get(volunteer_id)
            self._written[volunteer_id] = Written(structure_id, pinned, earlier.why if earlier else None)

    def live(self) -> LiveTeams:
        return LiveTeams(self)

    # --- reading -------------------------------------------------------------------------------------------------

    def structures(self) -> list[Structure]:
        return roster_store.list_structures(self.event.db)

    def volunteers(self) -> list[Volunteer]:
        return roster_store.list_volunteers(self.event.db)

    def current(self) -> Formation:
        """The teams as they are, with their checklists (manual moves included)."""
        return assess(self.volunteers(), self.structures())

    def presence(self) -> Presence:
        """Who is checked in, the time and the day plan's end of check-in (delays included), for the boards."""
        now = self.event.clock.now()
        closes = self.event.schedule.checkin_closes(now).strftime("%H:%M")
        return Presence(frozenset(self.event.status.present_ids()), now.strftime("%H:%M"), closes)

    @staticmethod
    def gaps(team: Team, presence: Presence) -> list[SkillGap]:
        """The team's needed skills nobody covers (nobody present, once check-in has begun)."""
        return skill_gaps(team.structure, [(v, presence.of(v.id)) for v in team.members], presence.begun)

    def why(self) -> dict[str, str]:
        """volunteer id -> the "why here" stored when they were placed."""
        return store.placement_reasons(self.event.db)

    # --- formation -----------------------------------------------------------------------------------------------

    def plan(self, *, keep_assigned: bool = False) -> Formation:
        """Compute a formation without writing."""
        return self.planner(keep_assigned=keep_assigned)()

    def planner(self, *, keep_assigned: bool = False) -> Callable[[], Formation]:
        """Read the roster here, and return the pure computation of a formation: safe to run on another thread."""
        volunteers, structures = self.volunteers(), self.structures()
        return lambda: form_teams(volunteers, structures, keep_assigned=keep_assigned)

    def auto_form(self, *, keep_assigned: bool = False) -> Formation:
        formation = self.plan(keep_assigned=keep_assigned)
        self.apply(formation)
        return formation

    def apply(self, formation: Formation) -> int:
        """Write a formation: every placed volunteer's team and "why here"; pins kept. Returns the changes."""
        before = store.memberships(self.event.db)
        after = formation.assignment()
        changed = 0
        with self._write() as w:
            for team in formation.teams:
                for v in team.members:
                    old = before.get(v.id)
                    pinned = bool(old and old[1] and old[0] == team.structure.id)
                    self._set_membership(w, v.id, team.structure.id, pinned=pinned, why=formation.why.get(v.id, ""))
                    changed += old is None or old[0] != team.structure.id
            for vid, (_sid, _pinned) in before.items():
                if vid not in after and not _pinned:
                    self._set_membership(w, vid, None)
                    changed += 1
            w.log(
                "team.auto",
                "teams",
                None,
                {
                    "before": {vid: [sid, pinned] for vid, (sid, pinned) in before.items()},
                    "placed": len(after),
                    "changed": changed,
                },
            )
        return changed

    # --- moves and pins ------------------------------------------------------------------------------------------

    def move(
        self, volunteer_id: str, structure_id: str | None, *, action: str = "team.move", why: str | None = None
    ) -> None:
        """Put a volunteer in a team (None: no team). A pin follows the volunteer only if they stay."""
        db = self.event.db
        if roster_store.get_volunteer(db, volunteer_id) is None:
            raise NotFound(what=volunteer_id)
        if structure_id is not None and roster_store.get_structure(db, structure_id) is None:
            raise NotFound(what=structure_id)
        old = store.membership(db, volunteer_id)
        if (old[0] if old else None) == structure_id:
            return
        with self._write() as w:
            self._set_membership(
                w, volunteer_id, structure_id, why=translate("teams", MANUAL_WHY) if why is None else why
            )
            w.log(
                action,
                "volunteer",
                volunteer_id,
                {
                    "volunteer": volunteer_id,
                    "from": old[0] if old else None,
                    "to": structure_id,
                    "pinned_before": bool(old and old[1]),
                },
            )

    def set_pinned(self, volunteer_id: str, pinned: bool) -> None:
        old = store.membership(self.event.db, volunteer_id)
        if old is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Placez d'abord cette personne dans une équipe."))
        if old[1] == pinned:
            return
        with self._write() as w:
            self._set_pinned(w, volunteer_id, old[0], pinned)
            w.log(
                "team.pin",
                "volunteer",
                volunteer_id,
                {"volunteer": volunteer_id, "structure": old[0], "pinned": pinned, "before": old[1]},
            )

    def toggle_pin(self, volunteer_id: str) -> bool:
        old = store.membership(self.event.db, volunteer_id)
        pinned = not (old and old[1])
        self.set_pinned(volunteer_id, pinned)
        return pinned

    # --- undo ----------------------------------------------------------------------------------------------------

    def can_undo(self) -> bool:
        return store.last_undoable(self.event.db, self.event.station, UNDOABLE) is not None

    def undo(self) -> Undone | None:
        """Take back this station's latest team change. Refused if someone changed the same people since."""
        found = store.last_undoable(self.event.db, self.event.station, UNDOABLE)
        if found is None:
            return None
        entry_id, action, payload = found
        with self._write() as w:
            current = store.memberships(w.db)  # read in the transaction: another station may have moved them since
            if action in ("team.move", "team.rebalance", "team.walk_in"):
                vid = payload["volunteer"]
                if (current.get(vid) or (None, False))[0] != payload["to"]:
                    raise InvalidInput(
                        QT_TRANSLATE_NOOP("errors", "Annulation impossible : cette personne a changé d'équipe depuis.")
                    )
                self._set_membership(w, vid, payload["from"], pinned=payload["pinned_before"])
                count = 1
            elif action == "team.pin":
                self._set_pinned(w, payload["volunteer"], payload["structure"], payload["before"])
                count = 1
            else:
                before: dict[str, list[Any]] = payload["before"]
                count = 0
                for vid in set(before) | set(current):
                    if roster_store.get_volunteer(w.db, vid) is None:
                        continue
                    old = before.get(vid)
                    if old is None:
                        self._set_membership(w, vid, None)
                    else:
                        self._set_membership(w, vid, old[0], pinned=bool(old[1]))
                    count += 1
            w.log("team.undo", "teams", None, {"undoes": entry_id, "action": action})
        return Undone(action, count)

    # --- walk-ins ----------------------------------------------------------------------------------------------

    def propose_for(self, volunteer_id: str) -> Proposal | None:
        """The team proposed to a walk-in (or anyone without a team), the teams left as they are."""
        volunteers = self.volunteers()
        newcomer = next((v for v in volunteers if v.id == volunteer_id), None)
        if newcomer is None:
            raise NotFound(what=volunteer_id)
        return propose_team(newcomer, volunteers, self.structures(), self.event.status.present_ids())

    def accept_proposal(self, proposal: Proposal) -> None:
        """Place the walk-in where proposed (journaled ``team.walk_in``, taken back by ``undo``), if still unplaced."""
        old = store.membership(self.event.db, proposal.volunteer_id)
        if old is not None and old[0] is not None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Cette personne a déjà une équipe."))
        self.move(proposal.volunteer_id, proposal.structure.id, action="team.walk_in", why=proposal.why)

    # --- rebalance -----------------------------------------------------------------------------------------------

    def rebalance_proposals(self, present_ids: set[str] | None = None) -> list[Move]:
        present = self.event.status.present_ids() if present_ids is None else present_ids
        return rebalance(self.volunteers(), self.structures(), present)

    def accept(self, move: Move) -> None:
        """Apply one proposed move, if the volunteer is still where the proposal found them."""
        old = store.membership(self.event.db, move.volunteer_id)
        if (old[0] if old else None) != move.from_id:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Proposition périmée : {name} a changé d'équipe entre-temps."),
                name=move.volunteer_name,
            )
        self.move(move.volunteer_id, move.to_id, action="team.rebalance")

