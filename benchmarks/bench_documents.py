"""Benchmark: 50 team sheets through the toolkit (target ≤ 2 s), beside reportlab drawing the same pages bare
(one canvas, the same text at fixed places, no platypus, no toolkit) in the same run.

    python -m benchmarks.bench_documents [--json FILE]
"""

from __future__ import annotations

import argparse
import io
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from probono_desk.core.documents import teams_of
from probono_desk.core.models import EventInfo, Situation, Structure, Volunteer
from probono_desk.output.pdf import FONT, FONT_BOLD, new_canvas, register_fonts
from probono_desk.output.team_sheets import draw_team_sheets

TEAMS = 50
MEMBERS = 10
TARGET_S = 2.0
INFO = EventInfo("bench", "Marathon Probono Hauts-de-France", "2019-12-05", "Lille")
PLAN = [
    ("08:30", "09:00", "Accueil café"),
    ("09:00", "09:45", "Plénière — lancement et pitchs des structures"),
    ("09:45", "10:00", "Formation des équipes"),
    ("10:00", "11:00", "Cadrage de la mission"),
    ("11:00", "12:30", "Diagnostic partagé"),
    ("12:30", "13:30", "Déjeuner"),
    ("13:30", "15:00", "Production des livrables"),
    ("15:00", "15:15", "Pause"),
    ("15:15", "16:15", "Finalisation et répétition"),
    ("16:15", "17:00", "Restitutions, évaluations et Trail"),
]


def make_teams() -> list[tuple[Structure, list[Volunteer]]]:
    structures = [
        Structure(
            id=f"s{i}",
            name=f"Structure lauréate n° {i} — Jardins du Partage",
            city="Villeneuve-d'Ascq",
            legal_form="Association",
            mission_theme="Ressources humaines",
            problem="Structurer l'accueil et la fidélisation des bénévoles",
            expected_deliverable="Parcours d'accueil des bénévoles et charte",
            table_label=str(i + 1),
            referent_name="Julie Marchand",
            representative_1="Nadia Benali",
            representative_2="Pierre Vermeulen",
            colour="#2e7d32",
        )
        for i in range(TEAMS)
    ]
    volunteers = [
        Volunteer(
            id=f"v{i}-{j}",
            first_name="Łukasz" if j % 3 == 0 else "Cécile",
            last_name=f"Żółć-Moreau {j}",
            organisation="Crédit du Nord",
            situation=Situation.EMPLOYEE,
            skills=("Gestion de projet", "Numérique / outils"),
            structure_id=f"s{i}",
        )
        for i in range(TEAMS)
        for j in range(MEMBERS)
    ]
    return teams_of(structures, volunteers)


def toolkit(teams: list[tuple[Structure, list[Volunteer]]]) -> bytes:
    out = io.BytesIO()
    draw_team_sheets(out, INFO, teams, {v.id for _, m in teams for v in m[::2]}, PLAN)
    return out.getvalue()


