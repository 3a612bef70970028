"""One base for the window's row tables: a flat list of rows of one type, headers given once, one hook per role.

A model names its columns in ``headers()`` (translated with ``self.tr``, read once at construction), says what a
cell shows in ``display(row, column)`` and fills only the other hooks it needs: ``sort_value`` (``SORT_ROLE``, what
a sort proxy compares), ``tooltip``, ``foreground``, ``background``, ``font``, ``alignment``, ``decoration``,
``check_state``, and ``role_data`` for its own roles. ``set_rows`` replaces every row in one reset; a model that
repaints less (``PlanModel.set_snapshot``) emits its own narrow ``dataChanged`` and the base adds nothing to it.
A one-column model is shown as a list with ``list_view``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QListView, QWidget

ModelIndex = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
Role = Qt.ItemDataRole


class RowsTableModel(QAbstractTableModel, Generic[R]):
    """A flat table over ``list[R]``: ``rowCount``, ``columnCount``, ``headerData`` and the role dispatch of
    ``data`` are here; a subclass gives ``headers()`` and ``display()``."""

    SORT_ROLE = Role.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._headers: list[str] = self.headers()
        hooks = {
            Role.DisplayRole: "display",
            self.SORT_ROLE: "sort_value",
            Role.ToolTipRole: "tooltip",
            Role.ForegroundRole: "foreground",
            Role.BackgroundRole: "background",
            Role.FontRole: "font",
            Role.TextAlignmentRole: "alignment",
            Role.DecorationRole: "decoration",
            Role.CheckStateRole: "check_state",
        }
        # only the hooks a subclass gives: a view asks every role of every cell at each layout and paint, and the
        # roles nobody answers are None at once (the door's list is laid out as a name is typed)
        given = {role: name for role, name in hooks.items() if _overrides(type(self), name)}
        self._hooks: dict[int, Callable[[R, int], Any]] = {role: getattr(self, name) for role, name in given.items()}
        self._unanswered = frozenset(role for role in hooks if role not in given)

    # --- what a subclass says ---------------------------------------------------------------------------------

    def headers(self) -> list[str]:
        """The column titles, translated; read once at construction (see ``_set_headers`` for tables whose
        columns follow their rows)."""
        raise NotImplementedError

    def display(self, row: R, column: int) -> Any:
        raise NotImplementedError

    def sort_value(self, row: R, column: int) -> Any:
        return None

    def tooltip(self, row: R, column: int) -> Any:
        return None

    def foreground(self, row: R, column: int) -> Any:
        return None

    def background(self, row: R, column: int) -> Any:
        return None

    def font(self, row: R, column: int) -> Any:
        return None

    def alignment(self, row: R, column: int) -> Any:
        return None

    def decoration(self, row: R, column: int) -> Any:
        return None

    def check_state(self, row: R, column: int) -> Any:
        return None

    def role_data(self, row: R, column: int, role: int) -> Any:
        """Any other role (an id, a path, the edit value)."""
        return None

    # --- the rows ---------------------------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[R]) -> None:
        with self._resetting():
            self._rows = list(rows)

    def row_at(self, index: int) -> R:
        return self._rows[index]

    def rows(self) -> list[R]:
        return list(self._rows)

    @contextmanager
    def _resetting(self) -> Iterator[None]:
        """Whatever changes inside is shown in one reset (rows, columns, the state the cells read)."""
        self.beginResetModel()
        try:
            yield
        finally:
            self.endResetModel()

    def _set_headers(self, headers: list[str]) -> None:
        """New columns; call inside ``_resetting``."""
        self._headers = list(headers)

    def _holds(self, index: ModelIndex) -> bool:
        return index.isValid() and 0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self._headers)

    # --- Qt's side --------------------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Role.DisplayRole) -> Any:
        if role in self._unanswered or not self._holds(index):
            return None
        row, column = self._rows[index.row()], index.column()
        hook = self._hooks.get(role)
        return hook(row, column) if hook is not None else self.role_data(row, column, role)


def _overrides(cls: type, name: str) -> bool:
    return getattr(cls, name) is not getattr(RowsTableModel, name)


def list_view(parent: QWidget, model: QAbstractItemModel, name: str = "", wrap: bool = False) -> QListView:
    """A one-column model shown as one of the app's lists (``QListView[lines="true"]`` in style.py); ``wrap``: long
    lines go on over several."""
    view = QListView(parent)
    view.setModel(model)
    if name:
        view.setObjectName(name)
    view.setProperty("lines", True)
    view.setWordWrap(wrap)
    return view
