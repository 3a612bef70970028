"""A worker the kill test runs in its own process and SIGKILLs at random moments.

Each line it prints (flushed) acknowledges a write that has been committed: ``ACK <what> <id>``.
Modes:
  checkin EVENT STATION SEED   check random volunteers in (and take some back), forever
  import EVENT FOLDER          import the CSV files of FOLDER one after the other
  autosave EVENT STRUCTURE_ID  autosave an ever longer deliverable text, forever
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from probono_desk.core.checkin import CheckedIn  # noqa: E402
from probono_desk.core.deliverables import DeliverableText  # noqa: E402
from probono_desk.services.event import Event  # noqa: E402


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def checkin(path: str, station: str, seed: int) -> None:
    rng = random.Random(seed)
    with Event.open(path, station=station) as ev:
        ids = [v.id for v in ev.roster.volunteers()]
        say("READY")
        while True:
            outcome = ev.checkin.check_in_volunteer(rng.choice(ids), method="scan")
            if isinstance(outcome, CheckedIn):
                say(f"ACK checkin {outcome.checkin_id}")
            # a wrong person picked, or somebody already in: the desk takes back its latest check-in
            if not isinstance(outcome, CheckedIn) or rng.random() < 0.25:
                undone = ev.checkin.undo_last()
                if undone is not None:
                    say(f"ACK undo {undone.volunteer_id} {undone.at}")


def import_files(path: str, folder: str) -> None:
    with Event.open(path, station="import") as ev:
        say("READY")
        for csv in sorted(Path(folder).glob("*.csv")):
            result = ev.registrations.import_file(csv)
            say(f"ACK import {csv.name} {result.created}")


def autosave(path: str, structure_id: str) -> None:
    with Event.open(path, station="autosave") as ev:
        say("READY")
        n = 0
        while True:
            n += 1
            text = DeliverableText(title=f"Plan {n}", summary="x" * (n % 5000), next_steps=f"étape {n}")
            ev.deliverables.save(structure_id, text, keep_version=n % 7 == 0)
            say(f"ACK autosave {n}")


if __name__ == "__main__":
    mode, *rest = sys.argv[1:]
    if mode == "checkin":
        checkin(rest[0], rest[1], int(rest[2]))
    elif mode == "import":
        import_files(rest[0], rest[1])
    elif mode == "autosave":
        autosave(rest[0], rest[1])
    else:
        raise SystemExit(f"unknown mode {mode}")
