"""Words for a formation: each team's checklist of rules, and each volunteer's "why here" line (French first)."""

from __future__ import annotations

import math

from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from probono_desk.core.models import Situation
from probono_desk.core.teams_model import (
    LONELY,
    ORG_MAX,
    SITUATIONS,
    SKILL_MIN,
    Bounds,
    Check,
    Formation,
    State,
    Team,
    fit_score,
    order_key,
)


def _(text: str) -> str:
    return translate("teams", text)


PLURAL_SITUATION = {
    Situation.EMPLOYEE: QT_TRANSLATE_NOOP("teams", "salarié·es"),
    Situation.JOB_SEEKER: QT_TRANSLATE_NOOP("teams", "demandeur·ses d'emploi"),
    Situation.BUSINESS_OWNER: QT_TRANSLATE_NOOP("teams", "dirigeant·es"),
    Situation.STUDENT: QT_TRANSLATE_NOOP("teams", "étudiant·es"),
    Situation.RETIREE: QT_TRANSLATE_NOOP("teams", "retraité·es"),
    Situation.FREELANCE: QT_TRANSLATE_NOOP("teams", "indépendant·es"),
    Situation.OTHER: QT_TRANSLATE_NOOP("teams", "autres"),
}

RULE_LABELS = {
    "taille": QT_TRANSLATE_NOOP("teams", "Taille"),
    "epinglages": QT_TRANSLATE_NOOP("teams", "Épinglages"),
    "organisations": QT_TRANSLATE_NOOP("teams", "Organisations"),
    "competences": QT_TRANSLATE_NOOP("teams", "Compétences"),
    "isolement": QT_TRANSLATE_NOOP("teams", "Personne isolée"),
    "mixite": QT_TRANSLATE_NOOP("teams", "Mixité des profils"),
    "preferences": QT_TRANSLATE_NOOP("teams", "Préférences"),
}


def _size_text(lo: int, hi: int) -> str:
    return str(lo) if lo == hi else translate("teams", "{lo} à {hi}").format(lo=lo, hi=hi)


class Index:
    """Who is where, computed once for all the teams' checks (one pass over the volunteers, not one per team)."""

    def __init__(self, state: State) -> None:
        problem = state.problem
        n_teams = len(problem.structures)
        self.members: list[list[int]] = [[] for _ in range(n_teams)]
        self.pinned: list[list[int]] = [[] for _ in range(n_teams)]
        self.first_choice: list[list[int]] = [[] for _ in range(n_teams)]
        for person, team in enumerate(state.team_of):
            if team >= 0:
                self.members[team].append(person)
            if problem.pinned[person] >= 0:
                self.pinned[problem.pinned[person]].append(person)
            if problem.prefs[person]:
                self.first_choice[problem.prefs[person][0]].append(person)


def _held_detail(skills_needed: tuple[str, ...], held: list[int]) -> str:
    """'Finance ×2, Juridique ×1': each needed skill the team holds, with how many hold it."""
    return ", ".join(f"{name} ×{count}" for name, count in zip(skills_needed, held, strict=True) if count)


def _situation_label(sit: int, count: int) -> str:
    kind = SITUATIONS[sit]
    return translate("situation", kind.label) if count == 1 else _(PLURAL_SITUATION[kind])


def team_checks(state: State, bounds: Bounds, team: int, index: Index | None = None) -> tuple[Check, ...]:
    """The team's checklist, one check per rule, in the order the board shows them."""
    index = index or Index(state)
    return (
        _size_check(state, bounds, team),
        _pins_check(state, index.pinned[team], team),
        _organisations_check(state, team),
        _skills_check(state, team),
        _isolation_check(state, team),
        _mix_check(state, team),
        _preferences_check(state, index, team),
    )


def _size_check(state: State, bounds: Bounds, team: int) -> Check:
    size = state.size[team]
    lo, hi = bounds.lo[team], bounds.hi[team]
    expected = _size_text(lo, hi)
    if lo <= size <= hi:
        return Check(
            "taille",
            True,
            translate("teams", "{n} membres (attendu : {expected}).").format(n=size, expected=expected),
        )
    return Check(
        "taille",
        False,
        translate("teams", "{n} membres pour {expected} attendus.").format(n=size, expected=expected),
    )


