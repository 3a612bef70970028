"""After the day, per structure: the diagnostic (confidential), the recommendations checklist, the Trail log and
the reminders. The Trail pair itself (who, the dates) stays in ``services/trail.py``."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from probono_desk.core.dates import parse_day
from probono_desk.core.deliverables import MAX_ATTACHMENT_BYTES, guess_mime
from probono_desk.core.errors import InvalidInput, NotFound, ProbonoError
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from probono_desk.core.ids import new_id
from probono_desk.core.models import Structure, Volunteer
from probono_desk.core.text import clean, fold, split_list
from probono_desk.core.trail import (
    MAX_TEXT,
    Diagnostic,
    EntryKind,
    Participant,
    Recommendation,
    RecoState,
    Reminders,
    SessionFormat,
    TrailEntry,
    TrailFacts,
    clean_needs,
    count_recommendations,
    recommendations_from_text,
    reminders,
)
from probono_desk.storage import deliverables as deliverables_store
from probono_desk.storage import roster as roster_store
from probono_desk.storage import trail as store

if TYPE_CHECKING:
    from probono_desk.services.event import Event


class DiagnosticLocked(ProbonoError):
    """The diagnostic leaves the app (export, print, copy) only with the organiser's PIN."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "Le diagnostic est confidentiel : il ne sort de l'application qu'avec le code PIN de l'organisateur·rice "
        "(définissez-le dans Paramètres s'il n'existe pas encore).",
    )


def diagnostic_may_leave(pin_set: bool, pin_correct: bool) -> bool:
    """The rule: only when the event has an organiser PIN and the right one was given (no PIN set: never)."""
    return pin_set and pin_correct


