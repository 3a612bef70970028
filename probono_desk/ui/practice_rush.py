"""« Simuler l'affluence » (only in a practice copy): arrivals at a chosen rate, typed into the desk's scan field key
by key and Enter, as a USB scanner does — badges of the copy, a few unknown codes, one badge scanned twice, one
walk-in through the walk-in form — so a facilitator sees what 8h50 feels like. Stops by itself, or on a click."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QPushButton, QWidget

from probono_desk.core.practice import RushKind, RushStep
from probono_desk.services.practice import rush

RATES = (10, 20, 40, 120)  # arrivals per minute (at 8h50, a door sees about 20)
DEFAULT_COUNT = 20


def type_like_a_scanner(field: QWidget, text: str) -> None:
    """Each character as a key press and release, then Enter: the path a USB scanner's keystrokes take."""
    for char in text:
        key = Qt.Key.Key_Minus if char == "-" else Qt.Key(ord(char.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(field, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"))


class RushSimulator(QObject):
    """Plays a rush script on the desk, one arrival per tick."""

    finished = Signal()

    def __init__(self, desk: QWidget, steps: list[RushStep], per_minute: int, parent: QObject | None = None) -> None:
        super().__init__(parent or desk)
        self.desk = desk
        self.steps = list(steps)
        self.done = 0
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, 60_000 // max(1, per_minute)))
        self.timer.timeout.connect(self.step)

    def start(self) -> None:
        self.timer.start()

    def running(self) -> bool:
        return self.timer.isActive()

    def stop(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
        self.finished.emit()

    def step(self) -> None:
        if self.done >= len(self.steps):
            self.stop()
            return
        step = self.steps[self.done]
        self.done += 1
        if step.kind is RushKind.WALK_IN:
            dialog = self.desk.open_walk_in()  # type: ignore[attr-defined]
            dialog.first_name.setText(step.text.split(" ")[0])
            dialog.last_name.setText(" ".join(step.text.split(" ")[1:]) or str(self.done))
            dialog.register()
            if dialog.isVisible():  # refused (said in the form): the rush goes on without it
                dialog.reject()
        else:
            type_like_a_scanner(self.desk.field, step.text)  # type: ignore[attr-defined]
        if self.done >= len(self.steps):
            self.stop()


class RushControls(QWidget):
    """The desk's « Simuler l'affluence » button and its rate."""

    def __init__(self, desk: QWidget) -> None:
        super().__init__(desk)
        self.desk = desk
        self.simulator: RushSimulator | None = None
        self.rate = QComboBox(self)
        for rate in RATES:
            self.rate.addItem(self.tr("{rate} / min").format(rate=rate), rate)
        self.rate.setCurrentIndex(1)
        self.button = QPushButton(self.tr("Simuler l'affluence"), self)
        self.button.setObjectName("RushButton")
        self.button.setToolTip(self.tr("Copie d'exercice : des arrivées simulées au rythme choisi"))
        for widget in (self.rate, self.button):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
        self.button.clicked.connect(self.toggle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rate)
        layout.addWidget(self.button)

    def toggle(self) -> None:
        if self.simulator is not None and self.simulator.running():
            self.simulator.stop()
            return
        self.start(int(self.rate.currentData()))

    def start(self, per_minute: int, count: int = DEFAULT_COUNT, seed: int | None = None) -> RushSimulator:
        steps = rush(self.desk.ctx.ev, count, seed=seed)  # type: ignore[attr-defined]
        self.simulator = RushSimulator(self.desk, steps, per_minute, self)
        self.simulator.finished.connect(self._finished)
        self.button.setText(self.tr("Arrêter la simulation"))
        self.simulator.start()
        return self.simulator

    def _finished(self) -> None:
        self.button.setText(self.tr("Simuler l'affluence"))
