"""The one place where errors become words for a user (OnionShare's ``get_translated_tor_error``)."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from probono_desk.core.errors import ProbonoError
from probono_desk.core.logs import log_exception


def error_text(exc: BaseException) -> str:
    """A translated, human message; unexpected errors are logged and summarised, never shown as a traceback."""
    if isinstance(exc, ProbonoError):
        text = QCoreApplication.translate("errors", exc.template)
        try:
            return text.format(**exc.values)
        except (KeyError, IndexError, ValueError):
            return text
    where = log_exception(exc)
    return QCoreApplication.translate(
        "errors", "Une erreur inattendue est survenue ({error}). Rien n'a été perdu ; les détails sont dans {log}."
    ).format(error=type(exc).__name__, log=where)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("errors", "probono_desk"))
    box.setText(error_text(exc))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_boxes.add(box)
    box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()  # never exec(): a modal loop would block the check-in desk


_open_boxes: set[QMessageBox] = set()


def install_excepthook() -> None:
    """Any exception escaping a slot shows a French message and goes to the log file."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if QApplication.instance() is None:
            sys.__excepthook__(kind, exc, tb)
            return
        show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook
