"""Slow work off the UI thread: one typed, cancellable ``Op[T]`` (Anki's ``QueryOp``, Picard's ``run_task`` and
``TaskCounter``).

The work runs on the thread pool and receives data, never widgets. Its result (or its error, as a value) is posted
back through a mailbox owned by the application object, never by the widget that asked: a screen closed while its
op runs cannot make the worker emit from a deleted object, and no exception is ever raised on the worker thread.
On the main thread the callbacks run unless the op was cancelled or its owner is gone. ``drain()`` waits for every
op in flight and delivers what came back (the main window calls it on close, so a backup in flight completes)."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from shiboken6 import isValid

if TYPE_CHECKING:
    from probono_desk.services.event import Event

T = TypeVar("T")
YIELD_S = 0.001


class _Mailbox(QObject):
    """Lives in the main thread as a child of the application: workers post closures to it, it runs them."""

    posted = Signal(object)

    def __init__(self, app: QObject) -> None:
        super().__init__(app)
        self.posted.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, call: Callable[[], None]) -> None:
        call()


class _Counter:
    """Picard's ``TaskCounter``: how many works are on a worker, and a way to wait until none is."""

    def __init__(self) -> None:
        self._count = 0
        self._zero = threading.Condition()

    def up(self) -> None:
        with self._zero:
            self._count += 1

    def down(self) -> None:
        with self._zero:
            self._count -= 1
            if self._count == 0:
                self._zero.notify_all()

    def wait(self, timeout: float | None) -> bool:
        with self._zero:
            return self._zero.wait_for(lambda: self._count == 0, timeout)


_mailbox: _Mailbox | None = None
_counter = _Counter()
_pending: set[Op[Any]] = set()  # started and not yet delivered (main thread only)


def _post(call: Callable[[], None]) -> None:
    """From any thread: run ``call`` on the main thread. After the application is gone there is nobody to tell."""
    box = _mailbox
    if box is None:
        return
    try:
        box.posted.emit(call)
    except RuntimeError:  # the application (and its mailbox) was deleted while the work ran
        pass


def _ensure_mailbox() -> None:
    global _mailbox
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("Op needs a QApplication")
    if _mailbox is None or not isValid(_mailbox):
        _mailbox = _Mailbox(app)


class _Runner(QRunnable):
    def __init__(self, op: Op[Any]) -> None:
        super().__init__()
        self.op = op
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            # Hand the GIL back at once: the UI thread finishes the event that started this op (a keystroke, a
            # frame) before the work competes with it (the desk's search: ~3 ms on the UI thread instead of ~10).
            time.sleep(YIELD_S)
            self.op._work_here()
            _post(self.op._deliver)
        finally:
            _counter.down()


class Op(Generic[T]):
    """``work()`` on a worker; then, on the main thread, ``on_done(result)`` or ``on_error(exc)`` (the error
    box when no ``on_error`` is given). ``owner``: the widget the callbacks speak to; once it is deleted they are
    dropped. ``cancel()`` drops them too, and a long work may poll ``cancelled`` to stop early. ``report(done,
    total)`` from the work reaches ``on_progress`` on the main thread. Build, then ``start()``."""

    def __init__(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], object],
        on_error: Callable[[BaseException], object] | None = None,
        *,
        owner: QObject | None = None,
        on_progress: Callable[[int, int], object] | None = None,
    ) -> None:
        self._work = work
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self._owner = owner
        self._cancel = threading.Event()
        self._inline = False  # run at once on this thread (an event in memory has a single connection)
        self._outcome: tuple[bool, Any] | None = None
        self._delivered = False

    @classmethod
    def on_event(
        cls,
        ev: Event,
        job: Callable[[Event], T],
        on_done: Callable[[T], object],
        on_error: Callable[[BaseException], object] | None = None,
        *,
        owner: QObject | None = None,
        on_progress: Callable[[int, int], object] | None = None,
    ) -> Op[T]:
        """``job(event)`` on a connection of its own to ``ev``'s file (one ``Database`` per thread), closed when
        the job ends. An event in memory (tests, rehearsals) has one connection: the job runs here, at once."""
        path = ev.path
        if path is None:
            op = cls(lambda: job(ev), on_done, on_error, owner=owner, on_progress=on_progress)
            op._inline = True
            return op
        clock, station, actor = ev.clock, ev.station, ev.actor

        def work() -> T:
            from probono_desk.services.event import Event

            with Event.open(path, clock=clock, station=station, actor=actor) as own:
                return job(own)

        return cls(work, on_done, on_error, owner=owner, on_progress=on_progress)

    # --- main thread -------------------------------------------------------------------------------------------

    def start(self) -> Op[T]:
        if self._inline:
            self._work_here()
            self._deliver()
            return self
        _ensure_mailbox()
        _pending.add(self)
        _counter.up()
        try:
            QThreadPool.globalInstance().start(_Runner(self))
        except BaseException:
            _counter.down()
            _pending.discard(self)
            raise
        return self

    def cancel(self) -> None:
        """The callbacks will not run; the work stops early if it polls ``cancelled``."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def running(self) -> bool:
        """Started (or queued) and not yet delivered."""
        return self in _pending

    def _listening(self) -> bool:
        return not self._cancel.is_set() and (self._owner is None or isValid(self._owner))

    def _deliver(self) -> None:
        if self._delivered or self._outcome is None:
            return
        self._delivered = True
        _pending.discard(self)
        if not self._listening():
            return
        ok, value = self._outcome
        if ok:
            self._on_done(value)
        elif self._on_error is not None:
            self._on_error(value)
        else:
            from probono_desk.ui.errors import show_error

            show_error(None, value)

    # --- the worker ---------------------------------------------------------------------------------------------

    def _work_here(self) -> None:
        if self._cancel.is_set():
            self._outcome = (False, None)  # never delivered: nobody listens
            return
        try:
            self._outcome = (True, self._work())
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread, never raised on a worker
            self._outcome = (False, exc)

    def report(self, done: int, total: int) -> None:
        """From the work: progress, shown on the main thread if anyone still listens."""
        if self._on_progress is None:
            return
        if self._inline:
            if self._listening():
                self._on_progress(done, total)
            return
        progress = self._on_progress

        def show() -> None:
            if self._listening() and not self._delivered:
                progress(done, total)

        _post(show)


def drain(timeout: float | None = None) -> bool:
    """Wait for every op on a worker, then deliver what came back (main thread). False if time ran out."""
    finished = _counter.wait(timeout)
    for op in list(_pending):
        if op._outcome is None:
            continue  # still running (time ran out): its answer comes through the mailbox, if anyone is left
        try:
            op._deliver()
        except Exception:  # noqa: BLE001 - as an exception escaping a slot: the hook logs it and says so
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    return finished
