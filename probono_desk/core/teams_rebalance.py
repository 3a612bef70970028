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
    for t in range(len(state.p.structures)):
        size = state.size[t]
        off = max(0, bounds.lo[t] - size) + max(0, size - bounds.hi[t])
        hard, _soft = state.parts(t)
        out.append(off * 2 + hard)
    return out


def rebalance(
    volunteers: Iterable[Volunteer], structures: Sequence[Structure], present_ids: Collection[str]
) -> list[Move]:
    """Moves of present, unpinned volunteers (and placements of present unassigned ones), fewest first.

    Greedy: at each step the single move that removes the most rule breaks (ties: the smallest loss of skills
    fit, mix and preferences), until the rules hold or no move helps.
    """
    vols = sorted((v for v in volunteers if v.id in present_ids), key=order_key)
    structs = list(structures)
    if not structs or not vols:
        return []
    p = Problem(vols, structs)
    by_id = {s.id: t for t, s in enumerate(structs)}
    start = [by_id.get(v.structure_id or "", -1) for v in vols]
    state = State(p, start, mix_of=range(len(vols)))
    pins = [0] * len(structs)
    for t in p.pinned:
        if t >= 0:
            pins[t] += 1
    bounds = size_bounds(len(vols), [s.capacity for s in structs], pins)
    moved: dict[int, int] = {}
    for _step in range(MAX_MOVES):
        broken = _violations(state, bounds)
        unplaced = [v for v in range(len(vols)) if state.team_of[v] < 0]
        if not unplaced and not any(broken):
            break
        best: tuple[float, float, int, int] | None = None
        candidates = unplaced or [v for v in range(len(vols)) if p.pinned[v] < 0]
        for v in candidates:
            a = state.team_of[v]
            for b in range(len(structs)):
                if b == a:
                    continue
                gain, soft = _gain(state, bounds, broken, v, a, b)
                if v in unplaced:
                    gain += 1000  # placing someone who has no team comes first
                if gain <= 0:
                    continue
                key = (-gain, soft, v, b)
                if best is None or key < best:
                    best = key
        if best is None:
            break
        _g, _s, v, b = best
        state.move(v, b)
        moved[v] = b
    out: list[Move] = []
    for v, b in sorted(moved.items(), key=lambda vb: order_key(vols[vb[0]])):
        a = start[v]
        if a == b:
            continue
        out.append(
            Move(
                volunteer_id=vols[v].id,
                volunteer_name=vols[v].name,
                from_id=structs[a].id if a >= 0 else None,
                to_id=structs[b].id,
                why=_reason(state, bounds, v, a, b),
            )
        )
    return out


def _gain(state: State, bounds: Bounds, broken: list[int], v: int, a: int, b: int) -> tuple[float, float]:
    """(rule breaks removed, soft cost added) if v moves from a (or nowhere) to b."""
    lo, hi = bounds.lo, bounds.hi
    before = broken[b]
    size_b = state.size[b] + 1
    hard_b, soft_b = state.parts(b, add=v)
    after = max(0, lo[b] - size_b) * 2 + max(0, size_b - hi[b]) * 2 + hard_b
    soft = soft_b - state.parts(b)[1] + state.p.pref_cost[v][b]
    if a >= 0:
        before += broken[a]
        size_a = state.size[a] - 1
        hard_a, soft_a = state.parts(a, rem=v)
        after += max(0, lo[a] - size_a) * 2 + max(0, size_a - hi[a]) * 2 + hard_a
        soft += soft_a - state.parts(a)[1] - state.p.pref_cost[v][a]
    return float(before - after), soft


def _reason(state: State, bounds: Bounds, v: int, a: int, b: int) -> str:
    p = state.p
    dest = p.structures[b]
    bits: list[str] = []
    if a < 0:
        bits.append(translate("teams", "Sans équipe : rejoint {team}.").format(team=dest.name))
    brings = [dest.skills_needed[j] for j in p.match[v][b]]
    if brings:
        bits.append(translate("teams", "Apporte {skills} à {team}.").format(skills=", ".join(brings), team=dest.name))
    if a >= 0:
        src = p.structures[a]
        bits.append(
            translate("teams", "{src} : {n_src} présent·es ; {dest} : {n_dest}.").format(
                src=src.name, n_src=state.size[a], dest=dest.name, n_dest=state.size[b]
            )
        )
    s = p.sit[v]
    if s >= 0 and SITUATIONS[s] in LONELY and state.sits[b][s] == 2:
        bits.append(
            translate("teams", "Évite qu'un·e {who} reste seul·e.").format(
                who=translate("situation", SITUATIONS[s].label)
            )
        )
    return " ".join(bits)