def _pins_check(state: State, pinned_here: list[int], team: int) -> Check:
    """Whether the people pinned to this team are in it."""
    misplaced = [person for person in pinned_here if state.team_of[person] != team]
    if misplaced:
        return Check(
            "epinglages",
            False,
            translate("teams", "{n} épinglé·e(s) ailleurs : {names}.").format(
                n=len(misplaced), names=", ".join(state.problem.volunteers[person].name for person in misplaced)
            ),
        )
    if pinned_here:
        return Check(
            "epinglages", True, translate("teams", "{n} épinglé·e(s), à leur place.").format(n=len(pinned_here))
        )
    return Check("epinglages", True, translate("teams", "Aucun épinglage."))


def _organisations_check(state: State, team: int) -> Check:
    """At most ``ORG_MAX`` people of one organisation; unfeasible when the pool holds too many of it."""
    problem = state.problem
    over = {org: held for org, held in state.orgs[team].items() if held > ORG_MAX}
    if not over:
        return Check("organisations", True, translate("teams", "Au plus 2 personnes par organisation."))
    n_teams = len(problem.structures)
    feasible = all(problem.org_pool[org] <= ORG_MAX * n_teams for org in over)
    names = ", ".join(
        translate("teams", "{count} de {org}").format(count=held, org=problem.org_names[org])
        for org, held in sorted(over.items(), key=lambda oc: (-oc[1], problem.org_names[oc[0]]))  # not by arrival
    )
    return Check(
        "organisations",
        False,
        translate("teams", "Plus de 2 d'une même organisation : {names}.").format(names=names),
        feasible,
    )


def _skills_check(state: State, team: int) -> Check:
    """At least ``SKILL_MIN`` members holding a skill the diagnosis asks for; unfeasible when the pool lacks them."""
    problem = state.problem
    st = problem.structures[team]
    if not st.skills_needed:
        return Check(
            "competences", True, translate("teams", "Le diagnostic ne demande pas de compétence particulière.")
        )
    holders = state.holders[team]
    detail = _held_detail(st.skills_needed, state.skills[team])
    if holders >= SKILL_MIN:
        return Check(
            "competences",
            True,
            translate("teams", "{n} personnes avec une compétence recherchée ({detail}).").format(
                n=holders, detail=detail
            ),
        )
    if problem.pool_holders[team] < SKILL_MIN:
        return Check(
            "competences",
            False,
            translate("teams", "Seulement {n} personne(s) dans tout le vivier avec {skills}.").format(
                n=problem.pool_holders[team], skills=" / ".join(st.skills_needed)
            ),
            feasible=False,
        )
    return Check(
        "competences",
        False,
        translate("teams", "{n} personne(s) avec une compétence recherchée ({skills}) : il en faut 2.").format(
            n=holders, skills=" / ".join(st.skills_needed)
        ),
    )


def _isolation_check(state: State, team: int) -> Check:
    """No student or retiree alone of their situation; unfeasible when the pool holds only one."""
    lonely = [sit for sit in LONELY if state.sits[team][SITUATIONS.index(sit)] == 1]
    if not lonely:
        return Check("isolement", True, translate("teams", "Aucun·e étudiant·e ni retraité·e seul·e."))
    feasible = all(state.sit_total[SITUATIONS.index(sit)] >= 2 for sit in lonely)
    return Check(
        "isolement",
        False,
        translate("teams", "Seul·e de sa situation : {who}.").format(
            who=", ".join(translate("situation", sit.label) for sit in lonely)
        ),
        feasible,
    )


def _mix_check(state: State, team: int) -> Check:
    """Each situation near its share of the people placed: the team's mix, or what is off."""
    size = state.size[team]
    total = state.placed or 1
    off: list[str] = []
    mix: list[str] = []
    for sit, count in enumerate(state.sits[team]):
        ideal = state.sit_total[sit] * size / total
        if count:
            mix.append(f"{count} {_situation_label(sit, count)}")
        upper = math.ceil(ideal) + 1
        if SITUATIONS[sit] in LONELY and count:
            upper = max(upper, 3)  # a student or retiree never alone: 5 retirees make 2 + 3, not 1 + 1 + 1 + 1 + 1
        if count < math.floor(ideal) - 1 or count > upper:
            off.append(
                translate("teams", "{n} {who} pour {ideal:.0f} attendu·es").format(
                    n=count, who=_(PLURAL_SITUATION[SITUATIONS[sit]]), ideal=ideal
                )
            )
    if off:
        return Check("mixite", False, "; ".join(off) + ".")
    return Check("mixite", True, (", ".join(mix) or translate("teams", "Aucune situation connue")) + ".")


