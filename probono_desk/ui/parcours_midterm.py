"""The mid-term interview form (phone or in person): the programme's questions — scales, yes/no, free text —
filled in during the call, and the questions themselves editable like the day's questionnaires."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.evaluations import Question, QuestionKind, question_key
from probono_desk.core.i18n import translate
from probono_desk.core.trail_midterm import InterviewMode
from probono_desk.services.trail_midterm import MidtermService
from probono_desk.ui.context import EventContext
from probono_desk.ui.parcours_lists import QuestionsModel
from probono_desk.ui.parcours_panels import _date_edit, _Panel
from probono_desk.ui.table_model import list_view


class MidtermPanel(_Panel):
    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.midterm = MidtermService(ctx.ev)
        self.title = QLabel(self)
        self.date = _date_edit(self)
        self.mode = QComboBox(self)
        for m in InterviewMode:
            self.mode.addItem(translate("trail", m.label), m.value)
        self.interviewer = QLineEdit(self)
        self.respondent = QLineEdit(self)
        self.form_box = QWidget(self)
        self.form = QFormLayout(self.form_box)
        self.fields: dict[str, Any] = {}
        self.status = QLabel(self)
        self.save_button = QPushButton(self.tr("Enregistrer l'entretien"), self)
        self.save_button.clicked.connect(self.save)
        # the questions, editable per programme
        self.questions_model = QuestionsModel(self)
        self.questions = list_view(self, self.questions_model)
        self.questions.setMaximumHeight(90)
        self.new_label = QLineEdit(self)
        self.new_label.setPlaceholderText(self.tr("Nouvelle question"))
        self.new_kind = QComboBox(self)
        self.new_kind.addItem(self.tr("Échelle 1–5"), QuestionKind.SCALE.value)
        self.new_kind.addItem(self.tr("Oui / non"), QuestionKind.YES_NO.value)
        self.new_kind.addItem(self.tr("Texte libre"), QuestionKind.TEXT.value)
        add = QPushButton(self.tr("Ajouter la question"), self)
        add.clicked.connect(self.add_question)
        remove = QPushButton(self.tr("Retirer la question"), self)
        remove.clicked.connect(self.remove_question)

        head = QHBoxLayout()
        for w in (self.date, self.mode, self.interviewer, self.respondent):
            head.addWidget(w)
        self.interviewer.setPlaceholderText(self.tr("Mené par"))
        self.respondent.setPlaceholderText(self.tr("Interlocuteur·rice"))
        edit = QHBoxLayout()
        edit.addWidget(self.new_label, 1)
        edit.addWidget(self.new_kind)
        edit.addWidget(add)
        edit.addWidget(remove)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(head)
        layout.addWidget(_scrolling(self.form_box, self), 1)
        layout.addLayout(bottom)
        layout.addWidget(QLabel(self.tr("<b>Questions du programme</b>"), self))
        layout.addWidget(self.questions)
        layout.addLayout(edit)
        layout.addStretch(1)
        self.date.dateChanged.connect(self.mark_dirty)
        self.mode.currentIndexChanged.connect(self.mark_dirty)
        for line in (self.interviewer, self.respondent):
            line.textEdited.connect(self.mark_dirty)

    def load(self, structure_id: str | None) -> None:
        if self.keeps_typing(structure_id):
            return
        super().load(structure_id)
        self._filling = True
        form = self.midterm.form()
        # the default form's words are translated; questions typed by the organiser show as typed
        self.title.setText(f"<b>{translate('trail', form.title)}</b>")
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields = {}
        latest = self.midterm.latest(structure_id) if structure_id else None
        answers = dict(latest.answers or {}) if latest else {}
        for q in form.questions:
            widget: Any
            if q.kind is QuestionKind.SCALE:
                widget = QComboBox(self.form_box)
                widget.addItem("—", None)
                for n in range(q.low, q.high + 1):
                    widget.addItem(str(n), n)
                widget.setCurrentIndex(widget.findData(answers[q.key]) if q.key in answers else 0)
            elif q.kind is QuestionKind.YES_NO:
                widget = QComboBox(self.form_box)
                for text, value in (("—", None), (self.tr("oui"), True), (self.tr("non"), False)):
                    widget.addItem(text, value)
                widget.setCurrentIndex({True: 1, False: 2}.get(answers.get(q.key), 0))  # type: ignore[arg-type]
            else:
                widget = QPlainTextEdit(self.form_box)
                widget.setMaximumHeight(54)
                widget.setPlainText(str(answers.get(q.key, "")))
            self.fields[q.key] = widget
            if isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self.mark_dirty)
            else:
                widget.currentIndexChanged.connect(self.mark_dirty)
            label = translate("trail", q.label)
            self.form.addRow(label + ("" if q.required else self.tr(" (facultatif)")), widget)
        day = latest.date if latest else ""
        self.date.setDate(QDate.fromString(day, "yyyy-MM-dd") if day else QDate.currentDate())
        self.mode.setCurrentIndex(list(InterviewMode).index(latest.mode) if latest else 0)
        self.interviewer.setText(latest.interviewer if latest else "")
        self.respondent.setText(latest.respondent if latest else "")
        self._latest_id = latest.id if latest else None
        shown = f"{day[8:10]}/{day[5:7]}/{day[:4]}" if day else ""
        self.status.setText(self.tr("Entretien du {day} enregistré.").format(day=shown) if latest else "")
        self.questions_model.set_rows(form.questions)
        self._filling = False

    def answers(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.fields.items():
            value = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.currentData()
            if value is not None and value != "":
                out[key] = value
        return out

    def save(self) -> bool:
        sid = self.structure_id
        if sid is None:
            return False
        self.dirty = False
        ok = self._write(
            lambda: self.midterm.save_interview(
                sid,
                date=self.date.date().toString("yyyy-MM-dd"),
                mode=InterviewMode(self.mode.currentData()),
                answers=self.answers(),
                interviewer=self.interviewer.text(),
                respondent=self.respondent.text(),
                interview_id=self._latest_id,
            )
        )
        if ok:
            self.load(sid)
        return ok

    def add_question(self) -> bool:
        form = self.midterm.form()
        label = self.new_label.text().strip()
        if not label:
            return False
        kind = QuestionKind(self.new_kind.currentData())
        question = Question(
            question_key(label, {q.key for q in form.questions}), label, kind, required=kind is not QuestionKind.TEXT
        )
        ok = self._write(lambda: self.midterm.save_form(replace(form, questions=(*form.questions, question))))
        if ok:
            self.new_label.clear()
        self.dirty = False  # the form changed shape: it is rebuilt from the file
        self.load(self.structure_id)
        return ok

    def remove_question(self) -> None:
        row = self.questions.currentIndex().row()
        if row < 0:
            return
        form = self.midterm.form()
        self._write(
            lambda: self.midterm.save_form(replace(form, questions=form.questions[:row] + form.questions[row + 1 :]))
        )
        self.dirty = False
        self.load(self.structure_id)


def _scrolling(inner: QWidget, parent: QWidget) -> QScrollArea:
    """The interview grows with the programme's questions: it scrolls, so the screen still fits a laptop."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(inner)
    return scroll
