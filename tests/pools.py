"""Synthetic pools for team formation, the same for a seed: a plausible big event (``generate``), the naive
round-robin baseline, and the quality figures of a formation (choices met, rules broken, situation mix). Used by
tests/unit/test_teams_*.py and benchmarks/bench_teams.py."""

from __future__ import annotations

import math
import random
from dataclasses import replace

from probono_desk.core.models import Situation, Structure, Volunteer
from probono_desk.core.teams import LONELY, Formation, order_key, preference_choices

SKILLS = [
    "Ressources humaines",
    "Recrutement de bénévoles",
    "Animation d'atelier",
    "Communication",
    "Réseaux sociaux",
    "Graphisme",
    "Gestion commerciale",
    "Marketing digital",
    "Stratégie",
    "Finance / comptabilité",
    "Levée de fonds",
    "Numérique / outils",
    "Gestion de projet",
    "Data / tableaux de bord",
    "Juridique",
    "Rédaction",
]
SITUATION_WEIGHTS = [
    (Situation.EMPLOYEE, 34),
    (Situation.STUDENT, 20),
    (Situation.BUSINESS_OWNER, 16),
    (Situation.FREELANCE, 14),
    (Situation.RETIREE, 10),
    (Situation.JOB_SEEKER, 6),
]


def generate(n_volunteers: int = 500, n_structures: int = 50, seed: int = 7) -> tuple[list[Volunteer], list[Structure]]:
    """A plausible big event: 3 needed skills per structure, 1-3 skills per volunteer, 70 % state a preference
    (most often a structure that needs one of their skills), 15 % without an organisation."""
    rng = random.Random(seed)
    structures = [
        Structure(
            id=f"s{t:03d}",
            name=f"Structure {t + 1:02d}",
            skills_needed=tuple(rng.sample(SKILLS, 3)),
            table_label=str(t + 1),
            position=t,
        )
        for t in range(n_structures)
    ]
    orgs = [f"Entreprise {i:02d}" for i in range(max(1, n_volunteers // 6))]
    sits, weights = zip(*SITUATION_WEIGHTS, strict=True)
    volunteers = []
    for i in range(n_volunteers):
        skills = tuple(rng.sample(SKILLS, rng.randint(1, 3)))
        preference = ""
        if rng.random() < 0.7:
            fitting = [s for s in structures if set(s.skills_needed) & set(skills)]
            pool = fitting if fitting and rng.random() < 0.7 else structures
            preference = rng.choice(pool).name
        volunteers.append(
            Volunteer(
                id=f"v{i:04d}",
                first_name=f"Prénom{i:04d}",
                last_name=f"Nom{rng.randint(0, 9999):04d}",
                organisation="" if rng.random() < 0.15 else rng.choice(orgs),
                situation=rng.choices(sits, weights)[0],
                skills=skills,
                preference=preference,
            )
        )
    return volunteers, structures


def round_robin(volunteers: list[Volunteer], structures: list[Structure]) -> list[Volunteer]:
    """The naive baseline: alphabetical order, dealt like cards."""
    ordered = sorted(volunteers, key=order_key)
    return [replace(v, structure_id=structures[i % len(structures)].id) for i, v in enumerate(ordered)]


def quality(formation: Formation, structures: list[Structure]) -> dict[str, float]:
    by_id = {s.id: t for t, s in enumerate(structures)}
    team_of = formation.assignment()
    with_pref = first = top3 = none = 0
    members = [v for t in formation.teams for v in t.members]
    for v in members:
        prefs = preference_choices(v.preference, structures)
        if not prefs:
            continue
        with_pref += 1
        t = by_id[team_of[v.id]]
        first += prefs[0] == t
        top3 += t in prefs[:3]
        none += t not in prefs[:3]
    out: dict[str, float] = {
        "first_choice": first / with_pref if with_pref else 1.0,
        "top3_choice": top3 / with_pref if with_pref else 1.0,
        "no_choice": none / with_pref if with_pref else 0.0,
    }
    for rule in ("taille", "organisations", "competences", "isolement"):
        out[f"break_{rule}"] = sum(
            1 for t in formation.teams for c in t.checks if c.rule == rule and not c.met and c.feasible
        )
    total = len(members) or 1
    sit_total = {s: sum(1 for v in members if v.situation == s) for s in Situation}
    squares = []
    isolated = 0
    for team in formation.teams:
        size = len(team.members)
        for s in Situation:
            count = sum(1 for v in team.members if v.situation == s)
            squares.append((count - sit_total[s] * size / total) ** 2)
            if s in LONELY and count == 1:
                isolated += 1
    out["mix_rms"] = math.sqrt(sum(squares) / len(squares)) if squares else 0.0
    out["isolated"] = isolated
    out["worst_score"] = min((t.score for t in formation.teams), default=100)
    return out
