"""The check-in desk at the door: scan (USB scanner or webcam) or type a name, read the card, next person.

Everything works from the keyboard and the scan field never loses the focus (the other controls take none), so a
scanner in keyboard mode always types into it. The desk shows names, organisations and teams — never phone numbers
or emails. This module is the shell: it builds and lays out the parts and reads the scan field; the search is in
``desk_search``, the card after a check-in and the walk-in's team and badge in ``desk_team``, the shared state in
``desk_base``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices, QKeySequence, QPaintEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from probono_desk.core.checkin import Outcome
from probono_desk.core.codes import Problem, format_code, read_code
from probono_desk.core.errors import WriteFailed
from probono_desk.ui.context import EventContext
from probono_desk.ui.desk_burst import burst_code, trailing_code
from probono_desk.ui.desk_doubles import DoublesLine
from probono_desk.ui.desk_results import SearchResultsModel, results_list
from probono_desk.ui.desk_team import DeskWalkIns
from probono_desk.ui.desk_widgets import CountersPanel, OutcomeCard, ScanField, Sounds

if TYPE_CHECKING:
    from probono_desk.ui.desk_camera import CameraPanel

UNDO_REFRESH_MS = 5000


class DeskScreen(DeskWalkIns):
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
        self._build_scan_area()
        self._build_buttons()
        self.counters = CountersPanel(self)
        self._camera: CameraPanel | None = None  # built just after the first paint (see ``paintEvent``) or when asked
        self._camera_slot = QVBoxLayout()
        self._camera_slot.setContentsMargins(0, 0, 0, 0)
        self._painted = False
        self._lay_out()
        self._connect_keys()
        self._start_search()
        self._start_timers()
        self._closed = False
        ctx.event_closed.connect(self._event_closed)
        self.card.show_text(
            "idle", self.tr("Prêt·e"), [self.tr("Scannez un badge ou tapez les premières lettres d'un nom.")]
        )
        self.refresh()

    def _build_scan_area(self) -> None:
        """The left column's top: the scan field, its key hints, the card, the duplicate line, the results."""
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
        self.doubles_line = DoublesLine(self.ctx, self.service, self)  # a duplicate arrival, landed from sync
        self.results_model = SearchResultsModel(self)
        self.results = results_list(self, self.results_model)
        self.results.clicked.connect(lambda _index: self._pick())
        self.results.doubleClicked.connect(lambda _index: self.submit())

    def _build_buttons(self) -> None:
        """The action bar (retry, undo, walk-in, badge), the accept-the-team button and the sound switch."""
        self.undo_button = self._button(self.tr("Annuler la dernière arrivée"), "UndoButton", self.undo)
        self.walk_in_button = self._button(self.tr("Inscription sur place"), "WalkInButton", self.open_walk_in)
        self.print_button = self._button(self.tr("Imprimer son badge"), "PrintBadgeButton", self.print_walk_in_badge)
        self.print_button.setToolTip(self.tr("Ctrl+P"))
        self.print_button.setEnabled(False)
        self.accept_team_button = self._button(
            self.tr("Placer dans l'équipe proposée"), "AcceptTeamButton", self.accept_team
        )
        self.accept_team_button.hide()
        self.proposal = None  # the team proposed to the last walk-in, until accepted or next person
        self.retry_button = self._button(self.tr("Réessayer"), "RetryButton", self.retry)
        self.retry_button.hide()
        self._pending = None  # (kind, code or volunteer id, method) not yet written
        self.mute_button = self._button(self.tr("Son"), "MuteButton", None)
        self.mute_button.setCheckable(True)
        self.sounds = Sounds(self)
        self.mute_button.setChecked(not self.sounds.muted)
        self.mute_button.toggled.connect(self._sound_toggled)
        self._sound_toggled(self.mute_button.isChecked())

    def _lay_out(self) -> None:
        """Left: scanning and its card; right: the counters, the camera, the practice rush, the sound."""
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
        if self.ctx.practice is not None:  # a practice copy: « Simuler l'affluence »
            from probono_desk.ui.practice_rush import RushControls

            self.rush = RushControls(self)
            right.addWidget(self.rush)
        right.addWidget(self.mute_button, 0, Qt.AlignmentFlag.AlignRight)  # a setting of the desk, not of a person
        body = QHBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(12)
        body.addLayout(left, 3)
        body.addLayout(right, 2)

    def _connect_keys(self) -> None:
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

    def _start_timers(self) -> None:
        self._undo_timer = QTimer(self)
        self._undo_timer.setInterval(UNDO_REFRESH_MS)
        self._undo_timer.timeout.connect(self._refresh_undo)
        self._undo_timer.start()
        self._notify_timer = QTimer(self)
        self._notify_timer.setSingleShot(True)
        self._notify_timer.setInterval(0)
        self._notify_timer.timeout.connect(self._notify)

    def _sound_toggled(self, on: bool) -> None:
        self.sounds.set_muted(not on)
        self.mute_button.setText(self.tr("Son : activé (Ctrl+M)") if on else self.tr("Son : coupé (Ctrl+M)"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.field.setFocus()

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
        volunteer_id = self._highlighted() if self.results.isVisible() else None
        if volunteer_id is not None and (self._picked or not text.strip()):
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

    # --- undo ------------------------------------------------------------------------------------------------------

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