class TrailFollowupService:
    def __init__(self, event: Event) -> None:
        self.event = event

    @property
    def db(self):  # type: ignore[no-untyped-def]
        return self.event.db

    def structure(self, structure_id: str) -> Structure:
        found = roster_store.get_structure(self.db, structure_id)
        if found is None:
            raise NotFound(what=structure_id)
        return found

    def find_structure(self, name_or_table: str) -> str:
        return self.event.deliverables.find_structure(name_or_table)

    def team(self, structure_id: str) -> list[Volunteer]:
        return roster_store.list_volunteers(self.db, "m.structure_id = ?", [structure_id])

    # --- the diagnostic ---------------------------------------------------------------------------------------

    def diagnostic(self, structure_id: str) -> Diagnostic:
        """The recorded diagnostic, or a blank one whose needs are the skills the structure needs today."""
        structure = self.structure(structure_id)
        found = store.get_diagnostic(self.db, structure_id)
        if found is None or (not found.needs and not found.date and not found.summary):
            base = found or Diagnostic(structure_id)
            return replace(base, needs=tuple(structure.skills_needed))
        return found

    def save_diagnostic(
        self,
        structure_id: str,
        *,
        date: str = "",
        lab_people: str = "",
        structure_people: str = "",
        needs: list[str] | tuple[str, ...] = (),
        summary: str = "",
    ) -> Diagnostic:
        self.structure(structure_id)
        day = parse_day(date, QT_TRANSLATE_NOOP("errors", "date du diagnostic")).isoformat() if clean(date) else ""
        if day and day > self.event.info.date:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Le diagnostic ({value}) se tient avant la journée du {day}."),
                value=day,
                day=self.event.info.date,
            )
        diag = Diagnostic(
            structure_id,
            day,
            clean(lab_people),
            clean(structure_people),
            clean_needs(list(needs)),
            summary.strip()[:MAX_TEXT],
        )
        with self.event.write() as w:
            store.save_diagnostic(w.db, diag, w.at)
            w.log("diagnostic.save", "structure", structure_id, {"date": day, "needs": list(diag.needs)})
        return self.diagnostic(structure_id)

    def attach_document(self, structure_id: str, source: str | Path) -> Diagnostic:
        path = Path(source)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Fichier illisible : « {name} »."), name=str(path)) from exc
        return self.attach_document_bytes(structure_id, path.name, data)

    def attach_document_bytes(self, structure_id: str, name: str, data: bytes, mime: str = "") -> Diagnostic:
        self.structure(structure_id)
        if not data:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Le fichier « {name} » est vide."), name=name)
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "« {name} » dépasse 25 Mo : joignez une version plus légère."), name=name
            )
        with self.event.write() as w:
            store.set_diagnostic_document(
                w.db, structure_id, clean(name), mime or guess_mime(name), hashlib.sha256(data).hexdigest(), data, w.at
            )
            w.log("diagnostic.document", "structure", structure_id, {"name": clean(name), "size": len(data)})
        return self.diagnostic(structure_id)

    def remove_document(self, structure_id: str) -> None:
        with self.event.write() as w:
            store.set_diagnostic_document(w.db, structure_id, "", "", "", None, w.at)
            w.log("diagnostic.document_remove", "structure", structure_id)

    def may_release(self, pin: str | None) -> bool:
        evaluations = self.event.evaluations
        return diagnostic_may_leave(evaluations.has_pin(), pin is not None and evaluations.check_pin(pin))

    def release_document(self, structure_id: str, pin: str | None) -> tuple[str, str, bytes] | None:
        """The attached document's (name, mime, bytes), for a copy out of the app; refused without the PIN."""
        if not self.may_release(pin):
            raise DiagnosticLocked()
        return store.diagnostic_document(self.db, structure_id)

    # --- recommendations --------------------------------------------------------------------------------------

    def recommendations(self, structure_id: str) -> list[Recommendation]:
        return store.list_recommendations(self.db, structure_id)

    def import_recommendations(self, structure_id: str) -> int:
        """The deliverable's recommendations become checklist items; those already listed are not added again."""
        self.structure(structure_id)
        deliverable = deliverables_store.get_deliverable(self.db, structure_id)
        items = recommendations_from_text(deliverable.text.recommendations if deliverable else "")
        known = {fold(r.text) for r in self.recommendations(structure_id)}
        fresh = [t for t in items if fold(t) not in known]
        if not fresh:
            return 0
        with self.event.write() as w:
            position = store.next_position(w.db, structure_id)
            for i, text in enumerate(fresh):
                store.insert_recommendation(
                    w.db,
                    Recommendation(new_id(), structure_id, text[:MAX_TEXT], position=position + i, updated_at=w.at),
                )
            w.log("recommendation.import", "structure", structure_id, {"count": len(fresh)})
        return len(fresh)

    def add_recommendation(
        self, structure_id: str, text: str, *, owner: str = "", target_date: str = "", state: RecoState = RecoState.TODO
    ) -> Recommendation:
        self.structure(structure_id)
        item = self._checked(Recommendation(new_id(), structure_id, text, owner, target_date, state))
        with self.event.write() as w:
            item = replace(item, position=store.next_position(w.db, structure_id), updated_at=w.at)
            store.insert_recommendation(w.db, item)
            w.log("recommendation.add", "recommendation", item.id, {"structure_id": structure_id})
        return item

    def update_recommendation(
        self,
        reco_id: str,
        *,
        text: str | None = None,
        owner: str | None = None,
        target_date: str | None = None,
        state: RecoState | None = None,
    ) -> Recommendation:
        current = store.get_recommendation(self.db, reco_id)
        if current is None:
            raise NotFound(what=reco_id)
        item = self._checked(
            replace(
                current,
                text=current.text if text is None else text,
                owner=current.owner if owner is None else owner,
                target_date=current.target_date if target_date is None else target_date,
                state=current.state if state is None else state,
            )
        )
        if item == current:
            return current
        with self.event.write() as w:
            item = replace(item, updated_at=w.at)
            store.update_recommendation(w.db, item)
            w.log("recommendation.update", "recommendation", reco_id, {"state": item.state.value})
        return item

    def remove_recommendation(self, reco_id: str) -> None:
        with self.event.write() as w:
            store.delete_recommendation(w.db, reco_id)
            w.log("recommendation.remove", "recommendation", reco_id)

    @staticmethod
    def _checked(item: Recommendation) -> Recommendation:
        text = clean(item.text)
        if not text:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Une recommandation a un intitulé."))
        target = (
            parse_day(item.target_date, QT_TRANSLATE_NOOP("errors", "échéance")).isoformat()
            if clean(item.target_date)
            else ""
        )
        return replace(item, text=text[:MAX_TEXT], owner=clean(item.owner), target_date=target)

    # --- the Trail log ----------------------------------------------------------------------------------------

    def entries(self, structure_id: str | None = None) -> list[TrailEntry]:
        return store.list_entries(self.db, structure_id)

    def participants(self, structure_id: str, names: list[str] | tuple[str, ...] | str) -> tuple[Participant, ...]:
        """Names as typed: a volunteer of the team (accents, case, order of first and last name ignored) is linked
        to their record, so their hours count; anyone else (the structure's people, the referent) stays a name."""
        wanted = split_list(names) if isinstance(names, str) else [clean(n) for n in names if clean(n)]
        team = self.team(structure_id)
        keys: dict[str, Volunteer] = {}
        for member in team:
            keys[fold(f"{member.first_name} {member.last_name}")] = member
            keys[fold(f"{member.last_name} {member.first_name}")] = member
        out: list[Participant] = []
        seen: set[str] = set()
        for name in wanted:
            found = keys.get(fold(name))
            key = found.id if found else fold(name)
            if key in seen:
                continue
            seen.add(key)
            out.append(Participant(found.name, found.id) if found else Participant(name))
        return tuple(out)

    def add_session(
        self,
        structure_id: str,
        *,
        date: str,
        format: SessionFormat,
        notes: str = "",
        participants: list[str] | tuple[str, ...] | str = (),
        volunteer_ids: list[str] | tuple[str, ...] = (),
        duration_minutes: int = 60,
        decisions: str = "",
        next_step: str = "",
        next_date: str = "",
    ) -> TrailEntry:
        self.structure(structure_id)
        day = parse_day(date, QT_TRANSLATE_NOOP("errors", "date de la séance"))
        if day.isoformat() < self.event.info.date:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "La séance du {value} tombe avant la journée du {day}."),
                value=day.isoformat(),
                day=self.event.info.date,
            )
        following = ""
        if clean(next_date):
            nxt = parse_day(next_date, QT_TRANSLATE_NOOP("errors", "date de la prochaine étape"))
            if nxt < day:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "La prochaine étape ({value}) tombe avant la séance ({day})."),
                    value=nxt.isoformat(),
                    day=day.isoformat(),
                )
            following = nxt.isoformat()
        if not 0 < duration_minutes <= 12 * 60:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Durée de séance invalide : de 1 minute à 12 heures."))
        people = list(self.participants(structure_id, participants))
        team = {v.id: v for v in self.team(structure_id)}
        for vid in volunteer_ids:
            if vid not in team:
                raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Ce·tte bénévole ne fait pas partie de l'équipe."))
            if all(p.volunteer_id != vid for p in people):
                people.append(Participant(team[vid].name, vid))
        entry = TrailEntry(
            id=new_id(),
            structure_id=structure_id,
            date=day.isoformat(),
            kind=EntryKind.SESSION,
            format=format,
            duration_minutes=duration_minutes,
            participants=tuple(people),
            notes=notes.strip()[:MAX_TEXT],
            decisions=decisions.strip()[:MAX_TEXT],
            next_step=clean(next_step),
            next_date=following,
        )
        return self._insert(entry, "trail.session")

    def add_note(self, structure_id: str, *, date: str, notes: str, author: str = "") -> TrailEntry:
        """The referent's own follow-up note (not a session: it counts no hours and does not wake a quiet Trail)."""
        self.structure(structure_id)
        day = parse_day(date, QT_TRANSLATE_NOOP("errors", "date de la note"))
        if not notes.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Une note de suivi a un texte."))
        entry = TrailEntry(
            new_id(),
            structure_id,
            day.isoformat(),
            EntryKind.NOTE,
            notes=notes.strip()[:MAX_TEXT],
            author=clean(author),
        )
        return self._insert(entry, "trail.note")

    def _insert(self, entry: TrailEntry, action: str) -> TrailEntry:
        with self.event.write() as w:
            entry = replace(entry, created_at=w.at, author=entry.author or w.actor)
            store.insert_entry(w.db, entry)
            w.log(
                action,
                "structure",
                entry.structure_id,
                {"entry_id": entry.id, "date": entry.date, "format": entry.format.value if entry.format else ""},
            )
        return entry

    def remove_entry(self, entry_id: str) -> None:
        with self.event.write() as w:
            store.delete_entry(w.db, entry_id)
            w.log("trail.entry_remove", "trail_entry", entry_id)

    # --- reminders --------------------------------------------------------------------------------------------

    def facts(self) -> list[TrailFacts]:
        entries = self.entries()
        recos = store.list_recommendations(self.db)
        out: list[TrailFacts] = []
        for s in roster_store.list_structures(self.db):
            plan = self.event.trail.plan(s.id)
            out.append(
                TrailFacts(
                    s.id,
                    s.name,
                    plan.start_date,
                    plan.end_date,
                    bool(plan.members),
                    tuple(e for e in entries if e.structure_id == s.id and e.kind is EntryKind.SESSION),
                    count_recommendations([r for r in recos if r.structure_id == s.id]).open,
                )
            )
        return out

    def reminders(self, today: date | None = None) -> Reminders:
        return reminders(self.facts(), today or self.event.clock.now().date())


def diagnostic_references(event: Event) -> dict[str, str]:
    """What a team sheet says of the structure's diagnostic: 'du 7 novembre 2019, document joint'."""
    from probono_desk.core.documents import long_date

    out: dict[str, str] = {}
    for sid, d in store.list_diagnostics(event.db).items():
        if d.date or d.summary or d.document_name:
            held = translate("team_sheets", "du {date}").format(date=long_date(d.date)) if d.date else ""
            attached = translate("team_sheets", "document joint") if d.document_name else ""
            out[sid] = ", ".join(p for p in (held, attached) if p) or translate("team_sheets", "réalisé")
    return out
