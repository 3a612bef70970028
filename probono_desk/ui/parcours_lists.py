"""The Parcours screen's two lists as models: the structures (those a reminder flags marked ⚠ in red) and the
reminders (quiet or overdue Trails first, in red, then the next planned sessions; one line when there is nothing)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from probono_desk.core.models import Structure
from probono_desk.core.trail import Flag, FlagKind, Reminders, Upcoming
from probono_desk.ui.table_model import RowsTableModel

FLAG_COLOUR = "#b3261e"
ID_ROLE = Qt.ItemDataRole.UserRole  # the structure a line is about


class StructuresModel(RowsTableModel[Structure]):
    """« Table · name », with ⚠ for a structure a reminder flags."""

    ID_ROLE = ID_ROLE

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._flagged: set[str] = set()

    def headers(self) -> list[str]:
        return [self.tr("Structure")]

    def set_structures(self, structures: Iterable[Structure], flagged: set[str]) -> None:
        with self._resetting():
            self._rows, self._flagged = list(structures), set(flagged)

    def row_of(self, structure_id: str) -> int | None:
        return next((row for row, s in enumerate(self._rows) if s.id == structure_id), None)

    def display(self, s: Structure, column: int) -> Any:
        return f"{s.table_label or '–'} · {s.name}" + ("  ⚠" if s.id in self._flagged else "")

    def foreground(self, s: Structure, column: int) -> Any:
        return QBrush(QColor(FLAG_COLOUR)) if s.id in self._flagged else None

    def role_data(self, s: Structure, column: int, role: int) -> Any:
        return s.id if role == ID_ROLE else None


Reminder = Flag | Upcoming | None  # None: the one line saying there is nothing to remind


class RemindersModel(RowsTableModel[Reminder]):
    """The flags (⚠, red), then the sessions to come; « Rien à relancer ; aucune séance prévue. » when neither."""

    ID_ROLE = ID_ROLE

    def headers(self) -> list[str]:
        return [self.tr("Relance")]

    def set_reminders(self, state: Reminders) -> None:
        lines: list[Reminder] = [*state.flags, *state.upcoming]
        self.set_rows(lines or [None])

    def display(self, r: Reminder, column: int) -> Any:
        if isinstance(r, Flag):
            if r.kind is FlagKind.QUIET:
                return self.tr("⚠ {name} : aucune séance depuis {days} jours").format(name=r.name, days=r.days)
            return self.tr(
                "⚠ {name} : Trail terminé depuis {days} jours, {open} recommandation(s) ouverte(s)"
            ).format(name=r.name, days=r.days, open=r.open_recommendations)
        if isinstance(r, Upcoming):
            day = f"{r.date[8:10]}/{r.date[5:7]}"
            late = self.tr(" (date passée)") if r.late else ""
            step = r.next_step or self.tr("séance")
            return f"{day}{late} · {r.name} — {step}"
        return self.tr("Rien à relancer ; aucune séance prévue.")

    def foreground(self, r: Reminder, column: int) -> Any:
        return QBrush(QColor(FLAG_COLOUR)) if isinstance(r, Flag) else None

    def role_data(self, r: Reminder, column: int, role: int) -> Any:
        return r.structure_id if role == ID_ROLE and r is not None else None
