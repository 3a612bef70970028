"""The check-in desk at the door: scan (USB scanner or webcam) or type a name, read the card, next person.

Everything works from the keyboard and the scan field never loses the focus (the other controls take none), so a
scanner in keyboard mode always types into it. The desk shows names, organisations and teams — never phone numbers
or emails.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPaintEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.checkin import OK, CheckedIn, Outcome, describe, hour
from probono_desk.core.checkin_search import query_words, rough_ids
from probono_desk.core.codes import Problem, format_code, read_code
from probono_desk.core.errors import WriteFailed
from probono_desk.core.logs import log_exception
from probono_desk.services.checkin import Found
from probono_desk.ui.context import EventContext
from probono_desk.ui.desk_burst import burst_code, trailing_code
from probono_desk.ui.desk_doubles import DoublesLine, results_list
from probono_desk.ui.desk_widgets import CountersPanel, OutcomeCard, ScanField, Sounds, qt_tr
from probono_desk.ui.errors import error_text
from probono_desk.ui.tasks import Op

if TYPE_CHECKING:
    from probono_desk.core.teams_walkin import Proposal
    from probono_desk.ui.desk_camera import CameraPanel
    from probono_desk.ui.desk_walkin import WalkInDialog

SEARCH_DELAY_MS = 150
UNDO_REFRESH_MS = 5000
UNDO_NAME_PX = 120  # the most of a name the undo button shows


class DeskScreen(QWidget):
    volunteer_checked_in = Signal(str)
    outcome_shown = Signal(object)

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.ev.checkin
        self.setObjectName("DeskScreen")
        self.setStyleSheet("#DeskScreen QPushButton { padding: 7px 12px; }")
        self.nav_key = "checkin"
        self.nav_title = self.tr("Check-in")
        self.last_outcome: Outcome | None = None
        self.last_walk_in: str | None = None
        self._picked = False
        self.open_file = lambda path: QDesktopServices.openUrl(path.as_uri())  # replaced in tests

        self.field = ScanField(self)
        self.field.setPlaceholderText(self.tr("Scannez un badge ou tapez un nom…"))
        self.hint = QLabel(
            self.tr(
                "Entrée : valider · ↑↓ : choisir dans la liste · Ctrl+Z : annuler · Ctrl+N : sur place"
                " · Ctrl+P : son badge"
            )
        )
        self.hint.setObjectName("DeskHint")
        self.hint.setWordWrap(True)  # on two lines rather than widen the desk past a laptop's screen
        self.hint.setStyleSheet("color: #5f6368;")
        self.card = OutcomeCard(self)
        self.doubles_line = DoublesLine(ctx, self.service, self)  # a duplicate arrival, landed from sync
        self.results = results_list(self)
        self.results.itemClicked.connect(lambda _item: self._pick())
        self.results.itemDoubleClicked.connect(lambda _item: self.submit())

        self.undo_button = self._button(self.tr("Annuler la dernière arrivée"), "UndoButton", self.undo)
        self.walk_in_button = self._button(self.tr("Inscription sur place"), "WalkInButton", self.open_walk_in)
        self.print_button = self._button(self.tr("Imprimer son badge"), "PrintBadgeButton", self.print_walk_in_badge)
        self.print_button.setToolTip(self.tr("Ctrl+P"))
        self.print_button.setEnabled(False)
        self.accept_team_button = self._button(
            self.tr("Placer dans l'équipe proposée"), "AcceptTeamButton", self.accept_team
        )
        self.accept_team_button.hide()
        self.proposal: Proposal | None = None  # the team proposed to the last walk-in, until accepted or next person
        self.retry_button = self._button(self.tr("Réessayer"), "RetryButton", self.retry)
        self.retry_button.hide()
        self._pending: tuple[str, str, str] | None = None  # (kind, code or volunteer id, method) not yet written
        self.mute_button = self._button(self.tr("Son"), "MuteButton", None)
        self.mute_button.setCheckable(True)
        self.sounds = Sounds(self)
        self.mute_button.setChecked(not self.sounds.muted)
        self.mute_button.toggled.connect(self._sound_toggled)
        self._sound_toggled(self.mute_button.isChecked())

        self.counters = CountersPanel(self)
        self._camera: CameraPanel | None = None  # built just after the first paint (see ``paintEvent``) or when asked
        self._camera_slot = QVBoxLayout()
        self._camera_slot.setContentsMargins(0, 0, 0, 0)
        self._painted = False

        buttons = QHBoxLayout()
        for button in (self.retry_button, self.undo_button, self.walk_in_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.field)
        left.addWidget(self.hint)
        left.addWidget(self.card)
        left.addWidget(self.doubles_line)
        left.addWidget(self.accept_team_button)
        left.addWidget(self.results, 1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.counters, 1)
        right.addLayout(self._camera_slot)
        self.rush: QWidget | None = None
        if ctx.practice is not None:  # a practice copy: « Simuler l'affluence »
            from probono_desk.ui.practice_rush import RushControls

            self.rush = RushControls(self)
            right.addWidget(self.rush)
        right.addWidget(self.mute_button, 0, Qt.AlignmentFlag.AlignRight)  # a setting of the desk, not of a person
        body = QHBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(12)
        body.addLayout(left, 3)
        body.addLayout(right, 2)

        self.field.returnPressed.connect(self.submit)
        self.field.textEdited.connect(self._text_edited)
        self.field.moved.connect(self._move)
        self.field.undo_requested.connect(self.undo)
        self.field.accept_requested.connect(self.accept_team)
        self.field.walk_in_requested.connect(self.open_walk_in)
        self.field.cleared.connect(self._clear_results)
        QShortcut(
            QKeySequence("Ctrl+N"), self, self.open_walk_in, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        QShortcut(
            QKeySequence("Ctrl+M"), self, self.mute_button.toggle, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        QShortcut(
            QKeySequence("Ctrl+P"),
            self,
            lambda: self.print_walk_in_badge() if self.print_button.isEnabled() else None,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

        self._search_op: Op[list[str] | None] | None = None  # the typo search on a worker, cancelled when stale
        self._last_search: tuple[str, list[Found]] | None = None
        self.search_running = False
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self._undo_timer = QTimer(self)
        self._undo_timer.setInterval(UNDO_REFRESH_MS)
        self._undo_timer.timeout.connect(self._refresh_undo)
        self._undo_timer.start()
        self._notify_timer = QTimer(self)
        self._notify_timer.setSingleShot(True)
        self._notify_timer.setInterval(0)
        self._notify_timer.timeout.connect(self._notify)
        self._closed = False
        ctx.event_closed.connect(self._event_closed)

        self.card.show_text(
            "idle", self.tr("Prêt·e"), [self.tr("Scannez un badge ou tapez les premières lettres d'un nom.")]
        )
        self.refresh()

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
        button.setMinimumHeight(44)
        if slot is not None:
            button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    def _sound_toggled(self, on: bool) -> None:
        self.sounds.set_muted(not on)
        self.mute_button.setText(self.tr("Son : activé (Ctrl+M)") if on else self.tr("Son : coupé (Ctrl+M)"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.field.setFocus()

    # --- data ----------------------------------------------------------------------------------------------------

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
            self.tr("Annuler : {name} (Ctrl+Z)").format(name=shown) if last else self.tr("Annuler la dernière arrivée")
        )
        self.undo_button.setToolTip(self.tr("Annuler : {name} (Ctrl+Z)").format(name=last.name) if last else "")

    def _after_write(self) -> None:
        """Counters and the other screens catch up just after the card is shown, not before."""
        self._last_search = None
        self._notify_timer.start()

    def _notify(self) -> None:
        if self._closed:
            return
        self.ctx.notify_changed()
        self.refresh()

    @property
    def camera(self) -> CameraPanel:
        """The webcam panel. Starting QtMultimedia and listing the cameras would hold the window's first paint back,
        so the panel comes in right after it (or as soon as something asks for it)."""
        if self._camera is None:
            from probono_desk.ui.desk_camera import CameraPanel

            self._camera = CameraPanel(self)
            self._camera.code_seen.connect(lambda text: self.scan(text, method="camera"))
            self._camera_slot.addWidget(self._camera)
            self._camera.show()  # now, not at the next turn of the event loop
        return self._camera

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        if not self._closed:
            self.camera  # noqa: B018 - builds it
            self.sounds.prepare()

    def _event_closed(self) -> None:
        self._closed = True
        for timer in (self._undo_timer, self._notify_timer, self._search_timer):
            timer.stop()
        if self._camera is not None:
            self._camera.stop()

    # --- the scan field --------------------------------------------------------------------------------------------

    def submit(self) -> None:
        """Enter: a code a scanner just typed, else the picked search result, else a code, else a name to search."""
        text = self.field.text()
        self._search_timer.stop()
        reading = read_code(text, self.service.tag)
        burst = self.field.take_burst()
        if reading.problem not in (None, Problem.OTHER_EVENT):
            scanned = burst_code(burst) or trailing_code(text, self.service.tag)
            if scanned is not None:  # a badge after whatever was in the field (a name searched, stray letters)
                self.scan(format_code(scanned))
                return
        if not text.strip() and self._pending is not None and not self.results.isVisible():
            self.retry()  # the write failed: Enter in the (emptied) field tries again, as the card says
            return
        item = self.results.currentItem() if self.results.isVisible() else None
        if item is not None and (self._picked or not text.strip()):
            volunteer_id = str(item.data(Qt.ItemDataRole.UserRole))
            self.field.clear()
            self._clear_results()
            self.check_in(volunteer_id)
            return
        if not text.strip():
            return
        if reading.problem in (None, Problem.OTHER_EVENT):
            self.scan(text)
            return
        found = self._search_now(text)
        if reading.problem is Problem.DAMAGED and not found:
            self.scan(text)
            return
        if len(found) == 1 and reading.problem is Problem.NOT_A_CODE:
            self.check_in(found[0].seat.volunteer_id)
            return
        if not found and not any(c.isspace() for c in text.strip()) and len(text.strip()) >= 8:
            self.scan(text)  # one long word matching nobody: a foreign barcode or a garbled code
            return
        if not found:
            self.field.clear()
            self._clear_results()
            self._show(
                "refused",
                self.tr("Personne ne correspond"),
                [
                    self.tr("« {text} » : essayez le nom de famille, l'organisation ou l'e-mail.").format(
                        text=text.strip()
                    )
                ],
            )
            return
        self._show_results(found)
        self._picked = True  # a second Enter takes the highlighted one
        self._show(
            "info",
            self.tr("{count} personnes correspondent").format(count=len(found)),
            [self.tr("Choisissez avec ↑↓ puis Entrée.")],
        )

    def scan(self, text: str, method: str = "scan") -> Outcome | None:
        if self._closed:
            return None
        self.field.clear()
        self._clear_results()
        try:
            outcome = self.service.scan(text, method=method)
        except WriteFailed as exc:
            self.field.setText(text)  # the code stays in the field: Enter (or "Réessayer") tries again…
            self.field.selectAll()  # …and the next badge scanned replaces it rather than following it
            self._write_failed(exc, ("scan", text, method))
            return None
        self._show_outcome(outcome)
        return outcome

    def check_in(self, volunteer_id: str) -> Outcome | None:
        self.field.clear()  # the name searched must not stay: the next badge would be typed after it
        self._clear_results()
        try:
            outcome = self.service.check_in_volunteer(volunteer_id, method="search")
        except WriteFailed as exc:
            self._write_failed(exc, ("search", volunteer_id, "search"))
            return None
        self._show_outcome(outcome)
        return outcome

    def _write_failed(self, exc: WriteFailed, pending: tuple[str, str, str]) -> None:
        """The file refused the write (full disk, read-only, locked): nothing was recorded; say so, keep it to retry."""
        from probono_desk.ui.errors import error_text

        self._pending = pending
        self.retry_button.show()
        self._show(
            "refused",
            self.tr("Arrivée NON enregistrée"),
            [error_text(exc), self.tr("Rien n'a été perdu : « Réessayer » (ou Entrée) pour recommencer.")],
        )

    def retry(self) -> Outcome | None:
        """Try the write that failed again (the scanned code is still in the field, or the person picked)."""
        pending, self._pending = self._pending, None
        self.retry_button.hide()
        if pending is None:
            return None
        kind, value, method = pending
        if kind == "scan":
            return self.scan(value, method=method)
        return self.check_in(value)

    def _show_outcome(self, outcome: Outcome, proposal: Proposal | None = None) -> None:
        self.last_outcome = outcome
        self._pending = None
        self.retry_button.hide()
        self._set_proposal(proposal)
        card = describe(outcome, qt_tr)
        if proposal is not None:
            card = replace(card, lines=(*card.lines, *self._proposal_lines(proposal)))
        self.card.show_card(card)
        self.sounds.play(card.level)
        if self.field.text():  # whatever led here (a name, a walk-in typed first): the field waits for the next
            self.field.clear()
            self._clear_results()
        self.field.setFocus()
        self.outcome_shown.emit(outcome)
        if isinstance(outcome, CheckedIn):
            self.volunteer_checked_in.emit(outcome.volunteer_id)
            self._after_write()

    def _show(self, level: str, title: str, lines: list[str]) -> None:
        self.card.show_text(level, title, lines)
        if level != "info":
            self.sounds.play("problem" if level != OK else OK)
        self.field.setFocus()

    # --- search results ------------------------------------------------------------------------------------------

    def _text_edited(self, text: str) -> None:
        self._picked = False
        self._stop_search()  # a typo search still running for the previous text stops and is ignored
        if len(text.strip()) >= 2:
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self._clear_results()

    def _run_search(self) -> None:
        """As the name is typed: the exact/prefix tier here at once; the typo-tolerant tier on a worker thread
        over a snapshot of the search index, its answer dropped if the text changed meanwhile."""
        text = self.field.text()
        if read_code(text, self.service.tag).problem in (None, Problem.OTHER_EVENT):
            return  # a code being typed: no list
        self._stop_search()
        found = self.service.search_exact(text)
        if found is not None:
            self._searched(text, found)
            return
        rows, words = self.service.search_index(), query_words(text)
        op: Op[list[str] | None] = Op(
            lambda: rough_ids(rows, words, stopped=lambda: op.cancelled),
            lambda ids: self._rough_done(text, ids),
            self._rough_failed,
            owner=self,
        )
        self._search_op, self.search_running = op, True
        op.start()

    def _stop_search(self) -> None:
        if self._search_op is not None:
            self._search_op.cancel()
            self._search_op, self.search_running = None, False

    def _rough_done(self, text: str, ids: list[str] | None) -> None:
        self._search_op, self.search_running = None, False
        if self._closed or ids is None or self.field.text() != text:
            return  # stale: the person typed more, pressed Enter or scanned since
        self._searched(text, self.service.found(ids))

    def _rough_failed(self, exc: BaseException) -> None:
        self._search_op, self.search_running = None, False
        log_exception(exc)

    def _searched(self, text: str, found: list[Found]) -> None:
        self._last_search = (text, found)
        if found:
            self._show_results(found)
        else:
            self._clear_results()

    def _search_now(self, text: str) -> list[Found]:
        """Enter: the list already computed for this very text if there is one, else a search right now."""
        self._stop_search()
        if self._last_search is not None and self._last_search[0] == text:
            return self._last_search[1]
        return self.service.search(text)

    def _show_results(self, found: list[Found]) -> None:
        self.results.clear()
        for f in found:
            parts = [f.name]
            if f.seat.organisation:
                parts.append(f.seat.organisation)
            if f.seat.team:
                parts.append(
                    self.tr("Table {table} · {team}").format(table=f.seat.table, team=f.seat.team)
                    if f.seat.table
                    else f.seat.team
                )
            if f.present_since:
                parts.append(self.tr("déjà là ({time})").format(time=hour(f.present_since)))
            item = QListWidgetItem(" — ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, f.seat.volunteer_id)
            self.results.addItem(item)
        self.results.setCurrentRow(0)
        self.results.show()

    def _clear_results(self) -> None:
        self._picked = False
        self.results.clear()
        self.results.hide()

    def _move(self, step: int) -> None:
        if not self.results.isVisible() or self.results.count() == 0:
            return
        row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
        self.results.setCurrentRow(row)
        self._picked = True

    def _pick(self) -> None:
        self._picked = True
        self.field.setFocus()

    # --- undo, walk-ins ------------------------------------------------------------------------------------------

    def undo(self) -> None:
        try:
            undone = self.service.undo_last()
        except WriteFailed as exc:
            from probono_desk.ui.errors import error_text

            self._show("refused", self.tr("Annulation NON enregistrée"), [error_text(exc)])
            return
        if undone is None:
            self._show(
                "idle", self.tr("Rien à annuler"), [self.tr("Aucune arrivée enregistrée ici depuis deux minutes.")]
            )
            return
        self.last_outcome = None
        self._show(
            "info",
            self.tr("Arrivée annulée : {name}").format(name=undone.name),
            [self.tr("La personne n'est plus comptée présente.")],
        )
        self._after_write()

    def open_walk_in(self) -> WalkInDialog:
        from probono_desk.ui.desk_walkin import WalkInDialog

        dialog = WalkInDialog(self.service, self)
        dialog.registered.connect(self._walk_in_registered)
        dialog.finished.connect(lambda _result: self.field.setFocus())
        dialog.open()
        self.walk_in_dialog = dialog
        return dialog

    def _walk_in_registered(self, outcome: CheckedIn) -> None:
        self.last_walk_in = outcome.volunteer_id
        self.print_button.setEnabled(self.ctx.ev.path is not None)
        proposal = None
        if not outcome.team.name:
            try:
                proposal = self.ctx.ev.teams.propose_for(outcome.volunteer_id)
            except Exception as exc:  # noqa: BLE001 - a proposal is a help; the check-in itself is done
                log_exception(exc)
        self._show_outcome(outcome, proposal)

    # --- a team for the walk-in ----------------------------------------------------------------------------------

    def _proposal_lines(self, proposal: Proposal) -> list[str]:
        s = proposal.structure
        team = self.tr("Table {table} — {team}").format(table=s.table_label, team=s.name) if s.table_label else s.name
        return [
            self.tr("Équipe proposée : {team}").format(team=team),
            f"({proposal.why})" if proposal.why else "",
            self.tr("Ctrl+Entrée : l'y placer"),
        ]

    def _set_proposal(self, proposal: Proposal | None) -> None:
        self.proposal = proposal
        if proposal is None:
            self.accept_team_button.hide()
            return
        label = proposal.structure.table_label or proposal.structure.name
        self.accept_team_button.setText(self.tr("Placer à la table {table} (Ctrl+Entrée)").format(table=label))
        self.accept_team_button.show()

    def accept_team(self) -> None:
        """One key: the walk-in joins the proposed team (journaled, undoable from the Équipes screen)."""
        proposal = self.proposal
        if proposal is None or self._closed:
            return
        try:
            self.ctx.ev.teams.accept_proposal(proposal)
        except Exception as exc:  # noqa: BLE001 - said on the card, the desk keeps going
            self._set_proposal(None)
            self._show("refused", self.tr("Placement impossible"), [error_text(exc)])
            return
        self._set_proposal(None)
        seat = self.service.seat(proposal.volunteer_id)
        lines = [self.tr("Table {table} — {team}").format(table=seat.table, team=seat.team)]
        if seat.referent:
            lines.append(self.tr("Référent·e : {referent}").format(referent=seat.referent))
        self._show(OK, self.tr("{name} rejoint son équipe").format(name=f"{seat.first_name} {seat.last_name}"), lines)
        self._after_write()

    def print_walk_in_badge(self) -> None:
        """The walk-in's badge as a one-badge PDF, rendered off the UI thread, then opened for printing."""
        if self.last_walk_in is None or self.ctx.ev.path is None:
            return
        from probono_desk.ui.badge_print import render_badge

        self.print_button.setEnabled(False)
        render_badge(self.ctx, self.last_walk_in, self._badge_ready, self._badge_failed, parent=self)

    def _badge_ready(self, path: Path) -> None:
        self.print_button.setEnabled(True)
        self.last_badge_pdf = path
        if self.open_file(path) is False:  # no PDF viewer on this laptop: say where the file is
            self._show(
                "info",
                self.tr("Badge prêt à imprimer"),
                [str(path), self.tr("Ouvrez ce fichier pour l'imprimer.")],
            )
        self.field.setFocus()

    def _badge_failed(self, exc: BaseException) -> None:
        """Said on the card, not in a box; the button comes back for another try."""
        self.print_button.setEnabled(self.last_walk_in is not None)
        self._show("refused", self.tr("Badge non imprimé"), [error_text(exc)])
