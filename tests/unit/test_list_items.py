"""The window's data lists are models (issue 15: one ``RowsTableModel`` per list, under the model tester), not loops
of item widgets. No ``QListWidgetItem``, ``QTableWidgetItem`` or ``QStandardItem`` is built in probono_desk/ui/, and
no item-based list (``QListWidget``, ``QTableWidget``, ``QTreeWidget``, ``QStandardItemModel``: ``addItem("text")``
fills one without a visible item) is built or subclassed, but in the few lists below that hold no data of the event.
Read from the syntax tree: a comment or a string naming a class is not a use, ``QtWidgets.QListWidgetItem(...)`` is."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "probono_desk" / "ui"
ITEM_CLASSES = {"QListWidgetItem", "QTableWidgetItem", "QStandardItem"}
ITEM_LISTS = {"QListWidget", "QTableWidget", "QTreeWidget", "QStandardItemModel"}

# file (relative to probono_desk/ui/) -> how many items it builds; lists that are not data. Keep it short.
NOT_DATA: dict[str, int] = {
    "main_window.py": 1,  # the navigation: the screens' names and icons
    "projector.py": 1,  # what the projector can show (clock, plan, a team...)
    "prints.py": 1,  # the kinds of printed documents
    "board_widgets.py": 1,  # a team board's members: QListWidget's own drag and drop carries them between boards
}


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    return node.attr if isinstance(node, ast.Attribute) else ""


def item_constructions(source: str, classes: set[str] = ITEM_CLASSES) -> int:
    """How many times the source calls one of the classes, or derives a class from one."""
    count = 0
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            count += _name(node.func) in classes
        elif isinstance(node, ast.ClassDef):
            count += sum(_name(base) in classes for base in node.bases)
    return count


def _found(classes: set[str] = ITEM_CLASSES) -> dict[str, int]:
    counts = {path.relative_to(UI).as_posix(): item_constructions(path.read_text("utf-8"), classes)
              for path in UI.rglob("*.py")}  # fmt: skip
    return {name: n for name, n in counts.items() if n}


def test_data_lists_are_models_not_item_widgets() -> None:
    found = _found()
    offenders = {name: n for name, n in found.items() if n > NOT_DATA.get(name, 0)}
    assert offenders == {}, f"show these lists through a RowsTableModel (ui/table_model.py): {offenders}"


def test_the_allow_list_only_names_lists_still_built_of_items() -> None:
    assert _found() == NOT_DATA  # a list moved to a model leaves NOT_DATA


def test_item_based_lists_are_only_those_that_are_not_data() -> None:
    assert _found(ITEM_LISTS) == NOT_DATA  # one list (or a subclass of one) in each file of the allow-list


def test_the_guard_sees_every_spelling_and_nothing_else() -> None:
    source = '''
from PySide6 import QtWidgets
from PySide6.QtGui import QStandardItem
# QListWidgetItem("a comment")
text = "QTableWidgetItem(1)"
a = QtWidgets.QListWidgetItem("x")
b = QStandardItem()
c = [QTableWidgetItem(str(n)) for n in range(3)]
d = QtWidgets.QListWidget()
class Members(QListWidget): ...
'''
    assert item_constructions(source) == 3
    assert item_constructions(source, ITEM_LISTS) == 2
