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
        p = state.p
        k = len(p.structures)
        self.members: list[list[int]] = [[] for _ in range(k)]
        self.pinned: list[list[int]] = [[] for _ in range(k)]
        self.first_choice: list[list[int]] = [[] for _ in range(k)]
        for v, team in enumerate(state.team_of):
            if team >= 0:
                self.members[team].append(v)
            if p.pinned[v] >= 0:
                self.pinned[p.pinned[v]].append(v)
            if p.prefs[v]:
                self.first_choice[p.prefs[v][0]].append(v)


def team_checks(state: State, bounds: Bounds, t: int, index: Index | None = None) -> tuple[Check, ...]:
    p = state.p
    st = p.structures[t]
    index = index or Index(state)
    members = index.members[t]
    size = state.size[t]
    lo, hi = bounds.lo[t], bounds.hi[t]
    checks: list[Check] = []

    expected = _size_text(lo, hi)
    if lo <= size <= hi:
        checks.append(
            Check(
                "taille",
                True,
                translate("teams", "{n} membres (attendu : {expected}).").format(n=size, expected=expected),
            )
        )
    else:
        checks.append(
            Check(
                "taille",
                False,
                translate("teams", "{n} membres pour {expected} attendus.").format(n=size, expected=expected),
            )
        )

    pinned_here = index.pinned[t]
    misplaced = [v for v in pinned_here if state.team_of[v] != t]
    if misplaced:
        checks.append(
            Check(
                "epinglages",
                False,
                translate("teams", "{n} épinglé·e(s) ailleurs : {names}.").format(
                    n=len(misplaced), names=", ".join(p.volunteers[v].name for v in misplaced)
                ),
            )
        )
    elif pinned_here:
        checks.append(
            Check("epinglages", True, translate("teams", "{n} épinglé·e(s), à leur place.").format(n=len(pinned_here)))
        )
    else:
        checks.append(Check("epinglages", True, translate("teams", "Aucun épinglage.")))

    over = {o: c for o, c in state.orgs[t].items() if c > ORG_MAX}
    if over:
        k = len(p.structures)
        feasible = all(p.org_pool[o] <= ORG_MAX * k for o in over)
        names = ", ".join(
            translate("teams", "{count} de {org}").format(count=c, org=p.org_names[o])
            for o, c in sorted(over.items(), key=lambda oc: (-oc[1], p.org_names[oc[0]]))  # not by arrival
        )
        checks.append(
            Check(
                "organisations",
                False,
                translate("teams", "Plus de 2 d'une même organisation : {names}.").format(names=names),
                feasible,
            )
        )
    else:
        checks.append(Check("organisations", True, translate("teams", "Au plus 2 personnes par organisation.")))

    if not st.skills_needed:
        checks.append(
            Check("competences", True, translate("teams", "Le diagnostic ne demande pas de compétence particulière."))
        )
    else:
        holders = state.holders[t]
        detail = ", ".join(f"{name} ×{c}" for name, c in zip(st.skills_needed, state.skills[t], strict=True) if c)
        if holders >= SKILL_MIN:
            checks.append(
                Check(
                    "competences",
                    True,
                    translate("teams", "{n} personnes avec une compétence recherchée ({detail}).").format(
                        n=holders, detail=detail
                    ),
                )
            )
        elif p.pool_holders[t] < SKILL_MIN:
            checks.append(
                Check(
                    "competences",
                    False,
                    translate("teams", "Seulement {n} personne(s) dans tout le vivier avec {skills}.").format(
                        n=p.pool_holders[t], skills=" / ".join(st.skills_needed)
                    ),
                    feasible=False,
                )
            )
        else:
            checks.append(
                Check(
                    "competences",
                    False,
                    translate(
                        "teams", "{n} personne(s) avec une compétence recherchée ({skills}) : il en faut 2."
                    ).format(n=holders, skills=" / ".join(st.skills_needed)),
                )
            )

    lonely = [s for s in LONELY if state.sits[t][SITUATIONS.index(s)] == 1]
    if lonely:
        feasible = all(state.sit_total[SITUATIONS.index(s)] >= 2 for s in lonely)
        checks.append(
            Check(
                "isolement",
                False,
                translate("teams", "Seul·e de sa situation : {who}.").format(
                    who=", ".join(translate("situation", s.label) for s in lonely)
                ),
                feasible,
            )
        )
    else:
        checks.append(Check("isolement", True, translate("teams", "Aucun·e étudiant·e ni retraité·e seul·e.")))

    total = state.placed or 1
    off: list[str] = []
    mix: list[str] = []
    for s, count in enumerate(state.sits[t]):
        ideal = state.sit_total[s] * size / total
        if count:
            label = translate("situation", SITUATIONS[s].label) if count == 1 else _(PLURAL_SITUATION[SITUATIONS[s]])
            mix.append(f"{count} {label}")
        upper = math.ceil(ideal) + 1
        if SITUATIONS[s] in LONELY and count:
            upper = max(upper, 3)  # a student or retiree never alone: 5 retirees make 2 + 3, not 1 + 1 + 1 + 1 + 1
        if count < math.floor(ideal) - 1 or count > upper:
            off.append(
                translate("teams", "{n} {who} pour {ideal:.0f} attendu·es").format(
                    n=count, who=_(PLURAL_SITUATION[SITUATIONS[s]]), ideal=ideal
                )
            )
    if off:
        checks.append(Check("mixite", False, "; ".join(off) + "."))
    else:
        checks.append(Check("mixite", True, (", ".join(mix) or translate("teams", "Aucune situation connue")) + "."))

    first_here = sum(1 for v in members if p.prefs[v][:1] == [t])
    elsewhere = [v for v in index.first_choice[t] if state.team_of[v] != t]
    if elsewhere:
        checks.append(
            Check(
                "preferences",
                False,
                translate(
                    "teams",
                    "{here} membre(s) à leur premier choix ; demandée aussi par {away} personne(s) placée(s) ailleurs.",
                ).format(here=first_here, away=len(elsewhere)),
            )
        )
    else:
        checks.append(
            Check(
                "preferences",
                True,
                translate("teams", "{here} membre(s) à leur premier choix.").format(here=first_here),
            )
        )
    return tuple(checks)


