"""The day's questionnaires (editable per event), their anonymous answers and results, and the organiser's PIN
that keeps the kiosk locked."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from probono_desk.core.errors import InvalidInput, NotFound, WriteFailed
from probono_desk.core.evaluations import (
    Answer,
    Audience,
    Questionnaire,
    QuestionResult,
    default_questionnaire,
    summarise,
    validate_answers,
    validate_questionnaire,
)
from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.core.ids import new_id
from probono_desk.core.pin import hash_checked, hash_pin, needs_rehash, too_short, verify_pin
from probono_desk.storage import evaluations as store
from probono_desk.storage import roster as roster_store
from probono_desk.storage.db import get_meta, set_meta

if TYPE_CHECKING:
    from probono_desk.services.event_file import EventFile

PIN_META_KEY = "kiosk_pin"
PIN_SHORT_KEY = "kiosk_pin_short"  # "1": the PIN in use is shorter than today's minimum (set before it existed)


class EvaluationsService:
    def __init__(self, event: EventFile) -> None:
        self.event = event

    # --- questionnaires ------------------------------------------------------------------------------------------

    def questionnaire(self, audience: Audience) -> Questionnaire:
        return store.get_questionnaire(self.event.db, audience) or default_questionnaire(audience)

    def save_questionnaire(self, questionnaire: Questionnaire) -> Questionnaire:
        questionnaire = validate_questionnaire(questionnaire)
        with self.event.write() as w:
            store.save_questionnaire(w.db, questionnaire, w.at)
            w.log(
                "questionnaire.save",
                "questionnaire",
                questionnaire.audience.value,
                {"questions": [q.key for q in questionnaire.questions]},
            )
        return self.questionnaire(questionnaire.audience)

    # --- answers -------------------------------------------------------------------------------------------------

    def submit(self, audience: Audience, structure_id: str | None, answers: dict[str, Any]) -> Answer:
        if structure_id is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Choisissez votre équipe (la structure accompagnée)."))
        if roster_store.get_structure(self.event.db, structure_id) is None:
            raise NotFound(what=structure_id)
        cleaned = validate_answers(self.questionnaire(audience), answers)
        answer = Answer(new_id(), audience, structure_id, self.event.now_iso(), cleaned)
        with self.event.write() as w:
            store.insert_answer(w.db, answer, w.station)
            w.log(
                "evaluation.submit", "evaluation", answer.id, {"audience": audience.value, "structure_id": structure_id}
            )
        return answer

    def answers(self, audience: Audience | None = None, structure_id: str | None = None) -> list[Answer]:
        return store.list_answers(self.event.db, audience, structure_id)

    def results(self, audience: Audience, structure_id: str | None = None) -> list[QuestionResult]:
        """Per structure when ``structure_id`` is given, else overall."""
        return summarise(self.questionnaire(audience), self.answers(audience, structure_id))

    # --- the kiosk PIN -------------------------------------------------------------------------------------------

    def has_pin(self) -> bool:
        return bool(get_meta(self.event.db, PIN_META_KEY))

    def set_pin(self, pin: str, *, current: str = "") -> None:
        """Set the organiser's PIN; changing an existing one needs the current one."""
        if self.has_pin() and not self.check_pin(current):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Code PIN actuel incorrect."))
        hashed = hash_pin(pin)
        with self.event.write() as w:
            set_meta(w.db, PIN_META_KEY, hashed)
            set_meta(w.db, PIN_SHORT_KEY, "")
            w.log("kiosk.pin_set", "meta", PIN_META_KEY)

    def check_pin(self, pin: str) -> bool:
        """The right PIN? A hash of an older kind (PBKDF2, a lighter cost) is replaced by today's on success."""
        stored = get_meta(self.event.db, PIN_META_KEY)
        if not stored or not verify_pin(pin, stored):
            return False
        if needs_rehash(stored):
            rehashed = hash_checked(pin)  # outside the transaction: a quarter of a second
            try:
                with self.event.write() as w:
                    set_meta(w.db, PIN_META_KEY, rehashed)
                    set_meta(w.db, PIN_SHORT_KEY, "1" if too_short(pin) else "")
                    w.log("kiosk.pin_rehash", "meta", PIN_META_KEY)
            except WriteFailed:
                pass  # a read-only or busy file: the old hash still works, rehashed next time
        return True

    def pin_too_short(self) -> bool:
        """The PIN in use predates the 6-character minimum: it still works, and the settings ask to change it."""
        return get_meta(self.event.db, PIN_SHORT_KEY) == "1"
