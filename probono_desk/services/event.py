"""``Event``: one open event file (``EventFile``: its database, clock, station, write path and backups), what the
event is (name, date, language), and the services that work on it."""

from __future__ import annotations

from datetime import date as date_cls
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from probono_desk.core.clock import Clock
from probono_desk.core.errors import InvalidInput
from probono_desk.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, interface_language, normalise_language
from probono_desk.core.ids import new_id
from probono_desk.core.models import EventInfo
from probono_desk.core.text import clean
from probono_desk.services import outputs
from probono_desk.services.event_file import EventFile, default_station
from probono_desk.storage import roster as roster_store
from probono_desk.storage.db import close_db, default_backup_dir, get_meta, open_event_db, set_meta

if TYPE_CHECKING:
    from probono_desk.services.checkin import CheckinService
    from probono_desk.services.deliverables import DeliverablesService
    from probono_desk.services.documents import DocumentsService
    from probono_desk.services.evaluations import EvaluationsService
    from probono_desk.services.missions import MissionsService
    from probono_desk.services.privacy import PrivacyService
    from probono_desk.services.registrations import RegistrationsService
    from probono_desk.services.roster import RosterService
    from probono_desk.services.schedule import ScheduleService
    from probono_desk.services.stations import StationsService
    from probono_desk.services.status import StatusService
    from probono_desk.services.teams import TeamsService
    from probono_desk.services.trail import TrailService


class Event(EventFile):
    """An open event file (``EventFile``: db, clock, station, write path, backups), what the event is, and its
    services. Not thread-safe: a worker thread opens its own ``Event`` on the same path."""

    @classmethod
    def create(
        cls,
        path: str | Path,
        *,
        name: str,
        date: str,
        venue: str = "",
        language: str | None = None,
        clock: Clock | None = None,
        station: str | None = None,
        actor: str = "",
    ) -> Event:
        """``language``: the one its documents speak ('fr' or 'en'); by default the interface's."""
        info = validate_event_info(name, date, venue)
        lang = validate_language(language)
        path = Path(path)
        if path.exists() and not path.is_file():
            outputs.check_output(path)  # a device, a pipe, a folder: refused, and never removed on a failure below
        db = open_event_db(path, create=True)
        event = cls(db, path, clock=clock, station=station, actor=actor)
        try:
            with event.write() as w:
                roster_store.insert_event(w.db, info, w.at)
                set_meta(w.db, LANGUAGE_KEY, lang)
                w.log("event.create", "event", info.id, {"name": info.name, "date": info.date, "language": lang})
        except BaseException:
            close_db(db)
            path.unlink(missing_ok=True)
            raise
        return event

    @classmethod
    def in_memory(
        cls,
        *,
        name: str = "Test",
        date: str = "2019-12-05",
        language: str = "fr",
        clock: Clock | None = None,
        station: str = "test",
    ) -> Event:
        from probono_desk.storage.db import memory_db
        from probono_desk.storage.migrations import migrations

        db = memory_db()
        migrations.apply(db)
        event = cls(db, None, clock=clock, station=station)
        info = validate_event_info(name, date, "")
        with event.write() as w:
            roster_store.insert_event(w.db, info, w.at)
            set_meta(w.db, LANGUAGE_KEY, validate_language(language))
        return event

    # --- what it is ------------------------------------------------------------------------------------------

    @property
    def info(self) -> EventInfo:
        info = roster_store.get_event(self.db)
        assert info is not None, "an event file always has its event row"
        return info

    def rename(self, name: str, date: str, venue: str = "") -> EventInfo:
        info = validate_event_info(name, date, venue, event_id=self.info.id)
        with self.write() as w:
            roster_store.update_event(w.db, info)
            w.log("event.update", "event", info.id, {"name": info.name, "date": info.date, "venue": info.venue})
        return info

    @property
    def language(self) -> str:
        """The language of the event's documents and exports; a file from before languages reads as French."""
        return normalise_language(get_meta(self.db, LANGUAGE_KEY), default="fr")

    def set_language(self, language: str) -> str:
        lang = validate_language(language)
        if lang == self.language:
            return lang
        with self.write() as w:
            set_meta(w.db, LANGUAGE_KEY, lang)
            w.log("event.language", "event", self.info.id, {"language": lang})
        return lang

    # --- services --------------------------------------------------------------------------------------------

    @cached_property
    def roster(self) -> RosterService:
        from probono_desk.services.roster import RosterService

        return RosterService(self)

    @cached_property
    def registrations(self) -> RegistrationsService:
        from probono_desk.services.registrations import RegistrationsService

        return RegistrationsService(self)

    @cached_property
    def documents(self) -> DocumentsService:
        from probono_desk.services.documents import DocumentsService

        return DocumentsService(self)

    @cached_property
    def status(self) -> StatusService:
        from probono_desk.services.status import StatusService

        return StatusService(self)

    @cached_property
    def schedule(self) -> ScheduleService:
        from probono_desk.services.schedule import ScheduleService

        return ScheduleService(self)

    @cached_property
    def deliverables(self) -> DeliverablesService:
        from probono_desk.services.deliverables import DeliverablesService

        return DeliverablesService(self)

    @cached_property
    def trail(self) -> TrailService:
        from probono_desk.services.trail import TrailService

        return TrailService(self)

    @cached_property
    def evaluations(self) -> EvaluationsService:
        from probono_desk.services.evaluations import EvaluationsService

        return EvaluationsService(self)

    @cached_property
    def teams(self) -> TeamsService:
        from probono_desk.services.teams import TeamsService

        return TeamsService(self)

    @cached_property
    def missions(self) -> MissionsService:
        from probono_desk.services.missions import MissionsService

        return MissionsService(self)

    @cached_property
    def privacy(self) -> PrivacyService:
        from probono_desk.services.privacy import PrivacyService

        return PrivacyService(self)

    @cached_property
    def stations(self) -> StationsService:
        from probono_desk.services.stations import StationsService

        return StationsService(self)

    @cached_property
    def checkin(self) -> CheckinService:
        from probono_desk.services.checkin import CheckinService

        return CheckinService(self)


LANGUAGE_KEY = "language"


def validate_language(language: str | None) -> str:
    """'fr' or 'en'; ``None`` or empty: the interface's language."""
    if language is None or not str(language).strip():
        return interface_language()
    lang = str(language).strip().lower()
    if lang not in LANGUAGES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Langue « {value} » inconnue : choisissez fr ou en."), value=language
        )
    return lang


def validate_event_info(name: str, date: str, venue: str = "", event_id: str | None = None) -> EventInfo:
    name = clean(name)
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Donnez un nom à l'événement."))
    try:
        parsed = date_cls.fromisoformat(clean(date))
    except ValueError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Date « {value} » invalide : attendu AAAA-MM-JJ (par exemple 2019-12-05)."),
            value=date,
        ) from exc
    return EventInfo(id=event_id or new_id(), name=name, date=parsed.isoformat(), venue=clean(venue))


__all__ = [
    "Event",
    "EventFile",
    "default_backup_dir",
    "default_station",
    "validate_event_info",
    "validate_language",
]
