"""The open event as the window sees it: the services, and a signal when the file changed (here or elsewhere)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from probono_desk.core.practice import PracticeInfo
from probono_desk.services.event import Event
from probono_desk.services.practice_marks import install_clock, practice_info

POLL_MS = 300


class EventContext(QObject):
    """Owns the UI thread's ``Event``. ``data_changed`` fires after a local write (``notify_changed``) and when
    another process commits to the file (``PRAGMA data_version`` polled every 300 ms)."""

    data_changed = Signal()
    about_to_close = Signal()  # the last moment to write what is pending (typed text); the file is still open
    event_closed = Signal()  # the file is closed: timers stop, nothing reads or writes it any more

    def __init__(self, event: Event, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ev = event  # not "event": QObject.event() is a virtual Qt calls
        # a practice copy (« Répétition »): EXERCICE on every screen, and one clock for all of them (``ev.clock``)
        self.practice: PracticeInfo | None = practice_info(event)
        install_clock(event)
        self._version = event.data_version()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        try:
            version = self.ev.data_version()
        except Exception:  # noqa: BLE001 - a closed or vanished file stops the polling, it never crashes the window
            self._timer.stop()
            return
        if version != self._version:
            self._version = version
            self.data_changed.emit()

    def notify_changed(self) -> None:
        """Call after a write made through this window's services."""
        self._version = self.ev.data_version()
        self.data_changed.emit()

    def close(self) -> None:
        self._timer.stop()
        self.about_to_close.emit()
        self.ev.close()
        self.event_closed.emit()
