"""The desk's search results: the people found as a name is typed, one line each (name — organisation — table and
team — already here since), shown in a list that never takes the keyboard from the scan field."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QWidget

from probono_desk.core.checkin import hour
from probono_desk.core.i18n import translate
from probono_desk.services.checkin import Found
from probono_desk.ui.table_model import RowsTableModel, list_view


class Result(NamedTuple):
    volunteer_id: str
    line: str  # written once: the list asks for it at every layout and paint, at the door's pace


def result_line(f: Found) -> str:
    parts = [f.name]
    if f.seat.organisation:
        parts.append(f.seat.organisation)
    if f.seat.team:
        parts.append(
            translate("DeskScreen", "Table {table} · {team}").format(table=f.seat.table, team=f.seat.team)
            if f.seat.table
            else f.seat.team
        )
    if f.present_since:
        parts.append(translate("DeskScreen", "déjà là ({time})").format(time=hour(f.present_since)))
    return " — ".join(parts)


class SearchResultsModel(RowsTableModel[Result]):
    """One column: the line the facilitator reads; ``VOLUNTEER_ROLE`` the person Enter checks in."""

    VOLUNTEER_ROLE = Qt.ItemDataRole.UserRole

    def headers(self) -> list[str]:
        return [self.tr("Personne")]

    def set_found(self, found: Iterable[Found]) -> None:
        self.set_rows(Result(f.seat.volunteer_id, result_line(f)) for f in found)

    def display(self, r: Result, column: int) -> Any:
        return r.line

    def role_data(self, r: Result, column: int, role: int) -> Any:
        return r.volunteer_id if role == self.VOLUNTEER_ROLE else None

    def volunteer_id(self, row: int) -> str:
        return self.row_at(row).volunteer_id


def results_list(parent: QWidget, model: SearchResultsModel) -> QListView:
    """The names found as one types: big type, wrapped, never taking the focus from the field."""
    results = list_view(parent, model, "SearchResults")  # styled as the app's lists, in bigger rows (style.py)
    results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    font = results.font()
    font.setPointSize(17)
    results.setFont(font)
    results.setWordWrap(True)
    results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    results.hide()
    return results
