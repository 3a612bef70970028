"""The demo event: the Lille edition of 5 December 2019, with its five structures and fifty volunteers."""

from __future__ import annotations

from pathlib import Path

from probono_desk.core.clock import Clock, SystemClock
from probono_desk.core.i18n import speaking
from probono_desk.core.models import StaffRole
from probono_desk.core.registrations import Kind
from probono_desk.core.resources import resource_path
from probono_desk.services.demo_trail import write_demo_trail
from probono_desk.services.event import Event

DEMO_NAME = "Marathon Probono Hauts-de-France"
DEMO_DATE = "2019-12-05"
DEMO_VENUE = "Lille"


def demo_sources() -> tuple[Path, Path]:
    folder = resource_path("demo")
    return folder / "structures-laureates.csv", folder / "inscriptions-marathon.csv"


def fresh_demo_path() -> Path:
    """A new file name for a demo event in the user data folder (``--demo``, the start page's demo button)."""
    from datetime import datetime

    from probono_desk.core.logs import data_dir

    folder = data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"demo-{datetime.now():%Y%m%d-%H%M%S}"
    path, n = folder / f"{stem}.probono", 1
    while path.exists() or path.with_name(path.name + "-wal").exists():  # two demos within one second
        n += 1
        path = folder / f"{stem}-{n}.probono"
    return path


def write_demo(
    path: str | Path,
    *,
    clock: Clock | None = None,
    station: str | None = None,
    language: str | None = None,
    after_the_day: bool = False,
) -> Event:
    """Create a complete demo event at ``path`` (which must not exist) and return it open. ``language``: the
    event's (by default the interface's); the day plan, the "why here" lines and the documents follow it.
    ``after_the_day``: the event as it stands after the day and its Trail (``services/demo_after.py``), written on
    a clock of its own; the event returned runs on ``clock`` (default: the system's)."""
    from probono_desk.services import demo_after

    structures_csv, volunteers_csv = demo_sources()
    event = Event.create(
        path,
        name=DEMO_NAME,
        date=DEMO_DATE,
        venue=DEMO_VENUE,
        language=language,
        clock=demo_after.preparation_clock() if after_the_day else clock,
        station=station,
        actor="démo",
    )
    try:
        with speaking(event.language):
            _fill(event, structures_csv, volunteers_csv, after_the_day)
        if after_the_day:
            event.clock = clock or SystemClock()
    except BaseException:
        # Several transactions: a failure halfway would leave a demo without teams or codes under the asked name.
        event.close()
        for leftover in (path, *(Path(f"{path}{side}") for side in ("-wal", "-shm", "-journal"))):
            Path(leftover).unlink(missing_ok=True)
        raise
    return event


def _fill(event: Event, structures_csv: Path, volunteers_csv: Path, after_the_day: bool) -> None:
    event.registrations.import_file(structures_csv, Kind.STRUCTURES)
    event.registrations.import_file(volunteers_csv, Kind.VOLUNTEERS)
    event.roster.add_staff("Camille Roussel", StaffRole.ORGANISER, "camille.roussel@probonolab.org")
    event.roster.add_staff("Yanis Bouaziz", StaffRole.FACILITATOR)
    event.roster.add_staff("Manon Delattre", StaffRole.FACILITATOR)
    # Later features add what the demo needs (the day plan, teams...) here, in order.
    event.teams.auto_form()  # teams: the demo event arrives with its five teams formed
    event.schedule.load_default()
    event.checkin.ensure_codes()  # every volunteer has a badge code
    if after_the_day:
        from probono_desk.services.demo_after import write_after_the_day

        write_after_the_day(event)  # diagnostics, the day itself, the Trail pairs, the Trail of two structures
    else:
        write_demo_trail(event)  # diagnostics for all, a Trail under way for two structures
