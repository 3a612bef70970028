"""Before the window writes an output where the user chose: refuse, with a message box that says why, what no output
may replace (an event file, the open event through a link, a device, a folder); ask before replacing an existing
file; then write. The writing itself goes through the same guard again (``output/files.py``), in the worker."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from probono_desk.core.errors import ProbonoError
from probono_desk.services.outputs import check_output, replaces_a_file
from probono_desk.ui.confirm import confirm
from probono_desk.ui.errors import show_error

# Our own question (it also covers names the dialog never saw: the .csv beside a .json, a suffix added after).
NO_DIALOG_QUESTION = QFileDialog.Option.DontConfirmOverwrite


def write_then(parent: QWidget, targets: Sequence[Path], then: Callable[[], object]) -> QMessageBox | None:
    """Run ``then`` once every target may be written: at once when none exists, after a confirm when one would be
    replaced, never when one must not be (a French message box instead). Returns the box shown, if any."""
    try:
        for target in targets:
            check_output(target)
    except ProbonoError as exc:
        show_error(parent, exc, QCoreApplication.translate("save", "Enregistrement refusé"))
        return None
    existing = [t for t in targets if replaces_a_file(t)]
    if not existing:
        then()
        return None
    return confirm(
        parent,
        QCoreApplication.translate("save", "Remplacer le fichier ?"),
        QCoreApplication.translate(
            "save", "« {names} » existe déjà. Le remplacer ? L'ancien contenu sera perdu."
        ).format(names=", ".join(t.name for t in existing)),
        QCoreApplication.translate("save", "Remplacer"),
        then,
    )
