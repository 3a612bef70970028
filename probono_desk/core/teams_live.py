"""The teams as they are, kept checked move by move: what ``assess`` says, without re-checking 5,000 people.

A move changes the counts of two teams. Every team rule reads its own team's counts, plus a few pool-wide
numbers (the size bounds, who is placed at all); a "why here" line reads the volunteer's team and their first
choice. So after a change of memberships only these are recomputed:

- the checklists of the teams touched (the old and new team of each volunteer who moved or was (un)pinned, and
  the team they were or are pinned to) — of every team when the size bounds or the number of people placed
  changed (a pin changes the bounds; placing someone without a team changes the pool's mix);
- the "why here" lines of the members of the touched teams and of the people whose first choice is one of them.

``LiveFormation(volunteers, structures).formation()`` equals ``assess(volunteers, structures)``, and stays equal
to ``assess`` of the new memberships after ``update`` (everyone's) or ``apply`` (some people's): a test compares
them on random moves, pins and unplacements.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from probono_desk.core.models import Structure, Volunteer
from probono_desk.core.teams_explain import Index, team_checks, why_here
from probono_desk.core.teams_model import Bounds, Formation, Problem, State, Team, fit_score, order_key, size_bounds

Memberships = Mapping[str, tuple[str, bool]]  # volunteer id -> (structure id, pinned); absent: no team


class LiveFormation:
    def __init__(self, volunteers: Iterable[Volunteer], structures: Sequence[Structure]) -> None:
        vols = sorted(volunteers, key=order_key)  # so a volunteer's position is their order in a team's list
        self.structures = list(structures)
        self.p = Problem(vols, self.structures)
        self._position = {v.id: i for i, v in enumerate(vols)}
        self._team_of_id = {s.id: t for t, s in enumerate(self.structures)}
        self.state = State(self.p, [self._team_of_id.get(v.structure_id or "", -1) for v in vols])
        self.index = Index(self.state)
        self.pins = [0] * len(self.structures)
        for t in self.p.pinned:
            if t >= 0:
                self.pins[t] += 1
        self.bounds = self._bounds()
        self.teams: list[Team] = []
        self.why: dict[str, str] = {}
        for t in range(len(self.structures)):
            self.teams.append(self._team(t))
            for v in self.index.members[t]:
                self.why[vols[v].id] = why_here(self.state, self.bounds, v)
        self._unassigned = self._left_out()

    def _bounds(self) -> Bounds:
        return size_bounds(len(self.p.volunteers), [s.capacity for s in self.structures], self.pins)

    def _team(self, t: int) -> Team:
        p = self.p
        return Team(
            structure=self.structures[t],
            members=tuple(p.volunteers[v] for v in self.index.members[t]),
            checks=team_checks(self.state, self.bounds, t, self.index),
            score=fit_score(self.state, t),
        )

    def _left_out(self) -> tuple[Volunteer, ...]:
        return tuple(self.p.volunteers[v] for v, t in enumerate(self.state.team_of) if t < 0)

    def formation(self) -> Formation:
        return Formation(tuple(self.teams), dict(self.why), self._unassigned)

    def structure_of(self, volunteer_id: str) -> str | None:
        """The structure whose team the volunteer is in (None: no team, or someone not known here)."""
        v = self._position.get(volunteer_id)
        t = self.state.team_of[v] if v is not None else -1
        return self.structures[t].id if t >= 0 else None

    def knows(self, volunteer_ids: Iterable[str]) -> bool:
        """Whether these people were all there at the start (``apply`` cannot take a newcomer)."""
        return all(vid in self._position for vid in volunteer_ids)

    def update(self, memberships: Memberships) -> set[str]:
        """Bring the teams to these memberships (everyone's); returns the ids of the structures whose team changed."""
        return self.apply({vol.id: memberships.get(vol.id, (None, False)) for vol in self.p.volunteers})

    def apply(self, changes: Mapping[str, tuple[str | None, bool]]) -> set[str]:
        """Give these volunteers these memberships ((None, False): no team), the others staying where they are;
        returns the ids of the structures whose team changed."""
        p, state, index = self.p, self.state, self.index
        touched: set[int] = set()
        placed = state.placed
        left_out_changed = pins_changed = False
        changed: list[int] = []
        for vid, (sid, pinned) in changes.items():
            v = self._position[vid]
            vol = p.volunteers[v]
            pinned = bool(pinned and sid)
            if sid == vol.structure_id and pinned == vol.pinned:
                continue
            changed.append(v)
            old, new = state.team_of[v], self._team_of_id.get(sid or "", -1)
            old_pin = p.pinned[v]
            new_pin = new if pinned else -1
            if old != new:
                if old >= 0:
                    state.remove(v)
                    index.members[old].remove(v)
                if new >= 0:
                    state.add(v, new)
                    insort(index.members[new], v)
            if old_pin != new_pin:
                pins_changed = True
                if old_pin >= 0:
                    index.pinned[old_pin].remove(v)
                    self.pins[old_pin] -= 1
                if new_pin >= 0:
                    insort(index.pinned[new_pin], v)
                    self.pins[new_pin] += 1
                p.pinned[v] = new_pin
            p.volunteers[v] = replace(vol, structure_id=sid, pinned=pinned)
            touched.update(t for t in (old, new, old_pin, new_pin) if t >= 0)
            left_out_changed |= old < 0 or new < 0
        if not changed:
            return set()
        bounds = self._bounds() if pins_changed else self.bounds  # the bounds follow the pins, not the moves
        pool_wide = bounds != self.bounds or state.placed != placed
        self.bounds = bounds
        # The cost of each team is the local search's business, not the checklist's: keep it in step anyway.
        for t in touched:
            state.cost[t] = state.team_cost(t)
        recheck = range(len(self.structures)) if pool_wide else sorted(touched)
        for t in recheck:
            self.teams[t] = self._team(t)
        if pool_wide:
            explain_again: Iterable[int] = range(len(p.volunteers))
        else:
            again: set[int] = set()
            for t in touched:
                again.update(index.members[t])
                again.update(index.first_choice[t])
            explain_again = sorted(again)
        for v in explain_again:
            vid = p.volunteers[v].id
            if state.team_of[v] >= 0:
                self.why[vid] = why_here(state, bounds, v)
            else:
                self.why.pop(vid, None)
        if left_out_changed:
            self._unassigned = self._left_out()
        return {self.structures[t].id for t in recheck}


__all__ = ["LiveFormation", "Memberships"]
