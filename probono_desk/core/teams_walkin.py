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
    vols = sorted({person.id: person for person in [*volunteers, newcomer]}.values(), key=order_key)
    structs = list(structures)
    problem = Problem(vols, structs)
    by_id = {structure.id: team for team, structure in enumerate(structs)}
    index = next(position for position, person in enumerate(vols) if person.id == newcomer.id)
    team_of = [by_id.get(person.structure_id or "", -1) for person in vols]
    team_of[index] = -1
    state = State(problem, team_of)
    pins = [0] * len(structs)
    for team in problem.pinned:
        if team >= 0:
            pins[team] += 1
    bounds = size_bounds(len(vols), [structure.capacity for structure in structs], pins)
    counting = set(present) - {newcomer.id}  # the walk-in just checked in does not mean the door is open
    in_room = [0] * len(structs)
    holders_in_room = [0] * len(structs)  # people in the room holding a skill the team's diagnostic needs
    for person, team in enumerate(state.team_of):
        if team >= 0 and (not counting or vols[person].id in counting):
            in_room[team] += 1
            if problem.match[person][team]:
                holders_in_room[team] += 1

    def rank(team: int) -> tuple[float, ...]:
        hard_after, _ = state.parts(team, add=index)
        hard_added = max(0, hard_after - state.parts(team)[0])
        cap = structs[team].capacity
        # once the door is open, room and skills are counted among the people who came, not the planned team
        size = in_room[team] if counting else state.size[team]
        no_room = size >= bounds.hi[team] or (cap is not None and size >= cap)
        helps = bool(problem.match[index][team])
        holders = holders_in_room[team] if counting else state.holders[team]
        return (
            hard_added,
            no_room,
            not helps,
            holders if helps else 0,
            in_room[team],
            state.move_delta(index, team),
            team,
        )

    best = min(range(len(structs)), key=rank)
    return Proposal(
        newcomer.id, structs[best], _why(problem, state, index, best, in_room[best], bool(counting)), in_room[best]
    )


def _why(problem: Problem, state: State, person: int, team: int, in_room: int, counting: bool) -> str:
    st = problem.structures[team]
    parts: list[str] = []
    skills = [st.skills_needed[need] for need in problem.match[person][team]]
    if skills:
        parts.append(
            translate("teams", QT_TRANSLATE_NOOP("teams", "apporte {skills}, dont l'équipe a besoin")).format(
                skills=", ".join(skills)
            )
        )
    if counting:
        parts.append(
            translate("teams", QT_TRANSLATE_NOOP("teams", "{n} présent·es sur {size} prévu·es")).format(
                n=in_room, size=state.size[team]
            )
        )
    else:
        parts.append(translate("teams", QT_TRANSLATE_NOOP("teams", "{n} membres")).format(n=state.size[team]))
    return "; ".join(parts)
