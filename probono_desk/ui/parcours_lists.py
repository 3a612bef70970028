"""The Parcours screen's lists as models: the structures (those a reminder flags marked ⚠ in red), the reminders
(quiet or overdue Trails first, in red, then the next planned sessions; one line when there is nothing) and the
Trail log (sessions and follow-up notes, in the order given: the panel puts the newest first) and the mid-term interview's
questions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from probono_desk.core.evaluations import Question, QuestionKind
from probono_desk.core.i18n import translate
from probono_desk.core.models import Structure
from probono_desk.core.trail import EntryKind, Flag, FlagKind, Reminders, TrailEntry, Upcoming
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


def day_fr(iso: str) -> str:
    """« 29/01/2020 » for an ISO date; empty for none."""
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}" if len(iso) >= 10 else ""


class SessionsModel(RowsTableModel[TrailEntry]):
    """Date, format (with the duration of a session), who took part, notes — decisions, the next step and its date."""

    COL_DAY, COL_FORMAT, COL_WHO, COL_NOTES, COL_NEXT = range(5)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Format"), self.tr("Participant·es"), self.tr("Notes et décisions"),
                self.tr("Prochaine étape")]  # fmt: skip

    def display(self, e: TrailEntry, column: int) -> Any:
        if column == self.COL_DAY:
            return day_fr(e.date)
        if column == self.COL_FORMAT:
            kind = translate("trail", e.format.label) if e.format else self.tr("Note de suivi")
            return kind + (f" · {e.duration_minutes} min" if e.kind is EntryKind.SESSION else "")
        if column == self.COL_WHO:
            return ", ".join(p.name for p in e.participants)
        if column == self.COL_NOTES:
            return " — ".join(x for x in (e.notes, e.decisions) if x)
        return " ".join(x for x in (e.next_step, day_fr(e.next_date)) if x)

    def role_data(self, e: TrailEntry, column: int, role: int) -> Any:
        return e.id if role == ID_ROLE else None


class QuestionsModel(RowsTableModel[Question]):
    """« label  (1–5) », « (oui/non) » or « (texte) »: a questionnaire's questions in its order — the mid-term
    interview's (its built-in labels translated) or the day's evaluation forms (labels as the organisers typed them,
    ``translate_labels=False``)."""

    def __init__(self, parent: Any = None, *, translate_labels: bool = True) -> None:
        self._translate_labels = translate_labels
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [self.tr("Question")]

    def display(self, q: Question, column: int) -> Any:
        kind = {QuestionKind.SCALE: f"{q.low}–{q.high}", QuestionKind.YES_NO: self.tr("oui/non"),
                QuestionKind.TEXT: self.tr("texte")}[q.kind]  # fmt: skip
        label = translate("trail", q.label) if self._translate_labels else q.label
        return f"{label}  ({kind})"
