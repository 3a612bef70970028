"""Found living through the day: the window and the command line share one event file, and a worker thread of the
window opens it a second time (badge PDF, previews). Neither may cost a check-in."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from probono_desk.core.models import StaffRole
from probono_desk.services.event import Event

OTHER_PROCESS_WRITES = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA busy_timeout = 10000")
conn.execute("INSERT INTO meta (key, value) VALUES ('written_by', 'the command line')")
conn.close()
"""


def test_a_second_open_in_the_same_process_keeps_the_window_writes_in_the_file(demo_path: Path) -> None:
    window = Event.open(demo_path, station="porte-1")
    window.roster.volunteers()  # the window reads: its connection uses the WAL
    with Event.open(demo_path):  # a worker thread renders a badge from its own connection, then closes it
        pass
    # the command line writes to the same file and exits (the last connection it knows of closes)
    subprocess.run([sys.executable, "-c", OTHER_PROCESS_WRITES, str(demo_path)], check=True)
    # the window still sees the command line's write ...
    assert window.db.execute("SELECT value FROM meta WHERE key = 'written_by'").fetchone() == ("the command line",)
    # ... and what the window writes next reaches the file that everybody else reads
    window.roster.add_staff("Écrit Par La Fenêtre", StaffRole.FACILITATOR)
    reader = sqlite3.connect(f"{demo_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [r[0] for r in reader.execute("SELECT name FROM staff")]
    finally:
        reader.close()
        window.close()
    assert "Écrit Par La Fenêtre" in names
