"""The mid-term evaluation: an interview held by phone or in person some weeks after the day, to measure the
mission's real impact on the structure. Its questions are editable per programme, like the day's questionnaires
(the same ``Question`` kinds: scales, yes/no, free text), and each interview keeps who asked whom and when."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from probono_desk.core.errors import InvalidInput
from probono_desk.core.evaluations import (
    Answer,
    Audience,
    Question,
    QuestionKind,
    Questionnaire,
    QuestionResult,
    summarise,
    validate_answers,
    validate_questionnaire,
)
from probono_desk.core.i18n import QT_TRANSLATE_NOOP

DEFAULT_TITLE = QT_TRANSLATE_NOOP("trail", "Évaluation à mi-parcours")


class InterviewMode(str, Enum):
    PHONE = "telephone"
    IN_PERSON = "presentiel"

    @property
    def label(self) -> str:
        return MODE_LABELS[self]


MODE_LABELS: dict[InterviewMode, str] = {
    InterviewMode.PHONE: QT_TRANSLATE_NOOP("trail", "Par téléphone"),
    InterviewMode.IN_PERSON: QT_TRANSLATE_NOOP("trail", "En personne"),
}


@dataclass(frozen=True)
class MidtermForm:
    title: str
    questions: tuple[Question, ...]
    updated_at: str = ""

    def as_questionnaire(self) -> Questionnaire:
        # The questionnaire rules are the same; the audience only names a default title, which we set ourselves.
        return Questionnaire(Audience.STRUCTURES, self.title, self.questions, self.updated_at)


def default_form() -> MidtermForm:
    return MidtermForm(
        DEFAULT_TITLE,
        (
            Question(
                "impact", QT_TRANSLATE_NOOP("trail", "Impact de la mission sur la structure"), QuestionKind.SCALE, 1, 5
            ),
            Question(
                "recommendations_used",
                QT_TRANSLATE_NOOP("trail", "Les recommandations sont-elles mises en œuvre ?"),
                QuestionKind.SCALE,
                1,
                4,
            ),
            Question(
                "impact_detail",
                QT_TRANSLATE_NOOP("trail", "Cet impact, en quelques mots"),
                QuestionKind.TEXT,
                required=False,
            ),
            Question(
                "changes", QT_TRANSLATE_NOOP("trail", "Qu'est-ce qui a changé depuis la journée ?"), QuestionKind.TEXT
            ),
            Question(
                "volunteers",
                QT_TRANSLATE_NOOP("trail", "Qu'ont apporté les bénévoles ?"),
                QuestionKind.TEXT,
                required=False,
            ),
            Question(
                "again",
                QT_TRANSLATE_NOOP("trail", "Recommanderiez-vous le Marathon à une autre structure ?"),
                QuestionKind.YES_NO,
            ),
        ),
    )


def validate_form(form: MidtermForm) -> MidtermForm:
    checked = validate_questionnaire(form.as_questionnaire())
    return replace(form, title=form.title.strip() or DEFAULT_TITLE, questions=checked.questions)


@dataclass(frozen=True)
class Interview:
    id: str
    structure_id: str
    date: str  # YYYY-MM-DD
    mode: InterviewMode
    interviewer: str = ""
    respondent: str = ""
    answers: dict[str, Any] | None = None
    at: str = ""


def validate_interview_answers(form: MidtermForm, answers: dict[str, Any]) -> dict[str, Any]:
    return validate_answers(form.as_questionnaire(), answers)


def parse_mode(text: str) -> InterviewMode:
    key = text.strip().lower()
    for mode in InterviewMode:
        if key in (mode.value, MODE_LABELS[mode].lower(), mode.value.replace("_", " ")):
            return mode
    if key in ("phone", "tel", "tél", "téléphone"):
        return InterviewMode.PHONE
    if key in ("en personne", "présentiel", "in person", "sur place"):
        return InterviewMode.IN_PERSON
    raise InvalidInput(
        QT_TRANSLATE_NOOP("errors", "Mode d'entretien « {value} » inconnu : téléphone ou en personne."), value=text
    )


def results(form: MidtermForm, interviews: list[Interview]) -> list[QuestionResult]:
    answers = [Answer(i.id, Audience.STRUCTURES, i.structure_id, i.at, dict(i.answers or {})) for i in interviews]
    return summarise(form.as_questionnaire(), answers)