def bare(teams: list[tuple[Structure, list[Volunteer]]]) -> bytes:
    """The same words on the same number of pages, drawn straight on a canvas (same embedded font)."""
    out = io.BytesIO()
    register_fonts()
    c = new_canvas(out)
    for s, members in teams:
        c.setFillColorRGB(0.18, 0.49, 0.2)
        c.rect(42, 760, 511, 68, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(FONT_BOLD, 20)
        c.drawString(56, 800, s.name)
        c.setFont(FONT, 11)
        c.drawString(56, 780, f"{s.city} · {s.legal_form} — 5 décembre 2019")
        c.drawString(500, 790, s.table_label)
        c.setFillColorRGB(0, 0, 0)
        y = 735
        for caption, text in (
            ("Thématique", s.mission_theme),
            ("Problématique", s.problem),
            ("Livrable attendu", s.expected_deliverable),
            ("Référent·e", s.referent_name),
            ("Représentant·es", f"{s.representative_1}, {s.representative_2}"),
        ):
            c.setFont(FONT, 8)
            c.drawString(42, y, caption.upper())
            c.setFont(FONT, 10)
            c.drawString(42, y - 12, text)
            y -= 28
        py = 735
        c.setFont(FONT, 8)
        for start, end, title in PLAN:
            c.drawString(380, py, f"{start}–{end}")
            c.drawString(440, py, title[:28])
            py -= 12
        y = 560
        for v in members:
            c.setFont(FONT_BOLD, 9)
            c.drawString(42, y, v.last_name.upper())
            c.setFont(FONT, 9)
            c.drawString(150, y, v.organisation)
            c.drawString(260, y, "salarié·e")
            c.drawString(350, y, ", ".join(v.skills))
            y -= 22
        c.roundRect(42, 120, 511, 90, 6)
        c.drawString(52, 195, "Candidat·es au Trail")
        c.showPage()
    c.save()
    return out.getvalue()


def best_of(func: Callable[[Any], bytes], arg: Any, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        func(arg)
        best = min(best, time.perf_counter() - start)
    return best


def run() -> list[dict[str, Any]]:
    """Rows {"name", "value", "unit", "baseline", "ratio", "target"} (seconds; the baseline is the bare canvas)."""
    teams = make_teams()
    toolkit(teams[:1])  # fonts registered and parsed once, as in the app
    bare(teams[:1])
    ours = best_of(toolkit, teams)
    base = best_of(bare, teams)
    return [
        {
            "name": f"{TEAMS} team sheets",
            "value": round(ours, 3),
            "unit": "s",
            "baseline": round(base, 3),
            "ratio": round(ours / base, 2) if base else None,
            "target": TARGET_S,
        }
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", help="also write the rows to this file")
    args = parser.parse_args()
    rows = run()
    print(f"{'benchmark':<20} {'value':>8} {'baseline':>9} {'ratio':>6} {'target':>7}")
    for r in rows:
        ok = "ok" if r["value"] <= r["target"] else "SLOW"
        print(
            f"{r['name']:<20} {r['value']:>7}{r['unit']} {r['baseline']:>8}{r['unit']} {r['ratio']:>6} "
            f"{r['target']:>6}{r['unit']} {ok}"
        )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(rows, fh, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()


BADGES = 500
BADGES_TARGET_S = 3.0


def _badges() -> list[Any]:
    from probono_desk.core.codes import new_code
    from probono_desk.output.badges import Badge

    teams = make_teams()
    people = [(s, v) for s, members in teams for v in members]
    out = []
    for i in range(BADGES):
        structure, v = people[i % len(people)]
        out.append(Badge(v.first_name, v.last_name, v.organisation, new_code("kdb"), structure.name,
                         structure.table_label, structure.colour))
    return out


def badges_toolkit(badges: list[Any]) -> bytes:
    from probono_desk.output.badges import BadgeTexts, write_badges

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "badges.pdf"
        write_badges(out, badges, BadgeTexts(event="Marathon Probono Hauts-de-France"))
        return out.read_bytes()


def badges_bare(badges: list[Any]) -> bytes:
    """The same words and QR modules on plain reportlab pages: default font, one rect per dark module."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from probono_desk.core.codes import format_code, qr_payload
    from probono_desk.output.qr import qr_matrix

    folder = tempfile.TemporaryDirectory()
    out = Path(folder.name) / "bare.pdf"
    canvas = Canvas(str(out))
    for index, b in enumerate(badges):
        if index and index % 8 == 0:
            canvas.showPage()
        x = 15 * mm + (index % 2) * 95 * mm
        y = 240 * mm - ((index // 2) % 4) * 65 * mm
        canvas.drawString(x, y + 40 * mm, b.first_name)
        canvas.drawString(x, y + 33 * mm, b.last_name)
        canvas.drawString(x, y + 26 * mm, b.organisation)
        canvas.drawString(x, y + 5 * mm, f"Table {b.table} · {b.team}")
        canvas.drawString(x, y, format_code(b.code))
        matrix = qr_matrix(qr_payload(b.code))
        module = 32 * mm / (len(matrix) + 8)
        for r, row in enumerate(matrix):
            for c, dark in enumerate(row):
                if dark:
                    canvas.rect(x + 55 * mm + c * module, y + 40 * mm - r * module, module, module, stroke=0, fill=1)
    canvas.showPage()
    canvas.save()
    data = out.read_bytes()
    folder.cleanup()
    return data


def rows(quick: bool = False) -> list[dict[str, Any]]:
    """Team sheets and badges, each beside reportlab drawing the same pages bare, for benchmarks/run.py."""
    results = run()
    badges = _badges()
    badges_toolkit(badges[:8])
    ours = best_of(badges_toolkit, badges, runs=1 if quick else 3)
    base = best_of(badges_bare, badges, runs=1 if quick else 3)
    results.append({"name": f"{BADGES} badges", "value": round(ours, 3), "unit": "s", "baseline": round(base, 3),
                    "ratio": round(ours / base, 2) if base else None, "target": BADGES_TARGET_S})
    return results