def why_here(state: State, bounds: Bounds, v: int) -> str:
    p = state.p
    t = state.team_of[v]
    vol = p.volunteers[v]
    st = p.structures[t]
    parts: list[str] = []
    if p.pinned[v] == t:
        parts.append(translate("teams", "Épinglé·e à cette équipe."))
    prefs = p.prefs[v]
    if not prefs:
        if p.pinned[v] != t:
            parts.append(translate("teams", "Sans préférence."))
    elif prefs[0] == t:
        parts.append(translate("teams", "Son premier choix."))
    elif p.pinned[v] != t:
        first = prefs[0]
        reason = _not_first_reason(state, bounds, v, first)
        if t in prefs[:3]:
            parts.append(
                translate("teams", "Son choix n°{rank} ; « {first} » : {reason}.").format(
                    rank=prefs.index(t) + 1, first=p.structures[first].name, reason=reason
                )
            )
        else:
            parts.append(
                translate("teams", "A demandé « {first} » : {reason}.").format(
                    first=p.structures[first].name, reason=reason
                )
            )
    brings = [st.skills_needed[j] for j in p.match[v][t]]
    if brings:
        parts.append(
            translate("teams", "Apporte {skills}, recherché par le diagnostic.").format(skills=", ".join(brings))
        )
    elif vol.situation in LONELY and state.sits[t][SITUATIONS.index(vol.situation)] >= 2:
        parts.append(translate("teams", "Avec d'autres {who}.").format(who=_(PLURAL_SITUATION[vol.situation])))
    elif len(parts) < 2:
        parts.append(translate("teams", "Équilibre les profils de l'équipe."))
    return " ".join(parts)


def _not_first_reason(state: State, bounds: Bounds, v: int, first: int) -> str:
    p = state.p
    t = state.team_of[v]
    o = p.org[v]
    if o >= 0 and state.orgs[first].get(o, 0) >= ORG_MAX:
        return translate("teams", "déjà {n} personnes de {org}").format(n=ORG_MAX, org=p.org_names[o])
    m = p.match[v][t]
    if m and state.holders[t] <= SKILL_MIN:
        return translate("teams", "sa compétence « {skill} » est nécessaire ici").format(
            skill=p.structures[t].skills_needed[m[0]]
        )
    s = p.sit[v]
    if s >= 0 and SITUATIONS[s] in LONELY and state.sits[t][s] == 2:
        return translate("teams", "évite qu'un·e {who} reste seul·e ici").format(
            who=translate("situation", SITUATIONS[s].label)
        )
    if state.size[first] >= bounds.hi[first]:
        return translate("teams", "équipe complète")
    return translate("teams", "pour équilibrer compétences et profils")


def explain(state: State, bounds: Bounds) -> Formation:
    p = state.p
    teams: list[Team] = []
    why: dict[str, str] = {}
    index = Index(state)
    for t, st in enumerate(p.structures):
        members = sorted(index.members[t], key=lambda v: order_key(p.volunteers[v]))
        for v in members:
            why[p.volunteers[v].id] = why_here(state, bounds, v)
        teams.append(
            Team(
                structure=st,
                members=tuple(p.volunteers[v] for v in members),
                checks=team_checks(state, bounds, t, index),
                score=fit_score(state, t),
            )
        )
    unassigned = tuple(p.volunteers[v] for v, t in enumerate(state.team_of) if t < 0)
    return Formation(tuple(teams), why, unassigned)
