"""Each screen of the main window sits in a ``ScreenScroll``: on a small laptop it scrolls rather than overlaps."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class ScreenScroll(QScrollArea):
    """A screen scrolls rather than overlaps or pushes the window past a small laptop's screen. The screen gets
    the whole viewport, and never less than its minimum size (unlike ``widgetResizable``, which asks for the
    preferred height as soon as a label wraps); at 1280×800 and above every screen fits, so no bar shows."""

    def __init__(self, screen: QWidget) -> None:
        super().__init__()
        self.setObjectName("ScreenScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setWidget(screen)
        screen.setAutoFillBackground(False)  # after setWidget, which turns it on: the page stays white
        screen.installEventFilter(self)

    def _fit(self) -> None:
        screen = self.widget()
        if screen is None:
            return
        minimum = screen.minimumSizeHint().expandedTo(screen.minimumSize())
        room = self.maximumViewportSize()  # the viewport without scroll bars
        width = max(room.width(), minimum.width())
        if minimum.height() > room.height():  # a vertical bar will show: it takes some width
            width = max(room.width() - self.verticalScrollBar().sizeHint().width(), minimum.width())
        height = max(room.height(), minimum.height())
        if width > room.width():
            height = max(room.height() - self.horizontalScrollBar().sizeHint().height(), minimum.height())
        if screen.size() != QSize(width, height):
            screen.resize(width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return False
