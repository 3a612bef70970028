"""A station's link to the hub: an asyncio loop in its own thread, with its own connection to the event file.

It sends this station's change sets (the feed's outbox, ``Nats-Msg-Id`` = the set's id, marked acknowledged on the
JetStream ack), receives the others' through a durable consumer of its own and applies them, moves attachments
through the object store, and tells who else is connected (presence heartbeats). When the hub is gone it keeps
trying, with backoff, forever: the outbox is the queue, on disk, so nothing waits in memory only. State goes out
through a plain callback (``on_state``), called from this thread: the window turns it into a Qt signal.

A wrong code is not retried: the hub's certificate or the credential does not match, and no later try will.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from probono_desk.core.joincode import HubAddress, derive_secrets
from probono_desk.sync.state import (
    ALONE,
    CONNECTED,
    CONNECTING,
    REFUSED,
    STOPPED,
    Refused,
    SyncState,
    now_iso,
)
from probono_desk.sync.tls import client_context

__all__ = ["ALONE", "CONNECTED", "CONNECTING", "REFUSED", "STOPPED", "Refused", "SyncClient", "SyncState", "now_iso"]

log = logging.getLogger(__name__)

BACKOFF_FIRST_S = 0.2
BACKOFF_MAX_S = 5.0
ONCE_PATIENCE_S = 10.0

def _is_refusal(exc: BaseException) -> bool:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return True
    text = str(exc).lower()
    return "authorization violation" in text or "authentication" in text


@dataclass
class SyncClient:
    """One station's sync loop. ``start()`` runs it in a thread; ``stop()`` ends it and waits."""

    path: Path
    address: HubAddress
    code: str
    station_name: str = "poste"
    on_state: Callable[[SyncState], None] | None = None
    serve_snapshots: bool = False  # the hub's own station answers joiners' snapshot requests
    event_id: str | None = None  # the event this station expects (None: whatever the hub serves, for a new file)
    state: SyncState = field(default_factory=SyncState)
    _thread: threading.Thread | None = None
    _loop: asyncio.AbstractEventLoop | None = None
    _stop: asyncio.Event | None = None
    _wake: asyncio.Event | None = None
    _stopping: bool = False
    _ready: threading.Event = field(default_factory=threading.Event)
    _finished: threading.Event = field(default_factory=threading.Event)
    _session_task: Any = None

    # --- the thread ------------------------------------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="probono-sync", daemon=True)
        self._thread.start()
        self._ready.wait(5)

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping = True
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stop.set)
        if self._thread is not None:
            self._thread.join(timeout)

    def nudge(self) -> None:
        """This process just wrote: send now rather than at the next poll."""
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(wake.set)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the loop to end (``once`` runs, refusals); True when it has."""
        return self._finished.wait(timeout)

    def _run(self) -> None:
        logging.getLogger("asyncio").setLevel(logging.ERROR)  # ssl's "eof_received" notices on every closed link
        try:
            asyncio.run(self._main())
        finally:
            self._finished.set()

    def _set_state(self, **changes: Any) -> None:
        new = replace(self.state, **changes)
        if new != self.state:
            self.state = new
            if self.on_state is not None:
                try:
                    self.on_state(new)
                except Exception:  # noqa: BLE001 - a faulty listener must not stop the sync
                    log.exception("sync state listener failed")

    # --- the loop --------------------------------------------------------------------------------------------

    async def _main(self, once: bool = False, patience: float = 0.0) -> None:
        from probono_desk.sync.session import Session

        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        self._wake = asyncio.Event()
        self._ready.set()
        if self._stopping:
            return
        secrets_ = derive_secrets(self.code)
        context = client_context(self.code)
        backoff = BACKOFF_FIRST_S
        give_up = time.monotonic() + patience  # ``once``: how long an unreachable hub is tried again
        self._set_state(status=CONNECTING, hub=str(self.address))
        while not self._stop.is_set():
            session = Session(self, secrets_, context)
            try:
                await session.run(once=once)
                backoff = BACKOFF_FIRST_S
                if once:
                    break
            except Refused as exc:
                self._set_state(status=REFUSED, reason=exc.kind, caught_up=False)
                break
            except Exception as exc:  # noqa: BLE001 - any link failure: work alone, try again later
                if _is_refusal(exc):
                    self._set_state(status=REFUSED, reason="code", caught_up=False)
                    break
                log.info("hub unreachable: %s", exc)
                self._set_state(status=ALONE, reason=type(exc).__name__, stations=(), caught_up=False)
                if once and time.monotonic() >= give_up:
                    break
            finally:
                await session.close()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._stop.wait(), backoff)
            backoff = min(backoff * 2, BACKOFF_MAX_S)
        if not once and self.state.status != REFUSED:
            self._set_state(status=STOPPED, stations=())

    def run_once(self, timeout: float = 120.0, patience: float = ONCE_PATIENCE_S) -> SyncState:
        """Catch up both ways (send everything waiting, apply everything the hub holds), then return. In the calling
        thread; for the command line's ``sync --once`` and the tests. An unreachable hub is tried again for
        ``patience`` seconds (a hub just started, a Wi-Fi coming back); a wrong code is not."""
        logging.getLogger("asyncio").setLevel(logging.ERROR)

        async def bounded() -> None:
            await asyncio.wait_for(self._main(once=True, patience=patience), timeout)

        try:
            asyncio.run(bounded())
        except asyncio.TimeoutError:
            self._set_state(status=ALONE, reason="timeout")
        finally:
            self._finished.set()
        return self.state
