"""Team formation at scale: 500 volunteers into 50 structures, against a naive round-robin measured in the same run.

    python -m benchmarks.bench_teams [--volunteers 500] [--structures 50] [--seed 7] [--json]

Prints a table; ``measure()`` returns rows {"name", "value", "unit", "baseline", "ratio", "target"}.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from dataclasses import replace
from typing import Any

from probono_desk.core.models import Situation, Structure, Volunteer
from probono_desk.core.teams import LONELY, Formation, assess, form_teams, order_key, preference_choices

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


def measure(n_volunteers: int = 500, n_structures: int = 50, seed: int = 7) -> list[dict[str, Any]]:
    volunteers, structures = generate(n_volunteers, n_structures, seed)
    start = time.perf_counter()
    formation = form_teams(volunteers, structures)
    elapsed = time.perf_counter() - start
    start = time.perf_counter()
    baseline = assess(round_robin(volunteers, structures), structures)
    baseline_time = time.perf_counter() - start
    ours, base = quality(formation, structures), quality(baseline, structures)
    again = form_teams(list(reversed(volunteers)), structures)
    rows: list[dict[str, Any]] = [
        _row("time", elapsed, "s", baseline_time, "≤ 5"),
        _row("deterministic", float(again.assignment() == formation.assignment()), "bool", 1.0, "1"),
        _row("first_choice", ours["first_choice"], "share", base["first_choice"], "max"),
        _row("top3_choice", ours["top3_choice"], "share", base["top3_choice"], "max"),
        _row("no_choice", ours["no_choice"], "share", base["no_choice"], "min"),
    ]
    for rule in ("taille", "organisations", "competences", "isolement"):
        rows.append(_row(f"teams_breaking_{rule}", ours[f"break_{rule}"], "teams", base[f"break_{rule}"], "0"))
    rows += [
        _row("situation_mix_rms", ours["mix_rms"], "people", base["mix_rms"], "min"),
        _row("isolated_individuals", ours["isolated"], "people", base["isolated"], "0"),
        _row("worst_team_score", ours["worst_score"], "/100", base["worst_score"], "max"),
    ]
    return rows


def _row(name: str, value: float, unit: str, baseline: float, target: str) -> dict[str, Any]:
    ratio = round(value / baseline, 3) if baseline else None
    return {
        "name": name,
        "value": round(value, 4),
        "unit": unit,
        "baseline": round(baseline, 4),
        "ratio": ratio,
        "target": target,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--volunteers", type=int, default=500)
    parser.add_argument("--structures", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows = measure(args.volunteers, args.structures, args.seed)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    print(f"{'measure':<28}{'value':>10}  {'unit':<7}{'baseline':>10}{'ratio':>8}  target")
    for r in rows:
        ratio = "" if r["ratio"] is None else f"{r['ratio']:.2f}"
        print(f"{r['name']:<28}{r['value']:>10}  {r['unit']:<7}{r['baseline']:>10}{ratio:>8}  {r['target']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
