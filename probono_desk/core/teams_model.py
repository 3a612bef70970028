"""The model of team formation: the pool and the structures as integers (``Problem``), an assignment with its
running counts and its cost (``State``), the levelled size bounds, and the result types (``Check``, ``Team``,
``Formation``). ``teams`` (the entry points), ``teams_search`` and ``teams_explain`` all build on it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from probono_desk.core.models import Situation, Structure, Volunteer
from probono_desk.core.text import fold, split_list

ORG_MAX = 2
SKILL_MIN = 2
FIT_HOLDERS = 4  # a team's skills fit is full when every needed skill is covered and 4 members hold one
LONELY = (Situation.STUDENT, Situation.RETIREE)
SITUATIONS = list(Situation)

W_HARD = 1_000_000.0
W_FIT = 1.0  # per squared point of missing fit (0..100)
W_MIX = 12.0  # per squared person of situation deviation
W_PREF = 30.0  # a volunteer away from every stated choice
W_PREF_OTHER = 12.0  # at a choice, but not the first one


def skill_key(text: str) -> str:
    """Skills compare folded, with spacing around separators ignored: 'Finance/Comptabilité' = 'finance / comptabilite'."""
    return " ".join(fold(text).replace("/", " / ").split())


def preference_choices(preference: str, structures: Sequence[Structure],
                       by_key: dict[str, int] | None = None) -> list[int]:
    """Positions of the structures a volunteer asked for, in their order ('A' or 'A, B, C').

    ``by_key`` (folded name -> position) can be passed when called for many volunteers."""
    whole = fold(preference)
    if not whole:
        return []
    if by_key is None:
        by_key = structure_keys(structures)
    if whole in by_key:
        return [by_key[whole]]
    out: list[int] = []
    for part in split_list(preference):
        found = by_key.get(fold(part))
        if found is not None and found not in out:
            out.append(found)
    return out


def structure_keys(structures: Sequence[Structure]) -> dict[str, int]:
    return {fold(s.name): i for i, s in enumerate(structures)}


def order_key(v: Volunteer) -> tuple[str, str, str]:
    return (fold(v.last_name), fold(v.first_name), v.id)


@dataclass
class Bounds:
    lo: list[int]
    hi: list[int]
    room: int  # how many volunteers can be placed in all (the rest stay unassigned)


def size_bounds(n: int, caps: Sequence[int | None], pins: Sequence[int]) -> Bounds:
    """Levelled sizes: each team between max(pins, min(L, cap)) and the same at L+1, for the water level L."""
    k = len(caps)
    if k == 0:
        return Bounds([], [], 0)

    def size_at(level: int, i: int) -> int:
        cap = caps[i]
        return max(pins[i], level if cap is None else min(level, cap))

    uncapped = any(c is None for c in caps)
    top = max(n, max(pins, default=0), max((c for c in caps if c is not None), default=0)) + 1
    room = n if uncapped else min(n, sum(max(p, c or 0) for p, c in zip(pins, caps, strict=True)))
    room = max(room, sum(pins))
    level = 0
    while level < top and sum(size_at(level + 1, i) for i in range(k)) <= room:
        level += 1
    lo = [size_at(level, i) for i in range(k)]
    hi = [size_at(level + 1, i) for i in range(k)]
    return Bounds(lo, hi, room)


@dataclass
class Problem:
    """Volunteers and structures as integers, with per-team running counts so a move is priced in microseconds."""

    volunteers: list[Volunteer]
    structures: list[Structure]
    org: list[int] = field(default_factory=list)
    sit: list[int] = field(default_factory=list)
    match: list[list[tuple[int, ...]]] = field(default_factory=list)  # [v][t] -> needed-skill positions held
    prefs: list[list[int]] = field(default_factory=list)
    pref_cost: list[list[float]] = field(default_factory=list)
    pinned: list[int] = field(default_factory=list)
    org_names: list[str] = field(default_factory=list)
    pool_holders: list[int] = field(default_factory=list)  # [t] volunteers in the pool holding a needed skill
    org_pool: list[int] = field(default_factory=list)  # [organisation] volunteers of it in the pool

    def __post_init__(self) -> None:
        k = len(self.structures)
        needed = [[skill_key(s) for s in st.skills_needed] for st in self.structures]
        # skill -> [(team, position in its needs)]: each volunteer's matches come from their own few skills
        needed_by_skill: dict[str, list[tuple[int, int]]] = {}
        for t, needs in enumerate(needed):
            for j, need in enumerate(needs):
                needed_by_skill.setdefault(need, []).append((t, j))
        by_key = structure_keys(self.structures)
        no_match: tuple[int, ...] = ()
        org_ids: dict[str, int] = {}
        self.pool_holders = [0] * k
        for v in self.volunteers:
            okey = fold(v.organisation)
            if okey:
                if okey not in org_ids:
                    org_ids[okey] = len(org_ids)
                    self.org_names.append(v.organisation)
                    self.org_pool.append(0)
                self.org.append(org_ids[okey])
                self.org_pool[org_ids[okey]] += 1
            else:
                self.org.append(-1)
            self.sit.append(SITUATIONS.index(v.situation) if v.situation else -1)
            held = {skill_key(s) for s in v.skills}
            hits: dict[int, list[int]] = {}
            for skill in held:
                for t, j in needed_by_skill.get(skill, ()):
                    hits.setdefault(t, []).append(j)
            row = [no_match] * k
            for t, positions in hits.items():
                row[t] = tuple(sorted(positions))
                self.pool_holders[t] += 1
            self.match.append(row)
            prefs = preference_choices(v.preference, self.structures, by_key)
            self.prefs.append(prefs)
            costs = [W_PREF if prefs else 0.0] * k
            for rank, t in enumerate(prefs[:3]):
                costs[t] = 0.0 if rank == 0 else W_PREF_OTHER
            self.pref_cost.append(costs)
            pin = -1
            if v.pinned and v.structure_id:
                pin = next((t for t, st in enumerate(self.structures) if st.id == v.structure_id), -1)
            self.pinned.append(pin)
        self.n_needed = [len(n) for n in needed]


class State:
    """An assignment and its per-team counts."""

    def __init__(self, p: Problem, team_of: list[int], mix_of: Sequence[int] | None = None) -> None:
        """``mix_of``: the volunteers whose situations set the ideal mix (default: everyone placed at the start)."""
        self.p = p
        k = len(p.structures)
        self.team_of = list(team_of)
        self.size = [0] * k
        self.orgs: list[dict[int, int]] = [{} for _ in range(k)]
        self.excess = [0] * k
        self.skills = [[0] * p.n_needed[t] for t in range(k)]
        self.holders = [0] * k
        self.sits = [[0] * len(SITUATIONS) for _ in range(k)]
        self.sit_total = [0] * len(SITUATIONS)
        self.placed = 0
        for v, t in enumerate(self.team_of):
            if t >= 0:
                self.team_of[v] = -1
                self.add(v, t)
        group = mix_of if mix_of is not None else [v for v, t in enumerate(self.team_of) if t >= 0]
        self.mix_total = [0] * len(SITUATIONS)
        for v in group:
            if p.sit[v] >= 0:
                self.mix_total[p.sit[v]] += 1
        self.mix_n = len(group) or 1
        self._ideal: dict[int, list[float]] = {}
        self.cost = [self.team_cost(t) for t in range(k)]

    def ideal(self, size: int) -> list[float]:
        """How many of each situation a team of this size would hold if every team had the pool's mix."""
        found = self._ideal.get(size)
        if found is None:
            found = [total * size / self.mix_n for total in self.mix_total]
            self._ideal[size] = found
        return found

    def add(self, v: int, t: int) -> None:
        p = self.p
        self.team_of[v] = t
        self.size[t] += 1
        self.placed += 1
        o = p.org[v]
        if o >= 0:
            c = self.orgs[t].get(o, 0) + 1
            self.orgs[t][o] = c
            if c > ORG_MAX:
                self.excess[t] += 1
        m = p.match[v][t]
        for j in m:
            self.skills[t][j] += 1
        if m:
            self.holders[t] += 1
        s = p.sit[v]
        if s >= 0:
            self.sits[t][s] += 1
            self.sit_total[s] += 1

    def remove(self, v: int) -> None:
        p = self.p
        t = self.team_of[v]
        self.team_of[v] = -1
        self.size[t] -= 1
        self.placed -= 1
        o = p.org[v]
        if o >= 0:
            c = self.orgs[t][o]
            if c > ORG_MAX:
                self.excess[t] -= 1
            if c == 1:
                del self.orgs[t][o]
            else:
                self.orgs[t][o] = c - 1
        m = p.match[v][t]
        for j in m:
            self.skills[t][j] -= 1
        if m:
            self.holders[t] -= 1
        s = p.sit[v]
        if s >= 0:
            self.sits[t][s] -= 1
            self.sit_total[s] -= 1

    def move(self, v: int, t: int) -> None:
        old = self.team_of[v]
        if old >= 0:
            self.remove(v)
        self.add(v, t)
        if old >= 0:
            self.cost[old] = self.team_cost(old)
        self.cost[t] = self.team_cost(t)

    # --- pricing -----------------------------------------------------------------------------------------------

    def parts(self, t: int, add: int = -1, rem: int = -1) -> tuple[int, float]:
        """(hard violations, soft cost) of team t, as if ``add`` joined and ``rem`` left."""
        p = self.p
        size = self.size[t] + (add >= 0) - (rem >= 0)
        excess = self.excess[t]
        orgs = self.orgs[t]
        o_r = p.org[rem] if rem >= 0 else -1
        o_a = p.org[add] if add >= 0 else -1
        if o_r >= 0 and orgs.get(o_r, 0) > ORG_MAX:
            excess -= 1
        if o_a >= 0 and orgs.get(o_a, 0) - (o_a == o_r) + 1 > ORG_MAX:
            excess += 1
        holders = self.holders[t]
        skills = self.skills[t]
        if add >= 0 or rem >= 0:
            skills = list(skills)
            if rem >= 0:
                m = p.match[rem][t]
                for j in m:
                    skills[j] -= 1
                holders -= bool(m)
            if add >= 0:
                m = p.match[add][t]
                for j in m:
                    skills[j] += 1
                holders += bool(m)
        hard = excess
        if holders < SKILL_MIN and size >= SKILL_MIN:
            hard += SKILL_MIN - holders
        n_needed = p.n_needed[t]
        if n_needed:
            covered = sum(1 for c in skills if c > 0)
            fit = 50.0 * covered / n_needed + 50.0 * min(holders, FIT_HOLDERS) / FIT_HOLDERS
        else:
            fit = 100.0
        soft = W_FIT * (100.0 - fit) ** 2
        sits = self.sits[t]
        s_r = p.sit[rem] if rem >= 0 else -1
        s_a = p.sit[add] if add >= 0 else -1
        mix = 0.0
        for s, (count, ideal) in enumerate(zip(sits, self.ideal(size), strict=True)):
            c = count - (s == s_r) + (s == s_a)
            if c == 1 and s in LONELY_IDX:
                hard += 1
            mix += (c - ideal) ** 2
        return hard, soft + W_MIX * mix

    def team_cost(self, t: int, add: int = -1, rem: int = -1) -> float:
        hard, soft = self.parts(t, add, rem)
        return hard * W_HARD + soft

    def move_delta(self, v: int, b: int) -> float:
        a = self.team_of[v]
        pc = self.p.pref_cost[v]
        d = self.team_cost(b, add=v) - self.cost[b] + pc[b]
        if a >= 0:
            d += self.team_cost(a, rem=v) - self.cost[a] - pc[a]
        return d

    def swap_delta(self, v: int, u: int) -> float:
        a, b = self.team_of[v], self.team_of[u]
        pc_v, pc_u = self.p.pref_cost[v], self.p.pref_cost[u]
        return (
            self.team_cost(a, add=u, rem=v)
            - self.cost[a]
            + self.team_cost(b, add=v, rem=u)
            - self.cost[b]
            + pc_v[b]
            - pc_v[a]
            + pc_u[a]
            - pc_u[b]
        )

    def total(self) -> float:
        pref = sum(self.p.pref_cost[v][t] for v, t in enumerate(self.team_of) if t >= 0)
        return sum(self.cost) + pref


