"""The teams as a screen shows them, kept up to date without reading and re-checking everyone after each move.

``TeamsService`` notes, for each of its writes, how far the roster counter moved and which memberships it wrote
(``WriteLog``). When the counter moved only by such writes since a screen last looked, ``LiveTeams`` applies the
memberships written and re-checks only the teams they touched (``core.teams_live.LiveFormation``); after any other
change (people or structures edited, another station, another process) it reads and checks everything again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from probono_desk.core.teams import Formation
from probono_desk.core.teams_live import LiveFormation

if TYPE_CHECKING:
    from probono_desk.services.teams import TeamsService

KEEP = 256  # writes remembered; a screen further behind reads everything again


@dataclass(frozen=True)
class Written:
    structure_id: str | None  # None: no team any more
    pinned: bool
    why: str | None  # the "why here" written; None: left as it was (a pin)


class WriteLog:
    """Roster version before -> (version after, memberships written), for writes that changed nothing else."""

    def __init__(self) -> None:
        self._spans: dict[int, tuple[int, dict[str, Written]]] = {}

    def add(self, before: int, after: int, written: dict[str, Written]) -> None:
        if after != before:
            self._spans[before] = (after, written)
            while len(self._spans) > KEEP:
                del self._spans[next(iter(self._spans))]

    def since(self, version: int, now: int) -> dict[str, Written] | None:
        """Every membership written from roster version ``version`` to ``now``, the latest per volunteer; None if
        something else changed the roster in between (or it is too long ago)."""
        merged: dict[str, Written] = {}
        while version != now:
            found = self._spans.get(version)
            if found is None:
                return None
            version, written = found
            for vid, w in written.items():
                earlier = merged.get(vid)
                merged[vid] = Written(w.structure_id, w.pinned, earlier.why if w.why is None and earlier else w.why)
        return merged


class LiveTeams:
    def __init__(self, service: TeamsService) -> None:
        self.service = service
        self.version = -1
        self.checked: LiveFormation | None = None
        self.why: dict[str, str] = {}  # volunteer id -> the "why here" stored when they were placed

    def refresh(self, force: bool = False) -> set[str] | None:
        """Bring the teams up to the file. Returns the ids of the structures whose team changed (an empty set:
        none), or None when everything was read again."""
        version = self.service.event.status.roster_version()
        if not force and self.checked is not None and version == self.version:
            return set()
        changed = None if force or self.checked is None else self._apply(self.checked, version)
        if changed is None:
            roster = self.service.event.roster
            self.checked = LiveFormation(roster.volunteers(), roster.structures())
            self.why = self.service.why()
        self.version = version
        return changed

    def _apply(self, checked: LiveFormation, version: int) -> set[str] | None:
        written = self.service.log.since(self.version, version)
        if written is None or not checked.knows(written):
            return None
        changed = checked.apply({vid: (w.structure_id, w.pinned) for vid, w in written.items()})
        for vid, w in written.items():
            if w.structure_id is None:
                self.why.pop(vid, None)
            elif w.why is not None and self.why.get(vid) != w.why:
                self.why[vid] = w.why
                changed.add(w.structure_id)  # the member's tooltip on their board
        return changed

    def formation(self) -> Formation:
        assert self.checked is not None, "refresh() first"
        return self.checked.formation()

    def structure_of(self, volunteer_id: str) -> str | None:
        return self.checked.structure_of(volunteer_id) if self.checked is not None else None


__all__ = ["KEEP", "LiveTeams", "WriteLog", "Written"]
