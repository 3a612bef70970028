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


def preference_choices(
    preference: str, structures: Sequence[Structure], by_key: dict[str, int] | None = None
) -> list[int]:
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
    return {fold(structure.name): position for position, structure in enumerate(structures)}


def order_key(volunteer: Volunteer) -> tuple[str, str, str]:
    return (fold(volunteer.last_name), fold(volunteer.first_name), volunteer.id)


@dataclass
class Bounds:
    lo: list[int]
    hi: list[int]
    room: int  # how many volunteers can be placed in all (the rest stay unassigned)


def size_bounds(n_volunteers: int, caps: Sequence[int | None], pins: Sequence[int]) -> Bounds:
    """Levelled sizes: each team between max(pins, min(L, cap)) and the same at L+1, for the water level L."""
    n_teams = len(caps)
    if n_teams == 0:
        return Bounds([], [], 0)

    def size_at(level: int, team: int) -> int:
        cap = caps[team]
        return max(pins[team], level if cap is None else min(level, cap))

    uncapped = any(capacity is None for capacity in caps)
    top = (
        max(n_volunteers, max(pins, default=0), max((capacity for capacity in caps if capacity is not None), default=0))
        + 1
    )
    room = (
        n_volunteers
        if uncapped
        else min(n_volunteers, sum(max(pin, capacity or 0) for pin, capacity in zip(pins, caps, strict=True)))
    )
    room = max(room, sum(pins))
    level = 0
    while level < top and sum(size_at(level + 1, position) for position in range(n_teams)) <= room:
        level += 1
    lo = [size_at(level, position) for position in range(n_teams)]
    hi = [size_at(level + 1, position) for position in range(n_teams)]
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
        n_teams = len(self.structures)
        needed = [[skill_key(skill_name) for skill_name in st.skills_needed] for st in self.structures]
        # skill -> [(team, position in its needs)]: each volunteer's matches come from their own few skills
        needed_by_skill: dict[str, list[tuple[int, int]]] = {}
        for team, needs in enumerate(needed):
            for position, need in enumerate(needs):
                needed_by_skill.setdefault(need, []).append((team, position))
        by_key = structure_keys(self.structures)
        no_match: tuple[int, ...] = ()
        org_ids: dict[str, int] = {}
        self.pool_holders = [0] * n_teams
        for volunteer in self.volunteers:
            okey = fold(volunteer.organisation)
            if okey:
                if okey not in org_ids:
                    org_ids[okey] = len(org_ids)
                    self.org_names.append(volunteer.organisation)
                    self.org_pool.append(0)
                self.org.append(org_ids[okey])
                self.org_pool[org_ids[okey]] += 1
            else:
                self.org.append(-1)
            self.sit.append(SITUATIONS.index(volunteer.situation) if volunteer.situation else -1)
            held = {skill_key(skill_name) for skill_name in volunteer.skills}
            hits: dict[int, list[int]] = {}
            for skill in held:
                for team, position in needed_by_skill.get(skill, ()):
                    hits.setdefault(team, []).append(position)
            row = [no_match] * n_teams
            for team, positions in hits.items():
                row[team] = tuple(sorted(positions))
                self.pool_holders[team] += 1
            self.match.append(row)
            prefs = preference_choices(volunteer.preference, self.structures, by_key)
            self.prefs.append(prefs)
            costs = [W_PREF if prefs else 0.0] * n_teams
            for rank, team in enumerate(prefs[:3]):
                costs[team] = 0.0 if rank == 0 else W_PREF_OTHER
            self.pref_cost.append(costs)
            pin = -1
            if volunteer.pinned and volunteer.structure_id:
                pin = next((team for team, st in enumerate(self.structures) if st.id == volunteer.structure_id), -1)
            self.pinned.append(pin)
        self.n_needed = [len(team_needs) for team_needs in needed]


