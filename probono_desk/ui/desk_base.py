"""What every part of the check-in desk shares: its widgets (declared here, built by ``DeskScreen``), the card shown
to the facilitator, and the catching up of counters and other screens after a write. ``desk_search`` and
``desk_team`` build on it; ``desk.DeskScreen`` is the shell that lays it all out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QListView, QPushButton, QWidget

from probono_desk.core.checkin import OK, Outcome
from probono_desk.core.i18n import translate
from probono_desk.services.checkin import CheckinService, Found
from probono_desk.ui.context import EventContext
from probono_desk.ui.desk_doubles import DoublesLine
from probono_desk.ui.desk_results import SearchResultsModel
from probono_desk.ui.desk_widgets import CountersPanel, OutcomeCard, ScanField, Sounds

if TYPE_CHECKING:
    from probono_desk.core.teams_walkin import Proposal

UNDO_NAME_PX = 120  # the most of a name the undo button shows


class DeskBase(QWidget):
    volunteer_checked_in = Signal(str)
    outcome_shown = Signal(object)

    ctx: EventContext
    service: CheckinService
    field: ScanField
    card: OutcomeCard
    doubles_line: DoublesLine
    results: QListView
    results_model: SearchResultsModel
    counters: CountersPanel
    sounds: Sounds
    undo_button: QPushButton
    print_button: QPushButton
    accept_team_button: QPushButton
    retry_button: QPushButton
    last_outcome: Outcome | None
    last_walk_in: str | None
    proposal: Proposal | None
    _pending: tuple[str, str, str] | None
    _last_search: tuple[str, list[Found]] | None  # the text searched last and what it found
    _picked: bool
    _closed: bool
    _notify_timer: QTimer

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
        button.setMinimumHeight(44)
        if slot is not None:
            button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    def _show(self, level: str, title: str, lines: list[str]) -> None:
        self.card.show_text(level, title, lines)
        if level != "info":
            self.sounds.play("problem" if level != OK else OK)
        self.field.setFocus()

    def refresh(self) -> None:
        self._last_search = None  # arrivals shown in the list may have changed
        if self._closed:
            return
        self.counters.show_counts(self.service.counts())
        self._refresh_undo()
        self.doubles_line.check()

    def _refresh_undo(self) -> None:
        if self._closed:
            return
        last = self.service.last_undoable()
        self.undo_button.setEnabled(last is not None)
        # A long name is shortened on the button (whole in its tooltip): the desk must never scroll sideways.
        shown = (
            self.undo_button.fontMetrics().elidedText(last.name, Qt.TextElideMode.ElideRight, UNDO_NAME_PX)
            if last
            else ""
        )
        self.undo_button.setText(
            translate("DeskScreen", "Annuler : {name} (Ctrl+Z)").format(name=shown)
            if last
            else translate("DeskScreen", "Annuler la dernière arrivée")
        )
        self.undo_button.setToolTip(
            translate("DeskScreen", "Annuler : {name} (Ctrl+Z)").format(name=last.name) if last else ""
        )

    def _after_write(self) -> None:
        """Counters and the other screens catch up just after the card is shown, not before."""
        self._last_search = None
        self._notify_timer.start()

    def _notify(self) -> None:
        if self._closed:
            return
        self.ctx.notify_changed()
        self.refresh()

    def _clear_results(self) -> None:
        self._picked = False
        self.results_model.set_rows([])
        self.results.hide()
