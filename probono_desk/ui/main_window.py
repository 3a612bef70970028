"""The main window: the event's name and date, the day's screens, the menu, the status bar (station, last backup).
The menus and what they open are in ``main_window_menu``; each screen scrolls in a ``screen_scroll.ScreenScroll``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.dates import hhmm, long_date
from probono_desk.ui.context import EventContext
from probono_desk.ui.main_window_menu import MainWindowMenus
from probono_desk.ui.screen_scroll import ScreenScroll
from probono_desk.ui.screens import screen_specs
from probono_desk.ui.tasks import Op, drain

BACKUP_INTERVAL_MS = 5 * 60 * 1000
CLOSE_WAIT_S = 120  # the longest a closing window waits for its background work (a large backup)
NAV_WIDTH = 200


class MainWindow(MainWindowMenus):
    screen_changed = Signal(str)
    backup_finished = Signal()  # a background copy landed

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.resize(1280, 800)
        self._import_dialog = None
        self._dirty: set[int] = set()
        self._closing_for_good = False
        self._released = False
        self.real_day_box: QWidget | None = None  # « C'est le jour J… » on a practice copy (the launcher asks)
        header = self._build_header()
        self._build_nav()
        body = self._build_body()
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(header)
        outer.addWidget(self._build_read_only_banner())
        from probono_desk.ui.practice import PracticeBand

        self.practice_band = PracticeBand(ctx, central)  # EXERCICE above every screen of a practice copy
        outer.addWidget(self.practice_band)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self._build_status_bar()
        self._build_menu()
        self._bind_screen_keys()
        ctx.data_changed.connect(self.refresh)
        self._start_backups()

        from probono_desk.ui.tour import Tours

        self.tours = Tours(self)  # the first time a screen opens: what to do at this moment of the day
        self.nav.setCurrentRow(0)
        self.refresh_header()
        if ctx.ev.read_only:  # what would write to the file is off; anything else that tries says why
            for action in (self.import_action, self.restore_action, self.anonymise_action):
                action.setEnabled(False)
            self._backup_timer.stop()

    def _build_header(self) -> QWidget:
        """What event this is, at a glance."""
        self.title_label = QLabel(self)
        self.title_label.setObjectName("EventTitle")
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setObjectName("EventSubtitle")
        brand = QLabel(self.tr("Marathon Probono"), self)
        brand.setObjectName("Brand")
        header = QWidget(self)
        header.setObjectName("Header")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(24, 10, 24, 10)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header_layout.addLayout(titles, 1)
        header_layout.addWidget(brand, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        return header

    def _build_nav(self) -> None:
        """The navigation between the day's screens, and the stack that shows them (each built when first shown)."""
        self.nav = QListWidget(self)
        self.nav.setObjectName("Navigation")
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setAccessibleName(self.tr("Écrans"))
        self.stack = QStackedWidget(self)
        self.specs = screen_specs()
        self._built: dict[int, QWidget] = {}  # row -> screen, built the first time it is shown
        for number, spec in enumerate(self.specs, start=1):
            title = spec.translated_title()
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            if number <= 9:
                item.setToolTip(self.tr("{title} (Ctrl+{number})").format(title=title, number=number))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget(self.stack))  # stands in until the screen is first shown
        self.nav.currentRowChanged.connect(self._show_row)

    def _build_body(self) -> QHBoxLayout:
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(16, 12, 16, 10)
        page_layout.addWidget(self.stack)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(page, 1)
        return body

    def _build_read_only_banner(self) -> QLabel:
        """Read-only: the data shown, every write refused, and the reason said on top."""
        self.read_only_banner = QLabel(
            self.tr(
                "Lecture seule : ce fichier est sur un support protégé en écriture (clé USB verrouillée, dossier "
                "protégé). Les données s'affichent, mais aucune modification n'est possible. Pour travailler, "
                "copiez le fichier dans un dossier où l'on peut écrire, puis ouvrez la copie."
            ),
            self,
        )
        self.read_only_banner.setObjectName("ReadOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "QLabel#ReadOnlyBanner { background: #fff3cd; color: #5c4400; border-bottom: 1px solid #e0c36a;"
            " padding: 8px 24px; font-weight: bold; }"
        )
        self.read_only_banner.setVisible(self.ctx.ev.read_only)
        return self.read_only_banner

    def _build_status_bar(self) -> None:
        self.station_label = QLabel(self)
        self.station_label.setObjectName("StationLabel")
        self.backup_label = QLabel(self)
        self.backup_label.setObjectName("BackupLabel")
        self.statusBar().addWidget(self.station_label)
        self.statusBar().addPermanentWidget(self.backup_label)

    def _bind_screen_keys(self) -> None:
        """Ctrl+1 … Ctrl+9: the day's first nine screens."""
        for number, _spec in enumerate(self.specs[:9], start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, row=number - 1: self.nav.setCurrentRow(row))
            self.addAction(action)

    def _start_backups(self) -> None:
        self._backup_running = False
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self._backup_timer.timeout.connect(self.backup_in_background)
        self._backup_timer.start()

    # --- navigation ----------------------------------------------------------------------------------------------

    @property
    def screens(self) -> list[QWidget]:
        """The screens built so far, in navigation order."""
        return [self._built[row] for row in sorted(self._built)]

    def _screen_at(self, row: int) -> QWidget:
        screen = self._built.get(row)
        if screen is None:
            screen = self.specs[row].build(self.ctx)
            stand_in = self.stack.widget(row)
            self.stack.insertWidget(row, ScreenScroll(screen))
            if stand_in is not None:
                self.stack.removeWidget(stand_in)
                stand_in.deleteLater()
            self._built[row] = screen
            self._dirty.discard(row)  # a new screen reads fresh data
        return screen

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        screen = self._screen_at(row)
        self.stack.setCurrentIndex(row)
        if row in self._dirty:
            self._dirty.discard(row)
            self._refresh_screen(screen)
        self.screen_changed.emit(self.nav_key(row))

    def nav_titles(self) -> list[str]:
        return [self.nav.item(row).text() for row in range(self.nav.count())]

    def show_screen(self, key: str) -> QWidget | None:
        for row, spec in enumerate(self.specs):
            if spec.key == key:
                self.nav.setCurrentRow(row)
                return self._screen_at(row)
        return None

    def screen_widget(self, key: str) -> QWidget | None:
        """The screen for ``key``, built if it was not yet (without showing it)."""
        row = next((r for r, spec in enumerate(self.specs) if spec.key == key), None)
        return None if row is None else self._screen_at(row)

    # --- data ----------------------------------------------------------------------------------------------------

    def refresh_header(self) -> None:
        info = self.ctx.ev.info
        from probono_desk.ui.practice import practice_title

        self.setWindowTitle(practice_title(self.ctx, f"{info.name} — probono_desk"))
        self.title_label.setText(info.name)
        parts = [long_date(info.date, weekday=True)]
        if info.venue:
            parts.append(info.venue)
        self.subtitle_label.setText(" · ".join(parts))
        self.station_label.setText(self.tr("Poste : {station}").format(station=self.ctx.ev.station))
        last = self.ctx.ev.last_backup
        self.backup_label.setText(
            self.tr("Dernière sauvegarde : {time}").format(time=hhmm(last))
            if last
            else self.tr("Pas encore de sauvegarde")
        )

    def refresh(self) -> None:
        """Data changed (here or in another process): the header and the visible screen now, the others when shown."""
        self.refresh_header()
        current = self.stack.currentIndex()
        for row, screen in self._built.items():
            if row == current:
                self._refresh_screen(screen)
            else:
                self._dirty.add(row)

    @staticmethod
    def _refresh_screen(screen: QWidget) -> None:
        refresh = getattr(screen, "refresh", None)
        if callable(refresh):
            refresh()

    def backup_in_background(self) -> None:
        """The 5-minute copy, on a worker with its own connection: a file heavy with attachments never freezes the
        desk in the middle of the rush."""
        if self._backup_running:
            return
        self._backup_running = True

        def done(_target: Path | None) -> None:
            self._backup_running = False
            self.ctx.ev.last_backup = self.ctx.ev.now_iso()
            self.refresh_header()
            self.backup_finished.emit()

        def failed(exc: BaseException) -> None:
            self._backup_running = False
            self.statusBar().showMessage(self.tr("Sauvegarde impossible : {error}").format(error=str(exc)), 10_000)

        Op.on_event(self.ctx.ev, lambda ev: ev.backup(), done, failed, owner=self).start()

    def backup_now(self) -> Path | None:
        target: Path | None = None
        try:
            target = self.ctx.ev.backup()
        except Exception as exc:  # noqa: BLE001 - a failed backup is reported, the day goes on
            self.statusBar().showMessage(self.tr("Sauvegarde impossible : {error}").format(error=str(exc)), 10_000)
        self.refresh_header()
        return target

    def release_file(self) -> None:
        """Let go of the event file without a closing backup (it is about to be replaced by a restore)."""
        if not self._released:
            self._released = True
            self._backup_timer.stop()
            drain(CLOSE_WAIT_S)
            self.ctx.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._released:
            self._released = True
            self._backup_timer.stop()
            drain(CLOSE_WAIT_S)  # a backup (a copy, a document) in flight completes before the file closes
            try:
                self.ctx.ev.backup(reason="fermeture")
            except Exception:  # noqa: BLE001,S110 - closing must not be prevented by a failed backup copy
                pass
            self.ctx.close()
        super().closeEvent(event)
