"""The kill test: processes writing to one event file are SIGKILLed at random moments; nothing acknowledged is lost.

Each worker (tests/e2e/kill_worker.py) prints ``ACK …`` after each committed write. After every round of
SIGKILLs the file must open, pass ``PRAGMA integrity_check``, hold every acknowledged write, and its journal must
match its tables exactly (one journal row per check-in and per undo, no orphan on either side).
"""

from __future__ import annotations

import csv
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest

from probono_desk.core.clock import FixedClock
from probono_desk.core.registrations import Kind
from probono_desk.services.event import Event

WORKER = Path(__file__).with_name("kill_worker.py")
ROUNDS = 10
BASE_SEED = 20191205
HEADER = ["Adresse e-mail", "Prénom", "Nom", "Entreprise / organisation", "Situation professionnelle", "Consentement"]


class Worker:
    """A worker process whose acknowledgement lines are collected by a reader thread."""

    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.progress = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self.progress:
                self.lines.append(line.strip())
                if line.strip() == "READY":
                    self.ready.set()
                self.progress.notify_all()
        self.ready.set()

    def acks(self) -> int:
        return sum(1 for line in self.lines if line.startswith("ACK"))

    def wait_acks(self, count: int, timeout: float = 30) -> bool:
        with self.progress:
            return self.progress.wait_for(lambda: self.acks() >= count or self.proc.poll() is not None, timeout)

    def kill_after(self, seconds: float) -> None:
        """SIGKILL after ``seconds`` (or now, if the worker already stopped — which the caller then reports)."""
        try:
            self.proc.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        self._reader.join(timeout=30)

    def stderr(self) -> str:
        assert self.proc.stderr is not None
        return self.proc.stderr.read()


@contextmanager
def workers(*specs: tuple[str, ...]) -> Iterator[list[Worker]]:
    started = [Worker(*spec) for spec in specs]
    try:
        yield started
    finally:
        for w in started:
            if w.proc.poll() is None:
                w.proc.kill()
                w.proc.wait(timeout=30)


