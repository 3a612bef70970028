"""The Chrono screen's panels: the day's buttons, time, the room message, the projector's options, the rehearsal,
the plan and the readouts' order. Each builds its widgets and shows what it is given; the screen (``chrono.py``)
wires them to the schedule."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTime, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.schedule import Phase, Plan, Problem, Readouts, Team, french_hm
from probono_desk.core.schedule_run import MessageMode
from probono_desk.ui.chrono_plan import KindDelegate, PlanModel, PlanTable
from probono_desk.ui.table_model import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex
SPEEDS = [1, 10, 60]
MINUTE_STEPS = (-5, -1, 1, 5)


def tight(layout: QBoxLayout) -> None:
    """Group boxes already pad their content (style.py): their layouts add little more."""
    layout.setContentsMargins(4, 2, 4, 2)
    layout.setSpacing(8)


def button(text: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setMinimumHeight(36)
    return button


def _row(box: QGroupBox, widgets: list[QWidget]) -> None:
    """The widgets side by side, pushed to the left."""
    row = QHBoxLayout(box)
    tight(row)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)


class DayBox(QGroupBox):
    """Start the day, pause, the next phase, the next team."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Journée"), parent)
        self.start_button = button(self.tr("Démarrer la journée"), self)
        self.start_button.setStyleSheet(  # one size in both states: greyed out, its accents were cut off
            "QPushButton { font-weight: bold; padding: 0 10px; }"
            " QPushButton:enabled { background: #2e7d32; color: white; }"
        )
        self.pause_button = button(self.tr("Pause"), self)
        self.pause_button.setShortcut("Ctrl+Space")
        self.skip_button = button(self.tr("Phase suivante"), self)
        self.next_team_button = button(self.tr("Équipe suivante"), self)
        _row(self, [self.start_button, self.pause_button, self.skip_button, self.next_team_button])

    def show_state(self, started: bool, paused: bool, turn: bool) -> None:
        self.start_button.setEnabled(not started)
        self.pause_button.setText(self.tr("Reprendre") if paused else self.tr("Pause"))
        self.next_team_button.setEnabled(turn)


class TimeBox(QGroupBox):
    """Minutes more or less for the current phase, and a shift of the rest of the day from a phase on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Temps de la phase en cours et de la suite"), parent)
        self.minute_buttons = {
            minutes: button(f"{'+' if minutes > 0 else '−'}{abs(minutes)} min", self) for minutes in MINUTE_STEPS
        }
        self.shift_phase = QComboBox(self)
        self.shift_minutes = QSpinBox(self)
        self.shift_minutes.setRange(-120, 120)
        self.shift_minutes.setValue(10)
        self.shift_minutes.setSuffix(" min")
        self.shift_button = button(self.tr("Décaler"), self)
        self.shift_phase.setMinimumContentsLength(10)
        self.shift_phase.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.shift_minutes.setFixedWidth(108)
        rows = QVBoxLayout(self)
        tight(rows)
        minutes_row = QHBoxLayout()
        for minutes in MINUTE_STEPS:
            minutes_row.addWidget(self.minute_buttons[minutes])
        minutes_row.addStretch(1)
        shift_row = QHBoxLayout()
        shift_row.addWidget(QLabel(self.tr("Décaler à partir de"), self))
        shift_row.addWidget(self.shift_phase, 1)
        shift_row.addWidget(self.shift_minutes)
        shift_row.addWidget(self.shift_button)
        rows.addLayout(minutes_row)
        rows.addLayout(shift_row)

    def show_phases(self, phases: tuple[Phase, ...] | list[Phase]) -> None:
        """The phases to shift from, the one chosen kept."""
        current = self.shift_phase.currentData()
        self.shift_phase.clear()
        self.shift_phase.addItem(self.tr("la phase suivante"), "")
        for p in phases:
            self.shift_phase.addItem(f"{french_hm(p.start)} {p.title}", p.id)
        self.shift_phase.setCurrentIndex(max(0, self.shift_phase.findData(current)))


class MessageBox(QGroupBox):
    """A message for the room: shown, blinking, or alone on a black screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Message"), parent)
        self.message_edit = QLineEdit(self)
        self.message_edit.setPlaceholderText(self.tr("Message pour la salle"))
        self.message_mode = QComboBox(self)
        self.message_mode.addItem(self.tr("Afficher"), MessageMode.SHOW.value)
        self.message_mode.addItem(self.tr("Clignoter"), MessageMode.BLINK.value)
        self.message_mode.addItem(self.tr("Écran noir"), MessageMode.BLACKOUT.value)
        self.send_button = button(self.tr("Envoyer"), self)
        self.clear_button = button(self.tr("Effacer"), self)
        row = QHBoxLayout(self)
        tight(row)
        row.addWidget(self.message_edit, 1)
        row.addWidget(self.message_mode)
        row.addWidget(self.send_button)
        row.addWidget(self.clear_button)


class ProjectorBox(QGroupBox):
    """The projector's window and its options, saved with the event."""

    display_toggled = Signal(str, bool)  # (key of the display settings, on)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Projecteur"), parent)
        self.projector_button = button(self.tr("Ouvrir l'écran projecteur…"), self)
        self.chime_box = QCheckBox(self.tr("Carillon"), self)
        self.large_box = QCheckBox(self.tr("Grands chiffres"), self)
        self.seconds_box = QCheckBox(self.tr("Secondes"), self)
        for key, box in self._boxes():
            box.toggled.connect(lambda on, k=key: self.display_toggled.emit(k, on))
        _row(self, [self.projector_button, self.chime_box, self.large_box, self.seconds_box])

    def _boxes(self) -> list[tuple[str, QCheckBox]]:
        return [("chime", self.chime_box), ("large_digits", self.large_box), ("show_seconds", self.seconds_box)]

    def show_display(self, display: dict[str, bool]) -> None:
        for key, box in self._boxes():
            box.setChecked(display[key])


