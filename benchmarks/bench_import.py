"""How long importing a 5,000-row registrations CSV takes, against a bare ``csv.reader`` pass over the same file.

Run: python -m benchmarks.bench_import   (prints a table, writes benchmarks/results/bench_import.json;
``results()`` returns the rows for other tools)
"""

from __future__ import annotations

import csv
import io
import json
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from probono_desk.services.event import Event

ROWS = 5_000
HEADER = [
    "Horodateur",
    "Adresse e-mail",
    "Prénom",
    "Nom",
    "Téléphone",
    "Entreprise / organisation",
    "Situation professionnelle",
    "Compétences que vous souhaitez partager",
    "Structure ou cause souhaitée",
    "Régime alimentaire",
    "J'accepte que mes données soient utilisées pour l'organisation du Marathon",
    "Commentaires",
]
FIRST = ["Léa", "Zoé", "Éric", "Gaëtan", "Inès", "François", "Maëlle", "Noé", "Thérèse", "Joël"]
LAST = ["Wattel", "Lemaire", "Vanhoutte", "Caron", "Lefebvre", "Cœurderoy", "Dupont", "Nowak", "Hochart"]
SITUATIONS = ["Salarié(e)", "Étudiant(e)", "Demandeur(se) d'emploi", "Retraité(e)", "Indépendant(e)", "Autre"]
SKILLS = ["Finance / comptabilité", "Rédaction", "Graphisme", "Data / tableaux de bord", "Numérique / outils"]


def write_export(path: Path, rows: int = ROWS, seed: int = 5) -> None:
    """A French Excel export (';', Windows-1252) with some duplicates, multi-line comments and zero-less phones."""
    rng = random.Random(seed)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for i in range(rows):
        n = i if rng.random() > 0.02 else max(0, i - 1)  # ~2 % registered twice
        writer.writerow(
            [
                f"2019/{5 + i % 6:02d}/{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}:00",
                f"benevole{n}@example.org",
                rng.choice(FIRST),
                rng.choice(LAST),
                rng.choice(["612345678", "+33 6 12 34 56 78", "06 12 34 56 78", "6.12345678E8"]),
                rng.choice(["Decathlon", "SNCF", "Auchan", ""]),
                rng.choice(SITUATIONS),
                ", ".join(rng.sample(SKILLS, 2)),
                "Pas de préférence",
                rng.choice(["", "Végétarien", "Sans gluten"]),
                "Oui",
                "Commentaire\nsur deux lignes" if i % 10 == 0 else "",
            ]
        )
    path.write_bytes(out.getvalue().encode("cp1252"))


def _best_of(func: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def results(rows: int = ROWS) -> list[dict[str, Any]]:
    """Rows {"name", "value", "unit", "baseline", "ratio", "target"}: times in seconds for ``rows`` registrations."""
    with tempfile.TemporaryDirectory() as folder:
        export = Path(folder) / "inscriptions.csv"
        write_export(export, rows)

        def bare() -> None:
            with export.open(encoding="cp1252", newline="") as handle:
                for _row in csv.reader(handle, delimiter=";"):
                    pass

        def read_only() -> None:
            with Event.in_memory() as event:
                event.registrations.read(export)

        def full_import() -> None:
            target = Path(folder) / f"e{time.perf_counter_ns()}.probono"
            with Event.create(target, name="Bench", date="2019-12-05") as event:
                event.registrations.import_file(export)

        def reimport() -> None:
            with Event.open(reimport_target) as event:
                event.registrations.import_file(export)

        reimport_target = Path(folder) / "again.probono"
        with Event.create(reimport_target, name="Bench", date="2019-12-05") as event:
            event.registrations.import_file(export)

        baseline = _best_of(bare)
        measured = [
            ("read + check (preview), 5,000-row CSV", _best_of(read_only), 1.0),
            ("import into a new event file, 5,000-row CSV", _best_of(full_import), 3.0),
            ("re-import of the same file (no write)", _best_of(reimport), 2.0),
        ]
    return [
        {
            "name": name,
            "value": round(value, 4),
            "unit": "s",
            "baseline": round(baseline, 4),
            "ratio": round(value / baseline, 1) if baseline else None,
            "target": target,
        }
        for name, value, target in measured
    ]


def main() -> None:
    rows = results()
    out = Path(__file__).resolve().parent / "results" / "bench_import.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{'measure':<48} {'value':>8} {'baseline':>9} {'ratio':>7} {'target':>7}")
    for row in rows:
        ok = "ok" if row["value"] <= row["target"] else "SLOW"
        print(
            f"{row['name']:<48} {row['value']:>7.3f}s {row['baseline']:>8.3f}s {row['ratio']:>6}x "
            f"{row['target']:>6.1f}s {ok}"
        )
    print(f"written: {out}")


if __name__ == "__main__":
    main()
