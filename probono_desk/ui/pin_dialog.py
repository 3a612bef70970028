"""The organiser's PIN, asked before an organiser-only action (never a modal loop: the dialog is opened, and the
action runs when the right PIN is typed). With no PIN set on the event, the action runs at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from probono_desk.core.pin import PIN_MAX
from probono_desk.ui.context import EventContext

PinAction = Callable[[str | None], object]


class PinDialog(QDialog):
    granted = Signal(str)  # the PIN that was accepted

    def __init__(self, check: Callable[[str], bool], reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.setWindowTitle(self.tr("Code PIN de l'organisateur·rice"))
        self.reason = QLabel(reason, self)
        self.reason.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(PIN_MAX)
        self.field.setPlaceholderText(self.tr("Code PIN"))
        self.error = QLabel(self)
        self.error.setObjectName("PinError")
        self.error.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Valider"))
        buttons.accepted.connect(self.try_pin)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.field.setFocus()

    def try_pin(self) -> bool:
        pin = self.field.text()
        self.field.clear()
        if not self.check(pin):
            self.error.setText(self.tr("Code incorrect."))
            self.field.setFocus()
            return False
        self.accept()
        self.granted.emit(pin)
        return True


def ask_organiser(ctx: EventContext, parent: QWidget, reason: str, action: PinAction) -> PinDialog | None:
    """Run ``action(pin)`` once the organiser's PIN is typed; at once (with None) if the event has no PIN."""
    privacy = ctx.ev.privacy
    if not privacy.has_pin():
        action(None)
        return None
    dialog = PinDialog(lambda pin: privacy.check_pin(pin), reason, parent)
    dialog.granted.connect(action)
    parent._pin_dialog = dialog  # type: ignore[attr-defined]  # kept alive, and found by tests
    dialog.open()
    return dialog
