"""Slow work off the UI thread (Picard's ``run_task``, Anki's ``QueryOp``): a function runs on the thread pool,
its result or error comes back on the main thread. The function receives data, never widgets."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:
    from probono_desk.services.event import Event


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Task(QRunnable):
    def __init__(self, func: Callable[..., Any], relay: _Relay, with_progress: bool) -> None:
        super().__init__()
        self.func = func
        self.relay = relay
        self.with_progress = with_progress
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.func(lambda done, total: self.relay.progress.emit(done, total))
            else:
                result = self.func()
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread's error boundary
            self.relay.failed.emit(exc)
        else:
            self.relay.finished.emit(result)


_live: set[_Relay] = set()


def run_task(
    func: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    parent: QObject | None = None,
) -> _Relay:
    """Run ``func()`` (or ``func(report)`` when ``on_progress`` is given) on the global thread pool."""
    relay = _Relay(parent)
    _live.add(relay)

    def done(result: Any) -> None:
        _live.discard(relay)
        on_done(result)

    def failed(exc: BaseException) -> None:
        _live.discard(relay)
        if on_error is not None:
            on_error(exc)
        else:
            from probono_desk.ui.errors import show_error

            show_error(None, exc)

    relay.finished.connect(done)
    relay.failed.connect(failed)
    if on_progress is not None:
        relay.progress.connect(on_progress)
    QThreadPool.globalInstance().start(_Task(func, relay, on_progress is not None))
    return relay


def run_on_event(
    ev: Event,
    job: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    parent: QObject | None = None,
) -> None:
    """``job(event)`` (or ``job(event, report)`` with ``on_progress``) on the thread pool, on a connection of its own
    to ``ev``'s file (one ``Database`` per thread), closed when the job ends. An event in memory (tests, rehearsals)
    has a single connection: the job runs here, at once."""
    path = ev.path
    if path is None:
        try:
            result = job(ev, on_progress) if on_progress is not None else job(ev)
        except Exception as exc:  # noqa: BLE001 - the same error boundary as a worker's
            if on_error is not None:
                on_error(exc)
            else:
                from probono_desk.ui.errors import show_error

                show_error(None, exc)
            return
        on_done(result)
        return
    clock, station, actor = ev.clock, ev.station, ev.actor

    def work(*report: Any) -> Any:
        from probono_desk.services.event import Event

        with Event.open(path, clock=clock, station=station, actor=actor) as own:
            return job(own, *report)

    run_task(work, on_done, on_error, on_progress, parent)
