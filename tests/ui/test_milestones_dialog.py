"""The Missions tab's "Étapes…" dialog: rename, add, reorder and remove the event's milestones; the team's
checklist follows at once, and every change is in the journal."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from probono_desk.core.clock import FixedClock
from probono_desk.services.event import Event
from probono_desk.ui.context import EventContext
from probono_desk.ui.milestones_dialog import MilestonesDialog
from probono_desk.ui.missions import MissionsPanel
from tests.helpers import list_texts

DEFAULTS = [
    "cadrage",
    "diagnostic partagé",
    "pistes",
    "choix de l'angle",
    "production",
    "restitution prête",
    "livrable remis",
]


@pytest.fixture
def panel(qtbot: QtBot, demo_path: Path, clock: FixedClock) -> MissionsPanel:
    ctx = EventContext(Event.open(demo_path, clock=clock, station="orga"))
    widget = MissionsPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.refresh()
    yield widget
    ctx.close()


def _checklist(panel: MissionsPanel) -> list[str]:
    return list_texts(panel.milestones_model)


def test_rename_add_reorder_remove(qtbot: QtBot, panel: MissionsPanel) -> None:
    ev = panel.ctx.ev
    panel.edit_milestones_button.click()
    dialog = panel.milestones_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.labels() == DEFAULTS

    dialog.model.setData(dialog.model.index(2, 0), "idées")  # what an edit in place does
    assert [m.label for m in ev.missions.milestones()][2] == "idées"
    assert _checklist(panel)[2] == "idées"

    dialog.list.setCurrentIndex(dialog.model.index(0, 0))
    qtbot.keyClicks(dialog.new_edit, "cafe d'accueil")
    qtbot.keyClick(dialog.new_edit, Qt.Key.Key_Return)
    assert dialog.labels()[:2] == ["cadrage", "cafe d'accueil"]
    assert dialog.list.currentIndex().data() == "cafe d'accueil"

    dialog.up_button.click()
    assert dialog.labels()[:2] == ["cafe d'accueil", "cadrage"]
    assert not dialog.up_button.isEnabled()
    dialog.move_current(1)
    dialog.move_current(1)
    assert dialog.labels()[:3] == ["cadrage", "diagnostic partagé", "cafe d'accueil"]
    assert [m.label for m in ev.missions.milestones()][:3] == dialog.labels()[:3]

    box = dialog.ask_remove()
    next(b for b in box.buttons() if b.text() == "Garder").click()
    assert "cafe d'accueil" in dialog.labels()
    box = dialog.ask_remove()
    next(b for b in box.buttons() if b.text() == "Retirer").click()
    assert dialog.labels() == ["cadrage", "diagnostic partagé", "idées", *DEFAULTS[3:]]
    assert _checklist(panel) == dialog.labels()

    actions = [r[0] for r in ev.db.execute("SELECT action FROM journal WHERE action LIKE 'milestone.%' ORDER BY rowid")]
    assert actions == [
        "milestone.rename",
        "milestone.add",
        "milestone.move",
        "milestone.move",
        "milestone.move",
        "milestone.remove",
    ]


def test_an_empty_name_is_refused_in_the_dialog(panel: MissionsPanel) -> None:
    dialog = panel.open_milestones()
    dialog.new_edit.setText("   ")
    dialog.add()
    assert "Donnez un nom" in dialog.problem.text()
    dialog.model.setData(dialog.model.index(0, 0), "")
    assert "Donnez un nom" in dialog.problem.text()
    assert dialog.labels() == DEFAULTS


def test_f2_renames_a_milestone_in_place_and_it_stays_selected(qtbot: QtBot, ctx: EventContext) -> None:
    dialog = MilestonesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.setCurrentIndex(dialog.model.index(1, 0))
    qtbot.keyClick(dialog.list, Qt.Key.Key_F2)
    editor = dialog.list.findChild(QLineEdit)
    assert editor is not None and editor.text() == dialog.labels()[1]  # the label as shown, to be changed
    editor.selectAll()
    qtbot.keyClicks(editor, "Pause repas")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.labels()[1] == "Pause repas")
    assert ctx.ev.missions.milestones()[1].label == "Pause repas"  # written at once
    assert dialog.list.currentIndex().row() == 1
