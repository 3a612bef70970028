"""The day's questionnaires: questions (editable per event), answers checked against them, results summarised.

Two audiences: the volunteers (satisfaction 1–5, felt useful, would do it again, comment) and the structures
(objectives met 1–4, usefulness of the deliverable, comment). Answers are anonymous; each carries the structure
(team) it is about, so results can be read per structure and overall.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from probono_desk.core.errors import InvalidInput
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, current_language, translate
from probono_desk.core.text import clean, fold

MAX_COMMENT_CHARS = 2000


class Audience(str, Enum):
    VOLUNTEERS = "benevoles"
    STRUCTURES = "structures"

    @property
    def label(self) -> str:
        return AUDIENCE_LABELS[self]


AUDIENCE_LABELS = {
    Audience.VOLUNTEERS: QT_TRANSLATE_NOOP("evaluations", "Bénévoles"),
    Audience.STRUCTURES: QT_TRANSLATE_NOOP("evaluations", "Structures"),
}


class QuestionKind(str, Enum):
    SCALE = "echelle"
    YES_NO = "oui_non"
    TEXT = "texte"


@dataclass(frozen=True)
class Question:
    key: str
    label: str
    kind: QuestionKind
    low: int = 1
    high: int = 5
    required: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "kind": self.kind.value,
            "low": self.low,
            "high": self.high,
            "required": self.required,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Question:
        return cls(
            key=str(data["key"]),
            label=str(data["label"]),
            kind=QuestionKind(data["kind"]),
            low=int(data.get("low", 1)),
            high=int(data.get("high", 5)),
            required=bool(data.get("required", True)),
        )


@dataclass(frozen=True)
class Questionnaire:
    audience: Audience
    title: str
    questions: tuple[Question, ...]
    updated_at: str = ""

    def question(self, key: str) -> Question | None:
        return next((q for q in self.questions if q.key == key), None)


def default_questionnaire(audience: Audience) -> Questionnaire:
    """The questions an event starts with, in the language being spoken (the interface's, or a document's)."""
    comment = translate("evaluations", "Un commentaire ?")
    if audience is Audience.VOLUNTEERS:
        return Questionnaire(
            audience,
            translate("evaluations", "Votre avis sur la journée"),
            (
                Question(
                    "satisfaction",
                    translate("evaluations", "Êtes-vous satisfait·e de la journée ?"),
                    QuestionKind.SCALE,
                    1,
                    5,
                ),
                Question("useful", translate("evaluations", "Vous êtes-vous senti·e utile ?"), QuestionKind.YES_NO),
                Question(
                    "again", translate("evaluations", "Referiez-vous un Marathon Probono ?"), QuestionKind.YES_NO
                ),
                Question("comment", comment, QuestionKind.TEXT, required=False),
            ),
        )
    return Questionnaire(
        audience,
        translate("evaluations", "L'avis de la structure"),
        (
            Question(
                "objectives",
                translate("evaluations", "Les objectifs de la journée ont-ils été atteints ?"),
                QuestionKind.SCALE,
                1,
                4,
            ),
            Question(
                "usefulness", translate("evaluations", "Le livrable vous sera-t-il utile ?"), QuestionKind.SCALE, 1, 4
            ),
            Question("comment", comment, QuestionKind.TEXT, required=False),
        ),
    )


def question_key(label: str, taken: set[str]) -> str:
    """A stable key for a new question, from its label: 'Le lieu était-il adapté ?' -> 'le_lieu_etait_il_adapte'."""
    base = "_".join("".join(c if c.isalnum() else " " for c in fold(label)).split())[:40] or "question"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


def validate_questionnaire(q: Questionnaire) -> Questionnaire:
    if not q.questions:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Un questionnaire a au moins une question."))
    seen: set[str] = set()
    fixed: list[Question] = []
    for question in q.questions:
        label = clean(question.label)
        if not label:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Chaque question a un intitulé."))
        if question.key in seen:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Deux questions ont la même clé « {key} »."), key=question.key
            )
        seen.add(question.key)
        if question.kind is QuestionKind.SCALE and not (0 <= question.low < question.high <= 10):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Échelle « {label} » invalide : de {low} à {high}."),
                label=label,
                low=question.low,
                high=question.high,
            )
        fixed.append(replace(question, label=label))
    return replace(q, title=clean(q.title) or default_questionnaire(q.audience).title, questions=tuple(fixed))


def validate_answers(q: Questionnaire, answers: dict[str, Any]) -> dict[str, Any]:
    """Only the questionnaire's keys, each of the right type and range; required ones present."""
    out: dict[str, Any] = {}
    for question in q.questions:
        value = answers.get(question.key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if question.required:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "Répondez à la question « {label} »."), label=question.label
                )
            continue
        if question.kind is QuestionKind.SCALE:
            try:
                number = int(value)
            except (TypeError, ValueError):
                number = question.low - 1
            if isinstance(value, bool) or not question.low <= number <= question.high:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "« {label} » : choisissez une note de {low} à {high}."),
                    label=question.label,
                    low=question.low,
                    high=question.high,
                )
            out[question.key] = number
        elif question.kind is QuestionKind.YES_NO:
            if not isinstance(value, bool):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "« {label} » : répondez oui ou non."), label=question.label
                )
            out[question.key] = value
        else:
            out[question.key] = str(value).strip()[:MAX_COMMENT_CHARS]
    return out


@dataclass(frozen=True)
class Answer:
    id: str
    audience: Audience
    structure_id: str | None
    at: str
    answers: dict[str, Any]


@dataclass
class QuestionResult:
    key: str
    label: str
    kind: QuestionKind
    count: int = 0
    mean: float | None = None
    high: int = 5
    yes: int = 0
    distribution: dict[int, int] = field(default_factory=dict)
    comments: list[str] = field(default_factory=list)

    @property
    def yes_share(self) -> float | None:
        return self.yes / self.count if self.count else None


def summarise(q: Questionnaire, answers: list[Answer]) -> list[QuestionResult]:
    results: list[QuestionResult] = []
    for question in q.questions:
        res = QuestionResult(question.key, question.label, question.kind, high=question.high)
        values = [a.answers[question.key] for a in answers if question.key in a.answers]
        res.count = len(values)
        if question.kind is QuestionKind.SCALE:
            numbers = [int(v) for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
            res.count = len(numbers)
            res.mean = sum(numbers) / len(numbers) if numbers else None
            res.distribution = {n: numbers.count(n) for n in range(question.low, question.high + 1)}
        elif question.kind is QuestionKind.YES_NO:
            res.yes = sum(1 for v in values if v is True)
        else:
            res.comments = [str(v) for v in values if str(v).strip()]
        results.append(res)
    return results


def result_text(res: QuestionResult) -> str:
    """One line for a table or a PDF: '4,2 / 5 (12 réponses)', '83 % oui (12)', '3 commentaires'."""
    if res.kind is QuestionKind.SCALE:
        if res.mean is None:
            return "—"
        mean = f"{res.mean:.1f}"
        return (mean if current_language() == "en" else mean.replace(".", ",")) + f" / {res.high} ({res.count})"
    if res.kind is QuestionKind.YES_NO:
        share = res.yes_share
        if share is None:
            return "—"
        return translate("evaluations", "{share} % oui ({count})").format(share=round(share * 100), count=res.count)
    return translate("evaluations", "{n} commentaire(s)").format(n=len(res.comments))
