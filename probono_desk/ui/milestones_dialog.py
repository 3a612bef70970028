"""The event's milestones ("Étapes…"): rename, add, remove, reorder. Each change is written at once (journaled);
ticks already given stay in the file when a milestone is removed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import error_text
from probono_desk.ui.missions_lists import MilestoneNamesModel


class MilestonesDialog(QDialog):
    changed = Signal()

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Étapes de la journée"))
        self.setMinimumSize(520, 460)
        self.confirm_box: QMessageBox | None = None
        intro = QLabel(
            self.tr("Les étapes que chaque équipe coche au fil de la journée. Double-cliquez (ou F2) pour renommer."),
            self,
        )
        intro.setWordWrap(True)
        self.model = MilestoneNamesModel(self._renamed, self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setProperty("lines", True)  # the app's list look (style.py)
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.new_edit = QLineEdit(self)
        self.new_edit.setPlaceholderText(self.tr("Nouvelle étape (Entrée pour l'ajouter)"))
        self.new_edit.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Ajouter"), self)
        self.add_button.clicked.connect(self.add)
        self.up_button = QPushButton(self.tr("Monter"), self)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Descendre"), self)
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button = QPushButton(self.tr("Retirer…"), self)
        self.remove_button.clicked.connect(self.ask_remove)
        QShortcut(QKeySequence("Alt+Up"), self, lambda: self.move_current(-1))
        QShortcut(QKeySequence("Alt+Down"), self, lambda: self.move_current(1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, self.ask_remove)
        self.problem = QLabel(self)
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)

        side = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_edit, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.load()

    def labels(self) -> list[str]:
        return [str(self.model.index(row, 0).data()) for row in range(self.model.rowCount())]

    def load(self, select: str | None = None) -> None:
        milestones = self.ctx.ev.missions.milestones()
        self.model.set_rows(milestones)
        row = next((row for row, m in enumerate(milestones) if m.id == select), None)
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def _current_row(self) -> int:
        return self.list.currentIndex().row()

    def _update_buttons(self) -> None:
        row = self._current_row()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)
        self.remove_button.setEnabled(row >= 0)

    def _current_id(self) -> str | None:
        index = self.list.currentIndex()
        return str(index.data(MilestoneNamesModel.ID_ROLE)) if index.isValid() else None

    def _done(self, select: str | None) -> None:
        self.problem.clear()
        self.ctx.notify_changed()
        self.changed.emit()
        self.load(select)

    def _failed(self, exc: BaseException) -> None:
        self.problem.setText(error_text(exc))
        self.load(self._current_id())

    # --- actions -----------------------------------------------------------------------------------------------

    def _renamed(self, milestone_id: str, label: str) -> None:
        try:
            self.ctx.ev.missions.rename_milestone(milestone_id, label)
        except Exception as exc:  # noqa: BLE001 - said in the dialog
            self._failed(exc)
            return
        self._done(milestone_id)

    def add(self) -> None:
        try:
            row = self._current_row()
            position = row + 1 if row >= 0 else None
            milestone = self.ctx.ev.missions.add_milestone(self.new_edit.text(), position)
        except Exception as exc:  # noqa: BLE001 - said in the dialog
            self._failed(exc)
            return
        self.new_edit.clear()
        self._done(milestone.id)

    def move_current(self, step: int) -> None:
        milestone_id = self._current_id()
        row = self._current_row()
        if milestone_id is None or not 0 <= row + step < self.model.rowCount():
            return
        try:
            self.ctx.ev.missions.move_milestone(milestone_id, row + step)
        except Exception as exc:  # noqa: BLE001 - said in the dialog
            self._failed(exc)
            return
        self._done(milestone_id)

    def ask_remove(self) -> QMessageBox | None:
        milestone_id = self._current_id()
        if milestone_id is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Retirer une étape"),
            self.tr("Retirer l'étape « {label} » ? Les coches déjà données restent dans le fichier.").format(
                label=self.list.currentIndex().data()
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        remove = box.addButton(self.tr("Retirer"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Garder"), QMessageBox.ButtonRole.RejectRole).setDefault(True)
        box.buttonClicked.connect(lambda button: self.remove(milestone_id) if button is remove else None)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm_box = box
        box.open()
        return box

    def remove(self, milestone_id: str) -> None:
        try:
            self.ctx.ev.missions.remove_milestone(milestone_id)
        except Exception as exc:  # noqa: BLE001 - said in the dialog
            self._failed(exc)
            return
        self._done(None)
