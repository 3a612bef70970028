"""The walk-in form: name, email, situation, skills, organisation — then checked in at once with a new code."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.checkin import CheckedIn
from probono_desk.core.models import Situation
from probono_desk.core.text import split_list
from probono_desk.services.checkin import CheckinService
from probono_desk.ui.errors import error_text


class WalkInDialog(QDialog):
    """Not modal-blocking (``open()``): the desk keeps running. ``registered`` carries the outcome."""

    registered = Signal(object)

    def __init__(self, service: CheckinService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setObjectName("WalkInDialog")
        self.setWindowTitle(self.tr("Inscription sur place"))
        font = QFont(self.font())
        font.setPointSize(14)
        self.setFont(font)
        # The app's style sheet stops a parent's font from reaching its children: say it for them too.
        self.setStyleSheet("#WalkInDialog QWidget { font-size: 14pt; }")
        self.setMinimumWidth(560)
        self.first_name = QLineEdit(self)
        self.first_name.setObjectName("WalkInFirstName")
        self.last_name = QLineEdit(self)
        self.last_name.setObjectName("WalkInLastName")
        self.email = QLineEdit(self)
        self.email.setObjectName("WalkInEmail")
        self.organisation = QLineEdit(self)
        self.organisation.setObjectName("WalkInOrganisation")
        self.situation = QComboBox(self)
        self.situation.setObjectName("WalkInSituation")
        self.situation.addItem(self.tr("—"), None)
        for sit in Situation:
            self.situation.addItem(self.translate_label(sit.label), sit.value)
        self.skills = QLineEdit(self)
        self.skills.setObjectName("WalkInSkills")
        self.skills.setPlaceholderText(self.tr("séparées par des virgules"))
        self.problem = QLabel(self)
        self.problem.setObjectName("WalkInProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")

        form = QFormLayout()
        form.addRow(self.tr("Prénom"), self.first_name)
        form.addRow(self.tr("Nom"), self.last_name)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Situation"), self.situation)
        form.addRow(self.tr("Compétences"), self.skills)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.submit = self.buttons.addButton(
            self.tr("Enregistrer et faire entrer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.submit.setDefault(True)
        self.buttons.accepted.connect(self.register)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.first_name.setFocus()

    def translate_label(self, label: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("situation", label)

    def register(self) -> None:
        try:
            outcome: CheckedIn = self.service.register_walk_in(
                first_name=self.first_name.text(),
                last_name=self.last_name.text(),
                email=self.email.text(),
                organisation=self.organisation.text(),
                situation=Situation(self.situation.currentData()) if self.situation.currentData() else None,
                skills=tuple(split_list(self.skills.text())),
            )
        except Exception as exc:  # noqa: BLE001 - shown in the form; the user fixes and retries
            self.problem.setText(error_text(exc))
            return
        self.registered.emit(outcome)
        self.accept()
