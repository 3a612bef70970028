"""Screens refresh only when shown: a screen that follows the event's changes itself (rather than through the main
window, which marks its hidden screens dirty) refreshes at once while visible; hidden, it marks itself stale and
refreshes when it is shown again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, SignalInstance
from PySide6.QtWidgets import QWidget


class RefreshOnShow(QObject):
    """Connects ``changed`` to ``refresh`` for ``widget``, deferred while the widget is hidden."""

    def __init__(self, widget: QWidget, changed: SignalInstance, refresh: Callable[[], object]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.refresh = refresh
        self.stale = False
        changed.connect(self.changed)
        widget.installEventFilter(self)

    def changed(self) -> None:
        if self.widget.isVisible():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.refresh()
        return False
