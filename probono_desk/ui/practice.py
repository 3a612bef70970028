"""« Répétition » in the window: make a practice copy (Fichier → Répétition…), the EXERCICE band on every screen,
the copy's clock settings, and the question asked when a copy is opened on the real day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from probono_desk.core.practice import SPEEDS, is_event_day
from probono_desk.services import practice
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import show_error
from probono_desk.ui.tasks import Op

BAND_COLOUR = "#ef6c00"


def mark() -> str:
    return QCoreApplication.translate("practice", "EXERCICE")


def practice_title(ctx: EventContext, title: str) -> str:
    """``title`` with EXERCICE in front in a practice copy (the window's title bar, the projector)."""
    return f"{mark()} — {title}" if ctx.practice is not None else title


class PracticeBand(QWidget):
    """The coloured band above every screen of a practice copy: EXERCICE, the simulated time, the clock settings."""

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("PracticeBand")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            f"#PracticeBand {{ background: {BAND_COLOUR}; }} #PracticeBand QLabel {{ color: white; font-weight: bold; }}"
            "#PracticeBand QPushButton { padding: 3px 10px; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 4, 24, 4)
        self.label = QLabel(self)
        self.label.setObjectName("PracticeLabel")
        self.label.setWordWrap(True)  # a laptop's 1280 pixels hold the band, its clock and its two buttons
        self.clock_label = QLabel(self)
        self.settings_button = QPushButton(self.tr("Horloge de l'exercice…"), self)
        self.settings_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the desk's scan field keeps the keyboard
        self.settings_button.clicked.connect(self.open_settings)
        self.badges_button = QPushButton(self.tr("Badges des stagiaires"), self)
        self.badges_button.setToolTip(
            self.tr("Les badges d'exercice des stagiaires (ils n'existent que dans la copie)")
        )
        self.badges_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.badges_button.clicked.connect(self.print_trainee_badges)
        self.last_badges: Path | None = None
        self.open_file: Callable[[Path], object] = lambda path: QDesktopServices.openUrl(path.as_uri())  # tests
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.badges_button)
        layout.addWidget(self.settings_button)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self.dialog: PracticeClockDialog | None = None
        ctx.event_closed.connect(self._timer.stop)
        self.refresh()

    def refresh(self) -> None:
        info = self.ctx.practice
        self.setVisible(info is not None)
        if info is None:
            self._timer.stop()
            return
        self.label.setText(
            self.tr("{mark} — copie d'exercice : rien de ce qui est fait ici ne touche l'événement réel.").format(
                mark=mark()
            )
        )
        self._timer.start()
        self.tick()

    def tick(self) -> None:
        info = self.ctx.practice
        if info is None:
            return
        now = self.ctx.ev.clock.now()
        self.clock_label.setText(
            self.tr("Heure simulée {time} (×{speed})").format(time=now.strftime("%H:%M:%S"), speed=f"{info.speed:g}")
        )

    def print_trainee_badges(self) -> None:
        """The trainees' practice badges as a PDF (made off the UI thread), then opened for printing."""
        from probono_desk.core.logs import data_dir
        target = data_dir() / "badges" / "badges-exercice.pdf"
        ids = ",".join(practice.trainee_ids(self.ctx.ev))

        def done(path: Path) -> None:
            self.last_badges = path
            self.open_file(path)

        Op.on_event(
            self.ctx.ev,
            lambda ev: ev.documents.render("badges", target, only_ids=ids),
            done,
            lambda exc: show_error(self, exc),
            owner=self,
        ).start()

    def open_settings(self) -> PracticeClockDialog:
        self.dialog = PracticeClockDialog(self.ctx, self)
        self.dialog.applied.connect(self.refresh)
        self.dialog.open()
        return self.dialog


class PracticeClockDialog(QDialog):
    """Start time and speed of the copy's clock, for every screen; kept in the copy."""

    applied = Signal()

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Horloge de l'exercice"))
        info = ctx.practice
        self.start = QTimeEdit(self)
        self.start.setDisplayFormat("HH:mm")
        if info is not None:
            self.start.setTime(QTime(info.start.hour, info.start.minute))
        self.speed = QComboBox(self)
        for speed in SPEEDS:
            self.speed.addItem(f"×{speed:g}", speed)
        if info is not None:
            index = self.speed.findData(info.speed)
            self.speed.setCurrentIndex(max(0, index))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(
            QLabel(self.tr("Tous les écrans de la copie suivent cette horloge (check-in, missions, chrono)."), self)
        )
        form.addRow(self.tr("Départ à"), self.start)
        form.addRow(self.tr("Vitesse"), self.speed)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        apply = buttons.addButton(self.tr("Repartir de cette heure"), QDialogButtonBox.ButtonRole.AcceptRole)
        apply.setDefault(True)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply(self) -> None:
        t = self.start.time()
        try:
            self.ctx.practice = practice.set_clock(
                self.ctx.ev, f"{t.hour():02d}:{t.minute():02d}", float(self.speed.currentData())
            )
        except Exception as exc:  # noqa: BLE001 - said in the dialog; the organiser retries
            from probono_desk.ui.errors import error_text

            self.problem.setText(error_text(exc))
            return
        self.ctx.notify_changed()
        self.applied.emit()
        self.accept()


def ask_practice_copy(parent: QWidget, ctx: EventContext, on_made: Callable[[Path], None]) -> None:
    """Fichier → Répétition…: where to write the copy, then make it off the UI thread and open it."""
    from probono_desk.ui.save_target import NO_DIALOG_QUESTION

    info = ctx.ev.info
    source = ctx.ev.path
    if source is None:
        return
    suggested = str(source.with_name(f"{info.name} - {mark().lower()}.probono"))
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("practice", "Répétition : copie d'exercice"),
        suggested,
        QCoreApplication.translate("practice", "Événement probono_desk (*.probono)"),
        options=NO_DIALOG_QUESTION,
    )
    if path:
        make_practice_copy(parent, source, Path(path), on_made)


def make_practice_copy(parent: QWidget, source: Path, target: Path, on_made: Callable[[Path], None]) -> None:
    Op(lambda: practice.make_copy(source, target), on_made, lambda exc: show_error(parent, exc), owner=parent).start()


def ask_real_day(parent: QWidget, ctx: EventContext, open_real: Callable[[Path], object]) -> QMessageBox | None:
    """A practice copy opened on the event's own date: « C'est le jour J : ouvrir l'événement réel ? ». Oui opens the
    real event (when its file is known and still there); Non stays on the copy."""
    if ctx.practice is None or not is_event_day(ctx.ev.info.date, date.today()):
        return None
    real = practice.real_event_path(ctx.ev)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("practice", "Copie d'exercice"))
    box.setText(QCoreApplication.translate("practice", "C'est le jour J : ouvrir l'événement réel ?"))
    if real is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "practice", "Ce fichier est une copie d'exercice ({mark}). Réel : {path}"
            ).format(mark=mark(), path=real)
        )
    else:
        box.setInformativeText(
            QCoreApplication.translate(
                "practice", "Ce fichier est une copie d'exercice ({mark}) ; l'événement réel est introuvable ici."
            ).format(mark=mark())
        )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.button(QMessageBox.StandardButton.Yes).setEnabled(real is not None)
    if real is None:
        box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(button: int) -> None:
        if button == QMessageBox.StandardButton.Yes and real is not None:
            QTimer.singleShot(0, lambda: open_real(real))

    box.finished.connect(answered)
    box.open()
    return box
