"""Evaluation results per structure and overall, the organiser's PIN, the kiosk's launch, the questions' editor."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.evaluations import Audience, Question, QuestionKind, question_key, result_text
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import show_error
from probono_desk.ui.fit_column import ColumnFitter
from probono_desk.ui.parcours_lists import QuestionsModel
from probono_desk.ui.table_model import RowsTableModel


@dataclass(frozen=True)
class ResultRow:
    """One line of results: the public, the question (or the count of answers), this team's and everyone's."""

    audience: Audience
    question: str
    mine: str
    overall: str
    answers: int = -1  # the count of answers of this team, on the « Réponses » line


class ResultsModel(RowsTableModel[ResultRow]):
    COL_AUDIENCE, COL_QUESTION, COL_MINE, COL_OVERALL = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Public"), self.tr("Question"), self.tr("Cette équipe"), self.tr("Ensemble")]

    def display(self, r: ResultRow, col: int) -> Any:
        if col == self.COL_AUDIENCE:
            return QCoreApplication.translate("evaluations", r.audience.label)
        return (r.question, r.mine, r.overall)[col - 1]

    def sort_value(self, r: ResultRow, col: int) -> Any:
        if col == self.COL_AUDIENCE:
            return r.audience.value
        if col == self.COL_MINE and r.answers >= 0:
            return r.answers
        return (r.question, r.mine, r.overall)[col - 1]


class EvaluationsPanel(QWidget):
    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.structure_id: str | None = None
        self.kiosk: QWidget | None = None

        self.results_model = ResultsModel(self)
        self.results = QTableView(self)
        self.results.setModel(self.results_model)
        self.results.verticalHeader().setVisible(False)
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.results.setWordWrap(False)
        self.results_fitter = ColumnFitter(self.results, 1, 180)  # the question takes the room left
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comments_model = QStringListModel(self)
        self.comments = _list_view(self.comments_model, self)
        self.comments.setWordWrap(True)

        kiosk_box = self._build_kiosk_box()
        edit_box = self._build_questions_box()
        left = QVBoxLayout()
        left.addWidget(self.results, 3)
        left.addWidget(QLabel(self.tr("Commentaires de cette équipe"), self))
        left.addWidget(self.comments, 1)
        right = QVBoxLayout()
        right.addWidget(kiosk_box)
        right.addWidget(edit_box, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self._show_questions()

    def _build_kiosk_box(self) -> QGroupBox:
        """The kiosk's launch and the organiser's PIN."""
        kiosk_box = QGroupBox(self.tr("Questionnaires sur place (mode kiosque)"), self)
        self.kiosk_volunteers = QPushButton(self.tr("Kiosque bénévoles"), kiosk_box)
        self.kiosk_volunteers.clicked.connect(lambda: self.start_kiosk(Audience.VOLUNTEERS))
        self.kiosk_structures = QPushButton(self.tr("Kiosque structures"), kiosk_box)
        self.kiosk_structures.clicked.connect(lambda: self.start_kiosk(Audience.STRUCTURES))
        self.pin_current = QLineEdit(kiosk_box)
        self.pin_current.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_current.setPlaceholderText(self.tr("PIN actuel"))
        self.pin_new = QLineEdit(kiosk_box)
        self.pin_new.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_new.setPlaceholderText(self.tr("Nouveau PIN (6 caractères au moins)"))
        self.pin_button = QPushButton(self.tr("Définir le PIN"), kiosk_box)
        self.pin_button.clicked.connect(self.set_pin)
        self.pin_status = QLabel(kiosk_box)
        self.pin_status.setWordWrap(True)
        klay = QVBoxLayout(kiosk_box)
        row = QHBoxLayout()
        row.addWidget(self.kiosk_volunteers)
        row.addWidget(self.kiosk_structures)
        klay.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.pin_current)
        row.addWidget(self.pin_new)
        row.addWidget(self.pin_button)
        klay.addLayout(row)
        klay.addWidget(self.pin_status)
        return kiosk_box

    def _build_questions_box(self) -> QGroupBox:
        """The questions' editor: add a question, remove one."""
        edit_box = QGroupBox(self.tr("Questions"), self)
        self.edit_audience = QComboBox(edit_box)
        for audience in Audience:
            self.edit_audience.addItem(QCoreApplication.translate("evaluations", audience.label), audience.value)
        self.edit_audience.currentIndexChanged.connect(lambda _i: self._show_questions())
        self.questions_model = QuestionsModel(self, translate_labels=False)
        self.questions = _list_view(self.questions_model, edit_box)
        self.new_label = QLineEdit(edit_box)
        self.new_label.setPlaceholderText(self.tr("Nouvelle question"))
        self.new_kind = QComboBox(edit_box)
        self.new_kind.addItem(self.tr("Note de 1 à 5"), QuestionKind.SCALE.value)
        self.new_kind.addItem(self.tr("Oui / non"), QuestionKind.YES_NO.value)
        self.new_kind.addItem(self.tr("Texte libre"), QuestionKind.TEXT.value)
        add = QPushButton(self.tr("Ajouter"), edit_box)
        add.clicked.connect(self.add_question)
        remove = QPushButton(self.tr("Retirer la question"), edit_box)
        remove.clicked.connect(self.remove_question)
        elay = QVBoxLayout(edit_box)
        elay.addWidget(self.edit_audience)
        elay.addWidget(self.questions, 1)
        self.questions.setWordWrap(True)
        self.questions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        elay.addWidget(self.new_label)  # the new question's text gets a whole line
        row = QHBoxLayout()
        row.addWidget(self.new_kind, 1)
        row.addWidget(add)
        elay.addLayout(row)
        elay.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        return edit_box

    # --- results -------------------------------------------------------------------------------------------------

    def load(self, structure_id: str | None) -> None:
        self.structure_id = structure_id
        ev = self.ctx.ev
        rows: list[ResultRow] = []
        comments: list[str] = []
        for audience in Audience:
            overall = ev.evaluations.results(audience)
            mine = ev.evaluations.results(audience, structure_id) if structure_id else []
            counts = (
                len(ev.evaluations.answers(audience, structure_id)) if structure_id else 0,
                len(ev.evaluations.answers(audience)),
            )
            name = QCoreApplication.translate("evaluations", audience.label)
            rows.append(ResultRow(audience, self.tr("Réponses"), str(counts[0]), str(counts[1]), counts[0]))
            for i, res in enumerate(overall):
                if res.kind is QuestionKind.TEXT:
                    continue
                rows.append(ResultRow(audience, res.label, result_text(mine[i]) if mine else "—", result_text(res)))
            comments += [f"{name} : « {comment} »" for res in mine for comment in res.comments]
        self.results_model.set_rows(rows)
        self.comments_model.setStringList(comments)
        self.results.resizeColumnToContents(0)
        has_pin = ev.evaluations.has_pin()
        self.pin_current.setVisible(has_pin)
        self.pin_button.setText(self.tr("Changer le PIN") if has_pin else self.tr("Définir le PIN"))
        self.pin_status.setText(
            self.tr("PIN défini : le kiosque ne se quitte qu'avec lui.")
            if has_pin
            else self.tr("Définissez d'abord un PIN : il faudra le saisir pour quitter le kiosque.")
        )
        self.kiosk_volunteers.setEnabled(has_pin)
        self.kiosk_structures.setEnabled(has_pin)

    # --- PIN and kiosk -------------------------------------------------------------------------------------------

    def set_pin(self) -> bool:
        try:
            self.ctx.ev.evaluations.set_pin(self.pin_new.text(), current=self.pin_current.text())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return False
        finally:
            self.pin_new.clear()
            self.pin_current.clear()
        self.load(self.structure_id)
        return True

    def start_kiosk(self, audience: Audience) -> QWidget | None:
        from probono_desk.ui.kiosk import KioskWindow

        if not self.ctx.ev.evaluations.has_pin():
            return None
        kiosk = KioskWindow(self.ctx, audience)
        kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        kiosk.kiosk_left.connect(lambda: self.load(self.structure_id))
        kiosk.destroyed.connect(lambda: setattr(self, "kiosk", None))
        self.kiosk = kiosk
        kiosk.showFullScreen()
        return kiosk

    # --- questions -----------------------------------------------------------------------------------------------

    def _audience(self) -> Audience:
        return Audience(self.edit_audience.currentData())

    def _show_questions(self) -> None:
        self.questions_model.set_rows(self.ctx.ev.evaluations.questionnaire(self._audience()).questions)

    def add_question(self) -> bool:
        q = self.ctx.ev.evaluations.questionnaire(self._audience())
        label = self.new_label.text().strip()
        if not label:
            return False
        kind = QuestionKind(self.new_kind.currentData())
        question = Question(
            question_key(label, {x.key for x in q.questions}), label, kind, required=kind is not QuestionKind.TEXT
        )
        try:
            self.ctx.ev.evaluations.save_questionnaire(replace(q, questions=(*q.questions, question)))
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return False
        self.new_label.clear()
        self._show_questions()
        return True

    def remove_question(self) -> None:
        row = self.questions.currentIndex().row()
        if row < 0:
            return
        q = self.ctx.ev.evaluations.questionnaire(self._audience())
        try:
            self.ctx.ev.evaluations.save_questionnaire(replace(q, questions=q.questions[:row] + q.questions[row + 1 :]))
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
        self._show_questions()


def _list_view(model: QAbstractItemModel, parent: QWidget) -> QListView:
    """A read-only list of lines, wrapped (styled as the lists of the app: ``lines`` in style.py)."""
    view = QListView(parent)
    view.setProperty("lines", True)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    return view
