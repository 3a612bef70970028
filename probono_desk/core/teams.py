"""Team formation: the same input always gives the same teams, and every choice can be explained.

The rules, in rank order (ISSUE 4):

1. hard — team sizes within ⌊n/k⌋..⌈n/k⌉ (levelled under each structure's capacity and above its pins), pins
   respected, at most 2 people of the same organisation per team, at least 2 people holding a skill the
   structure's diagnostic needs whenever the pool allows it; a student or a retiree is never alone of their kind;
2. maximise the worst team's skills fit;
3. spread situations evenly;
4. respect stated preferences.

How: a greedy placement (volunteers with the rarest useful skills first) followed by a deterministic local search
of single moves and swaps on one weighted cost, hard rules weighted far above the rest (``teams_search``). No randomness, no clock:
ties break on folded names then ids, so the result does not depend on the order of the input lists.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from probono_desk.core.models import Structure, Volunteer
from probono_desk.core.teams_explain import explain
from probono_desk.core.teams_model import (
    FIT_HOLDERS,
    HARD_RULES,
    LONELY,
    LONELY_IDX,
    ORG_MAX,
    SITUATIONS,
    SKILL_MIN,
    Bounds,
    Check,
    Formation,
    Problem,
    State,
    Team,
    fit_score,
    order_key,
    preference_choices,
    size_bounds,
    skill_key,
    structure_keys,
)
from probono_desk.core.teams_search import improve, initial


def form_teams(
    volunteers: Iterable[Volunteer], structures: Sequence[Structure], *, keep_assigned: bool = False
) -> Formation:
    """Assign every volunteer to a structure. Pinned volunteers stay; the others are (re)placed.

    ``keep_assigned`` only fills in the unassigned and leaves current members where they are (when rules allow).
    """
    vols = sorted(volunteers, key=order_key)
    structs = list(structures)
    problem = Problem(vols, structs)
    if not structs:
        return Formation((), {}, tuple(vols))
    team_by_id = {structure.id: team for team, structure in enumerate(structs)}
    keep = (
        {
            vol: team_by_id[volunteer.structure_id]
            for vol, volunteer in enumerate(vols)
            if volunteer.structure_id in team_by_id and problem.pinned[vol] < 0
        }
        if keep_assigned
        else {}
    )
    state, bounds = initial(problem, keep)
    if not keep_assigned:
        improve(state, bounds)
    return explain(state, bounds)


def assess(volunteers: Iterable[Volunteer], structures: Sequence[Structure]) -> Formation:
    """The checklist and "why here" lines of the teams as they are (``Volunteer.structure_id``), moves included."""
    vols = sorted(volunteers, key=order_key)
    structs = list(structures)
    problem = Problem(vols, structs)
    team_by_id = {structure.id: team for team, structure in enumerate(structs)}
    state = State(problem, [team_by_id.get(volunteer.structure_id or "", -1) for volunteer in vols])
    pins = [0] * len(structs)
    for pinned_team in problem.pinned:
        if pinned_team >= 0:
            pins[pinned_team] += 1
    bounds = size_bounds(len(vols), [structure.capacity for structure in structs], pins)
    return explain(state, bounds)


__all__ = [
    "FIT_HOLDERS",
    "LONELY",
    "LONELY_IDX",
    "ORG_MAX",
    "SITUATIONS",
    "SKILL_MIN",
    "order_key",
    "structure_keys",
    "Bounds",
    "Check",
    "Formation",
    "HARD_RULES",
    "Problem",
    "State",
    "Team",
    "assess",
    "fit_score",
    "form_teams",
    "preference_choices",
    "size_bounds",
    "skill_key",
]
