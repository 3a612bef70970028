"""Roles and personal data: the organiser's PIN for sensitive actions, deleting a person, anonymising after the
event, and exporting what the event holds about one person (RGPD access request).

One PIN per event: the organiser's PIN already used by the kiosk (salted scrypt hash in ``meta``, see
``services/evaluations.py``). With no PIN set, the sensitive actions are allowed and the settings screen says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from probono_desk.core.errors import NotFound, ProbonoError
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, speaking, translate
from probono_desk.core.models import Volunteer
from probono_desk.core.text import normalize_email
from probono_desk.output.exports import Cell, write_csv
from probono_desk.output.files import atomic_file, check_output
from probono_desk.services.anonymise import ANONYMOUS_FIRST as ANONYMOUS_FIRST
from probono_desk.services.anonymise import ANONYMOUS_LAST as ANONYMOUS_LAST
from probono_desk.storage import privacy as privacy_store
from probono_desk.storage import roster as roster_store
from probono_desk.storage.deliverables import trail_volunteer_ids
from probono_desk.storage.sync_merge import forget_superseded
from probono_desk.storage.sync_relay import forget_received_bodies, shared_with_others

if TYPE_CHECKING:
    from probono_desk.services.event import Event


class PinRefused(ProbonoError):
    template = QT_TRANSLATE_NOOP("errors", "Code PIN de l'organisateur·rice incorrect ou absent : action refusée.")


@dataclass(frozen=True)
class Consent:
    given: int
    refused: int
    unknown: int


OTHERS_MUST_ANONYMISE = QT_TRANSLATE_NOOP(
    "privacy",
    "Ce fichier a échangé des modifications avec d'autres postes : anonymisez aussi chacun d'eux (ce qu'ils ont "
    "reçu porte les anciennes valeurs).",
)


@dataclass(frozen=True)
class Anonymised:
    count: int  # people anonymised
    kept: int  # people kept as they are (in a Trail)
    backups_removed: int
    shared: bool = False  # the file has exchanged change sets with other stations: they must anonymise too


class PrivacyService:
    def __init__(self, event: Event) -> None:
        self.event = event

    # --- the organiser's PIN -------------------------------------------------------------------------------------

    def has_pin(self) -> bool:
        return self.event.evaluations.has_pin()

    def check_pin(self, pin: str | None) -> bool:
        """True when ``pin`` opens organiser-only actions: the right PIN, or any value when no PIN is set."""
        return not self.has_pin() or (pin is not None and self.event.evaluations.check_pin(pin))

    def require_pin(self, pin: str | None) -> None:
        if not self.check_pin(pin):
            raise PinRefused()

    def set_pin(self, pin: str, *, current: str = "") -> None:
        self.event.evaluations.set_pin(pin, current=current)

    # --- consent -------------------------------------------------------------------------------------------------

    def consent(self) -> Consent:
        rows = privacy_store.consent_counts(self.event.db)
        return Consent(given=rows.get(1, 0), refused=rows.get(0, 0), unknown=rows.get(-1, 0))

    # --- deleting a person ---------------------------------------------------------------------------------------

    def delete_volunteer(self, volunteer_id: str, *, pin: str | None = None) -> None:
        """Remove a person and everything attached to them (codes, check-ins, team, Trail). Organiser-only."""
        self.require_pin(pin)
        volunteer = self.event.roster.volunteer(volunteer_id)
        with self.event.write() as w:
            roster_store.delete_volunteer(w.db, volunteer.id)
            w.log("volunteer.delete", "volunteer", volunteer.id, {"walk_in": volunteer.walk_in})
        forget_superseded(self.event.db)  # change sets not sent yet held the person too
        forget_received_bodies(self.event.db)  # the others' sets kept to resend to a new hub, too

    # --- anonymising after the event -----------------------------------------------------------------------------

    def trail_ids(self) -> set[str]:
        return trail_volunteer_ids(self.event.db)

    def to_anonymise(self) -> list[Volunteer]:
        keep = self.trail_ids()
        return [v for v in self.event.roster.volunteers() if v.id not in keep and not is_anonymous(v)]

    def anonymise(self, *, pin: str | None = None, purge_backups: bool = True) -> Anonymised:
        """Names → "Bénévole anonyme N"; email, phone, organisation, diet, wishes and import row cleared; codes
        revoked; their "why here" lines cleared and their names, e-mails and phones replaced in every free text
        (notes, deliverables and versions, evaluation comments, journal). Situation, team, check-ins and skills
        stay, so the report's counts do not move. Trail people stay.

        Refused with ``FileInUse`` while another window, station or command has the file open. The file is rebuilt
        (no old value in free pages nor in a WAL) and, with ``purge_backups``, every other copy — the backups folder
        whatever the names in it, the files set aside by a restore — is deleted, then one fresh backup made."""
        from probono_desk.services.anonymise import anonymise_people, remove_leftovers

        self.require_pin(pin)
        self.event.require_writable()
        people = self.to_anonymise()
        already = sum(1 for v in self.event.roster.volunteers() if is_anonymous(v))
        kept = len(self.trail_ids())
        anonymise_people(self.event, people, already + 1, kept)
        removed = 0
        if self.event.path is not None and purge_backups:
            removed = remove_leftovers(self.event.path)
            self.event.backup(reason="après-anonymisation")
        shared = shared_with_others(self.event.db)
        return Anonymised(count=len(people), kept=kept, backups_removed=removed, shared=shared)

    # --- one person's data ---------------------------------------------------------------------------------------

    def find(self, *, email: str = "", volunteer_id: str = "") -> Volunteer:
        if volunteer_id:
            return self.event.roster.volunteer(volunteer_id)
        wanted = normalize_email(email)
        for v in self.event.roster.volunteers():
            if wanted and v.email == wanted:
                return v
        raise NotFound(what=email or volunteer_id)

    def person_data(self, volunteer_id: str) -> dict[str, Any]:
        """Everything the event file holds about one person."""
        from probono_desk.storage import trail as trail_store

        db = self.event.db
        v = self.event.roster.volunteer(volunteer_id)
        registration = _registration(v)
        team = None
        if v.structure_id:
            s = self.event.roster.structure(v.structure_id)
            team = {"structure": s.name, "table": s.table_label}
        checkins = [
            {"arrivée": at, "poste": station, "méthode": method, "annulée": undone or ""}
            for at, station, method, undone in privacy_store.checkins_of(db, v.id)
        ]
        codes = [
            {"code": code, "émis": issued, "révoqué": revoked or ""}
            for code, issued, revoked in privacy_store.codes_of(db, v.id)
        ]
        trail = [
            {
                "structure": name,
                "disponibilité": availability,
                "accepte d'être contacté·e": bool(agrees),
                "depuis": since,
            }
            for name, availability, agrees, since in privacy_store.trail_membership_of(db, v.id)
        ]
        history = [
            {"moment": at, "poste": station, "action": action}
            for at, station, action in privacy_store.journal_of(db, v.id)
        ]
        return {
            "événement": self.event.info.name,
            "identifiant": v.id,
            "inscription": registration,
            "équipe": team,
            "arrivées": checkins,
            "codes": codes,
            "trail": trail,
            "séances du Trail": trail_store.sessions_of(db, v.id),
            "évaluations": "anonymes : les réponses aux questionnaires ne sont liées à personne",
            "historique": history,
        }

    def export_person(self, volunteer_id: str, out: str | Path, *, pin: str | None = None) -> tuple[Path, Path]:
        """Write the person's data as JSON (``out``) and CSV (same name, .csv). Organiser-only."""
        from probono_desk.services.person_words import csv_header, localise

        self.require_pin(pin)
        with speaking(self.event.language):  # the file speaks the event's language
            data = localise(self.person_data(volunteer_id))
            header = csv_header()
            yes_no = (translate("person", "oui"), translate("person", "non"))
        out = Path(out)
        if out.suffix.lower() != ".json":
            out = out.with_name(out.name + ".json")
        table = out.with_suffix(".csv")
        check_output(table)  # both refused before either is written
        with atomic_file(out) as tmp:
            tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        rows: list[list[Cell]] = []
        for section, value in data.items():
            for number, item in enumerate(value if isinstance(value, list) else [value], start=1):
                if isinstance(item, dict):
                    rows += [[section, number, key, _cell(cell, yes_no)] for key, cell in item.items()]
                else:
                    rows.append([section, number, "", _cell(item, yes_no)])
        write_csv(table, header, rows)  # formulas neutralised like every export
        return out, table


def _registration(v: Volunteer) -> dict[str, Any]:
    """What the person gave when registering (or at the door)."""
    return {
        "prénom": v.first_name,
        "nom": v.last_name,
        "email": v.email,
        "téléphone": v.phone,
        "organisation": v.organisation,
        "situation": v.situation.value if v.situation else "",
        "compétences": list(v.skills),
        "souhait": v.preference,
        "régime alimentaire": v.diet,
        "consentement": {True: "oui", False: "non", None: "non renseigné"}[v.consent],
        "inscrit·e le": v.registered_at,
        "sur place": v.walk_in,
        "fichier d'import": v.source_file,
        "ligne d'import": v.source_row,
    }


def is_anonymous(v: Volunteer) -> bool:
    return v.first_name == ANONYMOUS_FIRST and v.last_name.startswith("anonyme ") and not v.email


def _cell(value: object, yes_no: tuple[str, str] = ("oui", "non")) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no[0] if value else yes_no[1]
    if isinstance(value, list):
        return ", ".join(str(x) for x in value)
    return str(value)
