"""A part of the desk's left column: the line that tells of a duplicate arrival (the same person checked in at
another door while the stations were apart, landed from sync); the search results are in ``desk_results``."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from probono_desk.services.checkin import CheckinService
from probono_desk.ui.context import EventContext

SHOWN = 3  # lines at most: the latest duplicate arrivals


class DoublesLine(QLabel):
    """« Arrivée en double : NAME — déjà enregistré·e à 8h42 (Porte 1), scanné·e aussi à 8h44 (Porte 2) », one line
    for each duplicate arrival that landed since the desk opened, until its arrival is cancelled. Checked whenever
    the file changes (here, or another station's set applied by the link)."""

    def __init__(self, ctx: EventContext, service: CheckinService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setObjectName("DoubleArrivals")
        self.setWordWrap(True)
        self.setStyleSheet(
            "background: #fff4d6; color: #7a4a00; padding: 6px; border-radius: 4px; font-weight: bold;"
        )
        self.hide()
        self._seen = {d.checkin_id for d in service.double_arrivals()}
        self._shown: list[str] = []
        self._closed = False
        ctx.data_changed.connect(self.check)
        ctx.event_closed.connect(self._close)

    def _close(self) -> None:
        self._closed = True

    def check(self) -> None:
        if self._closed:
            return
        doubles = self.service.double_arrivals()
        for d in doubles:
            if d.checkin_id not in self._seen:
                self._seen.add(d.checkin_id)
                self._shown.append(d.checkin_id)
        texts = {d.checkin_id: d.text() for d in doubles}
        self._shown = [c for c in self._shown if c in texts][-SHOWN:]
        self.setText("\n".join(texts[c] for c in reversed(self._shown)))
        self.setVisible(bool(self._shown))