class State:
    """An assignment and its per-team counts."""

    def __init__(self, problem: Problem, team_of: list[int], mix_of: Sequence[int] | None = None) -> None:
        """``mix_of``: the volunteers whose situations set the ideal mix (default: everyone placed at the start)."""
        self.problem = problem
        n_teams = len(problem.structures)
        self.team_of = list(team_of)
        self.size = [0] * n_teams
        self.orgs: list[dict[int, int]] = [{} for _ in range(n_teams)]
        self.excess = [0] * n_teams
        self.skills = [[0] * problem.n_needed[team] for team in range(n_teams)]
        self.holders = [0] * n_teams
        self.sits = [[0] * len(SITUATIONS) for _ in range(n_teams)]
        self.sit_total = [0] * len(SITUATIONS)
        self.placed = 0
        for person, team in enumerate(self.team_of):
            if team >= 0:
                self.team_of[person] = -1
                self.add(person, team)
        group = mix_of if mix_of is not None else [person for person, team in enumerate(self.team_of) if team >= 0]
        self.mix_total = [0] * len(SITUATIONS)
        for person in group:
            if problem.sit[person] >= 0:
                self.mix_total[problem.sit[person]] += 1
        self.mix_n = len(group) or 1
        self._ideal: dict[int, list[float]] = {}
        self.cost = [self.team_cost(team) for team in range(n_teams)]

    def ideal(self, size: int) -> list[float]:
        """How many of each situation a team of this size would hold if every team had the pool's mix."""
        found = self._ideal.get(size)
        if found is None:
            found = [total * size / self.mix_n for total in self.mix_total]
            self._ideal[size] = found
        return found

    def add(self, person: int, team: int) -> None:
        problem = self.problem
        self.team_of[person] = team
        self.size[team] += 1
        self.placed += 1
        org = problem.org[person]
        if org >= 0:
            count = self.orgs[team].get(org, 0) + 1
            self.orgs[team][org] = count
            if count > ORG_MAX:
                self.excess[team] += 1
        matched = problem.match[person][team]
        for need in matched:
            self.skills[team][need] += 1
        if matched:
            self.holders[team] += 1
        sit = problem.sit[person]
        if sit >= 0:
            self.sits[team][sit] += 1
            self.sit_total[sit] += 1

    def remove(self, person: int) -> None:
        problem = self.problem
        team = self.team_of[person]
        self.team_of[person] = -1
        self.size[team] -= 1
        self.placed -= 1
        org = problem.org[person]
        if org >= 0:
            count = self.orgs[team][org]
            if count > ORG_MAX:
                self.excess[team] -= 1
            if count == 1:
                del self.orgs[team][org]
            else:
                self.orgs[team][org] = count - 1
        matched = problem.match[person][team]
        for need in matched:
            self.skills[team][need] -= 1
        if matched:
            self.holders[team] -= 1
        sit = problem.sit[person]
        if sit >= 0:
            self.sits[team][sit] -= 1
            self.sit_total[sit] -= 1

    def move(self, person: int, team: int) -> None:
        old = self.team_of[person]
        if old >= 0:
            self.remove(person)
        self.add(person, team)
        if old >= 0:
            self.cost[old] = self.team_cost(old)
        self.cost[team] = self.team_cost(team)

    # --- pricing -----------------------------------------------------------------------------------------------

    def parts(self, team: int, add: int = -1, rem: int = -1) -> tuple[int, float]:
        """(hard violations, soft cost) of team t, as if ``add`` joined and ``rem`` left."""
        problem = self.problem
        size = self.size[team] + (add >= 0) - (rem >= 0)
        excess = self.excess[team]
        orgs = self.orgs[team]
        o_r = problem.org[rem] if rem >= 0 else -1
        o_a = problem.org[add] if add >= 0 else -1
        if o_r >= 0 and orgs.get(o_r, 0) > ORG_MAX:
            excess -= 1
        if o_a >= 0 and orgs.get(o_a, 0) - (o_a == o_r) + 1 > ORG_MAX:
            excess += 1
        holders = self.holders[team]
        skills = self.skills[team]
        if add >= 0 or rem >= 0:
            skills = list(skills)
            if rem >= 0:
                matched = problem.match[rem][team]
                for need in matched:
                    skills[need] -= 1
                holders -= bool(matched)
            if add >= 0:
                matched = problem.match[add][team]
                for need in matched:
                    skills[need] += 1
                holders += bool(matched)
        hard = excess
        if holders < SKILL_MIN and size >= SKILL_MIN:
            hard += SKILL_MIN - holders
        n_needed = problem.n_needed[team]
        if n_needed:
            covered = sum(1 for held in skills if held > 0)
            fit = 50.0 * covered / n_needed + 50.0 * min(holders, FIT_HOLDERS) / FIT_HOLDERS
        else:
            fit = 100.0
        soft = W_FIT * (100.0 - fit) ** 2
        sits = self.sits[team]
        s_r = problem.sit[rem] if rem >= 0 else -1
        s_a = problem.sit[add] if add >= 0 else -1
        mix = 0.0
        for sit, (count, ideal) in enumerate(zip(sits, self.ideal(size), strict=True)):
            held = count - (sit == s_r) + (sit == s_a)
            if held == 1 and sit in LONELY_IDX:
                hard += 1
            mix += (held - ideal) ** 2
        return hard, soft + W_MIX * mix

    def team_cost(self, team: int, add: int = -1, rem: int = -1) -> float:
        hard, soft = self.parts(team, add, rem)
        return hard * W_HARD + soft

    def move_delta(self, person: int, to_team: int) -> float:
        from_team = self.team_of[person]
        pc = self.problem.pref_cost[person]
        delta = self.team_cost(to_team, add=person) - self.cost[to_team] + pc[to_team]
        if from_team >= 0:
            delta += self.team_cost(from_team, rem=person) - self.cost[from_team] - pc[from_team]
        return delta

    def swap_delta(self, person: int, other: int) -> float:
        team_a, team_b = self.team_of[person], self.team_of[other]
        pc_v, pc_u = self.problem.pref_cost[person], self.problem.pref_cost[other]
        return (
            self.team_cost(team_a, add=other, rem=person)
            - self.cost[team_a]
            + self.team_cost(team_b, add=person, rem=other)
            - self.cost[team_b]
            + pc_v[team_b]
            - pc_v[team_a]
            + pc_u[team_a]
            - pc_u[team_b]
        )

    def total(self) -> float:
        pref = sum(self.problem.pref_cost[person][team] for person, team in enumerate(self.team_of) if team >= 0)
        return sum(self.cost) + pref


LONELY_IDX = frozenset(SITUATIONS.index(situation) for situation in LONELY)


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
        return next((check for check in self.checks if check.rule == rule), None)


@dataclass(frozen=True)
class Formation:
    teams: tuple[Team, ...]
    why: dict[str, str]  # volunteer id -> "why here"
    unassigned: tuple[Volunteer, ...]

    def assignment(self) -> dict[str, str]:
        return {member.id: team.structure.id for team in self.teams for member in team.members}

    def hard_rules_met(self) -> bool:
        return all(
            check.met or not check.feasible for team in self.teams for check in team.checks if check.rule in HARD_RULES
        )


HARD_RULES = ("taille", "epinglages", "organisations", "competences", "isolement")


def fit_score(state: State, team: int) -> int:
    problem = state.problem
    if not problem.n_needed[team]:
        return 100
    covered = sum(1 for held in state.skills[team] if held > 0)
    return round(50.0 * covered / problem.n_needed[team] + 50.0 * min(state.holders[team], FIT_HOLDERS) / FIT_HOLDERS)