def write_people(path: Path, first: int, count: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(HEADER)
        for n in range(first, first + count):
            out.writerow([f"personne{n}@exemple.fr", f"Prénom{n}", f"Nom{n}", "Asso", "Salarié(e)", "Oui"])


def consistency(path: Path) -> sqlite3.Connection:
    """The file opens as an event, passes integrity_check, and its journal matches its check-in table."""
    Event.open(path, station="verif").close()  # opening runs quick_check and refuses a damaged file
    conn = sqlite3.connect(str(path))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    return conn


def journal_ids(conn: sqlite3.Connection, action: str) -> list[str]:
    return [
        json.loads(payload)["checkin_id"]
        for (payload,) in conn.execute("SELECT payload FROM journal WHERE action = ?", [action])
    ]


@pytest.fixture
def crowd(tmp_path: Path) -> Path:
    """An event with 300 people to check in."""
    path = tmp_path / "porte.probono"
    people = tmp_path / "inscrits.csv"
    write_people(people, 0, 300)
    with Event.create(path, name="Kill test", date="2019-12-05", clock=FixedClock(datetime(2019, 12, 5, 8, 0))) as ev:
        ev.registrations.import_file(people, Kind.VOLUNTEERS)
    return path


def test_two_stations_killed_at_random_lose_no_acknowledged_checkin(crowd: Path) -> None:
    acked: set[str] = set()
    acked_undo: set[tuple[str, str]] = set()
    for round_no in range(ROUNDS):
        seed = BASE_SEED + round_no
        rng = random.Random(seed)
        why = f"round {round_no}, seed {seed}"
        with workers(
            ("checkin", str(crowd), "porte-A", str(seed * 2)), ("checkin", str(crowd), "porte-B", str(seed * 2 + 1))
        ) as (a, b):
            for w in (a, b):
                assert w.ready.wait(60), why
                assert w.wait_acks(rng.randint(1, 4)) and w.proc.poll() is None, f"{why}: {w.lines[-3:]}"
            delays = (rng.uniform(0, 0.25), rng.uniform(0, 0.25))
            threads = [threading.Thread(target=w.kill_after, args=(d,)) for w, d in zip((a, b), delays, strict=True)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        for w in (a, b):
            assert w.proc.returncode == -signal.SIGKILL, f"{why}: the worker stopped by itself: {w.stderr()}"
            for line in w.lines:
                parts = line.split()
                if parts[:2] == ["ACK", "checkin"]:
                    acked.add(parts[2])
                elif parts[:2] == ["ACK", "undo"]:
                    acked_undo.add((parts[2], parts[3]))

        conn = consistency(crowd)
        try:
            rows = {r[0]: r[1] for r in conn.execute("SELECT id, undone_at FROM checkins")}
            assert acked <= set(rows), f"{why}: acknowledged check-ins lost: {sorted(acked - set(rows))}"
            undone = {cid for cid, at in rows.items() if at is not None}
            undone_keys = set(conn.execute("SELECT volunteer_id, at FROM checkins WHERE undone_at IS NOT NULL"))
            lost = acked_undo - undone_keys
            assert not lost, f"{why}: acknowledged undos lost: {sorted(lost)}"
            added = journal_ids(conn, "checkin.add")
            assert sorted(added) == sorted(rows), f"{why}: the journal does not match the check-ins"
            undos = journal_ids(conn, "checkin.undo")
            assert sorted(undos) == sorted(undone), f"{why}: the journal does not match the undos"
            doubles = conn.execute(
                "SELECT volunteer_id FROM checkins WHERE undone_at IS NULL GROUP BY volunteer_id HAVING COUNT(*) > 1"
            ).fetchall()
            assert doubles == [], f"{why}: somebody is checked in twice"
        finally:
            conn.close()
    assert len(acked) >= ROUNDS * 2, "the workers acknowledged too few check-ins to prove anything"
    print(f"kill test: {ROUNDS} rounds, {len(acked)} acknowledged check-ins, {len(acked_undo)} undos verified")


def test_killed_during_an_import_keeps_whole_files_only(tmp_path: Path) -> None:
    path = tmp_path / "import.probono"
    Event.create(path, name="Import tué", date="2019-12-05").close()
    folder = tmp_path / "exports"
    folder.mkdir()
    per_file = 400
    for n in range(30):
        write_people(folder / f"export-{n:02d}.csv", n * per_file, per_file)
    rng = random.Random(BASE_SEED)
    with workers(("import", str(path), str(folder))) as (w,):
        assert w.ready.wait(60)
        w.wait_acks(1)
        w.kill_after(rng.uniform(0, 0.3))
    assert w.proc.returncode == -signal.SIGKILL, "the import finished before the kill: make the files bigger"
    acked = [line for line in w.lines if line.startswith("ACK import")]
    conn = consistency(path)
    try:
        people = conn.execute("SELECT COUNT(*) FROM volunteers").fetchone()[0]
        imports = conn.execute("SELECT COUNT(*) FROM journal WHERE action = 'import.volunteers'").fetchone()[0]
    finally:
        conn.close()
    assert imports >= len(acked) >= 1
    assert people == imports * per_file, "an import was half-written"


def test_killed_during_autosave_keeps_a_whole_deliverable(demo_path: Path) -> None:
    with Event.open(demo_path) as ev:
        structure_id = ev.roster.structures()[0].id
        before = ev.db.execute("SELECT COUNT(*) FROM journal WHERE action = 'deliverable.save'").fetchone()[0]
    rng = random.Random(BASE_SEED)
    with workers(("autosave", str(demo_path), structure_id)) as (w,):
        assert w.ready.wait(60)
        w.wait_acks(rng.randint(3, 20))
        w.kill_after(rng.uniform(0, 0.2))
    assert w.proc.returncode == -signal.SIGKILL, w.stderr()
    last_acked = max(int(line.split()[2]) for line in w.lines if line.startswith("ACK autosave"))
    consistency(demo_path).close()
    with Event.open(demo_path) as ev:
        saved = ev.deliverables.get(structure_id).text
        saves = ev.db.execute("SELECT COUNT(*) FROM journal WHERE action = 'deliverable.save'").fetchone()[0]
    n = int(saved.title.split()[1])
    assert n >= last_acked, "an acknowledged autosave was lost"
    assert saved.next_steps == f"étape {n}" and saved.summary == "x" * (n % 5000), "a half-written text"
    assert saves - before == n, "the journal does not match the autosaves"
