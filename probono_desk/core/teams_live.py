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
from typing import NamedTuple

from probono_desk.core.models import Structure, Volunteer
from probono_desk.core.teams_explain import Index, team_checks, why_here
from probono_desk.core.teams_model import Bounds, Formation, Problem, State, Team, fit_score, order_key, size_bounds

Memberships = Mapping[str, tuple[str, bool]]  # volunteer id -> (structure id, pinned); absent: no team


class LiveFormation:
    def __init__(self, volunteers: Iterable[Volunteer], structures: Sequence[Structure]) -> None:
        vols = sorted(volunteers, key=order_key)  # so a volunteer's position is their order in a team's list
        self.structures = list(structures)
        self.problem = Problem(vols, self.structures)
        self._position = {person.id: position for position, person in enumerate(vols)}
        self._team_of_id = {structure.id: team for team, structure in enumerate(self.structures)}
        self.state = State(self.problem, [self._team_of_id.get(person.structure_id or "", -1) for person in vols])
        self.index = Index(self.state)
        self.pins = [0] * len(self.structures)
        for team in self.problem.pinned:
            if team >= 0:
                self.pins[team] += 1
        self.bounds = self._bounds()
        self.teams: list[Team] = []
        self.why: dict[str, str] = {}
        for team in range(len(self.structures)):
            self.teams.append(self._team(team))
            for person in self.index.members[team]:
                self.why[vols[person].id] = why_here(self.state, self.bounds, person)
        self._unassigned = self._left_out()

    def _bounds(self) -> Bounds:
        return size_bounds(
            len(self.problem.volunteers), [structure.capacity for structure in self.structures], self.pins
        )

    def _team(self, team: int) -> Team:
        problem = self.problem
        return Team(
            structure=self.structures[team],
            members=tuple(problem.volunteers[person] for person in self.index.members[team]),
            checks=team_checks(self.state, self.bounds, team, self.index),
            score=fit_score(self.state, team),
        )

    def _left_out(self) -> tuple[Volunteer, ...]:
        return tuple(self.problem.volunteers[person] for person, team in enumerate(self.state.team_of) if team < 0)

    def formation(self) -> Formation:
        return Formation(tuple(self.teams), dict(self.why), self._unassigned)

    def structure_of(self, volunteer_id: str) -> str | None:
        """The structure whose team the volunteer is in (None: no team, or someone not known here)."""
        person = self._position.get(volunteer_id)
        team = self.state.team_of[person] if person is not None else -1
        return self.structures[team].id if team >= 0 else None

    def knows(self, volunteer_ids: Iterable[str]) -> bool:
        """Whether these people were all there at the start (``apply`` cannot take a newcomer)."""
        return all(vid in self._position for vid in volunteer_ids)

    def update(self, memberships: Memberships) -> set[str]:
        """Bring the teams to these memberships (everyone's); returns the ids of the structures whose team changed."""
        return self.apply({vol.id: memberships.get(vol.id, (None, False)) for vol in self.problem.volunteers})

    def apply(self, changes: Mapping[str, tuple[str | None, bool]]) -> set[str]:
        """Give these volunteers these memberships ((None, False): no team), the others staying where they are;
        returns the ids of the structures whose team changed."""
        state = self.state
        touched: set[int] = set()
        placed = state.placed
        left_out_changed = pins_changed = any_change = False
        for vid, (sid, pinned) in changes.items():
            change = self._change(self._position[vid], sid, pinned)
            if change is None:
                continue
            any_change = True
            touched.update(change.teams)
            pins_changed |= change.pins_changed
            left_out_changed |= change.left_out_changed
        if not any_change:
            return set()
        bounds = self._bounds() if pins_changed else self.bounds  # the bounds follow the pins, not the moves
        pool_wide = bounds != self.bounds or state.placed != placed
        self.bounds = bounds
        # The cost of each team is the local search's business, not the checklist's: keep it in step anyway.
        for team in touched:
            state.cost[team] = state.team_cost(team)
        recheck = range(len(self.structures)) if pool_wide else sorted(touched)
        for team in recheck:
            self.teams[team] = self._team(team)
        self._explain_again(touched, pool_wide)
        if left_out_changed:
            self._unassigned = self._left_out()
        return {self.structures[team].id for team in recheck}

    def _change(self, person: int, sid: str | None, pinned: bool) -> _Change | None:
        """Move one volunteer to this membership in the state, the index and the pins; None if it is theirs."""
        problem, state, index = self.problem, self.state, self.index
        vol = problem.volunteers[person]
        pinned = bool(pinned and sid)
        if sid == vol.structure_id and pinned == vol.pinned:
            return None
        old, new = state.team_of[person], self._team_of_id.get(sid or "", -1)
        old_pin = problem.pinned[person]
        new_pin = new if pinned else -1
        if old != new:
            if old >= 0:
                state.remove(person)
                index.members[old].remove(person)
            if new >= 0:
                state.add(person, new)
                insort(index.members[new], person)
        if old_pin != new_pin:
            if old_pin >= 0:
                index.pinned[old_pin].remove(person)
                self.pins[old_pin] -= 1
            if new_pin >= 0:
                insort(index.pinned[new_pin], person)
                self.pins[new_pin] += 1
            problem.pinned[person] = new_pin
        problem.volunteers[person] = replace(vol, structure_id=sid, pinned=pinned)
        return _Change(
            teams=tuple(team for team in (old, new, old_pin, new_pin) if team >= 0),
            pins_changed=old_pin != new_pin,
            left_out_changed=old < 0 or new < 0,
        )

    def _explain_again(self, touched: set[int], pool_wide: bool) -> None:
        """Redo the "why here" lines a change can alter: everyone's when pool-wide numbers moved, else those of
        the touched teams' members and of the people whose first choice is one of them."""
        problem, state, index = self.problem, self.state, self.index
        if pool_wide:
            people: Iterable[int] = range(len(problem.volunteers))
        else:
            again: set[int] = set()
            for team in touched:
                again.update(index.members[team])
                again.update(index.first_choice[team])
            people = sorted(again)
        for person in people:
            vid = problem.volunteers[person].id
            if state.team_of[person] >= 0:
                self.why[vid] = why_here(state, self.bounds, person)
            else:
                self.why.pop(vid, None)


class _Change(NamedTuple):
    """What one volunteer's new membership touched."""

    teams: tuple[int, ...]  # their old and new team, and the teams they were and are pinned to
    pins_changed: bool
    left_out_changed: bool  # they left the teams or joined them


__all__ = ["LiveFormation", "Memberships"]
