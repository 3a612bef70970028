"""The main window: the event's name and date, the day's screens, the status bar (station, last backup)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from probono_desk.ui.context import EventContext
from probono_desk.ui.screens import build_screens

BACKUP_INTERVAL_MS = 5 * 60 * 1000


class MainWindow(QMainWindow):
    screen_changed = Signal(str)

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.resize(1280, 800)

        self.title_label = QLabel(self)
        self.title_label.setObjectName("EventTitle")
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setObjectName("EventSubtitle")

        self.nav = QListWidget(self)
        self.nav.setObjectName("Navigation")
        self.nav.setFixedWidth(220)
        self.stack = QStackedWidget(self)
        self.screens = build_screens(ctx)
        for screen in self.screens:
            item = QListWidgetItem(getattr(screen, "nav_title", screen.objectName()))
            item.setData(Qt.ItemDataRole.UserRole, getattr(screen, "nav_key", ""))
            self.nav.addItem(item)
            self.stack.addWidget(screen)
        self.nav.currentRowChanged.connect(self._show_row)

        header = QVBoxLayout()
        header.setSpacing(0)
        header.addWidget(self.title_label)
        header.addWidget(self.subtitle_label)
        right = QVBoxLayout()
        right.addLayout(header)
        right.addWidget(self.stack, 1)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addLayout(right, 1)
        central = QWidget(self)
        central.setLayout(body)
        self.setCentralWidget(central)

        self.station_label = QLabel(self)
        self.backup_label = QLabel(self)
        self.statusBar().addWidget(self.station_label)
        self.statusBar().addPermanentWidget(self.backup_label)

        for number, _screen in enumerate(self.screens[:9], start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, row=number - 1: self.nav.setCurrentRow(row))
            self.addAction(action)

        ctx.data_changed.connect(self.refresh)
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self._backup_timer.timeout.connect(self.backup_now)
        self._backup_timer.start()

        self.nav.setCurrentRow(0)
        self.refresh_header()

    # --- navigation ----------------------------------------------------------------------------------------------

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.screen_changed.emit(self.nav_key(row))

    def nav_key(self, row: int) -> str:
        item = self.nav.item(row)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def show_screen(self, key: str) -> QWidget | None:
        for row, screen in enumerate(self.screens):
            if getattr(screen, "nav_key", None) == key:
                self.nav.setCurrentRow(row)
                return screen
        return None

    def screen_widget(self, key: str) -> QWidget | None:
        return next((s for s in self.screens if getattr(s, "nav_key", None) == key), None)

    # --- data ----------------------------------------------------------------------------------------------------

    def refresh_header(self) -> None:
        info = self.ctx.ev.info
        self.setWindowTitle(f"{info.name} — probono_desk")
        self.title_label.setText(info.name)
        parts = [_french_date(info.date)]
        if info.venue:
            parts.append(info.venue)
        self.subtitle_label.setText(" · ".join(parts))
        self.station_label.setText(self.tr("Poste : {station}").format(station=self.ctx.ev.station))
        last = self.ctx.ev.last_backup
        self.backup_label.setText(
            self.tr("Dernière sauvegarde : {time}").format(time=last[11:16])
            if last
            else self.tr("Pas encore de sauvegarde")
        )

    def refresh(self) -> None:
        self.refresh_header()
        for screen in self.screens:
            refresh = getattr(screen, "refresh", None)
            if callable(refresh):
                refresh()

    def backup_now(self) -> None:
        try:
            self.ctx.ev.backup()
        except Exception as exc:  # noqa: BLE001 - a failed backup is reported, the day goes on
            self.statusBar().showMessage(self.tr("Sauvegarde impossible : {error}").format(error=str(exc)), 10_000)
        self.refresh_header()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._backup_timer.stop()
        try:
            self.ctx.ev.backup(reason="fermeture")
        except Exception:  # noqa: BLE001,S110 - closing must not be prevented by a failed backup copy
            pass
        super().closeEvent(event)


_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


def _french_date(iso_date: str) -> str:
    try:
        year, month, day = (int(x) for x in iso_date.split("-"))
        return f"{day} {_MONTHS[month - 1]} {year}"
    except (ValueError, IndexError):
        return iso_date
