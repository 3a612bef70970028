"""The search behind ``form_teams``: a greedy placement under the size bounds, then single moves, swaps and
pair exchanges while they lower the cost — deterministic order, bounded work, no randomness."""

from __future__ import annotations

from probono_desk.core.teams_model import LONELY_IDX, Bounds, Problem, State, fit_score, order_key, size_bounds


def initial(problem: Problem, keep: dict[int, int]) -> tuple[State, Bounds]:
    """Pins and kept members first, then a greedy placement under the size bounds."""
    n_teams = len(problem.structures)
    n_volunteers = len(problem.volunteers)
    pins = [0] * n_teams
    for team in problem.pinned:
        if team >= 0:
            pins[team] += 1
    bounds = size_bounds(n_volunteers, [structure.capacity for structure in problem.structures], pins)
    team_of = [-1] * n_volunteers
    for person, team in enumerate(problem.pinned):
        if team >= 0:
            team_of[person] = team
    state = State(
        problem,
        team_of,
        mix_of=range(min(n_volunteers, bounds.room)) if bounds.room < n_volunteers else range(n_volunteers),
    )
    extras = bounds.room - sum(bounds.lo)
    used = sum(1 for team in range(n_teams) if state.size[team] > bounds.lo[team])

    def rarity(person: int) -> tuple[float, tuple[str, str, str]]:
        useful = [team for team in range(n_teams) if problem.match[person][team]]
        scarcity = sum(1.0 / max(problem.pool_holders[team], 1) for team in useful)
        return (-scarcity, order_key(problem.volunteers[person]))

    free = sorted((person for person in range(n_volunteers) if problem.pinned[person] < 0), key=rarity)
    kept = [person for person in free if person in keep]
    rest = [person for person in free if person not in keep]
    for person in kept + rest:
        if state.placed >= bounds.room:
            break
        options: list[int] = []
        for team in range(n_teams):
            if state.size[team] < bounds.lo[team] or (state.size[team] < bounds.hi[team] and used < extras):
                options.append(team)
        if not options:
            break
        if person in keep and keep[person] in options:
            best = keep[person]
        else:
            best = min(options, key=lambda team: (state.move_delta(person, team), team))
        if state.size[best] >= bounds.lo[best]:
            used += 1
        state.move(person, best)
    return state, bounds


def improve(state: State, bounds: Bounds, max_rounds: int = 30, swap_budget: int = 250_000) -> None:
    """Single moves and swaps while they lower the cost; deterministic order, bounded work."""
    problem = state.problem
    n_teams = len(problem.structures)
    movable = sorted(
        (person for person in range(len(problem.volunteers)) if problem.pinned[person] < 0),
        key=lambda person: order_key(problem.volunteers[person]),
    )
    budget = swap_budget
    for _round in range(max_rounds):
        improved = False
        for person in movable:
            from_team = state.team_of[person]
            if from_team < 0 or state.size[from_team] <= bounds.lo[from_team]:
                continue
            best_t, best_d = -1, -1e-9
            for to_team in range(n_teams):
                if to_team != from_team and state.size[to_team] < bounds.hi[to_team]:
                    delta = state.move_delta(person, to_team)
                    if delta < best_d:
                        best_t, best_d = to_team, delta
            if best_t >= 0:
                state.move(person, best_t)
                improved = True
        members: list[list[int]] = [[] for _ in range(n_teams)]
        for person in movable:
            if state.team_of[person] >= 0:
                members[state.team_of[person]].append(person)
        for person in movable:
            from_team = state.team_of[person]
            if from_team < 0 or not _unhappy(state, person):
                continue
            best_u, best_d = -1, -1e-9
            targets = range(n_teams) if _team_short(state, from_team) else problem.prefs[person][:3]
            for to_team in targets:
                if to_team == from_team:
                    continue
                for other in members[to_team]:
                    budget -= 1
                    delta = state.swap_delta(person, other)
                    if delta < best_d:
                        best_u, best_d = other, delta
            if best_u >= 0:
                to_team = state.team_of[best_u]
                state.move(person, to_team)
                state.move(best_u, from_team)
                members[from_team].remove(person)
                members[to_team].remove(best_u)
                members[from_team].append(best_u)
                members[to_team].append(person)
                improved = True
            if budget <= 0:
                break
        if _pair_pass(state, movable):
            improved = True
        if not improved or budget <= 0:
            break


def _pair_pass(state: State, movable: list[int]) -> bool:
    """Lonely situations move two at a time: a team with 4+ students gives two to a team with none, in exchange
    for two of its members (single moves cannot do it without leaving someone alone on the way)."""
    problem = state.problem
    n_teams = len(problem.structures)
    changed = False
    for sit in sorted(LONELY_IDX):
        for team_a in range(n_teams):
            if state.sits[team_a][sit] < 4:
                continue
            for team_b in range(n_teams):
                if team_b == team_a or state.sits[team_b][sit] != 0 or state.sits[team_a][sit] < 4:
                    continue
                givers = [
                    person for person in movable if state.team_of[person] == team_a and problem.sit[person] == sit
                ][:4]
                takers = [other for other in movable if state.team_of[other] == team_b and problem.sit[other] != sit]
                best: tuple[float, int, int, int, int] | None = None
                before = state.cost[team_a] + state.cost[team_b]
                for giver_pos, v1 in enumerate(givers):
                    for v2 in givers[giver_pos + 1 :]:
                        for taker_pos, u1 in enumerate(takers):
                            for u2 in takers[taker_pos + 1 :]:
                                delta = _pair_delta(state, team_a, team_b, (v1, v2), (u1, u2), before)
                                if delta < -1e-9 and (best is None or delta < best[0]):
                                    best = (delta, v1, v2, u1, u2)
                if best is not None:
                    _, v1, v2, u1, u2 = best
                    for person in (v1, v2):
                        state.move(person, team_b)
                    for other in (u1, u2):
                        state.move(other, team_a)
                    changed = True
    return changed


def _pair_delta(
    state: State, team_a: int, team_b: int, vs: tuple[int, int], us: tuple[int, int], before: float
) -> float:
    pc = state.problem.pref_cost
    pref = sum(pc[person][team_b] - pc[person][team_a] for person in vs) + sum(
        pc[other][team_a] - pc[other][team_b] for other in us
    )
    for person in vs:
        state.move(person, team_b)
    for other in us:
        state.move(other, team_a)
    after = state.cost[team_a] + state.cost[team_b]
    for person in vs:
        state.move(person, team_a)
    for other in us:
        state.move(other, team_b)
    return after - before + pref


def _unhappy(state: State, person: int) -> bool:
    """Worth looking for a swap: v is away from a stated choice, or v's team breaks a rule or lacks skills fit."""
    problem = state.problem
    team = state.team_of[person]
    return problem.pref_cost[person][team] > 0 or _team_short(state, team)


def _team_short(state: State, team: int) -> bool:
    """The team breaks a hard rule or lacks skills fit: worth any swap, not only towards stated choices."""
    hard, _soft = state.parts(team)
    return hard > 0 or fit_score(state, team) < 100
