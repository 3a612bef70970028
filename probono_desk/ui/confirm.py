"""One way to ask "are you sure?" before something that cannot be taken back: a window-modal box opened with
``open()`` (never ``exec()``: the desk and the clock keep running), Cancel as the default button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget, title: str, text: str, yes: str, then: Callable[[], object]) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(yes)
    box.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("confirm", "Annuler"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.accepted.connect(then)
    parent._confirm_box = box  # type: ignore[attr-defined]  # kept alive, and found by tests
    box.open()
    return box
