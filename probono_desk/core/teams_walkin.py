"""A team for a walk-in: the teams stay as they are; the newcomer is proposed to the team that breaks no hard rule
with them, has room, needs their skills most, and has the fewest people (present, once check-in has begun).

Ranked, in order, so the choice can be said in one line:
1. no hard rule newly broken (same organisation three times, a lonely student or retiree…);
2. room: below the structure's capacity and the levelled size bound;
3. holds a skill the structure's diagnostic needs — the team with the fewest holders of those skills first;
4. the fewest members in the room (present, or planned while nobody is checked in);
5. the formation's own cost (situation mix, stated preference), then the structure's order.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from probono_desk.core.models import Structure, Volunteer
from probono_desk.core.teams_model import Problem, State, order_key, size_bounds


@dataclass(frozen=True)
class Proposal:
    volunteer_id: str
    structure: Structure
    why: str  # one line, French first
    members: int  # in the team before the newcomer (present ones once check-in has begun)


def propose_team(
    newcomer: Volunteer,
    volunteers: Sequence[Volunteer],
    structures: Sequence[Structure],
    present: Collection[str] = (),
) -> Proposal | None:
    """The team to propose to ``newcomer`` (who may be in ``volunteers`` already, without a team). None: no team."""
    if not structures:
        return None
    vols = sorted({v.id: v for v in [*volunteers, newcomer]}.values(), key=order_key)
    structs = list(structures)
    p = Problem(vols, structs)
    by_id = {s.id: t for t, s in enumerate(structs)}
    index = next(i for i, v in enumerate(vols) if v.id == newcomer.id)
    team_of = [by_id.get(v.structure_id or "", -1) for v in vols]
    team_of[index] = -1
    state = State(p, team_of)
    pins = [0] * len(structs)
    for t in p.pinned:
        if t >= 0:
            pins[t] += 1
    bounds = size_bounds(len(vols), [s.capacity for s in structs], pins)
    counting = set(present) - {newcomer.id}  # the walk-in just checked in does not mean the door is open
    in_room = [0] * len(structs)
    holders_in_room = [0] * len(structs)  # people in the room holding a skill the team's diagnostic needs
    for v, t in enumerate(state.team_of):
        if t >= 0 and (not counting or vols[v].id in counting):
            in_room[t] += 1
            if p.match[v][t]:
                holders_in_room[t] += 1

    def rank(t: int) -> tuple[float, ...]:
        hard_after, _ = state.parts(t, add=index)
        hard_added = max(0, hard_after - state.parts(t)[0])
        cap = structs[t].capacity
        # once the door is open, room and skills are counted among the people who came, not the planned team
        size = in_room[t] if counting else state.size[t]
        no_room = size >= bounds.hi[t] or (cap is not None and size >= cap)
        helps = bool(p.match[index][t])
        holders = holders_in_room[t] if counting else state.holders[t]
        return (
            hard_added,
            no_room,
            not helps,
            holders if helps else 0,
            in_room[t],
            state.move_delta(index, t),
            t,
        )

    best = min(range(len(structs)), key=rank)
    return Proposal(
        newcomer.id, structs[best], _why(p, state, index, best, in_room[best], bool(counting)), in_room[best]
    )


def _why(p: Problem, state: State, v: int, t: int, in_room: int, counting: bool) -> str:
    st = p.structures[t]
    parts: list[str] = []
    skills = [st.skills_needed[j] for j in p.match[v][t]]
    if skills:
        parts.append(
            translate("teams", QT_TRANSLATE_NOOP("teams", "apporte {skills}, dont l'équipe a besoin")).format(
                skills=", ".join(skills)
            )
        )
    if counting:
        parts.append(
            translate("teams", QT_TRANSLATE_NOOP("teams", "{n} présent·es sur {size} prévu·es")).format(
                n=in_room, size=state.size[t]
            )
        )
    else:
        parts.append(translate("teams", QT_TRANSLATE_NOOP("teams", "{n} membres")).format(n=state.size[t]))
    return "; ".join(parts)