LONELY_IDX = frozenset(SITUATIONS.index(s) for s in LONELY)


@dataclass(frozen=True)
class Check:
    rule: str  # stable code: taille, epinglages, organisations, competences, isolement, mixite, preferences
    met: bool
    why: str
    feasible: bool = True  # False when the pool itself cannot meet the rule


@dataclass(frozen=True)
class Team:
    structure: Structure
    members: tuple[Volunteer, ...]
    checks: tuple[Check, ...]
    score: int  # skills fit, 0..100

    def check(self, rule: str) -> Check | None:
        return next((c for c in self.checks if c.rule == rule), None)


@dataclass(frozen=True)
class Formation:
    teams: tuple[Team, ...]
    why: dict[str, str]  # volunteer id -> "why here"
    unassigned: tuple[Volunteer, ...]

    def assignment(self) -> dict[str, str]:
        return {v.id: team.structure.id for team in self.teams for v in team.members}

    def hard_rules_met(self) -> bool:
        return all(c.met or not c.feasible for t in self.teams for c in t.checks if c.rule in HARD_RULES)


HARD_RULES = ("taille", "epinglages", "organisations", "competences", "isolement")


def fit_score(state: State, t: int) -> int:
    p = state.p
    if not p.n_needed[t]:
        return 100
    covered = sum(1 for c in state.skills[t] if c > 0)
    return round(50.0 * covered / p.n_needed[t] + 50.0 * min(state.holders[t], FIT_HOLDERS) / FIT_HOLDERS)
