"""Running hubs and stations as separate processes on loopback, for the e2e tests of several stations."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def env(data_dir: Path) -> dict[str, str]:
    """Loopback only, no mDNS, the worktree first on the path, French messages, the test's own user data folder."""
    environ = dict(os.environ)
    environ.update(
        PYTHONPATH=str(ROOT) + os.pathsep + environ.get("PYTHONPATH", ""),
        PROBONO_DATA_DIR=str(data_dir),
        PROBONO_HUB_LISTEN="127.0.0.1",
        PROBONO_NO_MDNS="1",
        PROBONO_LANG="fr",
    )
    return environ


def cli(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "probono_desk", *map(str, args)]


def run(data_dir: Path, *args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cli(*args), env=env(data_dir), capture_output=True, text=True, timeout=timeout)


class Hub:
    """``probono-desk hub EVENT`` in its own process; its first line gives the address and the code."""

    def __init__(self, data_dir: Path, event: Path, port: int = 0) -> None:
        self.data_dir, self.event = data_dir, event
        self.process = subprocess.Popen(
            cli("hub", event, "--listen", "127.0.0.1", "--port", str(port)),
            env=env(data_dir),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        if not line:
            self.process.kill()
            raise AssertionError(
                f"no first line from the hub: {self.process.stderr.read() if self.process.stderr else ''}"
            )
        self.first_line = line
        self.address, self.code = line.split(" ")
        self.port = int(self.address.rsplit(":", 1)[1])

    def kill9(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        return self.process.returncode


class Background:
    """A long-running command (``sync`` without ``--once``, a worker), stopped with SIGTERM."""

    def __init__(self, data_dir: Path, argv: list[str]) -> None:
        self.process = subprocess.Popen(
            argv, env=env(data_dir), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )

    def stop(self) -> tuple[str, str]:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
        out, err = self.process.communicate(timeout=10)
        return out, err


def wait_until(predicate, timeout: float = 60.0, step: float = 0.1) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()
