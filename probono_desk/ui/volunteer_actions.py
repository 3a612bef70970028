"""Later check-in corrections from the volunteers list: undo someone's arrival (after confirmation), check them in by
hand, reissue a lost badge's code, print that person's badge. The desk at the door only undoes its own last
check-in for two minutes; every later correction is made here and journaled as such."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from probono_desk.core.checkin import AlreadyCheckedIn, hour
from probono_desk.core.codes import format_code
from probono_desk.core.models import Volunteer
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import show_error


class VolunteerActions(QWidget):
    """A row of buttons acting on the volunteer ``current()`` returns. ``changed`` after every write."""

    changed = Signal()
    badge_ready = Signal(object)  # the badge PDF's path

    def __init__(
        self, ctx: EventContext, current: Callable[[], Volunteer | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current = current
        self.box: QMessageBox | None = None  # the confirmation or result shown last (tests click it)
        self.last_badge_pdf: Path | None = None
        self.open_file: Callable[[Path], object] = lambda path: QDesktopServices.openUrl(path.as_uri())
        self.check_in_button = self._button(self.tr("Enregistrer l'arrivée"), "CheckInByHand", self.check_in)
        self.cancel_button = self._button(self.tr("Annuler l'arrivée…"), "CancelCheckin", self.ask_cancel)
        self.reissue_button = self._button(self.tr("Badge perdu : nouveau code…"), "ReissueCode", self.ask_reissue)
        self.print_button = self._button(self.tr("Imprimer son badge"), "PrintOneBadge", self.print_badge)
        self.print_button.setToolTip(self.tr("Le badge de cette personne, en PDF, ouvert pour l'impression"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.check_in_button, self.cancel_button, self.reissue_button, self.print_button):
            layout.addWidget(button)
        layout.addStretch(1)
        self.update_buttons()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def update_buttons(self) -> None:
        v = self.current()
        present = v is not None and v.id in self.ctx.ev.checkin.arrivals()
        self.check_in_button.setEnabled(v is not None and not present)
        self.cancel_button.setEnabled(present)
        self.reissue_button.setEnabled(v is not None)
        self.print_button.setEnabled(v is not None and self.ctx.ev.path is not None)

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.box = box
        return box

    def _confirm(self, title: str, text: str, yes: str, on_yes: Callable[[], object]) -> QMessageBox:
        box = self._message(QMessageBox.Icon.Question, title, text)
        ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Ne rien changer"), QMessageBox.ButtonRole.RejectRole).setDefault(True)
        box.buttonClicked.connect(lambda button: on_yes() if button is ok else None)
        box.open()  # never exec(): the window keeps running
        return box

    # --- the actions -----------------------------------------------------------------------------------------

    def check_in(self) -> None:
        v = self.current()
        if v is None:
            return
        try:
            outcome = self.ctx.ev.checkin.check_in_volunteer(v.id, method="manual")
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        if isinstance(outcome, AlreadyCheckedIn):
            box = self._message(
                QMessageBox.Icon.Information,
                self.tr("Déjà présent·e"),
                self.tr("{name} est déjà enregistré·e depuis {time}.").format(name=v.name, time=hour(outcome.since)),
            )
            box.addButton(QMessageBox.StandardButton.Ok)
            box.open()
        self._changed()

    def ask_cancel(self) -> QMessageBox | None:
        v = self.current()
        if v is None:
            return None
        since = self.ctx.ev.checkin.arrivals().get(v.id)
        if since is None:
            return None
        return self._confirm(
            self.tr("Annuler une arrivée"),
            self.tr("{name} ne sera plus compté·e présent·e (arrivée enregistrée à {time}). Continuer ?").format(
                name=v.name, time=hour(since)
            ),
            self.tr("Annuler son arrivée"),
            lambda: self.cancel(v.id),
        )

    def cancel(self, volunteer_id: str) -> None:
        try:
            self.ctx.ev.checkin.cancel_checkin(volunteer_id)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
        self._changed()

    def ask_reissue(self) -> QMessageBox | None:
        v = self.current()
        if v is None:
            return None
        return self._confirm(
            self.tr("Badge perdu"),
            self.tr(
                "Un nouveau code sera créé pour {name} ; l'ancien badge sera refusé à l'entrée. Continuer ?"
            ).format(name=v.name),
            self.tr("Créer un nouveau code"),
            lambda: self.reissue(v.id, v.name),
        )

    def reissue(self, volunteer_id: str, name: str) -> str | None:
        try:
            code = self.ctx.ev.checkin.reissue(volunteer_id)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return None
        self._changed()
        box = self._message(
            QMessageBox.Icon.Information,
            self.tr("Nouveau code"),
            self.tr("Nouveau code de {name} : {code}\nL'ancien badge est désormais refusé.").format(
                name=name, code=format_code(code)
            ),
        )
        printing = box.addButton(self.tr("Imprimer son badge"), QMessageBox.ButtonRole.AcceptRole)
        printing.setEnabled(self.ctx.ev.path is not None)
        box.addButton(QMessageBox.StandardButton.Close)
        box.buttonClicked.connect(lambda button: self.print_badge(volunteer_id) if button is printing else None)
        box.open()
        return code

    def print_badge(self, volunteer_id: str | None = None) -> None:
        """One badge as a PDF, rendered off the UI thread on the worker's own connection, then opened."""
        if volunteer_id is None:
            v = self.current()
            volunteer_id = v.id if v else None
        event_path = self.ctx.ev.path
        if volunteer_id is None or event_path is None:
            return
        from probono_desk.ui.badge_print import render_badge

        self.print_button.setEnabled(False)
        render_badge(self.ctx, volunteer_id, self._badge_done, self._badge_failed, parent=self)

    def _badge_done(self, path: Path) -> None:
        self.update_buttons()
        self.last_badge_pdf = path
        self.badge_ready.emit(path)
        self.open_file(path)

    def _badge_failed(self, exc: BaseException) -> None:
        self.update_buttons()
        show_error(self, exc)

    def _changed(self) -> None:
        self.ctx.notify_changed()
        self.changed.emit()
        self.update_buttons()
