"""The projector: one clock for the whole room, on a second screen chosen explicitly.

``ProjectorWindow`` puts a ``ProjectorView`` (``projector_view.py``) full screen on the chosen screen and rings the
``Chimes``; Esc closes it, and nothing in it leads to any data screen. ``ScreenPicker`` asks which screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from probono_desk.core.resources import resource_path
from probono_desk.core.schedule_run import Level, Snapshot
from probono_desk.ui.projector_view import ProjectorView


class Chimes:
    """The optional chime at warning, danger and the end of a phase (QSoundEffect, loaded lazily)."""

    def __init__(self) -> None:
        self.enabled = True
        self._effects: dict[str, object] = {}
        self._last: tuple[str, Level] | None = None
        self.played: list[str] = []  # what was rung, for the operator (and the tests)

    def _effect(self, name: str) -> object | None:
        if name not in self._effects:
            try:
                from PySide6.QtMultimedia import QSoundEffect

                effect = QSoundEffect()
                effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", f"{name}.wav"))))
                effect.setVolume(0.8)
                self._effects[name] = effect
            except Exception:  # noqa: BLE001 - no audio on this machine: the clock runs silent
                return None
        return self._effects[name]

    def follow(self, s: Snapshot) -> str:
        """Ring when the level rises to warning or danger, or when a phase ends; returns what rang."""
        key = (s.current.phase.id if s.current else "", s.level if s.current else Level.NORMAL)
        previous, self._last = self._last, key
        if previous is None or previous == key or s.paused:
            return ""
        name = ""
        if key[0] != previous[0]:
            name = "end" if previous[0] else ""
        elif key[1] is Level.WARNING and previous[1] is Level.NORMAL:
            name = "warning"
        elif key[1] is Level.DANGER:
            name = "danger"
        if name:
            self.played.append(name)
            effect = self._effect(name) if self.enabled else None
            if effect is not None:
                effect.play()  # type: ignore[attr-defined]
        return name


class ProjectorWindow(QWidget):
    """Full screen on the chosen screen. Esc (or Ctrl+W) closes it; it never leads anywhere else."""

    closed = Signal()

    def __init__(self, source: Callable[[], Snapshot], event_name: str = "") -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("ProjectorWindow")
        self.setWindowTitle(self.tr("Chrono — projecteur"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.source = source
        self.view = ProjectorView(self)
        self.view.event_name = event_name
        self.chimes = Chimes()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.timer = QTimer(self)
        self.timer.setInterval(250)  # a quarter second: the displayed second changes on time
        self.timer.timeout.connect(self.tick)
        # Set by whoever opens the projector: leaving it asks for the organiser's PIN, only if the event has one.
        self.pin_check: Callable[[str], bool] | None = None
        self.needs_pin: Callable[[], bool] | None = None

    def tick(self) -> None:
        snap = self.source()
        self.view.set_snapshot(snap)
        self.chimes.follow(snap)

    def open_on(self, screen: QScreen | None) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.tick()
        self.timer.start()
        self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape or (
            event.key() == Qt.Key.Key_W and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.ask_leave()
            return
        super().keyPressEvent(event)

    def ask_leave(self) -> None:
        if self.needs_pin is None or self.pin_check is None or not self.needs_pin():
            self.close()
            return
        from probono_desk.ui.pin_dialog import PinDialog

        self.pin_dialog = PinDialog(
            self.pin_check, self.tr("Quitter la projection : code PIN de l'organisateur·rice."), self
        )
        self.pin_dialog.granted.connect(lambda _pin: self.close())
        self.pin_dialog.open()

    def closeEvent(self, event: object) -> None:  # noqa: N802
        self.timer.stop()
        self.closed.emit()
        super().closeEvent(event)  # type: ignore[arg-type]


class ScreenPicker(QDialog):
    """Which screen shows the projector: chosen explicitly, the first non-primary one proposed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choisir l'écran du projecteur"))
        self.list = QListWidget(self)
        primary = QGuiApplication.primaryScreen()
        proposed = 0
        for index, screen in enumerate(QGuiApplication.screens()):
            g = screen.geometry()
            label = f"{screen.name() or screen.model()} — {g.width()}×{g.height()}"
            if screen is primary:
                label += "  " + self.tr("(écran principal, celui de ce portable)")
            elif proposed == 0:
                proposed = index
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.list.addItem(item)
        self.list.setCurrentRow(proposed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Afficher le chrono ici"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Le chrono s'affiche en plein écran. Échap le ferme.")))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> QScreen | None:
        screens = QGuiApplication.screens()
        row = self.list.currentRow()
        return screens[row] if 0 <= row < len(screens) else None
