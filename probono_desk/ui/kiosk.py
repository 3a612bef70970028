"""Kiosk mode: a laptop passed around the room shows only the questionnaire, full screen, one respondent after
another; it is left only with the organiser's PIN (Esc, Alt+F4 and the close button all ask for it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.evaluations import Audience, Question, QuestionKind
from probono_desk.core.pin import PIN_MAX
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import error_text

NEXT_RESPONDENT_MS = 4000
STYLE = """
QWidget#Kiosk, QWidget#KioskBody { background: #ffffff; }
QLabel { font-size: 18pt; }
QLabel#KioskTitle { font-size: 28pt; font-weight: bold; color: #e4003a; }
QLabel#KioskError { color: #c62828; font-weight: bold; }
QPushButton { font-size: 18pt; padding: 10px 18px; min-width: 64px; }
QPushButton:checked { background: #e4003a; color: white; border: 1px solid #b0002d; }
QComboBox, QLineEdit, QPlainTextEdit { font-size: 18pt; }
"""


class KioskWindow(QWidget):
    answer_submitted = Signal(str)
    kiosk_left = Signal()

    def __init__(self, ctx: EventContext, audience: Audience, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("Kiosk")
        self.setStyleSheet(STYLE)
        self.ctx = ctx
        self.audience = audience
        self.questionnaire = ctx.ev.evaluations.questionnaire(audience)
        self._unlocked = False
        self.answers: dict[str, Any] = {}
        self.setWindowTitle(self.tr("Questionnaire"))

        self.stack = QStackedWidget(self)
        self.form_page = self._build_form()
        self.thanks_page = self._build_thanks()
        self.pin_page = self._build_pin()
        for page in (self.form_page, self.thanks_page, self.pin_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 30, 60, 30)
        layout.addWidget(self.stack)
        self._next_timer = QTimer(self)
        self._next_timer.setSingleShot(True)
        self._next_timer.setInterval(NEXT_RESPONDENT_MS)
        self._next_timer.timeout.connect(self.next_respondent)
        self.next_respondent()

    # --- pages ---------------------------------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.questionnaire.title, page)
        title.setObjectName("KioskTitle")
        title.setWordWrap(True)
        self.team = QComboBox(page)
        self.team.addItem(self.tr("— choisissez —"), None)
        for s in self.ctx.ev.roster.structures():
            self.team.addItem(f"{s.table_label} · {s.name}" if s.table_label else s.name, s.id)
        body = QWidget(page)
        body.setObjectName("KioskBody")
        body_layout = QVBoxLayout(body)
        team_label = (
            self.tr("Votre équipe (la structure accompagnée)")
            if self.audience is Audience.VOLUNTEERS
            else self.tr("Votre structure")
        )
        body_layout.addWidget(QLabel(team_label, body))
        body_layout.addWidget(self.team)
        self.inputs: dict[str, Any] = {}
        for question in self.questionnaire.questions:
            body_layout.addSpacing(16)
            label = QLabel(question.label + ("" if question.required else self.tr(" (facultatif)")), body)
            label.setWordWrap(True)
            body_layout.addWidget(label)
            body_layout.addWidget(self._input(question, body))
        body_layout.addStretch(1)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.error = QLabel(page)
        self.error.setObjectName("KioskError")
        self.error.setWordWrap(True)
        self.submit_button = QPushButton(self.tr("Envoyer"), page)
        self.submit_button.setProperty("primary", True)  # the one action of the page
        self.submit_button.clicked.connect(self.submit)
        hint = QLabel(self.tr("Réponses anonymes. Merci !"), page)
        hint.setStyleSheet("font-size: 12pt; color: #5f6368;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.submit_button)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        return page

    def _input(self, question: Question, parent: QWidget) -> QWidget:
        if question.kind is QuestionKind.TEXT:
            edit = QPlainTextEdit(parent)
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(140)
            self.inputs[question.key] = edit
            return edit
        row = QWidget(parent)
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(row)
        group.setExclusive(True)
        if question.kind is QuestionKind.SCALE:
            options: list[tuple[str, Any]] = [(str(n), n) for n in range(question.low, question.high + 1)]
        else:
            options = [(self.tr("Oui"), True), (self.tr("Non"), False)]
        for text, value in options:
            button = QPushButton(text, row)
            button.setCheckable(True)
            button.setProperty("answer", value)
            group.addButton(button)
            lay.addWidget(button)
        lay.addStretch(1)
        if question.kind is QuestionKind.SCALE:
            ends = QLabel(
                self.tr("({low} = pas du tout, {high} = tout à fait)").format(low=question.low, high=question.high)
            )
            ends.setStyleSheet("font-size: 12pt; color: #5f6368;")
            lay.addWidget(ends)
        self.inputs[question.key] = group
        return row

    def _build_thanks(self) -> QWidget:
        page = QWidget(self)
        label = QLabel(self.tr("Merci pour vos réponses !\nPassez l'ordinateur à la personne suivante."), page)
        label.setObjectName("KioskTitle")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        again = QPushButton(self.tr("Nouveau questionnaire"), page)
        again.clicked.connect(self.next_respondent)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addWidget(again, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        return page

    def _build_pin(self) -> QWidget:
        page = QWidget(self)
        label = QLabel(self.tr("Code PIN de l'organisateur·rice pour quitter le mode questionnaire"), page)
        label.setWordWrap(True)
        self.pin = QLineEdit(page)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(PIN_MAX)
        self.pin.returnPressed.connect(self.try_unlock)
        self.pin_error = QLabel(page)
        self.pin_error.setObjectName("KioskError")
        leave = QPushButton(self.tr("Quitter"), page)
        leave.clicked.connect(self.try_unlock)
        back = QPushButton(self.tr("Revenir au questionnaire"), page)
        back.clicked.connect(self.cancel_unlock)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addWidget(leave)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addWidget(self.pin)
        layout.addWidget(self.pin_error)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    # --- answering -----------------------------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        answers: dict[str, Any] = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QPlainTextEdit):
                answers[key] = widget.toPlainText()
            else:
                checked = widget.checkedButton()
                answers[key] = checked.property("answer") if checked is not None else None
        return answers

    def submit(self) -> bool:
        try:
            answer = self.ctx.ev.evaluations.submit(self.audience, self.team.currentData(), self.collect())
        except Exception as exc:  # noqa: BLE001 - the respondent sees what is missing
            self.error.setText(error_text(exc))
            return False
        self.ctx.notify_changed()
        self.answer_submitted.emit(answer.id)
        self.stack.setCurrentWidget(self.thanks_page)
        self._next_timer.start()
        return True

    def next_respondent(self) -> None:
        """A blank questionnaire: nothing of the previous respondent remains on screen."""
        self._next_timer.stop()
        self.team.setCurrentIndex(0)
        for widget in self.inputs.values():
            if isinstance(widget, QPlainTextEdit):
                widget.clear()
            else:
                widget.setExclusive(False)
                for button in widget.buttons():
                    button.setChecked(False)
                widget.setExclusive(True)
        self.error.clear()
        self.stack.setCurrentWidget(self.form_page)

    # --- the lock ------------------------------------------------------------------------------------------------

    def ask_pin(self) -> None:
        self._next_timer.stop()
        self.pin.clear()
        self.pin_error.clear()
        self.stack.setCurrentWidget(self.pin_page)
        self.pin.setFocus()

    def cancel_unlock(self) -> None:
        self.pin.clear()
        self.next_respondent()

    def try_unlock(self) -> bool:
        if self.ctx.ev.evaluations.check_pin(self.pin.text()):
            self._unlocked = True
            self.pin.clear()
            self.close()
            return True
        self.pin.clear()
        self.pin_error.setText(QCoreApplication.translate("KioskWindow", "Code incorrect."))
        return False

    def is_locked(self) -> bool:
        return not self._unlocked

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.ask_pin()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._unlocked:
            event.ignore()
            self.ask_pin()
            return
        self._next_timer.stop()
        super().closeEvent(event)
        self.kiosk_left.emit()
