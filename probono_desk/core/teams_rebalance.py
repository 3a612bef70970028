"""Rebalancing after no-shows: the fewest moves of present volunteers that restore the rules.

At 9h30 check-in closes; the absent are left out and the teams are judged on who is in the room. Each proposal
is one volunteer moving from one team to another, with its reason, so the organiser accepts or refuses each.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from probono_desk.core.i18n import translate
from probono_desk.core.models import Structure, Volunteer
from probono_desk.core.teams_model import LONELY, SITUATIONS, Bounds, Problem, State, order_key, size_bounds

MAX_MOVES = 60


@dataclass(frozen=True)
class Move:
    volunteer_id: str
    volunteer_name: str
    from_id: str | None
    to_id: str
    why: str


def _violations(state: State, bounds: Bounds) -> list[int]:
    """Per team: people outside the size bounds + the hard rules broken (organisation, skills, isolation)."""
    out = []
    for team in range(len(state.problem.structures)):
        size = state.size[team]
        off = max(0, bounds.lo[team] - size) + max(0, size - bounds.hi[team])
        hard, _soft = state.parts(team)
        out.append(off * 2 + hard)
    return out


def rebalance(
    volunteers: Iterable[Volunteer], structures: Sequence[Structure], present_ids: Collection[str]
) -> list[Move]:
    """Moves of present, unpinned volunteers (and placements of present unassigned ones), fewest first.

    Greedy: at each step the single move that removes the most rule breaks (ties: the smallest loss of skills
    fit, mix and preferences), until the rules hold or no move helps.
    """
    vols = sorted((person for person in volunteers if person.id in present_ids), key=order_key)
    structs = list(structures)
    if not structs or not vols:
        return []
    problem = Problem(vols, structs)
    by_id = {structure.id: team for team, structure in enumerate(structs)}
    start = [by_id.get(person.structure_id or "", -1) for person in vols]
    state = State(problem, start, mix_of=range(len(vols)))
    pins = [0] * len(structs)
    for team in problem.pinned:
        if team >= 0:
            pins[team] += 1
    bounds = size_bounds(len(vols), [structure.capacity for structure in structs], pins)
    moved: dict[int, int] = {}
    for _step in range(MAX_MOVES):
        best = _best_move(state, bounds)
        if best is None:
            break
        person, to_team = best
        state.move(person, to_team)
        moved[person] = to_team
    return _proposals(state, bounds, start, moved)


def _best_move(state: State, bounds: Bounds) -> tuple[int, int] | None:
    """(volunteer, team) of the move that removes the most rule breaks, placing anyone without a team first;
    None when the rules hold and everyone is placed, or when no move helps."""
    problem = state.problem
    n_people = len(problem.volunteers)
    broken = _violations(state, bounds)
    unplaced = [person for person in range(n_people) if state.team_of[person] < 0]
    if not unplaced and not any(broken):
        return None
    best: tuple[float, float, int, int] | None = None
    candidates = unplaced or [person for person in range(n_people) if problem.pinned[person] < 0]
    for person in candidates:
        from_team = state.team_of[person]
        for to_team in range(len(problem.structures)):
            if to_team == from_team:
                continue
            gain, soft = _gain(state, bounds, broken, person, from_team, to_team)
            if person in unplaced:
                gain += 1000  # placing someone who has no team comes first
            if gain <= 0:
                continue
            key = (-gain, soft, person, to_team)
            if best is None or key < best:
                best = key
    if best is None:
        return None
    _g, _s, person, to_team = best
    return person, to_team


def _proposals(state: State, bounds: Bounds, start: list[int], moved: dict[int, int]) -> list[Move]:
    """The moves made, one per volunteer whose team changed from ``start``, in name order, each with its reason."""
    vols, structs = state.problem.volunteers, state.problem.structures
    out: list[Move] = []
    for person, to_team in sorted(moved.items(), key=lambda vb: order_key(vols[vb[0]])):
        from_team = start[person]
        if from_team == to_team:
            continue
        out.append(
            Move(
                volunteer_id=vols[person].id,
                volunteer_name=vols[person].name,
                from_id=structs[from_team].id if from_team >= 0 else None,
                to_id=structs[to_team].id,
                why=_reason(state, bounds, person, from_team, to_team),
            )
        )
    return out


def _gain(
    state: State, bounds: Bounds, broken: list[int], person: int, from_team: int, to_team: int
) -> tuple[float, float]:
    """(rule breaks removed, soft cost added) if v moves from a (or nowhere) to b."""
    lo, hi = bounds.lo, bounds.hi
    before = broken[to_team]
    size_b = state.size[to_team] + 1
    hard_b, soft_b = state.parts(to_team, add=person)
    after = max(0, lo[to_team] - size_b) * 2 + max(0, size_b - hi[to_team]) * 2 + hard_b
    soft = soft_b - state.parts(to_team)[1] + state.problem.pref_cost[person][to_team]
    if from_team >= 0:
        before += broken[from_team]
        size_a = state.size[from_team] - 1
        hard_a, soft_a = state.parts(from_team, rem=person)
        after += max(0, lo[from_team] - size_a) * 2 + max(0, size_a - hi[from_team]) * 2 + hard_a
        soft += soft_a - state.parts(from_team)[1] - state.problem.pref_cost[person][from_team]
    return float(before - after), soft


def _reason(state: State, bounds: Bounds, person: int, from_team: int, to_team: int) -> str:
    problem = state.problem
    dest = problem.structures[to_team]
    bits: list[str] = []
    if from_team < 0:
        bits.append(translate("teams", "Sans équipe : rejoint {team}.").format(team=dest.name))
    brings = [dest.skills_needed[need] for need in problem.match[person][to_team]]
    if brings:
        bits.append(translate("teams", "Apporte {skills} à {team}.").format(skills=", ".join(brings), team=dest.name))
    if from_team >= 0:
        src = problem.structures[from_team]
        bits.append(
            translate("teams", "{src} : {n_src} présent·es ; {dest} : {n_dest}.").format(
                src=src.name, n_src=state.size[from_team], dest=dest.name, n_dest=state.size[to_team]
            )
        )
    sit = problem.sit[person]
    if sit >= 0 and SITUATIONS[sit] in LONELY and state.sits[to_team][sit] == 2:
        bits.append(
            translate("teams", "Évite qu'un·e {who} reste seul·e.").format(
                who=translate("situation", SITUATIONS[sit].label)
            )
        )
    return " ".join(bits)
