"""The real window and the command line together, on a real X server (Xvfb): the desk opened with ``--desk``
receives a badge code typed as a USB scanner types it (xdotool key events), and the command line checking someone
in at the same time on the same file is seen by the window (a second scan of that badge is "already"); and the desk
on a bare X server (no window manager) filling the screen and taking the badge scanned after a name search or after
stray letters a facilitator left in the field."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from probono_desk.services.demo import write_demo

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")), reason="needs Xvfb and xdotool (scripts/setup.sh)"
)

ROOT = Path(__file__).resolve().parents[2]


def _free_display() -> int:
    for number in range(90, 140):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display")


@pytest.fixture
def xserver() -> Iterator[str]:
    yield from _xvfb("1280x800")


@pytest.fixture
def big_xserver() -> Iterator[str]:
    """A larger screen than the window's own size, and no window manager."""
    yield from _xvfb("1600x1000")


def _xvfb(size: str) -> Iterator[str]:
    display = f":{_free_display()}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
        if time.monotonic() > deadline or server.poll() is not None:
            server.kill()
            pytest.fail("Xvfb did not start")
        time.sleep(0.05)
    yield display
    server.terminate()
    server.wait(timeout=10)


def _xdotool(display: str, *args: str) -> str:
    done = subprocess.run(["xdotool", *args], env=dict(os.environ, DISPLAY=display), capture_output=True,
                          text=True, timeout=30)
    return done.stdout.strip()


def _checkins(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT volunteer_id, station FROM checkins WHERE undone_at IS NULL ORDER BY at, rowid"
                            ).fetchall()
    finally:
        conn.close()


def _wait_for(predicate: object, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def test_scanner_at_the_desk_and_the_command_line_on_one_file(xserver: str, tmp_path: Path) -> None:
    path = tmp_path / "marathon.probono"
    event = write_demo(path, station="préparation")
    codes = event.checkin.ensure_codes()
    event.close()
    (first_id, first), (second_id, second), (third_id, third) = list(codes.items())[:3]

    env = dict(os.environ, DISPLAY=xserver, QT_QPA_PLATFORM="xcb", PROBONO_LANG="fr",
               PROBONO_DATA_DIR=str(tmp_path / "userdata"))
    app = subprocess.Popen([sys.executable, "-m", "probono_desk", str(path), "--desk", "--station", "porte"],
                           cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        window = _xdotool(xserver, "search", "--sync", "--name", "Marathon Probono")
        assert window, "the window never appeared"
        window = window.splitlines()[0]

        def scan(code: str) -> None:  # a USB scanner: the printed code, upper case with dashes, then Enter
            printed = "-".join(code[i : i + 4] for i in range(0, len(code), 4)).upper()
            _xdotool(xserver, "windowfocus", "--sync", window)
            _xdotool(xserver, "type", "--delay", "15", printed)
            _xdotool(xserver, "key", "Return")

        scan(first)
        assert _wait_for(lambda: _checkins(path) == [(first_id, "porte")]), _checkins(path)

        cli = subprocess.run([sys.executable, "-m", "probono_desk", "checkin", str(path), "--scan", second,
                              "--station", "cli"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
        assert cli.returncode == 0, cli.stderr

        scan(second)  # the window sees the command line's check-in: "already", nothing written
        scan(third)
        assert _wait_for(lambda: len(_checkins(path)) == 3), _checkins(path)
        assert _checkins(path) == [(first_id, "porte"), (second_id, "cli"), (third_id, "porte")]
        assert app.poll() is None, "the window closed"
    finally:
        app.terminate()
        try:
            _, err = app.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            app.kill()
            _, err = app.communicate()
    assert "Traceback" not in err


def test_desk_fills_the_screen_and_takes_badges_after_names_and_stray_letters(
    big_xserver: str, tmp_path: Path
) -> None:
    xserver = big_xserver
    path = tmp_path / "marathon.probono"
    event = write_demo(path, station="préparation")
    codes = event.checkin.ensure_codes()
    therese = next(v.id for v in event.roster.volunteers() if v.first_name == "Thérèse")
    event.close()
    (first_id, first), (second_id, second) = [(v, c) for v, c in codes.items() if v != therese][:2]

    env = dict(os.environ, DISPLAY=xserver, QT_QPA_PLATFORM="xcb", PROBONO_LANG="fr",
               PROBONO_DATA_DIR=str(tmp_path / "userdata"))
    app = subprocess.Popen([sys.executable, "-m", "probono_desk", str(path), "--desk", "--station", "porte"],
                           cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        window = _xdotool(xserver, "search", "--sync", "--name", "Marathon Probono")
        assert window, "the window never appeared"
        window = window.splitlines()[0]
        geometry = lambda: _xdotool(xserver, "getwindowgeometry", window)  # noqa: E731
        assert _wait_for(lambda: "Geometry: 1600x1000" in geometry()), geometry()

        def person_types(text: str) -> None:  # a facilitator: a key every 150 ms
            _xdotool(xserver, "windowfocus", "--sync", window)
            _xdotool(xserver, "type", "--delay", "150", text)

        def scan(code: str) -> None:  # a USB scanner: the printed code, upper case with dashes, then Enter
            printed = "-".join(code[i : i + 4] for i in range(0, len(code), 4)).upper()
            _xdotool(xserver, "windowfocus", "--sync", window)
            _xdotool(xserver, "type", "--delay", "8", printed)
            _xdotool(xserver, "key", "Return")

        person_types("therese")  # (a) a name search, Enter checks Thérèse in, then the next person's badge
        _xdotool(xserver, "key", "Return")
        assert _wait_for(lambda: _checkins(path) == [(therese, "porte")]), _checkins(path)
        scan(first)
        assert _wait_for(lambda: len(_checkins(path)) == 2), _checkins(path)

        person_types("dup")  # (b) a few letters, the facilitator is interrupted, the badge is scanned
        time.sleep(0.5)
        scan(second)
        assert _wait_for(lambda: len(_checkins(path)) == 3), _checkins(path)
        assert _checkins(path) == [(therese, "porte"), (first_id, "porte"), (second_id, "porte")]
        assert app.poll() is None, "the window closed"
    finally:
        app.terminate()
        try:
            _, err = app.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            app.kill()
            _, err = app.communicate()
    assert "Traceback" not in err
