"""People and structures of the event: listing, searching, adding by hand."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from probono_desk.core.errors import InvalidInput, NotFound
from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.core.ids import new_id
from probono_desk.core.models import Situation, Staff, StaffRole, Structure, Volunteer
from probono_desk.core.palette import team_colour
from probono_desk.core.registrations import tidy_name
from probono_desk.core.text import clean, fold, is_email, normalize_email, normalize_phone
from probono_desk.storage import roster as store

if TYPE_CHECKING:
    from probono_desk.services.event_file import EventFile


def matches(volunteer: Volunteer, query: str) -> bool:
    """Every word of the query appears in the name, email or organisation, ignoring accents and case."""
    words = fold(query).split()
    key = volunteer.search_key
    return all(word in key for word in words)


class RosterService:
    def __init__(self, event: EventFile) -> None:
        self.event = event

    # --- reading -------------------------------------------------------------------------------------------------

    def volunteers(self) -> list[Volunteer]:
        return store.list_volunteers(self.event.db)

    def volunteer(self, volunteer_id: str) -> Volunteer:
        found = store.get_volunteer(self.event.db, volunteer_id)
        if found is None:
            raise NotFound(what=volunteer_id)
        return found

    def search(self, query: str, limit: int | None = None) -> list[Volunteer]:
        if not fold(query):
            return []
        found = [v for v in self.volunteers() if matches(v, query)]
        return found[:limit] if limit else found

    def structures(self) -> list[Structure]:
        return store.list_structures(self.event.db)

    def structure(self, structure_id: str) -> Structure:
        found = store.get_structure(self.event.db, structure_id)
        if found is None:
            raise NotFound(what=structure_id)
        return found

    def staff(self, role: StaffRole | None = None) -> list[Staff]:
        return store.list_staff(self.event.db, role)

    # --- writing -------------------------------------------------------------------------------------------------

    def add_volunteer(
        self,
        *,
        first_name: str,
        last_name: str,
        email: str = "",
        phone: str = "",
        organisation: str = "",
        situation: Situation | None = None,
        skills: tuple[str, ...] = (),
        preference: str = "",
        diet: str = "",
        consent: bool | None = None,
        walk_in: bool = False,
    ) -> Volunteer:
        first, last = tidy_name(clean(first_name)), tidy_name(clean(last_name))
        if not first or not last:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Le prénom et le nom sont obligatoires."))
        email = normalize_email(email)
        if email and not is_email(email):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "L'adresse e-mail « {email} » n'est pas valide."), email=email
            )
        key = store.person_key(first, last, email)
        existing = store.find_volunteer_by_key(self.event.db, key)
        if existing is not None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "{name} est déjà inscrit·e à cet événement."), name=existing.name
            )
        volunteer = Volunteer(
            id=new_id(),
            first_name=first,
            last_name=last,
            email=email,
            phone=normalize_phone(phone),
            organisation=clean(organisation),
            situation=situation,
            skills=tuple(clean(s) for s in skills if clean(s)),
            preference=clean(preference),
            diet=clean(diet),
            consent=consent,
            walk_in=walk_in,
            registered_at=self.event.now_iso(),
            source_file="",
            source_row=None,
        )
        with self.event.write() as w:
            store.insert_volunteer(w.db, volunteer, w.at)
            w.log("volunteer.walk_in" if walk_in else "volunteer.add", "volunteer", volunteer.id)
        return volunteer

    def update_volunteer(self, volunteer: Volunteer) -> Volunteer:
        if not clean(volunteer.first_name) or not clean(volunteer.last_name):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Le prénom et le nom sont obligatoires."))
        volunteer = replace(volunteer, email=normalize_email(volunteer.email), phone=normalize_phone(volunteer.phone))
        if volunteer.email and not is_email(volunteer.email):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "L'adresse e-mail « {email} » n'est pas valide."), email=volunteer.email
            )
        with self.event.write() as w:
            store.update_volunteer(w.db, volunteer, w.at)
            w.log("volunteer.update", "volunteer", volunteer.id)
        return volunteer

    def add_staff(self, name: str, role: StaffRole, email: str = "", phone: str = "") -> Staff:
        name = clean(name)
        if not name:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Le nom est obligatoire."))
        staff = Staff(id=new_id(), name=name, role=role, email=normalize_email(email), phone=normalize_phone(phone))
        with self.event.write() as w:
            store.insert_staff(w.db, staff)
            w.log("staff.add", "staff", staff.id, {"role": role.value})
        return staff

    def add_structure(self, name: str, **fields: object) -> Structure:
        name = clean(name)
        if not name:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Le nom de la structure est obligatoire."))
        if store.find_structure_by_name(self.event.db, name):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "La structure « {name} » existe déjà."), name=name)
        position = len(self.structures())
        structure = Structure(
            id=new_id(),
            name=name,
            position=position,
            colour=team_colour(position),
            table_label=str(fields.pop("table_label", "") or position + 1),
        )
        structure = replace(structure, **fields)  # type: ignore[arg-type]
        with self.event.write() as w:
            store.upsert_structure(w.db, structure)
            w.log("structure.add", "structure", structure.id)
        return structure
