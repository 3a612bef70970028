"""One structure's deliverable: the form with autosave while typing, its states, versions and attachments.

Autosave: each keystroke restarts a 2-second timer (debounce); a continuous typist is still saved every 10 s.
A save is one small SQLite transaction (a few milliseconds), so typing never waits on it. Leaving the screen,
switching structure or quitting saves at once.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.dates import hhmm
from probono_desk.core.deliverables import (
    STATE_ORDER,
    Deliverable,
    DeliverableKind,
    DeliverableState,
    DeliverableText,
)
from probono_desk.ui.attachments import AttachmentsPanel
from probono_desk.ui.context import EventContext
from probono_desk.ui.deliverables_lists import VersionsModel
from probono_desk.ui.errors import show_error
from probono_desk.ui.table_model import list_view

DEBOUNCE_MS = 2000
MAX_UNSAVED_MS = 10_000


class DeliverableForm(QWidget):
    saved = Signal(str)  # the time of the save, "HH:MM:SS"
    state_changed = Signal(str)  # the new state's value

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.structure_id: str | None = None
        self._loaded: DeliverableText | None = None  # what the file holds, as far as this form knows
        self._loading = False
        self.save_failing = False  # the last save failed: the indicator says so, the timer retries
        self.last_save_ms: float = 0.0
        self._closed = False

        left = self._build_text_fields()
        self._build_state_box()
        versions_box = self._build_versions_box()
        self.attachments = AttachmentsPanel(ctx, self)
        right = QWidget(self)
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        rlay.addWidget(self.state_box)
        rlay.addWidget(versions_box, 1)
        rlay.addWidget(self.attachments, 1)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._debounce = self._save_timer(DEBOUNCE_MS)
        self._ceiling = self._save_timer(MAX_UNSAVED_MS)
        self._connect()
        self.setEnabled(False)

    def _build_text_fields(self) -> QWidget:
        """The deliverable's title, type and three texts, with the save indicator under them."""
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Titre du livrable"))
        self.kind = QComboBox(self)
        for kind in DeliverableKind:
            self.kind.addItem(QCoreApplication.translate("deliverables", kind.label), kind.value)
        self.summary = self._editor(self.tr("Ce que l'équipe a produit, en quelques phrases."))
        self.recommendations = self._editor(self.tr("Les recommandations à la structure."))
        self.next_steps = self._editor(self.tr("Qui fait quoi, et quand, après la journée."))
        self.indicator = QLabel(self)
        self.indicator.setObjectName("SaveIndicator")

        form = QFormLayout()
        form.addRow(self.tr("Titre"), self.title)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Synthèse"), self.summary)
        form.addRow(self.tr("Recommandations"), self.recommendations)
        form.addRow(self.tr("Prochaines étapes"), self.next_steps)
        form.addRow("", self.indicator)
        left = QWidget(self)
        left.setLayout(form)
        return left

    def _build_state_box(self) -> None:
        """The states, each with its time; who signs for the structure; the buttons that move the state."""
        self.state_box = QGroupBox(self.tr("État"), self)
        grid = QGridLayout(self.state_box)
        grid.setContentsMargins(4, 2, 4, 2)
        grid.setVerticalSpacing(4)
        self.state_times: dict[DeliverableState, QLabel] = {}
        for row, state in enumerate(STATE_ORDER):
            name = QLabel(QCoreApplication.translate("deliverables", state.label), self.state_box)
            when = QLabel("—", self.state_box)
            self.state_times[state] = when
            grid.addWidget(name, row, 0)
            grid.addWidget(when, row, 1)
        self.representative = QComboBox(self.state_box)
        self.representative.setEditable(True)
        rep_edit = self.representative.lineEdit()
        if rep_edit is not None:
            rep_edit.setPlaceholderText(self.tr("Représentant·e de la structure"))
        self.next_button = QPushButton(self.state_box)
        self.back_button = QPushButton(self.tr("Repasser en brouillon"), self.state_box)
        grid.addWidget(self.representative, len(STATE_ORDER), 0, 1, 2)
        buttons = QHBoxLayout()  # side by side when there is room, else stacked (see resizeEvent)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.back_button)
        self._state_buttons = buttons
        grid.addLayout(buttons, len(STATE_ORDER) + 1, 0, 1, 2)

    def _build_versions_box(self) -> QGroupBox:
        """The earlier versions of the texts and the button that brings one back."""
        self.versions_model = VersionsModel(self)
        self.versions = list_view(self, self.versions_model, "Versions")
        self.restore_button = QPushButton(self.tr("Restaurer cette version"), self)
        self.restore_button.setEnabled(False)
        box = QGroupBox(self.tr("Versions précédentes"), self)
        vlay = QVBoxLayout(box)
        vlay.setContentsMargins(4, 2, 4, 2)
        self.versions.setMinimumHeight(56)
        vlay.addWidget(self.versions, 1)
        vlay.addWidget(self.restore_button)
        return box

    def _save_timer(self, interval_ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        return timer

    def _connect(self) -> None:
        self.next_button.clicked.connect(self._next_state)
        self.back_button.clicked.connect(lambda: self._set_state(DeliverableState.DRAFT))
        self.versions.selectionModel().currentRowChanged.connect(lambda index: self._preview_version(index.row()))
        self.restore_button.clicked.connect(self.restore_selected)
        self._debounce.timeout.connect(self.save_now)
        self._ceiling.timeout.connect(self.save_now)
        self.title.textChanged.connect(self._edited)
        self.kind.currentIndexChanged.connect(self._edited)
        for editor in (self.summary, self.recommendations, self.next_steps):
            editor.textChanged.connect(self._edited)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_now)
        self.ctx.about_to_close.connect(self.save_now)  # typed in the last seconds before Fermer: written, not lost
        self.ctx.event_closed.connect(self._event_closed)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """On a laptop the state's two buttons stack, so the text fields keep their width."""
        super().resizeEvent(event)
        wide = event.size().width() >= 900
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._state_buttons.direction() != direction:
            self._state_buttons.setDirection(direction)

    def _editor(self, placeholder: str) -> QPlainTextEdit:
        editor = QPlainTextEdit(self)
        editor.setPlaceholderText(placeholder)
        editor.setTabChangesFocus(True)
        font = editor.font()
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        editor.setFont(QFont(font))
        return editor

    # --- loading -------------------------------------------------------------------------------------------------

    def load(self, structure_id: str | None) -> None:
        """Show another structure's deliverable (what was typed for the previous one is saved first)."""
        self.save_now()
        self.structure_id = structure_id
        self.setEnabled(structure_id is not None)
        self.attachments.load(structure_id)
        if structure_id is None:
            return
        structure = self.ctx.ev.roster.structure(structure_id)
        self.representative.clear()
        self.representative.addItems([r for r in (structure.representative_1, structure.representative_2) if r])
        deliverable = self.ctx.ev.deliverables.get(structure_id)
        self._fill(deliverable.text)
        self._show_state(deliverable)
        self._show_versions()
        self.indicator.setText(
            self.tr("Enregistré à {time}").format(time=deliverable.saved_at[11:19]) if deliverable.saved_at else ""
        )

    def refresh(self) -> None:
        """The file changed (here or on another station): take others' text only where nothing is pending here."""
        if self.structure_id is None:
            return
        deliverable = self.ctx.ev.deliverables.get(self.structure_id)
        if not self.dirty() and deliverable.text != self._loaded:
            self._fill(deliverable.text)
        self._show_state(deliverable)
        self._show_versions()
        self.attachments.load(self.structure_id)

    def _fill(self, text: DeliverableText) -> None:
        self._loading = True
        try:
            for widget, value in (
                (self.title, text.title),
                (self.summary, text.summary),
                (self.recommendations, text.recommendations),
                (self.next_steps, text.next_steps),
            ):
                if isinstance(widget, QPlainTextEdit):
                    if widget.toPlainText() != value:
                        widget.setPlainText(value)
                elif widget.text() != value:
                    widget.setText(value)
            self.kind.setCurrentIndex(max(0, self.kind.findData(text.kind.value)))
        finally:
            self._loading = False
        self._loaded = text

    # --- autosave ------------------------------------------------------------------------------------------------

    def current_text(self) -> DeliverableText:
        return DeliverableText(
            title=self.title.text(),
            kind=DeliverableKind(self.kind.currentData() or DeliverableKind.OTHER.value),
            summary=self.summary.toPlainText(),
            recommendations=self.recommendations.toPlainText(),
            next_steps=self.next_steps.toPlainText(),
        )

    def dirty(self) -> bool:
        return self.structure_id is not None and self._loaded is not None and self.current_text() != self._loaded

    def _edited(self, *_args: object) -> None:
        if self._loading or self.structure_id is None:
            return
        self.indicator.setText(self.tr("Modifications en cours…"))
        self._debounce.start()
        if not self._ceiling.isActive():
            self._ceiling.start()

    def _event_closed(self) -> None:
        self._closed = True
        self._debounce.stop()
        self._ceiling.stop()

    def save_now(self, keep_version: bool = False) -> bool:
        """Write what is typed, if anything changed. True when the file now holds the text on screen."""
        self._debounce.stop()
        self._ceiling.stop()
        if self._closed:  # saved on ``about_to_close``; the file is gone now
            return not self.dirty()
        if self.structure_id is None or (not self.dirty() and not keep_version):
            return True
        text = self.current_text()
        started = time.perf_counter()
        try:
            result = self.ctx.ev.deliverables.save(self.structure_id, text, keep_version=keep_version)
        except Exception as exc:  # noqa: BLE001 - shown; the text stays on screen and the next save retries
            self.indicator.setText(self.tr("Non enregistré — nouvelle tentative…"))
            self._debounce.start()
            if not self.save_failing:  # one message per outage, not one every few seconds
                show_error(self, exc)
            self.save_failing = True
            return False
        self.save_failing = False
        self.last_save_ms = (time.perf_counter() - started) * 1000
        self._loaded = text
        at = result.deliverable.saved_at[11:19] or self.ctx.ev.now_iso()[11:19]
        self.indicator.setText(self.tr("Enregistré à {time}").format(time=at))
        if result.versioned:
            self._show_versions()
        if self.structure_id and result.deliverable.saves <= 1:
            self._show_state(result.deliverable)
        self.saved.emit(at)
        return True

    def hideEvent(self, event: object) -> None:  # noqa: N802
        self.save_now()
        super().hideEvent(event)  # type: ignore[arg-type]

    # --- states --------------------------------------------------------------------------------------------------

    def _show_state(self, deliverable: Deliverable) -> None:
        for state, label in self.state_times.items():
            when = deliverable.time_of(state)
            text = hhmm(when) if when else "—"
            if state == DeliverableState.VALIDATED_STRUCTURE and when and deliverable.validated_by:
                text += f" · {deliverable.validated_by}"
            label.setText(text)
            font = label.font()
            font.setBold(state == deliverable.state)
            label.setFont(font)
        following = {
            DeliverableState.DRAFT: self.tr("Soumettre le livrable"),
            DeliverableState.SUBMITTED: self.tr("Valider (référent·e)"),
            DeliverableState.VALIDATED_REFERENT: self.tr("Valider pour la structure"),
        }
        self.next_button.setText(following.get(deliverable.state, self.tr("Validé par la structure")))
        self.next_button.setEnabled(deliverable.state != DeliverableState.VALIDATED_STRUCTURE)
        self.back_button.setEnabled(deliverable.state != DeliverableState.DRAFT)
        self.representative.setVisible(deliverable.state == DeliverableState.VALIDATED_REFERENT)
        self._state = deliverable.state

    def _next_state(self) -> None:
        current = getattr(self, "_state", DeliverableState.DRAFT)
        if current.rank + 1 < len(STATE_ORDER):
            self._set_state(STATE_ORDER[current.rank + 1])

    def _set_state(self, state: DeliverableState) -> None:
        if self.structure_id is None or not self.save_now():
            return
        try:
            deliverable = self.ctx.ev.deliverables.set_state(
                self.structure_id, state, validated_by=self.representative.currentText()
            )
        except Exception as exc:  # noqa: BLE001 - refused transitions are explained
            show_error(self, exc)
            return
        self._show_state(deliverable)
        self._show_versions()
        self.state_changed.emit(deliverable.state.value)
        self.ctx.notify_changed()

    # --- versions ------------------------------------------------------------------------------------------------

    def _show_versions(self) -> None:
        sid = self.structure_id
        self.versions_model.set_rows(self.ctx.ev.deliverables.versions(sid) if sid is not None else [])
        self.restore_button.setEnabled(False)

    def _preview_version(self, row: int) -> None:
        self.restore_button.setEnabled(row >= 0)

    def restore_selected(self) -> None:
        index = self.versions.currentIndex()
        if not index.isValid() or self.structure_id is None or not self.save_now():
            return
        try:
            deliverable = self.ctx.ev.deliverables.restore(str(index.data(VersionsModel.ID_ROLE)))
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self._fill(deliverable.text)
        self._show_versions()
        self.indicator.setText(self.tr("Version restaurée à {time}").format(time=deliverable.saved_at[11:19]))
        self.ctx.notify_changed()
