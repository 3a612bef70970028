"""The mid-term evaluation: its form (editable per programme) and the interviews held by phone or in person."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from probono_desk.core.dates import parse_day
from probono_desk.core.errors import InvalidInput, NotFound
from probono_desk.core.evaluations import QuestionResult
from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.core.ids import new_id
from probono_desk.core.text import clean
from probono_desk.core.trail_midterm import (
    Interview,
    InterviewMode,
    MidtermForm,
    default_form,
    results,
    validate_form,
    validate_interview_answers,
)
from probono_desk.storage import roster as roster_store
from probono_desk.storage import trail as store

if TYPE_CHECKING:
    from probono_desk.services.event import Event


class MidtermService:
    def __init__(self, event: Event) -> None:
        self.event = event

    def form(self) -> MidtermForm:
        return store.get_midterm_form(self.event.db) or default_form()

    def save_form(self, form: MidtermForm) -> MidtermForm:
        form = validate_form(form)
        with self.event.write() as w:
            store.save_midterm_form(w.db, form, w.at)
            w.log("midterm.form", "midterm_form", store.FORM_KEY, {"questions": [q.key for q in form.questions]})
        return self.form()

    def interviews(self, structure_id: str | None = None) -> list[Interview]:
        return store.list_interviews(self.event.db, structure_id)

    def latest(self, structure_id: str) -> Interview | None:
        found = self.interviews(structure_id)
        return found[-1] if found else None

    def save_interview(
        self,
        structure_id: str,
        *,
        date: str,
        mode: InterviewMode,
        answers: dict[str, Any],
        interviewer: str = "",
        respondent: str = "",
        interview_id: str | None = None,
    ) -> Interview:
        """Record an interview (or correct one, given its id). The answers are checked against the form."""
        if roster_store.get_structure(self.event.db, structure_id) is None:
            raise NotFound(what=structure_id)
        day = parse_day(date, QT_TRANSLATE_NOOP("errors", "date de l'entretien"))
        if day.isoformat() <= self.event.info.date:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "L'entretien à mi-parcours ({value}) se tient après la journée du {day}."),
                value=day.isoformat(),
                day=self.event.info.date,
            )
        cleaned = validate_interview_answers(self.form(), answers)
        interview = Interview(
            interview_id or new_id(),
            structure_id,
            day.isoformat(),
            mode,
            clean(interviewer),
            clean(respondent),
            cleaned,
        )
        with self.event.write() as w:
            interview = replace(interview, at=w.at)
            store.save_interview(w.db, interview)
            w.log("midterm.interview", "structure", structure_id, {"id": interview.id, "date": interview.date})
        return interview

    def results(self, structure_id: str | None = None) -> list[QuestionResult]:
        return results(self.form(), self.interviews(structure_id))