class RehearsalBox(QGroupBox):
    """The plan run at another hour and speed, the day's clock untouched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Répétition"), parent)
        self.rehearsal_box = QCheckBox(self.tr("Répétition"), self)
        self.rehearsal_box.setToolTip(self.tr("Le plan tourne à l'heure choisie, sans toucher au chrono du jour."))
        self.rehearsal_time = QTimeEdit(QTime(8, 25), self)
        self.rehearsal_time.setDisplayFormat("HH:mm")
        self.rehearsal_speed = QComboBox(self)
        for speed in SPEEDS:
            self.rehearsal_speed.addItem(f"×{speed}", speed)
        self.rehearsal_button = button(self.tr("Lancer"), self)
        self.rehearsal_time.setFixedWidth(100)
        _row(self, [self.rehearsal_box, self.rehearsal_time, self.rehearsal_speed, self.rehearsal_button])


class PlanPanel(QWidget):
    """The plan's table, what is wrong with it, and the buttons that add, remove or reload phases."""

    def __init__(self, model: PlanModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = PlanTable(self)
        self.table.setModel(model)
        self.table.setItemDelegateForColumn(PlanModel.COL_KIND, KindDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(120)
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("PlanProblems")
        self.problems_label.setWordWrap(True)
        self.add_button = button(self.tr("Ajouter une phase après"), self)
        self.remove_button = button(self.tr("Supprimer la phase"), self)
        self.template_button = button(self.tr("Charger le modèle Marathon"), self)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.template_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems_label)
        layout.addLayout(buttons)

    def selected_phase_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.phase(rows[0].row()).id if rows else None

    def show_plan(self, plan: Plan, problems: list[Problem], refused: str) -> None:
        """The phases, the rows in error in red; below, the problems, else (unless an edit was just refused) the
        plan's span."""
        self.model.set_plan(list(plan.phases), {p.phase_id for p in problems if p.level == "error"})
        if problems:
            self.problems_label.setText(
                "\n".join(("⚠ " if p.level == "warning" else "✖ ") + p.message for p in problems)
            )
            self.problems_label.setStyleSheet("color: #8a5300;")
        elif not refused:
            if plan.phases:
                text = self.tr("Programme valide : {count} phases, de {start} à {end}.").format(
                    count=len(plan.phases),
                    start=french_hm(plan.phases[0].start),
                    end=french_hm(plan.phases[-1].end),
                )
            else:
                text = self.tr("Aucune phase : chargez le modèle Marathon.")
            self.problems_label.setText(text)
            self.problems_label.setStyleSheet("color: #2e7d32;")

    def show_refused(self, why: str) -> None:
        self.problems_label.setText(self.tr("Refusé : {why}").format(why=why))
        self.problems_label.setStyleSheet("color: #b3261e; font-weight: bold;")


class ReadoutOrderModel(RowsTableModel[Team]):
    """The teams in their readout order: one column, shown in a list."""

    ID_ROLE = Qt.ItemDataRole.UserRole

    def headers(self) -> list[str]:
        return [self.tr("Équipe")]

    def row_of(self, team_id: str) -> int:
        return next((i for i, t in enumerate(self._rows) if t.id == team_id), -1)

    def display(self, team: Team, column: int) -> Any:
        return team.name

    def role_data(self, team: Team, column: int, role: int) -> Any:
        return team.id if role == self.ID_ROLE else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == self.SORT_ROLE:  # the position itself, not a property of the team
            return index.row() if self._holds(index) else None
        return super().data(index, role)


class ReadoutBox(QGroupBox):
    """The readouts' order (moved with the arrows) and the length of a talk and of its questions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ordre de passage des restitutions"), parent)
        self.order_model = ReadoutOrderModel(self)
        self.teams = QListView(self)
        self.teams.setModel(self.order_model)
        self.teams.setProperty("lines", True)  # styled as the app's lists (style.py)
        self.teams.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.team_up = button("↑", self)
        self.team_down = button("↓", self)
        self.talk_spin = QSpinBox(self)
        self.talk_spin.setRange(1, 30)
        self.talk_spin.setSuffix(self.tr(" min de présentation"))
        self.questions_spin = QSpinBox(self)
        self.questions_spin.setRange(0, 30)
        self.questions_spin.setSuffix(self.tr(" min de questions"))
        layout = QVBoxLayout(self)
        tight(layout)
        arrows = QVBoxLayout()
        arrows.addWidget(self.team_up)
        arrows.addWidget(self.team_down)
        arrows.addStretch(1)
        order = QHBoxLayout()
        order.addWidget(self.teams, 1)
        order.addLayout(arrows)
        layout.addLayout(order, 1)
        layout.addWidget(self.talk_spin)
        layout.addWidget(self.questions_spin)
        bold = QFont(self.font())
        bold.setBold(True)
        self.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(self.title()) + 40)
        self.teams.setMinimumHeight(80)
        self.teams.setWordWrap(True)
        self.teams.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for arrow in (self.team_up, self.team_down):
            arrow.setFixedWidth(44)

    def current_team_id(self) -> str | None:
        index = self.teams.currentIndex()
        return str(index.data(ReadoutOrderModel.ID_ROLE)) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.teams.setCurrentIndex(self.order_model.index(row, 0))

    def show_readouts(self, readouts: Readouts) -> None:
        """The order and the slot; the selected row stays selected."""
        selected = self.teams.currentIndex().row()
        self.order_model.set_rows(readouts.teams)
        self.select_row(selected)
        self.talk_spin.setValue(readouts.talk_s // 60)
        self.questions_spin.setValue(readouts.questions_s // 60)
