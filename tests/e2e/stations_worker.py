"""A station's day, run in its own process beside the station's ``probono-desk sync``: check-ins, team moves,
milestone ticks and a deliverable with an attachment, spread over time (the hub dies and comes back meanwhile).

    python stations_worker.py EVENT STATION INDEX COUNT PAUSE

Each committed write is acknowledged on stdout (flushed): ``ACK checkin VOLUNTEER``, ``ACK move VOLUNTEER
STRUCTURE``, ``ACK tick STRUCTURE MILESTONE``, ``ACK deliverable STRUCTURE SHA256``; then ``DONE``. Station INDEX
(0, 1, 2) works on its own slice of people and its own team, so every expected end state is known.
"""

from __future__ import annotations

import hashlib
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from probono_desk.core.checkin import CheckedIn  # noqa: E402
from probono_desk.core.deliverables import DeliverableText  # noqa: E402
from probono_desk.services.event import Event  # noqa: E402

STATIONS = 3


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(path: str, station: str, index: int, count: int, pause: float) -> None:
    rng = random.Random(index)
    with Event.open(path, station=station) as ev:
        people = sorted(v.id for v in ev.roster.volunteers())
        mine = [p for i, p in enumerate(people) if i % STATIONS == index]
        structures = sorted(s.id for s in ev.teams.structures())
        team = structures[index % len(structures)]
        milestones = [m.id for m in ev.missions.milestones()]
        say("READY")
        ops = 0
        for person in mine[:count]:
            outcome = ev.checkin.check_in_volunteer(person, method="scan")
            if isinstance(outcome, CheckedIn):
                say(f"ACK checkin {person}")
            if ops % 3 == 0:
                target = rng.choice([s for s in structures if s != team])
                ev.teams.move(person, target)
                say(f"ACK move {person} {target}")
            if ops < len(milestones) and ops % 2 == 0:
                ev.missions.tick(team, milestones[ops], by=station)
                say(f"ACK tick {team} {milestones[ops]}")
            if ops == count // 2:
                ev.deliverables.save(
                    team, DeliverableText(title=f"Plan d'action — {station}", summary=f"Résumé écrit à {station}.")
                )
                data = rng.randbytes(40_000)
                ev.deliverables.add_attachment_bytes(team, f"tableau-{station}.jpg", data)
                say(f"ACK deliverable {team} {hashlib.sha256(data).hexdigest()}")
            ops += 1
            time.sleep(pause)
    say("DONE")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]))
