"""The report's deliverables, Trail and evaluations come from the real services: after a day's work on the demo,
``probono-desk print EVENT report`` shows the deliverable's summary and state, the Trail pair, and the averages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from probono_desk.core.clock import FixedClock
from probono_desk.core.deliverables import DeliverableKind, DeliverableState, DeliverableText
from probono_desk.core.evaluations import Audience
from probono_desk.services.event import Event
from probono_desk.services.trail import TrailChoice


def _a_day_of_work(ev: Event, clock: FixedClock) -> tuple[str, list[str]]:
    structure = ev.roster.structures()[0]
    members = [v for v in ev.roster.volunteers() if v.structure_id == structure.id]
    for v in members:
        ev.checkin.check_in_volunteer(v.id)
    clock.set(clock.now().replace(hour=16, minute=40))
    text = DeliverableText(
        title="Plan de recrutement", kind=DeliverableKind.ACTION_PLAN, summary="Trois leviers pour les bénévoles"
    )
    ev.deliverables.save(structure.id, text)
    ev.deliverables.set_state(structure.id, DeliverableState.SUBMITTED)
    pair = members[:2]
    ev.trail.save(structure.id, [TrailChoice(v.id, "mardis", True) for v in pair])
    for score in (4, 5):
        ev.evaluations.submit(Audience.VOLUNTEERS, structure.id, {"satisfaction": score, "useful": True, "again": True})
    return structure.id, [v.name for v in pair]


def test_report_data_from_the_services(demo: Event, clock: FixedClock) -> None:
    sid, pair = _a_day_of_work(demo, clock)
    data = demo.deliverables.report_data()
    [row] = data["deliverables"]
    assert row["structure_id"] == sid
    assert row["summary"] == "Plan de recrutement — Trois leviers pour les bénévoles"
    assert row["status"] == "Soumis (16h40)"
    assert sorted(row["trail"]) == sorted(pair)
    satisfaction = next(e for e in data["evaluations"] if "satisfait" in e["question"])
    assert satisfaction == {
        "question": "Bénévoles — Êtes-vous satisfait·e de la journée ?",
        "average": 4.5,
        "scale": 5,
        "answers": 2,
    }
    objectives = next(e for e in data["evaluations"] if "objectifs" in e["question"])
    assert objectives["average"] is None and objectives["scale"] == 4 and objectives["answers"] == 0


def test_report_data_before_the_day_is_empty(demo: Event) -> None:
    data = demo.deliverables.report_data()
    assert data["deliverables"] == []
    assert all(e["answers"] == 0 for e in data["evaluations"])


def test_printed_report_shows_summary_trail_and_average(demo_path: Path, clock: FixedClock, tmp_path: Path) -> None:
    with Event.open(demo_path, clock=clock, station="orga") as ev:
        _sid, pair = _a_day_of_work(ev, clock)
    out = tmp_path / "bilan.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "probono_desk", "print", str(demo_path), "report", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    text = " ".join(page.extract_text() for page in PdfReader(str(out)).pages)
    flat = " ".join(text.split())
    assert "Trois leviers pour les bénévoles" in flat
    assert "Soumis (16h40)" in flat
    assert all(name in flat for name in pair)
    assert "4,5 / 5" in flat
