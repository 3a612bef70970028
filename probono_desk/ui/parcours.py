"""The Parcours screen: each structure's path after the day — the diagnostic, the recommendations checklist, the
Trail log, the mid-term interview — and, for all structures, the reminders (next planned sessions, quiet Trails,
Trails past their end with recommendations still open)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.trail import Reminders
from probono_desk.services.trail_followup import TrailFollowupService
from probono_desk.ui.context import EventContext
from probono_desk.ui.parcours_lists import RemindersModel, StructuresModel
from probono_desk.ui.parcours_midterm import MidtermPanel
from probono_desk.ui.parcours_panels import DiagnosticPanel, RecommendationsPanel
from probono_desk.ui.parcours_sessions import SessionsPanel
from probono_desk.ui.table_model import list_view


class ParcoursScreen(QWidget):
    nav_key = "parcours"

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.nav_title = self.tr("Parcours")
        self.today: date | None = None  # None: the event's clock; tests and rehearsals pass a day in
        self.followup = TrailFollowupService(ctx.ev)
        self.structures_model = StructuresModel(self)
        self.structures = list_view(self, self.structures_model, "parcoursStructures")
        self.structures.selectionModel().currentRowChanged.connect(lambda row, _old: self._structure_changed(row.row()))
        self.reminders_title = QLabel(self.tr("<b>Relances</b>"), self)
        self.reminders_model = RemindersModel(self)
        self.reminders = list_view(self, self.reminders_model, "parcoursReminders")
        self.reminders.setWordWrap(True)
        self.reminders.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # lines wrap instead
        self.reminders.activated.connect(self._go_to_reminder)
        self.bilan_button = QPushButton(self.tr("Imprimer le bilan du programme…"), self)
        self.bilan_button.clicked.connect(self.print_bilan)

        self.diagnostic = DiagnosticPanel(ctx, self)
        self.recommendations = RecommendationsPanel(ctx, self)
        self.sessions = SessionsPanel(ctx, self)
        self.midterm = MidtermPanel(ctx, self)
        for panel in (self.diagnostic, self.recommendations, self.sessions, self.midterm):
            panel.changed.connect(self._changed)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.diagnostic, self.tr("Diagnostic"))
        self.tabs.addTab(self.recommendations, self.tr("Recommandations"))
        self.tabs.addTab(self.sessions, self.tr("Séances du Trail"))
        self.tabs.addTab(self.midterm, self.tr("Mi-parcours"))
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Structures</b>"), left))
        left_layout.addWidget(self.structures, 2)
        left_layout.addWidget(self.reminders_title)
        left_layout.addWidget(self.reminders, 3)
        left_layout.addWidget(self.bilan_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.tabs, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([280, 820])
        layout = QHBoxLayout(self)
        layout.addWidget(split)
        self.refresh()

    # --- data ------------------------------------------------------------------------------------------------

    def current_structure(self) -> str | None:
        index = self.structures.currentIndex()
        return self.structures_model.row_at(index.row()).id if index.isValid() else None

    def reminder_state(self) -> Reminders:
        return self.followup.reminders(self.today)

    def refresh(self) -> None:
        current = self.current_structure()
        state = self.reminder_state()
        self.structures_model.set_structures(self.ctx.ev.roster.structures(), {f.structure_id for f in state.flags})
        row = self.structures_model.row_of(current) if current is not None else None
        if row is None and self.structures_model.rowCount():
            row = 0
        self._show_reminders(state)
        if row is None:
            self._load(None)
        else:  # the list has no current row after its reset: setting one loads it (``_structure_changed``)
            self.structures.setCurrentIndex(self.structures_model.index(row, 0))

    def _show_reminders(self, state: Reminders) -> None:
        self.reminders_model.set_reminders(state)

    def reminder_texts(self) -> list[str]:
        model = self.reminders_model
        return [str(model.index(row, 0).data()) for row in range(model.rowCount())]

    def _go_to_reminder(self, index: QModelIndex) -> None:
        row = self.structures_model.row_of(index.data(RemindersModel.ID_ROLE))
        if row is not None:
            self.structures.setCurrentIndex(self.structures_model.index(row, 0))
            self.tabs.setCurrentWidget(self.sessions)

    def _structure_changed(self, _row: int) -> None:
        self._load(self.current_structure())

    def _load(self, structure_id: str | None) -> None:
        if structure_id is None:
            self.heading.setText(self.tr("Aucune structure dans cet événement."))
        else:
            s = self.ctx.ev.roster.structure(structure_id)
            plan = self.ctx.ev.trail.plan(structure_id)
            names = ", ".join(m.name for m in plan.members) or self.tr("pas encore désigné")
            self.heading.setText(
                self.tr("<b>{name}</b> — Trail : {names} · du {start} au {end}").format(
                    name=s.name, names=names, start=_fr(plan.start_date), end=_fr(plan.end_date)
                )
            )
        for panel in (self.diagnostic, self.recommendations, self.sessions, self.midterm):
            panel.load(structure_id)

    def _changed(self) -> None:
        self.ctx.notify_changed()  # the window refreshes this screen (and the others when shown)

    # --- the bilan -------------------------------------------------------------------------------------------

    def print_bilan(self) -> None:
        """The same document as Impressions → Bilan du programme."""
        window = self.window()
        show = getattr(window, "show_screen", None)
        prints = show("prints") if callable(show) else None
        kinds = getattr(prints, "kinds", None)
        if prints is None or kinds is None:
            return
        for row in range(kinds.count()):
            if kinds.item(row).data(Qt.ItemDataRole.UserRole) == "bilan":
                kinds.setCurrentRow(row)
                prints.preview()


def _fr(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}" if len(iso) >= 10 else "—"