def _preferences_check(state: State, index: Index, team: int) -> Check:
    """Members at their first choice, and whether others asked for this team first but are elsewhere."""
    problem = state.problem
    first_here = sum(1 for person in index.members[team] if problem.prefs[person][:1] == [team])
    elsewhere = [person for person in index.first_choice[team] if state.team_of[person] != team]
    if elsewhere:
        return Check(
            "preferences",
            False,
            translate(
                "teams",
                "{here} membre(s) à leur premier choix ; demandée aussi par {away} personne(s) placée(s) ailleurs.",
            ).format(here=first_here, away=len(elsewhere)),
        )
    return Check(
        "preferences",
        True,
        translate("teams", "{here} membre(s) à leur premier choix.").format(here=first_here),
    )


def why_here(state: State, bounds: Bounds, person: int) -> str:
    problem = state.problem
    team = state.team_of[person]
    vol = problem.volunteers[person]
    st = problem.structures[team]
    parts: list[str] = []
    if problem.pinned[person] == team:
        parts.append(translate("teams", "Épinglé·e à cette équipe."))
    prefs = problem.prefs[person]
    if not prefs:
        if problem.pinned[person] != team:
            parts.append(translate("teams", "Sans préférence."))
    elif prefs[0] == team:
        parts.append(translate("teams", "Son premier choix."))
    elif problem.pinned[person] != team:
        first = prefs[0]
        reason = _not_first_reason(state, bounds, person, first)
        if team in prefs[:3]:
            parts.append(
                translate("teams", "Son choix n°{rank} ; « {first} » : {reason}.").format(
                    rank=prefs.index(team) + 1, first=problem.structures[first].name, reason=reason
                )
            )
        else:
            parts.append(
                translate("teams", "A demandé « {first} » : {reason}.").format(
                    first=problem.structures[first].name, reason=reason
                )
            )
    brings = [st.skills_needed[need] for need in problem.match[person][team]]
    if brings:
        parts.append(
            translate("teams", "Apporte {skills}, recherché par le diagnostic.").format(skills=", ".join(brings))
        )
    elif vol.situation in LONELY and state.sits[team][SITUATIONS.index(vol.situation)] >= 2:
        parts.append(translate("teams", "Avec d'autres {who}.").format(who=_(PLURAL_SITUATION[vol.situation])))
    elif len(parts) < 2:
        parts.append(translate("teams", "Équilibre les profils de l'équipe."))
    return " ".join(parts)


def _not_first_reason(state: State, bounds: Bounds, person: int, first: int) -> str:
    problem = state.problem
    team = state.team_of[person]
    org = problem.org[person]
    if org >= 0 and state.orgs[first].get(org, 0) >= ORG_MAX:
        return translate("teams", "déjà {n} personnes de {org}").format(n=ORG_MAX, org=problem.org_names[org])
    matched = problem.match[person][team]
    if matched and state.holders[team] <= SKILL_MIN:
        return translate("teams", "sa compétence « {skill} » est nécessaire ici").format(
            skill=problem.structures[team].skills_needed[matched[0]]
        )
    sit = problem.sit[person]
    if sit >= 0 and SITUATIONS[sit] in LONELY and state.sits[team][sit] == 2:
        return translate("teams", "évite qu'un·e {who} reste seul·e ici").format(
            who=translate("situation", SITUATIONS[sit].label)
        )
    if state.size[first] >= bounds.hi[first]:
        return translate("teams", "équipe complète")
    return translate("teams", "pour équilibrer compétences et profils")


def explain(state: State, bounds: Bounds) -> Formation:
    problem = state.problem
    teams: list[Team] = []
    why: dict[str, str] = {}
    index = Index(state)
    for team, st in enumerate(problem.structures):
        members = sorted(index.members[team], key=lambda person: order_key(problem.volunteers[person]))
        for person in members:
            why[problem.volunteers[person].id] = why_here(state, bounds, person)
        teams.append(
            Team(
                structure=st,
                members=tuple(problem.volunteers[person] for person in members),
                checks=team_checks(state, bounds, team, index),
                score=fit_score(state, team),
            )
        )
    unassigned = tuple(problem.volunteers[person] for person, team in enumerate(state.team_of) if team < 0)
    return Formation(tuple(teams), why, unassigned)
