"""The Parcours screen: each structure's path after the day — the diagnostic, the recommendations checklist, the
Trail log, the mid-term interview — and, for all structures, the reminders (next planned sessions, quiet Trails,
Trails past their end with recommendations still open)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.trail import FlagKind, Reminders
from probono_desk.services.trail_followup import TrailFollowupService
from probono_desk.ui.context import EventContext
from probono_desk.ui.parcours_midterm import MidtermPanel
from probono_desk.ui.parcours_panels import DiagnosticPanel, RecommendationsPanel
from probono_desk.ui.parcours_sessions import SessionsPanel

FLAG_COLOUR = "#b3261e"


class ParcoursScreen(QWidget):
    nav_key = "parcours"

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.nav_title = self.tr("Parcours")
        self.today: date | None = None  # None: the event's clock; tests and rehearsals pass a day in
        self.followup = TrailFollowupService(ctx.ev)
        self.structures = QListWidget(self)
        self.structures.setObjectName("parcoursStructures")
        self.structures.currentRowChanged.connect(self._structure_changed)
        self.reminders_title = QLabel(self.tr("<b>Relances</b>"), self)
        self.reminders = QListWidget(self)
        self.reminders.setObjectName("parcoursReminders")
        self.reminders.setWordWrap(True)
        self.reminders.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # lines wrap instead
        self.reminders.itemActivated.connect(self._go_to_reminder)
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
        item = self.structures.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def reminder_state(self) -> Reminders:
        return self.followup.reminders(self.today)

    def refresh(self) -> None:
        current = self.current_structure()
        state = self.reminder_state()
        flagged = {f.structure_id for f in state.flags}
        self.structures.blockSignals(True)
        self.structures.clear()
        for s in self.ctx.ev.roster.structures():
            item = QListWidgetItem(f"{s.table_label or '–'} · {s.name}" + ("  ⚠" if s.id in flagged else ""))
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            if s.id in flagged:
                item.setForeground(QColor(FLAG_COLOUR))
            self.structures.addItem(item)
            if s.id == current:
                self.structures.setCurrentItem(item)
        self.structures.blockSignals(False)
        if self.structures.currentRow() < 0 and self.structures.count():
            self.structures.setCurrentRow(0)
        self._show_reminders(state)
        self._load(self.current_structure())

    def _show_reminders(self, state: Reminders) -> None:
        self.reminders.clear()
        for f in state.flags:
            if f.kind is FlagKind.QUIET:
                text = self.tr("⚠ {name} : aucune séance depuis {days} jours").format(name=f.name, days=f.days)
            else:
                text = self.tr(
                    "⚠ {name} : Trail terminé depuis {days} jours, {open} recommandation(s) ouverte(s)"
                ).format(name=f.name, days=f.days, open=f.open_recommendations)
            item = QListWidgetItem(text)
            item.setForeground(QColor(FLAG_COLOUR))
            item.setData(Qt.ItemDataRole.UserRole, f.structure_id)
            self.reminders.addItem(item)
        for u in state.upcoming:
            day = f"{u.date[8:10]}/{u.date[5:7]}"
            late = self.tr(" (date passée)") if u.late else ""
            step = u.next_step or self.tr("séance")
            item = QListWidgetItem(f"{day}{late} · {u.name} — {step}")
            item.setData(Qt.ItemDataRole.UserRole, u.structure_id)
            self.reminders.addItem(item)
        if not self.reminders.count():
            self.reminders.addItem(self.tr("Rien à relancer ; aucune séance prévue."))

    def reminder_texts(self) -> list[str]:
        return [self.reminders.item(i).text() for i in range(self.reminders.count())]

    def _go_to_reminder(self, item: QListWidgetItem) -> None:
        sid = item.data(Qt.ItemDataRole.UserRole)
        for row in range(self.structures.count()):
            if self.structures.item(row).data(Qt.ItemDataRole.UserRole) == sid:
                self.structures.setCurrentRow(row)
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
