"""The search behind ``form_teams``: a greedy placement under the size bounds, then single moves, swaps and
pair exchanges while they lower the cost — deterministic order, bounded work, no randomness."""

from __future__ import annotations

from probono_desk.core.teams_model import LONELY_IDX, Bounds, Problem, State, fit_score, order_key, size_bounds


def initial(p: Problem, keep: dict[int, int]) -> tuple[State, Bounds]:
    """Pins and kept members first, then a greedy placement under the size bounds."""
    k = len(p.structures)
    n = len(p.volunteers)
    pins = [0] * k
    for t in p.pinned:
        if t >= 0:
            pins[t] += 1
    bounds = size_bounds(n, [s.capacity for s in p.structures], pins)
    team_of = [-1] * n
    for v, t in enumerate(p.pinned):
        if t >= 0:
            team_of[v] = t
    state = State(p, team_of, mix_of=range(min(n, bounds.room)) if bounds.room < n else range(n))
    extras = bounds.room - sum(bounds.lo)
    used = sum(1 for t in range(k) if state.size[t] > bounds.lo[t])

    def rarity(v: int) -> tuple[float, tuple[str, str, str]]:
        useful = [t for t in range(k) if p.match[v][t]]
        scarcity = sum(1.0 / max(p.pool_holders[t], 1) for t in useful)
        return (-scarcity, order_key(p.volunteers[v]))

    free = sorted((v for v in range(n) if p.pinned[v] < 0), key=rarity)
    kept = [v for v in free if v in keep]
    rest = [v for v in free if v not in keep]
    for v in kept + rest:
        if state.placed >= bounds.room:
            break
        options: list[int] = []
        for t in range(k):
            if state.size[t] < bounds.lo[t] or (state.size[t] < bounds.hi[t] and used < extras):
                options.append(t)
        if not options:
            break
        if v in keep and keep[v] in options:
            best = keep[v]
        else:
            best = min(options, key=lambda t: (state.move_delta(v, t), t))
        if state.size[best] >= bounds.lo[best]:
            used += 1
        state.move(v, best)
    return state, bounds


def improve(state: State, bounds: Bounds, max_rounds: int = 30, swap_budget: int = 250_000) -> None:
    """Single moves and swaps while they lower the cost; deterministic order, bounded work."""
    p = state.p
    k = len(p.structures)
    movable = sorted((v for v in range(len(p.volunteers)) if p.pinned[v] < 0), key=lambda v: order_key(p.volunteers[v]))
    budget = swap_budget
    for _round in range(max_rounds):
        improved = False
        for v in movable:
            a = state.team_of[v]
            if a < 0 or state.size[a] <= bounds.lo[a]:
                continue
            best_t, best_d = -1, -1e-9
            for b in range(k):
                if b != a and state.size[b] < bounds.hi[b]:
                    d = state.move_delta(v, b)
                    if d < best_d:
                        best_t, best_d = b, d
            if best_t >= 0:
                state.move(v, best_t)
                improved = True
        members: list[list[int]] = [[] for _ in range(k)]
        for v in movable:
            if state.team_of[v] >= 0:
                members[state.team_of[v]].append(v)
        for v in movable:
            a = state.team_of[v]
            if a < 0 or not _unhappy(state, v):
                continue
            best_u, best_d = -1, -1e-9
            targets = range(k) if _team_short(state, a) else p.prefs[v][:3]
            for b in targets:
                if b == a:
                    continue
                for u in members[b]:
                    budget -= 1
                    d = state.swap_delta(v, u)
                    if d < best_d:
                        best_u, best_d = u, d
            if best_u >= 0:
                b = state.team_of[best_u]
                state.move(v, b)
                state.move(best_u, a)
                members[a].remove(v)
                members[b].remove(best_u)
                members[a].append(best_u)
                members[b].append(v)
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
    p = state.p
    k = len(p.structures)
    changed = False
    for s in sorted(LONELY_IDX):
        for a in range(k):
            if state.sits[a][s] < 4:
                continue
            for b in range(k):
                if b == a or state.sits[b][s] != 0 or state.sits[a][s] < 4:
                    continue
                givers = [v for v in movable if state.team_of[v] == a and p.sit[v] == s][:4]
                takers = [u for u in movable if state.team_of[u] == b and p.sit[u] != s]
                best: tuple[float, int, int, int, int] | None = None
                before = state.cost[a] + state.cost[b]
                for i, v1 in enumerate(givers):
                    for v2 in givers[i + 1 :]:
                        for j, u1 in enumerate(takers):
                            for u2 in takers[j + 1 :]:
                                d = _pair_delta(state, a, b, (v1, v2), (u1, u2), before)
                                if d < -1e-9 and (best is None or d < best[0]):
                                    best = (d, v1, v2, u1, u2)
                if best is not None:
                    _, v1, v2, u1, u2 = best
                    for v in (v1, v2):
                        state.move(v, b)
                    for u in (u1, u2):
                        state.move(u, a)
                    changed = True
    return changed


def _pair_delta(state: State, a: int, b: int, vs: tuple[int, int], us: tuple[int, int], before: float) -> float:
    pc = state.p.pref_cost
    pref = sum(pc[v][b] - pc[v][a] for v in vs) + sum(pc[u][a] - pc[u][b] for u in us)
    for v in vs:
        state.move(v, b)
    for u in us:
        state.move(u, a)
    after = state.cost[a] + state.cost[b]
    for v in vs:
        state.move(v, a)
    for u in us:
        state.move(u, b)
    return after - before + pref


def _unhappy(state: State, v: int) -> bool:
    """Worth looking for a swap: v is away from a stated choice, or v's team breaks a rule or lacks skills fit."""
    p = state.p
    t = state.team_of[v]
    return p.pref_cost[v][t] > 0 or _team_short(state, t)


def _team_short(state: State, t: int) -> bool:
    """The team breaks a hard rule or lacks skills fit: worth any swap, not only towards stated choices."""
    hard, _soft = state.parts(t)
    return hard > 0 or fit_score(state, t) < 100
